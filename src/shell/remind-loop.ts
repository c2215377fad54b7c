import {
  breakEnded,
  type Observation,
  press,
  type RemindEvent,
  type RemindSettings,
  type RemindState,
  type Step,
  startState,
  tick,
} from '../core/remind/scheduler.js';
import type { Clock } from '../core/session/clock.js';

/** What the probes found: slow to learn, so read from a cache. */
type Probed = Pick<Observation, 'idleMs' | 'quiet' | 'lastSession'>;

/** How the loop ended: q in the pane, or a signal (Ctrl-C, a closed terminal, SIGTERM). */
export type LoopEnd = 'quit' | 'SIGINT' | 'SIGHUP' | 'SIGTERM';

/** Everything the loop touches, injected: tests pass a fake clock, fake probes and fake keys. */
export interface LoopDeps {
  clock: Clock;
  /** Wall-clock epoch milliseconds. */
  wall(): number;
  settings: RemindSettings;
  /** How often the loop looks at pauses, hours and idle time, and how often it runs the probes (loop ms). */
  tickMs: number;
  probeMs: number;
  /** Idle time, do-not-disturb and the latest session: slow (child processes, files), so it runs beside the loop. */
  probe(): Promise<Probed>;
  readPause(): number | null;
  /** Says and records what happened (pane or NDJSON, history, bell, notification). Must not wait. */
  report(event: RemindEvent, state: RemindState): void;
  save(state: RemindState): void;
  /** Single keys from the pane; absent without a terminal. */
  keys?: { attach(onKey: (key: string) => void): void; detach(): void };
  /** Runs a screened break and gives its outcome; a throw ends the loop with that error. */
  runBreak(): Promise<string>;
  /** Calls `handler` on SIGINT, SIGHUP or SIGTERM; returns the unsubscribe. */
  onSignal(handler: (signal: LoopEnd) => void): () => void;
}

/** One running loop: its state, its timer, and the probe running beside it. */
class ReminderLoop {
  private state: RemindState;
  private seen: Probed = { idleMs: null, quiet: null, lastSession: null };
  private timer: unknown;
  private probing = false;
  private lastProbe = Number.NEGATIVE_INFINITY;
  private finished = false;
  private stopSignals: () => void = () => {};

  constructor(
    private readonly deps: LoopDeps,
    private readonly end: (result: LoopEnd | Error) => void,
  ) {
    this.state = startState(deps.settings, deps.clock.now());
  }

  start(): void {
    this.stopSignals = this.deps.onSignal((signal) => this.finish(signal));
    this.deps.keys?.attach(this.onKey);
    this.probe();
    this.deps.save(this.state);
    this.schedule();
  }

  private finish(result: LoopEnd | Error): void {
    if (this.finished) return;
    this.finished = true;
    this.deps.clock.clearTimer(this.timer);
    this.stopSignals();
    this.deps.keys?.detach();
    this.end(result);
  }

  private probe(): void {
    if (this.probing) return;
    this.probing = true;
    this.lastProbe = this.deps.clock.now();
    this.deps
      .probe()
      .then((result) => {
        this.seen = result;
      })
      .catch(() => {})
      .finally(() => {
        this.probing = false;
      });
  }

  /** Wakes at the next deadline or the next look around, whichever comes first. */
  private schedule(): void {
    const { clock, tickMs } = this.deps;
    clock.clearTimer(this.timer);
    const now = clock.now();
    const counting = this.state.phase === 'counting' || this.state.phase === 'due';
    const deadline = counting ? Math.min(this.state.dueAt, now + tickMs) : now + tickMs;
    this.timer = clock.setTimer(this.wake, deadline - now);
  }

  private apply(step: Step): void {
    this.state = step.state;
    // Saved before it is told: whoever reads an event (a status bar, a script) and then asks --status must
    // find the state the event left, not the one before it.
    this.deps.save(this.state);
    for (const event of step.events) this.deps.report(event, this.state);
    if (step.events.some((e) => e.type === 'break-start')) void this.takeBreak();
    else this.schedule();
  }

  private readonly wake = () => {
    if (this.finished) return;
    const { clock } = this.deps;
    if (clock.now() - this.lastProbe >= this.deps.probeMs) this.probe();
    this.apply(tick(this.state, this.deps.settings, { mono: clock.now(), wall: this.deps.wall(), ...this.seen, pausedUntil: this.deps.readPause() }));
  };

  private async takeBreak(): Promise<void> {
    this.deps.clock.clearTimer(this.timer);
    this.deps.keys?.detach();
    try {
      const outcome = await this.deps.runBreak();
      if (this.finished) return;
      this.deps.keys?.attach(this.onKey);
      this.apply(breakEnded(this.state, this.deps.settings, outcome, this.deps.clock.now(), this.deps.wall()));
    } catch (error) {
      this.finish(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private readonly onKey = (key: string) => {
    if (key === 'q') this.finish('quit');
    else if (key === '\u0003') this.finish('SIGINT');
    else if (key === 'b' || key === 's' || key === 'k') this.apply(press(this.state, this.deps.settings, key, this.deps.clock.now()));
  };
}

/**
 * The reminder loop, until q, a signal, or a break that ends it (a safety stop). Reminders fire on their
 * monotonic deadlines; the pure scheduler decides, and the probes never hold a reminder up.
 */
export const remindLoop = (deps: LoopDeps): Promise<LoopEnd> =>
  new Promise((resolve, reject) => new ReminderLoop(deps, (result) => (result instanceof Error ? reject(result) : resolve(result))).start());
