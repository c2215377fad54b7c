import { closeSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type HistoryRecord, type ParsedHistory, parseHistory } from '../core/history/records.js';
import { t } from '../core/i18n/translate.js';
import { type AppendFs, appendLine } from './append-line.js';
import { errnoWords } from './errno.js';

export interface HistoryStore {
  readonly path: string;
  /** Appends one record; never throws (a folder that cannot be written is reported once through `warn`). */
  append(record: HistoryRecord): void;
  /** The records in the last `maxBytes` of the file: enough for recent activity, fast with years of data. */
  readRecent(maxBytes?: number): ParsedHistory;
}

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
    readRecent(maxBytes = 512 * 1024) {
      try {
        const { tail, cut } = readTail(path, maxBytes);
        const text = tail.toString('utf8');
        // Starting mid-file, the first line is a fragment: drop it. Line numbers here are not the file's.
        return parseHistory(cut ? text.slice(text.indexOf('\n') + 1) : text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          warn(t('cannot read history at {file} ({why}).', { file: path, why: errnoWords(error) }));
        }
        return { records: [], damagedLines: [] };
      }
    },
  };
}
