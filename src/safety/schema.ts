import { z } from 'zod';
import { positions, tags } from '../catalog/vocabulary.js';

/** The single source of truth for data/safety.json; data/safety.schema.json is generated from it. */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });

/** Which techniques an outcome leaves out or softens: all of them, by id, by tag, or by position. */
const ruleSchema = z.strictObject({
  all: z.literal(true).optional(),
  techniques: z.array(id).optional(),
  tags: z.array(z.enum(tags)).optional(),
  positions: z.array(z.enum(positions)).optional(),
});

const outcomeFields = {
  level: z.enum(['urgent', 'see-professional', 'caution']),
  /** Shown to the user in plain words when this answer applies. */
  reason: z.string().min(1),
  leavesOut: ruleSchema.optional(),
  softens: ruleSchema.optional(),
};

const common = {
  id,
  text: z.string().min(1),
  /** Asked in the quick screen before every guided session. */
  quick: z.boolean(),
  /** Asked in the full check. */
  full: z.boolean(),
  sources: z.array(id).min(1, { error: 'cite at least one reference id' }),
};

const yesNoQuestion = z.strictObject({
  ...common,
  kind: z.literal('yes-no'),
  onYes: z.strictObject(outcomeFields),
});

const scaleQuestion = z.strictObject({
  ...common,
  kind: z.literal('scale'),
  /** Pain 0-10 bands; an answer outside every band triggers nothing. */
  bands: z
    .array(z.strictObject({ from: z.int().min(0).max(10), to: z.int().min(0).max(10), ...outcomeFields }))
    .min(1),
});

const levelText = z.strictObject({ headline: z.string().min(1), advice: z.string().min(1) });

export const safetySchema = z
  .strictObject({
    $schema: z.string().optional(),
    references: z.array(
      z.strictObject({ id, title: z.string().min(1), url: z.url(), contributes: z.string().min(1) }),
    ),
    levels: z.strictObject({
      urgent: levelText,
      'see-professional': levelText,
      caution: levelText,
      'no-warning-signs': levelText,
    }),
    questions: z.array(z.discriminatedUnion('kind', [yesNoQuestion, scaleQuestion])).min(1),
  })
  .superRefine((data, ctx) => {
    const refs = new Set(data.references.map((r) => r.id));
    const ids = new Set<string>();
    data.questions.forEach((q, i) => {
      if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate id "${q.id}"` });
      ids.add(q.id);
      q.sources.forEach((s, j) => {
        if (!refs.has(s)) {
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'sources', j], message: `no reference has the id "${s}"` });
        }
      });
      if (q.kind === 'scale') {
        q.bands.forEach((b, j) => {
          if (b.from > b.to) ctx.addIssue({ code: 'custom', path: ['questions', i, 'bands', j], message: '"from" is above "to"' });
        });
      }
    });
  });

export type SafetyData = z.infer<typeof safetySchema>;
export type Question = SafetyData['questions'][number];
export type Rule = NonNullable<z.infer<typeof ruleSchema>>;
export type Outcome = Pick<Extract<Question, { kind: 'yes-no' }>['onYes'], 'level' | 'reason' | 'leavesOut' | 'softens'>;
