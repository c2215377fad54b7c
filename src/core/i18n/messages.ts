/**
 * Messages are keyed by their English text, as in gettext: English needs no file, a changed English text
 * shows up as a missing translation, and a translator sees the whole sentence. Placeholders are {name}.
 */

/** One translation: a sentence, or plural forms chosen by Intl.PluralRules (one, other; many, few… when the language has them). */
type Translation = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Messages = Readonly<Record<string, Translation>>;
export type Params = Readonly<Record<string, string | number>>;

/** "{name}" replaced by its value; a placeholder with no value is left as it is, so a mistake shows. */
export const interpolate = (template: string, params: Params | undefined): string =>
  params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;

/** The placeholders a text uses, sorted: a translation must use the same ones. */
export const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

const accents: Record<string, string> = {
  a: 'å',
  c: 'ç',
  e: 'é',
  i: 'î',
  n: 'ñ',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  A: 'Å',
  C: 'Ç',
  E: 'É',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
};

/**
 * The pseudo-locale: every letter of a translated text accented and the whole text marked, so any English
 * left in the output was never passed through translation. Placeholders and the names in 'quotes' and
 * after "--" (commands, options, ids) are kept, as a translation keeps them.
 */
export function pseudo(text: string): string {
  const parts = text.split(/(\{\w+\}|'[^']*'|--[\w-]+|https?:\/\/\S+)/);
  const strange = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => accents[c] ?? c))).join('');
  return text.trim() === '' ? text : `⟦${strange}⟧`;
}
