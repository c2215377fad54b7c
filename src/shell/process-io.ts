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

/**
 * The real process. stdout and stderr to a file, a pipe or a terminal are written directly (see output.ts and
 * terminal-output.ts); Node's streams are built only when something needs one or a direct write cannot go on.
 * A write to stdout that fails (a full disk) goes to `onOutputFailure`: main.ts throws it as a usage-level
 * error; front.ts leaves it to the main bundle, which knows the user's language.
 */
export function processIo(onOutputFailure: (error: unknown) => void): ProcessIo {
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
  const out = outputFor(1, stdout, outputClosed, onOutputFailure, terminalProbe);
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
