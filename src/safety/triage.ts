import type { Catalog, Technique } from '../catalog/model.js';
import type { Outcome, Question, Rule, SafetyData } from './schema.js';

export type Level = 'urgent' | 'see-professional' | 'caution' | 'no-warning-signs';
export type Answer = boolean | number;
export type Answers = Readonly<Record<string, Answer>>;
export type Screen = 'quick' | 'full';

const rank: Record<Level, number> = { 'no-warning-signs': 0, caution: 1, 'see-professional': 2, urgent: 3 };

export interface TriageResult {
  level: Level;
  reasons: { question: string; text: string }[];
  excludedTechniques: string[];
  softenedTechniques: string[];
  advice: string;
}

/** The questions a screen asks, in order: urgent ones first (the data keeps that order). */
export const screenQuestions = (safety: SafetyData, screen: Screen): Question[] =>
  safety.questions.filter((q) => (screen === 'quick' ? q.quick : q.full));

/** The outcome an answer triggers, if any. */
export function outcomeOf(question: Question, answer: Answer): Outcome | undefined {
  if (question.kind === 'yes-no') return answer === true ? question.onYes : undefined;
  return question.bands.find((b) => typeof answer === 'number' && answer >= b.from && answer <= b.to);
}

const matches = (rule: Rule | undefined, t: Technique): boolean =>
  rule !== undefined &&
  (rule.all === true ||
    (rule.techniques?.includes(t.id) ?? false) ||
    (rule.tags?.some((tag) => t.tags.includes(tag)) ?? false) ||
    (rule.positions?.includes(t.position) ?? false));

export const adviceText = (safety: SafetyData, level: Level, emergencyNumber: string): string =>
  safety.levels[level].advice.replaceAll('{emergency}', emergencyNumber);

export const defaultEmergencyNumber = 'for example 112 in Europe, 911 in North America, 999 in the UK';

/**
 * Answers → outcome. Questions are visited in order; the highest level wins and the first urgent answer
 * ends the visit. At urgent and see-professional every technique is excluded: no self-mobilisation.
 * A technique that one answer leaves out and another softens is left out.
 */
export function triage(
  safety: SafetyData,
  questions: readonly Question[],
  answers: Answers,
  catalog: Catalog,
  emergencyNumber = defaultEmergencyNumber,
): TriageResult {
  let level: Level = 'no-warning-signs';
  const reasons: TriageResult['reasons'] = [];
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    const outcome = outcomeOf(question, answer);
    if (!outcome) continue;
    outcomes.push(outcome);
    reasons.push({ question: question.id, text: outcome.reason });
    if (rank[outcome.level] > rank[level]) level = outcome.level;
    if (outcome.level === 'urgent') break;
  }
  const stopsAll = rank[level] >= rank['see-professional'];
  const excluded = catalog.techniques.filter((t) => stopsAll || outcomes.some((o) => matches(o.leavesOut, t)));
  const softened = catalog.techniques.filter((t) => !excluded.includes(t) && outcomes.some((o) => matches(o.softens, t)));
  return {
    level,
    reasons,
    excludedTechniques: excluded.map((t) => t.id),
    softenedTechniques: softened.map((t) => t.id),
    advice: adviceText(safety, level, emergencyNumber),
  };
}

/** The questions still to ask given the answers so far: none once any answer is urgent. */
export function questionsStillNeeded(questions: readonly Question[], answers: Answers): Question[] {
  const urgent = questions.some((q) => {
    const answer = answers[q.id];
    return answer !== undefined && outcomeOf(q, answer)?.level === 'urgent';
  });
  return urgent ? [] : questions.filter((q) => answers[q.id] === undefined);
}
