import { describe, expect, it } from 'vitest';
import { makeCatalogSchema } from '../src/core/catalog/schema.js';
import { figureAt } from '../src/core/pose/animate.js';
import { keyPoseIds } from '../src/core/pose/key-poses.js';
import { ease, figureShapes, interpolate, mirror, type Pose } from '../src/core/pose/model.js';
import { posesFileSchema } from '../src/core/pose/schema.js';
import { effectiveTechnique, planTechnique } from '../src/core/session/plan.js';
import { figureSvg } from '../src/view/figure-svg.js';
import { asciiLines, brailleLines, figureLines, figuresSideBySide, rasterise } from '../src/view/figure-text.js';
import { builtIn, builtInPoses, mutableCatalog, technique } from './helpers/catalog.js';

const poses = builtInPoses();
const all = [...poses.values()];
const pose = (id: string) => poses.get(id)!;
const issues = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
) => schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('pose data', () => {
  it('data/poses.json passes its schema', () => {
    expect(issues(posesFileSchema, { version: '1.0', poses: all })).toEqual([]);
  });

  it.each([
    [{ joints: { ...pose('cow').joints, head: [120, 10] } }, 'poses.0.joints.head.0: expected 0 to 100: the figure is drawn in a 100 × 100 box'],
    [
      { joints: { ...pose('cow').joints, head: undefined } },
      'poses.0.joints.head: expected a point as [x, y], x to the right and y down, each 0 to 100',
    ],
    [{ view: 'top' }, 'poses.0.view: Invalid option: expected one of "side"|"front"'],
    [{ props: [{ kind: 'sofa' }] }, 'poses.0.props.0.kind: expected a prop with "kind": "chair", "wall", "floor" or "roller"'],
    [{ id: 'Cat Arch' }, 'poses.0.id: expected a kebab-case id such as "cat-arch"'],
  ])('a broken pose is refused precisely: %j', (change, message) => {
    expect(issues(posesFileSchema, { version: '1.0', poses: [{ ...pose('cow'), ...change }] })).toContain(message);
  });

  it('a pose id given twice is refused', () => {
    expect(issues(posesFileSchema, { version: '1.0', poses: [pose('cow'), pose('cow')] })).toEqual([
      'poses.1.id: duplicate pose id "cow"; give each pose its own id',
    ]);
  });

  it('every step, hold and gentle variant of all 12 techniques names a pose that exists', () => {
    const catalog = builtIn();
    expect(catalog.techniques).toHaveLength(12);
    for (const t of catalog.techniques) {
      for (const gentle of [false, true]) {
        const { setup, movement } = effectiveTechnique(t, gentle);
        const steps = [...setup, ...movement.phases.flatMap((p) => (p.type === 'hold' ? [p] : p.steps))];
        for (const step of steps) expect(poses.has(step.pose ?? ''), `${t.id}${gentle ? ' (gentle)' : ''}: ${step.pose}`).toBe(true);
      }
    }
    expect(issues(makeCatalogSchema(new Set(), new Set(poses.keys())), catalog)).toEqual([]);
  });

  it('a catalog naming an unknown pose is told where and how to fix it; its own poses count', () => {
    const catalog = mutableCatalog();
    catalog.techniques[2].movement.phases[0].steps[1].pose = 'cat-arch';
    expect(issues(makeCatalogSchema(new Set(), new Set(poses.keys())), catalog)).toEqual([
      'techniques.2.movement.phases.0.steps.1.pose: no pose has the id "cat-arch"; use an id from data/poses.json, or add the pose under "poses"',
    ]);
    catalog.poses = [{ ...pose('cat'), id: 'cat-arch' }];
    expect(issues(makeCatalogSchema(new Set(), new Set(poses.keys())), catalog)).toEqual([]);
  });

  it('key poses: the starting pose, then each step and hold, once each', () => {
    const keys = (id: string, gentle = false) => ((t) => keyPoseIds(t.setup, t.movement))(effectiveTechnique(technique(id), gentle));
    expect(keys('cat-cow')).toEqual(['all-fours', 'cow', 'cat']);
    expect(keys('wall-angel', true)).toEqual(['stand-front', 'wall-v-partway', 'wall-w']);
    expect(keys('chair-twist')).toEqual(['sit-tall-front', 'chair-twist']);
  });
});

