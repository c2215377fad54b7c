import { routineTechniques } from '../core/catalog/filter.js';
import { planSession, planTechnique } from '../core/session/plan.js';
import { loadCatalog } from '../shell/catalog-source.js';
import { type CommandContext, writeJson } from '../shell/context.js';
import { techniqueText } from '../view/show.js';
import { terminalSafe as clean, clockTime } from '../view/text.js';
import { requireEntry } from './entries.js';

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
