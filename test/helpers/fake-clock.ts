import type { Clock } from '../../src/core/session/clock.js';

interface Timer {
  at: number;
  delayMs: number;
  callback: () => void;
}

/** A clock that moves only when told to, firing due timers in deadline order. */
export class FakeClock implements Clock {
  time = 0;
  private timers = new Map<number, Timer>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, delayMs), delayMs, callback });
    return id;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /**
   * Moves time forward, firing each timer at its own deadline plus `lateMs`, to model a slow event loop. A
   * negative `lateMs` models Node's timers firing early, as they do when set late in a turn of the loop; a
   * timer shorter than twice that is on time, as a fresh short timer is.
   */
  advance(ms: number, lateMs = 0): void {
    const target = this.time + ms;
    const fireAt = (timer: Timer) => timer.at + (lateMs >= 0 || timer.delayMs > -2 * lateMs ? lateMs : 0);
    for (;;) {
      let due: [number, Timer] | undefined;
      for (const entry of this.timers) if (fireAt(entry[1]) <= target && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, fireAt(due[1]));
      due[1].callback();
    }
    this.time = target;
  }

  get pending(): number {
    return this.timers.size;
  }
}
