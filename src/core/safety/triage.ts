import type { Catalog, Technique } from '../catalog/model.js';
import { defaultEmergencyNumber } from './emergency.js';
import { type ActionId, type Level, levelRank, painStopAbove } from './levels.js';
import type { Outcome, Question, Rule, SafetyData } from './schema.js';

export type { Level } from './levels.js';
export type Answer = boolean | number;
export type Answers = Readonly<Record<string, Answer>>;
export type Screen = 'quick' | 'full';

/** One reason the screen gave, with what to do about it, how soon, and where the rule comes from. */
export interface Reason {
  question: string;
  level: Exclude<Level, 'no-warning-signs'>;
  text: string;
  action: ActionId;
  /** The action in words, the emergency number filled in. */
  actionText: string;
  timeframe: string;
  /** The titles of the references behind the question. */
  source: string;
  /** The date of the full check this came from, when the health profile supplied it. */
  fromCheck?: string;
}

export interface TriageResult {
  level: Level;
  reasons: Reason[];
  excludedTechniques: string[];
  softenedTechniques: string[];
  advice: string;
}

/** Conditions the health profile holds: applied as "yes" answers, dated by the check they came from. */
export interface ProfileAnswers {
  answers: Answers;
  checkedOn: string;
}

/** The questions a screen asks, in order: urgent ones first (the data keeps that order). */
export const screenQuestions = (safety: SafetyData, screen: Screen): Question[] =>
  safety.questions.filter((q) => (screen === 'quick' ? q.quick : q.full));

/** The outcome an answer triggers, if any. */
function outcomeOf(question: Question, answer: Answer): Outcome | undefined {
  if (question.kind === 'yes-no') return answer === true ? question.onYes : undefined;
  return question.bands.find((b) => typeof answer === 'number' && answer >= b.from && answer <= b.to);
}

const matches = (rule: Rule | undefined, t: Technique): boolean =>
  rule !== undefined &&
  (rule.all === true ||
    (rule.techniques?.includes(t.id) ?? false) ||
    (rule.tags?.some((tag) => t.tags.includes(tag)) ?? false) ||
    (rule.positions?.includes(t.position) ?? false));

/** Text with its placeholders filled: the emergency number and the pain limit. */
export const fillText = (text: string, emergencyNumber: string): string =>
  text.replaceAll('{emergency}', emergencyNumber).replaceAll('{painStop}', String(painStopAbove));

const adviceText = (safety: SafetyData, level: Level, emergencyNumber: string): string => fillText(safety.levels[level].advice, emergencyNumber);

function reasonFor(safety: SafetyData, question: Question, outcome: Outcome, emergencyNumber: string, fromCheck?: string): Reason {
  const action = safety.actions[outcome.action];
  const titles = question.sources.map((id) => safety.references.find((r) => r.id === id)?.title ?? id);
  return {
    question: question.id,
    level: outcome.level,
    text: outcome.reason,
    action: outcome.action,
    actionText: fillText(action.text, emergencyNumber),
    timeframe: action.timeframe,
    source: titles.join('; '),
    ...(fromCheck ? { fromCheck } : {}),
  };
}

/**
 * Answers → outcome. Every answered question counts, whichever screen asked it, and so does every condition
 * the health profile holds; the highest level wins. At urgent and see-professional every technique is
 * excluded: no self-mobilisation. A technique that one answer leaves out and another softens is left out.
 */
export function triage(
  safety: SafetyData,
  answers: Answers,
  catalog: Catalog,
  options: { emergencyNumber?: string; profile?: ProfileAnswers } = {},
): TriageResult {
  const emergencyNumber = options.emergencyNumber || defaultEmergencyNumber();
  const outcomes: Outcome[] = [];
  const reasons: Reason[] = [];
  for (const question of safety.questions) {
    const given = answers[question.id];
    const outcome = given === undefined ? undefined : outcomeOf(question, given);
    const remembered = options.profile?.answers[question.id];
    const fromProfile = outcome === undefined && remembered !== undefined ? outcomeOf(question, remembered) : undefined;
    const applied = outcome ?? fromProfile;
    if (!applied) continue;
    outcomes.push(applied);
    reasons.push(reasonFor(safety, question, applied, emergencyNumber, fromProfile ? options.profile?.checkedOn : undefined));
  }
  // Most pressing first; the sort is stable, so the data's order holds within a level.
  reasons.sort((a, b) => levelRank[b.level] - levelRank[a.level]);
  const level: Level = reasons[0]?.level ?? 'no-warning-signs';
  const stopsAll = levelRank[level] >= levelRank['see-professional'];
  // A technique to be softened that has no gentler variant is left out: it would otherwise run at full range.
  const softens = (t: Technique) => outcomes.some((o) => matches(o.softens, t));
  const excluded = catalog.techniques.filter((t) => stopsAll || outcomes.some((o) => matches(o.leavesOut, t)) || (softens(t) && !t.gentle));
  const softened = catalog.techniques.filter((t) => !excluded.includes(t) && softens(t));
  return {
    level,
    reasons,
    excludedTechniques: excluded.map((t) => t.id),
    softenedTechniques: softened.map((t) => t.id),
    advice: adviceText(safety, level, emergencyNumber),
  };
}

/** The reason a standing result was given for, from its question id (a scale question: its band at that level). */
export function standingReason(safety: SafetyData, questionId: string, level: Level, emergencyNumber: string, checkedOn: string): Reason | undefined {
  const question = safety.questions.find((q) => q.id === questionId);
  if (!question) return undefined;
  const outcome = question.kind === 'yes-no' ? question.onYes : question.bands.find((b) => b.level === level);
  return outcome && reasonFor(safety, question, outcome, emergencyNumber || defaultEmergencyNumber(), checkedOn);
}

/** Whether any of the answers is urgent: then nothing more is asked. */
export const hasUrgentAnswer = (questions: readonly Question[], answers: Answers): boolean =>
  questions.some((q) => {
    const answer = answers[q.id];
    return answer !== undefined && outcomeOf(q, answer)?.level === 'urgent';
  });

/** The questions still to ask given the answers so far: none once any answer is urgent. */
export const questionsStillNeeded = (questions: readonly Question[], answers: Answers): Question[] =>
  hasUrgentAnswer(questions, answers) ? [] : questions.filter((q) => answers[q.id] === undefined);
