import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type HistoryRecord, type ParsedHistory, parseHistory } from './records.js';

export interface HistoryStore {
  readonly path: string;
  /** Appends one record; never throws (a folder that cannot be written is reported once through `warn`). */
  append(record: HistoryRecord): void;
  /** The whole file's text ('' when there is none yet). */
  readText(): string;
  /** The records in the last `maxBytes` of the file: enough for recent activity, fast with years of data. */
  readRecent(maxBytes?: number): ParsedHistory;
}

/** Whether the file's last byte is a newline (or the file is empty or missing). */
function endsWithNewline(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } catch {
    return true;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Append-only JSON lines. Each record is one write to a file opened for appending, which the operating
 * system places whole at the end, so concurrent limber processes neither lose nor interleave lines. The
 * file is never rewritten or truncated: a line cut short by a crash is left as it is, and the next record
 * starts on a fresh line.
 */
export function historyStore(dataDir: string, warn: (message: string) => void): HistoryStore {
  const path = join(dataDir, 'history.jsonl');
  let warned = false;
  return {
    path,
    append(record) {
      try {
        mkdirSync(dataDir, { recursive: true });
        const line = `${JSON.stringify(record)}\n`;
        appendFileSync(path, endsWithNewline(path) ? line : `\n${line}`);
      } catch (error) {
        if (!warned) {
          warned = true;
          warn(`cannot write history to ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); this session will not be recorded.`);
        }
      }
    },
    readText() {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          warn(`cannot read history at ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
        }
        return '';
      }
    },
    readRecent(maxBytes = 512 * 1024) {
      let fd: number | undefined;
      try {
        fd = openSync(path, 'r');
        const size = fstatSync(fd).size;
        const start = Math.max(0, size - maxBytes);
        const buffer = Buffer.alloc(size - start);
        readSync(fd, buffer, 0, buffer.length, start);
        let text = buffer.toString('utf8');
        // Starting mid-file, the first line is a fragment: drop it. Line numbers here are not the file's.
        if (start > 0) text = text.slice(text.indexOf('\n') + 1);
        return parseHistory(text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          warn(`cannot read history at ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
        }
        return { records: [], damagedLines: [] };
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}
