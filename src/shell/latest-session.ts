import { statSync } from 'node:fs';
import type { HistoryStore } from './history-store.js';

export interface LatestSession {
  /** Wall epoch milliseconds. */
  at: number;
  outcome: string;
}

/** The latest session in the history, as `limber remind` watches for breaks taken in other terminals. */
export function latestSession(store: HistoryStore): LatestSession | null {
  const end = store.readRecent({ maxBytes: 64 * 1024 }).records.findLast((record) => record.type === 'session-end');
  return end?.type === 'session-end' ? { at: Date.parse(end.at), outcome: end.outcome } : null;
}

/** latestSession, read again only when the history file has changed since the last look. */
export function watchLatestSession(store: HistoryStore): () => LatestSession | null {
  let seenMtime = Number.NaN;
  let latest: LatestSession | null = null;
  return () => {
    let mtime: number;
    try {
      mtime = statSync(store.path).mtimeMs;
    } catch {
      return latest;
    }
    if (mtime !== seenMtime) {
      seenMtime = mtime;
      latest = latestSession(store);
    }
    return latest;
  };
}
