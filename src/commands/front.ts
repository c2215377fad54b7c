import { keptFacts, keptFile, readKept, replay } from '../shell/kept-output.js';
import { type ProcessIo, processIo } from '../shell/process-io.js';

/**
 * The first thing bin/limber.js runs: output kept for this very line (a view, a help page) is shown from the
 * cache before limber's main bundle loads, whose loading and setting up cost a kept view more than the view
 * itself. So this holds only what checking and writing kept output needs, written through main.ts's own
 * streams (processIo). bin/limber.js loads it only when a file is kept for the line: a break never loads it.
 *
 * Returns true when the output was shown, false when limber must run, or the error of a write that failed,
 * which the main bundle reports in the user's language (this does not set it up).
 */
export function showKept(argv: readonly string[], cacheFolder: string, now = new Date()): boolean | { failure: unknown } {
  if (process.env.LIMBER_FAST === '0') return false;
  let failure: { failure: unknown } | undefined;
  let io: ProcessIo | undefined;
  // The streams only once the files the output depends on are found unchanged: their facts are the last test.
  const facts = () => {
    io = processIo((error) => {
      failure = { failure: error };
    });
    return keptFacts(argv, io, now);
  };
  const segments = readKept(keptFile(argv, cacheFolder), facts);
  if (!segments || !io) return false;
  replay(segments, io);
  if (failure) return failure;
  process.exitCode = 0;
  // Everything written and nothing left to wait for: end now, as main.ts does.
  if (io.settled()) process.exit(0);
  return true;
}
