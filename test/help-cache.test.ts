import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpRecorder } from '../src/commands/help-cache.js';
import type { Io } from '../src/shell/io.js';
import { keptFacts, keptFile, readKept } from '../src/shell/kept-output.js';
import { emptyHome, runCli } from './helpers/cli.js';

const kept = (home: string) => {
  try {
    return readdirSync(join(home, 'cache', 'kept')).map((file) => join(home, 'cache', 'kept', file));
  } catch {
    return [];
  }
};

describe('help, kept once shown', () => {
  it.each([
    [['--help'], {}],
    [['-h'], {}],
    [['help'], {}],
    [['list', '--help'], {}],
    [['help', 'break'], {}],
    [['check', '-h'], { LIMBER_LANG: 'de' }],
    [['--help'], { LIMBER_LANG: 'es', FORCE_COLOR: '1' }],
  ])('limber %j with %j: kept on the first run, the same as commander after', (args, env) => {
    const home = emptyHome();
    const commander = runCli(args, { env: { ...env, LIMBER_HOME: home, LIMBER_FAST: '0' } });
    expect(commander.code).toBe(0);
    expect(kept(home)).toEqual([]);
    const first = runCli(args, { env: { ...env, LIMBER_HOME: home } });
    expect(kept(home)).toHaveLength(1);
    const second = runCli(args, { env: { ...env, LIMBER_HOME: home } });
    expect(first).toEqual(commander);
    expect(second).toEqual(commander);
  });

  // commander styles no help by itself, but a help page may one day: colour is part of the key all the same.
  // One file for the line, with a page for each.
  it('keeps one page per language and colour, each its own', () => {
    const home = emptyHome();
    const english = runCli(['--help'], { env: { LIMBER_HOME: home } });
    const german = runCli(['--help'], { env: { LIMBER_HOME: home, LIMBER_LANG: 'de' } });
    const coloured = runCli(['--help'], { env: { LIMBER_HOME: home, FORCE_COLOR: '1' } });
    expect(kept(home)).toHaveLength(1);
    expect(german.stdout).toContain('Beispiele:');
    expect(runCli(['--help'], { env: { LIMBER_HOME: home } })).toEqual(english);
    expect(runCli(['--help'], { env: { LIMBER_HOME: home, LIMBER_LANG: 'de' } })).toEqual(german);
    expect(runCli(['--help'], { env: { LIMBER_HOME: home, FORCE_COLOR: '1' } })).toEqual(coloured);
  });

  it('a damaged or foreign file is ignored and replaced, never shown', () => {
    const home = emptyHome();
    const good = runCli(['show', '--help'], { env: { LIMBER_HOME: home } });
    const [file] = kept(home);
    const saved = readFileSync(file!, 'utf8');
    const [facts, files, length] = saved.split('\n');
    const damages = [
      '',
      'not a key\nwrong help',
      `${facts!.replace('show', 'list')}\n${files}\n${length}\n[[1,"wrong help"]]`,
      // Cut short, as a crash before the data reached the disk can leave it.
      saved.slice(0, -20),
      `${facts}\n${files}\nwrong help`,
      `${facts}\n${files!.replace('bundles.json', 'bundles.jsonx')}\n${length}\n[[1,"wrong help"]]`,
    ];
    for (const damage of damages) {
      writeFileSync(file!, damage);
      expect(runCli(['show', '--help'], { env: { LIMBER_HOME: home } })).toEqual(good);
      expect(readFileSync(file!, 'utf8').endsWith(saved)).toBe(true);
    }
  });

  it('errors and lines that are not help alone are never kept', () => {
    const home = emptyHome();
    expect(runCli([], { env: { LIMBER_HOME: home } }).code).toBe(2);
    expect(runCli(['list', '--nope'], { env: { LIMBER_HOME: home } }).code).toBe(2);
    expect(runCli(['--lang', 'de', '--help'], { env: { LIMBER_HOME: home } }).code).toBe(0);
    expect(runCli(['list', '--json', '--help'], { env: { LIMBER_HOME: home } }).code).toBe(0);
    expect(kept(home)).toEqual([]);
  });

  it('with LIMBER_EMERGENCY_NUMBER set, commander checks it as before, kept help or not', () => {
    const home = emptyHome();
    runCli(['check', '--help'], { env: { LIMBER_HOME: home } });
    const refused = runCli(['check', '--help'], { env: { LIMBER_HOME: home, LIMBER_EMERGENCY_NUMBER: 'call mum' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('LIMBER_EMERGENCY_NUMBER');
  });

  it('the width of the terminal is part of the key', () => {
    const home = emptyHome();
    const terminal = (columns: number) => ({ write: () => true, isTTY: true, columns });
    const io = (columns: number) =>
      ({ stdout: terminal(columns), stderr: terminal(columns), env: { LIMBER_HOME: home, NO_COLOR: '1' } }) as unknown as Io;
    const kept = (columns: number) => readKept(keptFile(['--help'], join(home, 'cache')), () => keptFacts(['--help'], io(columns), new Date()));
    const page = helpRecorder(['--help'], io(80));
    page?.io.stdout.write('Usage: limber\n');
    page?.keep();
    expect(kept(80)).toEqual([[1, 'Usage: limber\n']]);
    expect(kept(60)).toBeUndefined();
    expect(helpRecorder(['list'], io(80))).toBeUndefined();
  });
});
