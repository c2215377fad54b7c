import type { ChalkInstance } from 'chalk';
import type { Movement, Step, Technique } from '../core/catalog/model.js';
import { vocabularyLabel } from '../core/catalog/vocabulary.js';
import { t, tn } from '../core/i18n/translate.js';
import { techniqueSeconds } from '../core/session/plan.js';
import { holdTime, repCount } from '../core/wording.js';
import { terminalSafe as clean, clockTime, hangingLines, headedNote, wrapFacts, wrapText } from './text.js';

function stepLines(steps: readonly Step[], indent: string, label: (i: number) => string, width: number): string[] {
  return steps.flatMap((s, i) => {
    const lead = `${indent}${label(i)} `;
    const detail = s.detail ? hangingLines(' '.repeat(lead.length), clean(s.detail), width) : [];
    return [...hangingLines(lead, clean(s.cue), width, `(${s.seconds} s)`), ...detail];
  });
}

function movementLines(m: Movement, c: ChalkInstance, width: number, indent = ''): string[] {
  const parts = [tn(m.sets, '{count} set', '{count} sets')];
  if (m.sides === 'left-right') parts.push(t('each side'));
  if (m.sets > 1 && m.restSeconds > 0) parts.push(t('{seconds} s rest between sets', { seconds: m.restSeconds }));
  const lines = [indent + c.bold(t('Movement: {parts}', { parts: parts.join(' · ') }))];
  for (const phase of m.phases) {
    if (phase.type === 'hold') {
      const breaths = phase.breaths ? `, ${t('about {breaths} slow breaths', { breaths: phase.breaths })}` : '';
      lines.push(...hangingLines(`${indent}  `, `${t('Hold {time}', { time: holdTime(phase) })}${breaths}: ${clean(phase.cue)}`, width));
      if (phase.detail) lines.push(...hangingLines(`${indent}     `, clean(phase.detail), width));
    } else {
      lines.push(`${indent}  ${t('{count} reps, each:', { count: repCount(phase) })}`);
      lines.push(...stepLines(phase.steps, `${indent}    `, (i) => `${String.fromCharCode(97 + i)}.`, width));
    }
  }
  return lines;
}

/** A technique in full, wrapped to `width` (the terminal's, at most 100; 80 without one). */
export function techniqueText(technique: Technique, c: ChalkInstance, width = 80): string[] {
  const numbered = (i: number) => `${i + 1}.`;
  const lines = [
    `${c.bold(clean(technique.name))} ${c.dim(`(${clean(technique.id)})`)}`,
    ...hangingLines('', clean(technique.summary), width),
    '',
    ...wrapFacts(
      t('Position: {position} · Equipment: {equipment} · Areas: {areas} · Time: {time}', {
        position: vocabularyLabel(technique.position),
        equipment: technique.equipment.length ? clean(technique.equipment.map(vocabularyLabel).join(', ')) : t('none'),
        areas: technique.areas.map(vocabularyLabel).join(', '),
        time: clockTime(techniqueSeconds(technique)),
      }),
      width,
    ),
    '',
    c.bold(t('Setup')),
    ...stepLines(technique.setup, '  ', numbered, width),
    '',
    ...movementLines(technique.movement, c, width),
    '',
    headedNote(t('Breathing:'), clean(technique.breathing), width, c.bold),
  ];
  if (technique.cautions.length) lines.push('', c.bold(t('Cautions')), ...technique.cautions.flatMap((x) => hangingLines('  - ', clean(x), width)));
  if (technique.gentle) {
    const time = clockTime(techniqueSeconds(technique, true));
    lines.push('', headedNote(t('Gentler variant:'), `${clean(technique.gentle.summary)} (${time})`, width, c.bold));
    if (technique.gentle.setup) lines.push(...stepLines(technique.gentle.setup, '  ', numbered, width));
    if (technique.gentle.movement) lines.push(...movementLines(technique.gentle.movement, c, width, '  '));
  }
  lines.push('', c.bold(t('Sources')), ...technique.sources.flatMap((s) => hangingLines('  - ', `${clean(s.title)}: ${clean(s.url)}`, width)));
  const id = clean(technique.id);
  lines.push(
    '',
    // chalk styles each line of a wrapped note on its own.
    c.dim(wrapText(t("Before trying it, 'limber run {id}' asks a few safety questions and guides you with timed cues.", { id }), width)),
    c.dim(wrapText(t("With pain, tingling or numbness, run 'limber check' first. General information, not medical advice."), width)),
  );
  return lines;
}
