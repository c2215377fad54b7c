import { currentLanguage } from '../core/i18n/translate.js';
import { bundlesFile, shippedFile } from '../shell/build-stamp.js';
import type { Io } from '../shell/io.js';
import { keptLine } from '../shell/kept-output.js';
import { type Recorder, recorder } from '../shell/kept-recorder.js';
import { configFilePath, limberPaths } from '../shell/paths.js';

const helpFlags = new Set(['--help', '-h']);

/** `--help`, `-h`, `help`, `<command> --help`, `<command> -h`, `help <command>`: lines whose output is help alone. */
function isHelpLine(argv: readonly string[]): boolean {
  const [first = '', second, ...more] = argv;
  if (more.length > 0) return false;
  if (second === undefined) return helpFlags.has(first) || first === 'help';
  return /^[a-z]+$/.test(first) && (helpFlags.has(second) || (first === 'help' && /^[a-z]+$/.test(second)));
}

/**
 * Help, kept once shown: commander alone costs more than the rest of a start, and a help page is the same
 * every time for the same build, line, language, width and colour. It depends on the build, the language's
 * messages and config.json (which may name the language). Any other line, or one commander must check against
 * the environment, is left to commander.
 */
export function helpRecorder(argv: readonly string[], io: Io): Recorder | undefined {
  // LIMBER_FAST=0 is the way to see commander itself; commander checks LIMBER_EMERGENCY_NUMBER before helping.
  if (!isHelpLine(argv) || io.env.LIMBER_FAST === '0' || io.env.LIMBER_EMERGENCY_NUMBER !== undefined) return undefined;
  const language = currentLanguage();
  const messages = language === 'en' || language === 'en-XA' ? [] : [shippedFile(`messages/${language}.json`)];
  const line = keptLine(argv, io, new Date(), limberPaths(io.env).cache);
  // Help alone: a page with a warning or an error on stderr is shown afresh.
  return recorder(
    line,
    [bundlesFile, ...messages, configFilePath(io.env)],
    io,
    (segments) => segments.length > 0 && segments.every(([stream]) => stream === 1),
  );
}
