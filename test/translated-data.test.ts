import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { textFields } from '../src/core/i18n/data-text.js';
import { useLanguage } from '../src/core/i18n/translate.js';
import { localized } from '../src/shell/language.js';
import { builtJson } from '../src/shell/shipped.js';

// The build translates each shipped data file whole (dist/translated/), so a German or Spanish start parses one
// file and walks none; it must say exactly what the translation made at run time says.
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
afterEach(() => useLanguage('en'));

describe.each(['de', 'es'] as const)('in %s', (language) => {
  it.each(Object.keys(textFields) as (keyof typeof textFields)[])('the built %s is the data translated', (file) => {
    const built = builtJson(`translated/${file}.${language}.json`);
    expect(built, 'dist/translated is missing or stale: run npm run build').toBeDefined();
    useLanguage(language, json(`data/messages/${language}.json`).messages);
    expect(built).toEqual(localized(file, json(`data/${file}.json`)));
  });

  it('the built files are ASCII, which Node reads fastest', () => {
    for (const file of Object.keys(textFields)) {
      expect(readFileSync(`dist/translated/${file}.${language}.json`, 'utf8')).toMatch(/^[\u0000-\u007f]*$/);
    }
  });
});

it('without a built file (limber run from its sources) there is none, and the data is translated at run time', () => {
  expect(builtJson('translated/nothing.de.json')).toBeUndefined();
});
