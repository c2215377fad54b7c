import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrerenderedFigures } from '../view/figure-text.js';

declare const LIMBER_BUNDLED: boolean | undefined;

/** dist/figures.json, written by the build beside the bundles (see scripts/build.mjs). */
const file = fileURLToPath(
  new URL(typeof LIMBER_BUNDLED !== 'undefined' && LIMBER_BUNDLED ? './figures.json' : '../../dist/figures.json', import.meta.url),
);

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
