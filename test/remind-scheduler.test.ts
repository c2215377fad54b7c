import { describe, expect, it } from 'vitest';
import { parseDays } from '../src/core/remind/hours.js';
import {
  breakEnded,
  type Observation,
  press,
  type RemindEvent,
  type RemindSettings,
  type RemindState,
  startState,
  tick,
} from '../src/core/remind/scheduler.js';

const minute = 60_000;
const settings: RemindSettings = { everyMs: 50 * minute, snoozeMs: 5 * minute, awayMs: 5 * minute, putOffLimit: 3, hours: null };
// Monday 2026-11-23, 10:00 local: wall time runs beside the monotonic clock unless a test makes them part.
const wall0 = new Date(2026, 10, 23, 10).getTime();

/** A scripted day: each step moves both clocks (or only the wall clock, for a suspend) and observes. */
class Day {
  state: RemindState;
  mono = 0;
  wall = wall0;
  events: RemindEvent[] = [];
  constructor(readonly s: RemindSettings = settings) {
    this.state = startState(s, 0);
  }
  observe(extra: Partial<Observation> = {}): RemindEvent[] {
    const step = tick(this.state, this.s, {
      mono: this.mono,
      wall: this.wall,
      idleMs: null,
      quiet: null,
      pausedUntil: null,
      lastSession: null,
      ...extra,
    });
    this.state = step.state;
    this.events.push(...step.events);
    return step.events;
  }
  /** Both clocks forward, looking every second as the loop does. */
  run(ms: number, extra: Partial<Observation> = {}): RemindEvent[] {
    const out: RemindEvent[] = [];
    for (let t = 0; t < ms; t += 1000) {
      this.mono += 1000;
      this.wall += 1000;
      out.push(...this.observe(extra));
    }
    return out;
  }
  key(key: 'b' | 's' | 'k'): RemindEvent[] {
    const step = press(this.state, this.s, key, this.mono);
    this.state = step.state;
    return step.events;
  }
}

const types = (events: RemindEvent[]) => events.map((e) => e.type);

