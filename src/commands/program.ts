import { Argument, Command, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { areas, positions } from '../core/catalog/vocabulary.js';
import { t } from '../core/i18n/translate.js';
import { colorEnabled } from '../shell/color.js';
import type { Io } from '../shell/io.js';
import { commandContext, defaultChartRoutine, defaultHistoryDays, type Globals, maxHistoryDays } from './context.js';
import { examples, rootHelp } from './help.js';
import { translateCommanderError, translatedHelp } from './help-language.js';
import { type ContextFor, wholeNumber } from './options.js';
import { addRemindCommand } from './program-remind.js';
import { addSafetyCommands, addSessionCommands } from './program-sessions.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function rootCommand(io: Io): Command {
  return new Command('limber')
    .description(t('A terminal stretch coach for a stiff upper back: desk breaks, a careful safety screen, timed guidance.'))
    .version(pkg.version, '-V, --version', t('print the version'))
    .helpOption('-h, --help', t('show help'))
    .helpCommand('help [command]', t('show help for a command'))
    .configureHelp(translatedHelp)
    .option('--no-color', t('no colour or styling in the output'))
    .option('--lang <language>', t('the language of every text: en, de or es (also LIMBER_LANG, config "lang", then LANG)'))
    .option('--catalog <file>', t('add techniques and routines from a catalog file (repeatable)'), collect)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Asked of io, not of process.stdout: building Node's stream for a redirect would cost more than the help.
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
      getOutHasColors: () => colorEnabled(io.stdout, io.env),
      getErrHasColors: () => colorEnabled(io.stderr, io.env),
      outputError: (s, write) => write(translateCommanderError(s)),
    })
    .showHelpAfterError(t('(add --help for usage and examples)'))
    .exitOverride()
    .addHelpText('after', rootHelp);
}

function addCatalogCommands(program: Command, context: ContextFor): void {
  program
    .command('list')
    .description(t('list the techniques and routines in the catalog'))
    .addOption(new Option('--area <area>', t('only techniques for this body area')).choices(areas))
    .addOption(new Option('--position <position>', t('only techniques done in this position')).choices(positions))
    .option('--equipment <name>', t('only techniques using this equipment ("none" for no equipment)'))
    .option('--desk', t('only techniques you can do at a desk (chair or standing, no equipment)'))
    .option('--json', t('print JSON instead of a table'))
    .addHelpText('after', examples(['limber list --desk', 'limber list --area neck --json', 'limber list --equipment none']))
    .action(async (options) => (await import('./list.js')).listCommand(await context(), options));

  program
    .command('show')
    .description(t('show a technique or routine in full: steps, timings, cautions, variant, sources'))
    .argument('<id>', t('technique or routine id (see limber list)'))
    .option('--json', t('print the data, its key poses and its planned timeline as JSON'))
    .option('--no-figures', t('no figures of the key poses'))
    .option('--plain', t('text only, for screen readers (also LIMBER_PLAIN=1)'))
    .addHelpText('after', examples(['limber show cat-cow', 'limber show desk-break --json']))
    .action(async (id: string, options) => (await import('./show.js')).showCommand(await context(), id, options));
}

function addDeskCommand(program: Command, context: ContextFor): void {
  program
    .command('desk')
    .description(t('check your desk set-up (chair, screen, keyboard, habits) and get the few changes that matter most'))
    .option('--questions', t('list the items instead of asking them'))
    .option('--answers <file|->', t('desk-check answers as a JSON file ("-" for stdin), for use without a terminal'))
    .option('--json', t('print the result as JSON'))
    .addHelpText(
      'after',
      examples(['limber desk', 'limber desk --questions --json', 'limber desk --answers desk.json --json'], {
        note: t('Built from the UK HSE, OSHA and CCOHS workstation checklists and the guide limber grew from.'),
      }),
    )
    .action(async (options) => (await import('./desk.js')).deskCommand(await context(), options));
}

function addRecordCommands(program: Command, context: ContextFor): void {
  program
    .command('history')
    .description(t('sessions and minutes per day, your streak, your last full check, and how your back felt'))
    .addOption(new Option('--days <n>', t('how many days to show')).default(defaultHistoryDays).argParser(wholeNumber(1, maxHistoryDays, 'days')))
    .option('--json', t('print the statistics as JSON'))
    .option('--csv', t('print date,sessions,minutes as CSV'))
    .addHelpText('after', examples(['limber history', 'limber history --days 90 --csv > breaks.csv', 'limber history --json']))
    .action(async (options) => (await import('./history.js')).historyCommand(await context(), options));

  program
    .command('chart')
    .description(t('a routine as a printable one-page chart: cues, holds, reps, sides, cautions, sources'))
    .option('--routine <id>', t('the routine (or a single technique) to chart'), defaultChartRoutine)
    .addOption(new Option('--format <format>', t('md or html (default: from --out, else md)')).choices(['md', 'html']))
    .option('--out <file>', t('write to a file instead of stdout (written whole or not at all)'))
    .option('--for-me', t('apply your health profile: leave out and soften what it says'))
    .addHelpText(
      'after',
      examples([
        'limber chart',
        'limber chart --for-me --out my-chart.html',
        'limber chart --routine guide-four --out chart.html',
        'limber chart --format md > desk-break.md',
      ]),
    )
    .action(async (options) => (await import('./chart.js')).chartCommand(await context(), options));

  program
    .command('completion')
    .description(t('print a shell completion script (bash, zsh or fish) for you to install'))
    .addArgument(new Argument('[shell]', t('bash, zsh or fish')).choices(['bash', 'zsh', 'fish']))
    .option('--ids', t('print the technique and routine ids, one per line (used by the scripts)'))
    .addHelpText(
      'after',
      examples(
        [
          'limber completion bash > ~/.local/share/bash-completion/completions/limber',
          'limber completion fish > ~/.config/fish/completions/limber.fish',
        ],
        {
          note: t('limber prints the script; it never edits your shell files.'),
        },
      ),
    )
    .action(async (shell: string | undefined, options) =>
      (await import('./completion.js')).completionCommand(await context(), shell, options, program),
    );
}

/** Each group of commands with the names it adds, so a line that names one command builds only its group. */
const groups: readonly (readonly [names: readonly string[], add: (program: Command, context: ContextFor) => void])[] = [
  [['list', 'show'], addCatalogCommands],
  [['check', 'profile'], addSafetyCommands],
  [['run', 'break'], addSessionCommands],
  [['desk'], addDeskCommand],
  [['remind'], addRemindCommand],
  [['history', 'chart', 'completion'], addRecordCommands],
];

/**
 * The command line: global options, then each command loading its own bundle only when it runs. A line that
 * starts with a command's name gets only that command's group (commander parses, helps and errs the same,
 * and a dozen commands are not built for nothing); any other line, and `completion`, which lists every
 * command, gets them all.
 */
export function buildProgram(io: Io, argv: readonly string[] = []): Command {
  const program = rootCommand(io);
  const context: ContextFor = () => commandContext(io, program.opts<Globals>());
  const named = argv[0] === 'completion' ? undefined : groups.find(([names]) => names.includes(argv[0] ?? ''));
  for (const [, add] of named ? [named] : groups) add(program, context);
  return program;
}
