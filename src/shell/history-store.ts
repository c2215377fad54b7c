import { closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type HistoryRecord, type ParsedHistory, parseHistory } from '../core/history/records.js';
import { t } from '../core/i18n/translate.js';
import { type AppendFs, appendLine } from './append-line.js';
import { errnoWords } from './errno.js';

/** How much of the end of the history to read: at most `maxBytes`, and back to `since` when given. */
interface RecentLimits {
  maxBytes?: number;
  since?: Date;
}

export interface HistoryStore {
  readonly path: string;
  /** Appends one record; never throws (a folder that cannot be written is reported once through `warn`). */
  append(record: HistoryRecord): void;
  /**
   * The records at the end of the file: from `since` on when given (read in growing windows, so years of data
   * cost no more than the last days), never more than the last `maxBytes`.
   */
  readRecent(limits?: RecentLimits): ParsedHistory;
}

/** The first window read back from the end: a week of six breaks a day is about 25 KB. */
const firstWindow = 64 * 1024;

/** The last `maxBytes` of a file, and whether that is less than the whole file. Throws as fs does. */
function readTail(path: string, maxBytes: number): { tail: Buffer; cut: boolean } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const start = Math.max(0, size - maxBytes);
    const tail = Buffer.alloc(size - start);
    readSync(fd, tail, 0, tail.length, start);
    return { tail, cut: start > 0 };
  } finally {
    closeSync(fd);
  }
}

/**
 * Append-only JSON lines. Each record is appended whole or not at all (see appendLine), so concurrent limber
 * processes neither lose nor interleave lines and a full disk never leaves half a record. The file is never
 * rewritten; a line cut short by a crash is left as it is, and the next record starts on a fresh line.
 */
export function historyStore(dataDir: string, warn: (message: string) => void, fs?: AppendFs): HistoryStore {
  const path = join(dataDir, 'history.jsonl');
  let warned = false;
  return {
    path,
    append(record) {
      try {
        mkdirSync(dataDir, { recursive: true });
        appendLine(path, JSON.stringify(record), fs);
      } catch (error) {
        if (!warned) {
          warned = true;
          warn(t('cannot write history to {file} ({why}); this session will not be recorded.', { file: path, why: errnoWords(error) }));
        }
      }
    },
    readRecent({ maxBytes = 512 * 1024, since }: RecentLimits = {}) {
      try {
        for (let window = since ? Math.min(firstWindow, maxBytes) : maxBytes; ; window = Math.min(window * 2, maxBytes)) {
          const { tail, cut } = readTail(path, window);
          const text = tail.toString('utf8');
          // Starting mid-file, the first line is a fragment: drop it. Line numbers here are not the file's.
          const parsed = parseHistory(cut ? text.slice(text.indexOf('\n') + 1) : text);
          const first = parsed.records[0];
          if (!cut || window >= maxBytes || !since || (first && Date.parse(first.at) < since.getTime())) return parsed;
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          warn(t('cannot read history at {file} ({why}).', { file: path, why: errnoWords(error) }));
        }
        return { records: [], damagedLines: [] };
      }
    },
  };
}
