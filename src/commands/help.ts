import { t } from '../core/i18n/translate.js';
import { disclaimer } from '../core/wording.js';
import { exitCodeMeanings } from '../shell/errors.js';
import { wrapText } from '../view/text.js';

/** The exit-code table, from the one list in code. */
const exitCodesHelp = () =>
  `${t('Exit codes:')}\n${exitCodeMeanings()
    .map(([code, meaning]) => `  ${String(code).padEnd(5)}${wrapText(meaning, 90).replaceAll('\n', '\n       ')}`)
    .join('\n')}`;

/** Variable names stay as they are; what each does is translated. */
const environment = (): [string, string][] => [
  ['NO_COLOR=1', t('no colour (also TERM=dumb, --no-color, or output that is not a terminal)')],
  ['FORCE_COLOR=1', t('colour even when not a terminal')],
  ['LIMBER_HOME=<dir>', t("keep limber's config and data in <dir> instead of the XDG folders")],
  ['LIMBER_EMERGENCY_NUMBER=<n>', t('the emergency number limber tells you to call')],
  ['LIMBER_TIME_SCALE=<x>', t('multiply every wait (0.01 for a quick preview)')],
  ['LIMBER_PLAIN=1', t('plain lines for screen readers: no redraws, no figures')],
  ['LIMBER_LANG=<en|de|es>', t('the language (after --lang; before config "lang", LC_ALL, LC_MESSAGES, LANG)')],
];

const environmentHelp = () =>
  [
    t('Environment:'),
    ...environment().map(([name, meaning]) => `  ${name.padEnd(28)}${meaning}`),
    '',
    t('Languages: en (English), de (Deutsch), es (Español). To add one, see "Languages" in the README.'),
  ].join('\n');

/** An example with what it does, aligned in a column. */
const described = (command: string, what: string) => `  $ ${command.padEnd(34)}${what}`;

export const rootHelp = (): string => `
${t('Examples:')}
${described('limber break', t('a 3-minute desk break, after a short safety screen'))}
${described('limber break --minutes 5', t('a longer break'))}
${described('limber check', t('the full safety check: should you see a professional?'))}
${described('limber list --desk', t('techniques you can do at a desk'))}
${described('limber show cat-cow', t('one technique in full'))}
${described('limber run wall-angel', t('one technique, guided'))}

${exitCodesHelp()}

${environmentHelp()}

${wrapText(disclaimer(), 100)}`;

const keys = () => t('Keys: space pause/resume · n next · b back · d details · h this hurts · q quit');

/** Help text after a command's options: notes, then examples, then (for screens and sessions) the disclaimer. */
export const examples = (lines: readonly string[], options: { note?: string; keys?: boolean; disclaimer?: boolean } = {}): string =>
  [
    options.note
      ? `\n${options.note
          .split('\n')
          .map((paragraph) => wrapText(paragraph, 100))
          .join('\n')}`
      : '',
    options.keys ? `\n${keys()}` : '',
    `\n${t('Examples:')}\n${lines.map((l) => `  $ ${l}`).join('\n')}`,
    options.disclaimer ? `\n${wrapText(disclaimer(), 100)}` : '',
  ]
    .filter(Boolean)
    .join('\n');

export const checkNote = (): string =>
  t(
    "The check keeps what lasts (bone density, blood thinners, pregnancy, recent surgery, a result that sends you to a professional…) in your health profile, and every session applies it: see 'limber profile'.",
  );
