/**
 * Build-time check of the shipped data: each file must pass its schema, and each generated JSON Schema must
 * match the zod schema. With --write, the JSON Schemas are regenerated instead of compared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textFields, translateFields } from '../core/i18n/data-text.js';
import { languages } from '../core/i18n/language.js';
import { isLimberError } from './errors.js';
import { readJsonFile } from './json-file.js';
import { dataFiles, jsonSchemaText } from './schemas.js';
import { parseWithSchema } from './validate.js';

async function validates(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (!isLimberError(error)) throw error;
    console.error(error.message);
    return false;
  }
}

async function checkData(dataDir: string, write: boolean): Promise<boolean> {
  let ok = true;
  const poses = (await readJsonFile(join(dataDir, 'poses.json'))) as { poses: { id: string }[] };
  const poseIds = new Set(poses.poses.map((p) => p.id));
  for (const file of dataFiles) {
    const schemaPath = join(dataDir, file.schemaFile);
    const expected = jsonSchemaText(file.schema, file.title);
    if (write) {
      writeFileSync(schemaPath, expected);
      console.log(`wrote ${schemaPath}`);
    } else if (readFileSync(schemaPath, 'utf8') !== expected) {
      console.error(`${schemaPath} is out of date with the zod schema; run 'npm run schema' and commit the result.`);
      ok = false;
    }
    if (!file.data) continue;
    const schema = file.check?.(poseIds) ?? file.schema;
    const english = await readJsonFile(join(dataDir, file.data));
    ok = (await validates(async () => parseWithSchema(schema, english, `data/${file.data}`, `see data/${file.schemaFile}`))) && ok;
    // Each translation, merged into the English, must pass the same schema.
    const kind = file.data.replace('.json', '') as keyof typeof textFields;
    for (const language of languages.filter((l) => l !== 'en')) {
      const name = `${kind}.${language}.json`;
      ok =
        (await validates(async () => {
          const { texts } = (await readJsonFile(join(dataDir, name))) as { texts: Record<string, string> };
          const merged = translateFields(english, textFields[kind], (text) => texts[text] ?? text);
          parseWithSchema(schema, merged, `data/${name}`, `translate the texts of data/${file.data} only`);
        })) && ok;
    }
  }
  return ok;
}

checkData(process.argv[2] ?? 'data', process.argv.includes('--write')).then((ok) => (process.exitCode = ok ? 0 : 1));
