import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../core/dates.js';
import { shortName } from './build-stamp.js';
import { distDir } from './data-dir.js';
import type { Io, OutStream } from './io.js';

/**
 * Output kept in the cache folder and shown again while nothing it depends on has changed: help pages and the
 * read-only views. What it depends on is told in two parts. The facts of the line, gathered the same way
 * whatever the command (the build, the words, the variables that tune output or name folders, the terminal,
 * the day), so that kept output can be found before any command's code loads (see front.ts). And the files
 * the command reads, by size, time of change and inode, listed in the kept file by the command that wrote it.
 * A file holds a line's latest few outputs, each with its facts, its files, its length and the writes, in order.
 * The cache can always be deleted.
 */

/** What a run wrote, in order: 1 for stdout, 2 for stderr. */
export type Segment = [stream: 1 | 2, text: string];

/** Where a line's output is kept, and the facts it holds under. */
export interface KeptLine {
  readonly file: string;
  readonly facts: string;
}

/**
 * The variables that may change what limber prints or where it reads: its own, colour and the terminal's
 * abilities, the locale, the zone, and the folders its files are found from. Told by name and prefix, not by
 * a regular expression: compiling one cost every start 0.7M instructions.
 */
const tuningNames = new Set([
  'NO_COLOR',
  'FORCE_COLOR',
  'COLORTERM',
  'TERM',
  'CI',
  'TZ',
  'LANG',
  'LANGUAGE',
  'HOME',
  'APPDATA',
  'LOCALAPPDATA',
  'USERPROFILE',
]);
const tunes = (name: string): boolean => tuningNames.has(name) || name.startsWith('LIMBER_') || name.startsWith('LC_') || name.startsWith('XDG_');

const terminal = (stream: OutStream) => [Boolean(stream.isTTY), stream.columns ?? 0];

/**
 * Where a line's output is kept: named by the install and the line alone, so that bin/limber.js can tell
 * whether there is any before it loads a bundle (its keptFile names it the same way), and so that a line's
 * next output replaces its last.
 */
export const keptFile = (argv: readonly string[], cacheFolder: string): string =>
  join(cacheFolder, 'kept', `${shortName('kept', JSON.stringify([distDir, argv]))}.txt`);

/**
 * The line's facts at `now`. Language, region and colour are not among them: each follows from these (and from
 * config.json, a file every kept command lists).
 */
export function keptFacts(argv: readonly string[], io: Pick<Io, 'stdout' | 'stderr' | 'env'>, now: Date): string {
  const tuning = Object.keys(io.env)
    .filter(tunes)
    .sort()
    .map((name) => `${name}=${io.env[name]}`);
  return JSON.stringify([process.version, distDir, argv, tuning, terminal(io.stdout), terminal(io.stderr), localDate(now), now.getTimezoneOffset()]);
}

/** Where the line's output is kept, and the facts it holds under. */
export const keptLine = (argv: readonly string[], io: Pick<Io, 'stdout' | 'stderr' | 'env'>, now: Date, cacheFolder: string): KeptLine => ({
  file: keptFile(argv, cacheFolder),
  facts: keptFacts(argv, io, now),
});

/** A file's size, time of change and inode, or "none": a file saved whole (by rename) or added to changes them. */
export function fileStatus(path: string): string {
  const status = statSync(path, { throwIfNoEntry: false });
  return status ? `${status.size}:${status.mtimeMs}:${status.ino}` : 'none';
}

/** The files a run reads, each with its status now. Throws when one cannot be looked at: nothing is kept then. */
export const filesNow = (paths: readonly string[], status = fileStatus): string => JSON.stringify(paths.map((path) => [path, status(path)]));

/**
 * The entries of a kept file, each four lines: the facts, the files, the payload's length and the payload (JSON,
 * so on one line). An entry cut short (a crash before the data reached the disk) or damaged is left out.
 */
export function entriesOf(saved: string): string[][] {
  const lines = saved.split('\n');
  const entries: string[][] = [];
  for (let at = 0; at + 4 <= lines.length; at += 4) {
    const entry = lines.slice(at, at + 4);
    if (entry[2] === String(entry[3]?.length)) entries.push(entry);
  }
  return entries;
}

/** Whether the files an entry lists are as they were then. */
export function unchanged(files: string, status: (path: string) => string): boolean {
  const listed: unknown = JSON.parse(files);
  return (
    Array.isArray(listed) &&
    listed.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string') &&
    filesNow(
      listed.map(([path]) => path as string),
      status,
    ) === files
  );
}

/** `status`, asked once per path: the entries of a file mostly list the same files. */
export function memoized(status: (path: string) => string): (path: string) => string {
  const known = new Map<string, string>();
  return (path) => known.get(path) ?? known.set(path, status(path)).get(path) ?? '';
}

const isSegment = (s: unknown): s is Segment => Array.isArray(s) && (s[0] === 1 || s[0] === 2) && typeof s[1] === 'string';

/**
 * The writes kept in `file` whose files are all as they were and whose facts are this run's. The files are
 * looked at first: a run after a change (history after a break) then learns of it without gathering the facts.
 */
export function readKept(file: string, facts: () => string): Segment[] | undefined {
  try {
    const status = memoized(fileStatus);
    let now: string | undefined;
    for (const [kept, files = '', , payload = ''] of entriesOf(readFileSync(file, 'utf8'))) {
      if (!unchanged(files, status)) continue;
      now ??= facts();
      if (kept !== now) continue;
      const segments: unknown = JSON.parse(payload);
      return Array.isArray(segments) && segments.every(isSegment) ? segments : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Writes kept output as it was written. */
export function replay(segments: readonly Segment[], io: Pick<Io, 'stdout' | 'stderr'>): void {
  for (const [stream, text] of segments) (stream === 1 ? io.stdout : io.stderr).write(text);
}
