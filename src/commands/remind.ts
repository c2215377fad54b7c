import { t } from '../core/i18n/translate.js';
import { monotonicClock } from '../shell/clock.js';
import { loadConfig } from '../shell/config-source.js';
import type { CommandContext } from '../shell/context.js';
import { ExitCode, Interrupted, isLimberError } from '../shell/errors.js';
import { openHistory } from '../shell/history-log.js';
import type { InStream } from '../shell/io.js';
import { KeyReader } from '../shell/keys.js';
import { latestSession, watchLatestSession } from '../shell/latest-session.js';
import { findNotifier, type Notifier } from '../shell/notify.js';
import { readPause, removeLoopState } from '../shell/remind-files.js';
import { type LoopDeps, type LoopEnd, remindLoop } from '../shell/remind-loop.js';
import { findIdleSource, type IdleSource, quietReason, type SystemProbes, systemProbes } from '../shell/system-probes.js';
import { parseTimeScale } from '../shell/time-scale.js';
import { ndjson } from '../view/events.js';
import { keysLine, minutes } from '../view/remind.js';
import { reporter } from './remind-report.js';
import { type RemindOptions, type ResolvedRemind, resolveRemind } from './remind-settings.js';

export interface RemindLoopOptions extends RemindOptions {
  emergencyNumber?: string;
}

const signalEnds: Record<Exclude<LoopEnd, 'quit'>, number> = { SIGINT: ExitCode.interrupted, SIGHUP: ExitCode.hangUp, SIGTERM: ExitCode.terminated };

/** Says once, at the start, what this system lets the loop use: idle time, notifications, working hours. */
function introduce(
  ctx: CommandContext,
  r: ResolvedRemind,
  idle: IdleSource | { none: string },
  notifier: Notifier | { none: string },
  keys: boolean,
): void {
  const { err } = ctx.styles;
  const hours =
    r.hoursText || r.daysText
      ? ` ${t('Working hours: {hours}, {days}.', { hours: r.hoursText ?? t('all day'), days: r.daysText ?? t('every day') })}`
      : '';
  const every = t('every {every} of work; a snooze is {snooze}; at most {limit} put off in a row.', {
    every: minutes(r.wording.everyMinutes),
    snooze: minutes(r.wording.snoozeMinutes),
    limit: r.wording.putOffLimit,
  });
  const lines = [
    `${err.bold(t('Reminders'))} ${every}${hours}`,
    'name' in idle
      ? t('Idle time from {source}: {minutes} away from the keyboard counts as a break.', {
          source: idle.name,
          minutes: minutes(r.wording.awayMinutes),
        })
      : t('Idle time cannot be told here ({why}): counting clock time.', { why: idle.none }),
    'name' in notifier
      ? t('Desktop notifications through {name}.', { name: notifier.name })
      : t('No desktop notifications: {why}. The bell and this pane remind you.', { why: notifier.none }),
    keys ? keysLine(r.wording) : t("No terminal for keys: run 'limber break' when reminded."),
  ];
  ctx.io.stderr.write(`${lines.join('\n')}\n`);
}

/** A break in the pane: the same screened break as `limber break`; its outcome from the history it wrote. */
async function breakInPane(ctx: CommandContext, options: RemindLoopOptions, bell: boolean): Promise<string> {
  ctx.io.stdout.write('\n');
  const { breakCommand } = await import('./session/commands.js');
  await breakCommand(ctx, { emergencyNumber: options.emergencyNumber, bell });
  return latestSession(openHistory(ctx))?.outcome ?? 'completed';
}

/** Keys for the loop; a new reader each time, since a break in between reads the keys itself. */
function paneKeys(stdin: InStream): LoopDeps['keys'] {
  let reader: KeyReader | undefined;
  return {
    attach(onKey) {
      reader = new KeyReader(stdin, (key) => {
        onKey(key);
        return undefined;
      });
      reader.attach();
    },
    detach() {
      reader?.detach();
      reader = undefined;
    },
  };
}

function onSignal(handler: (signal: LoopEnd) => void): () => void {
  const handlers = (['SIGINT', 'SIGHUP', 'SIGTERM'] as const).map((signal) => [signal, () => handler(signal)] as const);
  for (const [signal, listener] of handlers) process.on(signal, listener);
  return () => {
    for (const [signal, listener] of handlers) process.off(signal, listener);
  };
}

interface LoopParts {
  idle: IdleSource | { none: string };
  notifier: Notifier | { none: string };
  probes: SystemProbes;
  keys: LoopDeps['keys'];
  scale: number;
}

/** The real parts of the loop: the monotonic clock, the probes, the pane, the files, the signals. */
function loopDeps(ctx: CommandContext, options: RemindLoopOptions, r: ResolvedRemind, parts: LoopParts): LoopDeps {
  const { idle, notifier, probes, scale } = parts;
  const out = reporter(ctx, {
    store: openHistory(ctx),
    settings: r.settings,
    wording: r.wording,
    notifier: 'name' in notifier ? notifier : undefined,
    json: Boolean(options.json),
    bell: r.bell,
    monoNow: monotonicClock.now,
  });
  const sessions = watchLatestSession(openHistory(ctx));
  return {
    clock: monotonicClock,
    wall: () => ctx.now().getTime(),
    settings: r.settings,
    tickMs: Math.max(50, 1000 * scale),
    probeMs: Math.max(200, 5000 * scale),
    probe: async () => ({
      idleMs: 'name' in idle ? await idle.read() : null,
      quiet: await quietReason(probes, r.deferIf),
      lastSession: sessions(),
    }),
    readPause: () => readPause(ctx.io.env),
    report: out.report,
    save: out.save,
    keys: parts.keys,
    runBreak: () => breakInPane(ctx, options, r.bell),
    onSignal,
  };
}

/** `limber remind`: the loop in a spare terminal or tmux pane, until q, Ctrl-C or a safety stop. */
export async function remindCommand(ctx: CommandContext, options: RemindLoopOptions): Promise<void> {
  const { io } = ctx;
  const scale = parseTimeScale(io.env);
  const config = await loadConfig(io.env);
  const r = resolveRemind(options, config, scale);
  options.emergencyNumber ??= config.emergencyNumber;
  const probes = systemProbes(io.env);
  const idle = r.useIdle ? await findIdleSource(probes) : { none: t('turned off') };
  const notifier = r.notify ? findNotifier(io.env, process.platform) : { none: t('turned off') };
  const keys = io.stdin.isTTY ? paneKeys(io.stdin) : undefined;
  if (options.json)
    io.stdout.write(
      ndjson({
        type: 'start',
        every: r.wording.everyMinutes,
        snooze: r.wording.snoozeMinutes,
        limit: r.wording.putOffLimit,
        idle: 'name' in idle ? idle.name : null,
        notifications: 'name' in notifier ? notifier.name : null,
      }),
    );
  else introduce(ctx, r, idle, notifier, keys !== undefined);
  let end: LoopEnd;
  try {
    end = await remindLoop(loopDeps(ctx, options, r, { idle, notifier, probes, keys, scale }));
  } catch (error) {
    if (isLimberError(error) && error.exitCode !== ExitCode.interrupted) io.stderr.write(ctx.styles.err.yellow(`${t('Reminders stopped.')}\n`));
    throw error;
  } finally {
    removeLoopState(io.env);
  }
  if (end !== 'quit') throw new Interrupted(t('Reminders stopped.'), signalEnds[end]);
  io.stderr.write(`${t('Reminders stopped.')}\n`);
}
