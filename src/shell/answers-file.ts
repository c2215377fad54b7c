import { checkAnswers } from '../core/safety/answers.js';
import type { SafetyData } from '../core/safety/schema.js';
import type { Answers } from '../core/safety/triage.js';
import { DataError } from './errors.js';
import type { InStream } from './io.js';
import { firstDuplicateKey, parseJsonText, readStream, readTextFile } from './json-file.js';

/** At most this many problems are named; the rest are counted, so a huge file never gives a huge error. */
const problemsShown = 5;

export const listProblems = (problems: readonly string[], separator = '; '): string =>
  problems.length > problemsShown
    ? `${problems.slice(0, problemsShown).join(separator)}${separator}and ${problems.length - problemsShown} more`
    : problems.join(separator);

/**
 * Answers from a file, checked: every problem is named at once (the first few, then a count), exit 2.
 * Which answers a screen needs is checked separately (`requireAnswers`).
 */
export function validateAnswers(data: unknown, safety: SafetyData, label: string): Answers {
  const { answers, problems } = checkAnswers(data, safety);
  if (problems.length > 0) {
    throw new DataError(`${label}: ${listProblems(problems)}. Correct the answers; 'limber check --questions' lists every id and its kind.`);
  }
  return answers;
}

/** Refuses answers that leave out what the screen needs; `why` says why these are needed. */
export function requireAnswers(missing: readonly string[], label: string, why: string): void {
  if (missing.length === 0) return;
  throw new DataError(
    `${label}: ${why}, and these are unanswered: ${listProblems(
      missing.map((id) => `"${id}"`),
      ', ',
    )}. Add them; 'limber check --questions' lists every id.`,
  );
}

/** Reads answers from a file or '-' (stdin): valid JSON, no key written twice, every key known. */
export async function readAnswers(source: string, safety: SafetyData, stdin: InStream): Promise<Answers> {
  const label = source === '-' ? 'answers on stdin' : source;
  const text = source === '-' ? await readStream(stdin) : readTextFile(source, label);
  const data = await parseJsonText(text, label);
  const duplicate = await firstDuplicateKey(text);
  if (duplicate) {
    throw new DataError(`${label}: line ${duplicate.line}: "${duplicate.key}" is answered twice. Keep the one answer you mean and remove the other.`);
  }
  return validateAnswers(data, safety, label);
}
