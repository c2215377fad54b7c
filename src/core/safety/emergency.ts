import { currentLanguage, currentRegion, t } from '../i18n/translate.js';

/** The emergency number in countries whose number is one and well known; elsewhere the general examples are given. */
const numbers: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  GB: '999',
  AU: '000',
  NZ: '111',
  CO: '123',
  IN: '112',
  CH: '112',
  NO: '112',
  IS: '112',
  ...Object.fromEntries(
    [
      'AT',
      'BE',
      'BG',
      'CY',
      'CZ',
      'DE',
      'DK',
      'EE',
      'ES',
      'FI',
      'FR',
      'GR',
      'HR',
      'HU',
      'IE',
      'IT',
      'LT',
      'LU',
      'LV',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SE',
      'SI',
      'SK',
    ].map((c) => [c, '112']),
  ),
};

/**
 * The emergency number's wording when the person has set none: the locale's country's number as an example
 * ("for example 112 in Germany"), or the general examples when the locale names no country limber knows.
 * Always "for example": the locale says where a person's computer is set up, not where they are.
 */
export function defaultEmergencyNumber(): string {
  const region = currentRegion();
  const number = region ? numbers[region] : undefined;
  if (!region || !number) return t('for example 112 in Europe, 911 in North America, 999 in the UK');
  // en-XA is a valid tag the platform reads as English.
  const country = new Intl.DisplayNames(currentLanguage(), { type: 'region' }).of(region) ?? region;
  return t('for example {number} in {country}', { number, country });
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
