import type { Catalog } from '../core/catalog/model.js';
import { readableDate } from '../core/dates.js';
import { t } from '../core/i18n/translate.js';
import { type Profile, profileAnswers, profileFromCheck, profileStatus, withScreenResult } from '../core/safety/profile.js';
import type { SafetyData } from '../core/safety/schema.js';
import { missingAnswers, planCheck, planSessionScreen, type ScreenPlan, upgradeToFull } from '../core/safety/screen-plan.js';
import { type Answers, hasUrgentAnswer, type Screen, type TriageResult, triage } from '../core/safety/triage.js';
import { wrapText } from '../view/text.js';
import { readAnswers, requireAnswers } from './answers-file.js';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { isInteractive } from './io.js';
import { safetyData } from './safety-data.js';

export interface ScreenOptions {
  /** A JSON file of answers, or '-' for stdin. */
  answers?: string;
  emergencyNumber?: string;
}

/** A pain stop the next screen asks about: which move hurt, how much, and when. */
interface PainCheck {
  techniqueName: string;
  rating: number;
  on: string;
}

export interface ScreenInput {
  catalog: Catalog;
  profile: Profile | undefined;
  today: string;
  /** Set for the screen before a session (not for `check`). */
  forSession?: boolean;
  /** Sessions only: the last pain stop, when no screen has asked about it since. */
  painCheck?: PainCheck;
}

export interface ScreenOutcome {
  /** The full check when it ran (first use, a due review, "something changed", or `check` itself). */
  screen: Screen;
  result: TriageResult;
  /** The profile to save when this screen changed it; undefined when nothing changed. */
  profileToSave: Profile | undefined;
}

const exampleAnswers =
  '{"heart-pattern": false, "sudden-severe-pain": false, "worst-headache": false, "vision-speech-swallowing": false, "face-weakness-balance": false, "saddle-bladder-legs": false, "serious-trauma": false, "fragile-bones-fall": false, "tingling-numbness": false, "constant-night-pain": false, "pain-now": 2, "dizzy-head-movement": false, "unwell-today": false, "changed-since-check": false}';

const noTerminalMessage = (screen: Screen) =>
  t(
    "{what} needs your answers, and there is no terminal to ask them in (limber never reads piped input as answers). Run it in a terminal, or pass --answers <file|-> with a JSON object of answers such as {example}; 'limber check --questions' lists every id.",
    { what: screen === 'quick' ? t('the safety screen') : t('the safety check'), example: exampleAnswers },
  );

/** Refuses up front when there is neither an answers file nor a person at a terminal: exit 2, nothing else printed. */
export function assertCanScreen(ctx: CommandContext, screen: Screen, options: ScreenOptions): void {
  if (options.answers === undefined && !isInteractive(ctx.io)) throw new UsageError(noTerminalMessage(screen));
}

/** Why an answers file must hold more than the quick screen. */
function whyFull(plan: ScreenPlan, input: ScreenInput, changed: boolean): string {
  if (changed) return t('you answered that your health changed since your last check, so limber asks the full check again');
  const status = profileStatus(input.profile, input.today);
  if (status.state === 'none')
    return t("there is no health profile yet, so limber starts with the full check (answer every question of 'limber check')");
  if (status.state === 'review-due') {
    return t('your last full check is due for review since {date}, so limber asks the full check again', { date: readableDate(status.since) });
  }
  return plan.screen === 'quick' ? t('the quick screen needs every one of its questions') : t('the full check needs every one of its questions');
}

/** Answers from a file: every answer counts; what the plan needs must be there, or it is refused (exit 2). */
async function answersFromFile(
  ctx: CommandContext,
  source: string,
  safety: SafetyData,
  plan: ScreenPlan,
  input: ScreenInput,
): Promise<{ answers: Answers; plan: ScreenPlan }> {
  const answers = await readAnswers(source, safety, () => ctx.io.stdin);
  const label = source === '-' ? t('answers on stdin') : source;
  requireAnswers(missingAnswers(safety, plan, answers), label, whyFull(plan, input, false));
  if (plan.askChanged && answers[safety.changedSinceCheck.id] === true) {
    const full = upgradeToFull(safety, plan);
    requireAnswers(missingAnswers(safety, full, answers), label, whyFull(full, input, true));
    return { answers, plan: full };
  }
  return { answers, plan };
}

