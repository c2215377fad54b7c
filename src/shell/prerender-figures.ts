/**
 * Build-time tool: draws every shipped pose and its mirror image in both character sets and writes them to
 * dist/figures.ndjson, so `limber chart` and `limber show` print them without drawing (see figure-text.ts).
 * One drawing a line, `[key, {braille, ascii}]`: a command parses only the lines of the poses it shows.
 * Beside it, dist/poses.ndjson holds the poses themselves, one a line, `[id, pose]`, for the same reason
 * (see poses.ts). Usage: node prerender-figures.cjs <data folder> <output file>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mirror, type Pose } from '../core/pose/model.js';
import { figureCharsets, figureKey, figureLines } from '../view/figure-text.js';
import { asciiJson } from '../view/text.js';

const [dataDir = 'data', output = 'dist/figures.ndjson'] = process.argv.slice(2);
const { poses } = JSON.parse(readFileSync(join(dataDir, 'poses.json'), 'utf8')) as { poses: Pose[] };
const lines = poses
  .flatMap((pose) => [pose, mirror(pose)])
  .map((pose) => JSON.stringify([figureKey(pose), Object.fromEntries(figureCharsets.map((c) => [c, figureLines(pose, c)]))]));
// Braille written as \u escapes keeps the files ASCII (see asciiJson).
writeFileSync(output, asciiJson(`${lines.join('\n')}\n`));
writeFileSync(join(dirname(output), 'poses.ndjson'), asciiJson(poses.map((pose) => `${JSON.stringify([pose.id, pose])}\n`).join('')));
console.log(`drew ${lines.length} figures into ${output}, and wrote ${poses.length} poses beside it`);
