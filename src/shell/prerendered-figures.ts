import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrerenderedFigures } from '../view/figure-text.js';
import { distDir } from './data-dir.js';

/** dist/figures.json, written by the build beside the bundles (see scripts/build.mjs). */
const file = join(distDir, 'figures.json');

/**
 * The drawings of the shipped poses made at build time, or undefined when there are none (a build without
 * them, a damaged file): the figures are then drawn as limber runs, the same lines a little later.
 */
export function prerenderedFigures(path = file): PrerenderedFigures | undefined {
  try {
    const table = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof table === 'object' && table !== null && !Array.isArray(table) ? (table as PrerenderedFigures) : undefined;
  } catch {
    return undefined;
  }
}
