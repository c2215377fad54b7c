/**
 * What history remembers of pain, as pure functions (the pain-monitoring model): a move that hurt stays out for
 * 48 hours, and after a session that pain stopped, the next screen asks whether the pain settled.
 */
import { painLeftOutHours, painStopAbove } from '../safety/levels.js';
import type { HistoryRecord } from './records.js';

export type PainRecord = Extract<HistoryRecord, { type: 'pain' }>;

const hourMs = 3_600_000;

/** Techniques that hurt in the last 48 hours, each with its latest record, latest first. */
export function painLeftOut(records: readonly HistoryRecord[], now: Date): PainRecord[] {
  const latest = new Map<string, PainRecord>();
  for (const record of records) {
    if (record.type !== 'pain') continue;
    const age = now.getTime() - Date.parse(record.at);
    if (age >= 0 && age < painLeftOutHours * hourMs) latest.set(record.technique, record);
  }
  return [...latest.values()].reverse();
}

/** The last pain that stopped a session (above the limit), when no screen has run since to ask about it. */
export function pendingPainCheck(records: readonly HistoryRecord[]): PainRecord | undefined {
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i]!;
    if (record.type === 'screen') return undefined;
    if (record.type === 'pain' && record.rating > painStopAbove) return record;
  }
  return undefined;
}
