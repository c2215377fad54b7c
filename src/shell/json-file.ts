import { readFileSync } from 'node:fs';
import { t } from '../core/i18n/translate.js';
import { errnoWords } from './errno.js';
import { DataError } from './errors.js';
import type { InStream } from './io.js';

/** What a JSON syntax error code from jsonc-parser means, in words a user can act on. */
const syntaxHints: Record<string, () => string> = {
  InvalidSymbol: () => t('an unexpected character (a missing quote, or a word that is not true, false or null?)'),
  InvalidNumberFormat: () => t('a number written in a way JSON does not allow'),
  PropertyNameExpected: () => t('a property name in double quotes is expected here (a trailing comma?)'),
  ValueExpected: () => t('a value is expected here (a trailing comma, or an empty file?)'),
  ColonExpected: () => t('a colon is expected after the property name'),
  CommaExpected: () => t('a comma is missing between two items'),
  CloseBraceExpected: () => t('a closing } is missing'),
  CloseBracketExpected: () => t('a closing ] is missing'),
  EndOfFileExpected: () => t('extra text after the end of the JSON value'),
  InvalidCommentToken: () => t('comments are not allowed in JSON'),
  UnexpectedEndOfComment: () => t('comments are not allowed in JSON'),
  UnexpectedEndOfString: () => t('a string is missing its closing double quote'),
  UnexpectedEndOfNumber: () => t('a number ends too early'),
  InvalidUnicode: () => t('a broken \\u escape in a string'),
  InvalidEscapeCharacter: () => t('a backslash escape JSON does not allow'),
  InvalidCharacter: () => t('a control character inside a string'),
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** Deeper than any file limber reads needs; the locating parser recurses, so deeper text is refused first. */
const maxNesting = 256;

/** The offset where nesting first goes deeper than the limit (strings skipped), or undefined. */
function nestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (++depth > limit) return i;
    } else if (ch === '}' || ch === ']') depth--;
  }
  return undefined;
}

/** Parses JSON text; a syntax error names the file, line and column. The locating parser loads only on error. */
/** "file: line 3, column 7", the place an error names. */
const placeIn = (label: string, where: { line: number; column: number }) =>
  t('{file}: line {line}, column {column}', { file: label, line: where.line, column: where.column });

export async function parseJsonText(raw: string, label: string, remedy = t('Correct the JSON at that place and run limber again')): Promise<unknown> {
  // A byte-order mark that some editors put at the start is not part of the data.
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const tooDeep = nestingBeyond(text, maxNesting);
    if (tooDeep !== undefined) {
      const where = lineAndColumn(text, tooDeep);
      throw new DataError(`${placeIn(label, where)}: ${t('nested more than {count} levels deep.', { count: maxNesting })} ${remedy}.`);
    }
    const { parse, printParseErrorCode } = await import('jsonc-parser');
    const errors: import('jsonc-parser').ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const where = first ? lineAndColumn(text, first.offset) : lineAndColumn(text, text.length);
    const hint = (first && syntaxHints[printParseErrorCode(first.error)]?.()) ?? t('invalid JSON');
    throw new DataError(`${placeIn(label, where)}: ${hint}. ${remedy}.`);
  }
}

/** All of an input stream as text (standard input for '-', injected so tests pass a fake). */
export function readStream(stream: InStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    stream.setEncoding?.('utf8');
    stream.on('data', (chunk: string) => (text += chunk));
    stream.once('end', () => resolve(text));
    stream.once('error', reject);
    stream.resume();
  });
}

/** Reads a text file; a missing file is a clear usage error. */
export function readTextFile(path: string, label = path): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataError(
      t('{file}: cannot read it ({why}). Check the path and its permissions, and try again.', { file: label, why: errnoWords(error) }),
    );
  }
}

/** Reads and parses a JSON file, or '-' for standard input. */
export async function readJsonFile(path: string, label = path): Promise<unknown> {
  return parseJsonText(readTextFile(path, label), label);
}

/** The index of the double quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

/**
 * The first key written twice in one object, with its line, or undefined. JSON.parse silently keeps the last
 * value, so `{"a": true, "a": false}` would quietly drop an answer. The text is valid JSON (JSON.parse read it
 * first), so a key is the string after an object's `{` or a comma in it; keys are compared unescaped, as the
 * parsed object has them. (A scan, not jsonc-parser's visit: loading that costs 3 to 6 ms on every answered
 * session, and the syntax errors it explains never reach here.)
 */
export function firstDuplicateKey(text: string): { key: string; line: number } | undefined {
  // One entry per open object (its keys so far) or array (undefined).
  const open: (Set<string> | undefined)[] = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      const keys = open.at(-1);
      if (keyNext && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return { key, line: lineAndColumn(text, i).line };
        keys.add(key);
      }
      keyNext = false;
      i = end;
    } else if (ch === '{' || ch === '[') {
      open.push(ch === '{' ? new Set() : undefined);
      keyNext = ch === '{';
    } else if (ch === '}' || ch === ']') {
      open.pop();
      keyNext = false;
    } else if (ch === ',') keyNext = open.at(-1) !== undefined;
  }
  return undefined;
}
