import { clockOfDay } from '../core/dates.js';
import { t } from '../core/i18n/translate.js';
import { parsePause } from '../core/remind/pause.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { UsageError } from '../shell/errors.js';
import { readLoopState, writePause } from '../shell/remind-files.js';
import { minutesLeft, statusLine } from '../view/remind.js';

/**
 * `limber remind --status`: one line about the running loop for tmux's status-right or a shell prompt.
 * Nothing at all when no loop runs (JSON says {"running":false}), so a status bar stays clean.
 */
export function remindStatusCommand(ctx: CommandContext, format: 'plain' | 'tmux' | 'json'): void {
  const state = readLoopState(ctx.io.env);
  const now = ctx.now();
  if (format === 'json') {
    if (!state) {
      writeJson(ctx.io, { running: false });
      return;
    }
    const { pid, phase, nextAt, snoozed, pausedUntil, resumesAt, putOffs } = state;
    writeJson(ctx.io, {
      running: true,
      pid,
      phase,
      nextAt,
      minutesLeft: minutesLeft(state, now),
      snoozed,
      pausedUntil,
      resumesAt,
      putOffs,
      text: statusLine(state, now, 'plain'),
    });
    return;
  }
  if (state) writeLine(ctx.io.stdout, statusLine(state, now, format));
}

/** `limber remind --pause`: tells the running loop (through a small file) to pause, or to resume. */
export function remindPauseCommand(ctx: CommandContext, text: string): void {
  const now = ctx.now();
  const request = parsePause(text, now);
  if (typeof request === 'string') throw new UsageError(`--pause: ${request}.`);
  writePause(ctx.io.env, request.kind === 'off' ? null : request.until);
  const running = readLoopState(ctx.io.env) !== undefined;
  const when =
    request.kind === 'until' &&
    (request.until.getDate() === now.getDate() ? clockOfDay(request.until) : t('{time} tomorrow', { time: clockOfDay(request.until) }));
  writeLine(ctx.io.stdout, request.kind === 'off' ? t('Reminders resume.') : t('Reminders paused until {time}.', { time: String(when) }));
  if (!running) writeLine(ctx.io.stderr, ctx.styles.err.dim(t('No reminder loop is running now; a loop started later keeps to this.')));
}
