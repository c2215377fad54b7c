import { z } from 'zod';

/** A data file's translation (catalog.de.json…): each English text of the file it translates, with its translation. */
export const translationFileSchema = z.strictObject({
  $schema: z.string().optional(),
  language: z.enum(['de', 'es']),
  /** Whether a native-speaking clinician has reviewed it (the README lists those not yet reviewed). */
  reviewed: z.boolean(),
  translates: z.string(),
  texts: z.record(z.string(), z.string()),
});
