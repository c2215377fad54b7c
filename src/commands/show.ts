import type { ChalkInstance } from 'chalk';
import { routineTechniques } from '../core/catalog/filter.js';
import type { Movement, Step, Technique } from '../core/catalog/model.js';
import { planSession, planTechnique } from '../core/session/plan.js';
import { loadCatalog } from '../shell/catalog-source.js';
import { type CommandContext, writeJson } from '../shell/context.js';
import { terminalSafe as clean, clockTime } from '../view/text.js';
import { requireEntry } from './entries.js';

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
      const range = phase.upTo ? `${phase.seconds}-${phase.upTo} s` : `${phase.seconds} s`;
      const breaths = phase.breaths ? `, about ${phase.breaths} slow breaths` : '';
      lines.push(`  Hold ${range}${breaths}: ${clean(phase.cue)}`);
      if (phase.detail) lines.push(`     ${clean(phase.detail)}`);
    } else {
      const count = phase.upTo ? `${phase.count}-${phase.upTo}` : `${phase.count}`;
      lines.push(`  ${count} reps, each:`);
      lines.push(...stepLines(phase.steps, '    ', (i) => `${String.fromCharCode(97 + i)}.`));
    }
  }
  return lines;
}

function techniqueText(t: Technique, c: ChalkInstance): string[] {
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

export async function showCommand(ctx: CommandContext, id: string, options: { json?: boolean }): Promise<void> {
  const catalog = await loadCatalog(ctx.catalogFiles);
  const entry = requireEntry(catalog, id);
  const c = ctx.styles.out;

  if (entry.kind === 'technique') {
    const plan = planTechnique(entry.technique);
    if (options.json) {
      writeJson(ctx.io, { ...entry.technique, durationSeconds: plan.durationSeconds, timeline: plan.cues });
      return;
    }
    ctx.io.stdout.write(`${techniqueText(entry.technique, c).join('\n')}\n`);
    return;
  }

  const techniques = routineTechniques(catalog, entry.routine);
  const plan = planSession(techniques.map((technique) => ({ technique })));
  if (options.json) {
    writeJson(ctx.io, { ...entry.routine, durationSeconds: plan.durationSeconds, timeline: plan.cues });
    return;
  }
  const lines = [
    `${c.bold(clean(entry.routine.name))} ${c.dim(`(routine ${clean(entry.routine.id)})`)}`,
    clean(entry.routine.summary),
    '',
    ...techniques.map((t, i) => `  ${i + 1}. ${clean(t.name)} ${c.dim(`(${clean(t.id)}, ${clockTime(planTechnique(t).durationSeconds)})`)}`),
    '',
    `Total: ${clockTime(plan.durationSeconds)}. Run it with: limber run ${clean(entry.routine.id)}`,
    c.dim(`Each technique in full: limber show <id>`),
  ];
  ctx.io.stdout.write(`${lines.join('\n')}\n`);
}
