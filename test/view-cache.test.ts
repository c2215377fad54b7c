import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewRecorder } from '../src/commands/view-cache.js';
import type { Io } from '../src/shell/io.js';
import { keptFacts, keptFile, readKept, replay } from '../src/shell/kept-output.js';
import { emptyHome, profileJson, runCli, writeProfile } from './helpers/cli.js';

const folder = (home: string) => join(home, 'cache', 'kept');
const kept = (home: string) => {
  try {
    return readdirSync(folder(home)).map((file) => join(folder(home), file));
  } catch {
    return [];
  }
};

/** A home with a history of one finished break today, so `history` has something to show. */
function homeWithHistory(): string {
  const home = writeProfile(emptyHome());
  const at = new Date().toISOString();
  const lines = [
    { type: 'session-start', at, session: 'a', command: 'break', techniques: ['shoulder-rolls'], plannedSeconds: 60 },
    { type: 'session-end', at, session: 'a', outcome: 'completed', elapsedSeconds: 60, techniques: ['shoulder-rolls'] },
  ];
  appendFileSync(join(home, 'data', 'history.jsonl'), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  return home;
}

describe('read-only views, kept once shown', () => {
  it.each([
    [['list']],
    [['list', '--json']],
    [['show', 'cat-cow']],
    [['show', 'cat-cow', '--json']],
    [['chart']],
    [['history']],
    [['history', '--days', '3', '--csv']],
    [['history', '--json']],
    [['check', '--questions']],
    [['desk', '--questions', '--json']],
  ])('limber %j: kept on the first run, the same as commander after', (args) => {
    const home = homeWithHistory();
    const commander = runCli(args, { env: { LIMBER_HOME: home, LIMBER_FAST: '0' } });
    expect(commander.code).toBe(0);
    expect(kept(home)).toEqual([]);
    const first = runCli(args, { env: { LIMBER_HOME: home } });
    expect(kept(home)).toHaveLength(1);
    const second = runCli(args, { env: { LIMBER_HOME: home } });
    expect(first).toEqual(commander);
    expect(second).toEqual(commander);
  });

  it('a view is shown afresh when a file it reads changes', () => {
    const home = homeWithHistory();
    const before = runCli(['history', '--json'], { env: { LIMBER_HOME: home } });
    appendFileSync(join(home, 'data', 'history.jsonl'), readFileSync(join(home, 'data', 'history.jsonl'), 'utf8').replaceAll('"a"', '"b"'));
    const after = runCli(['history', '--json'], { env: { LIMBER_HOME: home } });
    expect(JSON.parse(after.stdout).totalSessions).toBe(JSON.parse(before.stdout).totalSessions + 1);

    const list = runCli(['list'], { env: { LIMBER_HOME: home } });
    const mine = JSON.parse(readFileSync('data/catalog.json', 'utf8')).techniques.find((t: { id: string }) => t.id === 'shoulder-rolls');
    mkdirSync(join(home, 'config'), { recursive: true });
    writeFileSync(join(home, 'config', 'catalog.json'), JSON.stringify({ techniques: [{ ...mine, id: 'my-rolls' }] }));
    expect(list.stdout).not.toContain('my-rolls');
    expect(runCli(['list'], { env: { LIMBER_HOME: home } }).stdout).toContain('my-rolls');
  });

  it('the environment that tunes output is part of the key', () => {
    const home = homeWithHistory();
    const plain = runCli(['list'], { env: { LIMBER_HOME: home } });
    const coloured = runCli(['list'], { env: { LIMBER_HOME: home, FORCE_COLOR: '1' } });
    const german = runCli(['list'], { env: { LIMBER_HOME: home, LIMBER_LANG: 'de' } });
    expect(coloured.stdout).toContain('\u001b[');
    expect(german.stdout).not.toEqual(plain.stdout);
    expect(runCli(['list'], { env: { LIMBER_HOME: home } })).toEqual(plain);
    expect(runCli(['list'], { env: { LIMBER_HOME: home, FORCE_COLOR: '1' } })).toEqual(coloured);
  });

  it('a damaged or foreign file is ignored and replaced, never shown', () => {
    const home = homeWithHistory();
    const good = runCli(['history'], { env: { LIMBER_HOME: home } });
    const [file] = kept(home);
    const saved = readFileSync(file!, 'utf8');
    const [facts, files, length] = saved.split('\n');
    const payload = saved.split('\n').slice(3).join('\n');
    const damages = [
      '',
      'not a key\n2\n[]',
      `${facts!.replace('history', 'list')}\n${files}\n${length}\n${payload}`,
      // A file it reads listed as it is not.
      `${facts}\n${files!.replace('history.jsonl","', 'history.jsonl","1')}\n${length}\n${payload}`,
      `${facts}\n{}\n${length}\n${payload}`,
      saved.slice(0, -20),
      `${facts}\n${files}\n2\n{}`,
      `${facts}\n${files}\n14\n[[3,"wrong\\n"]]`,
    ];
    for (const damage of damages) {
      writeFileSync(file!, damage);
      expect(runCli(['history'], { env: { LIMBER_HOME: home } })).toEqual(good);
      // Kept afresh; an entry for other facts (the foreign line's) may stay beside it, never shown for these.
      expect(readFileSync(file!, 'utf8').endsWith(saved)).toBe(true);
    }
  });

  it('errors are never kept, and LIMBER_FAST=0 keeps nothing', () => {
    const home = homeWithHistory();
    expect(runCli(['show', 'no-such-technique'], { env: { LIMBER_HOME: home } }).code).toBe(2);
    expect(runCli(['list'], { env: { LIMBER_HOME: home, LIMBER_FAST: '0' } }).code).toBe(0);
    expect(kept(home)).toEqual([]);
  });
});

describe('viewRecorder', () => {
  const terminal = (log: string[], name: string, columns: number) => ({
    write: (text: string) => log.push(`${name}:${text}`) > 0,
    isTTY: true,
    columns,
  });
  const io = (home: string, log: string[] = [], columns = 80, env: NodeJS.ProcessEnv = {}) =>
    ({
      stdout: terminal(log, 'out', columns),
      stderr: terminal(log, 'err', columns),
      env: { LIMBER_HOME: home, NO_COLOR: '1', ...env },
    }) as unknown as Io;
  /** What front.ts would find kept for the line. */
  const kept = (argv: string[], streams: Io, now: Date) =>
    readKept(keptFile(argv, join(streams.env.LIMBER_HOME!, 'cache')), () => keptFacts(argv, streams, now));

  it('keeps writes in their order, under the day, the width, the environment and the profile', () => {
    const home = homeWithHistory();
    const day = new Date(2026, 10, 20, 12);
    const first = viewRecorder(['history'], io(home), day);
    first?.io.stdout.write('table\n');
    first?.io.stderr.write('note\n');
    first?.io.stdout.write('more\n');
    first?.keep();
    const log: string[] = [];
    replay(kept(['history'], io(home), new Date(2026, 10, 20, 23)) ?? [], io(home, log));
    expect(log).toEqual(['out:table\n', 'err:note\n', 'out:more\n']);
    expect(kept(['history'], io(home), new Date(2026, 10, 21, 0, 1))).toBeUndefined();
    expect(kept(['history'], io(home, [], 100), day)).toBeUndefined();
    // Variables that may tune output without changing the language or colour: the screen-reader mode, the zone.
    expect(kept(['history'], io(home, [], 80, { LIMBER_PLAIN: '1' }), day)).toBeUndefined();
    expect(kept(['history'], io(home, [], 80, { TZ: 'Pacific/Kiritimati' }), day)).toBeUndefined();
    // And the folders the user's files are found in.
    expect(kept(['history'], io(home, [], 80, { XDG_CONFIG_HOME: '/elsewhere' }), day)).toBeUndefined();
    writeProfile(home, profileJson(['osteoporosis']));
    expect(kept(['history'], io(home), day)).toBeUndefined();
  });

  it('only history is shown afresh after a break: the other views do not read the history', () => {
    const home = homeWithHistory();
    const day = new Date(2026, 10, 20, 12);
    for (const line of [['history'], ['list']]) {
      const view = viewRecorder(line, io(home), day);
      view?.io.stdout.write('shown\n');
      view?.keep();
    }
    appendFileSync(join(home, 'data', 'history.jsonl'), '{"type":"feeling"}\n');
    expect(kept(['history'], io(home), day)).toBeUndefined();
    expect(kept(['list'], io(home), day)).toEqual([[1, 'shown\n']]);
  });

  it('a line keeps its latest four outputs, one per set of facts', () => {
    const home = homeWithHistory();
    const day = new Date(2026, 10, 20, 12);
    for (const columns of [60, 70, 80, 90, 100, 80]) {
      const view = viewRecorder(['list'], io(home, [], columns), day);
      view?.io.stdout.write(`${columns} wide\n`);
      view?.keep();
    }
    const shown = (columns: number) => kept(['list'], io(home, [], columns), day);
    // 60 went when 100 came; 80, shown again, replaced its own entry.
    expect([60, 70, 80, 90, 100].map(shown)).toEqual([undefined, ...[70, 80, 90, 100].map((columns) => [[1, `${columns} wide\n`]])]);
    expect(readFileSync(join(folder(home), readdirSync(folder(home))[0]!), 'utf8').split('\n')).toHaveLength(4 * 4);
  });

  it('an output whose files have changed is dropped when the line keeps another', () => {
    const home = homeWithHistory();
    const day = new Date(2026, 10, 20, 12);
    const keep = (columns: number) => {
      const view = viewRecorder(['list'], io(home, [], columns), day);
      view?.io.stdout.write(`${columns} wide\n`);
      view?.keep();
    };
    keep(80);
    writeProfile(home, profileJson(['osteoporosis']));
    keep(90);
    expect(readFileSync(join(folder(home), readdirSync(folder(home))[0]!), 'utf8').split('\n')).toHaveLength(4);
    expect(kept(['list'], io(home, [], 90), day)).toEqual([[1, '90 wide\n']]);
  });

  it('the folders earlier builds kept views and help in are removed once kept/ is made, and nothing else', () => {
    const home = emptyHome();
    const cache = join(home, 'cache');
    for (const earlier of ['views', 'help', 'compile']) {
      mkdirSync(join(cache, earlier), { recursive: true });
      writeFileSync(join(cache, earlier, 'old.txt'), 'old');
    }
    expect(runCli(['list'], { env: { LIMBER_HOME: home } }).code).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(['compile', 'kept']);
    expect(readdirSync(join(cache, 'compile'))).toContain('old.txt');
  });

  it('only the read-only views are kept', () => {
    const home = emptyHome();
    for (const line of [['break'], ['run', 'cat-cow'], ['remind', '--status'], ['--version'], []]) {
      expect(viewRecorder(line, io(home), new Date())).toBeUndefined();
    }
  });
});
