/**
 * `limber remind --once`, run from cron or a systemd timer: no loop stays running, so a small memory of the
 * current interval is carried from one run to the next. Every time is wall-clock epoch milliseconds.
 */
import { isWorkingTime, type WorkingHours } from './hours.js';

export interface OnceMemory {
  /** When the current stretch of work began: the last break, reminder, time away or start of the day. */
  intervalStart: number;
  lastRun: number;
}

export interface OnceInput {
  now: number;
  memory: OnceMemory | null;
  /** The end of the most recent session in the history, if any. */
  lastBreakAt: number | null;
  idleMs: number | null;
  quiet: string | null;
  pausedUntil: number | null;
  everyMs: number;
  awayMs: number;
  /** A gap between runs longer than this means the machine was off or asleep (cron and timers run every 5 min). */
  staleMs: number;
  hours: WorkingHours | null;
}

export type OnceAction = 'remind' | 'defer' | 'wait' | 'paused' | 'off-hours' | 'idle';

export interface OnceDecision {
  action: OnceAction;
  memory: OnceMemory;
  /** When a reminder is next due, for `wait`. */
  dueAt?: number;
}

/** Whether this run reminds, and the memory for the next run. */
export function decideOnce(input: OnceInput): OnceDecision {
  const { now } = input;
  const fresh = { intervalStart: now, lastRun: now };
  if (input.pausedUntil !== null && input.pausedUntil > now) return { action: 'paused', memory: fresh };
  if (input.hours && !isWorkingTime(input.hours, new Date(now))) return { action: 'off-hours', memory: fresh };
  // No run for longer than a whole interval (or the scheduler's period): the machine was off or asleep.
  const memory = input.memory;
  if (!memory || now - memory.lastRun > Math.max(input.everyMs, input.staleMs) || memory.intervalStart > now)
    return { action: 'wait', memory: fresh, dueAt: now + input.everyMs };
  if (input.idleMs !== null && input.idleMs >= input.awayMs) return { action: 'idle', memory: fresh };
  const intervalStart = Math.max(memory.intervalStart, input.lastBreakAt ?? 0);
  if (now - intervalStart < input.everyMs) return { action: 'wait', memory: { intervalStart, lastRun: now }, dueAt: intervalStart + input.everyMs };
  if (input.quiet !== null) return { action: 'defer', memory: { intervalStart, lastRun: now } };
  return { action: 'remind', memory: fresh };
}