describe('mirroring and movement', () => {
  it('mirroring flips x about the centre, keeps y, and twice is the identity', () => {
    const twist = pose('chair-twist');
    const m = mirror(twist);
    expect(m.joints.handR).toEqual([100 - twist.joints.handR[0], twist.joints.handR[1]]);
    expect(mirror(m)).toEqual(twist);
    expect(figureShapes(mirror(pose('wall-hinge'))).props).toContainEqual({ kind: 'line', from: [12, 0], to: [12, 100] });
  });

  it('interpolation: the start at 0, the end at 1, halfway at 0.5, clamped outside', () => {
    const [a, b] = [pose('cow'), pose('cat')];
    expect(interpolate(a, b, 0).joints).toEqual(a.joints);
    expect(interpolate(a, b, 1).joints).toEqual(b.joints);
    expect(interpolate(a, b, 0.5).joints.chest).toEqual([(a.joints.chest[0] + b.joints.chest[0]) / 2, (a.joints.chest[1] + b.joints.chest[1]) / 2]);
    expect(interpolate(a, b, 7).joints).toEqual(b.joints);
    expect(interpolate(a, b, -1).joints).toEqual(a.joints);
    expect([ease(0), ease(0.5), ease(1), ease(2)]).toEqual([0, 0.5, 1, 1]);
  });

  it('a rep is seen to happen: from the last pose to this one, then still', () => {
    const plan = planTechnique(technique('cat-cow'));
    const cow = plan.cues.findIndex((c) => c.pose === 'cow');
    const unit = 1000;
    expect(figureAt(plan, cow, 0, unit, poses)!.joints).toEqual(pose('all-fours').joints);
    expect(figureAt(plan, cow, 1000, unit, poses)!.joints.chest[1]).toBeGreaterThan(pose('all-fours').joints.chest[1]);
    expect(figureAt(plan, cow, 2000, unit, poses)!.joints).toEqual(pose('cow').joints);
    expect(figureAt(plan, cow + 1, 2500, unit, poses)!.joints).toEqual(pose('cat').joints);
    expect(figureAt(plan, cow, 2000, 10, poses)!.joints).toEqual(pose('cow').joints);
  });

  it('a hold stands still; the right side is the left side mirrored', () => {
    const plan = planTechnique(technique('chair-twist'));
    const holds = plan.cues.flatMap((c, i) => (c.kind === 'hold' ? [i] : []));
    expect(figureAt(plan, holds[0]!, 5000, 1000, poses)!.joints).toEqual(pose('chair-twist').joints);
    expect(figureAt(plan, holds[0]!, 20_000, 1000, poses)!.joints).toEqual(pose('chair-twist').joints);
    expect(figureAt(plan, holds[1]!, 5000, 1000, poses)!.joints).toEqual(mirror(pose('chair-twist')).joints);
  });

  it('a one-step rep goes out to the starting pose and back', () => {
    const plan = planTechnique(technique('shoulder-rolls'));
    const reps = plan.cues.flatMap((c, i) => (c.kind === 'move' && c.pose === 'shoulders-up-back' ? [i] : []));
    const second = reps[1]!;
    const ms = plan.cues[second]!.seconds * 1000;
    expect(figureAt(plan, second, 0, 1000, poses)!.joints).toEqual(pose('shoulders-up-back').joints);
    expect(figureAt(plan, second, ms / 2, 1000, poses)!.joints).toEqual(pose('sit-arms-down-side').joints);
  });

  it('a cue without a pose (a custom technique) has no figure', () => {
    const bare = {
      ...technique('shoulder-shrugs'),
      setup: [{ cue: 'Sit', seconds: 2 }],
      movement: { ...technique('shoulder-shrugs').movement, phases: [{ type: 'hold' as const, cue: 'Hold', seconds: 5 }] },
    };
    const plan = planTechnique(bare);
    expect(plan.cues.map((_, i) => figureAt(plan, i, 0, 1000, poses))).toEqual(plan.cues.map(() => undefined));
  });
});

