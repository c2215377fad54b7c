import { z } from 'zod';
import { emergencyNumberProblem } from '../safety/emergency.js';

/** config.json in limber's config folder; every field is optional. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  emergencyNumber: z
    .string({ error: 'expected the number to call, such as "112"' })
    .refine((value) => emergencyNumberProblem(value) === undefined, { error: (issue) => emergencyNumberProblem(String(issue.input)) })
    .transform((value) => value.trim())
    .optional(),
  bell: z.boolean({ error: 'expected true or false' }).optional(),
  breakMinutes: z
    .int({ error: 'expected a whole number of minutes' })
    .min(1, { error: 'expected 1 to 15 minutes' })
    .max(15, { error: 'expected 1 to 15 minutes' })
    .optional(),
  /** Sessions a day with cracking or end-range moves before limber warns (and breaks pick other moves). */
  dailyLimit: z.int({ error: 'expected a whole number' }).min(1, { error: 'expected at least 1' }).optional(),
});

export type Config = z.infer<typeof configSchema>;
