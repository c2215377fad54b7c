import type { ChalkInstance } from 'chalk';
import type { Movement, Step, Technique } from '../core/catalog/model.js';
import { planTechnique } from '../core/session/plan.js';
import { holdTime, repCount } from '../core/wording.js';
import { terminalSafe as clean, clockTime } from './text.js';

function stepLines(steps: readonly Step[], indent: string, label: (i: number) => string): string[] {
  return steps.flatMap((s, i) => [`${indent}${label(i)} ${clean(s.cue)} (${s.seconds} s)`, ...(s.detail ? [`${indent}   ${clean(s.detail)}`] : [])]);
}

function movementLines(m: Movement, c: ChalkInstance): string[] {
  const parts = [`${m.sets} set${m.sets > 1 ? 's' : ''}`];
  if (m.sides === 'left-right') parts.push('each side');
  if (m.sets > 1 && m.restSeconds > 0) parts.push(`${m.restSeconds} s rest between sets`);
  const lines = [c.bold(`Movement: ${parts.join(' · ')}`)];
  for (const phase of m.phases) {
    if (phase.type === 'hold') {
      const breaths = phase.breaths ? `, about ${phase.breaths} slow breaths` : '';
      lines.push(`  Hold ${holdTime(phase)}${breaths}: ${clean(phase.cue)}`);
      if (phase.detail) lines.push(`     ${clean(phase.detail)}`);
    } else {
      lines.push(`  ${repCount(phase)} reps, each:`);
      lines.push(...stepLines(phase.steps, '    ', (i) => `${String.fromCharCode(97 + i)}.`));
    }
  }
  return lines;
}

export function techniqueText(t: Technique, c: ChalkInstance): string[] {
  const lines = [
    `${c.bold(clean(t.name))} ${c.dim(`(${clean(t.id)})`)}`,
    clean(t.summary),
    '',
    `Position: ${t.position} · Equipment: ${t.equipment.length ? clean(t.equipment.join(', ')) : 'none'} · Areas: ${t.areas.join(', ')} · Time: ${clockTime(planTechnique(t).durationSeconds)}`,
    '',
    c.bold('Setup'),
    ...stepLines(t.setup, '  ', (i) => `${i + 1}.`),
    '',
    ...movementLines(t.movement, c),
    '',
    `${c.bold('Breathing:')} ${clean(t.breathing)}`,
  ];
  if (t.cautions.length) lines.push('', c.bold('Cautions'), ...t.cautions.map((x) => `  - ${clean(x)}`));
  if (t.gentle) {
    lines.push('', `${c.bold('Gentler variant:')} ${clean(t.gentle.summary)} (${clockTime(planTechnique(t, true).durationSeconds)})`);
    if (t.gentle.setup) lines.push(...stepLines(t.gentle.setup, '  ', (i) => `${i + 1}.`));
    if (t.gentle.movement) lines.push(...movementLines(t.gentle.movement, c).map((l) => `  ${l}`));
  }
  lines.push('', c.bold('Sources'), ...t.sources.map((s) => `  - ${clean(s.title)}: ${clean(s.url)}`));
  lines.push(
    '',
    c.dim(`Before trying it, 'limber run ${clean(t.id)}' asks a few safety questions and guides you with timed cues.`),
    c.dim("With pain, tingling or numbness, run 'limber check' first. General information, not medical advice."),
  );
  return lines;
}
