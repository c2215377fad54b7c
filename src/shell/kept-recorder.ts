import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Io, OutStream } from './io.js';
import { entriesOf, fileStatus, filesNow, type KeptLine, memoized, type Segment, unchanged } from './kept-output.js';
import { writeFileAtomic } from './write-file.js';

// How output is kept (see kept-output.ts for the file and how it is read): by recording what a command writes.

/**
 * How many outputs a line keeps: one per set of facts (a language, a width, a day), the latest ones. A line
 * shown in two languages or two terminals in turn then finds both kept.
 */
const keptPerLine = 4;

/** Builds before kept/ kept views and help pages in folders of their own: gone once kept/ is made. */
function removeEarlierFolders(kept: string): void {
  for (const earlier of ['views', 'help']) rmSync(join(dirname(kept), earlier), { recursive: true, force: true });
}

/** Keeps the writes beside the line's latest others, or nothing: output that cannot be kept is shown afresh next time. */
function saveKept(line: KeptLine, files: string, segments: readonly Segment[]): void {
  const payload = JSON.stringify(segments);
  try {
    let others: string[][] = [];
    try {
      // Those for other facts that still hold: one whose files have changed (an upgrade's bundles, say) never will.
      const status = memoized(fileStatus);
      others = entriesOf(readFileSync(line.file, 'utf8')).filter(([facts, listed = '']) => facts !== line.facts && unchanged(listed, status));
    } catch {
      // None yet, or unreadable: this one alone.
    }
    const entries = [...others.slice(1 - keptPerLine), [line.facts, files, String(payload.length), payload]];
    if (mkdirSync(dirname(line.file), { recursive: true }) !== undefined) removeEarlierFolders(dirname(line.file));
    writeFileAtomic(line.file, entries.map((entry) => entry.join('\n')).join('\n'), { flush: false });
  } catch {
    // Not kept.
  }
}

/** A run whose output may be kept: streams that show what the command writes and remember it. */
export interface Recorder {
  readonly io: Io;
  /** Keeps what the command wrote, if it is worth keeping: called only when it finished without an error. */
  keep(): void;
}

/**
 * A recorder for `line`, with the files the command reads looked at now, before it reads them: a file changed
 * while it runs is then told next time. Undefined when one cannot be looked at: the command then reports it.
 */
export function recorder(line: KeptLine, paths: readonly string[], io: Io, worth: (segments: readonly Segment[]) => boolean): Recorder | undefined {
  let files: string;
  try {
    files = filesNow(paths);
  } catch {
    return undefined;
  }
  const segments: Segment[] = [];
  return {
    io: recordingIo(io, segments),
    keep() {
      if (worth(segments)) saveKept(line, files, segments);
    },
  };
}

/** A stream that writes through to `stream` and records each write. */
function recording(stream: OutStream, number: 1 | 2, into: Segment[]): OutStream {
  const copy = Object.create(stream) as OutStream;
  copy.write = (chunk: string) => {
    into.push([number, chunk]);
    return stream.write(chunk);
  };
  return copy;
}

/** `io` with its output streams recorded into `segments`. */
function recordingIo(io: Io, segments: Segment[]): Io {
  // Built over io, not spread from it: spreading would read io.stdin, and setting up stdin costs milliseconds.
  return Object.create(io, { stdout: { value: recording(io.stdout, 1, segments) }, stderr: { value: recording(io.stderr, 2, segments) } }) as Io;
}
