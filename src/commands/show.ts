import { routineTechniques } from '../core/catalog/filter.js';
import type { Catalog, Technique } from '../core/catalog/model.js';
import { t } from '../core/i18n/translate.js';
import { keyPoseIds } from '../core/pose/key-poses.js';
import type { Pose } from '../core/pose/model.js';
import { planSession, planTechnique, sessionSeconds, techniqueSeconds } from '../core/session/plan.js';
import { loadCatalog } from '../shell/catalog-source.js';
import { loadConfig } from '../shell/config-source.js';
import { type CommandContext, writeJson } from '../shell/context.js';
import { isPlainRequested } from '../shell/player.js';
import { figureCharset, poseLibrary } from '../shell/poses.js';
import { prerenderedFigures } from '../shell/prerendered-figures.js';
import { figuresSideBySide } from '../view/figure-text.js';
import { techniqueText } from '../view/show.js';
import { terminalSafe as clean, clockTime, hangingLines, noteWidth } from '../view/text.js';
import { requireEntry } from './entries.js';

export interface ShowOptions {
  json?: boolean;
  /** false with --no-figures. */
  figures?: boolean;
  plain?: boolean;
}

/** Figures only for a person at a terminal who has not turned them off (or asked for the plain mode). */
async function wantsFigures(ctx: CommandContext, options: ShowOptions): Promise<boolean> {
  if (!ctx.io.stdout.isTTY || options.figures === false || options.plain || isPlainRequested(ctx.io.env)) return false;
  return (await loadConfig(ctx.io.env)).figures !== false;
}

/** The poses a technique's figures show; read only when asked: parsing all of them cost a plain `show` 2.4M instructions. */
const keyPosesOf = (technique: Technique, catalog: Catalog): Pose[] => {
  const poses = poseLibrary(catalog);
  return keyPoseIds(technique.setup, technique.movement).flatMap((id) => poses.get(id) ?? []);
};

function showTechnique(ctx: CommandContext, technique: Technique, catalog: Catalog, figures: boolean, json: boolean | undefined): void {
  if (json) {
    const plan = planTechnique(technique);
    const named = keyPosesOf(technique, catalog).map((pose) => ({ id: pose.id, name: pose.name }));
    writeJson(ctx.io, { ...technique, keyPoses: named, durationSeconds: plan.durationSeconds, timeline: plan.cues });
    return;
  }
  const lines = techniqueText(technique, ctx.styles.out, noteWidth(ctx.io.stdout.columns));
  const keyPoses = figures ? keyPosesOf(technique, catalog) : [];
  if (keyPoses.length > 0) {
    const drawn = figuresSideBySide(keyPoses, figureCharset(ctx.io.env), Math.min(100, ctx.io.stdout.columns || 80) - 2, prerenderedFigures());
    lines.splice(2, 0, '', ...drawn.map((line) => `  ${ctx.styles.out.cyan(line)}`));
  }
  ctx.io.stdout.write(`${lines.join('\n')}\n`);
}

export async function showCommand(ctx: CommandContext, id: string, options: ShowOptions): Promise<void> {
  const catalog = await loadCatalog(ctx.catalogFiles, ctx.io.env);
  const entry = requireEntry(catalog, id);
  const c = ctx.styles.out;

  if (entry.kind === 'technique') {
    showTechnique(ctx, entry.technique, catalog, await wantsFigures(ctx, options), options.json);
    return;
  }

  const techniques = routineTechniques(catalog, entry.routine);
  const items = techniques.map((technique) => ({ technique }));
  if (options.json) {
    const plan = planSession(items);
    writeJson(ctx.io, { ...entry.routine, durationSeconds: plan.durationSeconds, timeline: plan.cues });
    return;
  }
  const lines = [
    `${c.bold(clean(entry.routine.name))} ${c.dim(`(${t('routine {id}', { id: clean(entry.routine.id) })})`)}`,
    ...hangingLines('', clean(entry.routine.summary), noteWidth(ctx.io.stdout.columns)),
    '',
    ...techniques.map((technique, i) =>
      [`  ${i + 1}. ${clean(technique.name)}`, c.dim(`(${clean(technique.id)}, ${clockTime(techniqueSeconds(technique))})`)].join(' '),
    ),
    '',
    t('Total: {time}. Run it with: {command}', { time: clockTime(sessionSeconds(items)), command: `limber run ${clean(entry.routine.id)}` }),
    c.dim(t('Each technique in full: {command}', { command: 'limber show <id>' })),
  ];
  ctx.io.stdout.write(`${lines.join('\n')}\n`);
}
