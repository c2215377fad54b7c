import { z } from 'zod';
import { t } from '../i18n/translate.js';

/** The single source of truth for pose data (data/poses.json, and "poses" in a catalog file). */

export const jointNames = [
  'head',
  'neck',
  'chest',
  'pelvis',
  'shoulderL',
  'elbowL',
  'handL',
  'shoulderR',
  'elbowR',
  'handR',
  'hipL',
  'kneeL',
  'footL',
  'hipR',
  'kneeR',
  'footR',
] as const;

const coordinate = z
  .number({ error: () => t('expected a number from 0 to 100') })
  .min(0, { error: () => t('expected 0 to 100: the figure is drawn in a 100 × 100 box') })
  .max(100, { error: () => t('expected 0 to 100: the figure is drawn in a 100 × 100 box') });
const point = z.tuple([coordinate, coordinate], { error: () => t('expected a point as [x, y], x to the right and y down, each 0 to 100') });

const propSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('chair'), x: coordinate, y: coordinate, facing: z.enum(['side', 'front']) }),
    z.strictObject({ kind: z.literal('wall'), x: coordinate }),
    z.strictObject({ kind: z.literal('floor'), y: coordinate }),
    z.strictObject({ kind: z.literal('roller'), x: coordinate, y: coordinate, r: z.number().positive().max(20) }),
  ],
  { error: () => t('expected a prop with "kind": "chair", "wall", "floor" or "roller"') },
);

export const poseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => t('expected a kebab-case id such as "cat-arch"') }),
  /** What the pose shows, in a few words: the SVG's title and the figure's caption. */
  name: z.string().min(1).max(60),
  /** Side views face right; front views face you. The other side is drawn by mirroring, never stored. */
  view: z.enum(['side', 'front']),
  props: z.array(propSchema),
  joints: z.strictObject(Object.fromEntries(jointNames.map((name) => [name, point])) as Record<(typeof jointNames)[number], typeof point>),
});

export const posesFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.string(),
    poses: z.array(poseSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.poses.forEach((pose, i) => {
      if (seen.has(pose.id))
        ctx.addIssue({
          code: 'custom',
          path: ['poses', i, 'id'],
          message: t('duplicate pose id "{id}"; give each pose its own id', { id: pose.id }),
        });
      seen.add(pose.id);
    });
  });

export type Pose = z.infer<typeof poseSchema>;
export type Prop = z.infer<typeof propSchema>;
export type JointName = (typeof jointNames)[number];
export type Point = [number, number];
