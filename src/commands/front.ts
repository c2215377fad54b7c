import { keptLine, readKept, replay } from '../shell/kept-output.js';
import { allWritten, outputFor } from '../shell/output.js';
import { terminalProbe } from '../shell/terminal-output.js';

/**
 * The first thing bin/limber.js runs: output kept for this very line (a view, a help page) is shown from the
 * cache before limber's main bundle loads, whose loading and setting up cost a kept view more than the view
 * itself. So this holds only what checking and writing kept output needs, written as main.ts's streams write
 * (output.ts). bin/limber.js loads it only when a file is kept for the line: a break never loads it.
 *
 * Returns true when the output was shown, false when limber must run, or the error of a write that failed,
 * which the main bundle reports in the user's language (this does not set it up).
 */
export function showKept(argv: readonly string[], cacheFolder: string, now = new Date()): boolean | { failure: unknown } {
  if (process.env.LIMBER_FAST === '0') return false;
  let failure: { failure: unknown } | undefined;
  // As processIo's: a closed reader ends the run quietly; Node's stream takes over a write that cannot go on.
  const stdout = outputFor(
    1,
    () => process.stdout.on('error', () => process.exit(0)),
    () => process.exit(0),
    (error) => {
      failure = { failure: error };
    },
    terminalProbe,
  );
  const stderr = outputFor(
    2,
    () => process.stderr.on('error', () => {}),
    () => {},
    () => {},
    terminalProbe,
  );
  const io = { stdout, stderr, env: process.env };
  const segments = readKept(keptLine(argv, io, now, cacheFolder));
  if (!segments) return false;
  replay(segments, io);
  if (failure) return failure;
  process.exitCode = 0;
  // Everything written straight to its descriptor and nothing left to wait for: end now, as main.ts does.
  if (allWritten(stdout) && allWritten(stderr) && process.getActiveResourcesInfo().length === 0) process.exit(0);
  return true;
}
