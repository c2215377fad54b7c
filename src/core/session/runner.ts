import type { Clock } from './clock.js';
import type { Plan } from './plan.js';
import type { EndReason, RunnerEvent, RunnerOptions, SessionResult } from './runner-events.js';

/**
 * Plays a plan against absolute deadlines. Cue i is due at `origin + offset[i]`, where the offsets come
 * straight from the plan and `origin` is the session start; waits are never added up, so timer lateness
 * does not accumulate. Pausing moves `origin` forward by the pause; skipping moves it so the target cue
 * is due now.
 */
export class SessionRunner {
  private readonly offsets: number[];
  private readonly endOffset: number;
  private readonly clock: Clock;
  private readonly unitMs: number;
  private readonly emit: (event: RunnerEvent) => void;
  private startedAt = 0;
  private origin = 0;
  /** Index of the next cue to fire. */
  private next = 0;
  private timer: unknown;
  private pausedAt: number | undefined;
  private pausedTotal = 0;
  /** The cue and countdown second of the last tick. */
  private shownTick: string | undefined;
  private finish: ((result: SessionResult) => void) | undefined;

  constructor(
    private readonly plan: Plan,
    options: RunnerOptions,
  ) {
    this.clock = options.clock;
    this.unitMs = 1000 * (options.scale ?? 1);
    this.emit = options.onEvent;
    this.offsets = plan.cues.map((c) => c.startSeconds * this.unitMs);
    this.endOffset = plan.durationSeconds * this.unitMs;
  }

  get isPaused(): boolean {
    return this.pausedAt !== undefined;
  }

  get isRunning(): boolean {
    return this.finish !== undefined;
  }

  /** The cue on screen now (the last one fired). */
  get currentIndex(): number {
    return Math.max(0, this.next - 1);
  }

  /** Milliseconds left in the current cue (frozen while paused). */
  remainingInCue(): number {
    return Math.max(0, this.nextDeadline() - (this.pausedAt ?? this.clock.now()));
  }

  /** Milliseconds of the plan left from now (frozen while paused). */
  remainingInSession(): number {
    const now = this.pausedAt ?? this.clock.now();
    return Math.max(0, this.origin + this.endOffset - now);
  }

  start(): Promise<SessionResult> {
    this.startedAt = this.clock.now();
    this.origin = this.startedAt;
    return new Promise((resolve) => {
      this.finish = resolve;
      this.wake();
    });
  }

  pause(): void {
    if (!this.isRunning || this.isPaused) return;
    this.pausedAt = this.clock.now();
    this.clock.clearTimer(this.timer);
    this.emit({ type: 'pause', atMs: this.pausedAt - this.startedAt });
  }

  resume(): void {
    if (!this.isRunning || this.pausedAt === undefined) return;
    const now = this.clock.now();
    const pausedMs = now - this.pausedAt;
    this.origin += pausedMs;
    this.pausedTotal += pausedMs;
    this.pausedAt = undefined;
    this.emit({ type: 'resume', atMs: now - this.startedAt, pausedMs });
    this.schedule();
  }

  togglePause(): void {
    if (this.isPaused) this.resume();
    else this.pause();
  }

  /** Jump to the next cue now. */
  skipForward(): void {
    this.jumpTo(Math.min(this.next, this.offsets.length - 1));
  }

  /** Go back to the cue before the current one (or restart the first). */
  skipBack(): void {
    this.jumpTo(Math.max(0, this.currentIndex - 1));
  }

  /** Leave the current technique: jump to the next technique's first cue, or to the end. */
  skipTechnique(): void {
    const current = this.plan.cues[this.currentIndex]!.technique;
    let target = this.currentIndex + 1;
    while (target < this.plan.cues.length - 1 && this.plan.cues[target]!.technique === current) target++;
    this.jumpTo(Math.min(target, this.plan.cues.length - 1));
  }

  stop(reason: Exclude<EndReason, 'completed'>): void {
    this.end(reason);
  }

  private jumpTo(index: number): void {
    if (!this.isRunning) return;
    const now = this.clock.now();
    const from = this.currentIndex;
    if (this.pausedAt !== undefined) {
      this.pausedTotal += now - this.pausedAt;
      this.pausedAt = undefined;
    }
    this.clock.clearTimer(this.timer);
    this.origin = now - this.offsets[index]!;
    this.next = index;
    this.emit({ type: 'skip', from, to: index, atMs: now - this.startedAt });
    this.wake();
  }

  /** Fire every cue that is due, then sleep until the next deadline or countdown second. */
  private wake(): void {
    if (!this.isRunning || this.isPaused) return;
    const now = this.clock.now();
    while (this.next < this.offsets.length && this.origin + this.offsets[this.next]! <= now) {
      const index = this.next++;
      this.emit({
        type: 'cue',
        index,
        cue: this.plan.cues[index]!,
        scheduledMs: this.origin + this.offsets[index]! - this.startedAt,
        atMs: now - this.startedAt,
      });
      if (!this.isRunning || this.isPaused) return;
    }
    if (this.next >= this.offsets.length && this.origin + this.endOffset <= now) {
      this.end('completed');
      return;
    }
    if (this.next > 0) this.tick(now);
    this.schedule(now);
  }

  /**
   * A tick when the countdown shows a new second. A timer may fire a little early (Node measures from the start
   * of the loop's turn); that wake shows nothing new, so it must not cost a redraw just before a deadline.
   */
  private tick(now: number): void {
    const remainingMs = Math.max(0, this.nextDeadline() - now);
    const shown = `${this.currentIndex}:${Math.ceil(remainingMs / this.unitMs)}`;
    if (shown === this.shownTick) return;
    this.shownTick = shown;
    this.emit({ type: 'tick', index: this.currentIndex, remainingMs, atMs: now - this.startedAt });
  }

  /** When the next cue is due, or the end when every cue has fired. */
  private nextDeadline(): number {
    return this.origin + (this.next < this.offsets.length ? this.offsets[this.next]! : this.endOffset);
  }

  /**
   * Sleeps until the cue's deadline, or sooner at the next whole countdown second for the live display. The
   * wake time is counted from the clock reading `from` that the last tick was judged by, not from a fresh one:
   * if a second began between the two readings, a fresh one would sleep past that second's tick.
   */
  private schedule(from = this.clock.now()): void {
    const untilDue = this.nextDeadline() - from;
    const wakeAt = from + (untilDue > this.unitMs ? untilDue % this.unitMs || this.unitMs : untilDue);
    this.clock.clearTimer(this.timer);
    this.timer = this.clock.setTimer(() => this.wake(), Math.max(0, wakeAt - this.clock.now()));
  }

  private end(reason: EndReason): void {
    if (!this.finish) return;
    this.clock.clearTimer(this.timer);
    const now = this.clock.now();
    if (this.pausedAt !== undefined) this.pausedTotal += now - this.pausedAt;
    this.pausedAt = undefined;
    const finish = this.finish;
    this.finish = undefined;
    const elapsedMs = now - this.startedAt;
    const completed = reason === 'completed';
    this.emit({ type: 'end', reason, completed, elapsedMs, pausedMs: this.pausedTotal });
    finish({ reason, completed, elapsedMs, pausedMs: this.pausedTotal, reachedIndex: this.currentIndex });
  }
}
