import { z } from 'zod';
import { poseSchema } from '../pose/schema.js';
import { checkPoseRefs } from './pose-refs.js';
import { areas, positions, tags } from './vocabulary.js';

/** The single source of truth for catalog files; data/catalog.schema.json is generated from it. */

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as "cat-cow"' });

const seconds = z.number({ error: 'expected a number of seconds' }).positive({ error: 'expected a positive number' });
const wholeCount = z.int({ error: 'expected a whole number' }).positive({ error: 'expected a positive whole number' });

/** Cues are read mid-hold, so they stay short. */
const cue = z
  .string()
  .min(1, { error: 'expected a short cue, not an empty string' })
  .max(60, { error: 'a cue must fit in 60 characters; move the rest into "detail"' });

/** The key pose a step or hold reaches: an id from data/poses.json or the catalog's own "poses". */
const poseRef = kebabId.optional();

const stepSchema = z.strictObject({
  cue,
  detail: z.string().optional(),
  seconds,
  pose: poseRef,
});

const repsPhase = z.strictObject({
  type: z.literal('reps'),
  count: wholeCount,
  /** The top of the guide's range ("10-15 reps"); the plan times `count`. */
  upTo: wholeCount.optional(),
  steps: z.array(stepSchema).min(1, { error: 'a reps phase needs at least one step' }),
});

const holdPhase = z.strictObject({
  type: z.literal('hold'),
  cue,
  detail: z.string().optional(),
  seconds,
  /** The top of the guide's range ("hold 20-30 s"); the plan times `seconds`. */
  upTo: seconds.optional(),
  breaths: wholeCount.optional(),
  pose: poseRef,
});

const phaseSchema = z.discriminatedUnion('type', [repsPhase, holdPhase], {
  error: 'expected a phase with "type": "reps" or "hold"',
});

const movementSchema = z.strictObject({
  sets: wholeCount,
  sides: z.enum(['none', 'left-right']),
  restSeconds: z.number().min(0, { error: 'expected zero or more seconds' }),
  switchSeconds: z.number().min(0, { error: 'expected zero or more seconds' }),
  phases: z.array(phaseSchema).min(1, { error: 'a movement needs at least one phase' }),
});

const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://, such as "https://example.org/page"' }),
});

const techniqueSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  summary: z.string().min(1).max(100, { error: 'a summary must fit on one line (100 characters)' }),
  areas: z.array(z.enum(areas)).min(1, { error: 'name at least one body area' }),
  position: z.enum(positions),
  equipment: z.array(z.string().min(1)),
  tags: z.array(z.enum(tags)),
  setup: z.array(stepSchema).min(1, { error: 'a technique needs at least one setup step' }),
  movement: movementSchema,
  breathing: z.string().min(1),
  cautions: z.array(z.string().min(1)),
  /** A gentler version, used when the safety screen softens this technique. */
  gentle: z
    .strictObject({
      summary: z.string().min(1),
      setup: z.array(stepSchema).min(1).optional(),
      movement: movementSchema.optional(),
    })
    .optional(),
  sources: z.array(sourceSchema).min(1, { error: 'cite at least one source' }),
});

const routineSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  summary: z.string().min(1).max(100, { error: 'a summary must fit on one line (100 characters)' }),
  techniques: z.array(kebabId).min(1, { error: 'a routine needs at least one technique' }),
});

/**
 * A catalog file. `knownIds` are ids defined elsewhere (the built-in catalog, for a user's file), which
 * its routines may reference.
 */
export const makeCatalogSchema = (knownIds: ReadonlySet<string> = new Set(), knownPoses?: ReadonlySet<string>) =>
  z
    .strictObject({
      $schema: z.string().optional(),
      techniques: z.array(techniqueSchema),
      routines: z.array(routineSchema).default([]),
      /** Poses of the catalog's own, for its techniques' steps; the built-in ones need not be repeated. */
      poses: z.array(poseSchema).optional(),
      /** The catalog's own translations: per language code, each English text with its translation. */
      translations: z.record(z.enum(['de', 'es']), z.record(z.string(), z.string())).optional(),
    })
    .superRefine((catalog, ctx) => {
      if (knownPoses) checkPoseRefs(catalog, new Set([...knownPoses, ...(catalog.poses ?? []).map((p) => p.id)]), ctx);
      const seen = new Map<string, string>();
      const place = (kind: string, index: number) => `${kind}[${index}]`;
      catalog.techniques.forEach((t, i) => {
        if (seen.has(t.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['techniques', i, 'id'],
            message: `duplicate id "${t.id}" (also at ${seen.get(t.id)}); give each technique its own id`,
          });
        }
        seen.set(t.id, place('techniques', i));
      });
      catalog.routines.forEach((r, i) => {
        if (seen.has(r.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routines', i, 'id'],
            message: `duplicate id "${r.id}" (also at ${seen.get(r.id)}); routines and techniques share one set of ids`,
          });
        }
        seen.set(r.id, place('routines', i));
      });
      const techniqueIds = new Set([...knownIds, ...catalog.techniques.map((t) => t.id)]);
      for (const [i, r] of catalog.routines.entries()) {
        for (const [j, id] of r.techniques.entries()) {
          if (!techniqueIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['routines', i, 'techniques', j],
              message: `no technique has the id "${id}"; use one of the ids under "techniques"`,
            });
          }
        }
      }
      for (const [i, t] of catalog.techniques.entries()) {
        for (const [j, p] of t.movement.phases.entries()) {
          const top = p.type === 'reps' ? p.count : p.seconds;
          if (p.upTo !== undefined && p.upTo < top) {
            ctx.addIssue({
              code: 'custom',
              path: ['techniques', i, 'movement', 'phases', j, 'upTo'],
              message: `"upTo" (${p.upTo}) must not be below ${p.type === 'reps' ? '"count"' : '"seconds"'} (${top})`,
            });
          }
        }
      }
    });

export type Step = z.infer<typeof stepSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Movement = z.infer<typeof movementSchema>;
export type Technique = z.infer<typeof techniqueSchema>;
export type Routine = z.infer<typeof routineSchema>;
export type Catalog = z.infer<ReturnType<typeof makeCatalogSchema>>;
