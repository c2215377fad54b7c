import { t } from '../core/i18n/translate.js';
import { decideOnce, type OnceAction } from '../core/remind/once.js';
import { loadConfig } from '../shell/config-source.js';
import { type CommandContext, writeLine } from '../shell/context.js';
import { openHistory } from '../shell/history-log.js';
import { findNotifier } from '../shell/notify.js';
import { readOnceMemory, readPause, writeOnceMemory } from '../shell/remind-files.js';
import { findIdleSource, quietReason, systemProbes } from '../shell/system-probes.js';
import { parseTimeScale } from '../shell/time-scale.js';
import { ndjson } from '../view/events.js';
import { minutes } from '../view/remind.js';
import type { RemindOptions } from './remind-settings.js';
import { resolveRemind } from './remind-settings.js';

const said: Record<Exclude<OnceAction, 'remind'>, () => string> = {
  defer: () => t('A break is due, and waits'),
  wait: () => t('No break due yet'),
  paused: () => t('Reminders are paused'),
  'off-hours': () => t('Outside working hours'),
  idle: () => t('Away from the keyboard: that counts as a break'),
};

/** The end of the latest break the history knows: a session, or a break or time away the loop recorded. */
function lastBreakAt(ctx: CommandContext): number | null {
  const records = openHistory(ctx).readRecent({ maxBytes: 64 * 1024 }).records;
  const last = records.findLast((r) => r.type === 'session-end' || (r.type === 'remind' && (r.event === 'break' || r.event === 'idle')));
  return last ? Date.parse(last.at) : null;
}

/**
 * `limber remind --once`: one look, for cron or a systemd timer. A small memory file carries the interval from
 * run to run; a break in the history restarts it. It reminds with a notification and the bell, and records it.
 */
export async function remindOnceCommand(ctx: CommandContext, options: RemindOptions): Promise<void> {
  const { io } = ctx;
  const scale = parseTimeScale(io.env);
  const r = resolveRemind(options, await loadConfig(io.env), scale);
  const probes = systemProbes(io.env);
  const idle = r.useIdle ? await findIdleSource(probes) : undefined;
  const now = ctx.now().getTime();
  const quiet = await quietReason(probes, r.deferIf);
  const decision = decideOnce({
    now,
    memory: readOnceMemory(io.env),
    lastBreakAt: lastBreakAt(ctx),
    idleMs: idle && 'name' in idle ? await idle.read() : null,
    quiet,
    pausedUntil: readPause(io.env),
    everyMs: r.settings.everyMs,
    awayMs: r.settings.awayMs,
    staleMs: 15 * 60_000 * scale,
    hours: r.settings.hours,
  });
  writeOnceMemory(io.env, decision.memory);
  const at = new Date(now).toISOString();
  if (decision.action === 'remind' || decision.action === 'defer' || decision.action === 'idle') {
    openHistory(ctx).append({ type: 'remind', at, event: decision.action === 'remind' ? 'reminder' : decision.action });
  }
  const notifier = decision.action === 'remind' && r.notify ? findNotifier(io.env, process.platform) : undefined;
  const text = t("Time for a break: {minutes} of work. Run 'limber break'.", { minutes: minutes(r.wording.everyMinutes) });
  // The process is about to end: wait for the notification to be handed over, so a failure can be told.
  const notified =
    notifier && 'name' in notifier ? await new Promise<boolean>((done) => notifier.send(t('limber: time for a break'), text, done)) : null;
  if (options.json) {
    const due = decision.dueAt === undefined ? {} : { dueAt: new Date(decision.dueAt).toISOString() };
    io.stdout.write(
      ndjson({ type: decision.action === 'remind' ? 'reminder' : decision.action, at, ...due, ...(quiet ? { reason: quiet } : {}), notified }),
    );
    return;
  }
  if (decision.action === 'remind') writeLine(io.stdout, `${r.bell && io.stdout.isTTY ? '\u0007' : ''}${text}`);
  else {
    const left =
      decision.dueAt === undefined ? '' : ` (${t('next in {count} min', { count: Math.max(1, Math.ceil((decision.dueAt - now) / 60_000)) })})`;
    writeLine(io.stdout, `${said[decision.action]()}${decision.action === 'defer' ? `: ${quiet}` : ''}${left}.`);
  }
  if (notified === false) writeLine(io.stderr, ctx.styles.err.yellow(t('The desktop notification failed.')));
}
