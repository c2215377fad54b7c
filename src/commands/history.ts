import { statsFromSummary } from '../core/history/stats.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { openHistory, warnDamaged } from '../shell/history-log.js';
import { summarizeHistory } from '../shell/history-summary.js';
import { limberPaths } from '../shell/paths.js';
import { alignColumns } from '../view/text.js';

export interface HistoryOptions {
  days: number;
  json?: boolean;
  csv?: boolean;
}

export async function historyCommand(ctx: CommandContext, options: HistoryOptions): Promise<void> {
  const store = openHistory(ctx);
  // Only what was appended since the last look is read: years of history cost what is new.
  const summary = summarizeHistory(limberPaths(ctx.io.env).data);
  const stats = statsFromSummary(summary, ctx.now(), options.days);
  warnDamaged(ctx, store, summary.damagedLines);
  const { out } = ctx.styles;

  if (options.json) return writeJson(ctx.io, stats);
  if (options.csv) {
    writeLine(ctx.io.stdout, 'date,sessions,minutes,reminded,taken,snoozed,skipped');
    for (const d of stats.days) writeLine(ctx.io.stdout, [d.date, d.sessions, d.minutes, d.reminded, d.taken, d.snoozed, d.skipped].join(','));
    return;
  }

  // The reminder columns (Workrave's statistics) appear once the reminder loop has been used in the window.
  const reminders = stats.days.some((d) => d.reminded + d.taken + d.snoozed + d.skipped > 0);
  const rows = stats.days.map((d) => [
    d.date,
    String(d.sessions),
    d.minutes.toFixed(1),
    ...(reminders ? [d.reminded, d.taken, d.snoozed, d.skipped].map(String) : []),
    d.sessions > 0 ? '█'.repeat(Math.min(20, d.sessions)) : '',
  ]);
  const titles = ['DATE', 'SESSIONS', 'MINUTES', ...(reminders ? ['REMINDED', 'TAKEN', 'SNOOZED', 'SKIPPED'] : []), ''];
  const [head, ...body] = alignColumns([titles, ...rows]);
  writeLine(ctx.io.stdout, out.bold(head));
  for (const line of body) writeLine(ctx.io.stdout, line);
  writeLine(ctx.io.stdout);
  writeLine(ctx.io.stdout, `${out.bold('Last')} ${options.days} days: ${stats.totalSessions} sessions, ${stats.totalMinutes.toFixed(1)} minutes.`);
  writeLine(ctx.io.stdout, `${out.bold('Streak:')} ${stats.streakDays} day${stats.streakDays === 1 ? '' : 's'} in a row with a session.`);
  const { better, same, worse } = stats.feelings;
  const latest = stats.recentFeelings.length > 0 ? ` (latest last: ${stats.recentFeelings.join(', ')})` : '';
  writeLine(ctx.io.stdout, `${out.bold('How your back felt afterwards:')} better ${better} · same ${same} · worse ${worse}${latest}`);
  if (stats.lastCheck) {
    const age = stats.lastCheck.ageDays === 0 ? 'today' : `${stats.lastCheck.ageDays} days ago`;
    writeLine(ctx.io.stdout, `${out.bold('Last full check:')} ${age} (${stats.lastCheck.level}).`);
    if (stats.lastCheck.due) writeLine(ctx.io.stdout, out.yellow("It is over 12 months old: run 'limber check' again."));
  } else {
    writeLine(
      ctx.io.stdout,
      `${out.bold('Last full check:')} never. Run 'limber check' once, then every 12 months and whenever your health changes.`,
    );
  }
  const desk = stats.lastDesk;
  const deskAge = desk && (desk.ageDays === 0 ? 'today' : `${desk.ageDays} days ago`);
  writeLine(
    ctx.io.stdout,
    `${out.bold('Last desk check:')} ${desk ? `${deskAge}, ${desk.fixes} change${desk.fixes === 1 ? '' : 's'} suggested.` : "never. 'limber desk' checks your set-up in a minute."}`,
  );
  if (stats.worseLastWeek >= 3) {
    writeLine(
      ctx.io.stdout,
      out.yellow(`You said "worse" ${stats.worseLastWeek} times in the last 7 days: run 'limber check', and consider seeing a physiotherapist.`),
    );
  }
  writeLine(ctx.io.stderr, ctx.styles.err.dim(`History file: ${store.path}`));
}
