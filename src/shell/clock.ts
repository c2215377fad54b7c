import type { Clock } from '../core/session/clock.js';

/** The real clock: monotonic time (it never jumps with the wall clock) and one-shot timers. */
export const monotonicClock: Clock = {
  now: () => performance.now(),
  setTimer: (callback, delayMs) => setTimeout(callback, Math.max(0, delayMs)),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
