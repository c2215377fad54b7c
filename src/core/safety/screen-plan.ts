/**
 * Which questions a screen asks, as pure functions. A session runs the quick screen when a health profile is
 * in force, and the full check when there is none or it is due for review; "has anything changed?" turns a
 * quick screen into the full check, and after a session that pain stopped, the screen asks whether it settled.
 */
import type { ProfileStatus } from './profile.js';
import type { Question, SafetyData } from './schema.js';
import { type Answers, hasUrgentAnswer, type Screen, screenQuestions } from './triage.js';

export interface ScreenPlan {
  screen: Screen;
  /** Asked in this order (urgent first) and required in answers files. */
  questions: Question[];
  /** Ask "has anything changed since your last check?" after the questions. */
  askChanged: boolean;
}

const withPainCheck = (safety: SafetyData, questions: readonly Question[], painCheckDue: boolean): Question[] =>
  safety.questions.filter((q) => questions.includes(q) || (painCheckDue && q.ask === 'after-pain-stop'));

export function planSessionScreen(safety: SafetyData, status: ProfileStatus, painCheckDue: boolean): ScreenPlan {
  const screen: Screen = status.state === 'in-force' ? 'quick' : 'full';
  return { screen, questions: withPainCheck(safety, screenQuestions(safety, screen), painCheckDue), askChanged: screen === 'quick' };
}

export const planCheck = (safety: SafetyData): ScreenPlan => ({ screen: 'full', questions: screenQuestions(safety, 'full'), askChanged: false });

/** "Yes, something changed": the rest of the full check is asked now. */
export const upgradeToFull = (safety: SafetyData, plan: ScreenPlan): ScreenPlan => ({
  screen: 'full',
  questions: withPainCheck(
    safety,
    screenQuestions(safety, 'full'),
    plan.questions.some((q) => q.ask === 'after-pain-stop'),
  ),
  askChanged: false,
});

/** Ids the plan needs that the answers lack; none once an answer is urgent. */
export function missingAnswers(safety: SafetyData, plan: ScreenPlan, answers: Answers): string[] {
  if (hasUrgentAnswer(safety.questions, answers)) return [];
  const needed = plan.questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  const changed = plan.askChanged && answers[safety.changedSinceCheck.id] === undefined ? [safety.changedSinceCheck.id] : [];
  return [...needed, ...changed];
}
