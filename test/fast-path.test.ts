import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastRoute, versionOnly } from '../src/commands/fast-path.js';
import { answersFile, calmQuickAnswers, runCli, tempHome } from './helpers/cli.js';

const answers = answersFile(calmQuickAnswers);

const taken = [
  ['list'],
  ['list', '--json'],
  ['show', 'cat-cow'],
  ['show', 'cat-cow', '--json'],
  ['show', 'cat-cwo'],
  ['history'],
  ['history', '--json'],
  ['history', '--days', '3'],
  ['history', '--csv', '--days', '365'],
  ['history', '--days', '3660', '--json'],
  ['chart'],
  ['check', '--questions'],
  ['check', '--json', '--questions'],
  ['desk', '--questions'],
  ['desk', '--questions', '--json'],
  ['break'],
  ['break', '--dry-run'],
  ['break', '--answers', '/nonexistent/answers.json'],
  ['remind', '--status'],
  ['remind', '--status', '--format', 'tmux'],
  ['remind', '--status', '--format', 'json'],
];

const leftToCommander = [
  [],
  ['--help'],
  ['list', '--desk'],
  ['list', '--json', '--json'],
  ['list', 'extra'],
  ['show'],
  ['show', '--json'],
  ['show', 'cat-cow', '--help'],
  ['history', '--days'],
  ['history', '--days', '0'],
  ['history', '--days', '3661'],
  ['history', '--days', '1e1'],
  ['history', '--days', '3', '--days', '4'],
  ['history', '--json', '--csv'],
  ['history', '--days', '3', 'extra'],
  ['chart', '--format', 'html'],
  ['check'],
  ['check', '--json'],
  ['check', '--questions', '--answers', 'a.json'],
  ['desk', '--questions', '--questions'],
  ['remind'],
  ['remind', '--status', '--format', 'bogus'],
  ['remind', '--status', '--format'],
  ['remind', '--status', '--json'],
  ['--no-color', 'list'],
  ['--catalog', 'x.json', 'list'],
];

describe('the fast path: the commonest command lines without commander', () => {
  it.each(taken)('%j is taken', (...argv) => expect(fastRoute(argv)).toBeTypeOf('function'));
  it.each(leftToCommander)('%j is left to commander', (...argv) => expect(fastRoute(argv)).toBeUndefined());
  it('check with LIMBER_EMERGENCY_NUMBER set is left to commander, which checks it', () => {
    expect(fastRoute(['check', '--questions'], { LIMBER_EMERGENCY_NUMBER: '112' })).toBeUndefined();
    expect(fastRoute(['desk', '--questions'], { LIMBER_EMERGENCY_NUMBER: '112' })).toBeTypeOf('function');
  });

  it.each(taken)("%j prints exactly what commander's way prints, with the same exit code", (...argv) => {
    const home = tempHome();
    const env = { LIMBER_HOME: home, NO_COLOR: '1' };
    const fast = runCli(argv, { env });
    const slow = runCli(argv, { env: { ...env, LIMBER_FAST: '0' } });
    expect(fast.code).toBe(slow.code);
    expect(fast.stdout).toBe(slow.stdout);
    expect(fast.stderr).toBe(slow.stderr);
  });

  // A break picks its techniques at random, so only what does not depend on the pick is compared.
  it.each([
    ['break', '--dry-run', '--answers', answers],
    ['break', '--dry-run', '--minutes', '5', '--no-bell', '--answers', answers, '--json'],
  ])("%j is taken, and ends and reports as commander's way does", (...argv) => {
    expect(fastRoute(argv)).toBeTypeOf('function');
    // Each way in a home of its own: the first session in a home shows the welcome.
    const fast = runCli(argv, { env: { LIMBER_HOME: tempHome(), NO_COLOR: '1' } });
    const slow = runCli(argv, { env: { LIMBER_HOME: tempHome(), NO_COLOR: '1', LIMBER_FAST: '0' } });
    expect([fast.code, fast.stderr.replaceAll(/\/tmp\/[\w-]+/g, 'HOME')]).toEqual([slow.code, slow.stderr.replaceAll(/\/tmp\/[\w-]+/g, 'HOME')]);
    expect(fast.code).toBe(0);
    expect(fast.stdout.split('\n').length).toBeGreaterThan(10);
  });

  it.each([
    [['--version'], true],
    [['-V'], true],
    [['--version', '--lang', 'de'], false],
    [['-V', 'list'], false],
    [['list', '--version'], false],
    [['--versions'], false],
    [[], false],
  ])('%j is a version line: %s', (argv, expected) => {
    expect(versionOnly(argv)).toBe(expected);
  });

  it.each([['--version'], ['-V']])("%j prints exactly what commander's way prints, with the same exit code", (...argv) => {
    const env = { LIMBER_HOME: tempHome(), NO_COLOR: '1' };
    const fast = runCli(argv, { env });
    const slow = runCli(argv, { env: { ...env, LIMBER_FAST: '0' } });
    expect([fast.code, fast.stdout, fast.stderr]).toEqual([slow.code, slow.stdout, slow.stderr]);
    expect(fast.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('--version reads no user file: it prints even when the catalog cannot be read', () => {
    const home = tempHome();
    // A file where the user's config folder should be: every command that looks for the user's catalog
    // stops with an error naming it.
    writeFileSync(join(home, 'config'), '');
    expect(runCli(['list'], { env: { LIMBER_HOME: home } }).code).toBe(2);
    const result = runCli(['--version'], { env: { LIMBER_HOME: home } });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('an unknown id on the fast path is the same usage error (exit 2) with its suggestion', () => {
    const result = runCli(['show', 'cat-cwo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown technique 'cat-cwo' — did you mean 'cat-cow'?");
  });
});
