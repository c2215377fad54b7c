/**
 * Checks a saved profile without zod: it is small and limber's own, and read before every session, so the
 * ~40 ms of loading zod would be paid each time. Returns the profile, or the first problem with its place.
 */

import { t } from '../i18n/translate.js';
import type { Profile } from './profile.js';

type Found = { profile: Profile } | { place: string; problem: string };

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const fields = ['version', 'safetyVersion', 'checkedOn', 'reviewBy', 'conditions', 'standing', 'seenProfessionalOn'];

function conditionProblem(c: unknown, i: number): Found | undefined {
  const place = `conditions[${i}]`;
  if (!isObject(c)) return { place, problem: t('expected an object') };
  if (!isId(c.question)) return { place: `${place}.question`, problem: t('expected a question id') };
  if (!isDate(c.since)) return { place: `${place}.since`, problem: t('expected a date as YYYY-MM-DD') };
  if (c.reviewBy !== null && !isDate(c.reviewBy)) return { place: `${place}.reviewBy`, problem: t('expected a date as YYYY-MM-DD, or null') };
  return undefined;
}

function standingProblem(s: unknown): Found | undefined {
  if (s === null) return undefined;
  if (!isObject(s)) return { place: 'standing', problem: t('expected an object, or null') };
  if (s.level !== 'urgent' && s.level !== 'see-professional')
    return { place: 'standing.level', problem: t('expected "urgent" or "see-professional"') };
  if (!isDate(s.on)) return { place: 'standing.on', problem: t('expected a date as YYYY-MM-DD') };
  if (!Array.isArray(s.reasons) || !s.reasons.every(isId)) return { place: 'standing.reasons', problem: t('expected a list of question ids') };
  return undefined;
}

export function checkProfile(data: unknown): Found {
  if (!isObject(data)) return { place: '(top level)', problem: t('expected an object') };
  const unknown = Object.keys(data).find((k) => !fields.includes(k));
  if (unknown) return { place: unknown, problem: t('unknown field') };
  if (data.version !== 1) return { place: 'version', problem: t('expected version 1') };
  if (typeof data.safetyVersion !== 'string' || data.safetyVersion === '')
    return { place: 'safetyVersion', problem: t('expected a version such as "2.0"') };
  for (const key of ['checkedOn', 'reviewBy'] as const) if (!isDate(data[key])) return { place: key, problem: t('expected a date as YYYY-MM-DD') };
  if (!Array.isArray(data.conditions)) return { place: 'conditions', problem: t('expected a list') };
  for (const [i, c] of data.conditions.entries()) {
    const problem = conditionProblem(c, i);
    if (problem) return problem;
  }
  const standing = standingProblem(data.standing);
  if (standing) return standing;
  if (data.seenProfessionalOn !== null && !isDate(data.seenProfessionalOn))
    return { place: 'seenProfessionalOn', problem: t('expected a date as YYYY-MM-DD, or null') };
  return { profile: data as unknown as Profile };
}
