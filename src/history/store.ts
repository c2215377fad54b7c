import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type HistoryRecord, type ParsedHistory, parseHistory } from './records.js';

export interface HistoryStore {
  readonly path: string;
  /** Appends one record; never throws (a folder that cannot be written is reported once through `warn`). */
  append(record: HistoryRecord): void;
  read(): ParsedHistory;
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
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damagedLines: [] };
        warn(`cannot read history at ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
        return { records: [], damagedLines: [] };
      }
      return parseHistory(text);
    },
  };
}
