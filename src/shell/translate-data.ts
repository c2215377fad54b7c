/**
 * Build-time tool: every shipped data file in every language limber is translated into, translated whole, to
 * dist/translated/<file>.<language>.json. A German or Spanish start then parses one file per data file and
 * walks none: parsing the translations and walking the data cost a German break about 7M instructions. The
 * same translation is made at run time when limber runs from its sources (see shippedLocalized).
 * Usage: node translate-data.cjs <data folder> <output folder>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textFields, translateFields } from '../core/i18n/data-text.js';
import { languages } from '../core/i18n/language.js';

const [dataDir = 'data', output = 'dist/translated'] = process.argv.slice(2);
// Letters beyond ASCII written as \u escapes: Node reads ASCII text faster than UTF-8 it must decode.
const asciiJson = (data: unknown) => JSON.stringify(data).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const json = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
mkdirSync(output, { recursive: true });
const files = Object.entries(textFields);
const translatedInto = languages.filter((language) => language !== 'en');
for (const language of translatedInto) {
  for (const [file, fields] of files) {
    const { texts } = json(`${file}.${language}.json`) as { texts: Record<string, string> };
    const whole = translateFields(json(`${file}.json`), fields, (english) => texts[english] ?? english);
    writeFileSync(join(output, `${file}.${language}.json`), asciiJson(whole));
  }
}
console.log(`translated ${files.length} data files into ${translatedInto.join(', ')} in ${output}`);
