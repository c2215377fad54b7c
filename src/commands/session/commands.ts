import { isDeskFriendly, routineTechniques } from '../../core/catalog/filter.js';
import type { Catalog, Technique } from '../../core/catalog/model.js';
import { overuseTags } from '../../core/catalog/vocabulary.js';
import { defaultBreakMinutes, defaultDailyLimit } from '../../core/config/defaults.js';
import { localDate, readableDate } from '../../core/dates.js';
import { checkOveruse } from '../../core/history/guard.js';
import { painLeftOut } from '../../core/history/pain.js';
import { recentTechniques } from '../../core/history/stats.js';
import { t, tn } from '../../core/i18n/translate.js';
import { painLeftOutHours } from '../../core/safety/levels.js';
import type { TriageResult } from '../../core/safety/triage.js';
import { fitRoutine } from '../../core/session/fit.js';
import { loadCatalog } from '../../shell/catalog-source.js';
import { loadConfig } from '../../shell/config-source.js';
import type { CommandContext } from '../../shell/context.js';
import { ExitCode, SafetyStop } from '../../shell/errors.js';
import { openHistory } from '../../shell/history-log.js';
import { readProfile } from '../../shell/profile-store.js';
import { parseTimeScale } from '../../shell/time-scale.js';
import { headedNote, noteWidth, terminalSafe, wrapText } from '../../view/text.js';
import { requireEntry } from '../entries.js';
import { guideSession, type SessionOptions } from './guide.js';
import { type SessionSetup, screenForSession } from './screen.js';

export type { SessionOptions } from './guide.js';

export interface BreakOptions extends SessionOptions {
  minutes?: number;
}

/**
 * How far back a session reads its history: recent techniques, today's count, the week's feelings and pain of the
 * last 48 hours all lie within a week, and a calendar day more spares the edges. A long history is not read whole.
 */
const lookBackDays = 8;

async function prepare(ctx: CommandContext, command: SessionSetup['command'], options: SessionOptions): Promise<SessionSetup> {
  const scale = parseTimeScale(ctx.io.env);
  const config = await loadConfig(ctx.io.env);
  const catalog = await loadCatalog(ctx.catalogFiles, ctx.io.env);
  options.emergencyNumber ??= config.emergencyNumber;
  const store = openHistory(ctx);
  const profile = await readProfile(ctx.io.env);
  const now = ctx.now();
  const records = store.readRecent({ since: new Date(now.getTime() - lookBackDays * 86_400_000) }).records;
  return { command, config, store, records, catalog, profile, scale, now };
}

/** A note for stderr, wrapped between words to the terminal, as the screen's are. */
const wrapped = (ctx: CommandContext, text: string): string => wrapText(text, noteWidth(ctx.io.stderr.columns));
const headed = (ctx: CommandContext, heading: string, body: string, style: (text: string) => string): string =>
  headedNote(heading, body, noteWidth(ctx.io.stderr.columns), style);

/** What today's session must leave out beyond the screen: moves that hurt in the last 48 hours. */
function leftOutByPain(ctx: CommandContext, setup: SessionSetup): Set<string> {
  const hurt = painLeftOut(setup.records, setup.now);
  for (const record of hurt) {
    const name = terminalSafe(setup.catalog.techniques.find((t) => t.id === record.technique)?.name ?? record.technique);
    const text = t('{name} is left out until {hours} hours after it hurt ({rating}/10 on {date}).', {
      name,
      hours: painLeftOutHours,
      rating: record.rating,
      date: readableDate(localDate(record.at)),
    });
    ctx.io.stderr.write(`${ctx.styles.err.cyan(wrapped(ctx, text))}\n`);
  }
  return new Set(hurt.map((r) => r.technique));
}

/** The overuse guard (the guide: cracking often can loosen joints). It informs; for a break it picks other moves. */
function overuse(ctx: CommandContext, setup: SessionSetup, techniques: readonly string[]) {
  const counted = new Set(setup.catalog.techniques.filter((t) => t.tags.some((tag) => overuseTags.includes(tag))).map((t) => t.id));
  const limit = setup.config.dailyLimit ?? defaultDailyLimit;
  const check = checkOveruse(setup.records, techniques, counted, limit, setup.now);
  const c = ctx.styles.err;
  if (check.worseOften) {
    const body = t("your back felt worse after 3 or more sessions this week. Run 'limber check', and consider seeing a physiotherapist.");
    ctx.io.stderr.write(`${headed(ctx, t('Worth checking:'), body, c.yellow.bold)}\n`);
  }
  return { ...check, counted, limit };
}

