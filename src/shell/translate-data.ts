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
import { asciiJson } from '../view/text.js';

const [dataDir = 'data', output = 'dist/translated'] = process.argv.slice(2);
const json = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
mkdirSync(output, { recursive: true });
const files = Object.entries(textFields);
const translatedInto = languages.filter((language) => language !== 'en');
for (const language of translatedInto) {
  for (const [file, fields] of files) {
    const { texts } = json(`${file}.${language}.json`) as { texts: Record<string, string> };
    const whole = translateFields(json(`${file}.json`), fields, (english) => texts[english] ?? english);
    writeFileSync(join(output, `${file}.${language}.json`), asciiJson(JSON.stringify(whole)));
  }
}
console.log(`translated ${files.length} data files into ${translatedInto.join(', ')} in ${output}`);
