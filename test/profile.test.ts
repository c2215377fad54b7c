import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { painLeftOut, pendingPainCheck } from '../src/core/history/pain.js';
import type { HistoryRecord } from '../src/core/history/records.js';
import { addMonths, type Profile, profileFromCheck, profileStatus, recordSeenProfessional, withScreenResult } from '../src/core/safety/profile.js';
import type { SafetyData } from '../src/core/safety/schema.js';
import { missingAnswers, planCheck, planSessionScreen, upgradeToFull } from '../src/core/safety/screen-plan.js';
import { screenQuestions } from '../src/core/safety/triage.js';

const safety = JSON.parse(readFileSync('data/safety.json', 'utf8')) as SafetyData;
const calmFull = Object.fromEntries(screenQuestions(safety, 'full').map((q) => [q.id, q.kind === 'scale' ? 0 : false]));
const calmResult = { level: 'no-warning-signs' as const, reasons: [] };

const checked = (answers: Record<string, boolean | number> = {}, today = '2026-11-17', previous?: Profile) =>
  profileFromCheck(safety, previous, { ...calmFull, ...answers }, today);

describe('addMonths', () => {
  it.each([
    ['2026-11-17', 12, '2027-11-17'],
    ['2026-11-17', 3, '2027-02-17'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('profile from a check', () => {
  it('keeps lasting "yes" answers with their review dates; surgery 3 months, pregnancy until updated', () => {
    const profile = checked({ 'bone-density': true, 'recent-spine-surgery': true, pregnant: true, 'dizzy-head-movement': true });
    expect(profile.conditions).toEqual([
      { question: 'recent-spine-surgery', since: '2026-11-17', reviewBy: '2027-02-17' },
      { question: 'bone-density', since: '2026-11-17', reviewBy: '2027-11-17' },
      { question: 'pregnant', since: '2026-11-17', reviewBy: null },
    ]);
    expect(profile).toMatchObject({ checkedOn: '2026-11-17', reviewBy: '2027-11-17', standing: null, safetyVersion: '2.0' });
  });

  it('a later check keeps the first date, drops what is now "no", and re-dates the review', () => {
    const first = checked({ 'bone-density': true, 'bleeding-risk': true });
    const second = checked({ 'bone-density': true }, '2027-05-01', first);
    expect(second.conditions).toEqual([{ question: 'bone-density', since: '2026-11-17', reviewBy: '2028-05-01' }]);
  });

  it('a check cut short by an urgent answer keeps the old conditions and is due again at once', () => {
    const first = checked({ 'bone-density': true });
    const short = profileFromCheck(safety, first, { 'heart-pattern': true }, '2026-12-01');
    expect(short.conditions).toEqual(first.conditions);
    expect(short.reviewBy).toBe('2026-12-01');
    expect(profileStatus(short, '2026-12-01').state).toBe('review-due');
  });

  it('a see-professional or urgent result stands; caution does not; a new check lifts it', () => {
    const profile = checked();
    expect(withScreenResult(profile, { level: 'caution', reasons: [{ question: 'pregnant', level: 'caution' }] }, '2026-11-18')).toBe(profile);
    const standing = withScreenResult(
      profile,
      {
        level: 'see-professional',
        reasons: [
          { question: 'tingling-numbness', level: 'see-professional' },
          { question: 'pregnant', level: 'caution' },
        ],
      },
      '2026-11-18',
    );
    expect(standing.standing).toEqual({ level: 'see-professional', on: '2026-11-18', reasons: ['tingling-numbness'] });
    expect(checked({}, '2026-11-20', standing).standing).toBeNull();
    expect(
      withScreenResult(profile, { level: 'urgent', reasons: [{ question: 'heart-pattern', level: 'urgent' }] }, '2026-11-18').standing?.level,
    ).toBe('urgent');
    expect(withScreenResult(profile, calmResult, '2026-11-18')).toBe(profile);
  });

  it('a recorded visit lifts the standing result and keeps the conditions', () => {
    const standing = withScreenResult(
      checked({ 'bone-density': true }),
      { level: 'see-professional', reasons: [{ question: 'long-lasting', level: 'see-professional' }] },
      '2026-11-18',
    );
    const seen = recordSeenProfessional(standing, '2026-11-20');
    expect(seen).toMatchObject({ standing: null, seenProfessionalOn: '2026-11-20' });
    expect(seen.conditions).toEqual(standing.conditions);
  });
});

describe('profile status: review dates on the day', () => {
  const profile = checked({ 'recent-spine-surgery': true });
  it.each([
    [undefined, '2026-11-17', 'none'],
    [profile, '2026-11-17', 'in-force'],
    [profile, '2027-02-16', 'in-force'],
    [profile, '2027-02-17', 'review-due'],
    [profile, '2027-02-18', 'review-due'],
  ])('%#: on %s → %s', (p, today, state) => {
    expect(profileStatus(p, today).state).toBe(state);
  });

  it('the whole profile falls due 12 months after the check, on the day', () => {
    const calm = checked();
    expect(profileStatus(calm, '2027-11-16').state).toBe('in-force');
    expect(profileStatus(calm, '2027-11-17')).toEqual({ state: 'review-due', profile: calm, since: '2027-11-17' });
  });

  it('pregnancy has no review date of its own', () => {
    expect(profileStatus(checked({ pregnant: true }), '2027-11-16').state).toBe('in-force');
  });
});

describe('which questions a session screen asks', () => {
  const inForce = profileStatus(checked(), '2026-11-18');
  const ids = (plan: { questions: { id: string }[] }) => plan.questions.map((q) => q.id);

  it('no profile, or one due for review: the full check', () => {
    expect(planSessionScreen(safety, { state: 'none' }, false)).toMatchObject({ screen: 'full', askChanged: false });
    expect(planSessionScreen(safety, profileStatus(checked(), '2028-01-01'), false).screen).toBe('full');
  });

  it('a profile in force: the quick screen and "anything changed?"', () => {
    const plan = planSessionScreen(safety, inForce, false);
    expect(plan).toMatchObject({ screen: 'quick', askChanged: true });
    expect(ids(plan)).not.toContain('pain-settled');
  });

  it('after a pain stop: the pain question, after the urgent ones', () => {
    const plan = planSessionScreen(safety, inForce, true);
    expect(ids(plan).indexOf('pain-settled')).toBeGreaterThan(ids(plan).indexOf('serious-trauma'));
    expect(ids(upgradeToFull(safety, plan))).toContain('pain-settled');
  });

  it('"anything changed?" is required, unless an answer is urgent; "yes" asks the full check', () => {
    const plan = planSessionScreen(safety, inForce, false);
    const quickCalm = Object.fromEntries(plan.questions.map((q) => [q.id, q.kind === 'scale' ? 0 : false]));
    expect(missingAnswers(safety, plan, quickCalm)).toEqual(['changed-since-check']);
    expect(missingAnswers(safety, plan, { 'heart-pattern': true })).toEqual([]);
    const full = upgradeToFull(safety, plan);
    expect(missingAnswers(safety, full, { ...quickCalm, 'changed-since-check': true })).toContain('bone-density');
    expect(planCheck(safety).questions).toEqual(screenQuestions(safety, 'full'));
  });
});

describe('pain remembered from history', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const pain = (hoursAgo: number, technique: string, rating: number): HistoryRecord => ({
    type: 'pain',
    at: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    session: 's',
    technique,
    rating,
  });
  const screen = (hoursAgo: number): HistoryRecord => ({
    type: 'screen',
    at: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    screen: 'quick',
    level: 'no-warning-signs',
    reasons: [],
  });

  it('a move that hurt stays out for 48 hours, not a minute more', () => {
    expect(painLeftOut([pain(47.9, 'wall-angel', 3)], now).map((r) => r.technique)).toEqual(['wall-angel']);
    expect(painLeftOut([pain(48, 'wall-angel', 7)], now)).toEqual([]);
    expect(painLeftOut([pain(10, 'wall-angel', 2), pain(5, 'wall-angel', 7)], now)).toEqual([pain(5, 'wall-angel', 7)]);
  });

  it('after a pain stop (above 5), the next screen asks once', () => {
    expect(pendingPainCheck([pain(20, 'wall-angel', 7)])).toEqual(pain(20, 'wall-angel', 7));
    expect(pendingPainCheck([pain(20, 'wall-angel', 6)])?.rating).toBe(6);
    expect(pendingPainCheck([pain(20, 'wall-angel', 5)])).toBeUndefined();
    expect(pendingPainCheck([pain(20, 'wall-angel', 7), screen(10)])).toBeUndefined();
    expect(pendingPainCheck([screen(30), pain(20, 'wall-angel', 8)])?.technique).toBe('wall-angel');
  });
});
