import { localDate } from '../dates.js';
import { countsOnDay, dateOfDay, dayNumber } from './day-table.js';
import type { Feeling, HistoryRecord } from './records.js';
import { emptySummary, foldRecords, type HistorySummary } from './summary.js';

interface DayStats {
  date: string;
  sessions: number;
  minutes: number;
  /** From the reminder loop: reminders, breaks taken (time away counts), snoozes and skips. */
  reminded: number;
  taken: number;
  snoozed: number;
  skipped: number;
}

export interface HistoryStats {
  days: DayStats[];
  totalSessions: number;
  totalMinutes: number;
  /** Days in a row, ending today (or yesterday, if today has none yet), with at least one session. */
  streakDays: number;
  lastCheck: { at: string; level: string; ageDays: number; due: boolean } | null;
  feelings: Record<Feeling, number>;
  /** The last five answers, oldest first: the trend at a glance. */
  recentFeelings: Feeling[];
  /** "worse" answers in the 7 days before now. */
  worseLastWeek: number;
  /** The last desk set-up check: when, how long ago, and how many changes it suggested. */
  lastDesk: { at: string; ageDays: number; fixes: number } | null;
}

const dayMs = 86_400_000;

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, 12);

/** Days in a row with a session, ending today (or yesterday, if today has none yet). */
function streak(summary: HistorySummary, now: Date): number {
  const last = summary.streak?.last;
  return last === localDate(now) || last === localDate(addDays(now, -1)) ? (summary.streak?.days ?? 0) : 0;
}

/**
 * The numbers `limber history` shows, for the `days` days up to `now`, from a summary of the records. Only
 * the window's days are looked up, by their numbers, so years of history cost no more than the window.
 */
export function statsFromSummary(summary: HistorySummary, now: Date, days: number): HistoryStats {
  const today = dayNumber(localDate(now));
  const series: DayStats[] = [];
  let totalSessions = 0;
  let totalMinutes = 0;
  const feelings: Record<Feeling, number> = { better: 0, same: 0, worse: 0 };
  for (let day = today - days + 1; day <= today; day++) {
    const [sessions = 0, minutes = 0] = countsOnDay(summary.days, day) ?? [];
    const [reminded = 0, taken = 0, snoozed = 0, skipped = 0] = countsOnDay(summary.reminders, day) ?? [];
    // Each day's minutes to one decimal; the total from the unrounded minutes.
    series.push({ date: dateOfDay(day), sessions, minutes: Math.round(minutes * 10) / 10, reminded, taken, snoozed, skipped });
    totalSessions += sessions;
    totalMinutes += minutes;
    const [better = 0, same = 0, worse = 0] = countsOnDay(summary.feelings, day) ?? [];
    feelings.better += better;
    feelings.same += same;
    feelings.worse += worse;
  }
  const ageOf = (at: string) => now.getTime() - Date.parse(at);
  const check = summary.lastCheck;
  const ageDays = check ? Math.floor(ageOf(check.at) / dayMs) : 0;
  return {
    days: series,
    totalSessions,
    totalMinutes: Math.round(totalMinutes * 10) / 10,
    streakDays: streak(summary, now),
    lastCheck: check ? { ...check, ageDays, due: ageDays >= 365 } : null,
    feelings,
    recentFeelings: [...summary.recentFeelings],
    worseLastWeek: summary.worseAt.filter((at) => ageOf(at) >= 0 && ageOf(at) < 7 * dayMs).length,
    lastDesk: summary.lastDesk ? { ...summary.lastDesk, ageDays: Math.floor(ageOf(summary.lastDesk.at) / dayMs) } : null,
  };
}

/**
 * History → the numbers `limber history` shows, for the `days` days up to `now`. A session counts on the
 * day it ended; its minutes are the time it actually ran.
 */
export const historyStats = (records: Iterable<HistoryRecord>, now: Date, days: number): HistoryStats =>
  statsFromSummary(foldRecords(emptySummary(), records), now, days);

/** Technique ids of recent sessions, most recent first, for varying the next break. */
export function recentTechniques(records: readonly HistoryRecord[], sessions = 2): string[] {
  const recent: string[] = [];
  let seen = 0;
  for (let i = records.length - 1; i >= 0 && seen < sessions; i--) {
    const record = records[i]!;
    if (record.type !== 'session-start') continue;
    seen++;
    for (const id of record.techniques) if (!recent.includes(id)) recent.push(id);
  }
  return recent;
}

/** How many sessions that included any of `techniqueIds` started on `now`'s calendar day. */
export function sessionsTodayWith(records: readonly HistoryRecord[], techniqueIds: ReadonlySet<string>, now: Date): number {
  const today = localDate(now);
  return records.filter((r) => r.type === 'session-start' && localDate(r.at) === today && r.techniques.some((id) => techniqueIds.has(id))).length;
}
