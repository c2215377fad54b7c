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
  /** Idle time and do-not-disturb; slow (child processes), so it runs beside the loop and is read from a cache. */
  probe(): Promise<Pick<Observation, 'idleMs' | 'quiet'>>;
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

/**
 * The reminder loop: wakes at the next deadline or the next look-around, whichever is first, and hands what
 * it sees to the pure scheduler. Reminders fire on their monotonic deadline; probes never hold them up.
 */
export function remindLoop(deps: LoopDeps): Promise<LoopEnd> {
  const { clock, settings } = deps;
  let state = startState(settings, clock.now());
  let seen: Pick<Observation, 'idleMs' | 'quiet'> = { idleMs: null, quiet: null };
  let timer: unknown;
  let probing = false;
  let lastProbe = Number.NEGATIVE_INFINITY;
  let finished = false;

  return new Promise((resolve, reject) => {
    const finish = (end: LoopEnd | Error) => {
      if (finished) return;
      finished = true;
      clock.clearTimer(timer);
      stopSignals();
      deps.keys?.detach();
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const probe = () => {
      if (probing) return;
      probing = true;
      lastProbe = clock.now();
      deps
        .probe()
        .then((result) => {
          seen = result;
        })
        .catch(() => {})
        .finally(() => {
          probing = false;
        });
    };
    const schedule = () => {
      clock.clearTimer(timer);
      const now = clock.now();
      const look = now + deps.tickMs;
      const deadline = state.phase === 'counting' || state.phase === 'due' ? Math.min(state.dueAt, look) : look;
      timer = clock.setTimer(wake, deadline - now);
    };
    const apply = (step: Step) => {
      state = step.state;
      for (const event of step.events) deps.report(event, state);
      deps.save(state);
      if (step.events.some((e) => e.type === 'break-start')) void takeBreak();
      else schedule();
    };
    const wake = () => {
      if (finished) return;
      if (clock.now() - lastProbe >= deps.probeMs) probe();
      apply(tick(state, settings, { mono: clock.now(), wall: deps.wall(), ...seen, pausedUntil: deps.readPause() }));
    };
    const takeBreak = async () => {
      clock.clearTimer(timer);
      deps.keys?.detach();
      try {
        const outcome = await deps.runBreak();
        if (finished) return;
        deps.keys?.attach(onKey);
        apply(breakEnded(state, settings, outcome, clock.now()));
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const onKey = (key: string) => {
      if (key === 'q') finish('quit');
      else if (key === '\u0003') finish('SIGINT');
      else if (key === 'b' || key === 's' || key === 'k') apply(press(state, settings, key, clock.now()));
    };
    const stopSignals = deps.onSignal(finish);
    deps.keys?.attach(onKey);
    probe();
    deps.save(state);
    schedule();
  });
}
