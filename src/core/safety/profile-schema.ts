import { z } from 'zod';

/** profile.json in limber's data folder, written by `check` and read before every session. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });
const questionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a question id' });

export const profileSchema = z.strictObject({
  version: z.literal(1, { error: 'expected version 1' }),
  safetyVersion: z.string().min(1),
  checkedOn: date,
  reviewBy: date,
  conditions: z.array(z.strictObject({ question: questionId, since: date, reviewBy: date.nullable() })),
  standing: z.strictObject({ level: z.enum(['urgent', 'see-professional']), on: date, reasons: z.array(questionId) }).nullable(),
  seenProfessionalOn: date.nullable(),
});
