import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { ExitCode, isLimberError } from './errors.js';
import { areas, positions } from './catalog/vocabulary.js';
import { processIo, type Io } from './ui/io.js';
import { stylesFor } from './ui/color.js';
import type { CommandContext } from './commands/context.js';
import { disclaimer } from './safety/disclaimer.js';
import { userCatalogFiles } from './paths.js';
import { painStopAbove } from './safety/levels.js';
import { emergencyNumberProblem } from './safety/emergency.js';

const exitCodesHelp = `Exit codes:
  0    success (also: the screen found no warning signs, or only reasons for caution)
  1    runtime failure
  2    usage error or bad input (unknown command, option, value, id, or a broken file)
  3    see a professional: the screen advised it, or an earlier result still stands (no session
       was run), or pain above ${painStopAbove}/10 stopped a session
  4    the safety screen found an urgent warning sign; no session was run
  5    what you asked for is left out today (by your answers, your profile or recent pain)
  130  interrupted (Ctrl-C)`;

const environmentHelp = `Environment:
  NO_COLOR=1                  no colour (also TERM=dumb, --no-color, or output that is not a terminal)
  FORCE_COLOR=1               colour even when not a terminal
  LIMBER_HOME=<dir>           keep limber's config and data in <dir> instead of the XDG folders
  LIMBER_EMERGENCY_NUMBER=<n> the emergency number limber tells you to call
  LIMBER_TIME_SCALE=<x>       multiply every wait (0.01 for a quick preview)`;

/** Commander parse errors are usage errors: exit 2, not commander's 1. Help and version are success. */
const successCodes = new Set(['commander.helpDisplayed', 'commander.version']);

