import { currentLanguage } from './i18n/translate.js';
/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDate(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The local time of an instant as HH:MM, 24-hour. */
export const clockOfDay = (at: Date): string => `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-17" → "17 Nov 2026": unambiguous in every English-speaking country. */
export function readableDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const language = currentLanguage();
  if (language === 'en' || language === 'en-XA') return `${day} ${months[month - 1]} ${year}`;
  // Other languages: their own month names and order, from the platform's locale data.
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}
