import { t } from '../core/i18n/translate.js';
import { errnoWords } from './errno.js';
import { ExitCode, LimberError } from './errors.js';
import type { Io } from './io.js';
import { allWritten, outputFor } from './output.js';
import { terminalProbe } from './terminal-output.js';

export interface ProcessIo extends Io {
  /**
   * Whether the run can end now without losing anything: all output written (directly, or to a terminal,
   * which Node writes synchronously on POSIX), no closed reader waiting to be reported, and nothing left for
   * the event loop.
   */
  settled(): boolean;
}

/** A write to stdout that failed (a full disk), as the one clear line it is reported with. */
export const outputError = (error: unknown): LimberError =>
  new LimberError(
    t('cannot write the output ({reason}). Free some space, or send the output somewhere else.', { reason: errnoWords(error) }),
    ExitCode.failure,
  );

/**
 * The real process. stdout and stderr to a file, a pipe or a terminal are written directly (see output.ts and
 * terminal-output.ts); Node's streams are built only when something needs one or a direct write cannot go on.
 */
export function processIo(): ProcessIo {
  const closedHandlers = new Set<() => void>();
  // A closed reader of stdout (`limber list | head`) ends limber quietly unless a session wants to know.
  const outputClosed = () => {
    if (closedHandlers.size === 0) process.exit(0);
    for (const handler of closedHandlers) handler();
  };
  const stdout = () => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      outputClosed();
    });
    return process.stdout;
  };
  // A terminal that has gone (SIGHUP) makes writes to stderr fail; that must not turn into a crash.
  const stderr = () => process.stderr.on('error', () => {});
  const out = outputFor(
    1,
    stdout,
    outputClosed,
    (error) => {
      throw outputError(error);
    },
    terminalProbe,
  );
  return {
    settled: () => allWritten(out) && process.getActiveResourcesInfo().length === 0,
    onOutputClosed(handler) {
      closedHandlers.add(handler);
      return () => closedHandlers.delete(handler);
    },
    stdout: out,
    stderr: outputFor(
      2,
      stderr,
      () => {},
      () => {},
      terminalProbe,
    ),
    // Touching process.stdin sets it up (loading tty or net); most commands never read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}
