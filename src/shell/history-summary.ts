import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { isDayTable } from '../core/history/day-table.js';
import { historyRecords } from '../core/history/records.js';
import { emptySummary, foldRecords, type HistorySummary, maxHistoryDays, pruneSummary } from '../core/history/summary.js';
import { writeFileAtomic } from './write-file.js';

/**
 * Bytes of the file's start kept to notice a replaced file; the bytes read per step, so memory stays flat. A
 * step's text is alive during most young-generation collections, and V8 grows that generation by what survives them:
 * with 64 KiB steps a first run over a million lines often doubled it, to 64.5 MiB peak against 56.6 MiB with 16 KiB.
 * Steps stay far under 1 MiB, which spent a fifth of such a run faulting in fresh pages.
 */
const headBytes = 64;
const chunkBytes = 16 * 1024;

const summaryPath = (dataDir: string) => join(dataDir, 'history.summary.json');

/** The saved summary, or undefined when there is none or it does not look like one (it is then rebuilt). */
function readSaved(path: string): HistorySummary | undefined {
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as HistorySummary;
    const ok =
      saved.version === 4 &&
      Number.isInteger(saved.offset) &&
      Number.isInteger(saved.lines) &&
      typeof saved.head === 'string' &&
      isDayTable(saved.days, 2) &&
      isDayTable(saved.feelings, 3) &&
      isDayTable(saved.reminders, 4) &&
      Array.isArray(saved.recentFeelings) &&
      Array.isArray(saved.worseAt) &&
      Array.isArray(saved.damagedLines) &&
      saved.lastDesk !== undefined &&
      saved.streak !== undefined;
    return ok ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** How many lines end in `text`. */
function lineEnds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Folds the whole lines from the summary's offset up to `size` into it, a chunk at a time, through one buffer:
 * a line that does not end in this chunk moves to the buffer's start, and the buffer doubles for a line longer
 * than itself.
 */
function foldFrom(fd: number, summary: HistorySummary, size: number): void {
  let buffer = Buffer.allocUnsafe(Math.min(chunkBytes, size - summary.offset));
  let kept = 0;
  let position = summary.offset;
  while (position < size) {
    if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    const read = readSync(fd, buffer, kept, Math.min(buffer.length - kept, size - position), position);
    if (read === 0) break;
    position += read;
    const filled = kept + read;
    // Only whole lines are folded: a line still being written is left for the next read.
    const end = buffer.lastIndexOf(0x0a, filled - 1) + 1;
    if (end > 0) {
      const text = buffer.toString('utf8', 0, end);
      const base = summary.lines;
      foldRecords(
        summary,
        historyRecords(text, (line) => summary.damagedLines.push(base + line)),
      );
      summary.lines += lineEnds(text);
      summary.offset += end;
    }
    kept = filled - end;
    buffer.copy(buffer, 0, end, filled);
  }
}

/**
 * The history's summary, brought up to date by reading only what was appended since it was saved. It is
 * rebuilt when the file is shorter than it covers or its start has changed, and it is only a cache: the
 * history file is never touched, and the summary can be deleted any time. Saving it is best-effort.
 */
export function summarizeHistory(dataDir: string): HistorySummary {
  const historyPath = join(dataDir, 'history.jsonl');
  let fd: number;
  try {
    fd = openSync(historyPath, 'r');
  } catch {
    return emptySummary();
  }
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(headBytes, size));
    readSync(fd, head, 0, head.length, 0);
    // Decoded without naming an encoding: that skips Buffer's encoding lookup, which a cold start compiles.
    const currentHead = head.toString();
    const saved = readSaved(summaryPath(dataDir));
    const fits = saved && saved.offset <= size && currentHead.startsWith(saved.head);
    const summary = fits ? saved : emptySummary(currentHead);
    const before = summary.offset;
    foldFrom(fd, summary, size);
    if (!fits || summary.offset !== before) {
      pruneSummary(summary, maxHistoryDays);
      try {
        // Not flushed: a summary cut short by a power cut is not JSON, so it is read as none and rebuilt.
        writeFileAtomic(summaryPath(dataDir), JSON.stringify(summary), { flush: false });
      } catch {
        // A summary that cannot be saved is simply rebuilt next time.
      }
    }
    return summary;
  } finally {
    closeSync(fd);
  }
}
