import { afterEach, expect, it } from 'vitest';
import { currentLanguage, t, tn, useLanguage } from '../src/core/i18n/translate.js';

// A language's messages are read on its first text, once: a kept view or --version prints none and skips them.
afterEach(() => useLanguage('en'));

it('the messages are read when the first text is asked for, and only once', () => {
  let reads = 0;
  useLanguage('de', () => {
    reads++;
    return { Hello: 'Hallo', '{count} sets': { one: '{count} Satz', other: '{count} Sätze' } };
  });
  expect(currentLanguage()).toBe('de');
  expect(reads).toBe(0);
  expect(t('Hello')).toBe('Hallo');
  expect(tn(2, '{count} set', '{count} sets')).toBe('2 Sätze');
  expect(reads).toBe(1);
});

it('messages that cannot be read raise their error once; English then stands in, so the error can be told', () => {
  useLanguage('de', () => {
    throw new Error('data/messages/de.json: unexpected end');
  });
  expect(() => t('Hello')).toThrow('unexpected end');
  expect(t('unexpected error: {message}', { message: 'x' })).toBe('unexpected error: x');
});
