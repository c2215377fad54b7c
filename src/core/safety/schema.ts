import { z } from 'zod';
import { positions, tags } from '../catalog/vocabulary.js';
import { actionIds, actionsFor } from './levels.js';

/** The single source of truth for data/safety.json; data/safety.schema.json is generated from it. */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

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
  /** What to do about this reason, and how soon: a key of "actions". */
  action: z.enum(actionIds),
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
  /** Asked only in one situation: after a session that pain stopped. */
  ask: z.literal('after-pain-stop').optional(),
  /**
   * A condition that does not change from one day to the next: `check` keeps a "yes" in the health profile and
   * every session applies it until its review date (`reviewMonths`; without it, until the user updates it).
   */
  lasting: z.strictObject({ label: z.string().min(1), reviewMonths: z.int().positive().optional() }).optional(),
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
  bands: z.array(z.strictObject({ from: z.int().min(0).max(10), to: z.int().min(0).max(10), ...outcomeFields })).min(1),
});

const levelText = z.strictObject({ headline: z.string().min(1), advice: z.string().min(1) });
const actionText = z.strictObject({ timeframe: z.string().min(1), text: z.string().min(1) });

export const safetySchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** Bumped whenever a question, level or rule changes; shown by `check` and kept in the profile. */
    version: z.string().regex(/^\d+\.\d+$/, { error: 'expected a version such as "2.0"' }),
    /** When a person last reviewed the content against its references. */
    reviewed: isoDate,
    references: z.array(z.strictObject({ id, title: z.string().min(1), url: z.url(), contributes: z.string().min(1) })),
    levels: z.strictObject({
      urgent: levelText,
      'see-professional': levelText,
      caution: levelText,
      'no-warning-signs': levelText,
    }),
    actions: z.strictObject(Object.fromEntries(actionIds.map((a) => [a, actionText])) as Record<(typeof actionIds)[number], typeof actionText>),
    /** Shown before the first cue of every session and on the chart; {painStop} is the pain limit. */
    stopRule: z.string().min(1),
    /** The warning signs the chart lists in its box. */
    warningSigns: z.array(z.string().min(1)).min(1),
    /** Asked at the end of the quick screen when a health profile is in force. */
    changedSinceCheck: z.strictObject({ id, text: z.string().min(1) }),
    /** Ids of earlier versions that answers files may still use, and what replaced them. */
    retired: z.array(z.strictObject({ id, replacedBy: z.array(id).min(1) })),
    questions: z.array(z.discriminatedUnion('kind', [yesNoQuestion, scaleQuestion])).min(1),
  })
  .superRefine((data, ctx) => {
    const refs = new Set(data.references.map((r) => r.id));
    const ids = new Set<string>([data.changedSinceCheck.id]);
    data.questions.forEach((q, i) => {
      if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate id "${q.id}"` });
      ids.add(q.id);
      q.sources.forEach((s, j) => {
        if (!refs.has(s)) {
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'sources', j], message: `no reference has the id "${s}"` });
        }
      });
      const outcomes = q.kind === 'yes-no' ? [{ o: q.onYes, path: ['onYes'] }] : q.bands.map((b, j) => ({ o: b, path: ['bands', j] }));
      for (const { o, path } of outcomes) {
        if (!actionsFor[o.level].includes(o.action)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, ...path, 'action'],
            message: `a ${o.level} outcome takes one of ${actionsFor[o.level].join(', ')}`,
          });
        }
      }
      if (q.kind === 'scale') {
        q.bands.forEach((b, j) => {
          if (b.from > b.to) ctx.addIssue({ code: 'custom', path: ['questions', i, 'bands', j], message: '"from" is above "to"' });
        });
      }
    });
    data.retired.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['retired', i, 'id'], message: `"${r.id}" is still a question` });
      r.replacedBy.forEach((to, j) => {
        if (!ids.has(to)) ctx.addIssue({ code: 'custom', path: ['retired', i, 'replacedBy', j], message: `no question has the id "${to}"` });
      });
    });
  });

export type SafetyData = z.infer<typeof safetySchema>;
export type Question = SafetyData['questions'][number];
export type Rule = NonNullable<z.infer<typeof ruleSchema>>;
export type Outcome = Pick<Extract<Question, { kind: 'yes-no' }>['onYes'], 'level' | 'reason' | 'action' | 'leavesOut' | 'softens'>;
