import type { HistoryRecord } from './records.js';
import { historyStats, sessionsTodayWith } from './stats.js';

export interface OveruseCheck {
  /** Sessions already started today that included self-mobilisation. */
  selfMobilisationToday: number;
  /** This session would go past the daily limit. */
  overDailyLimit: boolean;
  /** "worse" three or more times in the last 7 days. */
  worseOften: boolean;
  /** No full check in the last 12 months (among the records given). */
  checkDue: boolean;
}

/**
 * The overuse guard, as data: the guide warns that cracking often can loosen joints and that needing it all
 * the time is a reason to see someone. limber warns on these; it never blocks.
 */
export function checkOveruse(
  records: readonly HistoryRecord[],
  sessionTechniques: readonly string[],
  selfMobilisation: ReadonlySet<string>,
  dailyLimit: number,
  now: Date,
): OveruseCheck {
  const selfMobilisationToday = sessionsTodayWith(records, selfMobilisation, now);
  const week = historyStats(records, now, 7);
  return {
    selfMobilisationToday,
    overDailyLimit: sessionTechniques.some((id) => selfMobilisation.has(id)) && selfMobilisationToday >= dailyLimit,
    worseOften: week.worseLastWeek >= 3,
    checkDue: week.lastCheck === null || week.lastCheck.due,
  };
}
