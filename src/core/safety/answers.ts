import { t } from '../i18n/translate.js';
import type { SafetyData } from './schema.js';
import type { Answer, Answers } from './triage.js';

const quote = (value: unknown): string => {
  // JSON.stringify writes a number too large to hold (1e400 reads as Infinity) as "null"; say what it is.
  if (typeof value === 'number' && !Number.isFinite(value)) return t('a number too large to read');
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** What an answers object holds: the answers limber can use, and every problem with the rest, in words. */
export interface CheckedAnswers {
  answers: Answers;
  problems: string[];
}

/**
 * Checks an answers object against the questions limber knows: every key must be a question id (or the
 * "anything changed" id), yes/no answers must be true or false, scales a whole number 0-10. Which answers a
 * screen needs is a separate matter (`missingAnswers`).
 */
export function checkAnswers(data: unknown, safety: SafetyData): CheckedAnswers {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      answers: {},
      problems: [t('expected a JSON object of answers such as {example}', { example: '{"tingling-numbness": false, "pain-now": 2}' })],
    };
  }
  const byId = new Map(safety.questions.map((q) => [q.id, q]));
  const retired = new Map(safety.retired.map((r) => [r.id, r.replacedBy]));
  const problems: string[] = [];
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(data)) {
    const kind = byId.get(id)?.kind ?? (id === safety.changedSinceCheck.id ? 'yes-no' : undefined);
    const replacement = retired.get(id);
    if (!kind) {
      problems.push(
        replacement
          ? t('"{id}" was replaced in version {version} of the screen by {ids}', {
              id,
              version: safety.version,
              ids: replacement.map((r) => `"${r}"`).join(', '),
            })
          : t('{id} is not a question id', { id: quote(id) }),
      );
    } else if (kind === 'yes-no' && typeof value !== 'boolean') {
      problems.push(t('"{id}" needs true or false, not {value}', { id, value: quote(value) }));
    } else if (kind === 'scale' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10)) {
      problems.push(t('"{id}" needs a whole number from 0 to 10, not {value}', { id, value: quote(value) }));
    } else {
      answers[id] = value as Answer;
    }
  }
  return { answers, problems };
}
