import { describe, expect, it } from 'vitest';
import { isWorkingTime, nextWorkingStart, parseDays, parseHours, shortDayTime, type WorkingHours } from '../src/core/remind/hours.js';
import { decideOnce, type OnceInput } from '../src/core/remind/once.js';
import { parsePause } from '../src/core/remind/pause.js';
import {
  focusIsOn,
  isCapturing,
  parseGdbusBoolean,
  parseGsettingsBoolean,
  parseHidIdle,
  parseMilliseconds,
  parseMutterIdle,
} from '../src/core/remind/probe-output.js';

// 2026-11-23 is a Monday; local times, as the loop sees them.
const at = (day: number, hh: number, mm = 0) => new Date(2026, 10, day, hh, mm);
const office: WorkingHours = { start: 9 * 60, end: 17 * 60 + 30, days: parseDays('mon-fri') as Set<number> };
const nights: WorkingHours = { start: 22 * 60, end: 6 * 60, days: parseDays('fri') as Set<number> };

describe('working hours', () => {
  it.each([
    ['09:00-17:30', { start: 540, end: 1050 }],
    ['9:05-17:00', { start: 545, end: 1020 }],
    ['22:00-06:00', { start: 1320, end: 360 }],
    [' 08:00 - 12:00 ', { start: 480, end: 720 }],
  ])('%s parses', (text, expected) => expect(parseHours(text)).toEqual(expected));

  it.each(['9-5', '09:00', '24:00-08:00', '09:60-10:00', '09:00-10:00-11:00', '', 'nine-five'])('%j is refused with the form to use', (text) => {
    expect(parseHours(text)).toMatch(/HH:MM-HH:MM/);
  });

  it('a span that starts and ends together is refused, naming the fix', () => {
    expect(parseHours('09:00-09:00')).toMatch(/leave --hours out/);
  });

  it.each([
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['sat-sun', [0, 6]],
    ['fri-mon', [0, 1, 5, 6]],
    ['mon,wed,fri', [1, 3, 5]],
    ['Monday,TUE', [1, 2]],
    ['all', [0, 1, 2, 3, 4, 5, 6]],
    ['sun', [0]],
  ])('days %s', (text, expected) => expect([...(parseDays(text) as Set<number>)].sort()).toEqual(expected));

  it.each(['weekdays', 'mon-', 'mon-tue-wed', 'xyz'])('days %j are refused with examples', (text) => expect(parseDays(text)).toMatch(/mon-fri/));

  it.each([
    [at(23, 9, 0), true, 'Monday at the start'],
    [at(23, 8, 59), false, 'Monday a minute early'],
    [at(23, 17, 29), true, 'the last minute'],
    [at(23, 17, 30), false, 'the end is not included'],
    [at(28, 10), false, 'Saturday'],
    [at(29, 10), false, 'Sunday'],
    [at(27, 12), true, 'Friday noon'],
  ])('office hours: %s → %s (%s)', (when, expected) => expect(isWorkingTime(office, when)).toBe(expected));

  it.each([
    [at(27, 23), true, 'Friday night'],
    [at(28, 3), true, 'the small hours of Saturday belong to Friday'],
    [at(28, 6), false, 'the shift has ended'],
    [at(28, 23), false, 'Saturday night is not a shift'],
    [at(27, 3), false, 'Friday early morning belongs to Thursday'],
    [at(27, 21, 59), false, 'a minute before the shift'],
  ])('across midnight: %s → %s (%s)', (when, expected) => expect(isWorkingTime(nights, when)).toBe(expected));

  it.each([
    [at(23, 18), at(24, 9), 'Monday evening → Tuesday 09:00'],
    [at(27, 18), at(30, 9), 'Friday evening → Monday 09:00'],
    [at(28, 12), at(30, 9), 'Saturday → Monday'],
    [at(23, 7), at(23, 9), 'before work → today'],
  ])('next start after %s is %s (%s)', (from, expected) => expect(nextWorkingStart(office, from)).toEqual(expected));

  it('no working day at all: no next start', () => {
    expect(nextWorkingStart({ ...office, days: new Set() }, at(23, 10))).toBeNull();
  });

  it('short day and time', () => expect(shortDayTime(at(30, 9, 5))).toBe('Mon 09:05'));
});

describe('--pause', () => {
  const now = at(25, 14, 10);
  it.each([
    ['1h', at(25, 15, 10)],
    ['45m', at(25, 14, 55)],
    ['1h30m', at(25, 15, 40)],
    ['90m', at(25, 15, 40)],
    ['24h', at(26, 14, 10)],
    ['until-tomorrow', at(26, 0, 0)],
    [' UNTIL-TOMORROW ', at(26, 0, 0)],
  ])('%s', (text, until) => expect(parsePause(text, now)).toEqual({ kind: 'until', until }));

  it('off ends a pause', () => expect(parsePause('off', now)).toEqual({ kind: 'off' }));

  it.each(['', '0m', 'h', '25h', '1d', 'tomorrow', '-1h', '1.5h'])('%j is refused with examples', (text) => {
    expect(parsePause(text, now)).toMatch(/45m, 1h or 1h30m/);
  });
});

