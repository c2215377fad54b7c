import { z } from 'zod';
import { t } from '../i18n/translate.js';
import { poseSchema } from '../pose/schema.js';
import { checkPoseRefs } from './pose-refs.js';
import { areas, positions, tags } from './vocabulary.js';

/** The single source of truth for catalog files; data/catalog.schema.json is generated from it. */

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => t('expected a kebab-case id such as "cat-cow"') });

const seconds = z.number({ error: () => t('expected a number of seconds') }).positive({ error: () => t('expected a positive number') });
const wholeCount = z.int({ error: () => t('expected a whole number') }).positive({ error: () => t('expected a positive whole number') });

/** Cues are read mid-hold, so they stay short. */
const cue = z
  .string()
  .min(1, { error: () => t('expected a short cue, not an empty string') })
  .max(60, { error: () => t('a cue must fit in 60 characters; move the rest into "detail"') });

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
  steps: z.array(stepSchema).min(1, { error: () => t('a reps phase needs at least one step') }),
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
  error: () => t('expected a phase with "type": "reps" or "hold"'),
});

const movementSchema = z.strictObject({
  sets: wholeCount,
  sides: z.enum(['none', 'left-right']),
  restSeconds: z.number().min(0, { error: () => t('expected zero or more seconds') }),
  switchSeconds: z.number().min(0, { error: () => t('expected zero or more seconds') }),
  phases: z.array(phaseSchema).min(1, { error: () => t('a movement needs at least one phase') }),
});

const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({
    protocol: /^https?$/,
    error: () => t('expected a web address starting with https:// or http://, such as "https://example.org/page"'),
  }),
});

const techniqueSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  summary: z
    .string()
    .min(1)
    .max(100, { error: () => t('a summary must fit on one line (100 characters)') }),
  areas: z.array(z.enum(areas)).min(1, { error: () => t('name at least one body area') }),
  position: z.enum(positions),
  equipment: z.array(z.string().min(1)),
  tags: z.array(z.enum(tags)),
  setup: z.array(stepSchema).min(1, { error: () => t('a technique needs at least one setup step') }),
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
  sources: z.array(sourceSchema).min(1, { error: () => t('cite at least one source') }),
});

const routineSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  summary: z
    .string()
    .min(1)
    .max(100, { error: () => t('a summary must fit on one line (100 characters)') }),
  techniques: z.array(kebabId).min(1, { error: () => t('a routine needs at least one technique') }),
});

interface CatalogLike {
  techniques: { id: string; movement: { phases: z.infer<typeof phaseSchema>[] } }[];
  routines: { id: string; techniques: string[] }[];
}

/** Every id once across techniques and routines; every routine's technique known here or elsewhere. */
function checkIds(catalog: CatalogLike, knownIds: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  const entries = [
    ...catalog.techniques.map((entry, i) => ({ entry, kind: 'techniques', i })),
    ...catalog.routines.map((entry, i) => ({ entry, kind: 'routines', i })),
  ];
  for (const { entry, kind, i } of entries) {
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      const params = { id: entry.id, place: earlier };
      ctx.addIssue({
        code: 'custom',
        path: [kind, i, 'id'],
        message:
          kind === 'techniques'
            ? t('duplicate id "{id}" (also at {place}); give each technique its own id', params)
            : t('duplicate id "{id}" (also at {place}); routines and techniques share one set of ids', params),
      });
    }
    seen.set(entry.id, `${kind}[${i}]`);
  }
  const techniqueIds = new Set([...knownIds, ...catalog.techniques.map((technique) => technique.id)]);
  for (const [i, r] of catalog.routines.entries()) {
    for (const [j, id] of r.techniques.entries()) {
      if (!techniqueIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['routines', i, 'techniques', j],
          message: t('no technique has the id "{id}"; use one of the ids under "techniques"', { id }),
        });
      }
    }
  }
}

/** A phase's "upTo" is a ceiling above its count or seconds, never below. */
function checkUpTo(catalog: CatalogLike, ctx: z.RefinementCtx): void {
  for (const [i, technique] of catalog.techniques.entries()) {
    for (const [j, p] of technique.movement.phases.entries()) {
      const top = p.type === 'reps' ? p.count : p.seconds;
      if (p.upTo !== undefined && p.upTo < top) {
        ctx.addIssue({
          code: 'custom',
          path: ['techniques', i, 'movement', 'phases', j, 'upTo'],
          message: t('"upTo" ({upTo}) must not be below "{field}" ({top})', { upTo: p.upTo, field: p.type === 'reps' ? 'count' : 'seconds', top }),
        });
      }
    }
  }
}

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
      checkIds(catalog, knownIds, ctx);
      checkUpTo(catalog, ctx);
    });

export type Step = z.infer<typeof stepSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Movement = z.infer<typeof movementSchema>;
export type Technique = z.infer<typeof techniqueSchema>;
export type Routine = z.infer<typeof routineSchema>;
export type Catalog = z.infer<ReturnType<typeof makeCatalogSchema>>;