function handleError(error: unknown, io: Io, colorFlag: boolean): number {
  if (error instanceof CommanderError) return successCodes.has(error.code) ? ExitCode.ok : ExitCode.usage;
  const prefix = stylesFor(io, colorFlag).err.red('limber:');
  if (isLimberError(error)) {
    if (error.message) io.stderr.write(`${prefix} ${error.message}\n`);
    return error.exitCode;
  }
  const debug = Boolean(io.env.LIMBER_DEBUG);
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `${prefix} unexpected error: ${message}. This is a bug in limber; please report it with the command you ran${debug ? '' : ' (set LIMBER_DEBUG=1 to see details)'}.\n`,
  );
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** An option parser for a whole number in a range; anything else is a usage error (exit 2). */
const wholeNumber = (min: number, max: number, unit: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number of ${unit} from ${min} to ${max}`);
  return n;
};

function buildProgram(io: Io): Command {
  const program = new Command('limber');
  const context = (): CommandContext => {
    const globals = program.opts<{ color: boolean; catalog?: string[] }>();
    return { io, styles: stylesFor(io, globals.color), catalogFiles: [...userCatalogFiles(io.env), ...(globals.catalog ?? [])] };
  };

  program
    .description('A terminal stretch coach for a stiff upper back: desk breaks, a careful safety screen, timed guidance.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'no colour or styling in the output')
    .option('--catalog <file>', 'add techniques and routines from a catalog file (repeatable)', collect)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(add --help for usage and examples)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ limber break                      a 3-minute desk break, after a short safety screen
  $ limber break --minutes 5          a longer break
  $ limber check                      the full safety check: should you see a professional?
  $ limber list --desk                techniques you can do at a desk
  $ limber show cat-cow               one technique in full
  $ limber run wall-angel             one technique, guided

${exitCodesHelp}

${environmentHelp}

${disclaimer}`,
    );

  const answersOption = () =>
    new Option('--answers <file|->', 'safety-screen answers as a JSON file ("-" for stdin), for use without a terminal');
  const emergencyOption = () =>
    new Option('--emergency-number <number>', 'the emergency number to tell you to call (digits, +, spaces, dashes)')
      .env('LIMBER_EMERGENCY_NUMBER')
      .argParser((value: string) => {
        const problem = emergencyNumberProblem(value);
        if (problem) throw new InvalidArgumentError(problem);
        return value.trim();
      });

  program
    .command('list')
    .description('list the techniques and routines in the catalog')
    .addOption(new Option('--area <area>', 'only techniques for this body area').choices(areas))
    .addOption(new Option('--position <position>', 'only techniques done in this position').choices(positions))
    .option('--equipment <name>', 'only techniques using this equipment ("none" for no equipment)')
    .option('--desk', 'only techniques you can do at a desk (chair or standing, no equipment)')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nExamples:\n  $ limber list --desk\n  $ limber list --area neck --json\n  $ limber list --equipment none')
    .action(async (options) => (await import('./commands/list.js')).listCommand(context(), options));

  program
    .command('show')
    .description('show a technique or routine in full: steps, timings, cautions, variant, sources')
    .argument('<id>', 'technique or routine id (see limber list)')
    .option('--json', 'print the data and its planned timeline as JSON')
    .addHelpText('after', '\nExamples:\n  $ limber show cat-cow\n  $ limber show desk-break --json')
    .action(async (id: string, options) => (await import('./commands/show.js')).showCommand(context(), id, options));

  program
    .command('check')
    .description('the full safety check: whether to see a professional, and how urgently')
    .option('--questions', 'list the questions instead of asking them')
    .addOption(answersOption())
    .addOption(emergencyOption())
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `\nThe check keeps what lasts (bone density, blood thinners, pregnancy, recent surgery, a result that\nsends you to a professional…) in your health profile, and every session applies it: see 'limber profile'.\n\nExamples:\n  $ limber check\n  $ limber check --questions --json\n  $ limber check --answers answers.json --json\n\nExit codes: 0 no warning signs or caution · 3 see a professional · 4 urgent · 2 bad answers\n\n${disclaimer}`,
    )
    .action(async (options) => (await import('./commands/check.js')).checkCommand(context(), options));

  program
    .command('profile')
    .description('your health profile: what the full check keeps and every session applies')
    .option('--json', 'print the profile as JSON')
    .option('--seen-professional [date]', 'record that a professional has seen you (today, or YYYY-MM-DD); lifts a standing result')
    .option('--forget', 'remove the profile (asks first); the next session starts with the full check')
    .option('--yes', 'with --forget: do not ask')
    .addHelpText(
      'after',
      '\nExamples:\n  $ limber profile\n  $ limber profile --seen-professional\n  $ limber profile --seen-professional 2026-11-20\n  $ limber profile --forget --yes',
    )
    .action(async (options) => (await import('./commands/profile.js')).profileCommand(context(), options));

  const sessionOptions = (command: Command) =>
    command
      .addOption(answersOption())
      .addOption(emergencyOption())
      .option('--json', 'print NDJSON events, one per line, instead of the live display')
      .option('--dry-run', 'print the whole timed plan without waiting')
      .option('--no-bell', 'no terminal bell at each step');

  sessionOptions(
    program
      .command('run')
      .description('run one or more techniques, or a routine, guided step by step')
      .argument('<id...>', 'technique or routine ids (see limber list)'),
  )
    .addHelpText(
      'after',
      `\nKeys: space pause/resume · n next · b back · d details · h this hurts · q quit\n\nExamples:\n  $ limber run wall-angel\n  $ limber run shoulder-rolls chair-twist\n  $ limber run desk-break --dry-run\n  $ limber run cat-cow --answers answers.json --json\n\n${disclaimer}`,
    )
    .action(async (ids: string[], options) => (await import('./commands/session.js')).runCommand(context(), ids, options));

  sessionOptions(
    program
      .command('break')
      .description('a quick desk break: chair and standing moves, no equipment, fitted to a few minutes')
      .addOption(
        new Option('--minutes <n>', 'length of the break, 1-15 (default: 3, or breakMinutes in config.json)').argParser(
          wholeNumber(1, 15, 'minutes'),
        ),
      ),
  )
    .addHelpText(
      'after',
      `\nKeys: space pause/resume · n next · b back · d details · h this hurts · q quit\n\nExamples:\n  $ limber break\n  $ limber break --minutes 5\n  $ limber break --dry-run\n\n${disclaimer}`,
    )
    .action(async (options) => (await import('./commands/session.js')).breakCommand(context(), options));

  program
    .command('history')
    .description('sessions and minutes per day, your streak, your last full check, and how your back felt')
    .addOption(
      new Option('--days <n>', 'how many days to show').default(14).argParser(wholeNumber(1, 3660, 'days')),
    )
    .option('--json', 'print the statistics as JSON')
    .option('--csv', 'print date,sessions,minutes as CSV')
    .addHelpText('after', '\nExamples:\n  $ limber history\n  $ limber history --days 90 --csv > breaks.csv\n  $ limber history --json')
    .action(async (options) => (await import('./commands/history.js')).historyCommand(context(), options));

  program
    .command('chart')
    .description('a routine as a printable one-page chart: cues, holds, reps, sides, cautions, sources')
    .option('--routine <id>', 'the routine (or a single technique) to chart', 'desk-break')
    .addOption(new Option('--format <format>', 'md or html (default: from --out, else md)').choices(['md', 'html']))
    .option('--out <file>', 'write to a file instead of stdout (written whole or not at all)')
    .option('--for-me', 'apply your health profile: leave out and soften what it says')
    .addHelpText('after', '\nExamples:\n  $ limber chart\n  $ limber chart --for-me --out my-chart.html\n  $ limber chart --routine guide-four --out chart.html\n  $ limber chart --format md > desk-break.md')
    .action(async (options) => (await import('./commands/chart.js')).chartCommand(context(), options));

  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish) for you to install')
    .argument('[shell]', 'bash, zsh or fish')
    .option('--ids', 'print the technique and routine ids, one per line (used by the scripts)')
    .addHelpText(
      'after',
      '\nlimber prints the script; it never edits your shell files.\n\nExamples:\n  $ limber completion bash > ~/.local/share/bash-completion/completions/limber\n  $ limber completion fish > ~/.config/fish/completions/limber.fish',
    )
    .action(async (shell: string | undefined, options) =>
      (await import('./commands/completion.js')).completionCommand(context(), shell, options, {
        commands: program.commands.map((c) => ({ name: c.name(), options: c.options.flatMap((o) => (o.long ? [o.long] : [])) })),
        globalOptions: program.options.flatMap((o) => (o.long ? [o.long] : [])),
      }),
    );

  return program;
}

/** The process entry (bin/limber.js): the real streams and arguments, the exit code on the process. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIo());
}

/** Runs limber with the given arguments (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    // The error may come from parsing itself, so read the colour flag from the arguments.
    return handleError(error, io, !argv.includes('--no-color'));
  }
}
