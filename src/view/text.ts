/**
 * Terminal-bound text from any catalog passes through here: escape sequences (CSI, OSC, and the rest),
 * control characters, and invisible or direction-changing characters are removed, so a catalog cannot move
 * the cursor, retitle the window, hide text, or make text read differently from what it is (Trojan Source).
 */
const escapeSequences =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides and isolates, zero-width characters and marks, the BOM, the soft hyphen, line separators. */
const invisibleCharacters = /[\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const tabsAndNewlines = /[\t\n]/g;
/**
 * Any character the replacements below would touch (every escape sequence starts with a control character):
 * most text has none, and one scan then does. Made from their own classes, so the two cannot drift apart.
 */
const anyUnsafe = new RegExp([controlCharacters, invisibleCharacters, tabsAndNewlines].map((pattern) => pattern.source).join('|'));

export function terminalSafe(text: string): string {
  if (!anyUnsafe.test(text)) return text;
  return text.replace(escapeSequences, '').replace(controlCharacters, '').replace(invisibleCharacters, '').replace(tabsAndNewlines, ' ');
}

/** A character as JSON's \\u escape. */
const unicodeEscape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON for a terminal or a pipe: the same data, with invisible and direction-changing characters written as
 * \\u escapes, so they cannot reorder what a person reads (JSON.stringify leaves them raw).
 */
export function jsonSafe(json: string): string {
  return json.replace(invisibleCharacters, unicodeEscape);
}

/** JSON text with every character beyond ASCII as a \\u escape: Node reads ASCII text far faster than UTF-8 it must decode. */
export const asciiJson = (json: string): string => json.replace(/[\u007f-\uffff]/g, unicodeEscape);

/** 95 → "1:35". */
export function clockTime(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

const surrogates = /[\ud800-\udfff]/;

/** How many characters (code points) a text has, as `[...text].length` counts them; the array only when needed. */
const characterCount = (text: string): number => (surrogates.test(text) ? [...text].length : text.length);

/**
 * Pads columns so rows line up; widths come from the longest cell, and the last cell of a row is not padded. Index
 * loops rather than iterators and destructuring: a year's history is 365 rows, run once, in the interpreter.
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, characterCount(row[i]!));
  return rows.map((row) => {
    let line = '';
    for (let i = 0; i < row.length - 1; i++) line += row[i] + ' '.repeat(widths[i]! - characterCount(row[i]!) + gap);
    return (line + (row.at(-1) ?? '')).trimEnd();
  });
}

/** The width limber wraps notes to: the terminal's, at most 100 columns; 80 without a terminal. */
export const noteWidth = (columns: number | undefined): number => Math.min(100, columns ?? 80);

/** `heading` and then `body`, wrapped to `width` between words, the heading in its own style. */
export const headedNote = (heading: string, body: string, width: number, style: (text: string) => string): string =>
  wrapText(`${heading} ${body}`, width).replace(heading, style(heading));

/**
 * An item of a list wrapped to `width` between words: `lead` (its indent and marker, such as "  1. ") starts the
 * first line, and the lines after it are indented to line up under the text. `tail` ("(6 s)") is never split.
 * The text keeps at least 20 columns however narrow the terminal.
 */
export function hangingLines(lead: string, text: string, width: number, tail = ''): string[] {
  const hang = ' '.repeat(characterCount(lead));
  const textWidth = Math.max(20, width - hang.length);
  const lines = wrapText(text, textWidth).split('\n');
  const last = lines.length - 1;
  if (tail && characterCount(lines[last]!) + 1 + characterCount(tail) <= textWidth) lines[last] += ` ${tail}`;
  else if (tail) lines.push(tail);
  return lines.map((line, i) => (i === 0 ? lead : hang) + line);
}

/**
 * Facts joined by " · ", wrapped between facts so that none is split ("Time: 2:14" stays whole); only a fact
 * longer than the line wraps between its words.
 */
export function wrapFacts(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const fact of text.split(' · ')) {
    const last = lines.length - 1;
    if (last >= 0 && characterCount(lines[last]!) + 3 + characterCount(fact) <= width) lines[last] += ` · ${fact}`;
    else lines.push(...wrapText(fact, width).split('\n'));
  }
  return lines;
}

/** Breaks text into lines of at most `width` characters at spaces, for prompts longer than the terminal. */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
