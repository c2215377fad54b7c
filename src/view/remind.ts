/** What the reminder pane says, and the one-line status for tmux or a prompt. */
import { clockOfDay } from '../core/dates.js';
import { shortDayTime } from '../core/remind/hours.js';
import type { Phase, RemindEvent } from '../core/remind/scheduler.js';

/** The settings as the person gave them, for wording (the loop itself runs on scaled milliseconds). */
export interface RemindWording {
  everyMinutes: number;
  snoozeMinutes: number;
  awayMinutes: number;
  putOffLimit: number;
}

export const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** The keys, as the pane shows them under a reminder. */
export const keysLine = (w: RemindWording) => `b: break now · s: snooze ${minutes(w.snoozeMinutes)} · k: skip · q: stop reminders`;

function reminderText(event: Extract<RemindEvent, { type: 'reminder' }>, w: RemindWording): string {
  const head = event.repeat ? 'Still time for a break.' : `Time for a break: ${minutes(w.everyMinutes)} of work.`;
  if (event.atLimit) {
    return `${head} You have put off ${event.putOffs} in a row, the limit: this one cannot be snoozed or skipped. Press b for a short break, or step away from the keyboard for ${minutes(w.awayMinutes)}.`;
  }
  return `${head} ${keysLine(w)}`;
}

/**
 * What the pane says of an event. `resumesAt` is when working hours begin again; events with nothing to say
 * (a break starting: the break speaks for itself) give null.
 */
export function eventText(event: RemindEvent, w: RemindWording, resumesAt: Date | null): string | null {
  const next = `next reminder in ${minutes(w.everyMinutes)}`;
  const inRow = (n: number) => `${n} of ${w.putOffLimit} in a row`;
  switch (event.type) {
    case 'reminder':
      return reminderText(event, w);
    case 'defer':
      return `A break is due, and waits: ${event.reason}.`;
    case 'snooze':
      return `Snoozed for ${minutes(w.snoozeMinutes)} (${inRow(event.putOffs)}).`;
    case 'skip':
      return `Skipped (${inRow(event.putOffs)}); ${next}.`;
    case 'refused':
      return `Not this time: ${event.putOffs} put off in a row is the limit. Press b for a short break, or step away from the keyboard for ${minutes(w.awayMinutes)}.`;
    case 'break-start':
      return null;
    case 'break':
      return event.outcome === 'completed' || event.outcome === 'stopped-early' ? `Break done; ${next}.` : `No break taken; ${next}.`;
    case 'idle':
      return event.reason === 'suspend'
        ? `The computer was asleep: that counts as a break; ${next}.`
        : `Away from the keyboard for ${minutes(w.awayMinutes)}: that counts as a break. The count starts again when you are back.`;
    case 'back':
      return `Welcome back; ${next}.`;
    case 'pause':
      return `Paused until ${clockOfDay(new Date(event.until))}. 'limber remind --pause off' ends the pause.`;
    case 'resume':
      return `The pause is over; ${next}.`;
    case 'off-hours':
      return `Outside working hours; reminders sleep${resumesAt ? ` until ${shortDayTime(resumesAt)}` : ''}.`;
    case 'on-hours':
      return `Working hours; ${next}.`;
  }
}

/** A pane line: the time, then the text. */
export const paneLine = (text: string, at: Date) => `${clockOfDay(at)}  ${text}`;

/** The fields of a running loop's state that a status line needs (ISO times). */
export interface StatusInput {
  phase: Phase;
  nextAt: string | null;
  snoozed: boolean;
  pausedUntil: string | null;
  resumesAt: string | null;
}

/** Whole minutes until the next reminder, rounded up; null when none is counting down. */
export const minutesLeft = (state: Pick<StatusInput, 'nextAt'>, now: Date): number | null =>
  state.nextAt ? Math.max(0, Math.ceil((Date.parse(state.nextAt) - now.getTime()) / 60_000)) : null;

export type StatusFormat = 'plain' | 'tmux';

/** "next break in 12 min" (plain) or "break 12m" (tmux, short enough for status-right). */
export function statusLine(state: StatusInput, now: Date, format: StatusFormat): string {
  const short = format === 'tmux';
  const left = minutesLeft(state, now) ?? 0;
  switch (state.phase) {
    case 'counting':
      if (short) return `break ${left}m`;
      return `${state.snoozed ? 'snoozed break' : 'next break'} in ${left <= 1 ? 'a minute or less' : `${left} min`}`;
    case 'due':
      return short ? 'break now' : 'break due now';
    case 'break':
      return short ? 'on a break' : 'on a break now';
    case 'away':
      return short ? 'away' : 'away from the keyboard (counts as a break)';
    case 'paused':
      return `${short ? 'paused to' : 'reminders paused until'} ${state.pausedUntil ? clockOfDay(new Date(state.pausedUntil)) : '?'}`;
    case 'off-hours':
      return `${short ? 'off to' : 'outside working hours until'} ${state.resumesAt ? shortDayTime(new Date(state.resumesAt)) : 'the next working day'}`;
  }
}
