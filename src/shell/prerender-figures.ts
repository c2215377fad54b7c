/**
 * Build-time tool: draws every shipped pose and its mirror image in both character sets and writes them to
 * dist/figures.ndjson, so `limber chart` and `limber show` print them without drawing (see figure-text.ts).
 * One drawing a line, `[key, {braille, ascii}]`: a command parses only the lines of the poses it shows.
 * Usage: node prerender-figures.cjs <data folder> <output file>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mirror, type Pose } from '../core/pose/model.js';
import { figureCharsets, figureKey, figureLines } from '../view/figure-text.js';

const [dataDir = 'data', output = 'dist/figures.ndjson'] = process.argv.slice(2);
const { poses } = JSON.parse(readFileSync(join(dataDir, 'poses.json'), 'utf8')) as { poses: Pose[] };
const lines = poses
  .flatMap((pose) => [pose, mirror(pose)])
  .map((pose) => JSON.stringify([figureKey(pose), Object.fromEntries(figureCharsets.map((c) => [c, figureLines(pose, c)]))]));
// Braille written as \u escapes keeps the file ASCII: Node reads ASCII text far faster than UTF-8 it must decode.
writeFileSync(
  output,
  `${lines.join('\n')}\n`.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
);
console.log(`drew ${lines.length} figures into ${output}`);
