import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readableDate } from '../src/core/dates.js';
import { useLanguage } from '../src/core/i18n/translate.js';
import { shortDayTime } from '../src/core/remind/hours.js';

// Dates and weekdays in limber's own words (building ICU's formats costs a start about 17 ms); ICU is the oracle.
const messages = (language: string) => JSON.parse(readFileSync(`data/messages/${language}.json`, 'utf8')).messages;
const months = Array.from({ length: 12 }, (_, month) => month + 1);

afterEach(() => useLanguage('en'));

describe.each(['en', 'de', 'es'])('in %s', (language) => {
  it.each(months)('month %i reads as the platform writes it', (month) => {
    useLanguage(language as 'en', language === 'en' ? {} : messages(language));
    // limber's English is the British order, "7 Nov 2026", with the three-letter "Sep".
    const icu = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const date = `2026-${String(month).padStart(2, '0')}-07`;
    expect(readableDate(date)).toBe(icu.format(Date.UTC(2026, month - 1, 7)).replace('Sept', language === 'en' ? 'Sep' : 'Sept'));
  });

  it.each([0, 1, 2, 3, 4, 5, 6])('weekday %i reads as the platform writes it, with the time', (offset) => {
    useLanguage(language as 'en', language === 'en' ? {} : messages(language));
    const at = new Date(2026, 10, 29 + offset, 9, 5);
    expect(shortDayTime(at)).toBe(`${new Intl.DateTimeFormat(language, { weekday: 'short' }).format(at)} 09:05`);
  });
});

it('a date with no such month is shown as it is written', () => {
  expect(readableDate('2026-13-01')).toBe('2026-13-01');
});
