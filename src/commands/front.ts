import type { OutStream } from '../shell/io.js';
import { keptFacts, keptFile, readKept, replay } from '../shell/kept-output.js';
import { allWritten, outputFor } from '../shell/output.js';
import { terminalProbe } from '../shell/terminal-output.js';

/**
 * stdout or stderr as processIo builds them: a closed reader of stdout ends the run quietly, and Node's stream
 * takes over a write that cannot go on. A failure of stdout goes to `onFailure`.
 */
function output(fd: 1 | 2, onFailure: (error: unknown) => void): OutStream {
  const stream = fd === 1 ? () => process.stdout.on('error', () => process.exit(0)) : () => process.stderr.on('error', () => {});
  return outputFor(fd, stream, fd === 1 ? () => process.exit(0) : () => {}, onFailure, terminalProbe);
}

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
  let io: { stdout: OutStream; stderr: OutStream; env: NodeJS.ProcessEnv } | undefined;
  // The streams only once the files the output depends on are found unchanged: their facts are the last test.
  const facts = () => {
    const stdout = output(1, (error) => {
      failure = { failure: error };
    });
    io = { stdout, stderr: output(2, () => {}), env: process.env };
    return keptFacts(argv, io, now);
  };
  const segments = readKept(keptFile(argv, cacheFolder), facts);
  if (!segments || !io) return false;
  replay(segments, io);
  if (failure) return failure;
  process.exitCode = 0;
  // Everything written straight to its descriptor and nothing left to wait for: end now, as main.ts does.
  if (allWritten(io.stdout) && allWritten(io.stderr) && process.getActiveResourcesInfo().length === 0) process.exit(0);
  return true;
}
