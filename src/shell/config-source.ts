import type { Config } from '../core/config/schema.js';
import { t } from '../core/i18n/translate.js';
import { parseJsonText, readTextFile } from './json-file.js';
import { configFilePath, limberPaths, userFileExists } from './paths.js';
import { validatedOnce } from './validated-cache.js';

/**
 * Reads and validates config.json; no file means all defaults. zod loads only when there is a file that has
 * changed since it last passed validation.
 */
export async function loadConfig(env: NodeJS.ProcessEnv): Promise<Config> {
  const path = configFilePath(env);
  if (!userFileExists(path)) return {};
  const text = readTextFile(path);
  return validatedOnce(limberPaths(env).cache, 'config', { path, text }, async () => {
    const data = await parseJsonText(text, path);
    const { configSchema, parseWithSchema } = await import('./user-schemas.js');
    return parseWithSchema(
      configSchema,
      data,
      path,
      t(
        'the fields are emergencyNumber (text), lang (en, de or es), bell (true/false), figures (true/false), voice (true/false), speech (voice, rate, volume), breakMinutes (1-15), dailyLimit (a whole number) and remind (every, snooze, hours, days, limit, deferIf, idle, notify), as data/config.schema.json in the limber folder describes',
      ),
    );
  });
}
