import { t } from '../core/i18n/translate.js';
import { UsageError } from './errors.js';

/** LIMBER_TIME_SCALE: a positive number that multiplies every wait; anything else is a usage error. */
export function parseTimeScale(env: NodeJS.ProcessEnv): number {
  const raw = env.LIMBER_TIME_SCALE;
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    throw new UsageError(
      t(
        'LIMBER_TIME_SCALE={value} is not a valid time scale. Use a number above 0 and at most 10, such as 0.01 for a quick preview, or unset it for real time.',
        { value: JSON.stringify(raw) },
      ),
    );
  }
  return scale;
}
