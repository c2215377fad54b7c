import { describe, expect, it } from 'vitest';
import { addOn, countsOn, type DayTable, dayNumber, dropBefore, emptyDayTable, isDayTable, latestDate } from '../src/core/history/day-table.js';

const datesOf = (t: DayTable) => t.days.map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const table = (entries: [string, ...number[]][], width = 2): DayTable => {
  const built = emptyDayTable(width);
  for (const [date, ...amounts] of entries) addOn(built, date, amounts);
  return built;
};

describe('a day table: per-day counts as two flat arrays', () => {
  it.each([
    [
      'in order',
      [
        ['2026-01-01', 1, 2],
        ['2026-01-02', 3, 4],
      ],
      ['2026-01-01', '2026-01-02'],
      [1, 2, 3, 4],
    ],
    [
      'the same day twice adds up',
      [
        ['2026-01-01', 1, 2],
        ['2026-01-01', 1, 0.5],
      ],
      ['2026-01-01'],
      [2, 2.5],
    ],
    [
      'an earlier day goes in its place',
      [
        ['2026-01-05', 1, 1],
        ['2026-01-01', 2, 2],
        ['2026-01-03', 3, 3],
      ],
      ['2026-01-01', '2026-01-03', '2026-01-05'],
      [2, 2, 3, 3, 1, 1],
    ],
    [
      'an earlier day that exists adds to it',
      [
        ['2026-01-01', 1, 1],
        ['2026-01-02', 1, 1],
        ['2026-01-01', 5, 0],
      ],
      ['2026-01-01', '2026-01-02'],
      [6, 1, 1, 1],
    ],
    ['a missing amount adds nothing', [['2026-01-01', 1]], ['2026-01-01'], [1, 0]],
  ] as const)('addOn: %s', (_name, entries, dates, counts) => {
    const built = table(entries.map((e) => [...e]) as [string, ...number[]][]);
    expect(datesOf(built)).toEqual(dates);
    expect(built.counts).toEqual(counts);
  });

  it('countsOn finds every day by binary search, and nothing between or beyond them', () => {
    const dates = Array.from({ length: 50 }, (_, i) => `2026-02-${String((i % 28) + 1).padStart(2, '0')}`).filter(
      (d, i, all) => all.indexOf(d) === i,
    );
    const built = table(dates.filter((_, i) => i % 2 === 0).map((date, i) => [date, i, i * 10]));
    dates.forEach((date, i) => {
      expect(countsOn(built, date)).toEqual(i % 2 === 0 ? [i / 2, (i / 2) * 10] : undefined);
    });
    expect(countsOn(built, '2026-01-31')).toBeUndefined();
    expect(countsOn(built, '2026-03-01')).toBeUndefined();
    expect(countsOn(emptyDayTable(3), '2026-03-01')).toBeUndefined();
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19782],
    ['2024-03-01', 19783],
    ['2026-12-31', 20818],
    ['2027-01-01', 20819],
  ])('%s is day %i, and back', (date, day) => {
    expect(dayNumber(date)).toBe(day);
    expect(latestDate({ width: 1, days: [day], counts: [1] })).toBe(date);
  });

  it.each([
    ['a cutoff between days', '2026-01-04', ['2026-01-05', '2026-01-09']],
    ['a cutoff on a day keeps it', '2026-01-05', ['2026-01-05', '2026-01-09']],
    ['a cutoff before all keeps all', '2025-12-31', ['2026-01-01', '2026-01-05', '2026-01-09']],
    ['a cutoff after all drops all', '2026-02-01', []],
  ])('dropBefore: %s', (_name, cutoff, kept) => {
    const built = table([
      ['2026-01-01', 1, 1],
      ['2026-01-05', 5, 5],
      ['2026-01-09', 9, 9],
    ]);
    dropBefore(built, cutoff);
    expect(datesOf(built)).toEqual(kept);
    expect(built.counts).toEqual(kept.flatMap((date) => [Number(date.slice(-1)), Number(date.slice(-1))]));
  });

  it.each([
    [{ width: 2, days: [20454], counts: [1, 2] }, 2, true],
    [{ width: 2, days: [], counts: [] }, 2, true],
    [{ width: 3, days: [20454], counts: [1, 2] }, 3, false],
    [{ width: 3, days: [20454], counts: [1, 2] }, 2, false],
    [{ width: 2, days: [20454], counts: [1, 2] }, 3, false],
    [{ width: 2, days: {}, counts: [] }, 2, false],
    [{ '2026-01-01': [1, 2] }, 2, false],
    [null, 2, false],
    ['table', 2, false],
  ])('isDayTable(%j, %i) is %s', (value, width, ok) => {
    expect(isDayTable(value, width)).toBe(ok);
  });
});
