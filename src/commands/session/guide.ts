import { randomUUID } from 'node:crypto';
import { ExitCode, Interrupted, SafetyStop } from '../../shell/errors.js';
import type { SessionOutcome } from '../../core/history/records.js';
import { safetyData } from '../../shell/safety-data.js';
import { painStopAbove } from '../../core/safety/levels.js';
import { defaultEmergencyNumber, fillText } from '../../core/safety/triage.js';
import { guide, guideModeFor } from '../../shell/player.js';
import { cueEvent, ndjson, startEvent } from '../../view/events.js';
import { type Plan, type PlanItem, planSession } from '../../core/session/plan.js';
import type { EndReason } from '../../core/session/runner.js';
import { isInteractive } from '../../shell/io.js';
import { plainCueLine } from '../../view/session.js';
import { clockTime, terminalSafe, wrapText } from '../../view/text.js';
import type { CommandContext } from '../../shell/context.js';
import type { SessionSetup } from './screen.js';

export interface SessionOptions {
  answers?: string;
  emergencyNumber?: string;
  json?: boolean;
  dryRun?: boolean;
  bell?: boolean;
}

const sessionOutcomeFor: Record<EndReason, SessionOutcome> = {
  completed: 'completed',
  quit: 'stopped-early',
  interrupted: 'interrupted',
  pain: 'stopped-by-pain',
};

function printDryRun(ctx: CommandContext, plan: Plan, names: ReadonlyMap<string, string>, options: SessionOptions, scale: number): void {
  for (const cue of plan.cues) {
    const ms = cue.startSeconds * 1000 * scale;
    if (options.json) ctx.io.stdout.write(ndjson(cueEvent(cue, ms, ms)));
    else ctx.io.stdout.write(`${plainCueLine(cue, cue.startSeconds * 1000, names.get(cue.technique) ?? cue.technique)}\n`);
  }
  if (!options.json) ctx.io.stdout.write(`Planned time: ${clockTime(plan.durationSeconds)}\n`);
}

/** After the session: how does the back feel? Recorded; "worse" gets advice. Only at a terminal. */
async function askFeeling(ctx: CommandContext, prompter: import('../../shell/prompts.js').Prompter, setup: SessionSetup, session: string) {
  const feeling = await prompter.choose('How does your back feel now?', [
    { value: 'better', name: 'Better' },
    { value: 'same', name: 'About the same' },
    { value: 'worse', name: 'Worse' },
  ]);
  setup.store.append({ type: 'feeling', at: ctx.now().toISOString(), session, feeling });
  if (feeling === 'worse') {
    ctx.io.stderr.write(
      `${ctx.styles.err.yellow('Thanks for saying.')} Ease off for today. If stretching keeps leaving your back worse, stop these exercises and get it checked by a doctor or physiotherapist; 'limber check' can help you decide how soon.\n`,
    );
  }
}

/** Plans, guides and sums up a session: the shared tail of `run` and `break`. */
export async function guideSession(ctx: CommandContext, items: PlanItem[], options: SessionOptions, setup: SessionSetup): Promise<void> {
  const { io } = ctx;
  const { scale, store } = setup;
  const c = ctx.styles.err;
  const plan = planSession(items);
  const names = new Map(items.map((i) => [i.technique.id, i.technique.name]));
  if (options.dryRun) {
    if (options.json) io.stdout.write(ndjson(startEvent(plan)));
    printDryRun(ctx, plan, names, options, scale);
    return;
  }
  const mode = guideModeFor(ctx, Boolean(options.json));
  const prompter = isInteractive(io) ? (await import('../../shell/prompts.js')).createPrompter({ input: io.stdin, output: io.stdout }, ctx.styles.out) : undefined;
  const emergency = options.emergencyNumber || defaultEmergencyNumber;
  const width = Math.min(100, io.stderr.columns ?? 80);

  if (mode !== 'json') {
    const heading = `${items.length} technique${items.length > 1 ? 's' : ''}, ${clockTime(plan.durationSeconds)}:`;
    const list = items.map((i) => terminalSafe(i.technique.name) + (i.gentle ? ' (gentle)' : '')).join(', ');
    io.stderr.write(`${wrapText(`${heading} ${list}`, width).replace(heading, c.bold(heading))}\n`);
  }
  // The stop rule comes before the first cue, every time.
  io.stderr.write(`${c.yellow.bold(wrapText(`${fillText(safetyData().stopRule, emergency)}${mode === 'live' ? ' Press h to say it hurts, d for details.' : ''}`, width))}\n`);
  const session = randomUUID();
  store.append({ type: 'session-start', at: ctx.now().toISOString(), session, command: setup.command, techniques: items.map((i) => i.technique.id), plannedSeconds: plan.durationSeconds });
  const result = await guide(ctx, plan, {
    mode,
    bell: options.bell !== false && setup.config.bell !== false,
    scale,
    names,
    cautions: new Map(items.map((i) => [i.technique.id, i.technique.cautions])),
    askPain: prompter && (() => prompter.scale('That hurts? How much pain do you feel right now, 0-10?')),
    onPain: (technique, rating) => store.append({ type: 'pain', at: ctx.now().toISOString(), session, technique, rating }),
  });

  const reached = [...new Set(plan.cues.slice(0, result.reachedIndex + 1).map((cue) => cue.technique))];
  store.append({ type: 'session-end', at: ctx.now().toISOString(), session, outcome: sessionOutcomeFor[result.reason], elapsedSeconds: Math.round(result.elapsedMs / scale) / 1000, techniques: reached });
  const elapsed = clockTime(result.elapsedMs / 1000 / scale);
  if (result.reason === 'interrupted') throw new Interrupted(`Interrupted after ${elapsed}; the session is in your history as interrupted.`);
  if (result.reason === 'pain') {
    const hurt = terminalSafe(names.get(plan.cues[result.reachedIndex]!.technique) ?? '');
    io.stderr.write(
      `\n${c.magenta.bold('Session stopped.')} ${wrapText(
        `Pain above ${painStopAbove}/10 is a signal to stop. Rest. ${hurt} is left out for the next 48 hours, and your next session asks whether the pain has settled. If it does not settle within a day or two, or keeps coming back, book a doctor or physiotherapist. If it is severe or comes with other symptoms, call your emergency number (${emergency}).`,
        width,
      )}\n`,
    );
    throw new SafetyStop(ExitCode.seeProfessional);
  }
  if (mode !== 'json') {
    const headline = result.completed ? c.green.bold('Done.') : c.yellow.bold('Stopped early.');
    const paused = result.pausedMs > 0 ? `, ${clockTime(result.pausedMs / 1000 / scale)} paused` : '';
    io.stderr.write(`${headline} ${elapsed} in all (planned ${clockTime(plan.durationSeconds)}${paused}).\n`);
  }
  if (prompter && mode === 'live') await askFeeling(ctx, prompter, setup, session);
}
