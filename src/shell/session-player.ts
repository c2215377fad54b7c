import { t } from '../core/i18n/translate.js';
import { painLeftOutHours, painStopAbove } from '../core/safety/levels.js';
import type { Clock } from '../core/session/clock.js';
import type { Cue, Plan } from '../core/session/plan.js';
import { SessionRunner } from '../core/session/runner.js';
import type { RunnerEvent } from '../core/session/runner-events.js';
import { cueEvent, endEvent, ndjson, painEvent } from '../view/events.js';
import { liveBlock, plainCueLine } from '../view/session.js';
import { monotonicClock } from './clock.js';
import type { CommandContext } from './context.js';
import { ExitCode, isLimberError } from './errors.js';
import { FigureFrames } from './figure-frames.js';
import type { GuideOptions, StopCause } from './guide-options.js';
import { KeyReader } from './keys.js';
import type { LiveView } from './live-view.js';
import { VoiceCues } from './voice-cues.js';

const ctrlC = '\u0003';
/** No figure frame is drawn closer than this to a cue's deadline, so that drawing never makes a cue late. */
const frameClearanceMs = 25;

/** One session played: the runner's events drawn, keys handled, "this hurts" asked, the terminal restored. */
export class SessionPlayer {
  readonly runner: SessionRunner;
  readonly keys: KeyReader;
  private readonly clock: Clock;
  pain: number | undefined;
  /** How late each cue was, in every mode, for LIMBER_TIMING_LOG (npm run bench measures the live view). */
  readonly lateness: number[] = [];
  failure: unknown;
  stoppedBy: StopCause | undefined;
  private hurting = false;
  private showDetails = false;
  private readonly frames: FigureFrames | undefined;
  private readonly voice: VoiceCues | undefined;

  constructor(
    private readonly ctx: CommandContext,
    private readonly plan: Plan,
    private readonly options: GuideOptions,
    private readonly view: LiveView | undefined,
  ) {
    this.clock = options.clock ?? monotonicClock;
    this.runner = new SessionRunner(plan, { clock: this.clock, scale: options.scale, onEvent: (event) => this.onEvent(event) });
    this.keys = new KeyReader(ctx.io.stdin, (key) => this.onKey(key));
    this.frames = options.figures && new FigureFrames(plan, options.figures.poses, options.figures.charset);
    this.voice = options.speaker && new VoiceCues(options.speaker, plan, this.nameOf, options.scale);
  }

  private nameOf = (id: string) => this.options.names.get(id) ?? id;
  /** Once the output has gone, nothing more is written to it. */
  private write = (text: string) => this.stoppedBy === 'output-closed' || this.ctx.io.stdout.write(text);

  /** Stops the session from outside, remembering the first cause. */
  stopFromOutside(cause: StopCause): void {
    this.stoppedBy ??= cause;
    this.runner.stop('interrupted');
  }

  private detailsOf(cue: Cue): string[] {
    return [...(cue.detail ? [cue.detail] : []), ...(this.options.cautions?.get(cue.technique) ?? []).map((x) => `Caution: ${x}`)];
  }

  /** The next figure frame, unless a deadline is near: a drawing takes milliseconds, and that cue draws anyway. */
  animate(): void {
    const { runner } = this;
    const remainingMs = runner.remainingInCue();
    if (!this.view || !runner.isRunning || runner.isPaused || this.hurting || remainingMs < frameClearanceMs) return;
    // A hold stands still: only a figure that has moved is worth drawing.
    const figure = this.frames?.frame(runner.currentIndex, remainingMs, 1000 * this.options.scale);
    if (this.frames?.moved(figure)) this.render(false, figure);
  }

  /** The block laid out again (the terminal was resized), paused or not, unless the pain question has the screen. */
  redraw(): void {
    if (this.runner.isRunning && !this.hurting) this.render();
  }

