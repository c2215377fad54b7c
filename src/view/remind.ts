/** What the reminder pane says, and the one-line status for tmux or a prompt. */
import { clockOfDay } from '../core/dates.js';
import { t, tn } from '../core/i18n/translate.js';
import { shortDayTime } from '../core/remind/hours.js';
import type { Phase, RemindEvent } from '../core/remind/scheduler.js';

/** The settings as the person gave them, for wording (the loop itself runs on scaled milliseconds). */
export interface RemindWording {
  everyMinutes: number;
  snoozeMinutes: number;
  awayMinutes: number;
  putOffLimit: number;
}

export const minutes = (n: number) => tn(n, '{count} minute', '{count} minutes');

/** The keys, as the pane shows them under a reminder. */
export const keysLine = (w: RemindWording) =>
  t('b: break now · s: snooze {minutes} · k: skip · q: stop reminders', { minutes: minutes(w.snoozeMinutes) });

function reminderText(event: Extract<RemindEvent, { type: 'reminder' }>, w: RemindWording): string {
  const head = event.repeat ? t('Still time for a break.') : t('Time for a break: {minutes} of work.', { minutes: minutes(w.everyMinutes) });
  if (event.atLimit) {
    return `${head} ${t('You have put off {count} in a row, the limit: this one cannot be snoozed or skipped. Press b for a short break, or step away from the keyboard for {minutes}.', { count: event.putOffs, minutes: minutes(w.awayMinutes) })}`;
  }
  return `${head} ${keysLine(w)}`;
}

/**
 * What the pane says of an event. `resumesAt` is when working hours begin again; events with nothing to say
 * (a break starting: the break speaks for itself) give null.
 */
export function eventText(event: RemindEvent, w: RemindWording, resumesAt: Date | null): string | null {
  const next = t('next reminder in {minutes}', { minutes: minutes(w.everyMinutes) });
  const inRow = (n: number) => t('{count} of {limit} in a row', { count: n, limit: w.putOffLimit });
  switch (event.type) {
    case 'reminder':
      return reminderText(event, w);
    case 'defer':
      return t('A break is due, and waits: {reason}.', { reason: event.reason });
    case 'snooze':
      return t('Snoozed for {minutes} ({inRow}).', { minutes: minutes(w.snoozeMinutes), inRow: inRow(event.putOffs) });
    case 'skip':
      return t('Skipped ({inRow}); {next}.', { inRow: inRow(event.putOffs), next });
    case 'refused':
      return t('Not this time: {count} put off in a row is the limit. Press b for a short break, or step away from the keyboard for {minutes}.', {
        count: event.putOffs,
        minutes: minutes(w.awayMinutes),
      });
    case 'break-start':
      return null;
    case 'break':
      return event.outcome === 'completed' || event.outcome === 'stopped-early'
        ? t('Break done; {next}.', { next })
        : t('No break taken; {next}.', { next });
    case 'idle':
      return event.reason === 'suspend'
        ? t('The computer was asleep: that counts as a break; {next}.', { next })
        : t('Away from the keyboard for {minutes}: that counts as a break. The count starts again when you are back.', {
            minutes: minutes(w.awayMinutes),
          });
    case 'back':
      return t('Welcome back; {next}.', { next });
    case 'pause':
      return t("Paused until {time}. 'limber remind --pause off' ends the pause.", { time: clockOfDay(new Date(event.until)) });
    case 'resume':
      return t('The pause is over; {next}.', { next });
    case 'off-hours':
      return resumesAt
        ? t('Outside working hours; reminders sleep until {time}.', { time: shortDayTime(resumesAt) })
        : t('Outside working hours; reminders sleep.');
    case 'on-hours':
      return t('Working hours; {next}.', { next });
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
      if (short) return t('break {minutes}m', { minutes: left });
      if (left <= 1) return state.snoozed ? t('snoozed break in a minute or less') : t('next break in a minute or less');
      return state.snoozed ? t('snoozed break in {minutes} min', { minutes: left }) : t('next break in {minutes} min', { minutes: left });
    case 'due':
      return short ? t('break now') : t('break due now');
    case 'break':
      return short ? t('on a break') : t('on a break now');
    case 'away':
      return short ? t('away') : t('away from the keyboard (counts as a break)');
    case 'paused': {
      const time = state.pausedUntil ? clockOfDay(new Date(state.pausedUntil)) : '?';
      return short ? t('paused to {time}', { time }) : t('reminders paused until {time}', { time });
    }
    case 'off-hours': {
      const time = state.resumesAt ? shortDayTime(new Date(state.resumesAt)) : t('the next working day');
      return short ? t('off to {time}', { time }) : t('outside working hours until {time}', { time });
    }
  }
}
