import { localDate } from '../dates.js';
import type { Feeling, HistoryRecord } from './records.js';

interface DayStats {
  date: string;
  sessions: number;
  minutes: number;
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
}

const dayMs = 86_400_000;

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, 12);

/** Days in a row with a session, ending today (or yesterday, if today has none yet). */
function streak(sessionDays: ReadonlySet<string>, now: Date): number {
  let days = 0;
  let cursor = sessionDays.has(localDate(now)) ? now : addDays(now, -1);
  while (sessionDays.has(localDate(cursor))) {
    days++;
    cursor = addDays(cursor, -1);
  }
  return days;
}

/** One entry per day of the window, oldest first, minutes to one decimal. */
function daySeries(perDay: ReadonlyMap<string, DayStats>, now: Date, days: number): DayStats[] {
  const series: DayStats[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = localDate(addDays(now, -i));
    const day = perDay.get(date);
    series.push({ date, sessions: day?.sessions ?? 0, minutes: Math.round((day?.minutes ?? 0) * 10) / 10 });
  }
  return series;
}

/**
 * History → the numbers `limber history` shows, for the `days` days up to `now`. A session counts on the
 * day it ended; its minutes are the time it actually ran.
 */
export function historyStats(records: Iterable<HistoryRecord>, now: Date, days: number): HistoryStats {
  const perDay = new Map<string, DayStats>();
  const firstDay = localDate(addDays(now, -(days - 1)));
  const today = localDate(now);
  const sessionDays = new Set<string>();
  const feelings: Record<Feeling, number> = { better: 0, same: 0, worse: 0 };
  const recentFeelings: Feeling[] = [];
  let lastCheck: HistoryStats['lastCheck'] = null;
  let worseLastWeek = 0;
  let totalSessions = 0;
  let totalMinutes = 0;

  // Records come in time order, so most share the previous record's day: reuse its local date.
  let lastAt = '';
  let lastDate = '';
  for (const record of records) {
    if (record.at.slice(0, 13) !== lastAt) {
      lastAt = record.at.slice(0, 13);
      lastDate = localDate(record.at);
    }
    const date = lastDate;
    if (record.type === 'session-end') {
      sessionDays.add(date);
      if (date < firstDay || date > today) continue;
      const day = perDay.get(date) ?? { date, sessions: 0, minutes: 0 };
      day.sessions++;
      day.minutes += record.elapsedSeconds / 60;
      perDay.set(date, day);
      totalSessions++;
      totalMinutes += record.elapsedSeconds / 60;
    } else if (record.type === 'screen' && record.screen === 'full') {
      if (!lastCheck || record.at > lastCheck.at) {
        const ageDays = Math.floor((now.getTime() - Date.parse(record.at)) / dayMs);
        lastCheck = { at: record.at, level: record.level, ageDays, due: ageDays >= 365 };
      }
    } else if (record.type === 'feeling') {
      if (date >= firstDay && date <= today) feelings[record.feeling]++;
      recentFeelings.push(record.feeling);
      if (recentFeelings.length > 5) recentFeelings.shift();
      const age = now.getTime() - Date.parse(record.at);
      if (record.feeling === 'worse' && age >= 0 && age < 7 * dayMs) worseLastWeek++;
    }
  }

  return {
    days: daySeries(perDay, now, days),
    totalSessions,
    totalMinutes: Math.round(totalMinutes * 10) / 10,
    streakDays: streak(sessionDays, now),
    lastCheck,
    feelings,
    recentFeelings,
    worseLastWeek,
  };
}

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
