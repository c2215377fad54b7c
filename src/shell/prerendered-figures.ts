import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FigureCharset, figureCharsets, type PrerenderedFigures } from '../view/figure-text.js';
import { distDir } from './data-dir.js';

/** dist/figures.ndjson, written by the build beside the bundles (see prerender-figures.ts). */
const file = join(distDir, 'figures.ndjson');

/**
 * The drawings of the shipped poses made at build time, or undefined when there are none (a build without
 * them): a missing or damaged drawing is then drawn as limber runs, the same lines a little later. The file
 * stays bytes outside V8's heap and only the lines asked for become strings: as one 120 KB string in the young
 * generation it cost `chart` about 80 page faults more.
 */
export function prerenderedFigures(path = file): PrerenderedFigures | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return (key) => {
    const line = lineStartingWith(bytes, `[${JSON.stringify(key)},`);
    if (line === undefined) return undefined;
    try {
      const drawings = (JSON.parse(line) as unknown[])[1];
      return isDrawings(drawings) ? drawings : undefined;
    } catch {
      return undefined;
    }
  };
}

function lineStartingWith(bytes: Buffer, prefix: string): string | undefined {
  // The prefix after a newline, encoded once: the first line is matched without its newline.
  const needle = Buffer.from(`\n${prefix}`);
  let at = 0;
  if (!bytes.subarray(0, needle.length - 1).equals(needle.subarray(1))) {
    at = bytes.indexOf(needle) + 1;
    if (at === 0) return undefined;
  }
  const end = bytes.indexOf(10, at);
  return bytes.toString('utf8', at, end < 0 ? bytes.length : end);
}

const isDrawings = (value: unknown): value is Record<FigureCharset, string[]> =>
  figureCharsets.every((c) => {
    const lines = (value as Partial<Record<string, unknown>> | null | undefined)?.[c];
    return Array.isArray(lines) && lines.every((line) => typeof line === 'string');
  });
