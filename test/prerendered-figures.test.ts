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

describe('figures drawn at build time (dist/figures.json)', () => {
  const built = prerenderedFigures();

  it('hold every shipped pose and its mirror image, in both character sets, exactly as drawn now', () => {
    expect(built, 'dist/figures.json is missing: run npm run build').toBeDefined();
    const every = poses.flatMap((pose) => [pose, mirror(pose)]);
    expect(Object.keys(built!)).toHaveLength(every.length);
    for (const pose of every) {
      expect(built![figureKey(pose)], pose.id).toEqual({ braille: figureLines(pose, 'braille'), ascii: figureLines(pose, 'ascii') });
    }
  });

  it('is written in ASCII (Braille as \\u escapes), which Node reads faster than UTF-8', () => {
    expect(readFileSync('dist/figures.json', 'utf8')).toMatch(/^[\u0000-\u007f]*$/);
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
    const table = { [figureKey(pose)]: { braille: ['prerendered'], ascii: ['ascii'] } };
    expect(figureLines(pose, 'braille', table)).toEqual(['prerendered']);
    expect(figureLines({ ...pose, name: 'Renamed', id: 'mine' }, 'ascii', table)).toEqual(['ascii']);
    const moved = { ...pose, joints: { ...pose.joints, head: [pose.joints.head[0] + 5, pose.joints.head[1]] as [number, number] } };
    expect(figureLines(moved, 'braille', table)).toEqual(figureLines(moved, 'braille'));
    expect(figureLines(mirror(pose), 'braille', table)).toEqual(figureLines(mirror(pose), 'braille'));
  });

  it.each([
    ['missing', undefined],
    ['damaged', '{"cut short'],
    ['not a table', '[1, 2]'],
  ])('a %s file is no table: the figures are drawn as limber runs', (_name, text) => {
    const path = join(emptyHome(), 'figures.json');
    if (text !== undefined) writeFileSync(path, text);
    expect(prerenderedFigures(path)).toBeUndefined();
  });
});
