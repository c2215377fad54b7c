import { randomUUID } from 'node:crypto';
import type { SessionOutcome } from '../../core/history/records.js';
import { t, tn } from '../../core/i18n/translate.js';
import { defaultEmergencyNumber } from '../../core/safety/emergency.js';
import { painLeftOutHours, painStopAbove } from '../../core/safety/levels.js';
import { fillText } from '../../core/safety/triage.js';
import { type Plan, type PlanItem, planSession } from '../../core/session/plan.js';
import type { EndReason } from '../../core/session/runner-events.js';
import type { CommandContext } from '../../shell/context.js';
import { ExitCode, Interrupted, SafetyStop } from '../../shell/errors.js';
import type { GuideMode } from '../../shell/guide-options.js';
import { isInteractive } from '../../shell/io.js';
import { type GuideResult, guide, guideModeFor } from '../../shell/player.js';
import { figureCharset, poseLibrary } from '../../shell/poses.js';
import { safetyData } from '../../shell/safety-data.js';
import { findSpeaker, type Speaker } from '../../shell/speech.js';
import { cueEvent, ndjson, startEvent } from '../../view/events.js';
import { plainCueLine } from '../../view/session.js';
import { clockTime, headedNote, noteWidth, terminalSafe, wrapText } from '../../view/text.js';
import type { SessionSetup } from './screen.js';

export interface SessionOptions {
  answers?: string;
  emergencyNumber?: string;
  json?: boolean;
  dryRun?: boolean;
  bell?: boolean;
  /** false with --no-figures. */
  figures?: boolean;
  /** --plain: one line per cue, for screen readers. */
  plain?: boolean;
  /** --voice / --no-voice; config.json's "voice" when neither is given. */
  voice?: boolean;
}

const sessionOutcomeFor: Record<EndReason, SessionOutcome> = {
  completed: 'completed',
  quit: 'stopped-early',
  interrupted: 'interrupted',
  pain: 'stopped-by-pain',
};

/** The plan, written at once: a write per cue was a system call per line. */
function printDryRun(ctx: CommandContext, plan: Plan, names: ReadonlyMap<string, string>, options: SessionOptions, scale: number): void {
  const lines = plan.cues.map((cue) => {
    const ms = cue.startSeconds * 1000 * scale;
    return options.json
      ? ndjson(cueEvent(cue, ms, ms))
      : `${plainCueLine(cue, cue.startSeconds * 1000, names.get(cue.technique) ?? cue.technique)}\n`;
  });
  if (!options.json) lines.push(`${t('Planned time: {time}', { time: clockTime(plan.durationSeconds) })}\n`);
  ctx.io.stdout.write(lines.join(''));
}

/** After the session: how does the back feel? Recorded; "worse" gets advice. Only at a terminal. */
async function askFeeling(ctx: CommandContext, prompter: import('../../shell/prompts.js').Prompter, setup: SessionSetup, session: string) {
  const feeling = await prompter.choose(t('How does your back feel now?'), [
    { value: 'better', name: t('Better') },
    { value: 'same', name: t('About the same') },
    { value: 'worse', name: t('Worse') },
  ]);
  setup.store.append({ type: 'feeling', at: ctx.now().toISOString(), session, feeling });
  if (feeling === 'worse') {
    ctx.io.stderr.write(
      `${ctx.styles.err.yellow(t('Thanks for saying.'))} ${t("Ease off for today. If stretching keeps leaving your back worse, stop these exercises and get it checked by a doctor or physiotherapist; 'limber check' can help you decide how soon.")}\n`,
    );
  }
}

const widthOf = (ctx: CommandContext) => noteWidth(ctx.io.stderr.columns);

/** Before the first cue: what the session holds, and the stop rule, every time. */
function announce(ctx: CommandContext, items: readonly PlanItem[], plan: Plan, mode: GuideMode, emergency: string): void {
  const c = ctx.styles.err;
  const width = widthOf(ctx);
  if (mode !== 'json') {
    const heading = `${tn(items.length, '{count} technique', '{count} techniques')}, ${clockTime(plan.durationSeconds)}:`;
    const list = items
      .map((i) => (i.gentle ? t('{name} (gentle)', { name: terminalSafe(i.technique.name) }) : terminalSafe(i.technique.name)))
      .join(', ');
    ctx.io.stderr.write(`${headedNote(heading, list, width, c.bold)}\n`);
  }
  const keys = mode === 'live' ? ` ${t('Press h to say it hurts, d for details.')}` : '';
  ctx.io.stderr.write(`${c.yellow.bold(wrapText(`${fillText(safetyData().stopRule, emergency)}${keys}`, width))}\n`);
}

