import { describe, expect, it } from 'vitest';
import { parseHistory } from '../src/core/history/records.js';
import { historyStats } from '../src/core/history/stats.js';
import { emptySummary, foldRecords } from '../src/core/history/summary.js';

const at = '2026-11-25T10:00:00.000Z';
const line = (value: object) => JSON.stringify(value);

describe('reminder records in the history', () => {
  it.each([
    [{ type: 'remind', at, event: 'reminder' }, true],
    [{ type: 'remind', at, event: 'break', outcome: 'completed' }, true],
    [{ type: 'remind', at, event: 'pause' }, true],
    [{ type: 'remind', at, event: 'nap' }, false],
    [{ type: 'remind', at }, false],
    [{ type: 'remind', at, event: 'break', outcome: 3 }, false],
    [{ type: 'remind', at: 'yesterday', event: 'skip' }, false],
  ])('%j is read: %s', (record, ok) => {
    const parsed = parseHistory(line(record));
    expect(parsed.records.length === 1).toBe(ok);
    expect(parsed.damagedLines).toEqual(ok ? [] : [1]);
  });

  it.each([
    ['reminder', undefined, [1, 0, 0, 0]],
    ['idle', undefined, [0, 1, 0, 0]],
    ['break', 'completed', [0, 1, 0, 0]],
    ['break', 'stopped-early', [0, 1, 0, 0]],
    ['break', 'interrupted', null],
    ['break', 'stopped-by-pain', null],
    ['snooze', undefined, [0, 0, 1, 0]],
    ['skip', undefined, [0, 0, 0, 1]],
    ['defer', undefined, null],
    ['pause', undefined, null],
  ])('%s (%s) counts as %j (reminded, taken, snoozed, skipped)', (event, outcome, counts) => {
    const { records } = parseHistory(line({ type: 'remind', at, event, ...(outcome ? { outcome } : {}) }));
    const summary = foldRecords(emptySummary(), records);
    expect(summary.reminders.days.length > 0 ? summary.reminders.counts : null).toEqual(counts);
  });

  it('the day series adds them up per day, and zero on days without', () => {
    const lines = ['reminder', 'reminder', 'snooze', 'skip', 'idle'].map((event) => line({ type: 'remind', at, event }));
    const stats = historyStats(parseHistory(lines.join('\n')).records, new Date(at), 2);
    expect(stats.days.map(({ reminded, taken, snoozed, skipped }) => [reminded, taken, snoozed, skipped])).toEqual([
      [0, 0, 0, 0],
      [2, 1, 1, 1],
    ]);
  });
});
