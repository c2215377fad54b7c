import { CommanderError } from 'commander';
import { stylesFor } from '../shell/color.js';
import { ExitCode, isLimberError } from '../shell/errors.js';
import { type Io, processIo } from '../shell/io.js';
import { buildProgram } from './program.js';

/** Commander parse errors are usage errors: exit 2, not commander's 1. Help and version are success. */
const successCodes = new Set(['commander.helpDisplayed', 'commander.version']);

/** The one place errors become exit codes: typed errors print their message; anything else is a bug. */
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

/** The process entry (bin/limber.js): the real streams and arguments, the exit code on the process. */
export async function run(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIo());
}
