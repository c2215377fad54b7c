import { writeFileSync } from 'node:fs';
import type { Plan } from '../core/session/plan.js';
import type { SessionResult } from '../core/session/runner-events.js';
import { ndjson, startEvent } from '../view/events.js';
import type { CommandContext } from './context.js';
import type { GuideMode, GuideOptions, StopCause } from './guide-options.js';
import { isInteractive } from './io.js';
import { LiveView } from './live-view.js';
import { figureCharset } from './poses.js';
import { SessionPlayer } from './session-player.js';

export interface GuideResult extends SessionResult {
  /** Pain rated after "this hurts", if it was pressed. */
  pain?: number;
  /** Set when the session was interrupted from outside. */
  stoppedBy?: StopCause;
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const showCursor = '\u001b[?25h';

/**
 * Plays a plan in the terminal (live block with ora and keys), as plain lines, or as NDJSON events, and
 * always leaves the terminal as it found it: raw mode off, cursor shown, listeners removed.
 */
export async function guide(ctx: CommandContext, plan: Plan, options: GuideOptions): Promise<GuideResult> {
  const { io } = ctx;
  const view = options.mode === 'live' ? await LiveView.open(io.stdout, ctx.styles.out, figureCharset(io.env) === 'braille') : undefined;
  const player = new SessionPlayer(ctx, plan, { ...options, bell: options.bell && options.mode === 'live' }, view);
  // Ctrl-C, a closed terminal (SIGHUP) and SIGTERM all end the session as interrupted, recorded and tidy.
  const handlers = signals.map((signal) => [signal, () => player.stopFromOutside(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const stopListening = io.onOutputClosed?.(() => {
    view?.stop();
    player.stopFromOutside('output-closed');
  });
  if (options.mode === 'json') io.stdout.write(ndjson(startEvent(plan)));
  if (options.mode !== 'plain') player.keys.attach();
  view?.start();
  const stopResizing = view?.onResize(() => player.redraw());
  // Ten figure frames a second, each drawn only when the figure moved and no deadline is near (see animate).
  const frames = view && options.figures ? setInterval(() => player.animate(), 100) : undefined;
  let result: SessionResult;
  try {
    result = await player.runner.start();
  } finally {
    clearInterval(frames);
    for (const [signal, handler] of handlers) process.off(signal, handler);
    stopListening?.();
    stopResizing?.();
    view?.stop();
    player.keys.detach();
    if (options.mode === 'live' && player.stoppedBy !== 'output-closed') io.stdout.write(showCursor);
  }
  const log = ctx.io.env.LIMBER_TIMING_LOG;
  if (log) writeFileSync(log, `${JSON.stringify({ lateness: player.lateness, cpu: process.cpuUsage(), uptimeMs: process.uptime() * 1000 })}\n`);
  if (player.failure) throw player.failure;
  if (options.bell && options.mode === 'live' && result.completed) await player.ringEnd();
  return { ...result, pain: player.pain, stoppedBy: player.stoppedBy };
}

/**
 * The live view redraws in place, which needs a terminal that knows its width and understands cursor
 * movement: a terminal reporting 0 columns (a container before its size is known) or TERM=dumb gets plain lines,
 * as does anyone who asks for them (--plain, LIMBER_PLAIN): a screen reader reads redraws and Braille as noise.
 */
export const guideModeFor = (ctx: CommandContext, json: boolean, plain = false): GuideMode => {
  if (json) return 'json';
  const { io } = ctx;
  if (plain || isPlainRequested(io.env)) return 'plain';
  return isInteractive(io) && (io.stdout.columns ?? 0) > 0 && io.env.TERM !== 'dumb' ? 'live' : 'plain';
};

/** LIMBER_PLAIN=1 (anything but empty or 0): the screen-reader mode, as --plain. */
export const isPlainRequested = (env: NodeJS.ProcessEnv): boolean => Boolean(env.LIMBER_PLAIN) && env.LIMBER_PLAIN !== '0';