/** Asks on the terminal, urgent questions first, stopping at the first urgent answer. */
async function answersFromTerminal(
  ctx: CommandContext,
  safety: SafetyData,
  plan: ScreenPlan,
  input: ScreenInput,
): Promise<{ answers: Answers; plan: ScreenPlan }> {
  const { createPrompter } = await import('./prompts.js');
  const prompter = createPrompter({ input: ctx.io.stdin, output: ctx.io.stdout }, ctx.styles.out);
  const note = (text: string) => ctx.io.stdout.write(`${ctx.styles.out.cyan(wrapText(text, Math.min(100, (ctx.io.stdout.columns ?? 80) - 2)))}\n`);
  const answers: Record<string, boolean | number> = {};
  const ask = async (questions: ScreenPlan['questions']) => {
    for (const question of questions) {
      if (answers[question.id] !== undefined) continue;
      if (question.ask === 'after-pain-stop' && input.painCheck) {
        const { techniqueName, rating, on } = input.painCheck;
        note(t('On {date}, {name} hurt {rating}/10 and the session stopped.', { date: readableDate(on), name: techniqueName, rating }));
      }
      answers[question.id] = question.kind === 'yes-no' ? await prompter.yesNo(question.text) : await prompter.scale(question.text);
      if (hasUrgentAnswer([question], answers)) return true;
    }
    return false;
  };
  const status = profileStatus(input.profile, input.today).state;
  if (input.forSession && status === 'none') {
    note(t('First, the full safety check: about 2 minutes, once. After that each session asks a short screen.'));
  } else if (input.forSession && status === 'review-due') {
    note(t('Your full check is due for review, so it comes first today: about 2 minutes.'));
  }
  if (await ask(plan.questions)) return { answers, plan };
  if (!plan.askChanged) return { answers, plan };
  const changed = await prompter.yesNo(safety.changedSinceCheck.text);
  answers[safety.changedSinceCheck.id] = changed;
  if (!changed) return { answers, plan };
  note(t('Then the rest of the full check, so your profile is up to date.'));
  const full = upgradeToFull(safety, plan);
  await ask(full.questions);
  return { answers, plan: full };
}

/** Triage of the answers, with the profile's conditions, and the profile as this screen leaves it. */
function decide(safety: SafetyData, answers: Answers, plan: ScreenPlan, input: ScreenInput, emergencyNumber: string | undefined): ScreenOutcome {
  const options = { emergencyNumber };
  if (plan.screen === 'full') {
    const checked = profileFromCheck(safety, input.profile, answers, input.today);
    const result = triage(safety, answers, input.catalog, { ...options, profile: profileAnswers(checked) });
    return { screen: 'full', result, profileToSave: withScreenResult(checked, result, input.today) };
  }
  const profile = input.profile!;
  const result = triage(safety, answers, input.catalog, { ...options, profile: profileAnswers(profile) });
  const updated = withScreenResult(profile, result, input.today);
  return { screen: 'quick', result, profileToSave: updated === profile ? undefined : updated };
}

async function screenWith(ctx: CommandContext, options: ScreenOptions, plan: ScreenPlan, input: ScreenInput): Promise<ScreenOutcome> {
  const safety = safetyData();
  assertCanScreen(ctx, plan.screen, options);
  const { answers, plan: asked } =
    options.answers !== undefined
      ? await answersFromFile(ctx, options.answers, safety, plan, input)
      : await answersFromTerminal(ctx, safety, plan, input);
  return decide(safety, answers, asked, input, options.emergencyNumber);
}

/**
 * The gate every guided session passes through. Answers come from --answers, or from a person at a terminal;
 * with neither it refuses (exit 2). It never falls back to defaults. With no health profile in force it runs
 * the full check; otherwise the quick screen, with the profile's conditions applied.
 */
export function screenBeforeSession(ctx: CommandContext, options: ScreenOptions, input: ScreenInput): Promise<ScreenOutcome> {
  const safety = safetyData();
  const plan = planSessionScreen(safety, profileStatus(input.profile, input.today), input.painCheck !== undefined);
  return screenWith(ctx, options, plan, { ...input, forSession: true });
}

/** `limber check`: every question of the full check, and a new profile. */
export function fullCheck(ctx: CommandContext, options: ScreenOptions, input: ScreenInput): Promise<ScreenOutcome> {
  return screenWith(ctx, options, planCheck(safetyData()), input);
}
