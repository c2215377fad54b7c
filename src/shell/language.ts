import { existsSync, readFileSync } from 'node:fs';
import { textFields, translateFields } from '../core/i18n/data-text.js';
import { chooseLanguage, languages } from '../core/i18n/language.js';
import type { Messages } from '../core/i18n/messages.js';
import { currentLanguage, t, translateText, useLanguage } from '../core/i18n/translate.js';
import { UsageError } from './errors.js';
import { configFilePath } from './paths.js';
import { builtJson, shippedJson } from './shipped.js';

/** The "lang" field of config.json, peeked at without validating the file (the command validates it when it reads it). */
function configLanguage(env: NodeJS.ProcessEnv): string | undefined {
  const path = configFilePath(env);
  // Most people have no config file: looking first spares every start the cost of a thrown "no such file".
  if (!existsSync(path)) return undefined;
  try {
    const lang = (JSON.parse(readFileSync(path, 'utf8')) as { lang?: unknown }).lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Chooses the language once, at start-up, before anything is printed: --lang, LIMBER_LANG, config, then the
 * system locale. A language limber lacks, asked for by name, is a usage error that lists the ones it has.
 */
export function setUpLanguage(env: NodeJS.ProcessEnv, flag?: string): void {
  const choice = chooseLanguage({ flag, env, config: configLanguage(env) });
  if ('unknown' in choice) {
    useLanguage('en');
    throw new UsageError(
      t('{source} asks for the language "{value}", which limber does not have. Use one of: {languages}.', {
        // A config file is named with its field, so the person knows which file to mend.
        source: choice.source === 'config' ? `${configFilePath(env)} ("lang")` : choice.source,
        value: choice.unknown,
        languages: languages.join(', '),
      }),
    );
  }
  const { language } = choice;
  // Read when the first text is: a kept view or --version prints none, and parsing them costs about 2M instructions.
  const messages = () => shippedJson<{ messages: Messages }>(`messages/${language}.json`).messages;
  useLanguage(language, language === 'en' || language === 'en-XA' ? {} : messages, choice.region);
}

type DataFile = keyof typeof textFields;

/** The shipped translations of a data file's texts, keyed by their English. */
function shippedTexts(file: DataFile): Readonly<Record<string, string>> {
  const language = currentLanguage();
  if (language === 'en' || language === 'en-XA') return {};
  return shippedJson<{ texts: Record<string, string> }>(`${file}.${language}.json`).texts;
}

const translated = new Map<string, unknown>();

/**
 * A shipped data file in the current language, once per process however often it is asked for. The build
 * translates each whole (see translate-data.ts); limber run from its sources, without them, translates here.
 */
export function shippedLocalized<T>(file: DataFile): T {
  const language = currentLanguage();
  const key = `${file}:${language}`;
  if (!translated.has(key)) {
    const built = language === 'de' || language === 'es' ? builtJson<T>(`translated/${file}.${language}.json`) : undefined;
    translated.set(key, built ?? localized(file, shippedJson<T>(`${file}.json`)));
  }
  return translated.get(key) as T;
}

/** A data file's texts in the current language; `extra` (a custom catalog's own translations) wins. */
export function localized<T>(file: DataFile, data: T, extra: Readonly<Record<string, string>> = {}): T {
  if (currentLanguage() === 'en') return data;
  const texts = { ...shippedTexts(file), ...extra };
  return translateFields(data, textFields[file], (english) => translateText(english, texts));
}
