import { firstDuplicateKey, parseJsonText, readTextFile } from './json-file.js';
import { DataError } from './errors.js';
import type { SafetyData } from '../core/safety/schema.js';
import type { Answer, Answers } from '../core/safety/triage.js';

/** At most this many problems are named; the rest are counted, so a huge file never gives a huge error. */
const problemsShown = 5;

const listProblems = (problems: readonly string[], separator = '; '): string =>
  problems.length > problemsShown
    ? `${problems.slice(0, problemsShown).join(separator)}${separator}and ${problems.length - problemsShown} more`
    : problems.join(separator);

const quote = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * Checks an answers object against the questions limber knows: every key must be a question id (or the
 * "anything changed" id), yes/no answers must be true or false, scales a whole number 0-10. All problems
 * are named at once. Which answers a screen needs is checked separately (`requireAnswers`).
 */
export function validateAnswers(data: unknown, safety: SafetyData, label: string): Answers {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new DataError(
      `${label}: expected a JSON object of answers such as {"tingling-numbness": false, "pain-now": 2}. See 'limber check --questions' for the ids.`,
    );
  }
  const byId = new Map(safety.questions.map((q) => [q.id, q]));
  const retired = new Map(safety.retired.map((r) => [r.id, r.replacedBy]));
  const problems: string[] = [];
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(data)) {
    const question = byId.get(id);
    const kind = question?.kind ?? (id === safety.changedSinceCheck.id ? 'yes-no' : undefined);
    if (!kind) {
      const replacement = retired.get(id);
      problems.push(
        replacement
          ? `"${id}" was replaced in version ${safety.version} of the screen by ${replacement.map((r) => `"${r}"`).join(', ')}`
          : `${quote(id)} is not a question id`,
      );
      continue;
    }
    if (kind === 'yes-no' && typeof value !== 'boolean') {
      problems.push(`"${id}" needs true or false, not ${quote(value)}`);
      continue;
    }
    if (kind === 'scale' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10)) {
      problems.push(`"${id}" needs a whole number from 0 to 10, not ${quote(value)}`);
      continue;
    }
    answers[id] = value as Answer;
  }
  if (problems.length > 0) {
    throw new DataError(`${label}: ${listProblems(problems)}. Correct the answers; 'limber check --questions' lists every id and its kind.`);
  }
  return answers;
}

/** Refuses answers that leave out what the screen needs; `why` says why these are needed. */
export function requireAnswers(missing: readonly string[], label: string, why: string): void {
  if (missing.length === 0) return;
  throw new DataError(
    `${label}: ${why}, and these are unanswered: ${listProblems(missing.map((id) => `"${id}"`), ', ')}. Add them; 'limber check --questions' lists every id.`,
  );
}

/** Reads answers from a file or '-' (stdin): valid JSON, no key written twice, every key known. */
export async function readAnswers(source: string, safety: SafetyData): Promise<Answers> {
  const label = source === '-' ? 'answers on stdin' : source;
  const text = readTextFile(source, label);
  const data = await parseJsonText(text, label);
  const duplicate = await firstDuplicateKey(text);
  if (duplicate) {
    throw new DataError(
      `${label}: line ${duplicate.line}: "${duplicate.key}" is answered twice. Keep the one answer you mean and remove the other.`,
    );
  }
  return validateAnswers(data, safety, label);
}
