import { statsFromSummary } from '../core/history/stats.js';
import { t } from '../core/i18n/translate.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { openHistory, warnDamaged } from '../shell/history-log.js';
import { summarizeHistory } from '../shell/history-summary.js';
import { limberPaths } from '../shell/paths.js';
import { summaryLines } from '../view/history.js';
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
    const rows = stats.days.map((d) => [d.date, d.sessions, d.minutes, d.reminded, d.taken, d.snoozed, d.skipped].join(','));
    // One write for the whole table: a year is 366 lines, and each write is a system call.
    writeLine(ctx.io.stdout, ['date,sessions,minutes,reminded,taken,snoozed,skipped', ...rows].join('\n'));
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
  const titles = [t('DATE'), t('SESSIONS'), t('MINUTES'), ...(reminders ? [t('REMINDED'), t('TAKEN'), t('SNOOZED'), t('SKIPPED')] : []), ''];
  const [head, ...body] = alignColumns([titles, ...rows]);
  writeLine(ctx.io.stdout, [out.bold(head), ...body, '', ...summaryLines(stats, options.days, out)].join('\n'));
  writeLine(ctx.io.stderr, ctx.styles.err.dim(t('History file: {file}', { file: store.path })));
}