describe('the renderers', () => {
  const everyPose = all.flatMap((p) => [p, mirror(p)]);

  it('every pose, and its mirror image, stays inside its box', () => {
    for (const p of everyPose) {
      const { props, body } = figureShapes(p);
      for (const shape of [...props, ...body]) {
        const points =
          shape.kind === 'line'
            ? [shape.from, shape.to]
            : [
                [shape.at[0] - shape.r, shape.at[1] - shape.r],
                [shape.at[0] + shape.r, shape.at[1] + shape.r],
              ];
        for (const [x, y] of points) {
          expect(x, p.id).toBeGreaterThanOrEqual(0);
          expect(x, p.id).toBeLessThanOrEqual(100);
          expect(y, p.id).toBeGreaterThanOrEqual(0);
          expect(y, p.id).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it('Braille is 16 × 8 characters and ASCII at most 24 × 12, for every pose', () => {
    for (const p of everyPose) {
      const braille = figureLines(p, 'braille');
      expect(braille).toHaveLength(8);
      for (const line of braille) expect([...line]).toHaveLength(16);
      expect(braille.join('')).toMatch(/^[\u2800-\u28ff]+$/);
      const ascii = figureLines(p, 'ascii');
      expect(ascii).toHaveLength(12);
      for (const line of ascii) expect(line.length).toBeLessThanOrEqual(24);
      expect(ascii.join('')).toMatch(/^[ .':]*$/);
    }
  });

  it('the text drawing of a mirrored pose is exactly the drawing flipped', () => {
    for (const p of all) {
      const { props, body } = figureShapes(p);
      const mirrored = figureShapes(mirror(p));
      const dots = rasterise([...props, ...body], 32);
      expect(rasterise([...mirrored.props, ...mirrored.body], 32), p.id).toEqual(dots.map((row) => [...row].reverse()));
    }
  });

  it('draws dots where the shapes are: a floor is a full row, a wall a full column', () => {
    const dots = rasterise(
      [
        { kind: 'line', from: [0, 100], to: [100, 100] },
        { kind: 'line', from: [0, 0], to: [0, 100] },
      ],
      32,
    );
    expect(dots[31]!.every(Boolean)).toBe(true);
    expect(dots.every((row) => row[0])).toBe(true);
    expect(brailleLines(dots)[7]).toBe('⣇⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀');
    expect(asciiLines(dots)[15]).toBe(`:${'.'.repeat(31)}`);
  });

  it('SVG: one element per shape, props lighter, the name as its title, mirrored coordinates exact', () => {
    const svg = figureSvg(pose('wall-hinge'));
    expect(svg).toMatch(/^<svg class="figure" viewBox="-4 -4 108 108" width="96" height="96" role="img" aria-label="Feet back, hinged at the hips">/);
    expect(svg).toContain('<title>Feet back, hinged at the hips</title>');
    expect(svg.match(/<line class="prop"/g)).toHaveLength(2);
    expect(svg.match(/<line x1/g)).toHaveLength(15);
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(figureSvg(mirror(pose('wall-hinge')))).toContain('<line class="prop" x1="12" y1="0" x2="12" y2="100"/>');
    expect(figureSvg({ ...pose('cow'), name: 'A <b>"bold"</b> & co' })).toContain('aria-label="A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; co"');
  });

  it('side by side: as many as fit, each captioned underneath', () => {
    const rows = figuresSideBySide([pose('all-fours'), pose('cow'), pose('cat')], 'braille', 40);
    expect(rows[0]).toHaveLength(16 + 2 + 16);
    expect(rows).toContain('On hands and      Back dipped,');
    expect(rows.some((line) => line.startsWith('Back rounded,'))).toBe(true);
  });
});

const _typecheck: Pose | undefined = undefined;
void _typecheck;