describe('the reminder scheduler', () => {
  it('reminds once at 50 minutes, not a second before, then rings again every snooze length while unanswered', () => {
    const day = new Day();
    expect(day.run(50 * minute - 1000)).toEqual([]);
    expect(day.run(1000)).toEqual([{ type: 'reminder', putOffs: 0, atLimit: false, repeat: false }]);
    expect(day.run(5 * minute - 1000)).toEqual([]);
    expect(day.run(1000)).toEqual([{ type: 'reminder', putOffs: 0, atLimit: false, repeat: true }]);
    expect(day.state.phase).toBe('due');
  });

  it('s snoozes for the snooze length; k skips a whole interval; both count in a row', () => {
    const day = new Day();
    day.run(50 * minute);
    expect(day.key('s')).toEqual([{ type: 'snooze', putOffs: 1 }]);
    expect(day.run(5 * minute - 1000)).toEqual([]);
    expect(types(day.run(1000))).toEqual(['reminder']);
    expect(day.key('k')).toEqual([{ type: 'skip', putOffs: 2 }]);
    expect(day.run(50 * minute - 1000)).toEqual([]);
    expect(day.run(1000)).toEqual([{ type: 'reminder', putOffs: 2, atLimit: false, repeat: false }]);
  });

  it('after the limit a reminder says so, and s and k are refused until a break', () => {
    const day = new Day({ ...settings, putOffLimit: 2 });
    day.run(50 * minute);
    day.key('s');
    day.run(5 * minute);
    day.key('k');
    expect(day.run(50 * minute)).toEqual([{ type: 'reminder', putOffs: 2, atLimit: true, repeat: false }]);
    expect(day.key('s')).toEqual([{ type: 'refused', putOffs: 2 }]);
    expect(day.key('k')).toEqual([{ type: 'refused', putOffs: 2 }]);
    expect(day.state.phase).toBe('due');
    expect(day.key('b')).toEqual([{ type: 'break-start' }]);
    const ended = breakEnded(day.state, day.s, 'completed', day.mono, day.wall);
    expect(ended.events).toEqual([{ type: 'break', outcome: 'completed' }]);
    expect(ended.state).toMatchObject({ phase: 'counting', putOffs: 0, dueAt: day.mono + 50 * minute });
  });

  it('s and k do nothing when no reminder is showing; b takes a break at any time', () => {
    const day = new Day();
    day.run(10 * minute);
    expect(day.key('s')).toEqual([]);
    expect(day.key('k')).toEqual([]);
    expect(day.key('b')).toEqual([{ type: 'break-start' }]);
    expect(day.key('b')).toEqual([]);
    expect(day.run(60 * minute)).toEqual([]);
  });

  it('five minutes away counts as a break: the count waits, then starts again on return', () => {
    const day = new Day();
    day.run(40 * minute);
    expect(day.run(1000, { idleMs: 5 * minute })).toEqual([{ type: 'idle', reason: 'idle' }]);
    expect(day.run(30 * minute, { idleMs: 10 * minute })).toEqual([]);
    expect(day.run(1000, { idleMs: 2000 })).toEqual([{ type: 'back' }]);
    expect(day.run(50 * minute - 1000, { idleMs: 2000 })).toEqual([]);
    expect(types(day.run(1000, { idleMs: 2000 }))).toEqual(['reminder']);
  });

  it('idle under five minutes changes nothing', () => {
    const day = new Day();
    expect(types(day.run(50 * minute, { idleMs: 5 * minute - 1 }))).toEqual(['reminder']);
  });

  it('time away also ends an unanswered reminder and clears the put-offs', () => {
    const day = new Day();
    day.run(50 * minute);
    day.key('s');
    day.run(5 * minute);
    expect(day.run(1000, { idleMs: 6 * minute })).toEqual([{ type: 'idle', reason: 'idle' }]);
    expect(day.state.putOffs).toBe(0);
  });

  it('a suspended laptop: one "asleep" event and a fresh interval, never a burst of missed reminders', () => {
    const day = new Day();
    day.run(45 * minute);
    day.wall += 3 * 60 * minute; // three hours asleep: the monotonic clock stood still
    const events = day.run(1000);
    expect(events).toEqual([{ type: 'idle', reason: 'suspend' }]);
    expect(day.run(50 * minute - 2000)).toEqual([]);
    expect(types(day.run(2000))).toEqual(['reminder']);
  });

  it('a wall clock set back an hour changes nothing; set forward a day, it is taken as time away, once', () => {
    const day = new Day();
    day.run(20 * minute);
    day.wall -= 60 * minute;
    expect(day.run(30 * minute - 1000)).toEqual([]);
    expect(types(day.run(1000))).toEqual(['reminder']);
    day.wall += 24 * 60 * minute;
    expect(types(day.run(10 * minute))).toEqual(['idle']);
  });

  it('a monotonic jump far past the deadline gives one reminder, not one per missed interval', () => {
    const day = new Day();
    day.mono += 500 * minute;
    day.wall += 500 * minute;
    expect(types(day.observe())).toEqual(['reminder']);
    expect(day.observe()).toEqual([]);
  });

  it('do not disturb: a due reminder waits (said once per reason) and comes when it lifts', () => {
    const day = new Day();
    day.run(49 * minute);
    expect(day.run(5 * minute, { quiet: 'a microphone is in use' })).toEqual([{ type: 'defer', reason: 'a microphone is in use' }]);
    expect(day.run(1000, { quiet: 'notifications are paused (do not disturb)' })).toEqual([
      { type: 'defer', reason: 'notifications are paused (do not disturb)' },
    ]);
    expect(types(day.run(1000))).toEqual(['reminder']);
  });

  it('a pause holds everything until it ends, then a fresh interval starts', () => {
    const day = new Day();
    day.run(30 * minute);
    const until = day.wall + 60 * minute;
    expect(day.run(1000, { pausedUntil: until })).toEqual([{ type: 'pause', until }]);
    expect(day.run(60 * minute - 2000, { pausedUntil: until })).toEqual([]);
    expect(day.run(1000, { pausedUntil: until })).toEqual([{ type: 'resume' }]);
    expect(day.run(50 * minute - 1000)).toEqual([]);
    expect(types(day.run(1000))).toEqual(['reminder']);
  });

  it('a pause changed while paused is told again; a pause lifted early resumes', () => {
    const day = new Day();
    day.run(1000, { pausedUntil: day.wall + minute * 10 });
    expect(types(day.run(1000, { pausedUntil: day.wall + minute * 90 }))).toEqual(['pause']);
    expect(types(day.run(1000, { pausedUntil: null }))).toEqual(['resume']);
  });

  it('outside working hours it sleeps, and the first interval of the day starts when work does', () => {
    const hours = { start: 9 * 60, end: 17 * 60, days: parseDays('mon-fri') as Set<number> };
    const day = new Day({ ...settings, hours });
    day.wall = new Date(2026, 10, 27, 16, 30).getTime(); // Friday 16:30
    day.run(29 * minute);
    expect(types(day.run(60 * minute))).toEqual(['off-hours']);
    day.wall = new Date(2026, 10, 30, 8, 59).getTime(); // Monday 08:59 (a weekend switched off)
    expect(day.run(59 * 1000)).toEqual([]);
    expect(types(day.run(1000))).toEqual(['on-hours']);
    expect(day.run(50 * minute - 1000)).toEqual([]);
    expect(types(day.run(1000))).toEqual(['reminder']);
  });

  it("a session run from another terminal restarts the count; older sessions and the pane's own do not", () => {
    const day = new Day();
    const before = { at: wall0 - 60 * minute, outcome: 'completed' };
    expect(day.run(20 * minute, { lastSession: before })).toEqual([]);
    const elsewhere = { at: day.wall - 1000, outcome: 'stopped-early' };
    expect(day.run(1000, { lastSession: elsewhere })).toEqual([{ type: 'break', outcome: 'stopped-early' }]);
    expect(day.run(50 * minute - 1000, { lastSession: elsewhere })).toEqual([]);
    expect(types(day.run(1000, { lastSession: elsewhere }))).toEqual(['reminder']);
    day.key('b');
    const ownEnd = { at: day.wall + 1000, outcome: 'completed' };
    day.wall += 2000;
    day.state = breakEnded(day.state, day.s, 'completed', day.mono, day.wall).state;
    expect(day.run(10 * minute, { lastSession: ownEnd })).toEqual([]);
  });

  it('a running break is never interrupted by a tick', () => {
    const day = new Day();
    day.key('b');
    expect(day.run(120 * minute, { idleMs: 10 * minute, pausedUntil: day.wall + 10 * minute, quiet: 'x' })).toEqual([]);
    expect(day.state.phase).toBe('break');
  });
});
