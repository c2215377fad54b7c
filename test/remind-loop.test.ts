import { describe, expect, it } from 'vitest';
import type { RemindEvent, RemindSettings, RemindState } from '../src/core/remind/scheduler.js';
import { type LoopDeps, type LoopEnd, remindLoop } from '../src/shell/remind-loop.js';
import { eventText, paneLine, statusLine } from '../src/view/remind.js';
import { serviceText } from '../src/view/remind-service.js';
import { FakeClock } from './helpers/fake-clock.js';

const minute = 60_000;
const settings: RemindSettings = { everyMs: 50 * minute, snoozeMs: 5 * minute, awayMs: 5 * minute, putOffLimit: 3, hours: null };

function harness(overrides: Partial<LoopDeps> = {}) {
  const clock = new FakeClock();
  const seen: { event: RemindEvent; at: number }[] = [];
  const saved: RemindState[] = [];
  let onKey: ((key: string) => void) | undefined;
  let signal: ((s: LoopEnd) => void) | undefined;
  let probes = 0;
  const deps: LoopDeps = {
    clock,
    wall: () => 1_800_000_000_000 + clock.now(),
    settings,
    tickMs: 1000,
    probeMs: 5000,
    probe: async () => {
      probes++;
      return { idleMs: null, quiet: null, lastSession: null };
    },
    readPause: () => null,
    report: (event) => seen.push({ event, at: clock.now() }),
    save: (state) => saved.push(state),
    keys: {
      attach: (handler) => {
        onKey = handler;
      },
      detach: () => {
        onKey = undefined;
      },
    },
    runBreak: async () => 'completed',
    onSignal: (handler) => {
      signal = handler;
      return () => {
        signal = undefined;
      };
    },
    ...overrides,
  };
  const done = remindLoop(deps);
  return {
    clock,
    seen,
    saved,
    done,
    key: (k: string) => onKey?.(k),
    signal: (s: LoopEnd) => signal?.(s),
    probes: () => probes,
    attached: () => onKey !== undefined,
  };
}

describe('the reminder loop on a fake clock', () => {
  it('fires the reminder exactly on its monotonic deadline, and q ends the loop', async () => {
    const h = harness();
    h.clock.advance(50 * minute);
    expect(h.seen).toEqual([{ event: { type: 'reminder', putOffs: 0, atLimit: false, repeat: false }, at: 50 * minute }]);
    h.key('q');
    await expect(h.done).resolves.toBe('quit');
    expect(h.attached()).toBe(false);
    expect(h.clock.pending).toBe(0);
  });

  it('saves the state an event leaves before it reports the event, so a --status asked on it finds that state', () => {
    const order: string[] = [];
    const h = harness({
      report: (event, state) => order.push(`report ${event.type} (${state.phase})`),
      save: (state) => order.push(`save ${state.phase}`),
    });
    h.clock.advance(50 * minute);
    expect(order.slice(-2)).toEqual(['save due', 'report reminder (due)']);
    h.key('s');
    expect(order.slice(-2)).toEqual(['save counting', 'report snooze (counting)']);
  });

  it('a late event loop makes a reminder at most that late, and the next deadline counts from the key press', () => {
    const h = harness();
    h.clock.advance(50 * minute + 7, 7);
    const first = h.seen[0]!.at;
    expect(first - 50 * minute).toBeGreaterThanOrEqual(0);
    expect(first - 50 * minute).toBeLessThanOrEqual(7);
    h.clock.advance(20_000);
    const pressedAt = h.clock.now();
    h.key('k');
    h.clock.advance(50 * minute + 1000);
    expect(h.seen.at(-1)).toEqual({ event: expect.objectContaining({ type: 'reminder', repeat: false }), at: pressedAt + 50 * minute });
  });

  it('runs the probes beside the loop, at most every probeMs, never waiting on them', () => {
    let release: (() => void) | undefined;
    const h = harness({
      probe: () =>
        new Promise((resolve) => {
          release = () => resolve({ idleMs: null, quiet: null, lastSession: null });
        }),
    });
    h.clock.advance(50 * minute);
    // The first probe never answered, and the reminder still came on time.
    expect(h.seen.map((s) => s.at)).toEqual([50 * minute]);
    release?.();
  });

  it('b runs a break with the keys handed over, then counts afresh', async () => {
    let breaks = 0;
    let keysDuringBreak: boolean | undefined;
    const h = harness({
      runBreak: async () => {
        breaks++;
        keysDuringBreak = h.attached();
        return 'stopped-early';
      },
    });
    h.clock.advance(50 * minute);
    h.key('b');
    await Promise.resolve();
    await Promise.resolve();
    expect(breaks).toBe(1);
    expect(keysDuringBreak).toBe(false);
    expect(h.attached()).toBe(true);
    expect(h.seen.map((s) => s.event.type)).toEqual(['reminder', 'break-start', 'break']);
    h.clock.advance(50 * minute);
    expect(h.seen.at(-1)).toEqual({ event: expect.objectContaining({ type: 'reminder', repeat: false }), at: 100 * minute });
  });

  it('a break that throws (a safety stop) ends the loop with that error', async () => {
    const stop = Object.assign(new Error('see a professional'), { exitCode: 3 });
    const h = harness({ runBreak: async () => Promise.reject(stop) });
    h.key('b');
    await expect(h.done).rejects.toBe(stop);
  });

  it.each(['SIGINT', 'SIGHUP', 'SIGTERM'] as const)('%s ends the loop', async (signal) => {
    const h = harness();
    h.signal(signal);
    await expect(h.done).resolves.toBe(signal);
  });

  it('Ctrl-C in raw mode is SIGINT', async () => {
    const h = harness();
    h.key('\u0003');
    await expect(h.done).resolves.toBe('SIGINT');
  });

  it('saves its state as it starts and as it changes', () => {
    const h = harness();
    expect(h.saved[0]).toMatchObject({ phase: 'counting', dueAt: 50 * minute });
    h.clock.advance(50 * minute);
    expect(h.saved.at(-1)).toMatchObject({ phase: 'due' });
  });
});

