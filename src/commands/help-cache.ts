import { join } from 'node:path';
import { currentLanguage, currentRegion } from '../core/i18n/translate.js';
import { buildStamp, shortName } from '../shell/build-stamp.js';
import { colorEnabled } from '../shell/color.js';
import type { Io } from '../shell/io.js';
import { readKept, recordingIo, type Segment, saveKept } from '../shell/kept-output.js';
import { limberPaths } from '../shell/paths.js';

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

/** The help cache for this line, or undefined when the line is not a help line or cannot be cached. */
export function helpCache(argv: readonly string[], io: Io): HelpCache | undefined {
  // LIMBER_FAST=0 is the way to see commander itself; commander checks LIMBER_EMERGENCY_NUMBER before helping.
  if (!isHelpLine(argv) || io.env.LIMBER_FAST === '0' || io.env.LIMBER_EMERGENCY_NUMBER !== undefined) return undefined;
  const language = currentLanguage();
  const stamp = buildStamp(language === 'en' || language === 'en-XA' ? [] : [`messages/${language}.json`]);
  if (stamp === undefined) return undefined;
  const width = (io.stdout.isTTY && io.stdout.columns) || 80;
  const key = JSON.stringify([stamp, argv, language, currentRegion() ?? '', width, colorEnabled(io.stdout, io.env)]);
  const file = join(limberPaths(io.env).cache, 'help', `${shortName('help', key)}.txt`);
  const segments: Segment[] = [];
  return {
    kept: readKept(file, key),
    io: recordingIo(io, segments),
    keep() {
      if (segments.length === 0 || segments.some(([stream]) => stream === 2)) return;
      saveKept(file, key, segments.map(([, text]) => text).join(''));
    },
  };
}
