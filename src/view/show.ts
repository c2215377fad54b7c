import type { ChalkInstance } from 'chalk';
import type { Movement, Step, Technique } from '../core/catalog/model.js';
import { vocabularyLabel } from '../core/catalog/vocabulary.js';
import { t, tn } from '../core/i18n/translate.js';
import { techniqueSeconds } from '../core/session/plan.js';
import { holdTime, repCount } from '../core/wording.js';
import { terminalSafe as clean, clockTime } from './text.js';

function stepLines(steps: readonly Step[], indent: string, label: (i: number) => string): string[] {
  return steps.flatMap((s, i) => [`${indent}${label(i)} ${clean(s.cue)} (${s.seconds} s)`, ...(s.detail ? [`${indent}   ${clean(s.detail)}`] : [])]);
}

function movementLines(m: Movement, c: ChalkInstance): string[] {
  const parts = [tn(m.sets, '{count} set', '{count} sets')];
  if (m.sides === 'left-right') parts.push(t('each side'));
  if (m.sets > 1 && m.restSeconds > 0) parts.push(t('{seconds} s rest between sets', { seconds: m.restSeconds }));
  const lines = [c.bold(t('Movement: {parts}', { parts: parts.join(' · ') }))];
  for (const phase of m.phases) {
    if (phase.type === 'hold') {
      const breaths = phase.breaths ? `, ${t('about {breaths} slow breaths', { breaths: phase.breaths })}` : '';
      lines.push(`  ${t('Hold {time}', { time: holdTime(phase) })}${breaths}: ${clean(phase.cue)}`);
      if (phase.detail) lines.push(`     ${clean(phase.detail)}`);
    } else {
      lines.push(`  ${t('{count} reps, each:', { count: repCount(phase) })}`);
      lines.push(...stepLines(phase.steps, '    ', (i) => `${String.fromCharCode(97 + i)}.`));
    }
  }
  return lines;
}

export function techniqueText(technique: Technique, c: ChalkInstance): string[] {
  const lines = [
    `${c.bold(clean(technique.name))} ${c.dim(`(${clean(technique.id)})`)}`,
    clean(technique.summary),
    '',
    t('Position: {position} · Equipment: {equipment} · Areas: {areas} · Time: {time}', {
      position: vocabularyLabel(technique.position),
      equipment: technique.equipment.length ? clean(technique.equipment.map(vocabularyLabel).join(', ')) : t('none'),
      areas: technique.areas.map(vocabularyLabel).join(', '),
      time: clockTime(techniqueSeconds(technique)),
    }),
    '',
    c.bold(t('Setup')),
    ...stepLines(technique.setup, '  ', (i) => `${i + 1}.`),
    '',
    ...movementLines(technique.movement, c),
    '',
    `${c.bold(t('Breathing:'))} ${clean(technique.breathing)}`,
  ];
  if (technique.cautions.length) lines.push('', c.bold(t('Cautions')), ...technique.cautions.map((x) => `  - ${clean(x)}`));
  if (technique.gentle) {
    lines.push('', `${c.bold(t('Gentler variant:'))} ${clean(technique.gentle.summary)} (${clockTime(techniqueSeconds(technique, true))})`);
    if (technique.gentle.setup) lines.push(...stepLines(technique.gentle.setup, '  ', (i) => `${i + 1}.`));
    if (technique.gentle.movement) lines.push(...movementLines(technique.gentle.movement, c).map((l) => `  ${l}`));
  }
  lines.push('', c.bold(t('Sources')), ...technique.sources.map((s) => `  - ${clean(s.title)}: ${clean(s.url)}`));
  lines.push(
    '',
    c.dim(t("Before trying it, 'limber run {id}' asks a few safety questions and guides you with timed cues.", { id: clean(technique.id) })),
    c.dim(t("With pain, tingling or numbness, run 'limber check' first. General information, not medical advice.")),
  );
  return lines;
}
