import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FigureCharset, PrerenderedFigures } from '../view/figure-text.js';
import { distDir } from './data-dir.js';

/** dist/figures.ndjson, written by the build beside the bundles (see prerender-figures.ts). */
const file = join(distDir, 'figures.ndjson');

/**
 * The drawings of the shipped poses made at build time, or undefined when there are none (a build without
 * them): a missing or damaged drawing is then drawn as limber runs, the same lines a little later. Only the
 * lines asked for are parsed: parsing all 86 drawings cost `show` and `chart` about a millisecond.
 */
export function prerenderedFigures(path = file): PrerenderedFigures | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return (key) => {
    const line = lineStartingWith(text, `[${JSON.stringify(key)},`);
    if (line === undefined) return undefined;
    try {
      const drawings = (JSON.parse(line) as unknown[])[1];
      return isDrawings(drawings) ? drawings : undefined;
    } catch {
      return undefined;
    }
  };
}

function lineStartingWith(text: string, prefix: string): string | undefined {
  let at = 0;
  if (!text.startsWith(prefix)) {
    at = text.indexOf(`\n${prefix}`) + 1;
    if (at === 0) return undefined;
  }
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? undefined : end);
}

const charsets: readonly FigureCharset[] = ['braille', 'ascii'];

const isDrawings = (value: unknown): value is Record<FigureCharset, string[]> =>
  typeof value === 'object' &&
  value !== null &&
  charsets.every((c) => {
    const lines = (value as Record<string, unknown>)[c];
    return Array.isArray(lines) && lines.every((line) => typeof line === 'string');
  });
