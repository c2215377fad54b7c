import { Chalk, type ChalkInstance } from 'chalk';
import { describe, expect, it } from 'vitest';
import { colorEnabled, plainStyle, stylesFor } from '../src/shell/color.js';
import { alignColumns, clockTime, hangingLines, headedNote, noteWidth, terminalSafe, wrapFacts, wrapText } from '../src/view/text.js';

describe('colorEnabled', () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  it.each([
    [tty, {}, true, true],
    [pipe, {}, true, false],
    [tty, { NO_COLOR: '1' }, true, false],
    [tty, { NO_COLOR: '' }, true, true],
    [tty, { TERM: 'dumb' }, true, false],
    [tty, {}, false, false],
    [pipe, { FORCE_COLOR: '1' }, true, true],
    [tty, { FORCE_COLOR: '0' }, true, true],
    [pipe, { FORCE_COLOR: '1' }, false, false],
  ] as const)('%o with %o and the colour flag %s → %s', (stream, env, flag, expected) => {
    expect(colorEnabled(stream, env, flag)).toBe(expected);
  });
});

describe('plainStyle: chalk at level 0 without loading chalk', () => {
  const chalk = new Chalk({ level: 0 });
  it.each([
    ['bold', (c: ChalkInstance) => c.bold('text')],
    ['dim', (c: ChalkInstance) => c.dim('a', 'b', 3)],
    ['yellow.bold', (c: ChalkInstance) => c.yellow.bold('Easy does it:')],
    ['green.bold.underline', (c: ChalkInstance) => c.green.bold.underline('')],
    ['no text', (c: ChalkInstance) => c.red()],
    ['a number', (c: ChalkInstance) => c.cyan(42)],
    ['level', (c: ChalkInstance) => c.level],
  ])('%s gives what chalk gives', (_name, use) => {
    expect(use(plainStyle)).toEqual(use(chalk));
  });

  it('styles load chalk only for a coloured stream', async () => {
    const stream = (isTTY: boolean) => ({ write: () => true, isTTY });
    const plain = await stylesFor({ stdout: stream(false), stderr: stream(false), env: {} } as never);
    expect([plain.out, plain.err]).toEqual([plainStyle, plainStyle]);
    const mixed = await stylesFor({ stdout: stream(true), stderr: stream(false), env: {} } as never);
    expect([mixed.out.level, mixed.err.level]).toEqual([2, 0]);
    expect(mixed.out.bold('x')).toBe('\u001b[1mx\u001b[22m');
    const off = await stylesFor({ stdout: stream(true), stderr: stream(true), env: {} } as never, false);
    expect(off.out).toBe(plainStyle);
  });
});

describe('terminalSafe', () => {
  it.each([
    ['plain text', 'plain text'],
    ['\u001b[2J\u001b[Hcleared', 'cleared'],
    ['\u001b]0;new title\u0007name', 'name'],
    ['hid\u001b[8mden', 'hidden'],
    ['bell\u0007 and backspace\u0008', 'bell and backspace'],
    ['c1 \u009b31m csi', 'c1  csi'],
    ['tab\there\nnewline', 'tab here newline'],
  ])('%j → %j', (input, output) => {
    expect(terminalSafe(input)).toBe(output);
  });

  it('treats every character the same whether the rest of the text is clean or not', () => {
    // Clean text skips the replacements: a trailing NUL forces them, and must change nothing else.
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (terminalSafe(`a${char}b`) !== terminalSafe(`a${char}b\u0000`)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
    expect(terminalSafe('a\u200bb')).toBe('ab');
  });
});

describe('text helpers', () => {
  it.each([
    [undefined, 80],
    [60, 60],
    [100, 100],
    [200, 100],
  ])('notes for a stream of %s columns wrap at %i', (columns, width) => {
    expect(noteWidth(columns)).toBe(width);
  });

  it('wraps a headed note between words and styles only its heading', () => {
    expect(headedNote('Not today:', 'Wall angel is left out today.', 20, (text) => `<${text}>`)).toBe('<Not today:> Wall\nangel is left out\ntoday.');
  });

  it.each([
    [0, '0:00'],
    [59.4, '0:59'],
    [95, '1:35'],
    [600, '10:00'],
  ])('clockTime(%d) = %s', (seconds, text) => {
    expect(clockTime(seconds)).toBe(text);
  });

  it('aligns columns', () => {
    expect(
      alignColumns([
        ['a', 'bb', 'c'],
        ['ccc', 'd', 'e'],
      ]),
    ).toEqual(['a    bb  c', 'ccc  d   e']);
    // Characters, not UTF-16 units; a short row's last cell still widens its column; trailing spaces go.
    expect(
      alignColumns([
        ['😀😀', 'long last'],
        ['x', 'y', 'z'],
        ['Sätze', '', ''],
      ]),
    ).toEqual(['😀😀     long last', 'x      y          z', 'Sätze']);
  });
});

describe('hangingLines', () => {
  it.each([
    ['  1. ', 'one two three four five six seven', 30, ['  1. one two three four five', '     six seven']],
    ['  - ', 'short', 80, ['  - short']],
    // The text keeps 20 columns however narrow the terminal.
    ['    a. ', 'one two three four five six seven eight', 10, ['    a. one two three four', '       five six seven eight']],
  ])('%j + %j at %i columns', (lead, text, width, lines) => {
    expect(hangingLines(lead, text, width)).toEqual(lines);
  });

  it.each([
    ['one two three four five', ['1. one two three four five', '   (6 s)']],
    ['one two three four', ['1. one two three four (6 s)']],
  ])('keeps the tail whole: %j', (text, lines) => {
    expect(hangingLines('1. ', text, 29, '(6 s)')).toEqual(lines);
  });
});

describe('wrapFacts', () => {
  it.each([
    ['A: 1 · B: 2 · C: 3', 80, ['A: 1 · B: 2 · C: 3']],
    ['A: 1 · B: 2 · Time: 2:14', 14, ['A: 1 · B: 2', 'Time: 2:14']],
    // A fact longer than the line wraps between its words, and the next fact may follow it.
    ['Areas: one two three four · T: 1', 12, ['Areas: one', 'two three', 'four · T: 1']],
    ['no separator at all here', 10, ['no', 'separator', 'at all', 'here']],
  ])('%j at %i columns', (text, width, lines) => {
    expect(wrapFacts(text, width)).toEqual(lines);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three four five', 9)).toBe('one two\nthree\nfour five');
    expect(wrapText('short', 40)).toBe('short');
  });
});