describe('what the pane and the status line say', () => {
  const w = { everyMinutes: 50, snoozeMinutes: 5, awayMinutes: 5, putOffLimit: 3 };
  const monday9 = new Date(2026, 10, 30, 9);
  it('every event, as a person reads it', () => {
    const events: RemindEvent[] = [
      { type: 'reminder', putOffs: 0, atLimit: false, repeat: false },
      { type: 'reminder', putOffs: 1, atLimit: false, repeat: true },
      { type: 'reminder', putOffs: 3, atLimit: true, repeat: false },
      { type: 'defer', reason: 'a microphone is in use' },
      { type: 'snooze', putOffs: 1 },
      { type: 'skip', putOffs: 2 },
      { type: 'refused', putOffs: 3 },
      { type: 'break-start' },
      { type: 'break', outcome: 'completed' },
      { type: 'break', outcome: 'interrupted' },
      { type: 'idle', reason: 'idle' },
      { type: 'idle', reason: 'suspend' },
      { type: 'back' },
      { type: 'pause', until: new Date(2026, 10, 25, 15, 30).getTime() },
      { type: 'resume' },
      { type: 'off-hours' },
      { type: 'on-hours' },
    ];
    expect(events.map((e) => eventText(e, w, monday9))).toMatchInlineSnapshot(`
      [
        "Time for a break: 50 minutes of work. b: break now · s: snooze 5 minutes · k: skip · q: stop reminders",
        "Still time for a break. b: break now · s: snooze 5 minutes · k: skip · q: stop reminders",
        "Time for a break: 50 minutes of work. You have put off 3 in a row, the limit: this one cannot be snoozed or skipped. Press b for a short break, or step away from the keyboard for 5 minutes.",
        "A break is due, and waits: a microphone is in use.",
        "Snoozed for 5 minutes (1 of 3 in a row).",
        "Skipped (2 of 3 in a row); next reminder in 50 minutes.",
        "Not this time: 3 put off in a row is the limit. Press b for a short break, or step away from the keyboard for 5 minutes.",
        null,
        "Break done; next reminder in 50 minutes.",
        "No break taken; next reminder in 50 minutes.",
        "Away from the keyboard for 5 minutes: that counts as a break. The count starts again when you are back.",
        "The computer was asleep: that counts as a break; next reminder in 50 minutes.",
        "Welcome back; next reminder in 50 minutes.",
        "Paused until 15:30. 'limber remind --pause off' ends the pause.",
        "The pause is over; next reminder in 50 minutes.",
        "Outside working hours; reminders sleep until Mon 09:00.",
        "Working hours; next reminder in 50 minutes.",
      ]
    `);
    expect(eventText({ type: 'off-hours' }, w, null)).toBe('Outside working hours; reminders sleep.');
    expect(paneLine('Snoozed.', new Date(2026, 10, 25, 7, 5))).toBe('07:05  Snoozed.');
  });

  it('status lines, plain and for tmux', () => {
    const now = new Date(2026, 10, 25, 14, 0);
    const base = { nextAt: null, snoozed: false, pausedUntil: null, resumesAt: null };
    const states = [
      { ...base, phase: 'counting' as const, nextAt: new Date(2026, 10, 25, 14, 11, 30).toISOString() },
      { ...base, phase: 'counting' as const, snoozed: true, nextAt: new Date(2026, 10, 25, 14, 0, 20).toISOString() },
      { ...base, phase: 'due' as const },
      { ...base, phase: 'break' as const },
      { ...base, phase: 'away' as const },
      { ...base, phase: 'paused' as const, pausedUntil: new Date(2026, 10, 25, 15, 30).toISOString() },
      { ...base, phase: 'off-hours' as const, resumesAt: monday9.toISOString() },
    ];
    expect(states.map((s) => [statusLine(s, now, 'plain'), statusLine(s, now, 'tmux')])).toMatchInlineSnapshot(`
      [
        [
          "next break in 12 min",
          "break 12m",
        ],
        [
          "snoozed break in a minute or less",
          "break 1m",
        ],
        [
          "break due now",
          "break now",
        ],
        [
          "on a break now",
          "on a break",
        ],
        [
          "away from the keyboard (counts as a break)",
          "away",
        ],
        [
          "reminders paused until 15:30",
          "paused to 15:30",
        ],
        [
          "outside working hours until Mon 09:00",
          "off to Mon 09:00",
        ],
      ]
    `);
  });

  it('service snippets run --once with absolute paths, quoted where needed', () => {
    const command = ['/usr/bin/node', '/opt/my tools/limber.js', 'remind', '--once', '--defer-if', "pgrep -x 'zoom'"];
    const cron = serviceText('cron', command);
    expect(cron).toContain(
      "*/5 * * * * DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus /usr/bin/node '/opt/my tools/limber.js' remind --once --defer-if 'pgrep -x '\\''zoom'\\''' >/dev/null 2>&1",
    );
    const systemd = serviceText('systemd', command);
    expect(systemd).toContain("ExecStart=/usr/bin/node '/opt/my tools/limber.js' remind --once");
    expect(systemd).toContain('OnUnitActiveSec=5min');
    expect(systemd).toContain('systemctl --user enable --now limber-remind.timer');
    const plist = serviceText('launchd', ['/usr/bin/node', '/a&b/limber.js', 'remind', '--once']);
    expect(plist).toContain('<string>/a&amp;b/limber.js</string>');
    expect(plist).toContain('<integer>300</integer>');
  });
});