  /** Draws the block now; `figure` when already drawn. */
  private render(ring = false, figure?: string[]): void {
    if (!this.view) return;
    const { runner, plan } = this;
    const index = runner.currentIndex;
    const cue = plan.cues[index]!;
    const unitMs = 1000 * this.options.scale;
    const block = liveBlock(
      {
        cue,
        techniqueName: this.nameOf(cue.technique),
        next: plan.cues[index + 1],
        step: Math.min(index + 1, plan.cues.length - 1),
        steps: plan.cues.length - 1,
        remainingInCueMs: runner.remainingInCue(),
        remainingInSessionMs: runner.remainingInSession(),
        elapsedFraction: 1 - runner.remainingInSession() / (plan.durationSeconds * unitMs || 1),
        paused: runner.isPaused,
        unitMs,
        columns: this.ctx.io.stdout.columns ?? 80,
        details: this.showDetails ? this.detailsOf(cue) : undefined,
        figure: figure ?? this.frames?.frame(index, runner.remainingInCue(), unitMs),
      },
      this.ctx.styles.out,
    );
    this.view.draw(block, ring);
  }

  private onEvent(event: RunnerEvent): void {
    const { mode, scale, bell } = this.options;
    if (event.type === 'cue') this.lateness.push(event.atMs - event.scheduledMs);
    this.voice?.onEvent(event);
    if (mode === 'json') {
      if (event.type === 'cue') this.write(ndjson(cueEvent(event.cue, event.scheduledMs, event.atMs)));
      else if (event.type === 'end') this.write(ndjson(endEvent(event.completed, event.reason, event.elapsedMs)));
      else if (event.type !== 'tick') this.write(ndjson(event));
    } else if (mode === 'plain') {
      if (event.type === 'cue') this.write(`${plainCueLine(event.cue, event.atMs / scale, this.nameOf(event.cue.technique))}\n`);
      if (event.type === 'pause') this.write('Paused.\n');
      if (event.type === 'resume') this.write('Resumed.\n');
    } else if (event.type !== 'end') {
      this.render(event.type === 'cue' && bell);
    }
  }

  /** A key from the terminal; false stops reading the rest of what was typed. */
  private onKey(key: string): boolean {
    const { runner } = this;
    if (!runner.isRunning || this.hurting) return false;
    if (key === ctrlC) this.stopFromOutside('SIGINT');
    else if (key === ' ') runner.togglePause();
    else if (key === 'n') runner.skipForward();
    else if (key === 'b') runner.skipBack();
    else if (key === 'q') runner.stop('quit');
    else if (key === 'd') {
      this.showDetails = !this.showDetails;
      this.render();
    } else if (key === 'h') this.onHurt().catch((error: unknown) => (this.failure = error));
    return true;
  }

  /** "This hurts": pause, ask the pain, record it; above the limit the session ends, else the technique is skipped. */
  private async onHurt(): Promise<void> {
    if (this.hurting || !this.options.askPain) return;
    this.hurting = true;
    this.runner.pause();
    this.view?.stop();
    this.keys.detach();
    let pain: number;
    try {
      pain = await this.options.askPain();
    } catch (error) {
      // Ctrl-C at the pain question ends the session as interrupted; anything else is a real failure.
      this.runner.stop('interrupted');
      if (!(isLimberError(error) && error.exitCode === ExitCode.interrupted)) throw error;
      return;
    } finally {
      this.hurting = false;
    }
    this.pain = pain;
    const technique = this.plan.cues[this.runner.currentIndex]!.technique;
    this.options.onPain?.(technique, pain);
    if (this.options.mode === 'json') this.write(ndjson(painEvent(technique, pain)));
    if (pain > painStopAbove) return this.runner.stop('pain');
    this.ctx.io.stderr.write(
      this.ctx.styles.err.dim(
        `${t('Skipping {name} (left out for the next {hours} hours); going on with the next technique.', { name: this.nameOf(technique), hours: painLeftOutHours })}\n`,
      ),
    );
    if (this.options.mode !== 'plain') this.keys.attach();
    this.view?.start();
    this.runner.skipTechnique();
  }

  /** A distinct ending: two bells, a beat apart, on the injected clock. */
  async ringEnd(): Promise<void> {
    if (this.stoppedBy) return;
    this.write('\u0007');
    await new Promise<void>((resolve) => this.clock.setTimer(() => resolve(), 250));
    this.write('\u0007');
  }
}
