import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../core/catalog/model.js';
import type { PoseLibrary } from '../core/pose/animate.js';
import type { Pose } from '../core/pose/model.js';
import { distDir } from './data-dir.js';
import { localized, shippedLocalized } from './language.js';
import { lineStartingWith } from './ndjson-line.js';

/** dist/poses.ndjson, written by the build beside the bundles: one shipped pose a line, `[id, pose]`. */
const file = join(distDir, 'poses.ndjson');

/** Every shipped pose, from data/poses.json, translated. */
const wholeFile = (): Map<string, Pose> => new Map(shippedLocalized<{ poses: Pose[] }>('poses').poses.map((pose) => [pose.id, pose]));

/**
 * The shipped poses by id, each parsed (and translated) when first asked for: a chart shows about fifteen of
 * them, and parsing all of data/poses.json cost it 1M instructions. Without the build's file (limber run from
 * its sources), or with a line of it damaged, data/poses.json is read whole, as before.
 */
function shippedPoses(path: string): (id: string) => Pose | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    const all = wholeFile();
    return (id) => all.get(id);
  }
  const parsed = new Map<string, Pose | undefined>();
  let whole: Map<string, Pose> | undefined;
  const fromLine = (id: string): Pose | undefined => {
    const line = lineStartingWith(text, `[${JSON.stringify(id)},`);
    if (line === undefined) return undefined;
    try {
      const pose = (JSON.parse(line) as [string, Pose])[1];
      return localized('poses', { poses: [pose] }).poses[0];
    } catch {
      whole ??= wholeFile();
      return whole.get(id);
    }
  };
  return (id) => {
    if (!parsed.has(id)) parsed.set(id, fromLine(id));
    return parsed.get(id);
  };
}

/** The built-in poses (validated at build time) and a catalog's own, by id; a catalog's win. */
export function poseLibrary(catalog: Catalog, shippedFile = file): PoseLibrary {
  const own = new Map((catalog.poses ?? []).map((pose) => [pose.id, pose]));
  const shipped = shippedPoses(shippedFile);
  return { get: (id) => own.get(id) ?? shipped(id) };
}

/** Braille needs a UTF-8 terminal; elsewhere figures are drawn in ASCII. */
export function figureCharset(env: NodeJS.ProcessEnv): 'braille' | 'ascii' {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale) ? 'braille' : 'ascii';
}
