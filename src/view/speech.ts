/** What a voice says for each cue: short sentences, the same words the screen shows. */
import type { Cue } from '../core/session/plan.js';
import { terminalSafe } from './text.js';

const sideWords = (cue: Cue) => (cue.side ? `, ${cue.side} side` : '');

/** The sentence spoken as a cue starts. */
export function spokenCue(cue: Cue, techniqueName: string): string {
  const text = terminalSafe(cue.text);
  switch (cue.kind) {
    case 'ready':
      return `Get ready: ${terminalSafe(techniqueName)}.`;
    case 'hold':
      return `${text}${sideWords(cue)}. Hold ${cue.seconds} seconds.`;
    case 'move':
      return cue.rep === 1 && cue.reps ? `${text}. ${cue.reps} reps${sideWords(cue)}.` : `${text}.`;
    default:
      return /[.!?]$/.test(text) ? text : `${text}.`;
  }
}
