import { visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { firstDuplicateKey } from '../src/shell/json-file.js';

/** jsonc-parser's visit, which limber used before, as the reference the scan must agree with. */
function byVisit(text: string): { key: string; line: number } | undefined {
  const open: Set<string>[] = [];
  let found: { key: string; line: number } | undefined;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, _offset, _length, startLine) => {
      const keys = open.at(-1);
      if (!keys || found) return;
      if (keys.has(key)) found = { key, line: startLine + 1 };
      keys.add(key);
    },
  });
  return found;
}

describe('firstDuplicateKey', () => {
  it.each([
    ['{}', undefined],
    ['[]', undefined],
    ['"a"', undefined],
    ['{"a": true, "b": false}', undefined],
    ['{"a": true, "a": false}', { key: 'a', line: 1 }],
    ['{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}', { key: 'a', line: 4 }],
    // A value equal to a key is not a key.
    ['{"a": "a", "b": "a"}', undefined],
    ['{"a": ["a", "a"], "b": {"a": 1}}', undefined],
    // The same key in two objects is allowed; in one nested object it is not.
    ['[{"a": 1}, {"a": 2}]', undefined],
    ['{"x": {"a": 1, "a": 2}}', { key: 'a', line: 1 }],
    // After a nested object closes, the outer object's keys still count.
    ['{"a": {"b": 1}, "a": 2}', { key: 'a', line: 1 }],
    ['{"a": [1, {"c": 2}], "b": 3, "b": 4}', { key: 'b', line: 1 }],
    // Escapes: the parsed key is what counts, and a quote inside a string does not end it.
    ['{"a": 1, "\\u0061": 2}', { key: 'a', line: 1 }],
    ['{"say \\"hi\\"": 1, "say \\"hi\\"": 2}', { key: 'say "hi"', line: 1 }],
    ['{"back\\\\": 1, "back\\\\": 2}', { key: 'back\\', line: 1 }],
    ['{"a\\\\": 1, "a": 2}', undefined],
    ['{"{": "[", "}": "]", ",": ","}', undefined],
    ['\ufeff{"a": 1, "a": 2}', { key: 'a', line: 1 }],
  ])('%s → %o', (text, expected) => {
    expect(firstDuplicateKey(text)).toEqual(expected);
    expect(byVisit(text)).toEqual(expected);
  });

  it('agrees with jsonc-parser on generated documents, duplicates or not', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const names = ['a', 'b', 'c', 'é', 'a\\"', 'x y', '\\u0062'];
    const value = (depth: number): string => {
      const pick = random();
      if (depth > 3 || pick < 0.3) return JSON.stringify(names[Math.floor(random() * names.length)]);
      if (pick < 0.4) return String(Math.floor(random() * 100));
      const count = Math.floor(random() * 4);
      const items = Array.from({ length: count }, () => value(depth + 1));
      if (pick < 0.6) return `[${items.join(', ')}]`;
      const keys = items.map(() => `"${names[Math.floor(random() * names.length)]}"`);
      return `{\n${items.map((item, i) => `${keys[i]}: ${item}`).join(',\n')}\n}`;
    };
    let duplicates = 0;
    for (let i = 0; i < 2000; i++) {
      const text = value(0);
      JSON.parse(text);
      const expected = byVisit(text);
      if (expected) duplicates++;
      expect(firstDuplicateKey(text), text).toEqual(expected);
    }
    expect(duplicates).toBeGreaterThan(100);
  });
});
