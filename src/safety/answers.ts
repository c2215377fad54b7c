import { DataError } from '../errors.js';
import { readJsonFile } from '../data/json-file.js';
import type { Question } from './schema.js';
import { type Answer, type Answers, questionsStillNeeded } from './triage.js';

/**
 * Checks an answers object against the questions limber knows: every key must be a question id, yes/no
 * answers must be true or false, scales a whole number 0-10, and the screen's questions must all be
 * answered (unless an urgent answer already decides it). All problems are named at once.
 */
export function validateAnswers(
  data: unknown,
  allQuestions: readonly Question[],
  screenQuestions: readonly Question[],
  label: string,
): Answers {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new DataError(
      `${label}: expected a JSON object of answers such as {"tingling-numbness": false, "pain-now": 2}. See 'limber check --questions' for the ids.`,
    );
  }
  const byId = new Map(allQuestions.map((q) => [q.id, q]));
  const problems: string[] = [];
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(data)) {
    const question = byId.get(id);
    if (!question) {
      problems.push(`"${id}" is not a question id`);
      continue;
    }
    if (question.kind === 'yes-no' && typeof value !== 'boolean') {
      problems.push(`"${id}" needs true or false, not ${JSON.stringify(value)}`);
      continue;
    }
    if (question.kind === 'scale' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10)) {
      problems.push(`"${id}" needs a whole number from 0 to 10, not ${JSON.stringify(value)}`);
      continue;
    }
    answers[id] = value as Answer;
  }
  if (problems.length === 0) {
    const missing = questionsStillNeeded(screenQuestions, answers);
    if (missing.length > 0) problems.push(`unanswered: ${missing.map((q) => `"${q.id}"`).join(', ')}`);
  }
  if (problems.length > 0) {
    throw new DataError(
      `${label}: ${problems.join('; ')}. Answer every question of the screen with its id; 'limber check --questions' lists them.`,
    );
  }
  return answers;
}

export async function readAnswers(
  source: string,
  allQuestions: readonly Question[],
  screenQuestions: readonly Question[],
): Promise<Answers> {
  const label = source === '-' ? 'answers on stdin' : source;
  return validateAnswers(await readJsonFile(source, label), allQuestions, screenQuestions, label);
}
