import type { CommandContext } from '../commands/context.js';
import { limberPaths } from '../paths.js';
import type { TriageResult } from '../safety/triage.js';
import type { HistoryRecord } from './records.js';
import { type HistoryStore, historyStore } from './store.js';

/** The history store for a command, warning on stderr; damaged lines are reported by line number. */
export function openHistory(ctx: CommandContext): HistoryStore {
  return historyStore(limberPaths(ctx.io.env).data, (message) => ctx.io.stderr.write(`${ctx.styles.err.yellow('limber: warning:')} ${message}\n`));
}

/** Names damaged lines once on stderr: they are skipped, and the file is left as it is. */
export function warnDamaged(ctx: CommandContext, store: HistoryStore, damagedLines: readonly number[]): void {
  if (damagedLines.length > 0) {
    const shown = damagedLines.slice(0, 5).join(', ');
    const more = damagedLines.length > 5 ? ` and ${damagedLines.length - 5} more` : '';
    ctx.io.stderr.write(
      `${ctx.styles.err.yellow('limber: warning:')} ${store.path}: line${damagedLines.length > 1 ? 's' : ''} ${shown}${more} could not be read and ${damagedLines.length > 1 ? 'were' : 'was'} skipped; the rest of the history is intact and the file was not changed.\n`,
    );
  }
}

/** Recent records, for what a session needs to know: recent techniques, today's count, this week's feelings. */
export function readRecentRecords(store: HistoryStore): HistoryRecord[] {
  return store.readRecent().records;
}

export const now = (): string => new Date().toISOString();

/** A screen or check outcome as a history record: the level and which questions gave reasons. */
export const screenRecord = (screen: 'quick' | 'full', result: TriageResult): HistoryRecord => ({
  type: 'screen',
  at: now(),
  screen,
  level: result.level,
  reasons: result.reasons.map((r) => r.question),
});
