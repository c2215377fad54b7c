import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Claims limber must never make (the brief's wording rules). */
const forbidden = [
  /\bsafe(ly)?\b/i,
  /\bcleared\b/i,
  /\bcures?\b/i,
  /\btreat(s|ed|ing)?\b/i,
  /\bfix(es|ed)?\b/i,
  /push through/i,
  /your spine is out/i,
];

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) strings(v, `${path}[${i}]`, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** Keys whose strings are citations or identifiers, not words limber says. */
const notUserFacing = /\.(\$schema|url|id|title|contributes|sources\[\d+\])$|\.sources\[\d+\]\.(title|url)$/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)]));

describe('wording', () => {
  it.each(['catalog.json', 'safety.json', 'desk.json'])('%s makes no forbidden claim', (file) => {
    const offending = strings(JSON.parse(readFileSync(`data/${file}`, 'utf8')), file)
      .filter(([path]) => !notUserFacing.test(path))
      .filter(([, text]) => forbidden.some((re) => re.test(text)));
    expect(offending).toEqual([]);
  });

  it('the screen, session and help messages make no forbidden claim', () => {
    const messages = sourceFiles('src')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        // String literals and template literals: what users read.
        return [...text.matchAll(/'([^'\n]{8,})'|`([^`]{8,})`/g)].map((m) => [file, (m[1] ?? m[2]!).replace(/\$\{[^}]*\}/g, '')] as const);
      })
      .filter(([, text]) => forbidden.some((re) => re.test(text)));
    expect(messages).toEqual([]);
  });

  it('the scan itself catches a forbidden claim', () => {
    expect(forbidden.some((re) => re.test('This stretch is safe for everyone'))).toBe(true);
    expect(forbidden.some((re) => re.test('Push through the pain'))).toBe(true);
  });
});
