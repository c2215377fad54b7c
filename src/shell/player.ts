import type { CommandContext } from './context.js';
import { ExitCode, isLimberError } from './errors.js';
import { painStopAbove } from '../core/safety/levels.js';
import { isInteractive } from './io.js';
import { liveBlock, plainCueLine } from '../view/session.js';
import { monotonicClock, type Clock } from '../core/session/clock.js';
import type { Cue, Plan } from '../core/session/plan.js';
import { type RunnerEvent, SessionRunner, type SessionResult } from '../core/session/runner.js';

export type GuideMode = 'live' | 'plain' | 'json';

export interface GuideOptions {
  mode: GuideMode;
  bell: boolean;
  scale: number;
  names: ReadonlyMap<string, string>;
  /** Each technique's cautions, shown with the d key. */
  cautions?: ReadonlyMap<string, readonly string[]>;
  clock?: Clock;
  /** Asks the pain 0-10 after "this hurts"; only in a terminal. */
  askPain?: () => Promise<number>;
  /** Told of every "this hurts" rating, as it is given, so history keeps it even if the process dies next. */
  onPain?: (technique: string, rating: number) => void;
}

export interface GuideResult extends SessionResult {
  /** Pain rated after "this hurts", if it was pressed. */
  pain?: number;
}

/** The NDJSON `cue` event: the same shape for live sessions and --dry-run. */
export const cueEvent = (cue: Cue, scheduledMs: number, atMs: number) => ({
  type: 'cue',
  technique: cue.technique,
  kind: cue.kind,
  text: cue.text,
  seconds: cue.seconds,
  set: cue.set ?? null,
  rep: cue.rep ?? null,
  side: cue.side ?? null,
  caution: cue.caution ?? null,
  scheduledMs: Math.round(scheduledMs * 1000) / 1000,
  atMs: Math.round(atMs * 1000) / 1000,
});

/** The NDJSON `start` event. */
export const startEvent = (plan: Plan) => ({
  type: 'start',
  techniques: [...new Set(plan.cues.map((cue) => cue.technique))],
  plannedSeconds: plan.durationSeconds,
});

const ctrlC = '\u0003';
const showCursor = '\u001b[?25h';

/**
 * Plays a plan in the terminal (live block with ora and keys), as plain lines, or as NDJSON events, and
 * always leaves the terminal as it found it: raw mode off, cursor shown, listeners removed.
 */