describe('what the system tools print', () => {
  it.each([
    ['12345\n', 12345],
    ['0', 0],
    ['', null],
    ['idle: 5', null],
    ['-3', null],
  ])('milliseconds %j → %j', (text, expected) => expect(parseMilliseconds(text)).toBe(expected));

  it.each([
    ['(uint64 4242,)\n', 4242],
    ['(uint32 4242,)', null],
    ['Error: GDBus.Error', null],
  ])('Mutter %j → %j', (text, expected) => expect(parseMutterIdle(text)).toBe(expected));

  it.each([
    ['  |   "HIDIdleTime" = 2500000000\n', 2500],
    ['"HIDIdleTime" = 999999', 0],
    ['nothing', null],
  ])('ioreg %j → %j', (text, expected) => expect(parseHidIdle(text)).toBe(expected));

  it.each([
    ['(<true>,)\n', true],
    ['(<false>,)', false],
    ['Error: No such property', null],
  ])('gdbus %j → %j', (text, expected) => expect(parseGdbusBoolean(text)).toBe(expected));

  it.each([
    ['true\n', true],
    ['false', false],
    ["'x'", null],
  ])('gsettings %j → %j', (text, expected) => expect(parseGsettingsBoolean(text)).toBe(expected));

  it.each([
    ['state: RUNNING\nowner_pid: 12\n', true],
    ['closed\n', false],
    ['state: PREPARED\n', false],
    ['owner: x\nstate: RUNNING', true],
  ])('capture status %j → %s', (text, expected) => expect(isCapturing(text)).toBe(expected));

  it.each([
    [{ data: [{ storeAssertionRecords: [{ id: 1 }] }] }, true],
    [{ data: [{ storeAssertionRecords: [] }] }, false],
    [{ data: [{}] }, false],
    [{}, null],
    [null, null],
  ])('macOS Focus %j → %j', (json, expected) => expect(focusIsOn(json)).toBe(expected));
});

describe('--once', () => {
  const minute = 60_000;
  const base: OnceInput = {
    now: at(25, 11).getTime(),
    memory: { intervalStart: at(25, 10).getTime(), lastRun: at(25, 10, 55).getTime() },
    lastBreakAt: null,
    idleMs: null,
    quiet: null,
    pausedUntil: null,
    everyMs: 50 * minute,
    awayMs: 5 * minute,
    staleMs: 15 * minute,
    hours: null,
  };
  const fresh = { intervalStart: base.now, lastRun: base.now };

  it('an hour of work since the interval began: remind, and start again', () => {
    expect(decideOnce(base)).toEqual({ action: 'remind', memory: fresh });
  });

  it('not yet due: wait, and say when', () => {
    const decision = decideOnce({ ...base, memory: { intervalStart: at(25, 10, 30).getTime(), lastRun: at(25, 10, 55).getTime() } });
    expect(decision).toEqual({
      action: 'wait',
      memory: { intervalStart: at(25, 10, 30).getTime(), lastRun: base.now },
      dueAt: at(25, 11, 20).getTime(),
    });
  });

  it('a break in the history restarts the interval', () => {
    expect(decideOnce({ ...base, lastBreakAt: at(25, 10, 40).getTime() })).toMatchObject({ action: 'wait', dueAt: at(25, 11, 30).getTime() });
  });

  it('the first run, or the first after the machine was off, starts fresh without reminding', () => {
    expect(decideOnce({ ...base, memory: null })).toEqual({ action: 'wait', memory: fresh, dueAt: base.now + base.everyMs });
    expect(decideOnce({ ...base, memory: { intervalStart: at(25, 8).getTime(), lastRun: at(25, 9).getTime() } })).toMatchObject({
      action: 'wait',
      memory: fresh,
    });
  });

  it('a short interval run from a 5-minute timer still reminds: only gaps past 15 minutes start afresh', () => {
    const short = { ...base, everyMs: 2 * minute, memory: { intervalStart: at(25, 10, 50).getTime(), lastRun: at(25, 10, 50).getTime() } };
    expect(decideOnce(short).action).toBe('remind');
    expect(decideOnce({ ...short, memory: { intervalStart: at(25, 10, 44).getTime(), lastRun: at(25, 10, 44).getTime() } }).action).toBe('wait');
  });

  it('a wall clock set back starts fresh rather than wait for ever', () => {
    expect(decideOnce({ ...base, memory: { intervalStart: at(25, 12).getTime(), lastRun: at(25, 10, 55).getTime() } })).toMatchObject({
      action: 'wait',
      memory: fresh,
    });
  });

  it('five minutes away counts as a break; four do not', () => {
    expect(decideOnce({ ...base, idleMs: 5 * minute })).toEqual({ action: 'idle', memory: fresh });
    expect(decideOnce({ ...base, idleMs: 4 * minute }).action).toBe('remind');
  });

  it('do not disturb defers a due reminder and keeps the interval', () => {
    expect(decideOnce({ ...base, quiet: 'a microphone is in use' })).toEqual({
      action: 'defer',
      memory: { intervalStart: base.memory!.intervalStart, lastRun: base.now },
    });
  });

  it('paused, or outside working hours: nothing, and the next interval starts fresh', () => {
    expect(decideOnce({ ...base, pausedUntil: at(25, 12).getTime() })).toEqual({ action: 'paused', memory: fresh });
    expect(decideOnce({ ...base, pausedUntil: at(25, 10).getTime() }).action).toBe('remind');
    expect(decideOnce({ ...base, now: at(28, 11).getTime(), hours: office })).toMatchObject({ action: 'off-hours' });
    expect(decideOnce({ ...base, hours: office }).action).toBe('remind');
  });
});
