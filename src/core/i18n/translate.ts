import type { Language } from './language.js';
import { interpolate, type Messages, type Params, pseudo } from './messages.js';

/** What the text of the running process is in: set once at start-up by the shell, read by every renderer. */
interface Active {
  language: Language;
  /** The locale's region (DE, MX…), for examples that differ by country; undefined when the locale names none. */
  region: string | undefined;
  /** The messages, or how to read them: read on the first text, so a start that prints none (a kept view) skips them. */
  messages: Messages | (() => Messages);
  /** Made on the first counted text: building ICU's rules costs about a millisecond, and English never needs them. */
  plural?: Intl.PluralRules;
}

// Each command is its own bundle with its own copy of this module, so the choice lives in one shared slot.
const slot = Symbol.for('limber.language');
const shared = globalThis as typeof globalThis & { [slot]?: Active };
const english = (): Active => ({ language: 'en', region: undefined, messages: {} });
const current = (): Active => {
  shared[slot] ??= english();
  return shared[slot];
};

/** Switches every later t() to this language and its messages (English needs none), given or read when first needed. */
export function useLanguage(language: Language, messages: Messages | (() => Messages) = {}, region?: string): void {
  shared[slot] = { language, region, messages };
}

function messagesOf(active: Active): Messages {
  if (typeof active.messages === 'function') {
    const read = active.messages;
    // Should reading fail (a damaged install), English stands in, so that the error can still be reported.
    active.messages = {};
    active.messages = read();
  }
  return active.messages;
}

export const currentLanguage = (): Language => current().language;
export const currentRegion = (): string | undefined => current().region;

/** The text in the current language, with its {placeholders} filled: t('Hold for {seconds} s', { seconds }). */
// English has no messages, so every lookup falls through to the English text itself.
export function t(english: string, params?: Params): string {
  if (current().language === 'en-XA') return interpolate(pseudo(english), params);
  const found = messagesOf(current())[english];
  return interpolate(typeof found === 'string' ? found : english, params);
}

/**
 * A counted text: tn(n, '{count} session', '{count} sessions'). The translation is looked up by the plural
 * English text and gives each of the language's plural forms; {count} is filled with n.
 */
export function tn(count: number, one: string, other: string, params?: Params): string {
  const all = { count, ...params };
  const english = count === 1 ? one : other;
  if (current().language === 'en-XA') return interpolate(pseudo(english), all);
  const active = current();
  const found = messagesOf(active)[other];
  if (typeof found !== 'object') return interpolate(english, all);
  active.plural ??= new Intl.PluralRules(active.language);
  const form = active.plural.select(count);
  return interpolate(found[form] ?? found.other ?? english, all);
}

/** A data text (a catalog cue, a screen question): looked up in the data's own translations, by its English. */
export function translateText(english: string, texts: Readonly<Record<string, string>>): string {
  if (current().language === 'en-XA') return pseudo(english);
  return texts[english] ?? english;
}
