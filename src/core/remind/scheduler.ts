/**
 * The reminder loop's logic, as a pure state machine: the shell observes the clocks, idle time, pauses and
 * do-not-disturb, passes them in, and carries out the events that come back. Deadlines are on the monotonic
 * clock and every new deadline counts from the moment it is set, so a suspended laptop or a wall clock that
 * jumps can produce at most one reminder, never a burst of missed ones.
 */
import { isWorkingTime, type WorkingHours } from './hours.js';

export interface RemindSettings {
  /** Work between reminders, snooze length and the time away that counts as a break, in loop milliseconds. */
  everyMs: number;
  snoozeMs: number;
  awayMs: number;
  /** Snoozes and skips in a row before a reminder can no longer be put off. */
  putOffLimit: number;
  hours: WorkingHours | null;
}

export interface Observation {
  /** Monotonic milliseconds, and the wall clock's epoch milliseconds. */
  mono: number;
  wall: number;
  /** Time since the last keyboard or mouse input, where the system can tell; null where it cannot. */
  idleMs: number | null;
  /** Why not to interrupt now (do not disturb, a microphone in use, the user's own rule), or null. */
  quiet: string | null;
  /** A pause set with `limber remind --pause`, as wall epoch milliseconds, or null. */
  pausedUntil: number | null;
  /** The latest session in the history (run from any terminal): when it ended, and how. */
  lastSession: { at: number; outcome: string } | null;
}

export type Phase = 'counting' | 'due' | 'break' | 'away' | 'paused' | 'off-hours';

export interface RemindState {
  phase: Phase;
  /** counting: when the next reminder is due; due: when an unanswered reminder rings again. */
  dueAt: number;
  snoozed: boolean;
  /** Snoozes and skips since the last break. */
  putOffs: number;
  /** Why a due reminder is waiting, while it waits. */
  deferred: string | null;
  pausedUntil: number | null;
  last: { mono: number; wall: number } | null;
  /** The end of the latest session already taken into account; undefined until the first look. */
  sessionSeen: number | null | undefined;
}

export type RemindEvent =
  | { type: 'reminder'; putOffs: number; atLimit: boolean; repeat: boolean }
  | { type: 'defer'; reason: string }
  | { type: 'snooze'; putOffs: number }
  | { type: 'skip'; putOffs: number }
  | { type: 'refused'; putOffs: number }
  | { type: 'break-start' }
  | { type: 'break'; outcome: string }
  | { type: 'idle'; reason: 'idle' | 'suspend' }
  | { type: 'back' }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  | { type: 'off-hours' }
  | { type: 'on-hours' };

export interface Step {
  state: RemindState;
  events: RemindEvent[];
}

const counting = (state: RemindState, settings: RemindSettings, mono: number, extra: Partial<RemindState> = {}): RemindState => ({
  ...state,
  phase: 'counting',
  dueAt: mono + settings.everyMs,
  snoozed: false,
  deferred: null,
  ...extra,
});

export const startState = (settings: RemindSettings, mono: number): RemindState => ({
  phase: 'counting',
  dueAt: mono + settings.everyMs,
  snoozed: false,
  putOffs: 0,
  deferred: null,
  pausedUntil: null,
  last: null,
  sessionSeen: undefined,
});

/** Pauses, working hours and time away: phases that hold the count until they end. */
function holds(state: RemindState, settings: RemindSettings, obs: Observation): Step | null {
  const paused = obs.pausedUntil !== null && obs.pausedUntil > obs.wall;
  if (paused && (state.phase !== 'paused' || state.pausedUntil !== obs.pausedUntil)) {
    return {
      state: { ...state, phase: 'paused', pausedUntil: obs.pausedUntil, deferred: null },
      events: [{ type: 'pause', until: obs.pausedUntil! }],
    };
  }
  if (paused) return { state, events: [] };
  if (state.phase === 'paused') return { state: counting(state, settings, obs.mono, { pausedUntil: null }), events: [{ type: 'resume' }] };
  if (settings.hours && !isWorkingTime(settings.hours, new Date(obs.wall))) {
    return state.phase === 'off-hours'
      ? { state, events: [] }
      : { state: { ...state, phase: 'off-hours', deferred: null }, events: [{ type: 'off-hours' }] };
  }
  if (state.phase === 'off-hours') return { state: counting(state, settings, obs.mono, { putOffs: 0 }), events: [{ type: 'on-hours' }] };
  const away = obs.idleMs !== null && obs.idleMs >= settings.awayMs;
  if (away) {
    return state.phase === 'away'
      ? { state, events: [] }
      : { state: { ...state, phase: 'away', putOffs: 0, deferred: null }, events: [{ type: 'idle', reason: 'idle' }] };
  }
  if (state.phase === 'away') return { state: counting(state, settings, obs.mono), events: [{ type: 'back' }] };
  return null;
}

