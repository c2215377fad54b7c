import { loadCatalog } from '../shell/catalog-source.js';
import { filterTechniques, isDeskFriendly, type TechniqueFilter } from '../core/catalog/filter.js';
import { planSession, techniqueSeconds } from '../core/session/plan.js';
import { routineTechniques } from '../core/catalog/filter.js';
import { alignColumns, clockTime, terminalSafe } from '../view/text.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';

export interface ListOptions extends TechniqueFilter {
  json?: boolean;
}

export async function listCommand(ctx: CommandContext, options: ListOptions): Promise<void> {
  const catalog = await loadCatalog(ctx.catalogFiles);
  const techniques = filterTechniques(catalog.techniques, options);
  const filtered = options.area !== undefined || options.position !== undefined || options.equipment !== undefined || options.desk;
  const routines = catalog.routines.map((r) => {
    const members = routineTechniques(catalog, r);
    return { routine: r, durationSeconds: planSession(members.map((technique) => ({ technique }))).durationSeconds };
  });

  if (options.json) {
    writeJson(ctx.io, {
      techniques: techniques.map((t) => ({
        id: t.id,
        name: t.name,
        summary: t.summary,
        areas: t.areas,
        position: t.position,
        equipment: t.equipment,
        deskFriendly: isDeskFriendly(t),
        durationSeconds: techniqueSeconds(t),
      })),
      routines: routines.map(({ routine, durationSeconds }) => ({
        id: routine.id,
        name: routine.name,
        summary: routine.summary,
        techniques: routine.techniques,
        durationSeconds,
      })),
    });
    return;
  }

  const { out, err } = ctx.styles;
  if (techniques.length === 0) {
    ctx.io.stderr.write(`${err.yellow('No technique matches those filters.')} Try fewer filters, or 'limber list' for all.\n`);
    return;
  }
  const header = ['ID', 'NAME', 'TIME', 'POSITION', 'EQUIPMENT'];
  const rows = techniques.map((t) => [
    terminalSafe(t.id),
    terminalSafe(t.name),
    clockTime(techniqueSeconds(t)),
    t.position,
    t.equipment.length ? terminalSafe(t.equipment.join(', ')) : 'none',
  ]);
  const [head, ...body] = alignColumns([header, ...rows]);
  writeLine(ctx.io.stdout, out.bold(head));
  for (const line of body) writeLine(ctx.io.stdout, line);

  if (!filtered && routines.length > 0) {
    writeLine(ctx.io.stdout);
    const routineRows = routines.map(({ routine, durationSeconds }) => [
      terminalSafe(routine.id),
      terminalSafe(routine.name),
      clockTime(durationSeconds),
      `${routine.techniques.length} techniques`,
    ]);
    const [rhead, ...rbody] = alignColumns([['ROUTINE', 'NAME', 'TIME', 'CONTENTS'], ...routineRows]);
    writeLine(ctx.io.stdout, out.bold(rhead));
    for (const line of rbody) writeLine(ctx.io.stdout, line);
  }
  if (ctx.io.stdout.isTTY) {
    ctx.io.stderr.write(err.dim(`\nDetails: limber show <id> · Start one: limber run <id> · Desk break: limber break\n`));
  }
}
