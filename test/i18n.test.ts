import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { vocabularyLabel } from '../src/core/catalog/vocabulary.js';
import { textFields, textsOf, translateFields } from '../src/core/i18n/data-text.js';
import { chooseLanguage, languages, parseLocale } from '../src/core/i18n/language.js';
import { interpolate, placeholders, pseudo } from '../src/core/i18n/messages.js';
import { t, tn, translateText, useLanguage } from '../src/core/i18n/translate.js';
import { defaultEmergencyNumber, emergencyNumberProblem } from '../src/core/safety/emergency.js';
import { runCli } from './helpers/cli.js';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const others = languages.filter((l) => l !== 'en');
type Plural = Record<string, string>;

afterEach(() => useLanguage('en'));

describe('translations are complete', () => {
  it.each(others)('%s has every message, each with the same placeholders, and no stale ones', (language) => {
    const english = json('data/messages/en.json').messages as Record<string, string | Plural>;
    const translated = json(`data/messages/${language}.json`).messages as Record<string, string | Plural>;
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) {
      const forms = typeof value === 'string' ? [value] : Object.values(value);
      const theirs = translated[key];
      expect(typeof theirs, key).toBe(typeof value);
      for (const form of typeof theirs === 'string' ? [theirs] : Object.values(theirs ?? {})) {
        expect(placeholders(form), `${language}: ${key}`).toEqual(placeholders(forms.at(-1) ?? ''));
      }
    }
  });

  const dataFiles = Object.keys(textFields) as (keyof typeof textFields)[];
  it.each(others.flatMap((language) => dataFiles.map((file) => [file, language] as const)))(
    'data/%s.%s.json translates every text of the file, keeps its placeholders, and holds nothing else',
    (file, language) => {
      const english = textsOf(json(`data/${file}.json`), textFields[file]);
      const { texts } = json(`data/${file}.${language}.json`) as { texts: Record<string, string> };
      expect(Object.keys(texts).sort()).toEqual([...english].sort());
      for (const text of english) expect(placeholders(texts[text] ?? ''), text).toEqual(placeholders(text));
    },
  );

  it('translating a data file changes only its text fields', () => {
    const data = { id: 'cat-cow', name: 'Cat-cow', steps: [{ cue: 'Arch', seconds: 3, pose: 'cow' }], cautions: ['Slowly'] };
    const out = translateFields(data, new Set(['name', 'cue', 'cautions']), (text) => `<${text}>`);
    expect(out).toEqual({ id: 'cat-cow', name: '<Cat-cow>', steps: [{ cue: '<Arch>', seconds: 3, pose: 'cow' }], cautions: ['<Slowly>'] });
  });
});

describe('the wording rules hold in every language', () => {
  // The claims limber must never make, per language (the English list is in wording.test.ts).
  const forbidden: Record<string, RegExp[]> = {
    de: [/\bsicher\b/i, /\bheil(t|en|ung)\b/i, /\bbehandel/i, /\bgarantiert\b/i, /durchbeißen/i, /\bunbedenklich\b/i],
    es: [/\bsegur[oa]s?\b/i, /\bcura(r|ción)?\b/i, /\btrata(r|miento)\b/i, /\bgarantizad[oa]\b/i, /aguante el dolor/i],
  };
  it.each(others)('%s: no translated text makes a forbidden claim', (language) => {
    const texts = [
      ...Object.values(json(`data/messages/${language}.json`).messages as Record<string, string | Plural>).flatMap((v) =>
        typeof v === 'string' ? [v] : Object.values(v),
      ),
      ...['catalog', 'safety', 'desk', 'poses'].flatMap((file) =>
        Object.values(json(`data/${file}.${language}.json`).texts as Record<string, string>),
      ),
    ];
    expect(texts.filter((text) => forbidden[language]?.some((re) => re.test(text)))).toEqual([]);
  });
});

