import { join } from 'node:path';
import { currentLanguage } from '../core/i18n/translate.js';
import { bundlesFile, shippedFile } from '../shell/build-stamp.js';
import type { Io } from '../shell/io.js';
import { keptLine } from '../shell/kept-output.js';
import { type Recorder, recorder } from '../shell/kept-recorder.js';
import { limberPaths } from '../shell/paths.js';

/**
 * The read-only views (`list`, `show`, `chart`, `history`, `check --questions`, `desk --questions`, in the
 * forms fast-path.ts runs), kept once shown: a kept view costs a start about what `node` alone does, where
 * rendering a chart costs 10M instructions more. What a view depends on, taken broadly: the line's facts
 * (kept-output.ts), the build, the shipped data, and the user's files the view reads. A miss only renders the
 * view afresh.
 */

const viewCommands = new Set(['list', 'show', 'chart', 'history', 'check', 'desk']);

/** The shipped files a view may read, for the language. */
function shippedFiles(language: string): string[] {
  const base = ['catalog', 'poses', 'safety', 'desk'];
  const translated =
    language === 'de' || language === 'es'
      ? [...base.map((name) => `${name}.${language}`), ...base.map((name) => `../dist/translated/${name}.${language}`), `messages/${language}`]
      : [];
  return [...[...base, ...translated].map((name) => `${name}.json`), '../dist/figures.ndjson', '../dist/poses.ndjson'].map(shippedFile);
}

/** The user files a view may read. Only `history` reads the history, so a break (which adds to it) leaves the other views kept. */
function userFiles(command: string, env: NodeJS.ProcessEnv): string[] {
  const { config, data } = limberPaths(env);
  const files = [join(config, 'config.json'), join(config, 'catalog.json'), join(data, 'profile.json')];
  if (command === 'history') files.push(join(data, 'history.jsonl'));
  return files;
}

/** A recorder for this view at `now`, or undefined when the line is not a view or cannot be kept. */
export function viewRecorder(argv: readonly string[], io: Io, now: Date): Recorder | undefined {
  const [command = ''] = argv;
  if (!viewCommands.has(command)) return undefined;
  const line = keptLine(argv, io, now, limberPaths(io.env).cache);
  return recorder(line, [bundlesFile, ...shippedFiles(currentLanguage()), ...userFiles(command, io.env)], io, () => true);
}
