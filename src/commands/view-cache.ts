import { statSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../core/dates.js';
import { currentLanguage, currentRegion } from '../core/i18n/translate.js';
import { buildStamp, shortName } from '../shell/build-stamp.js';
import { colorEnabled } from '../shell/color.js';
import type { Io, OutStream } from '../shell/io.js';
import { readKept, recordingIo, type Segment, saveKept } from '../shell/kept-output.js';
import { limberPaths } from '../shell/paths.js';

/**
 * The read-only views (`list`, `show`, `chart`, `history`, `check --questions`, `desk --questions`, in the
 * forms fast-path.ts runs), kept once shown: a kept view costs a start about what `--version` does, where
 * rendering a chart costs 10M instructions more. The key is everything such a view can depend on, taken
 * broadly: the build and the shipped data, the line, the language, the terminal, the environment that
 * tunes output, the user's files the view reads, and the day. A miss only renders the view afresh.
 */
export interface ViewCache {
  /** What the view wrote last time, in order, when nothing it depends on has changed since. */
  readonly kept: Segment[] | undefined;
  /** Streams that show what the command writes and remember it. */
  readonly io: Io;
  /** Keeps what the command wrote: called only when it finished without an error. */
  keep(): void;
}

const viewCommands = new Set(['list', 'show', 'chart', 'history', 'check', 'desk']);

/** The shipped files a view may read, for the language: the build stamp checks each is unchanged. */
function shippedFiles(language: string): string[] {
  const base = ['catalog', 'poses', 'safety', 'desk'];
  const translated =
    language === 'de' || language === 'es'
      ? [...base.map((name) => `${name}.${language}`), ...base.map((name) => `../dist/translated/${name}.${language}`), `messages/${language}`]
      : [];
  return [...[...base, ...translated].map((name) => `${name}.json`), '../dist/figures.ndjson', '../dist/poses.ndjson'];
}

/**
 * The user files a view may read, by size, time of change and inode: history and files saved whole (by
 * rename) change all three. Only `history` reads the history, so a break (which adds to it) leaves the other
 * views kept. Undefined when one cannot be looked at: the command then reports it.
 */
function userFiles(command: string, env: NodeJS.ProcessEnv): string[] | undefined {
  const { config, data } = limberPaths(env);
  const files = [join(config, 'config.json'), join(config, 'catalog.json'), join(data, 'profile.json')];
  if (command === 'history') files.push(join(data, 'history.jsonl'));
  try {
    return files.map((file) => {
      const status = statSync(file, { throwIfNoEntry: false });
      return status ? `${file}:${status.size}:${status.mtimeMs}:${status.ino}` : `${file}:none`;
    });
  } catch {
    return undefined;
  }
}

/** limber's own variables, and those by which the terminal's abilities and the locale are told. */
const tuning = (env: NodeJS.ProcessEnv): string[] =>
  Object.keys(env)
    .filter((name) => name.startsWith('LIMBER_') || /^(NO_COLOR|FORCE_COLOR|COLORTERM|TERM|CI|TZ|LANG|LANGUAGE|LC_.+)$/.test(name))
    .sort()
    .map((name) => `${name}=${env[name]}`);

const terminal = (stream: OutStream, env: NodeJS.ProcessEnv) => [Boolean(stream.isTTY), stream.columns ?? 0, colorEnabled(stream, env)];

/** The view cache for this line at `now`, or undefined when it is not a view or cannot be kept. */
export function viewCache(argv: readonly string[], io: Io, now: Date): ViewCache | undefined {
  const [command = ''] = argv;
  if (!viewCommands.has(command)) return undefined;
  const language = currentLanguage();
  const stamp = buildStamp(shippedFiles(language));
  const files = stamp === undefined ? undefined : userFiles(command, io.env);
  if (stamp === undefined || files === undefined) return undefined;
  const day = [localDate(now), now.getTimezoneOffset()];
  const key = JSON.stringify([
    stamp,
    argv,
    language,
    currentRegion() ?? '',
    terminal(io.stdout, io.env),
    terminal(io.stderr, io.env),
    tuning(io.env),
    files,
    day,
  ]);
  // Named by the line alone, so a line's next view replaces its last rather than adding a file a day.
  const file = join(limberPaths(io.env).cache, 'views', `${shortName('view', JSON.stringify([argv, language]))}.txt`);
  const segments: Segment[] = [];
  return {
    kept: parseKept(readKept(file, key)),
    io: recordingIo(io, segments),
    keep: () => saveKept(file, key, JSON.stringify(segments)),
  };
}

function parseKept(payload: string | undefined): Segment[] | undefined {
  if (payload === undefined) return undefined;
  try {
    const segments: unknown = JSON.parse(payload);
    const valid = Array.isArray(segments) && segments.every((s) => Array.isArray(s) && (s[0] === 1 || s[0] === 2) && typeof s[1] === 'string');
    return valid ? (segments as Segment[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes kept output as it was written. */
export function replay(segments: readonly Segment[], io: Io): void {
  for (const [stream, text] of segments) (stream === 1 ? io.stdout : io.stderr).write(text);
}
