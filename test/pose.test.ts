import { describe, expect, it } from 'vitest';
import { makeCatalogSchema } from '../src/core/catalog/schema.js';
import { figureAt } from '../src/core/pose/animate.js';
import { keyPoseIds } from '../src/core/pose/key-poses.js';
import { ease, figureShapes, interpolate, mirror, type Pose } from '../src/core/pose/model.js';
import { posesFileSchema } from '../src/core/pose/schema.js';
import { effectiveTechnique, planSession, planTechnique } from '../src/core/session/plan.js';
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

  it.each([
    [(c: any) => (c.techniques[0].setup[1].pose = 'x'), 'techniques.0.setup.1.pose'],
    [(c: any) => (c.techniques[0].movement.phases[0].pose = 'x'), 'techniques.0.movement.phases.0.pose'],
    [(c: any) => (c.techniques[0].gentle.movement.phases[0].pose = 'x'), 'techniques.0.gentle.movement.phases.0.pose'],
    [(c: any) => (c.techniques[1].gentle.setup[0].pose = 'x'), 'techniques.1.gentle.setup.0.pose'],
    [(c: any) => (c.techniques[2].gentle.movement.phases[0].steps[0].pose = 'x'), 'techniques.2.gentle.movement.phases.0.steps.0.pose'],
  ])('every place a pose is named is checked (%#)', (breakIt, path) => {
    const catalog = mutableCatalog();
    breakIt(catalog);
    expect(issues(makeCatalogSchema(new Set(), new Set(poses.keys())), catalog)).toEqual([
      `${path}: no pose has the id "x"; use an id from data/poses.json, or add the pose under "poses"`,
    ]);
    // Without a list of known poses (the JSON Schema's own view) nothing is checked.
    expect(issues(makeCatalogSchema(), catalog)).toEqual([]);
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

  it('the first cue of a plan, and of each technique, starts in its own pose', () => {
    const plan = planSession([{ technique: technique('cat-cow') }, { technique: technique('shoulder-rolls') }]);
    expect(figureAt(plan, 0, 0, 1000, poses)!.joints).toEqual(pose('all-fours').joints);
    const second = plan.cues.findIndex((c) => c.technique === 'shoulder-rolls');
    expect(figureAt(plan, second, 0, 1000, poses)!.joints).toEqual(pose('sit-arms-down-side').joints);
    // The one-step reps of the second technique swing out to its own starting pose, not the first's.
    const reps = plan.cues.flatMap((c, i) => (c.pose === 'shoulders-up-back' ? [i] : []));
    const ms = plan.cues[reps[1]!]!.seconds * 1000;
    expect(figureAt(plan, reps[1]!, ms / 2, 1000, poses)!.joints).toEqual(pose('sit-arms-down-side').joints);
    expect(figureAt(plan, reps[1]!, ms / 4, 1000, poses)!.joints).not.toEqual(pose('sit-arms-down-side').joints);
  });

  it('two setup steps in one pose stand still; they do not swing out and back', () => {
    const plan = planTechnique(technique('chair-twist'));
    expect(plan.cues[2]!.pose).toBe(plan.cues[1]!.pose);
    expect(figureAt(plan, 2, 2000, 1000, poses)!.joints).toEqual(pose('sit-tall-front').joints);
  });

  it('the move takes 1.5 plan seconds, or 60 % of a shorter cue, eased: halfway at half time', () => {
    const plan = planTechnique(technique('cat-cow'));
    const cow = plan.cues.findIndex((c) => c.pose === 'cow');
    const half = interpolate(pose('all-fours'), pose('cow'), 0.5).joints;
    expect(figureAt(plan, cow, 750, 1000, poses)!.joints).toEqual(half);
    expect(figureAt(plan, cow, 7.5, 10, poses)!.joints).toEqual(half);
    const short = { ...plan, cues: plan.cues.map((c, i) => (i === cow ? { ...c, seconds: 1 } : c)) };
    expect(figureAt(short, cow, 300, 1000, poses)!.joints).toEqual(half);
  });

  it("reps without a side switch between sides move from one side's pose to the other's", () => {
    const rolls = technique('shoulder-shrugs');
    const sided = { ...rolls, movement: { ...rolls.movement, sets: 1, sides: 'left-right' as const, switchSeconds: 0 } };
    const plan = planTechnique(sided);
    const firstRight = plan.cues.findIndex((c) => c.side === 'right');
    const before = plan.cues[firstRight - 1]!;
    expect([before.side, before.pose, plan.cues[firstRight]!.pose]).toEqual(['left', 'sit-arms-loose-front', 'shrug-up']);
    expect(figureAt(plan, firstRight, 0, 1000, poses)!.joints).toEqual(pose('sit-arms-loose-front').joints);
    expect(figureAt(plan, firstRight, 5000, 1000, poses)!.joints).toEqual(mirror(pose('shrug-up')).joints);
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

  it('props as shapes: floor, wall, roller, and a chair from the side and from the front', () => {
    const shapes = (props: Pose['props']) => figureShapes({ ...pose('cow'), props }).props;
    expect(shapes([{ kind: 'floor', y: 94 }])).toEqual([{ kind: 'line', from: [0, 94], to: [100, 94] }]);
    expect(shapes([{ kind: 'wall', x: 88 }])).toEqual([{ kind: 'line', from: [88, 0], to: [88, 100] }]);
    expect(shapes([{ kind: 'roller', x: 40, y: 86, r: 6 }])).toEqual([{ kind: 'circle', at: [40, 86], r: 6 }]);
    expect(shapes([{ kind: 'chair', x: 30, y: 62, facing: 'side' }])).toEqual([
      { kind: 'line', from: [30, 62], to: [54, 62] },
      { kind: 'line', from: [30, 62], to: [30, 30] },
      { kind: 'line', from: [32, 62], to: [32, 94] },
      { kind: 'line', from: [52, 62], to: [52, 94] },
    ]);
    expect(shapes([{ kind: 'chair', x: 50, y: 62, facing: 'front' }])).toEqual([
      { kind: 'line', from: [32, 62], to: [68, 62] },
      { kind: 'line', from: [34, 62], to: [34, 94] },
      { kind: 'line', from: [66, 62], to: [66, 94] },
      { kind: 'line', from: [34, 62], to: [34, 34] },
      { kind: 'line', from: [66, 62], to: [66, 34] },
    ]);
    expect(figureShapes(mirror({ ...pose('cow'), props: [{ kind: 'roller', x: 40, y: 86, r: 6 }] })).props).toEqual([
      { kind: 'circle', at: [60, 86], r: 6 },
    ]);
  });

  it('the body: fourteen bones, a neck that stops at the head, and the head', () => {
    const { body } = figureShapes({ ...pose('stand-front'), joints: { ...pose('stand-front').joints, head: [50, 10], neck: [50, 24] } });
    expect(body).toHaveLength(16);
    expect(body[0]).toEqual({ kind: 'line', from: [50, 24], to: pose('stand-front').joints.chest });
    expect(body[14]).toEqual({ kind: 'line', from: [50, 24], to: [50, 16] });
    expect(body[15]).toEqual({ kind: 'circle', at: [50, 10], r: 6 });
    expect(mirror(mirror(pose('cow'))).mirrored).toBeUndefined();
    expect(mirror(pose('cow')).mirrored).toBe(true);
    expect([ease(-1), ease(0.25)]).toEqual([0, 0.15625]);
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
