/** The languages limber speaks. "en-XA" is the pseudo-locale: English made strange, to find untranslated text. */
export const languages = ['en', 'de', 'es'] as const;
export type Language = (typeof languages)[number] | 'en-XA';

/** Where a choice came from, in the order they are asked. */
type LanguageSource = '--lang' | 'LIMBER_LANG' | 'config' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default';

export interface LanguageChoice {
  language: Language;
  /** The locale's region ("DE" in de_DE.UTF-8), for the emergency-number examples; undefined when not given. */
  region: string | undefined;
  source: LanguageSource;
}

/** A locale string such as "de_DE.UTF-8", "es-MX" or "en" as language and region; undefined for C/POSIX/empty. */
export function parseLocale(value: string | undefined): { language: string; region: string | undefined } | undefined {
  const name = (value ?? '').trim().split(/[.@]/)[0] ?? '';
  // C, POSIX and empty name no language: the pattern below refuses them (one letter, five, none).
  if (/^en[-_]XA$/i.test(name)) return { language: 'en-XA', region: undefined };
  const match = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?$/.exec(name);
  return match?.[1] ? { language: match[1].toLowerCase(), region: match[2]?.toUpperCase() } : undefined;
}

const isLanguage = (code: string): code is Language => code === 'en-XA' || (languages as readonly string[]).includes(code);

/** An explicit choice (flag, LIMBER_LANG, config) that limber cannot honour: said, never silently ignored. */
export interface UnknownLanguage {
  unknown: string;
  source: LanguageSource;
}

/**
 * The language to use: --lang, LIMBER_LANG, config, then the system locale (LC_ALL, LC_MESSAGES, LANG, the
 * POSIX order), English when none names a language limber has. An explicit choice of a language limber
 * lacks is returned as unknown, for an error; a system locale limber lacks falls back to English quietly.
 */
export function chooseLanguage(choices: {
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  config?: string | undefined;
}): LanguageChoice | UnknownLanguage {
  const explicit: [LanguageSource, string | undefined][] = [
    ['--lang', choices.flag],
    ['LIMBER_LANG', choices.env.LIMBER_LANG],
    ['config', choices.config],
  ];
  for (const [source, value] of explicit) {
    if (!value) continue;
    const locale = parseLocale(value);
    if (!locale || !isLanguage(locale.language)) return { unknown: value, source };
    return { language: locale.language, region: locale.region ?? systemRegion(choices.env), source };
  }
  for (const source of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = choices.env[source];
    if (!value) continue;
    // The first variable that is set decides, as in POSIX: LC_ALL=C means English even if LANG says German.
    const locale = parseLocale(value);
    return locale && isLanguage(locale.language)
      ? { language: locale.language, region: locale.region, source }
      : { language: 'en', region: locale?.region, source };
  }
  return { language: 'en', region: undefined, source: 'default' };
}

/** The region of the system locale, for a language chosen without one (LIMBER_LANG=de on an Austrian system). */
function systemRegion(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return parseLocale(value)?.region;
}
