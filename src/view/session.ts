import type { ChalkInstance } from 'chalk';
import { t } from '../core/i18n/translate.js';
import type { Cue } from '../core/session/plan.js';
import { clockTime, terminalSafe, wrapText } from './text.js';

/** "set 2/3 · rep 4/5 · left side": where in the technique a cue is. */
function cuePosition(cue: Cue): string {
  const parts: string[] = [];
  if (cue.sets && cue.sets > 1 && cue.set) parts.push(t('set {set}/{sets}', { set: cue.set, sets: cue.sets }));
  if (cue.reps && cue.rep) parts.push(t('rep {rep}/{reps}', { rep: cue.rep, reps: cue.reps }));
  if (cue.side) parts.push(cue.side === 'left' ? t('left side') : t('right side'));
  if (cue.breaths) parts.push(t('about {breaths} slow breaths', { breaths: cue.breaths }));
  return parts.join(' · ');
}

/** One plain line per cue (two at a get-ready with a caution), for output that is not a terminal: no escape codes. */
export function plainCueLine(cue: Cue, atMs: number, techniqueName: string): string {
  if (cue.kind === 'done') return `[${clockTime(atMs / 1000)}] ${terminalSafe(cue.text)}`;
  const where = cuePosition(cue);
  const seconds = cue.seconds > 0 ? ` (${cue.seconds} s)` : '';
  const caution = cue.caution ? `\n  ${t('Caution: {text}', { text: terminalSafe(cue.caution) })}` : '';
  return `[${clockTime(atMs / 1000)}] ${terminalSafe(techniqueName)}${where ? ` · ${where}` : ''}: ${terminalSafe(cue.text)}${seconds}${caution}`;
}

function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export interface LiveState {
  cue: Cue;
  techniqueName: string;
  next: Cue | undefined;
  step: number;
  steps: number;
  remainingInCueMs: number;
  remainingInSessionMs: number;
  elapsedFraction: number;
  paused: boolean;
  /** Milliseconds per plan second (LIMBER_TIME_SCALE), to show plan time while previewing fast. */
  unitMs: number;
  columns: number;
  /** Shown while the person has asked for details (the d key): the cue's detail and every caution. */
  details?: readonly string[];
  /** The moving figure, as lines of Braille or ASCII: beside the cue, or above it on a narrow terminal. */
  figure?: readonly string[];
}

/** Text beside a figure needs this many columns; narrower terminals get the figure above. */
const besideMinColumns = 60;

/**
 * The figure beside the text (wide terminals) or above it (narrow ones). The spinner takes the first line's
 * first two columns, so the lines after it move over by two to keep the figure in one piece.
 */
function withFigure(figure: readonly string[], text: (columns: number) => string[], columns: number, c: ChalkInstance): string {
  const figureWidth = Math.max(...figure.map((line) => [...line].length));
  const aligned = (lines: string[]) => lines.map((line, i) => (i === 0 || line === '' ? line : `  ${line}`)).join('\n');
  if (columns - figureWidth - 5 < besideMinColumns) return aligned([...figure.map((line) => c.cyan(line)), ...text(columns - 2)]);
  const lines = text(columns - figureWidth - 5);
  const rows = Math.max(lines.length, figure.length);
  return aligned(Array.from({ length: rows }, (_, i) => `${c.cyan((figure[i] ?? '').padEnd(figureWidth))}   ${lines[i] ?? ''}`.trimEnd()));
}

const clip = (text: string, columns: number) => ([...text].length > columns ? `${[...text].slice(0, columns - 1).join('')}…` : text);

/** The live block: the figure, the current cue in bold, its countdown, what comes next, and the session's progress. */
export function liveBlock(state: LiveState, c: ChalkInstance): string {
  return state.figure
    ? withFigure(state.figure, (columns) => blockLines(state, columns, c), state.columns, c)
    : blockLines(state, state.columns, c).join('\n');
}

function blockLines(state: LiveState, columns: number, c: ChalkInstance): string[] {
  const width = Math.max(30, columns - 4);
  const where = cuePosition(state.cue);
  const countdown = Math.ceil(state.remainingInCueMs / state.unitMs);
  const headline = state.cue.kind === 'rest' || state.cue.kind === 'switch' ? c.yellow.bold : c.cyan.bold;
  const lines = [
    `${c.bold(clip(terminalSafe(state.techniqueName), width))}${where ? c.dim(` · ${where}`) : ''}`,
    '',
    `  ${headline(clip(terminalSafe(state.cue.text).toUpperCase(), width - 2))}`,
    `  ${state.paused ? c.yellow.bold(t('PAUSED · press space to go on')) : c.bold(`${countdown} s`)}`,
    ...(state.cue.caution ? [`  ${c.yellow(clip(t('Caution: {text}', { text: terminalSafe(state.cue.caution) }), width - 2))}`] : []),
    ...(state.details ?? []).flatMap((d) =>
      wrapText(terminalSafe(d), width - 4)
        .split('\n')
        .map((l) => `  ${c.dim(l)}`),
    ),
    '',
    state.next ? c.dim(clip(t('Next: {text}', { text: terminalSafe(state.next.text) }), width)) : c.dim(t('Next: the end')),
    `${progressBar(state.elapsedFraction, Math.min(30, width - 30))} ${c.dim(t('step {step} of {steps} · {time} left', { step: state.step, steps: state.steps, time: clockTime(state.remainingInSessionMs / state.unitMs) }))}`,
    c.dim(
      clip(
        state.details
          ? t('space pause · n next · b back · d hide details · h this hurts · q quit')
          : t('space pause · n next · b back · d details · h this hurts · q quit'),
        width,
      ),
    ),
  ];
  return lines;
}
