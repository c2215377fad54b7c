import { filterTechniques, isDeskFriendly, routineTechniques, type TechniqueFilter } from '../core/catalog/filter.js';
import type { Routine, Technique } from '../core/catalog/model.js';
import { t } from '../core/i18n/translate.js';
import { sessionSeconds, techniqueSeconds } from '../core/session/plan.js';
import { loadCatalog } from '../shell/catalog-source.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { catalogTable } from '../view/list.js';

export interface ListOptions extends TechniqueFilter {
  json?: boolean;
}

/** The --json shape: techniques with their timing, routines with theirs. */
function listJson(techniques: readonly Technique[], routines: readonly { routine: Routine; durationSeconds: number }[]) {
  return {
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
  };
}

export async function listCommand(ctx: CommandContext, options: ListOptions): Promise<void> {
  const catalog = await loadCatalog(ctx.catalogFiles, ctx.io.env);
  const techniques = filterTechniques(catalog.techniques, options);
  const filtered = options.area !== undefined || options.position !== undefined || options.equipment !== undefined || options.desk;
  const routines = catalog.routines.map((r) => {
    const members = routineTechniques(catalog, r);
    return { routine: r, durationSeconds: sessionSeconds(members.map((technique) => ({ technique }))) };
  });

  if (options.json) return writeJson(ctx.io, listJson(techniques, routines));

  const { out, err } = ctx.styles;
  if (techniques.length === 0) {
    ctx.io.stderr.write(`${err.yellow(t('No technique matches those filters.'))} ${t("Try fewer filters, or 'limber list' for all.")}\n`);
    return;
  }
  writeLine(ctx.io.stdout, catalogTable(techniques, filtered ? [] : routines, out).join('\n'));
  if (ctx.io.stdout.isTTY) {
    ctx.io.stderr.write(
      err.dim(
        `\n${t('Details: {show} · Start one: {run} · Desk break: {break}', { show: 'limber show <id>', run: 'limber run <id>', break: 'limber break' })}\n`,
      ),
    );
  }
}
