import type { Catalog } from '../core/catalog/model.js';
import type { PoseLibrary } from '../core/pose/animate.js';
import type { Pose } from '../core/pose/model.js';
import { shippedLocalized } from './language.js';

/** The built-in poses (validated at build time) and a catalog's own, by id; a catalog's win. */
export function poseLibrary(catalog: Catalog): PoseLibrary {
  const builtIn = shippedLocalized<{ poses: Pose[] }>('poses').poses;
  return new Map([...builtIn, ...(catalog.poses ?? [])].map((pose) => [pose.id, pose]));
}

/** Braille needs a UTF-8 terminal; elsewhere figures are drawn in ASCII. */
export function figureCharset(env: NodeJS.ProcessEnv): 'braille' | 'ascii' {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale) ? 'braille' : 'ascii';
}
