import type { Clock } from '../../src/core/session/clock.js';

/** A clock that moves only when told to, firing due timers in deadline order. */
export class FakeClock implements Clock {
  time = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward, firing each timer at its own deadline (plus `lateMs`, to model a slow event loop). */
  advance(ms: number, lateMs = 0): void {
    const target = this.time + ms;
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at + lateMs <= target && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at + lateMs);
      due[1].callback();
    }
    this.time = target;
  }

  get pending(): number {
    return this.timers.size;
  }
}
