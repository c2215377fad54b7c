import { randomUUID } from 'node:crypto';
import { findEntry, isDeskFriendly, routineTechniques } from '../catalog/filter.js';
import { loadCatalog } from '../catalog/load.js';
import type { Catalog, Technique } from '../catalog/model.js';
import { defaultBreakMinutes, defaultDailyLimit, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { ExitCode, Interrupted, SafetyStop } from '../errors.js';
import { checkOveruse } from '../history/guard.js';
import type { HistoryRecord, SessionOutcome } from '../history/records.js';
import { now, openHistory, screenRecord } from '../history/session-log.js';
import { recentTechniques } from '../history/stats.js';
import type { HistoryStore } from '../history/store.js';
import { safetyData } from '../safety/data.js';
import { exitCodeFor } from '../safety/exit.js';
import { assertCanScreen, runScreen, type ScreenOptions } from '../safety/gate.js';
import { formatOutcome } from '../safety/report.js';
import type { TriageResult } from '../safety/triage.js';
import { fitRoutine } from '../session/fit.js';
import { cueEvent, guide, guideModeFor, painStopAbove, startEvent } from '../session/guide.js';
import { type Plan, type PlanItem, planSession } from '../session/plan.js';
import type { EndReason } from '../session/runner.js';
import { parseTimeScale } from '../session/time-scale.js';
import { isInteractive } from '../ui/io.js';
import { plainCueLine } from '../ui/session-view.js';
import { clockTime, terminalSafe } from '../ui/text.js';
import { welcomeOnFirstRun } from '../ui/welcome.js';
import type { CommandContext } from './context.js';

export interface SessionOptions extends ScreenOptions {
  json?: boolean;
  dryRun?: boolean;
  bell?: boolean;
}

export interface BreakOptions extends SessionOptions {
  minutes?: number;
}

/** What a session needs besides its techniques: settings, and the history it reads and extends. */
interface SessionSetup {
  command: 'run' | 'break';
  config: Config;
  store: HistoryStore;
  records: HistoryRecord[];
  catalog: Catalog;
  scale: number;
}

async function prepare(ctx: CommandContext, command: SessionSetup['command'], options: SessionOptions): Promise<SessionSetup> {
  const scale = parseTimeScale(ctx.io.env);
  const config = await loadConfig(ctx.io.env);
  const catalog = await loadCatalog(ctx.catalogFiles);
  options.emergencyNumber ??= config.emergencyNumber;
  const store = openHistory(ctx);
  // Recent records hold all a session needs: recent techniques, today's count, this week's feelings.
  return { command, config, store, records: store.readRecent().records, catalog, scale };
}

const outcomeOf: Record<EndReason, SessionOutcome> = {
  completed: 'completed',
  quit: 'stopped-early',
  interrupted: 'interrupted',
  pain: 'stopped-by-pain',
};

/** The overuse guard's warnings and the yearly check reminder: they inform, they never block. */
function overuseWarnings(ctx: CommandContext, items: readonly PlanItem[], setup: SessionSetup): void {
  const c = ctx.styles.err;
  const selfMobilisation = new Set(setup.catalog.techniques.filter((t) => t.tags.includes('self-mobilisation')).map((t) => t.id));
  const limit = setup.config.dailyLimit ?? defaultDailyLimit;
  const check = checkOveruse(setup.records, items.map((i) => i.technique.id), selfMobilisation, limit, new Date());
  if (check.overDailyLimit) {
    ctx.io.stderr.write(
      `${c.yellow.bold('Easy does it:')} this is self-mobilisation session ${check.selfMobilisationToday + 1} today (your limit is ${limit}). Doing it often can loosen joints over time, and needing it all the time is a reason to see a physiotherapist or chiropractor.\n`,
    );
  }
  if (check.checkDue && setup.records.length > 0) {
    ctx.io.stderr.write(c.dim("No full safety check in the last 12 months: 'limber check' takes about 2 minutes.\n"));
  }
  if (check.worseOften) {
    ctx.io.stderr.write(
      `${c.yellow.bold('Worth checking:')} your back felt worse after 3 or more sessions this week. Run 'limber check', and consider seeing a physiotherapist.\n`,
    );
  }
}

/**
 * The quick screen, reported. Urgent and see-professional end here, before any instruction is printed;
 * caution returns so the session can run without the left-out techniques.
 */
async function screenBeforeSession(ctx: CommandContext, options: SessionOptions, setup: SessionSetup): Promise<TriageResult> {
  const { catalog } = setup;
  assertCanScreen(ctx, 'quick', options);
  if (!options.json) welcomeOnFirstRun(ctx, true);
  const result = await runScreen(ctx, 'quick', options, catalog);
  setup.store.append(screenRecord('quick', result));
  if (options.json) ctx.io.stdout.write(`${JSON.stringify({ type: 'screen', level: result.level })}\n`);
  const report = formatOutcome(result, safetyData(), catalog, ctx.styles.err, ctx.io.stderr.columns);
  if (result.level === 'no-warning-signs') ctx.io.stderr.write(`${ctx.styles.err.green(safetyData().levels[result.level].headline)}\n`);
  else ctx.io.stderr.write(`\n${report}`);
  const code = exitCodeFor(result.level);
  if (code !== ExitCode.ok) throw new SafetyStop(code);
  return result;
}

function printDryRun(ctx: CommandContext, plan: Plan, names: ReadonlyMap<string, string>, options: SessionOptions, scale: number): void {
  for (const cue of plan.cues) {
    const ms = cue.startSeconds * 1000 * scale;
    if (options.json) {
      ctx.io.stdout.write(`${JSON.stringify(cueEvent(cue, ms, ms))}\n`);
    } else {
      ctx.io.stdout.write(`${plainCueLine(cue, cue.startSeconds * 1000, names.get(cue.technique) ?? cue.technique)}\n`);
    }
  }
  if (!options.json) ctx.io.stdout.write(`Planned time: ${clockTime(plan.durationSeconds)}\n`);
}

/** Plans, guides and sums up a session: the shared tail of `run` and `break`. */
async function guideSession(ctx: CommandContext, items: PlanItem[], options: SessionOptions, setup: SessionSetup): Promise<void> {
  const { io } = ctx;
  const { scale, store } = setup;
  const c = ctx.styles.err;
  const plan = planSession(items);
  const names = new Map(items.map((i) => [i.technique.id, i.technique.name]));
  if (options.dryRun) {
    if (options.json) io.stdout.write(`${JSON.stringify(startEvent(plan))}\n`);
    printDryRun(ctx, plan, names, options, scale);
    return;
  }
  const mode = guideModeFor(ctx, Boolean(options.json));
  const interactive = isInteractive(io);
  const prompter = interactive ? (await import('../ui/prompts.js')).createPrompter({ input: io.stdin, output: io.stdout }, ctx.styles.out) : undefined;

  overuseWarnings(ctx, items, setup);
  if (mode !== 'json') {
    io.stderr.write(
      `${c.bold(`${items.length} technique${items.length > 1 ? 's' : ''}, ${clockTime(plan.durationSeconds)}`)}: ${items.map((i) => terminalSafe(i.technique.name) + (i.gentle ? ' (gentle)' : '')).join(', ')}\n`,
    );
  }
  const session = randomUUID();
  const techniques = items.map((i) => i.technique.id);
  store.append({ type: 'session-start', at: now(), session, command: setup.command, techniques, plannedSeconds: plan.durationSeconds });
  const result = await guide(ctx, plan, {
    mode,
    bell: options.bell !== false && setup.config.bell !== false,
    scale,
    names,
    askPain: prompter && (() => prompter.scale('That hurts? How much pain do you feel right now, 0-10?')),
  });

  const reached = [...new Set(plan.cues.slice(0, result.reachedIndex + 1).map((cue) => cue.technique))];
  store.append({
    type: 'session-end',
    at: now(),
    session,
    outcome: outcomeOf[result.reason],
    elapsedSeconds: Math.round(result.elapsedMs / scale) / 1000,
    techniques: reached,
  });
  const elapsed = clockTime(result.elapsedMs / 1000 / scale);
  if (result.reason === 'interrupted') {
    throw new Interrupted(`Interrupted after ${elapsed}; the session is in your history as interrupted.`);
  }
  if (result.reason === 'pain') {
    io.stderr.write(
      `\n${c.magenta.bold('Session stopped.')} Pain above ${painStopAbove}/10 is a signal to stop. Rest, and if it does not settle within a day or two, or keeps coming back, book a doctor or physiotherapist to get it checked. If it is severe or comes with other symptoms, call your emergency number.\n`,
    );
    throw new SafetyStop(ExitCode.seeProfessional);
  }
  if (mode !== 'json') {
    const headline = result.completed ? c.green.bold('Done.') : c.yellow.bold('Stopped early.');
    const paused = result.pausedMs > 0 ? `, ${clockTime(result.pausedMs / 1000 / scale)} paused` : '';
    io.stderr.write(`${headline} ${elapsed} in all (planned ${clockTime(plan.durationSeconds)}${paused}).\n`);
  }
  if (prompter && mode === 'live') {
    const feeling = await prompter.choose('How does your back feel now?', [
      { value: 'better', name: 'Better' },
      { value: 'same', name: 'About the same' },
      { value: 'worse', name: 'Worse' },
    ]);
    store.append({ type: 'feeling', at: now(), session, feeling });
    if (feeling === 'worse') {
      io.stderr.write(
        `${c.yellow('Thanks for saying.')} Ease off for today. If stretching keeps leaving your back worse, stop these exercises and get it checked by a doctor or physiotherapist; 'limber check' can help you decide how soon.\n`,
      );
    }
  }
}

/** Techniques the screen left out among those asked for by id: they are not run; gentler ones are suggested. */
function refuseLeftOut(ctx: CommandContext, catalog: Catalog, leftOut: Technique[], screen: TriageResult): never {
  const excluded = new Set(screen.excludedTechniques);
  const alternatives = catalog.techniques.filter(
    (t) => !excluded.has(t.id) && leftOut.some((l) => l.areas.some((a) => t.areas.includes(a))),
  );
  ctx.io.stderr.write(
    `\n${ctx.styles.err.yellow.bold('Not today:')} ${leftOut.map((t) => terminalSafe(t.name)).join(', ')} ${leftOut.length > 1 ? 'are' : 'is'} left out by your answers (see above). ` +
      (alternatives.length > 0
        ? `Gentler options for the same area: ${alternatives.map((t) => `${terminalSafe(t.name)} (limber run ${t.id})`).join(', ')}.\n`
        : 'Nothing else in the catalog fits today; rest, and see a professional if it does not ease.\n'),
  );
  throw new SafetyStop(ExitCode.seeProfessional);
}

export async function runCommand(ctx: CommandContext, ids: string[], options: SessionOptions): Promise<void> {
  const setup = await prepare(ctx, 'run', options);
  const { catalog } = setup;
  // Resolve every id before asking anything, so a typo never costs the user a screen.
  const requested = ids.map((id) => findEntry(catalog, id));
  const screen = await screenBeforeSession(ctx, options, setup);
  const excluded = new Set(screen.excludedTechniques);
  const softened = new Set(screen.softenedTechniques);

  const leftOut = requested.flatMap((e) => (e.kind === 'technique' && excluded.has(e.technique.id) ? [e.technique] : []));
  if (leftOut.length > 0) refuseLeftOut(ctx, catalog, leftOut, screen);
  // A routine simply runs without whatever the screen left out.
  const techniques = requested
    .flatMap((e) => (e.kind === 'technique' ? [e.technique] : routineTechniques(catalog, e.routine)))
    .filter((t) => !excluded.has(t.id));
  if (techniques.length === 0) refuseLeftOut(ctx, catalog, requested.flatMap((e) => (e.kind === 'routine' ? routineTechniques(catalog, e.routine) : [])), screen);
  await guideSession(ctx, techniques.map((technique) => ({ technique, gentle: softened.has(technique.id) })), options, setup);
}

export async function breakCommand(ctx: CommandContext, options: BreakOptions): Promise<void> {
  const setup = await prepare(ctx, 'break', options);
  const { catalog } = setup;
  const screen = await screenBeforeSession(ctx, options, setup);
  const excluded = new Set(screen.excludedTechniques);
  const candidates = catalog.techniques.filter((t) => isDeskFriendly(t) && !excluded.has(t.id));
  if (candidates.length === 0) {
    ctx.io.stderr.write(`\n${ctx.styles.err.yellow.bold('No desk break today.')} Your answers leave out every desk technique; rest, and come back when you feel better.\n`);
    throw new SafetyStop(ExitCode.seeProfessional);
  }
  const minutes = options.minutes ?? setup.config.breakMinutes ?? defaultBreakMinutes;
  const fitted = fitRoutine(candidates, minutes * 60, {
    random: Math.random,
    recent: recentTechniques(setup.records),
    gentle: new Set(screen.softenedTechniques),
  });
  await guideSession(ctx, fitted.items, options, setup);
}
