import { readFileSync } from 'node:fs';
import type { Catalog, Technique } from '../../src/core/catalog/model.js';
import type { Pose } from '../../src/core/pose/model.js';

export const builtIn = (): Catalog => JSON.parse(readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8')) as Catalog;

export const technique = (id: string): Technique => {
  const found = builtIn().techniques.find((t) => t.id === id);
  if (!found) throw new Error(`no technique ${id}`);
  return found;
};

/** A deep copy of the built-in catalog, to break in one place per test. */
export const mutableCatalog = (): Record<string, any> => JSON.parse(JSON.stringify(builtIn()));

/** The shipped poses, by id, as the shell's poseLibrary gives them. */
export const builtInPoses = (): Map<string, Pose> =>
  new Map((JSON.parse(readFileSync(new URL('../../data/poses.json', import.meta.url), 'utf8')) as { poses: Pose[] }).poses.map((p) => [p.id, p]));
