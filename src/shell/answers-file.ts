import { t } from '../core/i18n/translate.js';
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
    ? `${problems.slice(0, problemsShown).join(separator)}${separator}${t('and {count} more', { count: problems.length - problemsShown })}`
    : problems.join(separator);

/**
 * Answers from a file, checked: every problem is named at once (the first few, then a count), exit 2.
 * Which answers a screen needs is checked separately (`requireAnswers`).
 */
export function validateAnswers(data: unknown, safety: SafetyData, label: string): Answers {
  const { answers, problems } = checkAnswers(data, safety);
  if (problems.length > 0) {
    throw new DataError(
      t("{file}: {problems}. Correct the answers; 'limber check --questions' lists every id and its kind.", {
        file: label,
        problems: listProblems(problems),
      }),
    );
  }
  return answers;
}

/** Refuses answers that leave out what the screen needs; `why` says why these are needed. */
export function requireAnswers(missing: readonly string[], label: string, why: string): void {
  if (missing.length === 0) return;
  throw new DataError(
    t("{file}: {why}, and these are unanswered: {ids}. Add them; 'limber check --questions' lists every id.", {
      file: label,
      why,
      ids: listProblems(
        missing.map((id) => `"${id}"`),
        ', ',
      ),
    }),
  );
}

/**
 * Reads answers from a file or '-' (stdin): valid JSON, no key written twice, every key known. Standard
 * input is asked for only when it is read: setting it up costs a few milliseconds of start-up.
 */
export async function readAnswers(source: string, safety: SafetyData, stdin: () => InStream): Promise<Answers> {
  const label = source === '-' ? t('answers on stdin') : source;
  const text = source === '-' ? await readStream(stdin()) : readTextFile(source, label);
  const data = await parseJsonText(text, label);
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    throw new DataError(
      t('{file}: line {line}: "{key}" is answered twice. Keep the one answer you mean and remove the other.', {
        file: label,
        line: duplicate.line,
        key: duplicate.key,
      }),
    );
  }
  return validateAnswers(data, safety, label);
}
