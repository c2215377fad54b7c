import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HistoryRecord, parseHistory } from '../src/core/history/records.js';
import { historyStats, statsFromSummary } from '../src/core/history/stats.js';
import { emptySummary, foldRecords } from '../src/core/history/summary.js';
import { summarizeHistory } from '../src/shell/history-summary.js';
import { answersFile, binPath, calmQuickAnswers, cliEnv, emptyHome, runCli, tempHome } from './helpers/cli.js';

const now = new Date('2026-11-24T12:00:00');

/** A generated history in the app's own record shapes: sessions, screens, checks, feelings and pain. */
function generated(days: number, seed = 1): HistoryRecord[] {
  let x = seed;
  const random = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const records: HistoryRecord[] = [];
  for (let d = days; d >= 0; d--) {
    for (let s = 0; s < Math.floor(random() * 4); s++) {
      const at = new Date(now.getTime() - d * 86_400_000 - s * 3_600_000 - 3_600_000).toISOString();
      const session = `d${d}s${s}`;
      if (random() < 0.05) records.push({ type: 'screen', at, screen: 'full', level: 'no-warning-signs', reasons: [] });
      records.push({ type: 'screen', at, screen: 'quick', level: 'no-warning-signs', reasons: [] });
      records.push({ type: 'session-start', at, session, command: 'break', techniques: ['shoulder-rolls'], plannedSeconds: 180 });
      if (random() < 0.1) records.push({ type: 'pain', at, session, technique: 'shoulder-rolls', rating: 3 });
      records.push({ type: 'session-end', at, session, outcome: 'completed', elapsedSeconds: Math.round(random() * 300), techniques: [] });
      records.push({ type: 'feeling', at, session, feeling: (['better', 'same', 'worse'] as const)[Math.floor(random() * 3)]! });
    }
  }
  return records;
}

