import { z } from 'zod';
import { t } from '../i18n/translate.js';
import { parseDays, parseHours } from '../remind/hours.js';
import { emergencyNumberProblem } from '../safety/emergency.js';

/** A text field checked by a parser that returns a sentence for what is wrong. */
const parsed = (parse: (text: string) => unknown, example: string) =>
  z
    .string({ error: () => t('expected text such as "{example}"', { example }) })
    .refine((value) => typeof parse(value) !== 'string', { error: (issue) => String(parse(String(issue.input))) });

/** The reminder loop's settings: the same as `limber remind`'s options, which win over them. */
const remindSchema = z.strictObject({
  every: z
    .int({ error: () => t('expected a whole number of minutes') })
    .min(1, { error: () => t('expected 1 to 240 minutes') })
    .max(240, { error: () => t('expected 1 to 240 minutes') })
    .optional(),
  snooze: z
    .int({ error: () => t('expected a whole number of minutes') })
    .min(1, { error: () => t('expected 1 to 60 minutes') })
    .max(60, { error: () => t('expected 1 to 60 minutes') })
    .optional(),
  hours: parsed(parseHours, '09:00-17:30').optional(),
  days: parsed(parseDays, 'mon-fri').optional(),
  limit: z
    .int({ error: () => t('expected a whole number') })
    .min(1, { error: () => t('expected 1 to 10') })
    .max(10, { error: () => t('expected 1 to 10') })
    .optional(),
  deferIf: z
    .string({ error: () => t('expected a shell command') })
    .min(1, { error: () => t('expected a shell command') })
    .optional(),
  idle: z.boolean({ error: () => t('expected true or false') }).optional(),
  notify: z.boolean({ error: () => t('expected true or false') }).optional(),
});

/** config.json in limber's config folder; every field is optional. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  emergencyNumber: z
    .string({ error: () => t('expected the number to call, such as "112"') })
    .refine((value) => emergencyNumberProblem(value) === undefined, { error: (issue) => emergencyNumberProblem(String(issue.input)) })
    .transform((value) => value.trim())
    .optional(),
  bell: z.boolean({ error: () => t('expected true or false') }).optional(),
  /** The language of every text (as --lang): en, de or es. */
  lang: z.enum(['en', 'de', 'es'], { error: () => t('expected "en", "de" or "es"') }).optional(),
  /** Speak every cue (as --voice). */
  voice: z.boolean({ error: () => t('expected true or false') }).optional(),
  /** How the voice sounds: the engine's voice name, words a minute, and volume. */
  speech: z
    .strictObject({
      voice: z
        .string({ error: () => t('expected the name of a voice, such as "en-gb"') })
        .min(1)
        .max(60)
        .optional(),
      rate: z
        .int({ error: () => t('expected words a minute') })
        .min(80, { error: () => t('expected 80 to 400 words a minute') })
        .max(400, { error: () => t('expected 80 to 400 words a minute') })
        .optional(),
      volume: z
        .int({ error: () => t('expected 0 to 100') })
        .min(0, { error: () => t('expected 0 to 100') })
        .max(100, { error: () => t('expected 0 to 100') })
        .optional(),
    })
    .optional(),
  /** The moving figure in sessions and the figures in show; false turns them off. */
  figures: z.boolean({ error: () => t('expected true or false') }).optional(),
  breakMinutes: z
    .int({ error: () => t('expected a whole number of minutes') })
    .min(1, { error: () => t('expected 1 to 15 minutes') })
    .max(15, { error: () => t('expected 1 to 15 minutes') })
    .optional(),
  /** Sessions a day with cracking or end-range moves before limber warns (and breaks pick other moves). */
  dailyLimit: z
    .int({ error: () => t('expected a whole number') })
    .min(1, { error: () => t('expected at least 1') })
    .optional(),
  remind: remindSchema.optional(),
});

export type Config = z.infer<typeof configSchema>;
