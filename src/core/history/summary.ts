/**
 * A summary of the history file, folded one record at a time: what `limber history` needs from years of
 * records, in a few kilobytes. The shell keeps it beside the file and folds in only what was appended since.
 */
import { localDate } from '../dates.js';
import { addOn, countsOn, type DayTable, dateOfDay, dayNumber, dropBefore, emptyDayTable, latestDate } from './day-table.js';
import type { Feeling, HistoryRecord } from './records.js';

/** The longest window `limber history --days` shows (ten years); older per-day counts are not kept. */
export const maxHistoryDays = 3660;

/** "worse" answers kept by time: more than enough for "three in the last seven days". */
const worseKept = 100;

export interface HistorySummary {
  version: 4;
  /** Bytes of the file covered (always ending at a line end), and how many lines that is. */
  offset: number;
  lines: number;
  /** The file's first bytes when the summary began, so a file replaced by another is noticed. */
  head: string;
  /** Per local day: sessions ended and minutes they ran. */
  days: DayTable;
  /** Per local day: how the back felt afterwards, as counts of better, same, worse. */
  feelings: DayTable;
  /** The last five answers, oldest first. */
  recentFeelings: Feeling[];
  /** Times of the most recent "worse" answers, oldest first. */
  worseAt: string[];
  lastCheck: { at: string; level: string } | null;
  /** Per local day, from the reminder loop: reminders, breaks taken (time away counts), snoozes, skips. */
  reminders: DayTable;
  /** The last desk set-up check, and how many changes it suggested. */
  lastDesk: { at: string; fixes: number } | null;
  /** 1-based numbers of lines that could not be read. */
  damagedLines: number[];
  /** The latest local day with a session, and how many days in a row end there: the streak without a walk back. */
  streak: { last: string; days: number } | null;
}

export const emptySummary = (head = ''): HistorySummary => ({
  version: 4,
  offset: 0,
  lines: 0,
  head,
  days: emptyDayTable(2),
  feelings: emptyDayTable(3),
  recentFeelings: [],
  worseAt: [],
  lastCheck: null,
  reminders: emptyDayTable(4),
  lastDesk: null,
  damagedLines: [],
  streak: null,
});

/** "2026-11-24" shifted by `days` ("2026-11-25" for 1), by the calendar alone. */
export const shiftDate = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/**
 * The streak after a session on `date`: the same (most sessions share a day with the last), one more day, or
 * a new streak after a gap. A day earlier than the last (a record written late) may join two runs, so the
 * run ending at the last day is counted again: rare, and no longer than the streak itself.
 */
function extendStreak(summary: HistorySummary, date: string): void {
  const { streak } = summary;
  if (streak?.last === date) return;
  if (!streak) {
    summary.streak = { last: date, days: 1 };
    return;
  }
  const next = shiftDate(streak.last, 1);
  if (date >= next) {
    streak.days = date === next ? streak.days + 1 : 1;
    streak.last = date;
    return;
  }
  let days = 0;
  for (let day = streak.last; countsOn(summary.days, day); day = shiftDate(day, -1)) days++;
  streak.days = days;
}

/**
 * Drops the per-day counts older than `keepDays` before the latest day with any: no window that ends today
 * reaches them, and a summary of decades stays as small as one of a decade.
 */
export function pruneSummary(summary: HistorySummary, keepDays: number): void {
  const tables = [summary.days, summary.feelings, summary.reminders];
  const latest = tables
    .map((table) => latestDate(table) ?? '')
    .sort()
    .at(-1);
  if (!latest) return;
  const cutoff = shiftDate(latest, -keepDays);
  for (const table of tables) dropBefore(table, cutoff);
}

/** Which count (reminded, taken, snoozed, skipped) a reminder event adds to: a break that ran, or time away from the keyboard, is a break taken. */
function reminderSlot(record: Extract<HistoryRecord, { type: 'remind' }>): number {
  if (record.event === 'reminder') return 0;
  if (record.event === 'idle') return 1;
  if (record.event === 'break') return record.outcome === 'completed' || record.outcome === 'stopped-early' ? 1 : -1;
  return record.event === 'snooze' ? 2 : record.event === 'skip' ? 3 : -1;
}

/** Adds one record, on its local `date`, to the summary (in place: years of records fold without copies). */
function foldRecord(summary: HistorySummary, record: HistoryRecord, date: string): void {
  if (record.type === 'session-end') {
    addOn(summary.days, date, [1, record.elapsedSeconds / 60]);
    extendStreak(summary, date);
  } else if (record.type === 'remind') {
    const slot = reminderSlot(record);
    if (slot < 0) return;
    const amounts = [0, 0, 0, 0];
    amounts[slot] = 1;
    addOn(summary.reminders, date, amounts);
  } else if (record.type === 'desk') {
    if (!summary.lastDesk || record.at > summary.lastDesk.at) summary.lastDesk = { at: record.at, fixes: record.fixes.length };
  } else if (record.type === 'screen' && record.screen === 'full') {
    if (!summary.lastCheck || record.at > summary.lastCheck.at) summary.lastCheck = { at: record.at, level: record.level };
  } else if (record.type === 'feeling') {
    const add = (feeling: Feeling) => (record.feeling === feeling ? 1 : 0);
    addOn(summary.feelings, date, [add('better'), add('same'), add('worse')]);
    summary.recentFeelings.push(record.feeling);
    if (summary.recentFeelings.length > 5) summary.recentFeelings.shift();
    if (record.feeling === 'worse') {
      summary.worseAt.push(record.at);
      if (summary.worseAt.length > worseKept) summary.worseAt.shift();
    }
  }
}

/** Folds records in time order; most share the previous record's hour, so its local date is reused. */
export function foldRecords(summary: HistorySummary, records: Iterable<HistoryRecord>): HistorySummary {
  let lastHour = '';
  let lastDate = '';
  for (const record of records) {
    if (record.at.slice(0, 13) !== lastHour) {
      lastHour = record.at.slice(0, 13);
      lastDate = localDate(record.at);
    }
    foldRecord(summary, record, lastDate);
  }
  return summary;
}
