import type { z } from 'zod';
import { t, tn } from '../core/i18n/translate.js';
import { DataError } from './errors.js';

/** `techniques[3].setup[1].seconds`, the way a person reads a place in a JSON file. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || t('(top level)');
}

function describe(value: unknown): string {
  if (value === undefined) return t('nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('a list');
  if (typeof value === 'string') return t('the text {text}', { text: JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value) });
  if (typeof value === 'object') return t('an object');
  if (typeof value === 'number') return t('the number {value}', { value });
  return String(value);
}

/** What zod expected, in words: "array" → "a list", "int" → "a whole number". */
const kinds: Record<string, () => string> = {
  array: () => t('a list'),
  object: () => t('an object'),
  string: () => t('text'),
  number: () => t('a number'),
  int: () => t('a whole number'),
  boolean: () => t('true or false'),
};
const kindWords = (kind: string): string => kinds[kind]?.() ?? kind;

/** zod's own limits, said for what was measured: a text's characters, a list's items, a number's value. */
function limitWords(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string')
    return small
      ? tn(limit, 'expected at least {count} character', 'expected at least {count} characters')
      : tn(limit, 'expected at most {count} character', 'expected at most {count} characters');
  if (issue.origin === 'array')
    return small
      ? tn(limit, 'expected at least {count} item', 'expected at least {count} items')
      : tn(limit, 'expected at most {count} item', 'expected at most {count} items');
  if (small) return issue.inclusive === false ? t('expected more than {limit}', { limit }) : t('expected {limit} or more', { limit });
  return issue.inclusive === false ? t('expected less than {limit}', { limit }) : t('expected {limit} or less', { limit });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** zod's own messages start so; a message of limber's schemas (already in the chosen language) does not. */
const isZodDefault = (message: string) => /^(Invalid|Too (small|big))\b/.test(message);

/** What was expected, what was found, and for keys what is allowed; limber's own schema messages kept. */
function explain(issue: z.core.$ZodIssue, root: unknown): string {
  const found = valueAt(root, issue.path);
  const foundWords = describe(found);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return t('missing; expected {kind}', { kind: kindWords(issue.expected) });
      return isZodDefault(issue.message)
        ? t('expected {kind}, found {found}', { kind: kindWords(issue.expected), found: foundWords })
        : t('{problem}, found {found}', { problem: issue.message, found: foundWords });
    case 'invalid_value':
      return t('expected one of {values}, found {found}', { values: issue.values.map((v) => JSON.stringify(v)).join(', '), found: foundWords });
    case 'unrecognized_keys':
      return tn(issue.keys.length, 'unknown field {keys} (a typo?)', 'unknown fields {keys} (a typo?)', {
        keys: issue.keys.map((k) => `"${k}"`).join(', '),
      });
    case 'too_small':
    case 'too_big':
      return t('{problem}, found {found}', { problem: isZodDefault(issue.message) ? limitWords(issue) : issue.message, found: foundWords });
    case 'invalid_format':
      return t('{problem}, found {found}', {
        problem: isZodDefault(issue.message) ? t('not in the expected form') : issue.message,
        found: foundWords,
      });
    default:
      return issue.message;
  }
}

/**
 * Validates data against a schema. On failure, one paragraph names the file, the JSON path of the first
 * problem, what is wrong and how to put it right; the count of further problems follows.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, data: unknown, label: string, schemaHint: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (${tn(rest.length, '{count} more problem after this one.', '{count} more problems after this one.')})` : '';
  throw new DataError(
    `${label}: ${formatPath(first!.path)}: ${explain(first!, data)}. ${t('Correct that value and run limber again; {hint}.', { hint: schemaHint })}${more}`,
  );
}
