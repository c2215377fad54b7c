import type { HistoryRecord } from './records.js';
import { historyStats, sessionsTodayWith } from './stats.js';

export interface OveruseCheck {
  /** Sessions already started today that included a counted (cracking or end-range) technique. */
  countedToday: number;
  /** This session would go past the daily limit. */
  overDailyLimit: boolean;
  /** "worse" three or more times in the last 7 days. */
  worseOften: boolean;
}

/**
 * The overuse guard, as data: the guide warns that cracking often can loosen joints and that needing it all
 * the time is a reason to see someone. Only cracking and end-range moves count; gentle mobility never does.
 * (When the full check falls due, the health profile makes the next session ask it, so no reminder is needed.)
 */
export function checkOveruse(
  records: readonly HistoryRecord[],
  sessionTechniques: readonly string[],
  counted: ReadonlySet<string>,
  dailyLimit: number,
  now: Date,
): OveruseCheck {
  const countedToday = sessionsTodayWith(records, counted, now);
  const week = historyStats(records, now, 7);
  return {
    countedToday,
    overDailyLimit: sessionTechniques.some((id) => counted.has(id)) && countedToday >= dailyLimit,
    worseOften: week.worseLastWeek >= 3,
  };
}
