/**
 * A summary of the history file, folded one record at a time: what `limber history` needs from years of
 * records, in a few kilobytes. The shell keeps it beside the file and folds in only what was appended since.
 */
import { localDate } from '../dates.js';
import type { Feeling, HistoryRecord } from './records.js';

/** "worse" answers kept by time: more than enough for "three in the last seven days". */
const worseKept = 100;

export interface HistorySummary {
  version: 2;
  /** Bytes of the file covered (always ending at a line end), and how many lines that is. */
  offset: number;
  lines: number;
  /** The file's first bytes when the summary began, so a file replaced by another is noticed. */
  head: string;
  /** Per local day: sessions ended and minutes they ran. */
  days: Record<string, [sessions: number, minutes: number]>;
  /** Per local day: how the back felt afterwards, as counts of better, same, worse. */
  feelings: Record<string, [better: number, same: number, worse: number]>;
  /** The last five answers, oldest first. */
  recentFeelings: Feeling[];
  /** Times of the most recent "worse" answers, oldest first. */
  worseAt: string[];
  lastCheck: { at: string; level: string } | null;
  /** Per local day, from the reminder loop: reminders, breaks taken (time away counts), snoozes, skips. */
  reminders: Record<string, ReminderCounts>;
  /** The last desk set-up check, and how many changes it suggested. */
  lastDesk: { at: string; fixes: number } | null;
  /** 1-based numbers of lines that could not be read. */
  damagedLines: number[];
}

export const emptySummary = (head = ''): HistorySummary => ({
  version: 2,
  offset: 0,
  lines: 0,
  head,
  days: {},
  feelings: {},
  recentFeelings: [],
  worseAt: [],
  lastCheck: null,
  reminders: {},
  lastDesk: null,
  damagedLines: [],
});

type ReminderCounts = [reminded: number, taken: number, snoozed: number, skipped: number];

/** Which count a reminder event adds to: a break that ran, or time away from the keyboard, is a break taken. */
function reminderSlot(record: Extract<HistoryRecord, { type: 'remind' }>): number {
  if (record.event === 'reminder') return 0;
  if (record.event === 'idle') return 1;
  if (record.event === 'break') return record.outcome === 'completed' || record.outcome === 'stopped-early' ? 1 : -1;
  return record.event === 'snooze' ? 2 : record.event === 'skip' ? 3 : -1;
}

/** Adds one record, on its local `date`, to the summary (in place: years of records fold without copies). */
function foldRecord(summary: HistorySummary, record: HistoryRecord, date: string): void {
  if (record.type === 'session-end') {
    const [sessions, minutes] = summary.days[date] ?? [0, 0];
    summary.days[date] = [sessions + 1, minutes + record.elapsedSeconds / 60];
  } else if (record.type === 'remind') {
    const slot = reminderSlot(record);
    if (slot < 0) return;
    const counts: ReminderCounts = summary.reminders[date] ?? [0, 0, 0, 0];
    counts[slot]!++;
    summary.reminders[date] = counts;
  } else if (record.type === 'desk') {
    if (!summary.lastDesk || record.at > summary.lastDesk.at) summary.lastDesk = { at: record.at, fixes: record.fixes.length };
  } else if (record.type === 'screen' && record.screen === 'full') {
    if (!summary.lastCheck || record.at > summary.lastCheck.at) summary.lastCheck = { at: record.at, level: record.level };
  } else if (record.type === 'feeling') {
    const [better, same, worse] = summary.feelings[date] ?? [0, 0, 0];
    const add = (feeling: Feeling) => (record.feeling === feeling ? 1 : 0);
    summary.feelings[date] = [better + add('better'), same + add('same'), worse + add('worse')];
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