describe('choosing the language', () => {
  const cases: [string, Parameters<typeof chooseLanguage>[0], string, string][] = [
    ['--lang wins over everything', { flag: 'es', env: { LIMBER_LANG: 'de', LANG: 'de_DE.UTF-8' }, config: 'de' }, 'es', '--lang'],
    ['LIMBER_LANG before config', { env: { LIMBER_LANG: 'de', LANG: 'es_ES.UTF-8' }, config: 'es' }, 'de', 'LIMBER_LANG'],
    ['config before the locale', { env: { LANG: 'de_DE.UTF-8' }, config: 'es' }, 'es', 'config'],
    ['LC_ALL before LC_MESSAGES and LANG', { env: { LC_ALL: 'es_ES.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'de_DE' } }, 'es', 'LC_ALL'],
    ['LC_MESSAGES before LANG', { env: { LC_MESSAGES: 'de_AT.UTF-8', LANG: 'es_ES' } }, 'de', 'LC_MESSAGES'],
    ['LANG alone', { env: { LANG: 'de_DE.UTF-8' } }, 'de', 'LANG'],
    ['LC_ALL=C means English even with a German LANG', { env: { LC_ALL: 'C', LANG: 'de_DE.UTF-8' } }, 'en', 'LC_ALL'],
    ['a locale limber lacks falls back to English', { env: { LANG: 'fr_FR.UTF-8' } }, 'en', 'LANG'],
    ['nothing set: English', { env: {} }, 'en', 'default'],
  ];
  it.each(cases)('%s', (_, input, language, source) => {
    expect(chooseLanguage(input)).toMatchObject({ language, source });
  });

  it('an explicit language limber lacks is reported, not ignored', () => {
    expect(chooseLanguage({ flag: 'fr', env: {} })).toEqual({ unknown: 'fr', source: '--lang' });
    expect(chooseLanguage({ env: { LIMBER_LANG: 'klingon' } })).toEqual({ unknown: 'klingon', source: 'LIMBER_LANG' });
  });

  it('reads language and region from locale strings', () => {
    expect(parseLocale('de_DE.UTF-8')).toEqual({ language: 'de', region: 'DE' });
    expect(parseLocale('es-MX')).toEqual({ language: 'es', region: 'MX' });
    expect(parseLocale('en_US@euro')).toEqual({ language: 'en', region: 'US' });
    expect(parseLocale('POSIX')).toBeUndefined();
  });

  it('--lang, LIMBER_LANG and config reach the output; an unknown one is a usage error', () => {
    expect(runCli(['--lang', 'de', 'list']).stdout).toContain('Katze-Kuh');
    expect(runCli(['list'], { env: { LIMBER_LANG: 'es' } }).stdout).toContain('Gato-vaca');
    expect(runCli(['list'], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toContain('Katze-Kuh');
    const bad = runCli(['list'], { env: { LIMBER_LANG: 'fr' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('LIMBER_LANG asks for the language "fr", which limber does not have. Use one of: en, de, es.');
    const home = mkdtempSync(join(tmpdir(), 'limber-lang-'));
    mkdirSync(join(home, 'config'));
    writeFileSync(join(home, 'config', 'config.json'), '{"lang": "es"}');
    expect(runCli(['list'], { env: { LIMBER_HOME: home } }).stdout).toContain('Gato-vaca');
    writeFileSync(join(home, 'config', 'config.json'), '{"lang": "fr"}');
    const badConfig = runCli(['list'], { env: { LIMBER_HOME: home } });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toContain(`${join(home, 'config', 'config.json')} ("lang") asks for the language "fr"`);
  });

  it('help, commander errors and file errors speak the chosen language', () => {
    const de = { env: { LANG: 'de_DE.UTF-8' } };
    const help = runCli(['break', '--help'], de).stdout;
    expect(help).toMatch(/^Verwendung: limber break \[Optionen\]$/m);
    expect(help).toMatch(/^Optionen:$/m);
    expect(help).toContain('keine Terminalglocke bei jedem Schritt');
    expect(help).toContain('(Umgebung: LIMBER_EMERGENCY_NUMBER)');
    expect(runCli(['--help'], de).stdout).toMatch(/^ {2}list \[Optionen\] +die Übungen und Routinen des Katalogs auflisten$/m);
    const typo = runCli(['brake'], de);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("Fehler: unbekannter Befehl 'brake'\n(Meinten Sie break?)\n(--help zeigt Verwendung und Beispiele)\n");
    const range = runCli(['break', '--minutes', '99'], { env: { LIMBER_LANG: 'es' } });
    expect(range.stderr).toContain("error: la opción '--minutes <n>' no admite '99': se esperaba un número entero de minutos de 1 a 15");
    const choice = runCli(['list', '--area', 'knie'], de);
    expect(choice.stderr).toContain("Fehler: Option '--area <area>' kann 'knie' nicht annehmen: Erlaubt sind upper-back, mid-back");
    const missing = runCli(['check', '--answers', '/no/such/answers.json'], de);
    expect(missing.stderr).toContain(
      'limber: /no/such/answers.json: kann nicht gelesen werden (keine solche Datei). Prüfen Sie den Pfad und die Zugriffsrechte und versuchen Sie es erneut.\n',
    );
  });
});

describe('plurals and placeholders', () => {
  it('chooses the plural form by the language rules', () => {
    useLanguage('de', json('data/messages/de.json').messages);
    expect(tn(1, '{count} set', '{count} sets')).toBe('1 Satz');
    expect(tn(3, '{count} set', '{count} sets')).toBe('3 Sätze');
    useLanguage('es', json('data/messages/es.json').messages);
    expect(tn(1, '{count} minute', '{count} minutes')).toBe('1 minuto');
    // Spanish has a "many" form for a million; the "other" text serves it.
    expect(tn(1_000_000, '{count} minute', '{count} minutes')).toBe('1000000 minutos');
  });

  it('builds the language rules only for the first counted text of a translated language', () => {
    const intl = Intl as { PluralRules: typeof Intl.PluralRules };
    const real = intl.PluralRules;
    const built: string[] = [];
    intl.PluralRules = class extends real {
      constructor(language: string) {
        super(language);
        built.push(language);
      }
    } as typeof Intl.PluralRules;
    try {
      useLanguage('en');
      expect(tn(2, '{count} set', '{count} sets')).toBe('2 sets');
      useLanguage('de', json('data/messages/de.json').messages);
      expect(t('Hold')).not.toBe('');
      expect(built).toEqual([]);
      expect(tn(1, '{count} set', '{count} sets')).toBe('1 Satz');
      expect(tn(2, '{count} set', '{count} sets')).toBe('2 Sätze');
      expect(built).toEqual(['de']);
    } finally {
      intl.PluralRules = real;
    }
  });

  it('the emergency examples name the country of the locale, in its language', () => {
    useLanguage('de', json('data/messages/de.json').messages, 'DE');
    expect(defaultEmergencyNumber()).toBe('zum Beispiel 112 in Deutschland');
    useLanguage('es', json('data/messages/es.json').messages, 'MX');
    expect(defaultEmergencyNumber()).toBe('por ejemplo, el 911 en México');
    useLanguage('de', json('data/messages/de.json').messages, 'CH');
    expect(defaultEmergencyNumber()).toBe('zum Beispiel 112 in der Schweiz');
    useLanguage('en', {}, 'GB');
    expect(defaultEmergencyNumber()).toBe('for example 999 in the United Kingdom');
    useLanguage('es', json('data/messages/es.json').messages, undefined);
    expect(defaultEmergencyNumber()).toBe('por ejemplo, el 112 en Europa, el 911 en Norteamérica y el 999 en el Reino Unido');
  });
});

it('a translation of a single text falls back to English only where none exists', () => {
  useLanguage('de', { Hello: 'Hallo' });
  expect(t('Hello')).toBe('Hallo');
  expect(t('Unknown {x}', { x: 1 })).toBe('Unknown 1');
});

describe('the i18n core, in tables', () => {
  it.each([
    ['', undefined],
    ['C', undefined],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['  de_DE.UTF-8  ', { language: 'de', region: 'DE' }],
    ['en_XA', { language: 'en-XA', region: undefined }],
    ['en-xa', { language: 'en-XA', region: undefined }],
    ['xen-XA', { language: 'xen', region: 'XA' }],
    ['en-XAB', undefined],
    ['en.XA', { language: 'en', region: undefined }],
    ['es_419', { language: 'es', region: '419' }],
    ['es_41', undefined],
    ['es_ABC', undefined],
    ['de-DE-1996', undefined],
    ['1de', undefined],
    ['fil_PH', { language: 'fil', region: 'PH' }],
  ])('parseLocale(%j)', (value, expected) => {
    expect(parseLocale(value)).toEqual(expected);
  });

  it.each([
    ['a language chosen by name takes its region from the system locale', { env: { LIMBER_LANG: 'de', LANG: 'de_AT.UTF-8' } }, 'de', 'AT'],
    ['LC_ALL gives that region before LANG', { env: { LIMBER_LANG: 'es', LC_ALL: 'es_MX', LANG: 'es_ES' } }, 'es', 'MX'],
    ['LC_MESSAGES gives it before LANG', { env: { LIMBER_LANG: 'es', LC_MESSAGES: 'es_CO', LANG: 'es_ES' } }, 'es', 'CO'],
    ['a region given with the choice wins', { flag: 'de-CH', env: { LANG: 'de_AT.UTF-8' } }, 'de', 'CH'],
    ['no region anywhere', { flag: 'de', env: { LANG: 'C' } }, 'de', undefined],
    ['the pseudo-locale can be chosen', { env: { LIMBER_LANG: 'en-XA' } }, 'en-XA', undefined],
  ] as const)('%s', (_, input, language, region) => {
    expect(chooseLanguage(input)).toEqual({ language, region, source: 'flag' in input ? '--lang' : 'LIMBER_LANG' });
  });

  it('placeholders are the names used, each once, sorted', () => {
    expect(placeholders('{bee} then {ant}, {bee} again; {not-a-name} and {}')).toEqual(['ant', 'bee']);
  });

  it('the pseudo-locale accents every letter it knows, keeps web addresses and leaves blank text alone', () => {
    expect(pseudo('a c e i n o u y A C E I N O U Y b')).toBe('⟦å ç é î ñ ö ü ý Å Ç É Î Ñ Ö Ü Ý b⟧');
    expect(pseudo('see http://a.example/x and https://b.example/y')).toBe('⟦séé http://a.example/x åñd https://b.example/y⟧');
    expect(pseudo('  ')).toBe('  ');
  });

  it('t, tn and data texts in English, the pseudo-locale and a translation with gaps', () => {
    useLanguage('en');
    expect(t('Hold {time}', { time: '5 s' })).toBe('Hold 5 s');
    expect(tn(1, '{count} set', '{count} sets')).toBe('1 set');
    expect(tn(2, '{count} set', '{count} sets')).toBe('2 sets');
    useLanguage('en-XA');
    expect(t('Hold {time}', { time: '5 s' })).toBe('⟦Höld 5 s⟧');
    expect(tn(2, '{count} set', '{count} sets')).toBe('⟦2 séts⟧');
    expect(translateText('Sit tall', { 'Sit tall': 'nope' })).toBe('⟦Sît tåll⟧');
    useLanguage('de', { '{count} sets': { one: '{count} Satz', other: '{count} Sätze' }, Hold: 'Halten' });
    expect(tn(2, '{count} rep', '{count} reps')).toBe('2 reps');
    expect(tn(1, '{count} rep', '{count} reps')).toBe('1 rep');
    expect(t('{count} sets', { count: 2 })).toBe('2 sets');
    expect(translateText('Sit tall', { 'Sit tall': 'Aufrecht sitzen' })).toBe('Aufrecht sitzen');
    expect(translateText('Stand', {})).toBe('Stand');
  });

  const byRegion: [string, string][] = [
    ['US', '911'],
    ['CA', '911'],
    ['MX', '911'],
    ['GB', '999'],
    ['AU', '000'],
    ['NZ', '111'],
    ['CO', '123'],
    ['IN', '112'],
    ['CH', '112'],
    ['NO', '112'],
    ['IS', '112'],
    ...[
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
    ].map((region): [string, string] => [region, '112']),
  ];
  // The platform's English country names are the oracle; limber's own words add the article where English has one.
  const article: Record<string, string> = { US: 'the ', GB: 'the ', NL: 'the ' };
  it.each(byRegion)('the emergency example for %s is %s', (region, number) => {
    useLanguage('en', {}, region);
    const country = new Intl.DisplayNames('en', { type: 'region' }).of(region);
    expect(defaultEmergencyNumber()).toBe(`for example ${number} in ${article[region] ?? ''}${country}`);
  });

  it.each(['de', 'es'])('in %s, every country of the table is named in that language', (language) => {
    const messages = json(`data/messages/${language}.json`).messages;
    for (const [region, number] of byRegion) {
      useLanguage('en', {}, region);
      const english = defaultEmergencyNumber();
      useLanguage(language as 'de' | 'es', messages, region);
      const where = messages[english.slice(english.indexOf(' in ') + 1)];
      expect(where, region).toBeTypeOf('string');
      expect(defaultEmergencyNumber(), region).toBe(interpolate(messages['for example {number} {where}'], { number, where }));
    }
  });

  it('a region limber has no number for gets the general examples; the pseudo-locale makes the country strange too', () => {
    useLanguage('en', {}, 'ZZ');
    expect(defaultEmergencyNumber()).toBe('for example 112 in Europe, 911 in North America, 999 in the UK');
    useLanguage('en-XA', {}, 'DE');
    expect(defaultEmergencyNumber()).toBe('⟦för éxåmplé 112 ⟦îñ Gérmåñý⟧⟧');
  });

  it('an emergency number with spaces around it is accepted; letters are not', () => {
    expect(emergencyNumberProblem(` 112${' '.repeat(20)}`)).toBeUndefined();
    expect(emergencyNumberProblem('112a')).toMatch(/digits, \+, spaces and dashes only/);
  });
});

it("catalog words are shown as they are in English, and in the reader's words elsewhere", () => {
  const words = [
    'chair',
    'standing',
    'floor',
    'all-fours',
    'lying',
    'upper-back',
    'mid-back',
    'shoulders',
    'neck',
    'chest',
    'foam roller',
    'wall',
    'towel',
  ];
  useLanguage('en');
  expect(words.map(vocabularyLabel)).toEqual(words);
  useLanguage('de', json('data/messages/de.json').messages);
  expect(words.map(vocabularyLabel)).toEqual([
    'Stuhl',
    'stehend',
    'Boden',
    'im Vierfüßlerstand',
    'liegend',
    'oberer Rücken',
    'mittlerer Rücken',
    'Schultern',
    'Nacken',
    'Brust',
    'Faszienrolle',
    'Wand',
    'Handtuch',
  ]);
  expect(vocabularyLabel('kettlebell')).toBe('kettlebell');
});
