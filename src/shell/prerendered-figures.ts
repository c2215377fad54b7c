import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FigureCharset, figureCharsets, type PrerenderedFigures } from '../view/figure-text.js';
import { distDir } from './data-dir.js';
import { lineStartingWith } from './ndjson-line.js';

/** dist/figures.ndjson, written by the build beside the bundles (see prerender-figures.ts). */
const file = join(distDir, 'figures.ndjson');

/**
 * The drawings of the shipped poses made at build time, or undefined when there are none (a build without
 * them): a missing or damaged drawing is then drawn as limber runs, the same lines a little later. The file is
 * read as one ASCII string and searched with V8's own indexOf: kept as bytes, each lookup went through Buffer's
 * encoding and search functions, which a cold process compiles first (1.2M instructions more for a chart, for
 * about 50 page faults fewer). Only the lines asked for are parsed.
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

const isDrawings = (value: unknown): value is Record<FigureCharset, string[]> =>
  figureCharsets.every((c) => {
    const lines = (value as Partial<Record<string, unknown>> | null | undefined)?.[c];
    return Array.isArray(lines) && lines.every((line) => typeof line === 'string');
  });
