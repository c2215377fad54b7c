import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../src/core/chart/model.js';
import { mirror } from '../src/core/pose/model.js';
import { prerenderedFigures } from '../src/shell/prerendered-figures.js';
import { chartMarkdown } from '../src/view/chart.js';
import { figureKey, figureLines, figuresSideBySide } from '../src/view/figure-text.js';
import { builtIn, builtInPoses, technique } from './helpers/catalog.js';
import { emptyHome } from './helpers/cli.js';

const poses = [...builtInPoses().values()];
const box = { warningSigns: ['Sign'], stopRule: 'Stop.' };

describe('figures drawn at build time (dist/figures.ndjson)', () => {
  const built = prerenderedFigures();

  it('hold every shipped pose and its mirror image, in both character sets, exactly as drawn now', () => {
    expect(built, 'dist/figures.ndjson is missing: run npm run build').toBeDefined();
    const every = poses.flatMap((pose) => [pose, mirror(pose)]);
    expect(readFileSync('dist/figures.ndjson', 'utf8').trimEnd().split('\n')).toHaveLength(every.length);
    for (const pose of every) {
      expect(built!(figureKey(pose)), pose.id).toEqual({ braille: figureLines(pose, 'braille'), ascii: figureLines(pose, 'ascii') });
    }
  });

  it('is written in ASCII (Braille as \\u escapes), which Node reads faster than UTF-8', () => {
    expect(readFileSync('dist/figures.ndjson', 'utf8')).toMatch(/^[\u0000-\u007f]*$/);
  });

  it('give the same chart, figures and all, as drawing them', () => {
    for (const routine of builtIn().routines) {
      const items = routine.techniques.map((id) => ({ technique: technique(id) }));
      const chart = buildChart(routine.name, routine.summary, items, box, builtInPoses());
      expect(chartMarkdown(chart, built)).toBe(chartMarkdown(chart));
    }
    expect(figuresSideBySide(poses.slice(0, 5), 'ascii', 80, built)).toEqual(figuresSideBySide(poses.slice(0, 5), 'ascii', 80));
  });

  it('are used by key: a pose drawn differently (a catalog of its own) is drawn, not looked up', () => {
    const pose = poses[0]!;
    const table = (key: string) => (key === figureKey(pose) ? { braille: ['prerendered'], ascii: ['ascii'] } : undefined);
    expect(figureLines(pose, 'braille', table)).toEqual(['prerendered']);
    expect(figureLines({ ...pose, name: 'Renamed', id: 'mine' }, 'ascii', table)).toEqual(['ascii']);
    const moved = { ...pose, joints: { ...pose.joints, head: [pose.joints.head[0] + 5, pose.joints.head[1]] as [number, number] } };
    expect(figureLines(moved, 'braille', table)).toEqual(figureLines(moved, 'braille'));
    expect(figureLines(mirror(pose), 'braille', table)).toEqual(figureLines(mirror(pose), 'braille'));
  });

  it('a missing file is no table: the figures are drawn as limber runs', () => {
    expect(prerenderedFigures(join(emptyHome(), 'figures.ndjson'))).toBeUndefined();
  });

  it('finds each drawing by its whole key, first line, middle or last, and only at the start of a line', () => {
    const [first, middle, last] = poses.slice(0, 3).map((pose) => figureKey(pose));
    const line = (key: string, mark: string) => JSON.stringify([key, { braille: [mark], ascii: [mark] }]);
    const path = join(emptyHome(), 'figures.ndjson');
    writeFileSync(path, [line(first!, 'first'), line(middle!, 'middle'), line(last!, 'last')].join('\n'));
    const table = prerenderedFigures(path)!;
    expect([first, middle, last].map((key) => table(key!)?.ascii)).toEqual([['first'], ['middle'], ['last']]);
    // A key that is only the start of another, or appears inside another line, is not there.
    expect(table(first!.slice(0, -1))).toBeUndefined();
    expect(table('first')).toBeUndefined();
  });

  it.each([
    ['cut short', (line: string) => line.slice(0, 40)],
    ['without the ASCII drawing', (line: string) => line.replace('"ascii"', '"other"')],
    ['with a number for a line', (line: string) => line.replace(/"braille":\["[^"]*"/, '"braille":[7')],
    ['with no drawings at all', (line: string) => `${line.slice(0, line.indexOf('{"braille"'))}null]`],
    ['with text for the drawings', (line: string) => `${line.slice(0, line.indexOf('{"braille"'))}"braille"]`],
  ])('a damaged line (%s) is no drawing: that figure is drawn as limber runs, the others are still found', (_name, damage) => {
    const [broken, sound] = poses.slice(0, 2);
    const line = (pose: typeof broken) => JSON.stringify([figureKey(pose!), { braille: figureLines(pose!, 'braille'), ascii: ['sound'] }]);
    const path = join(emptyHome(), 'figures.ndjson');
    writeFileSync(path, `${damage(line(broken))}\n${line(sound)}\n`);
    const table = prerenderedFigures(path)!;
    expect(table(figureKey(broken!))).toBeUndefined();
    expect(figureLines(broken!, 'ascii', table)).toEqual(figureLines(broken!, 'ascii'));
    expect(table(figureKey(sound!))?.ascii).toEqual(['sound']);
  });
});
