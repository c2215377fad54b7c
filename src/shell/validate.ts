import type { z } from 'zod';
import { DataError } from './errors.js';

/** `techniques[3].setup[1].seconds`, the way a person reads a place in a JSON file. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(top level)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** "array" → "a list", "object" → "an object", "string" → "a string". */
const kindWords = (kind: string): string => (kind === 'array' ? 'a list' : /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** zod's wording, made specific: what was expected, what was found, and for keys what is allowed. */
function explain(issue: z.core.$ZodIssue, root: unknown): string {
  const found = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `missing; expected ${kindWords(issue.expected)}`;
      return issue.message.startsWith('Invalid input')
        ? `expected ${kindWords(issue.expected)}, found ${describe(found)}`
        : `${issue.message}, found ${describe(found)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return issue.message.startsWith('Too') || issue.message.startsWith('Invalid')
        ? `${issue.message.replace(/^Too (small|big): /, '')}, found ${describe(found)}`
        : `${issue.message}, found ${describe(found)}`;
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
  const more = rest.length > 0 ? ` (${rest.length} more problem${rest.length > 1 ? 's' : ''} after this one.)` : '';
  throw new DataError(
    `${label}: ${formatPath(first!.path)}: ${explain(first!, data)}. Correct that value and run limber again; ${schemaHint}.${more}`,
  );
}
