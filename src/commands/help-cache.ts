import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentLanguage, currentRegion } from '../core/i18n/translate.js';
import { buildStamp, shortName } from '../shell/build-stamp.js';
import { colorEnabled } from '../shell/color.js';
import type { Io, OutStream } from '../shell/io.js';
import { limberPaths } from '../shell/paths.js';
import { writeFileAtomic } from '../shell/write-file.js';

/**
 * Help, kept once shown: commander alone costs more than the rest of a start, and a help page is the same
 * every time for the same build, line, language, width and colour. Those are the key, kept whole in the file
 * and compared whole (the file name is only its hash). Any other line, or one commander must check against
 * the environment, is left to commander. The cache can always be deleted; it is never an error.
 */
export interface HelpCache {
  /** The help kept for this line, or undefined. */
  readonly kept: string | undefined;
  /** Streams that show what commander writes and remember it. */
  readonly io: Io;
  /** Keeps what was shown, when commander showed help and nothing else. */
  keep(): void;
}

const helpFlags = new Set(['--help', '-h']);

/** `--help`, `-h`, `help`, `<command> --help`, `<command> -h`, `help <command>`: lines whose output is help alone. */
function isHelpLine(argv: readonly string[]): boolean {
  const [first = '', second, ...more] = argv;
  if (more.length > 0) return false;
  if (second === undefined) return helpFlags.has(first) || first === 'help';
  return /^[a-z]+$/.test(first) && (helpFlags.has(second) || (first === 'help' && /^[a-z]+$/.test(second)));
}

/**
 * The file is the key, the page's length, then the page. The length makes a page cut short (a crash before the
 * data reached the disk) read as none, so the file needs no flush to disk.
 */
const keptText = (key: string, page: string): string => `${key}\n${page.length}\n${page}`;

function readKept(file: string, key: string): string | undefined {
  try {
    const saved = readFileSync(file, 'utf8');
    const keyEnd = saved.indexOf('\n');
    const lengthEnd = saved.indexOf('\n', keyEnd + 1);
    const page = saved.slice(lengthEnd + 1);
    return keyEnd !== -1 && lengthEnd !== -1 && saved.slice(0, keyEnd) === key && saved.slice(keyEnd + 1, lengthEnd) === String(page.length)
      ? page
      : undefined;
  } catch {
    return undefined;
  }
}

/** A stream that writes through to `stream` and adds what it writes to `into`. */
function recording(stream: OutStream, into: { text: string }): OutStream {
  const copy = Object.create(stream) as OutStream;
  copy.write = (chunk: string) => {
    into.text += chunk;
    return stream.write(chunk);
  };
  return copy;
}

/** The help cache for this line, or undefined when the line is not a help line or cannot be cached. */
export function helpCache(argv: readonly string[], io: Io): HelpCache | undefined {
  // LIMBER_FAST=0 is the way to see commander itself; commander checks LIMBER_EMERGENCY_NUMBER before helping.
  if (!isHelpLine(argv) || io.env.LIMBER_FAST === '0' || io.env.LIMBER_EMERGENCY_NUMBER !== undefined) return undefined;
  const language = currentLanguage();
  const stamp = buildStamp(language === 'en' || language === 'en-XA' ? [] : [`messages/${language}.json`]);
  if (stamp === undefined) return undefined;
  const width = (io.stdout.isTTY && io.stdout.columns) || 80;
  const key = JSON.stringify([stamp, argv, language, currentRegion() ?? '', width, colorEnabled(io.stdout, io.env)]);
  const folder = join(limberPaths(io.env).cache, 'help');
  const file = join(folder, `${shortName('help', key)}.txt`);
  const out = { text: '' };
  const err = { text: '' };
  return {
    kept: readKept(file, key),
    // Built over io, not spread from it: spreading would read io.stdin, and setting up stdin costs milliseconds.
    io: Object.create(io, { stdout: { value: recording(io.stdout, out) }, stderr: { value: recording(io.stderr, err) } }) as Io,
    keep() {
      if (out.text === '' || err.text !== '') return;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileAtomic(file, keptText(key, out.text), { flush: false });
      } catch {
        // Not kept: commander shows it again next time.
      }
    },
  };
}
