import type { Catalog } from '../catalog/model.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../errors.js';
import { isInteractive } from '../ui/io.js';
import { readAnswers } from './answers.js';
import { safetyData } from './data.js';
import type { Question } from './schema.js';
import { type Answers, defaultEmergencyNumber, outcomeOf, type Screen, screenQuestions, triage, type TriageResult } from './triage.js';

export interface ScreenOptions {
  /** A JSON file of answers, or '-' for stdin. */
  answers?: string;
  emergencyNumber?: string;
}

const noTerminalMessage = (screen: Screen) =>
  `the ${screen === 'quick' ? 'safety screen' : 'safety check'} needs your answers, and there is no terminal to ask them in ` +
  `(limber never reads piped input as answers). Run it in a terminal, or pass --answers <file|-> with a JSON object of ` +
  `answers such as {"urgent-signs": false, "tingling-numbness": false, "constant-night-pain": false, "pain-now": 2, "dizzy-head-movement": false}; ` +
  `'limber check --questions' lists every id.`;

/** Refuses up front when there is neither an answers file nor a person at a terminal: exit 2, nothing else printed. */
export function assertCanScreen(ctx: CommandContext, screen: Screen, options: ScreenOptions): void {
  if (options.answers === undefined && !isInteractive(ctx.io)) throw new UsageError(noTerminalMessage(screen));
}

/** Asks the questions in order on the terminal, stopping at the first urgent answer. */
async function askOnTerminal(ctx: CommandContext, questions: readonly Question[]): Promise<Answers> {
  const { createPrompter } = await import('../ui/prompts.js');
  const prompter = createPrompter({ input: ctx.io.stdin, output: ctx.io.stdout }, ctx.styles.out);
  const answers: Record<string, boolean | number> = {};
  for (const question of questions) {
    const answer = question.kind === 'yes-no' ? await prompter.yesNo(question.text) : await prompter.scale(question.text);
    answers[question.id] = answer;
    if (outcomeOf(question, answer)?.level === 'urgent') break;
  }
  return answers;
}

/**
 * The one gate every guided session and the check pass through. Answers come from --answers, or from a
 * person at a terminal; with neither it refuses (exit 2). It never falls back to defaults.
 */
export async function runScreen(
  ctx: CommandContext,
  screen: Screen,
  options: ScreenOptions,
  catalog: Catalog,
): Promise<TriageResult> {
  const safety = safetyData();
  const questions = screenQuestions(safety, screen);
  assertCanScreen(ctx, screen, options);
  const answers =
    options.answers !== undefined
      ? await readAnswers(options.answers, safety.questions, questions)
      : await askOnTerminal(ctx, questions);
  return triage(safety, questions, answers, catalog, options.emergencyNumber || defaultEmergencyNumber);
}
