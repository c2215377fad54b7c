import { t } from '../core/i18n/translate.js';
import { stylesFor } from '../shell/color.js';
import { errnoWords } from '../shell/errno.js';
import { ExitCode, isLimberError, LimberError } from '../shell/errors.js';
import type { Io } from '../shell/io.js';
import { setUpLanguage } from '../shell/language.js';
import { processIo } from '../shell/process-io.js';
import { commandContext } from './context.js';
import { fastRoute, versionOnly } from './fast-path.js';
import { helpRecorder } from './help-cache.js';
import { viewRecorder } from './view-cache.js';

/** A commander error, told by its code: commander itself loads only when it parses (see fast-path.ts). */
const commanderCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.') ? code : undefined;
};

/** Whether commander ended by showing help that was asked for. `limber` alone shows it as an error (exit 2). */
function helpShown(error: unknown): boolean {
  const commander = commanderCode(error);
  // `limber help <command>` ends with commander.help and exit code 0; --help with commander.helpDisplayed.
  return commander === 'commander.helpDisplayed' || (commander === 'commander.help' && (error as { exitCode?: unknown }).exitCode === 0);
}

/** The one place errors become exit codes: typed errors print their message; anything else is a bug. */
async function handleError(error: unknown, io: Io, colorFlag: boolean): Promise<number> {
  const commander = commanderCode(error);
  // Commander's parse errors are usage errors (exit 2, not commander's 1); help asked for and the version are success.
  if (commander) return commander === 'commander.version' || helpShown(error) ? ExitCode.ok : ExitCode.usage;
  const prefix = (await stylesFor(io, colorFlag)).err.red('limber:');
  if (isLimberError(error)) {
    if (error.message) io.stderr.write(`${prefix} ${error.message}\n`);
    return error.exitCode;
  }
  const debug = Boolean(io.env.LIMBER_DEBUG);
  const message = error instanceof Error ? error.message : String(error);
  const report = debug
    ? t('unexpected error: {message}. This is a bug in limber; please report it with the command you ran.', { message })
    : t('unexpected error: {message}. This is a bug in limber; please report it with the command you ran (set LIMBER_DEBUG=1 to see details).', {
        message,
      });
  io.stderr.write(`${prefix} ${report}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}

/** --lang's value, read before commander so that everything, its help and errors included, is in that language. */
function langFlag(argv: readonly string[]): string | undefined {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  for (let i = 0; i < end; i++) {
    const word = argv[i] ?? '';
    if (word === '--lang') return argv[i + 1];
    if (word.startsWith('--lang=')) return word.slice('--lang='.length);
  }
  return undefined;
}

/** Runs limber with the given arguments (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    setUpLanguage(io.env, langFlag(argv));
    const fastAllowed = io.env.LIMBER_FAST !== '0';
    if (fastAllowed && versionOnly(argv)) {
      (await import('./version.js')).printVersion(io);
      return ExitCode.ok;
    }
    const fast = fastAllowed ? fastRoute(argv, io.env) : undefined;
    // Output kept from an earlier run was shown before this bundle loaded (front.ts); here it is only kept.
    if (fast) {
      const view = viewRecorder(argv, io, new Date());
      await fast(await commandContext(view?.io ?? io, { color: true }));
      view?.keep();
      return ExitCode.ok;
    }
    const help = helpRecorder(argv, io);
    const { buildProgram } = await import('./program.js');
    try {
      await buildProgram(help?.io ?? io, argv).parseAsync([...argv], { from: 'user' });
    } catch (error) {
      if (help && helpShown(error)) help.keep();
      throw error;
    }
    return ExitCode.ok;
  } catch (error) {
    // The error may come from parsing itself, so read the colour flag from the arguments.
    return handleError(error, io, !argv.includes('--no-color'));
  }
}

/** A write to stdout that failed (a full disk), as the one clear line it is reported with. */
const outputError = (error: unknown): LimberError =>
  new LimberError(
    t('cannot write the output ({reason}). Free some space, or send the output somewhere else.', { reason: errnoWords(error) }),
    ExitCode.failure,
  );

const throwOutputError = (error: unknown): never => {
  throw outputError(error);
};

/**
 * Kept output that front.ts could not write whole (a full disk): reported as any run reports it, in the
 * user's language, which the front does not set up.
 */
export async function reportFailedOutput(failure: unknown): Promise<void> {
  const io = processIo(throwOutputError);
  try {
    setUpLanguage(io.env, langFlag(process.argv.slice(2)));
  } catch {
    // A language limber lacks: the report stays in English.
  }
  process.exitCode = await handleError(outputError(failure), io, !process.argv.includes('--no-color'));
}

/** The process entry (bin/limber.js): the real streams and arguments, the exit code on the process. */
export async function run(): Promise<void> {
  const io = processIo(throwOutputError);
  const code = await main(process.argv.slice(2), io);
  process.exitCode = code;
  // By now V8 has often queued a scavenge as a task, which Node runs before it exits: about 2M instructions (2 %
  // of a chart or a break) spent tidying a heap about to go. With nothing left to write or wait for, end now.
  if (io.settled()) process.exit(code);
}
