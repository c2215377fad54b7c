/**
 * The edges a careless change would move by one: each row fails if a comparison, a window or a count is off.
 * Written for the survivors of a mutation run (see `npm run mutate`).
 */
import { describe, expect, it } from 'vitest';
import { filterTechniques, isDeskFriendly } from '../src/core/catalog/filter.js';
import type { Technique } from '../src/core/catalog/model.js';
import type { HistoryRecord } from '../src/core/history/records.js';
import { historyStats, recentTechniques } from '../src/core/history/stats.js';
import { fitRoutine } from '../src/core/session/fit.js';
import { planSession, planTechnique } from '../src/core/session/plan.js';
import { SessionRunner } from '../src/core/session/runner.js';
import { terminalSafe } from '../src/view/text.js';
import { builtIn, technique } from './helpers/catalog.js';
import { FakeClock } from './helpers/fake-clock.js';

const now = new Date('2026-11-24T12:00:00');
const daysAgo = (n: number, time = '10:00') => {
  const d = new Date(now);
  d.setDate(d.getDate() - n);
  const [h, m] = time.split(':').map(Number) as [number, number];
  d.setHours(h, m, 0, 0);
  return d.toISOString();
};
const end = (n: number): HistoryRecord => ({
  type: 'session-end',
  at: daysAgo(n),
  session: `s${n}`,
  outcome: 'completed',
  elapsedSeconds: 120,
  techniques: [],
});
const feeling = (at: string, f: 'better' | 'same' | 'worse'): HistoryRecord => ({ type: 'feeling', at, session: 's', feeling: f });
const check = (at: string): HistoryRecord => ({ type: 'screen', at, screen: 'full', level: 'no-warning-signs', reasons: [] });

describe('history windows', () => {
  it.each([
    [6, 7, 1],
    [7, 7, 0],
    [0, 1, 1],
    [1, 1, 0],
  ])('a session %i days ago is inside a %i-day window: %i', (ago, days, sessions) => {
    expect(historyStats([end(ago)], now, days).totalSessions).toBe(sessions);
  });

  it('a 7-day window has 7 days, the first one first', () => {
    const stats = historyStats([end(6)], now, 7);
    expect(stats.days).toHaveLength(7);
    expect(stats.days[0]).toMatchObject({ sessions: 1, minutes: 2 });
  });

  it.each([
    [364, false],
    [365, true],
    [366, true],
  ])('a full check %i days ago is due: %s', (ago, due) => {
    expect(historyStats([check(daysAgo(ago, '12:00'))], now, 7).lastCheck).toMatchObject({ ageDays: ago, due });
  });

  it('keeps the last five feelings, oldest first', () => {
    const records = (['better', 'same', 'worse', 'better', 'same', 'worse'] as const).map((f, i) => feeling(daysAgo(6 - i), f));
    expect(historyStats(records, now, 7).recentFeelings).toEqual(['same', 'worse', 'better', 'same', 'worse']);
  });

  it.each([
    [6.9, 1],
    [7, 0],
    [8, 0],
  ])('"worse" %f days ago counts in the last week: %i', (ago, count) => {
    const at = new Date(now.getTime() - ago * 86_400_000).toISOString();
    expect(historyStats([feeling(at, 'worse')], now, 14).worseLastWeek).toBe(count);
  });

  it('recent techniques come from the last two sessions, most recent first', () => {
    const start = (n: number, techniques: string[]): HistoryRecord => ({
      type: 'session-start',
      at: daysAgo(n),
      session: `s${n}`,
      command: 'break',
      techniques,
      plannedSeconds: 60,
    });
    expect(recentTechniques([start(3, ['a']), start(2, ['b', 'c']), start(1, ['d', 'b'])])).toEqual(['d', 'b', 'c']);
  });
});

describe('catalog text and desk filters', () => {
  it.each([
    ['\r', 'CR'],
    ['\u000b', 'VT'],
    ['\u000c', 'FF'],
    ['\u0000', 'NUL'],
    ['\u007f', 'DEL'],
    ['\u0085', 'C1 NEL'],
  ])('%j (%s) is stripped from catalog text', (char) => {
    expect(terminalSafe(`a${char}b`)).toBe('ab');
  });

  it('tabs and newlines become spaces', () => {
    expect(terminalSafe('a\tb\nc')).toBe('a b c');
  });

  it.each([
    ['chair', [], true],
    ['standing', [], true],
    ['chair', ['band'], false],
    ['floor', [], false],
    ['lying', [], false],
  ] as const)('%s with %j is desk-friendly: %s', (position, equipment, desk) => {
    const t = { ...technique('shoulder-rolls'), position, equipment: [...equipment] } as Technique;
    expect(isDeskFriendly(t)).toBe(desk);
    expect(filterTechniques([t], { desk: true })).toHaveLength(desk ? 1 : 0);
  });
});

describe('plans and fits', () => {
  it('a gentle variant brings its own setup when it has one', () => {
    const twist = technique('floor-seated-twist');
    const gentleSetup = planTechnique(twist, true)
      .cues.filter((c) => c.kind === 'setup')
      .map((c) => c.text);
    expect(gentleSetup).toEqual(twist.gentle!.setup!.map((s) => s.cue));
    expect(planTechnique(twist).cues.filter((c) => c.kind === 'setup')).toHaveLength(twist.setup.length);
  });

  it('a fit may end exactly 15 s after the target, never 16', () => {
    const rolls = technique('shoulder-rolls');
    const seconds = planTechnique(rolls).durationSeconds;
    expect(fitRoutine([rolls], seconds - 15, { random: () => 0.9 }).durationSeconds).toBe(seconds);
    expect(fitRoutine([rolls], seconds - 16, { random: () => 0.9 }).items.every((i) => i.technique.movement.phases.length > 0)).toBe(true);
    expect(fitRoutine([rolls], seconds - 16, { random: () => 0.9 }).durationSeconds).toBeLessThanOrEqual(seconds - 1);
  });

  it('recently done techniques go to the back even when chance would put them first', () => {
    const desk = builtIn().techniques.filter(isDeskFriendly);
    const first = fitRoutine(desk, 60, { random: () => 0.5 }).items[0]!.technique.id;
    const next = fitRoutine(desk, 60, { random: () => 0.5, recent: [first] }).items.map((i) => i.technique.id);
    expect(next).not.toContain(first);
  });
});

describe('the runner, one cue at a time', () => {
  it('back goes to the cue before the current one, exactly one', async () => {
    const plan = planSession([{ technique: technique('chair-twist') }]);
    const clock = new FakeClock();
    const seen: number[] = [];
    const runner = new SessionRunner(plan, { clock, onEvent: (e) => e.type === 'cue' && seen.push(e.index) });
    const done = runner.start();
    clock.advance(plan.cues[3]!.startSeconds * 1000);
    expect(runner.currentIndex).toBe(3);
    runner.skipBack();
    expect(runner.currentIndex).toBe(2);
    runner.skipBack();
    runner.skipBack();
    runner.skipBack();
    expect(runner.currentIndex).toBe(0);
    runner.stop('quit');
    expect((await done).reachedIndex).toBe(0);
    expect(seen).toEqual([0, 1, 2, 3, 2, 1, 0, 0]);
  });
});
