import { t } from './i18n/translate.js';
/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The local time of an instant as HH:MM, 24-hour. */
export const clockOfDay = (at: Date): string => `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;

// Each month is its own text, so a translation can also order and punctuate the date ("17. Nov. 2026"). These
// are limber's words, not ICU's: building Intl.DateTimeFormat costs a start about 17 ms.
const inWords: readonly ((day: number, year: number) => string)[] = [
  (day, year) => t('{day} Jan {year}', { day, year }),
  (day, year) => t('{day} Feb {year}', { day, year }),
  (day, year) => t('{day} Mar {year}', { day, year }),
  (day, year) => t('{day} Apr {year}', { day, year }),
  (day, year) => t('{day} May {year}', { day, year }),
  (day, year) => t('{day} Jun {year}', { day, year }),
  (day, year) => t('{day} Jul {year}', { day, year }),
  (day, year) => t('{day} Aug {year}', { day, year }),
  (day, year) => t('{day} Sep {year}', { day, year }),
  (day, year) => t('{day} Oct {year}', { day, year }),
  (day, year) => t('{day} Nov {year}', { day, year }),
  (day, year) => t('{day} Dec {year}', { day, year }),
];

/**
 * "2026-11-17" → "17 Nov 2026": unambiguous in every English-speaking country, and in the reader's words elsewhere.
 * A date with no such month (a hand-edited file) is shown as it is written.
 */
export function readableDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return inWords[month - 1]?.(day, year) ?? date;
}
