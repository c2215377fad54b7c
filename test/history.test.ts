import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../src/core/dates.js';
import { checkOveruse } from '../src/core/history/guard.js';
import { type HistoryRecord, parseHistory } from '../src/core/history/records.js';
import { historyStats, recentTechniques, sessionsTodayWith } from '../src/core/history/stats.js';
import { historyStore } from '../src/shell/history-store.js';

const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00`).toISOString();
const start = (day: string, techniques: string[], session = day): HistoryRecord => ({
  type: 'session-start',
  at: at(day),
  session,
  command: 'break',
  techniques,
  plannedSeconds: 180,
});
const end = (day: string, seconds = 180, session = day): HistoryRecord => ({
  type: 'session-end',
  at: at(day, '10:03'),
  session,
  outcome: 'completed',
  elapsedSeconds: seconds,
  techniques: [],
});
const feeling = (day: string, f: 'better' | 'same' | 'worse'): HistoryRecord => ({ type: 'feeling', at: at(day, '10:04'), session: day, feeling: f });
const check = (day: string, level = 'no-warning-signs'): HistoryRecord => ({ type: 'screen', at: at(day), screen: 'full', level, reasons: [] });
const now = new Date('2026-11-24T12:00:00');

describe('historyStats', () => {
  it('counts sessions and minutes per day over the window', () => {
    const stats = historyStats(
      [start('2026-11-20', ['a']), end('2026-11-20', 120), end('2026-11-24', 60), end('2026-11-24', 90), end('2026-10-01')],
      now,
      7,
    );
    expect(stats.days).toHaveLength(7);
    expect(stats.days[0]!.date).toBe('2026-11-18');
    expect(stats.days.find((d) => d.date === '2026-11-20')).toEqual({
      date: '2026-11-20',
      sessions: 1,
      minutes: 2,
      reminded: 0,
      taken: 0,
      snoozed: 0,
      skipped: 0,
    });
    expect(stats.days.at(-1)).toEqual({ date: '2026-11-24', sessions: 2, minutes: 2.5, reminded: 0, taken: 0, snoozed: 0, skipped: 0 });
    expect(stats.totalSessions).toBe(3);
    expect(stats.totalMinutes).toBe(4.5);
  });

  it.each([
    [['2026-11-24', '2026-11-23', '2026-11-22'], 3],
    [['2026-11-23', '2026-11-22'], 2],
    [['2026-11-24', '2026-11-22'], 1],
    [['2026-11-21'], 0],
    [[], 0],
  ])('streak of %j is %i', (days, streak) => {
    expect(
      historyStats(
        days.map((d) => end(d)),
        now,
        30,
      ).streakDays,
    ).toBe(streak);
  });

  it('finds the last full check, its age, and whether it is due', () => {
    expect(historyStats([], now, 7).lastCheck).toBeNull();
    const recent = historyStats([check('2025-01-01'), check('2026-11-14', 'caution')], now, 7).lastCheck!;
    expect(recent).toMatchObject({ level: 'caution', ageDays: 10, due: false });
    expect(historyStats([check('2025-11-01')], now, 7).lastCheck!.due).toBe(true);
  });

  it('counts how the back felt, and "worse" in the last week', () => {
    const records = [
      feeling('2026-11-10', 'worse'),
      feeling('2026-11-20', 'worse'),
      feeling('2026-11-22', 'worse'),
      feeling('2026-11-23', 'better'),
      feeling('2026-11-24', 'worse'),
    ];
    const stats = historyStats(records, now, 7);
    expect(stats.feelings).toEqual({ better: 1, same: 0, worse: 3 });
    expect(stats.recentFeelings).toEqual(['worse', 'worse', 'worse', 'better', 'worse']);
    expect(stats.worseLastWeek).toBe(3);
  });

  it('adds up every kind of feeling in the window; "worse" counts from now back seven days, not after now', () => {
    const records: HistoryRecord[] = [
      feeling('2026-11-21', 'same'),
      feeling('2026-11-22', 'same'),
      feeling('2026-11-23', 'better'),
      { type: 'feeling', at: now.toISOString(), session: 'now', feeling: 'worse' },
      { type: 'feeling', at: new Date(now.getTime() + 60_000).toISOString(), session: 'later', feeling: 'worse' },
    ];
    const stats = historyStats(records, now, 7);
    expect(stats.feelings).toEqual({ better: 1, same: 2, worse: 2 });
    expect(stats.worseLastWeek).toBe(1);
  });
});

describe('recentTechniques and sessionsTodayWith', () => {
  const records = [start('2026-11-22', ['a', 'b']), start('2026-11-24', ['c'], 'x'), start('2026-11-24', ['a', 'd'], 'y')];
  it('lists the techniques of the last sessions, most recent first', () => {
    expect(recentTechniques(records)).toEqual(['a', 'd', 'c']);
    expect(recentTechniques(records, 3)).toEqual(['a', 'd', 'c', 'b']);
  });
  it("counts today's sessions that used given techniques", () => {
    expect(sessionsTodayWith(records, new Set(['a']), now)).toBe(1);
    expect(sessionsTodayWith(records, new Set(['a', 'c']), now)).toBe(2);
    expect(localDate(now)).toBe('2026-11-24');
  });
});

describe('parseHistory', () => {
  it('skips damaged and truncated lines by number, keeps the rest', () => {
    const good = JSON.stringify(end('2026-11-24'));
    const text = [
      good,
      '{"type":"session-end","at":',
      'not json',
      JSON.stringify({ type: 'mystery', at: at('2026-11-24') }),
      '',
      good,
      '{"type":"feel',
    ].join('\n');
    const parsed = parseHistory(text);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.damagedLines).toEqual([2, 3, 4, 7]);
  });
});

describe('historyStore', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'limber-history-'));

  it('appends one line per record and reads them back', () => {
    const store = historyStore(folder(), () => {});
    store.append(end('2026-11-24'));
    store.append(feeling('2026-11-24', 'better'));
    expect(parseHistory(readFileSync(store.path, 'utf8'))).toEqual({
      records: [end('2026-11-24'), feeling('2026-11-24', 'better')],
      damagedLines: [],
    });
  });

  it('after a line cut short by a crash, starts the next record on a fresh line and never rewrites the file', () => {
    const dir = folder();
    const store = historyStore(dir, () => {});
    store.append(end('2026-11-23'));
    appendFileSync(store.path, '{"type":"session-e');
    const before = readFileSync(store.path, 'utf8');
    store.append(end('2026-11-24'));
    const after = readFileSync(store.path, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(parseHistory(readFileSync(store.path, 'utf8'))).toEqual({ records: [end('2026-11-23'), end('2026-11-24')], damagedLines: [2] });
  });

  it('reads only the recent end of a long file, dropping the cut first line', () => {
    const store = historyStore(folder(), () => {});
    for (let i = 0; i < 200; i++) store.append(end('2026-11-24', 180, `s${i}`));
    const recent = store.readRecent({ maxBytes: 1000 });
    expect(recent.damagedLines).toEqual([]);
    expect(recent.records.length).toBeGreaterThan(3);
    expect(recent.records.length).toBeLessThan(10);
    expect(recent.records.at(-1)).toMatchObject({ session: 's199' });
    expect(historyStore(folder(), () => {}).readRecent()).toEqual({ records: [], damagedLines: [] });
  });

  it('reads back from the end only as far as a given time, in growing windows, within the byte limit', () => {
    const dir = folder();
    const store = historyStore(dir, () => {});
    // 60 days of 40 records (about 5 KB a day): 300 KB in all.
    const lines: string[] = [];
    for (let day = 0; day < 60; day++)
      for (let i = 0; i < 40; i++) lines.push(JSON.stringify({ ...end(localDate(new Date(Date.UTC(2026, 8, 26 + day, 12))), 180, `s${day}-${i}`) }));
    writeFileSync(store.path, `${lines.join('\n')}\n`);
    const all = parseHistory(readFileSync(store.path, 'utf8')).records;
    const since = new Date('2026-11-16T00:00:00');
    const recent = store.readRecent({ maxBytes: 512 * 1024, since }).records;
    // The byte limit a session uses by default is the same 512 KB.
    expect(store.readRecent({ since }).records).toEqual(recent);
    const wanted = all.filter((r) => Date.parse(r.at) >= since.getTime());
    // Everything from `since` on, in order, and little before it: the first window (64 KB) is about 13 days.
    expect(recent.slice(recent.length - wanted.length)).toEqual(wanted);
    expect(Date.parse(recent[0]!.at)).toBeLessThan(since.getTime());
    expect(recent.length).toBeLessThan(all.length / 3);
    // Further back the window grows until it covers the time asked; the byte limit still bounds it.
    const longer = store.readRecent({ maxBytes: 512 * 1024, since: new Date('2026-10-01T00:00:00') }).records;
    expect(longer.length).toBeGreaterThan(all.length - 500);
    expect(store.readRecent({ maxBytes: 20_000, since: new Date('2026-10-01T00:00:00') }).records.length).toBeLessThan(200);
    expect(store.readRecent({ maxBytes: 512 * 1024, since: new Date('2020-01-01T00:00:00') }).records).toEqual(all);
  });

  it('warns once, and does not throw, when the folder cannot be written', () => {
    const dir = folder();
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    const warnings: string[] = [];
    const store = historyStore(join(blocker, 'sub'), (m) => warnings.push(m));
    store.append(end('2026-11-24'));
    store.append(end('2026-11-24'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot write history to .*history\.jsonl \(part of the path is not a folder\)/);
  });
});

describe('checkOveruse', () => {
  const selfMob = new Set(['twist']);
  const today = (n: number) => Array.from({ length: n }, (_, i) => start('2026-11-24', ['twist'], `t${i}`));
  it.each([
    [0, ['twist'], 3, false],
    [3, ['twist'], 3, true],
    [2, ['twist'], 3, false],
    [5, ['shrugs'], 3, false],
    [1, ['shrugs', 'twist'], 1, true],
  ])('%i earlier today, session %j, limit %i → over: %s', (earlier, session, limit, over) => {
    const check = checkOveruse(today(earlier), session, selfMob, limit, now);
    expect(check.overDailyLimit).toBe(over);
    expect(check.countedToday).toBe(earlier);
  });

  it('flags "worse" three times in a week', () => {
    const worse = ['2026-11-20', '2026-11-22', '2026-11-24'].map((d) => feeling(d, 'worse'));
    expect(checkOveruse(worse, [], selfMob, 3, now).worseOften).toBe(true);
    expect(checkOveruse(worse.slice(1), [], selfMob, 3, now).worseOften).toBe(false);
  });
});