const text = (records: readonly HistoryRecord[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

describe('the history summary', () => {
  it.each([1, 2, 3])('folded in pieces, its figures equal a full read (seed %i)', (seed) => {
    const records = generated(400, seed);
    const cut = Math.floor(records.length / 3);
    const pieces = foldRecords(foldRecords(foldRecords(emptySummary(), records.slice(0, cut)), records.slice(cut, 2 * cut)), records.slice(2 * cut));
    for (const days of [1, 7, 30, 365, 3660]) expect(statsFromSummary(pieces, now, days)).toEqual(historyStats(records, now, days));
  });

  it('reads only what was appended, and equals a full read of the file', () => {
    const dir = emptyHome();
    const records = generated(200);
    writeFileSync(join(dir, 'history.jsonl'), text(records.slice(0, 500)));
    const first = summarizeHistory(dir);
    expect(first.offset).toBe(Buffer.byteLength(text(records.slice(0, 500))));
    appendFileSync(join(dir, 'history.jsonl'), text(records.slice(500)));
    const second = summarizeHistory(dir);
    expect(statsFromSummary(second, now, 90)).toEqual(historyStats(parseHistory(readFileSync(join(dir, 'history.jsonl'), 'utf8')).records, now, 90));
    expect(JSON.parse(readFileSync(join(dir, 'history.summary.json'), 'utf8')).offset).toBe(second.offset);
  });

  it('a half-written last line waits; a damaged line is counted with its real number', () => {
    const dir = emptyHome();
    const records = generated(10);
    writeFileSync(join(dir, 'history.jsonl'), `${text(records)}{"type":"feel`);
    const partial = summarizeHistory(dir);
    expect(partial.lines).toBe(records.length);
    appendFileSync(join(dir, 'history.jsonl'), `\n${text(records.slice(0, 2))}`);
    const after = summarizeHistory(dir);
    expect(after.damagedLines).toEqual([records.length + 1]);
    expect(after.lines).toBe(records.length + 3);
  });

  // The file is read 16 KiB at a time through one buffer: lines cross every boundary, one is longer than a chunk.
  it('read in chunks: lines across chunk ends, one longer than a chunk, multi-byte text; equals a full read', () => {
    const dir = emptyHome();
    const file = join(dir, 'history.jsonl');
    const records = generated(1500);
    const level = 'ärger ✓'.repeat(20_000);
    const long: HistoryRecord = { type: 'screen', at: new Date(now.getTime() - 60_000).toISOString(), screen: 'full', level, reasons: [] };
    const all = text([...records.slice(0, 200), long, ...records.slice(200)]);
    expect(Buffer.byteLength(all)).toBeGreaterThan(4 * 64 * 1024);
    writeFileSync(file, `${all}{"type":"feeling","at":"2026-11-24T10:00:00.000Z","ses`);
    const summary = summarizeHistory(dir);
    expect(summary.offset).toBe(Buffer.byteLength(all));
    expect(summary.lines).toBe(records.length + 1);
    expect(summary.damagedLines).toEqual([]);
    expect(summary.lastCheck?.level).toBe(level);
    const full = parseHistory(all).records;
    for (const days of [7, 365, 3660]) expect(statsFromSummary(summary, now, days)).toEqual(historyStats(full, now, days));
  });

  it.each([
    [
      'the file is shorter than the summary covers',
      (file: string, all: string) => writeFileSync(file, all.slice(0, all.length / 2 - ((all.length / 2) % 1)).replace(/[^\n]*$/, '')),
    ],
    [
      'its start was rewritten',
      (file: string, all: string) =>
        writeFileSync(file, `{"type":"feeling","at":"2026-01-01T00:00:00.000Z","session":"x","feeling":"worse"}\n${all}`),
    ],
  ])('rebuilt when %s', (_, change) => {
    const dir = emptyHome();
    const file = join(dir, 'history.jsonl');
    const all = text(generated(60));
    writeFileSync(file, all);
    summarizeHistory(dir);
    change(file, all);
    expect(statsFromSummary(summarizeHistory(dir), now, 365)).toEqual(historyStats(parseHistory(readFileSync(file, 'utf8')).records, now, 365));
  });

  // The summary is written without waiting for the disk: after a power cut it may be cut short, empty or zeros.
  it('a damaged summary is rebuilt, never an error', () => {
    const dir = emptyHome();
    const file = join(dir, 'history.jsonl');
    writeFileSync(file, text(generated(30)));
    const expected = historyStats(parseHistory(readFileSync(file, 'utf8')).records, now, 60);
    summarizeHistory(dir);
    const good = readFileSync(join(dir, 'history.summary.json'), 'utf8');
    for (const damaged of ['{"version": 1, "offset": "lots"', good.slice(0, good.length / 2), '', '\0'.repeat(good.length)]) {
      writeFileSync(join(dir, 'history.summary.json'), damaged);
      expect(statsFromSummary(summarizeHistory(dir), now, 60)).toEqual(expected);
      expect(readFileSync(join(dir, 'history.summary.json'), 'utf8')).toBe(good);
    }
  });

  it('a summary of the older shape (version 3, days keyed by date) is rebuilt, not misread', () => {
    const dir = emptyHome();
    const file = join(dir, 'history.jsonl');
    const all = text(generated(30));
    writeFileSync(file, all);
    const older = {
      version: 3,
      offset: Buffer.byteLength(all),
      lines: all.split('\n').length - 1,
      head: all.slice(0, 64),
      days: { '2026-11-20': [99, 999] },
      feelings: {},
      recentFeelings: [],
      worseAt: [],
      lastCheck: null,
      reminders: {},
      lastDesk: null,
      damagedLines: [],
      streak: { last: '2026-11-20', days: 99 },
    };
    writeFileSync(join(dir, 'history.summary.json'), JSON.stringify(older));
    expect(statsFromSummary(summarizeHistory(dir), now, 60)).toEqual(historyStats(parseHistory(readFileSync(file, 'utf8')).records, now, 60));
    expect(JSON.parse(readFileSync(join(dir, 'history.summary.json'), 'utf8')).version).toBe(4);
  });

  it('concurrent writers with a summary present: nothing lost', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'data'), { recursive: true });
    const answers = answersFile(calmQuickAnswers);
    expect(runCli(['history', '--json'], { env: { LIMBER_HOME: home } }).code).toBe(0);
    const { spawn } = await import('node:child_process');
    const run = () =>
      new Promise<number>((resolve) =>
        spawn(process.execPath, [binPath, 'run', 'shoulder-rolls', '--answers', answers, '--json'], {
          env: cliEnv({ LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.0005' }),
          stdio: 'ignore',
        }).on('exit', (code) => resolve(code ?? -1)),
      );
    const first = await Promise.all(Array.from({ length: 10 }, run));
    expect(first.every((c) => c === 0)).toBe(true);
    expect(JSON.parse(runCli(['history', '--json'], { env: { LIMBER_HOME: home } }).stdout).totalSessions).toBe(10);
    await Promise.all(Array.from({ length: 10 }, run));
    expect(JSON.parse(runCli(['history', '--json'], { env: { LIMBER_HOME: home } }).stdout).totalSessions).toBe(20);
  }, 60_000);
});