export async function guide(ctx: CommandContext, plan: Plan, options: GuideOptions): Promise<GuideResult> {
  const { io } = ctx;
  const c = ctx.styles.out;
  const unitMs = 1000 * options.scale;
  const nameOf = (id: string) => options.names.get(id) ?? id;
  const json = (value: object) => io.stdout.write(`${JSON.stringify(value)}\n`);
  const bell = options.bell && options.mode === 'live';
  const steps = plan.cues.length - 1;

  const spinner =
    options.mode === 'live'
      ? (await import('ora')).default({
          stream: io.stdout as NodeJS.WritableStream,
          discardStdin: false,
          hideCursor: true,
          isEnabled: true,
          color: c.level > 0 ? 'cyan' : false,
          spinner: 'dots',
        })
      : undefined;

  let runner: SessionRunner;
  let pain: number | undefined;
  let hurting = false;
  let showDetails = false;
  const detailsOf = (cue: Cue) => [...(cue.detail ? [cue.detail] : []), ...(options.cautions?.get(cue.technique) ?? []).map((x) => `Caution: ${x}`)];

  const render = (ring = false) => {
    if (!spinner) return;
    const index = runner.currentIndex;
    const cue = plan.cues[index]!;
    spinner.text = liveBlock(
      {
        cue,
        techniqueName: nameOf(cue.technique),
        next: plan.cues[index + 1],
        step: Math.min(index + 1, steps),
        steps,
        remainingInCueMs: runner.remainingInCue(),
        remainingInSessionMs: runner.remainingInSession(),
        elapsedFraction: 1 - runner.remainingInSession() / (plan.durationSeconds * unitMs || 1),
        paused: runner.isPaused,
        unitMs,
        columns: io.stdout.columns ?? 80,
        details: showDetails ? detailsOf(cue) : undefined,
      },
      c,
    );
    // ora draws on its own interval; draw now so a short cue is never missed. The bell rides in that one
    // frame: a separate write to the stream would make ora hold back its drawing.
    if (ring) {
      const block = spinner.text;
      spinner.text = `\u0007${block}`;
      spinner.render();
      spinner.text = block;
    } else {
      spinner.render();
    }
  };

  const onEvent = (event: RunnerEvent) => {
    if (options.mode === 'json') {
      if (event.type === 'cue') {
        json(cueEvent(event.cue, event.scheduledMs, event.atMs));
      } else if (event.type === 'end') {
        json({ type: 'end', completed: event.completed, reason: event.reason, elapsedMs: Math.round(event.elapsedMs * 1000) / 1000 });
      } else if (event.type !== 'tick') {
        json(event);
      }
      return;
    }
    if (options.mode === 'plain') {
      if (event.type === 'cue') io.stdout.write(`${plainCueLine(event.cue, event.atMs / options.scale, nameOf(event.cue.technique))}\n`);
      if (event.type === 'pause') io.stdout.write('Paused.\n');
      if (event.type === 'resume') io.stdout.write('Resumed.\n');
      return;
    }
    if (event.type !== 'end') render(event.type === 'cue' && bell);
  };

  runner = new SessionRunner(plan, { clock: options.clock ?? monotonicClock, scale: options.scale, onEvent });

  const onHurt = async () => {
    if (hurting || !options.askPain) return;
    hurting = true;
    runner.pause();
    spinner?.stop();
    detachKeys();
    try {
      pain = await options.askPain();
    } catch (error) {
      // Ctrl-C at the pain question ends the session as interrupted; anything else is a real failure.
      runner.stop('interrupted');
      if (!(isLimberError(error) && error.exitCode === ExitCode.interrupted)) throw error;
      return;
    } finally {
      hurting = false;
    }
    const technique = plan.cues[runner.currentIndex]!.technique;
    options.onPain?.(technique, pain);
    if (options.mode === 'json') json({ type: 'pain', technique, level: pain });
    if (pain > painStopAbove) {
      runner.stop('pain');
      return;
    }
    io.stderr.write(c.dim(`Skipping ${nameOf(technique)} (left out for the next 48 hours); going on with the next technique.\n`));
    attachKeys();
    spinner?.start();
    runner.skipTechnique();
  };

  let hurtFailure: unknown;
  const onKeyPress = (key: string) => {
    if (key === ctrlC) return runner.stop('interrupted');
    if (key === ' ') return runner.togglePause();
    if (key === 'n') return runner.skipForward();
    if (key === 'b') return runner.skipBack();
    if (key === 'q') return runner.stop('quit');
    if (key === 'd') {
      showDetails = !showDetails;
      return render();
    }
    if (key === 'h') onHurt().catch((error: unknown) => (hurtFailure = error));
  };
  // Keys typed quickly arrive together; escape sequences (arrows, function keys) are ignored whole.
  const onKey = (data: Buffer | string) => {
    const text = data.toString();
    if (text.startsWith('\u001b')) return;
    for (const key of text) {
      if (!runner.isRunning || hurting) return;
      onKeyPress(key);
    }
  };
  const onSigint = () => runner.stop('interrupted');

  const keysWanted = Boolean(io.stdin.isTTY) && options.mode !== 'plain';
  let keysAttached = false;
  function attachKeys() {
    if (!keysWanted || keysAttached) return;
    io.stdin.setRawMode?.(true);
    io.stdin.on('data', onKey);
    io.stdin.resume();
    keysAttached = true;
  }
  function detachKeys() {
    if (!keysAttached) return;
    io.stdin.off('data', onKey);
    io.stdin.setRawMode?.(false);
    io.stdin.pause();
    keysAttached = false;
  }

  process.on('SIGINT', onSigint);
  if (options.mode === 'json') {
    json(startEvent(plan));
  }
  attachKeys();
  spinner?.start();
  let result: SessionResult;
  try {
    result = await runner.start();
  } finally {
    process.off('SIGINT', onSigint);
    spinner?.stop();
    detachKeys();
    if (options.mode === 'live') io.stdout.write(showCursor);
  }
  if (hurtFailure) throw hurtFailure;
  if (bell && result.completed) {
    // A distinct ending: two bells, a beat apart.
    io.stdout.write('\u0007');
    const clock = options.clock ?? monotonicClock;
    await new Promise<void>((resolve) => clock.setTimer(() => resolve(), 250));
    io.stdout.write('\u0007');
  }
  return { ...result, pain };
}

export const guideModeFor = (ctx: CommandContext, json: boolean): GuideMode =>
  json ? 'json' : isInteractive(ctx.io) ? 'live' : 'plain';
