/** What a voice says for each cue: short sentences, the same words the screen shows. */

import { t, tn } from '../core/i18n/translate.js';
import type { Cue } from '../core/session/plan.js';
import { terminalSafe } from './text.js';

const sideWords = (cue: Cue) => (cue.side ? `, ${cue.side === 'left' ? t('left side') : t('right side')}` : '');

/** The sentence spoken as a cue starts. */
export function spokenCue(cue: Cue, techniqueName: string): string {
  const text = terminalSafe(cue.text);
  switch (cue.kind) {
    case 'ready':
      return `${t('Get ready: {name}', { name: terminalSafe(techniqueName) })}.`;
    case 'hold':
      return `${text}${sideWords(cue)}. ${t('Hold {seconds} seconds.', { seconds: cue.seconds })}`;
    case 'move':
      return cue.rep === 1 && cue.reps ? `${text}. ${tn(cue.reps, '{count} rep', '{count} reps')}${sideWords(cue)}.` : `${text}.`;
    default:
      return /[.!?]$/.test(text) ? text : `${text}.`;
  }
}
