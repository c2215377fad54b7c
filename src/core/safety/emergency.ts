import { currentRegion, t } from '../i18n/translate.js';

/**
 * The emergency number in countries whose number is one and well known, with where it is dialled, in words of
 * the chosen language. The words are limber's own translations, not the platform's country names: building
 * ICU's display names costs a start about 17 ms (over half of Node's own start-up), on every break of everyone
 * whose locale names a country, and a translation can also say "in der Schweiz" where the platform's name
 * would only fit "in {country}". Elsewhere the general examples are given.
 */
const numbers: Readonly<Record<string, readonly [number: string, where: () => string]>> = {
  US: ['911', () => t('in the United States')],
  CA: ['911', () => t('in Canada')],
  MX: ['911', () => t('in Mexico')],
  GB: ['999', () => t('in the United Kingdom')],
  AU: ['000', () => t('in Australia')],
  NZ: ['111', () => t('in New Zealand')],
  CO: ['123', () => t('in Colombia')],
  IN: ['112', () => t('in India')],
  CH: ['112', () => t('in Switzerland')],
  NO: ['112', () => t('in Norway')],
  IS: ['112', () => t('in Iceland')],
  AT: ['112', () => t('in Austria')],
  BE: ['112', () => t('in Belgium')],
  BG: ['112', () => t('in Bulgaria')],
  CY: ['112', () => t('in Cyprus')],
  CZ: ['112', () => t('in Czechia')],
  DE: ['112', () => t('in Germany')],
  DK: ['112', () => t('in Denmark')],
  EE: ['112', () => t('in Estonia')],
  ES: ['112', () => t('in Spain')],
  FI: ['112', () => t('in Finland')],
  FR: ['112', () => t('in France')],
  GR: ['112', () => t('in Greece')],
  HR: ['112', () => t('in Croatia')],
  HU: ['112', () => t('in Hungary')],
  IE: ['112', () => t('in Ireland')],
  IT: ['112', () => t('in Italy')],
  LT: ['112', () => t('in Lithuania')],
  LU: ['112', () => t('in Luxembourg')],
  LV: ['112', () => t('in Latvia')],
  MT: ['112', () => t('in Malta')],
  NL: ['112', () => t('in the Netherlands')],
  PL: ['112', () => t('in Poland')],
  PT: ['112', () => t('in Portugal')],
  RO: ['112', () => t('in Romania')],
  SE: ['112', () => t('in Sweden')],
  SI: ['112', () => t('in Slovenia')],
  SK: ['112', () => t('in Slovakia')],
};

/**
 * The emergency number's wording when the person has set none: the locale's country's number as an example
 * ("for example 112 in Germany"), or the general examples when the locale names no country limber knows.
 * Always "for example": the locale says where a person's computer is set up, not where they are.
 */
export function defaultEmergencyNumber(): string {
  const region = currentRegion();
  const known = region ? numbers[region] : undefined;
  if (!known) return t('for example 112 in Europe, 911 in North America, 999 in the UK');
  const [number, where] = known;
  return t('for example {number} {where}', { number, where: where() });
}

/**
 * The emergency number is shown in every urgent text, so it must be a number a person can dial: digits, "+",
 * spaces and dashes, nothing that could carry an escape sequence or other text. Returns the problem, if any.
 */
export function emergencyNumberProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^[0-9+ -]+$/.test(trimmed) || !/[0-9]/.test(trimmed) || trimmed.length > 20) {
    return t('expected a phone number such as "112" or "+44 20 7946 0000": digits, +, spaces and dashes only, at most 20 characters');
  }
  return undefined;
}
