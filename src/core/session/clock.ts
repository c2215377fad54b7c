/** Time as the runner sees it: a monotonic clock and one-shot timers. The shell gives the real one; tests a fake. */
export interface Clock {
  /** Milliseconds on a monotonic clock (never jumps with the wall clock). */
  now(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}