/** After the last cue: interrupted and pain stops end here (130, 3); otherwise how long it took. */
function sumUp(
  ctx: CommandContext,
  result: GuideResult,
  plan: Plan,
  names: ReadonlyMap<string, string>,
  mode: GuideMode,
  scale: number,
  emergency: string,
): void {
  const c = ctx.styles.err;
  const elapsed = clockTime(result.elapsedMs / 1000 / scale);
  if (result.reason === 'interrupted') {
    // After a broken pipe nothing more is printed; a signal exits 128 + its number.
    if (result.stoppedBy === 'output-closed') throw new Interrupted('', ExitCode.outputClosed);
    const code = result.stoppedBy === 'SIGTERM' ? ExitCode.terminated : result.stoppedBy === 'SIGHUP' ? ExitCode.hangUp : ExitCode.interrupted;
    throw new Interrupted(t('Interrupted after {time}; the session is in your history as interrupted.', { time: elapsed }), code);
  }
  if (result.reason === 'pain') {
    const id = plan.cues[result.reachedIndex]!.technique;
    const hurt = terminalSafe(names.get(id) ?? id);
    const text = t(
      'Pain above {limit}/10 is a signal to stop. Rest. {name} is left out for the next {hours} hours, and your next session asks whether the pain has settled. If it does not settle within a day or two, or keeps coming back, book a doctor or physiotherapist. If it is severe or comes with other symptoms, call your emergency number ({emergency}).',
      { limit: painStopAbove, name: hurt, hours: painLeftOutHours, emergency },
    );
    ctx.io.stderr.write(`\n${headedNote(t('Session stopped.'), text, widthOf(ctx), c.magenta.bold)}\n`);
    throw new SafetyStop(ExitCode.seeProfessional);
  }
  if (mode !== 'json') {
    const headline = result.completed ? c.green.bold(t('Done.')) : c.yellow.bold(t('Stopped early.'));
    const paused = result.pausedMs > 0 ? t(', {time} paused', { time: clockTime(result.pausedMs / 1000 / scale) }) : '';
    ctx.io.stderr.write(
      `${headline} ${t('{time} in all (planned {planned}{paused}).', { time: elapsed, planned: clockTime(plan.durationSeconds), paused })}\n`,
    );
  }
}

/** The system's speech when the voice is on; without an engine, one line says so and the cues stay silent. */
function voiceFor(ctx: CommandContext, options: SessionOptions, setup: SessionSetup): Speaker | undefined {
  if (!(options.voice ?? setup.config.voice)) return undefined;
  const speaker = findSpeaker(ctx.io.env, process.platform, setup.config.speech);
  if ('name' in speaker) return speaker;
  ctx.io.stderr.write(`${ctx.styles.err.yellow(t('No voice:'))} ${t('{reason}. The cues are shown, not spoken.', { reason: speaker.none })}\n`);
  return undefined;
}

/** Plans, guides and sums up a session: the shared tail of `run` and `break`. Every step goes into history. */
export async function guideSession(ctx: CommandContext, items: PlanItem[], options: SessionOptions, setup: SessionSetup): Promise<void> {
  const { io } = ctx;
  const { scale, store } = setup;
  const plan = planSession(items);
  const names = new Map(items.map((i) => [i.technique.id, i.technique.name]));
  if (options.dryRun) {
    if (options.json) io.stdout.write(ndjson(startEvent(plan)));
    return printDryRun(ctx, plan, names, options, scale);
  }
  const mode = guideModeFor(ctx, Boolean(options.json), Boolean(options.plain));
  const prompter = isInteractive(io)
    ? (await import('../../shell/prompts.js')).createPrompter({ input: io.stdin, output: io.stdout }, ctx.styles.out)
    : undefined;
  const emergency = options.emergencyNumber || defaultEmergencyNumber();
  announce(ctx, items, plan, mode, emergency);
  const session = randomUUID();
  const at = () => ctx.now().toISOString();
  store.append({
    type: 'session-start',
    at: at(),
    session,
    command: setup.command,
    techniques: items.map((i) => i.technique.id),
    plannedSeconds: plan.durationSeconds,
  });
  const result = await guide(ctx, plan, {
    mode,
    bell: options.bell !== false && setup.config.bell !== false,
    scale,
    names,
    cautions: new Map(items.map((i) => [i.technique.id, i.technique.cautions])),
    askPain: prompter && (() => prompter.scale(t('That hurts? How much pain do you feel right now, 0-10?'))),
    onPain: (technique, rating) => store.append({ type: 'pain', at: at(), session, technique, rating }),
    speaker: voiceFor(ctx, options, setup),
    figures:
      mode === 'live' && options.figures !== false && setup.config.figures !== false
        ? { poses: poseLibrary(setup.catalog), charset: figureCharset(ctx.io.env) }
        : undefined,
  });
  const reached = [...new Set(plan.cues.slice(0, result.reachedIndex + 1).map((cue) => cue.technique))];
  const elapsedSeconds = Math.round(result.elapsedMs / scale) / 1000;
  store.append({ type: 'session-end', at: at(), session, outcome: sessionOutcomeFor[result.reason], elapsedSeconds, techniques: reached });
  sumUp(ctx, result, plan, names, mode, scale, emergency);
  if (prompter && mode === 'live') await askFeeling(ctx, prompter, setup, session);
}
