/** More edges of the pure core, each pinned by a table row or an exact value (survivors of `npm run mutate`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readableDate } from '../src/core/dates.js';
import { painLeftOut, pendingPainCheck } from '../src/core/history/pain.js';
import { parseHistory } from '../src/core/history/records.js';
import { checkAnswers } from '../src/core/safety/answers.js';
import { emergencyNumberProblem } from '../src/core/safety/emergency.js';
import { conditionLabels, type Profile, profileAnswers, profileStatus } from '../src/core/safety/profile.js';
import type { SafetyData } from '../src/core/safety/schema.js';
import { missingAnswers, planCheck, planSessionScreen, upgradeToFull } from '../src/core/safety/screen-plan.js';
import { screenQuestions, triage } from '../src/core/safety/triage.js';
import { planTechnique } from '../src/core/session/plan.js';
import { SessionRunner } from '../src/core/session/runner.js';
import type { RunnerEvent } from '../src/core/session/runner-events.js';
import { builtIn, technique } from './helpers/catalog.js';
import { FakeClock } from './helpers/fake-clock.js';

const safety = JSON.parse(readFileSync('data/safety.json', 'utf8')) as SafetyData;
const catalog = builtIn();

describe('the emergency number', () => {
  it.each([
    ['112', true],
    ['  999 ', true],
    ['+44 20 7946 0000', true],
    ['1-800-273-8255', true],
    ['12345678901234567890', true],
    ['123456789012345678901', false],
    ['', false],
    ['   ', false],
    ['+- -', false],
    ['call 112', false],
    ['112\u001b]0;x\u0007', false],
    ['１１２', false],
  ])('%j accepted: %s', (value, ok) => {
    expect(emergencyNumberProblem(value) === undefined).toBe(ok);
  });
});

describe('dates in words', () => {
  it.each([
    ['2026-11-17', '17 Nov 2026'],
    ['2027-01-05', '5 Jan 2027'],
    ['2026-12-31', '31 Dec 2026'],
  ])('%s → %s', (date, words) => {
    expect(readableDate(date)).toBe(words);
  });
});

describe('history records: anything limber did not write is a damaged line', () => {
  const at = '2026-11-24T10:00:00.000Z';
  it.each([
    [{ type: 'session-start', at, session: 's', command: 'break', techniques: ['a'], plannedSeconds: 60 }, true],
    [{ type: 'session-start', at, session: 's', command: 'break', techniques: [1], plannedSeconds: 60 }, false],
    [{ type: 'session-start', at, session: 's', command: 'break', techniques: ['a'] }, false],
    [{ type: 'session-start', at, command: 'break', techniques: ['a'], plannedSeconds: 60 }, false],
    [{ type: 'session-end', at, session: 's', outcome: 'completed', elapsedSeconds: 60, techniques: [] }, true],
    [{ type: 'session-end', at, session: 's', outcome: 'finished', elapsedSeconds: 60, techniques: [] }, false],
    [{ type: 'session-end', at, session: 's', outcome: 'completed', elapsedSeconds: '60', techniques: [] }, false],
    [{ type: 'session-end', at, session: 's', outcome: 'completed', elapsedSeconds: 60 }, false],
    [{ type: 'screen', at, screen: 'full', level: 'caution', reasons: ['x'] }, true],
    [{ type: 'screen', at, screen: 'other', level: 'caution', reasons: [] }, false],
    [{ type: 'screen', at, screen: 'quick', level: 3, reasons: [] }, false],
    [{ type: 'screen', at, screen: 'quick', level: 'caution', reasons: 'x' }, false],
    [{ type: 'feeling', at, session: 's', feeling: 'worse' }, true],
    [{ type: 'feeling', at, session: 's', feeling: 'awful' }, false],
    [{ type: 'feeling', at, feeling: 'worse' }, false],
    [{ type: 'pain', at, session: 's', technique: 't', rating: 7 }, true],
    [{ type: 'pain', at, session: 's', technique: 't', rating: 11 }, false],
    [{ type: 'pain', at, session: 's', technique: 't', rating: -1 }, false],
    [{ type: 'pain', at, session: 's', technique: 't', rating: 3.5 }, false],
    [{ type: 'pain', at, session: 's', rating: 3 }, false],
    [{ type: 'pain', at, technique: 't', rating: 3 }, false],
    [{ type: 'feeling', at: 'yesterday', session: 's', feeling: 'worse' }, false],
    [{ type: 'feeling', session: 's', feeling: 'worse' }, false],
    [{ type: 'unknown', at }, false],
    [null, false],
    ['text', false],
  ])('%j readable: %s', (record, ok) => {
    const parsed = parseHistory(`${JSON.stringify(record)}\n`);
    expect(parsed.records).toHaveLength(ok ? 1 : 0);
    expect(parsed.damagedLines).toEqual(ok ? [] : [1]);
  });

  it('numbers lines from 1, skips blank lines, and names each damaged one', () => {
    const good = JSON.stringify({ type: 'feeling', at, session: 's', feeling: 'same' });
    expect(parseHistory(`${good}\n\n{oops\n${good}\n   \nnot json`)).toEqual({ records: [JSON.parse(good), JSON.parse(good)], damagedLines: [3, 6] });
  });
});

describe('pain memory', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const record = (hoursAgo: number, technique: string, rating: number) => ({
    type: 'pain' as const,
    at: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    session: 's',
    technique,
    rating,
  });

  it('latest first; a record from the future or another type is not counted', () => {
    const records = [
      record(30, 'a', 3),
      record(20, 'b', 4),
      record(-1, 'c', 9),
      { type: 'feeling' as const, at: now.toISOString(), session: 's', feeling: 'worse' as const },
    ];
    expect(painLeftOut(records, now).map((r) => r.technique)).toEqual(['b', 'a']);
    expect(painLeftOut([record(0, 'a', 2)], now)).toHaveLength(1);
  });

  it('only a pain record can be a pending pain stop', () => {
    const screen = { type: 'screen' as const, at: now.toISOString(), screen: 'quick' as const, level: 'caution', reasons: [] };
    const feeling = { type: 'feeling' as const, at: now.toISOString(), session: 's', feeling: 'worse' as const };
    expect(pendingPainCheck([feeling])).toBeUndefined();
    expect(pendingPainCheck([record(1, 'a', 8), feeling])?.technique).toBe('a');
    expect(pendingPainCheck([record(2, 'a', 8), screen, record(1, 'b', 3)])).toBeUndefined();
  });
});

describe('answers, checked', () => {
  it.each([
    [null, 'expected a JSON object of answers'],
    [[], 'expected a JSON object of answers'],
    ['yes', 'expected a JSON object of answers'],
    [3, 'expected a JSON object of answers'],
    [{ 'pain-now': 10 }, undefined],
    [{ 'pain-now': 0 }, undefined],
    [{ 'pain-now': '5' }, '"pain-now" needs a whole number from 0 to 10, not "5"'],
    [{ 'pain-now': true }, '"pain-now" needs a whole number from 0 to 10, not true'],
    [{ 'changed-since-check': 1 }, '"changed-since-check" needs true or false, not 1'],
    [{ ['x'.repeat(40)]: true }, `"${'x'.repeat(39)}… is not a question id`],
    [{ ['x'.repeat(38)]: true }, `"${'x'.repeat(38)}" is not a question id`],
  ])('%j → %s', (data, problem) => {
    const { problems } = checkAnswers(data, safety);
    expect(problems).toHaveLength(problem ? 1 : 0);
    if (problem) expect(problems[0]).toContain(problem);
  });
});

describe('screen plans, exactly', () => {
  const full = screenQuestions(safety, 'full');
  const quick = screenQuestions(safety, 'quick');
  const painQuestion = safety.questions.find((q) => q.ask === 'after-pain-stop')!;

  it('the check asks the full questions and nothing about changes', () => {
    expect(planCheck(safety)).toEqual({ screen: 'full', questions: full, askChanged: false });
  });

  it('the quick screen adds the pain question only after a pain stop', () => {
    const inForce = { state: 'in-force' as const, profile: {} as Profile };
    expect(planSessionScreen(safety, inForce, false)).toEqual({ screen: 'quick', questions: quick, askChanged: true });
    const withPain = planSessionScreen(safety, inForce, true);
    expect(withPain.questions).toHaveLength(quick.length + 1);
    expect(withPain.questions).toContain(painQuestion);
    expect(upgradeToFull(safety, withPain)).toEqual({
      screen: 'full',
      questions: [
        ...full.slice(0, full.indexOf(full.find((q) => q.id === 'constant-night-pain')!) + 1),
        painQuestion,
        ...full.slice(full.indexOf(full.find((q) => q.id === 'constant-night-pain')!) + 1),
      ],
      askChanged: false,
    });
    expect(upgradeToFull(safety, planSessionScreen(safety, inForce, false))).toEqual({ screen: 'full', questions: full, askChanged: false });
  });

  it('answering "anything changed" satisfies it; a plan without it never asks it', () => {
    const plan = planSessionScreen(safety, { state: 'in-force', profile: {} as Profile }, false);
    const calm = Object.fromEntries(quick.map((q) => [q.id, q.kind === 'scale' ? 0 : false]));
    expect(missingAnswers(safety, plan, { ...calm, 'changed-since-check': false })).toEqual([]);
    expect(missingAnswers(safety, planCheck(safety), Object.fromEntries(full.filter((q) => q.id !== 'pain-now').map((q) => [q.id, false])))).toEqual([
      'pain-now',
    ]);
  });
});

describe('triage details', () => {
  it('a rule by technique id leaves out exactly that technique', () => {
    const custom: SafetyData = {
      ...safety,
      questions: [
        {
          ...safety.questions.find((q) => q.id === 'skin-upper-back')!,
          onYes: { level: 'caution', reason: 'r', action: 'adapt', leavesOut: { techniques: ['wall-angel'] } },
        } as SafetyData['questions'][number],
      ],
    };
    expect(triage(custom, { 'skin-upper-back': true }, catalog).excludedTechniques).toEqual(['wall-angel']);
  });

  it('a scale answer given as a yes/no does not trigger a band', () => {
    expect(triage(safety, { 'pain-now': true as unknown as number }, catalog).level).toBe('no-warning-signs');
  });

  it('a reason names its sources by title', () => {
    const [reason] = triage(safety, { 'pain-now': 8 }, catalog).reasons;
    expect(reason!.source).toBe('Silbernagel et al. 2007, pain-monitoring model');
  });
});

describe('profile helpers', () => {
  const profile: Profile = {
    version: 1,
    safetyVersion: '2.0',
    checkedOn: '2026-11-17',
    reviewBy: '2027-11-17',
    conditions: [
      { question: 'pregnant', since: '2026-11-17', reviewBy: null },
      { question: 'bone-density', since: '2026-11-17', reviewBy: '2027-11-17' },
    ],
    standing: null,
    seenProfessionalOn: null,
  };

  it('labels come in the data\'s order; answers are "yes" for each condition', () => {
    expect(conditionLabels(safety, profile)).toEqual(['fragile bones', 'pregnancy']);
    expect(profileAnswers(profile)).toEqual({ answers: { pregnant: true, 'bone-density': true }, checkedOn: '2026-11-17' });
  });

  it('a condition with no review date never makes the profile due early', () => {
    expect(profileStatus(profile, '2027-11-16').state).toBe('in-force');
  });
});

describe('the runner, exactly', () => {
  const setup = () => {
    const plan = planTechnique(technique('shoulder-rolls'));
    const clock = new FakeClock();
    const events: RunnerEvent[] = [];
    const runner = new SessionRunner(plan, { clock, scale: 1, onEvent: (e) => events.push(e) });
    return { plan, clock, events, runner };
  };

  it('counts down the cue and the session, frozen while paused', async () => {
    const { plan, clock, events, runner } = setup();
    expect(runner.isRunning).toBe(false);
    expect(runner.currentIndex).toBe(0);
    const done = runner.start();
    expect(runner.isRunning).toBe(true);
    clock.advance(2000);
    expect(runner.remainingInCue()).toBe(3000);
    expect(runner.remainingInSession()).toBe(plan.durationSeconds * 1000 - 2000);
    runner.pause();
    runner.pause();
    clock.advance(10_000);
    expect(runner.remainingInCue()).toBe(3000);
    expect(runner.remainingInSession()).toBe(plan.durationSeconds * 1000 - 2000);
    runner.resume();
    runner.resume();
    expect(events.filter((e) => e.type === 'pause')).toEqual([{ type: 'pause', atMs: 2000 }]);
    expect(events.filter((e) => e.type === 'resume')).toEqual([{ type: 'resume', atMs: 12_000, pausedMs: 10_000 }]);
    const ticks = events.filter((e): e is Extract<RunnerEvent, { type: 'tick' }> => e.type === 'tick');
    expect(ticks.map((t) => [t.remainingMs, t.atMs])).toEqual([
      [5000, 0],
      [4000, 1000],
      [3000, 2000],
    ]);
    clock.advance(plan.durationSeconds * 1000);
    const result = await done;
    expect(result).toEqual({
      reason: 'completed',
      completed: true,
      elapsedMs: plan.durationSeconds * 1000 + 10_000,
      pausedMs: 10_000,
      reachedIndex: plan.cues.length - 1,
    });
    expect(runner.isRunning).toBe(false);
    expect(runner.remainingInSession()).toBe(0);
    runner.pause();
    runner.resume();
    runner.stop('quit');
    expect(events.at(-1)).toEqual({
      type: 'end',
      reason: 'completed',
      completed: true,
      elapsedMs: plan.durationSeconds * 1000 + 10_000,
      pausedMs: 10_000,
    });
  });

  it('a stop while paused counts the pause up to now', async () => {
    const { clock, runner } = setup();
    const done = runner.start();
    clock.advance(1000);
    runner.pause();
    clock.advance(4000);
    runner.stop('quit');
    expect(await done).toMatchObject({ reason: 'quit', completed: false, elapsedMs: 5000, pausedMs: 4000, reachedIndex: 0 });
  });

  it('skipping forward from the last cue ends on plan, and skipping a technique lands on the done cue', async () => {
    const { plan, clock, events, runner } = setup();
    const done = runner.start();
    runner.skipTechnique();
    expect(events.find((e) => e.type === 'skip')).toEqual({ type: 'skip', from: 0, to: plan.cues.length - 1, atMs: 0 });
    clock.advance(1);
    expect((await done).completed).toBe(true);
  });
});

describe('shared wording', () => {
  it('the disclaimer says what limber is not, and what to do in an emergency', async () => {
    const { disclaimer } = await import('../src/core/wording.js');
    expect(disclaimer()).toMatch(/general information, not medical advice/);
    expect(disclaimer()).toMatch(/In an emergency, call\s+your local emergency number/);
  });
});

describe('a saved profile, checked without zod', async () => {
  const { checkProfile } = await import('../src/core/safety/profile-check.js');
  const good = {
    version: 1,
    safetyVersion: '2.0',
    checkedOn: '2026-11-17',
    reviewBy: '2027-11-17',
    conditions: [{ question: 'pregnant', since: '2026-11-17', reviewBy: null }],
    standing: { level: 'see-professional', on: '2026-11-18', reasons: ['tingling-numbness'] },
    seenProfessionalOn: null,
  };
  it('a good profile passes as it is', () => {
    expect(checkProfile(good)).toEqual({ profile: good });
  });
  it.each([
    [[], '(top level)', 'expected an object'],
    [{ ...good, extra: 1 }, 'extra', 'unknown field'],
    [{ ...good, version: 2 }, 'version', 'expected version 1'],
    [{ ...good, safetyVersion: '' }, 'safetyVersion', 'expected a version'],
    [{ ...good, checkedOn: '17/11/2026' }, 'checkedOn', 'expected a date'],
    [{ ...good, reviewBy: null }, 'reviewBy', 'expected a date'],
    [{ ...good, conditions: {} }, 'conditions', 'expected a list'],
    [{ ...good, conditions: ['x'] }, 'conditions[0]', 'expected an object'],
    [{ ...good, conditions: [{ question: 'Bad Id', since: '2026-11-17', reviewBy: null }] }, 'conditions[0].question', 'expected a question id'],
    [{ ...good, conditions: [{ question: 'a', since: 'x', reviewBy: null }] }, 'conditions[0].since', 'expected a date'],
    [{ ...good, conditions: [{ question: 'a', since: '2026-11-17', reviewBy: 'x' }] }, 'conditions[0].reviewBy', 'or null'],
    [{ ...good, standing: 'yes' }, 'standing', 'or null'],
    [{ ...good, standing: { ...good.standing, level: 'caution' } }, 'standing.level', 'expected "urgent" or "see-professional"'],
    [{ ...good, standing: { ...good.standing, on: 1 } }, 'standing.on', 'expected a date'],
    [{ ...good, standing: { ...good.standing, reasons: [1] } }, 'standing.reasons', 'list of question ids'],
    [{ ...good, seenProfessionalOn: 'today' }, 'seenProfessionalOn', 'or null'],
  ])('%j → %s: %s', (data, place, problem) => {
    const found = checkProfile(data) as { place: string; problem: string };
    expect(found.place).toBe(place);
    expect(found.problem).toContain(problem);
  });
  it('null standing and a seen date pass', () => {
    expect('profile' in checkProfile({ ...good, standing: null, seenProfessionalOn: '2026-11-20' })).toBe(true);
  });
});

describe('the history summary, folded', async () => {
  const { emptySummary, foldRecords } = await import('../src/core/history/summary.js');
  const { dayNumber, latestDate } = await import('../src/core/history/day-table.js');
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString();
  const date = '2026-11-24';

  it('sessions and minutes per day, feelings in their own slots, the last check and desk check', () => {
    const s = foldRecords(emptySummary('head'), [
      { type: 'session-end', at: at(1), session: 'a', outcome: 'completed', elapsedSeconds: 90, techniques: [] },
      { type: 'session-end', at: at(2), session: 'b', outcome: 'stopped-early', elapsedSeconds: 30, techniques: [] },
      { type: 'feeling', at: at(3), session: 'a', feeling: 'better' },
      { type: 'feeling', at: at(4), session: 'a', feeling: 'same' },
      { type: 'feeling', at: at(5), session: 'a', feeling: 'same' },
      { type: 'feeling', at: at(6), session: 'a', feeling: 'worse' },
      { type: 'screen', at: at(8), screen: 'full', level: 'caution', reasons: [] },
      { type: 'screen', at: at(7), screen: 'full', level: 'urgent', reasons: [] },
      { type: 'screen', at: at(9), screen: 'quick', level: 'urgent', reasons: [] },
      { type: 'desk', at: at(11), fixes: ['glare', 'mouse-close'] },
      { type: 'desk', at: at(10), fixes: ['glare'] },
    ]);
    const localDay = latestDate(s.days)!;
    expect(s.days.days).toHaveLength(1);
    expect(s.days.counts).toEqual([2, 2]);
    expect(s.feelings).toEqual({ width: 3, days: [dayNumber(localDay)], counts: [1, 2, 1] });
    expect(s.recentFeelings).toEqual(['better', 'same', 'same', 'worse']);
    expect(s.worseAt).toEqual([at(6)]);
    expect(s.lastCheck).toEqual({ at: at(8), level: 'caution' });
    expect(s.lastDesk).toEqual({ at: at(11), fixes: 2 });
    expect(s.head).toBe('head');
    expect(localDay.startsWith(date.slice(0, 7))).toBe(true);
  });

  it('keeps the last 100 "worse" times and the last five feelings', () => {
    const records = Array.from({ length: 130 }, (_, i) => ({
      type: 'feeling' as const,
      at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      session: 's',
      feeling: 'worse' as const,
    }));
    const s = foldRecords(emptySummary(), records);
    expect(s.worseAt).toHaveLength(100);
    expect(s.worseAt[0]).toBe(records[30]!.at);
    expect(s.recentFeelings).toHaveLength(5);
    expect(emptySummary()).toEqual({
      version: 4,
      offset: 0,
      lines: 0,
      head: '',
      days: { width: 2, days: [], counts: [] },
      feelings: { width: 3, days: [], counts: [] },
      recentFeelings: [],
      worseAt: [],
      lastCheck: null,
      lastDesk: null,
      reminders: { width: 4, days: [], counts: [] },
      damagedLines: [],
      streak: null,
    });
  });

  const ended = (date: string) => ({
    type: 'session-end' as const,
    at: `${date}T12:00:00.000Z`,
    session: date,
    outcome: 'completed' as const,
    elapsedSeconds: 60,
    techniques: ['cat-cow'],
  });

  it.each([
    ['one day', ['2026-03-01'], { last: '2026-03-01', days: 1 }],
    ['days in a row, twice on one', ['2026-03-01', '2026-03-02', '2026-03-02', '2026-03-03'], { last: '2026-03-03', days: 3 }],
    ['a gap starts again', ['2026-03-01', '2026-03-02', '2026-03-04'], { last: '2026-03-04', days: 1 }],
    ['across a month and a year', ['2025-12-31', '2026-01-01', '2026-02-28', '2026-03-01'], { last: '2026-03-01', days: 2 }],
    ['an earlier day written late joins two runs', ['2026-03-01', '2026-03-03', '2026-03-02'], { last: '2026-03-03', days: 3 }],
    ['an earlier day written late, apart', ['2026-03-05', '2026-03-01'], { last: '2026-03-05', days: 1 }],
    ['newest first', ['2026-03-03', '2026-03-02', '2026-03-01'], { last: '2026-03-03', days: 3 }],
  ])('the streak, kept as records fold: %s', (_, dates, streak) => {
    expect(foldRecords(emptySummary(), dates.map(ended)).streak).toEqual(streak);
  });

  it('shiftDate counts calendar days; pruning keeps the window before the latest day and drops the rest', async () => {
    const { pruneSummary, shiftDate } = await import('../src/core/history/summary.js');
    expect([shiftDate('2024-02-28', 1), shiftDate('2024-03-01', -1), shiftDate('2026-12-31', 1), shiftDate('2026-01-10', -10)]).toEqual([
      '2024-02-29',
      '2024-02-29',
      '2027-01-01',
      '2025-12-31',
    ]);
    const summary = foldRecords(emptySummary(), ['2026-01-01', '2026-01-05', '2026-01-10'].map(ended));
    summary.feelings = { width: 3, days: [dayNumber('2026-01-04')], counts: [1, 0, 0] };
    summary.reminders = { width: 4, days: [dayNumber('2026-01-11')], counts: [1, 0, 0, 0] };
    pruneSummary(summary, 6);
    expect(summary.days).toEqual({ width: 2, days: [dayNumber('2026-01-05'), dayNumber('2026-01-10')], counts: [1, 1, 1, 1] });
    expect(summary.feelings).toEqual({ width: 3, days: [], counts: [] });
    expect(latestDate(summary.reminders)).toBe('2026-01-11');
    expect(summary.reminders.days).toHaveLength(1);
    pruneSummary(emptySummary(), 6);
  });
});

describe('local dates', async () => {
  const { localDate } = await import('../src/core/dates.js');
  it('pads months and days, and reads a string or a Date alike', () => {
    const d = new Date(2026, 0, 5, 12);
    expect(localDate(d)).toBe('2026-01-05');
    expect(localDate(d.toISOString())).toBe('2026-01-05');
    expect(localDate(new Date(2026, 10, 24, 12))).toBe('2026-11-24');
  });
});
