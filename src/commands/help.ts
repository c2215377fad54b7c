import { disclaimer } from '../core/wording.js';
import { exitCodeMeanings } from '../shell/errors.js';
import { wrapText } from '../view/text.js';

/** The exit-code table, from the one list in code. */
const exitCodesHelp = `Exit codes:\n${exitCodeMeanings
  .map(([code, meaning]) => `  ${String(code).padEnd(5)}${wrapText(meaning, 90).replaceAll('\n', '\n       ')}`)
  .join('\n')}`;

const environmentHelp = `Environment:
  NO_COLOR=1                  no colour (also TERM=dumb, --no-color, or output that is not a terminal)
  FORCE_COLOR=1               colour even when not a terminal
  LIMBER_HOME=<dir>           keep limber's config and data in <dir> instead of the XDG folders
  LIMBER_EMERGENCY_NUMBER=<n> the emergency number limber tells you to call
  LIMBER_TIME_SCALE=<x>       multiply every wait (0.01 for a quick preview)
  LIMBER_PLAIN=1              plain lines for screen readers: no redraws, no figures
  LIMBER_LANG=<en|de|es>      the language (after --lang; before config "lang", LC_ALL, LC_MESSAGES, LANG)

Languages: en (English), de (Deutsch), es (Español). To add one, see "Languages" in the README.`;

export const rootHelp = `
Examples:
  $ limber break                      a 3-minute desk break, after a short safety screen
  $ limber break --minutes 5          a longer break
  $ limber check                      the full safety check: should you see a professional?
  $ limber list --desk                techniques you can do at a desk
  $ limber show cat-cow               one technique in full
  $ limber run wall-angel             one technique, guided

${exitCodesHelp}

${environmentHelp}

${wrapText(disclaimer(), 100)}`;

const keys = 'Keys: space pause/resume · n next · b back · d details · h this hurts · q quit';

/** Help text after a command's options: notes, then examples, then (for screens and sessions) the disclaimer. */
export const examples = (lines: readonly string[], options: { note?: string; keys?: boolean; disclaimer?: boolean } = {}): string =>
  [
    options.note ? `\n${options.note}` : '',
    options.keys ? `\n${keys}` : '',
    `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`,
    options.disclaimer ? `\n${wrapText(disclaimer(), 100)}` : '',
  ]
    .filter(Boolean)
    .join('\n');

export const checkNote = `The check keeps what lasts (bone density, blood thinners, pregnancy, recent surgery, a result that
sends you to a professional…) in your health profile, and every session applies it: see 'limber profile'.`;
