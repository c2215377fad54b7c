import type { HistoryRecord } from '../core/history/records.js';
import { t, tn } from '../core/i18n/translate.js';
import type { Screen, TriageResult } from '../core/safety/triage.js';
import type { CommandContext } from './context.js';
import { type HistoryStore, historyStore } from './history-store.js';
import { limberPaths } from './paths.js';

const warn = (ctx: CommandContext, message: string) => ctx.io.stderr.write(`${ctx.styles.err.yellow(t('limber: warning:'))} ${message}\n`);

/** The history store for a command; its warnings go to stderr. */
export function openHistory(ctx: CommandContext): HistoryStore {
  return historyStore(limberPaths(ctx.io.env).data, (message) => warn(ctx, message));
}

/** Names damaged lines once on stderr: they are skipped, and the file is left as it is. */
export function warnDamaged(ctx: CommandContext, store: HistoryStore, damagedLines: readonly number[]): void {
  if (damagedLines.length > 0) {
    const shown = damagedLines.slice(0, 5).join(', ');
    const lines = damagedLines.length > 5 ? t('{lines} and {count} more', { lines: shown, count: damagedLines.length - 5 }) : shown;
    warn(
      ctx,
      `${store.path}: ${tn(
        damagedLines.length,
        'line {lines} could not be read and was skipped; the rest of the history is intact and the file was not changed.',
        'lines {lines} could not be read and were skipped; the rest of the history is intact and the file was not changed.',
        { lines },
      )}`,
    );
  }
}

/** A screen or check outcome as a history record: the level and which questions gave reasons. */
export const screenRecord = (screen: Screen, result: Pick<TriageResult, 'level' | 'reasons'>, at: Date): HistoryRecord => ({
  type: 'screen',
  at: at.toISOString(),
  screen,
  level: result.level,
  reasons: result.reasons.map((r) => r.question),
});
