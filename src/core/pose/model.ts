/**
 * The stick figure as geometry: a pose's joints and props become lines and circles in a 100 × 100 box,
 * which each renderer (Braille, ASCII, SVG) draws in its own way. Pure: no text, no colour.
 */
import type { JointName, Point, Pose as PoseData, Prop } from './schema.js';

/** A pose to draw: its data, and whether it is the mirror image (props are mirrored when drawn). */
export type Pose = PoseData & { mirrored?: true };

export type Shape = { kind: 'line'; from: Point; to: Point } | { kind: 'circle'; at: Point; r: number };

const bones: readonly [JointName, JointName][] = [
  ['neck', 'chest'],
  ['chest', 'pelvis'],
  ['neck', 'shoulderL'],
  ['neck', 'shoulderR'],
  ['shoulderL', 'elbowL'],
  ['elbowL', 'handL'],
  ['shoulderR', 'elbowR'],
  ['elbowR', 'handR'],
  ['pelvis', 'hipL'],
  ['pelvis', 'hipR'],
  ['hipL', 'kneeL'],
  ['kneeL', 'footL'],
  ['hipR', 'kneeR'],
  ['kneeR', 'footR'],
];

const headRadius = 6;

/** The left-right mirror image: the other side of a sided technique, computed, never stored. */
export function mirror(pose: Pose): Pose {
  const joints = Object.fromEntries(Object.entries(pose.joints).map(([name, p]) => [name, flip(p as Point)])) as Pose['joints'];
  const { mirrored, ...rest } = pose;
  return mirrored ? { ...rest, joints } : { ...rest, joints, mirrored: true };
}

const flip = ([x, y]: Point): Point => [100 - x, y];

const flipShape = (shape: Shape): Shape =>
  shape.kind === 'line' ? { kind: 'line', from: flip(shape.from), to: flip(shape.to) } : { ...shape, at: flip(shape.at) };

/** The pose `t` of the way (0-1) from `a` to `b`, joint by joint; props are `b`'s. */
export function interpolate(a: Pose, b: Pose, t: number): Pose {
  const k = Math.min(1, Math.max(0, t));
  const mix = (p: Point, q: Point): Point => [p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k];
  const joints = Object.fromEntries(
    Object.entries(b.joints).map(([name, q]) => [name, mix(a.joints[name as JointName], q as Point)]),
  ) as Pose['joints'];
  return { ...b, joints };
}

/** Smooth start and end, so a movement eases in and out as a person moves. */
export const ease = (t: number): number => {
  const k = Math.min(1, Math.max(0, t));
  return k * k * (3 - 2 * k);
};

function propShapes(prop: Prop): Shape[] {
  const line = (from: Point, to: Point): Shape => ({ kind: 'line', from, to });
  switch (prop.kind) {
    case 'floor':
      return [line([0, prop.y], [100, prop.y])];
    case 'wall':
      return [line([prop.x, 0], [prop.x, 100])];
    case 'roller':
      return [{ kind: 'circle', at: [prop.x, prop.y], r: prop.r }];
    case 'chair': {
      const { x, y } = prop;
      if (prop.facing === 'front')
        return [
          line([x - 18, y], [x + 18, y]),
          line([x - 16, y], [x - 16, 94]),
          line([x + 16, y], [x + 16, 94]),
          line([x - 16, y], [x - 16, y - 28]),
          line([x + 16, y], [x + 16, y - 28]),
        ];
      return [line([x, y], [x + 24, y]), line([x, y], [x, y - 32]), line([x + 2, y], [x + 2, 94]), line([x + 22, y], [x + 22, 94])];
    }
  }
}

/** Everything to draw for a pose: the props (chair, wall, floor, roller), then the body and head. */
export function figureShapes(pose: Pose): { props: Shape[]; body: Shape[] } {
  const j = pose.joints;
  // The neck reaches the edge of the head, not its middle.
  const [dx, dy] = [j.neck[0] - j.head[0], j.neck[1] - j.head[1]];
  const length = Math.hypot(dx, dy) || 1;
  const chin: Point = [j.head[0] + (dx / length) * headRadius, j.head[1] + (dy / length) * headRadius];
  return {
    props: pose.props.flatMap(propShapes).map((shape) => (pose.mirrored ? flipShape(shape) : shape)),
    body: [
      ...bones.map(([from, to]): Shape => ({ kind: 'line', from: j[from], to: j[to] })),
      { kind: 'line', from: j.neck, to: chin },
      { kind: 'circle', at: j.head, r: headRadius },
    ],
  };
}
