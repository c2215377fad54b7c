/**
 * The health profile's rules, as pure functions over plain data. The full check's lasting answers
 * (osteoporosis, blood thinners, pregnancy…) and any see-professional result are kept, dated and reviewed,
 * and every session applies them until they are reviewed: what the check learned is never forgotten.
 */
import type { Level } from './levels.js';
import type { SafetyData } from './schema.js';
import type { Answers, ProfileAnswers } from './triage.js';

interface ProfileCondition {
  question: string;
  /** The date of the check that first recorded it. */
  since: string;
  /** The date from which it needs reviewing with a new check; null: until the user updates it. */
  reviewBy: string | null;
}

/** A see-professional or urgent result: it stands until a new check or a recorded visit. */
export interface StandingAdvice {
  level: Exclude<Level, 'no-warning-signs' | 'caution'>;
  on: string;
  reasons: string[];
}

export interface Profile {
  version: 1;
  safetyVersion: string;
  checkedOn: string;
  /** The whole profile needs a new check from this date on (PAR-Q+: answers hold at most 12 months). */
  reviewBy: string;
  conditions: ProfileCondition[];
  standing: StandingAdvice | null;
  seenProfessionalOn: string | null;
}

export type ProfileStatus = { state: 'none' } | { state: 'in-force'; profile: Profile } | { state: 'review-due'; profile: Profile; since: string };

/** Months a full check holds before the next one is due. */
const checkValidMonths = 12;

const isoDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Adds calendar months to a YYYY-MM-DD date; the 31st becomes the month's last day where it has none. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoDate(targetYear, targetMonth, Math.min(day, lastDay));
}

/** Whether a profile is there and in force on `today` (YYYY-MM-DD). A review falls due on its date, not after. */
export function profileStatus(profile: Profile | undefined, today: string): ProfileStatus {
  if (!profile) return { state: 'none' };
  const dates = [profile.reviewBy, ...profile.conditions.flatMap((c) => (c.reviewBy ? [c.reviewBy] : []))];
  const due = dates.filter((d) => d <= today).sort()[0];
  return due ? { state: 'review-due', profile, since: due } : { state: 'in-force', profile };
}

/** The profile's conditions as the "yes" answers triage applies. */
export const profileAnswers = (profile: Profile): ProfileAnswers => ({
  answers: Object.fromEntries(profile.conditions.map((c) => [c.question, true])),
  checkedOn: profile.checkedOn,
});

/** Labels of the profile's conditions, in the data's order: "fragile bones, pregnancy". */
export function conditionLabels(safety: SafetyData, profile: Profile): string[] {
  const held = new Set(profile.conditions.map((c) => c.question));
  return safety.questions.flatMap((q) => (held.has(q.id) && q.lasting ? [q.lasting.label] : []));
}

/** Only the reasons at the standing level are kept: they are what the person must be seen for. */
const standingFor = (level: Level, reasons: readonly { question: string; level: Level }[], today: string): StandingAdvice | null =>
  level === 'urgent' || level === 'see-professional'
    ? { level, on: today, reasons: reasons.filter((r) => r.level === level).map((r) => r.question) }
    : null;

/**
 * The profile after a full check on `today`. A lasting question answered yes is kept (its first date too);
 * answered no, it is dropped; left unanswered (the check stopped at an urgent answer), the old entry stays.
 * A new check lifts the old standing result; `withScreenResult` sets the new one. A check cut short is due again.
 */
export function profileFromCheck(safety: SafetyData, previous: Profile | undefined, answers: Answers, today: string): Profile {
  const conditions: ProfileCondition[] = [];
  for (const question of safety.questions) {
    if (!question.lasting) continue;
    const before = previous?.conditions.find((c) => c.question === question.id);
    const answer = answers[question.id];
    if (answer === undefined) {
      if (before) conditions.push(before);
      continue;
    }
    if (answer !== true) continue;
    const months = question.lasting.reviewMonths;
    conditions.push({ question: question.id, since: before?.since ?? today, reviewBy: months ? addMonths(today, months) : null });
  }
  // A check cut short by an urgent answer never asked the rest: it is due again at once.
  const complete = safety.questions.every((q) => !q.full || answers[q.id] !== undefined);
  return {
    version: 1,
    safetyVersion: safety.version,
    checkedOn: today,
    reviewBy: complete ? addMonths(today, checkValidMonths) : today,
    conditions,
    standing: null,
    seenProfessionalOn: previous?.seenProfessionalOn ?? null,
  };
}

/** A screen that sends the person to a professional: that result stands from now on. */
export function withScreenResult(
  profile: Profile,
  result: { level: Level; reasons: readonly { question: string; level: Level }[] },
  today: string,
): Profile {
  const standing = standingFor(result.level, result.reasons, today);
  return standing ? { ...profile, standing } : profile;
}

/** The person has been seen by a professional on `on`: the standing result is lifted; conditions stay. */
export const recordSeenProfessional = (profile: Profile, on: string): Profile => ({ ...profile, standing: null, seenProfessionalOn: on });
