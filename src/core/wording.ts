import { t } from './i18n/translate.js';
/** Shown in --help, on first run and on every chart. One paragraph: the reader wraps it. */
export const disclaimer = (): string =>
  t(
    'limber gives general information, not medical advice. It cannot examine you and can miss problems. If something feels wrong, stop and ask a doctor or physiotherapist. In an emergency, call your local emergency number.',
  );

/** "20 s" or "20-30 s": a hold's time, with the top of the guide's range when it gives one. */
export const holdTime = (phase: { seconds: number; upTo?: number | undefined }): string =>
  phase.upTo ? t('{from}-{to} s', { from: phase.seconds, to: phase.upTo }) : t('{seconds} s', { seconds: phase.seconds });

/** "5" or "10-15": a phase's repetitions, with the top of the guide's range when it gives one. */
export const repCount = (phase: { count: number; upTo?: number | undefined }): string =>
  phase.upTo ? `${phase.count}-${phase.upTo}` : `${phase.count}`;
