import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Io, OutStream } from './io.js';
import { writeFileAtomic } from './write-file.js';

/**
 * Output kept in the cache folder and shown again while its key holds: help pages and the read-only views.
 * The file is the key, the payload's length, then the payload. The key is kept whole and compared whole (the
 * file name is only a hash); the length makes a payload cut short (a crash before the data reached the disk)
 * read as none, so the file needs no flush to disk. The cache can always be deleted; it is never an error.
 */
export function readKept(file: string, key: string): string | undefined {
  try {
    const saved = readFileSync(file, 'utf8');
    const keyEnd = saved.indexOf('\n');
    const lengthEnd = saved.indexOf('\n', keyEnd + 1);
    const payload = saved.slice(lengthEnd + 1);
    return keyEnd !== -1 && lengthEnd !== -1 && saved.slice(0, keyEnd) === key && saved.slice(keyEnd + 1, lengthEnd) === String(payload.length)
      ? payload
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `payload` under `key`, or nothing: a cache that cannot be written is shown afresh next time. */
export function saveKept(file: string, key: string, payload: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic(file, `${key}\n${payload.length}\n${payload}`, { flush: false });
  } catch {
    // Not kept.
  }
}

/** What a run wrote, in order: 1 for stdout, 2 for stderr. */
export type Segment = [stream: 1 | 2, text: string];

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
export function recordingIo(io: Io, segments: Segment[]): Io {
  // Built over io, not spread from it: spreading would read io.stdin, and setting up stdin costs milliseconds.
  return Object.create(io, { stdout: { value: recording(io.stdout, 1, segments) }, stderr: { value: recording(io.stderr, 2, segments) } }) as Io;
}
