import { routineTechniques } from '../core/catalog/filter.js';
import type { Technique } from '../core/catalog/model.js';
import { buildChart, type ChartSafety } from '../core/chart/model.js';
import { localDate, readableDate } from '../core/dates.js';
import { t } from '../core/i18n/translate.js';
import { defaultEmergencyNumber } from '../core/safety/emergency.js';
import { profileAnswers, profileStatus } from '../core/safety/profile.js';
import { fillText, triage } from '../core/safety/triage.js';
import type { PlanItem } from '../core/session/plan.js';
import { loadCatalog } from '../shell/catalog-source.js';
import type { CommandContext } from '../shell/context.js';
import { ExitCode, SafetyStop, UsageError } from '../shell/errors.js';
import { poseLibrary } from '../shell/poses.js';
import { prerenderedFigures } from '../shell/prerendered-figures.js';
import { readProfile } from '../shell/profile-store.js';
import { safetyData } from '../shell/safety-data.js';
import { writeFileAtomic } from '../shell/write-file.js';
import { chartHtml, chartMarkdown } from '../view/chart.js';
import { formatStanding, profileLine } from '../view/safety-report.js';
import { requireEntry } from './entries.js';

export interface ChartOptions {
  routine: string;
  format?: 'md' | 'html';
  out?: string;
  forMe?: boolean;
}

/** `--for-me`: the techniques as the health profile has them: left out, or in their gentle variants. */
async function forMe(ctx: CommandContext, techniques: readonly Technique[], catalog: Awaited<ReturnType<typeof loadCatalog>>) {
  const safety = safetyData();
  const profile = await readProfile(ctx.io.env);
  if (!profile) throw new UsageError(t("--for-me needs your health profile, and there is none yet: run 'limber check' first."));
  if (profile.standing) {
    ctx.io.stderr.write(formatStanding(profile.standing, safety, defaultEmergencyNumber(), ctx.styles.err, ctx.io.stderr.columns));
    throw new SafetyStop(ExitCode.seeProfessional);
  }
  const status = profileStatus(profile, localDate(ctx.now()));
  if (status.state === 'review-due') {
    ctx.io.stderr.write(
      ctx.styles.err.yellow(
        `${t("Your full check is due for review since {date}; run 'limber check' so the chart fits you today.", { date: readableDate(status.since) })}\n`,
      ),
    );
  }
  const effect = triage(safety, {}, catalog, { profile: profileAnswers(profile) });
  const excluded = new Set(effect.excludedTechniques);
  const softened = new Set(effect.softenedTechniques);
  const items: PlanItem[] = techniques.filter((t) => !excluded.has(t.id)).map((t) => ({ technique: t, gentle: softened.has(t.id) }));
  if (items.length === 0) {
    ctx.io.stderr.write(
      `${profileLine(profile, safety, catalog) ?? ''} ${t("Nothing in this routine fits your profile; try 'limber chart --for-me --routine desk-break'.")}\n`,
    );
    throw new SafetyStop(ExitCode.leftOut);
  }
  return {
    items,
    note: profileLine(profile, safety, catalog) ?? t('From your check on {date}: nothing to change.', { date: readableDate(profile.checkedOn) }),
  };
}

export async function chartCommand(ctx: CommandContext, options: ChartOptions): Promise<void> {
  const catalog = await loadCatalog(ctx.catalogFiles, ctx.io.env);
  const entry = requireEntry(catalog, options.routine);
  const [title, summary, techniques] =
    entry.kind === 'routine'
      ? [entry.routine.name, entry.routine.summary, routineTechniques(catalog, entry.routine)]
      : [entry.technique.name, entry.technique.summary, [entry.technique]];
  const safety = safetyData();
  const box: ChartSafety = { warningSigns: safety.warningSigns, stopRule: fillText(safety.stopRule, '') };
  const personal = options.forMe ? await forMe(ctx, techniques, catalog) : undefined;
  const items = personal?.items ?? techniques.map((technique) => ({ technique }));
  const chart = buildChart(title, summary, items, box, poseLibrary(catalog), personal?.note);
  const format = options.format ?? (options.out && /\.html?$/i.test(options.out) ? 'html' : 'md');
  const text = format === 'html' ? chartHtml(chart) : chartMarkdown(chart, prerenderedFigures());
  if (!options.out) {
    ctx.io.stdout.write(text);
    return;
  }
  writeFileAtomic(options.out, text);
  ctx.io.stderr.write(
    `${format === 'html' ? t('Wrote {file}; open it in a browser and print it (A4 or Letter).', { file: options.out }) : t('Wrote {file}.', { file: options.out })}\n`,
  );
}