/**
 * A session run from another terminal is a break too: the count starts again. Sessions that ended before
 * the loop first looked, and the pane's own breaks, are already accounted for.
 */
function breakElsewhere(state: RemindState, settings: RemindSettings, obs: Observation): Step | null {
  const latest = obs.lastSession?.at ?? null;
  if (latest === null || (state.sessionSeen != null && latest <= state.sessionSeen)) return null;
  return {
    state: counting(state, settings, obs.mono, { putOffs: 0, sessionSeen: latest }),
    events: [{ type: 'break', outcome: obs.lastSession!.outcome }],
  };
}

/** What changes at this moment. The shell calls it on every wake-up: at deadlines and on its regular poll. */
export function tick(previous: RemindState, settings: RemindSettings, obs: Observation): Step {
  // Sessions that ended before the loop's first look are not breaks it saw.
  const sessionSeen = previous.sessionSeen === undefined ? (obs.lastSession?.at ?? null) : previous.sessionSeen;
  const state = { ...previous, last: { mono: obs.mono, wall: obs.wall }, sessionSeen };
  if (state.phase === 'break') return { state, events: [] };
  // The wall clock ran on while the monotonic clock did not: the machine slept. That time away is a break.
  const last = previous.last;
  const slept = last !== null && obs.wall - last.wall - (obs.mono - last.mono) >= settings.awayMs;
  if (slept && (state.phase === 'counting' || state.phase === 'due')) {
    return { state: counting(state, settings, obs.mono, { putOffs: 0 }), events: [{ type: 'idle', reason: 'suspend' }] };
  }
  const held = holds(state, settings, obs);
  if (held) return held;
  const elsewhere = breakElsewhere(state, settings, obs);
  if (elsewhere) return elsewhere;
  if (obs.mono < state.dueAt) return { state, events: [] };
  if (obs.quiet !== null) {
    return state.deferred === obs.quiet
      ? { state, events: [] }
      : { state: { ...state, deferred: obs.quiet }, events: [{ type: 'defer', reason: obs.quiet }] };
  }
  const repeat = state.phase === 'due';
  return {
    state: { ...state, phase: 'due', dueAt: obs.mono + settings.snoozeMs, deferred: null },
    events: [{ type: 'reminder', putOffs: state.putOffs, atLimit: state.putOffs >= settings.putOffLimit, repeat }],
  };
}

/** A key in the pane: b takes a break (at any time), s snoozes and k skips a reminder that is showing. */
export function press(state: RemindState, settings: RemindSettings, key: 'b' | 's' | 'k', mono: number): Step {
  if (key === 'b')
    return state.phase === 'break'
      ? { state, events: [] }
      : { state: { ...state, phase: 'break', deferred: null }, events: [{ type: 'break-start' }] };
  if (state.phase !== 'due') return { state, events: [] };
  if (state.putOffs >= settings.putOffLimit) return { state, events: [{ type: 'refused', putOffs: state.putOffs }] };
  const putOffs = state.putOffs + 1;
  if (key === 's') {
    return {
      state: { ...counting(state, settings, mono, { putOffs }), dueAt: mono + settings.snoozeMs, snoozed: true },
      events: [{ type: 'snooze', putOffs }],
    };
  }
  return { state: counting(state, settings, mono, { putOffs }), events: [{ type: 'skip', putOffs }] };
}

/** A break run from the pane has ended: the count starts again, and nothing is put off any more. */
export const breakEnded = (state: RemindState, settings: RemindSettings, outcome: string, mono: number, wall: number): Step => ({
  state: counting(state, settings, mono, { putOffs: 0, sessionSeen: wall }),
  events: [{ type: 'break', outcome }],
});