/** Something asked for by id is left out today: it is not run (exit 5); options that fit today are named. */
function refuseLeftOut(ctx: CommandContext, catalog: Catalog, leftOut: Technique[], excluded: ReadonlySet<string>): never {
  // A few options for the same area, desk-friendly ones first: a list of everything would bury the point.
  const alternatives = catalog.techniques
    .filter((t) => !excluded.has(t.id) && leftOut.some((l) => l.areas.some((a) => t.areas.includes(a))))
    .sort((a, b) => Number(isDeskFriendly(b)) - Number(isDeskFriendly(a)))
    .slice(0, 4);
  const names = leftOut.map((technique) => terminalSafe(technique.name)).join(', ');
  const body = `${tn(leftOut.length, '{names} is left out today (see above).', '{names} are left out today (see above).', { names })} ${
    alternatives.length > 0
      ? t('Options for the same area: {options}.', {
          options: alternatives.map((technique) => `${terminalSafe(technique.name)} (limber run ${technique.id})`).join(', '),
        })
      : t('Nothing else in the catalog fits today; rest, and see a professional if it does not ease.')
  }`;
  ctx.io.stderr.write(`\n${headed(ctx, t('Not today:'), body, ctx.styles.err.yellow.bold)}\n`);
  throw new SafetyStop(ExitCode.leftOut);
}

const excludedBy = (screen: TriageResult, also: ReadonlySet<string>) => new Set([...screen.excludedTechniques, ...also]);

export async function runCommand(ctx: CommandContext, ids: string[], options: SessionOptions): Promise<void> {
  const setup = await prepare(ctx, 'run', options);
  const { catalog } = setup;
  // Resolve every id before asking anything, so a typo never costs the user a screen.
  const requested = ids.map((id) => requireEntry(catalog, id));
  const screen = await screenForSession(ctx, options, setup);
  const excluded = excludedBy(screen, leftOutByPain(ctx, setup));
  const softened = new Set(screen.softenedTechniques);
  const leftOut = requested.flatMap((e) => (e.kind === 'technique' && excluded.has(e.technique.id) ? [e.technique] : []));
  if (leftOut.length > 0) refuseLeftOut(ctx, catalog, leftOut, excluded);
  // A routine simply runs without whatever is left out today.
  const all = requested.flatMap((e) => (e.kind === 'technique' ? [e.technique] : routineTechniques(catalog, e.routine)));
  const techniques = all.filter((t) => !excluded.has(t.id));
  if (techniques.length === 0) refuseLeftOut(ctx, catalog, all, excluded);
  const guard = overuse(
    ctx,
    setup,
    techniques.map((t) => t.id),
  );
  if (guard.overDailyLimit) {
    const body = `${t('this is session {count} today with cracking or end-range moves (your limit is {limit}). Doing them often can loosen joints over time, and needing them all the time is a reason to see a physiotherapist or chiropractor.', { count: guard.countedToday + 1, limit: guard.limit })}`;
    ctx.io.stderr.write(`${headed(ctx, t('Easy does it:'), body, ctx.styles.err.yellow.bold)}\n`);
  }
  await guideSession(
    ctx,
    techniques.map((technique) => ({ technique, gentle: softened.has(technique.id) })),
    options,
    setup,
  );
}

export async function breakCommand(ctx: CommandContext, options: BreakOptions): Promise<void> {
  const setup = await prepare(ctx, 'break', options);
  const { catalog } = setup;
  const screen = await screenForSession(ctx, options, setup);
  const excluded = excludedBy(screen, leftOutByPain(ctx, setup));
  const desk = catalog.techniques.filter((t) => isDeskFriendly(t) && !excluded.has(t.id));
  const guard = overuse(
    ctx,
    setup,
    desk.map((t) => t.id),
  );
  // Past the daily limit a break picks other moves rather than warn about its own choice.
  const candidates = guard.countedToday >= guard.limit ? desk.filter((t) => !guard.counted.has(t.id)) : desk;
  if (candidates.length < desk.length) {
    const text = t('You have had {count} sessions with cracking or end-range moves today (limit {limit}); this break uses other moves.', {
      count: guard.countedToday,
      limit: guard.limit,
    });
    ctx.io.stderr.write(`${ctx.styles.err.dim(wrapped(ctx, text))}\n`);
  }
  if (candidates.length === 0) {
    const body = t('Everything a desk break uses is left out today (see above); rest, and come back when you feel better.');
    ctx.io.stderr.write(`\n${headed(ctx, t('No desk break today.'), body, ctx.styles.err.yellow.bold)}\n`);
    throw new SafetyStop(ExitCode.leftOut);
  }
  const minutes = options.minutes ?? setup.config.breakMinutes ?? defaultBreakMinutes;
  const fitted = fitRoutine(candidates, minutes * 60, {
    random: ctx.random,
    recent: recentTechniques(setup.records),
    gentle: new Set(screen.softenedTechniques),
  });
  await guideSession(ctx, fitted.items, options, setup);
}
