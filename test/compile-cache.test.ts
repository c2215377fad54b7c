import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFile, calmFullAnswers, calmQuickAnswers, emptyHome, runCli } from './helpers/cli.js';

const cacheDir = (home: string) => join(home, 'cache', 'compile');

describe('the compile cache', () => {
  it('is written on the first run and used after; output is the same', () => {
    const home = emptyHome();
    const first = runCli(['list'], { env: { LIMBER_HOME: home } });
    const files = readdirSync(cacheDir(home));
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith(`${process.version}-${process.arch}-`) && f.endsWith('.v8'))).toBe(true);
    const second = runCli(['list'], { env: { LIMBER_HOME: home } });
    expect(second).toEqual(first);
  });

  it('a damaged cache is ignored and rebuilt, never a failure', () => {
    const home = emptyHome();
    const good = runCli(['show', 'cat-cow'], { env: { LIMBER_HOME: home } });
    for (const file of readdirSync(cacheDir(home))) writeFileSync(join(cacheDir(home), file), 'not a code cache');
    // The kept view would show the page without loading a bundle.
    rmSync(join(home, 'cache', 'kept'), { recursive: true, force: true });
    const again = runCli(['show', 'cat-cow'], { env: { LIMBER_HOME: home } });
    expect(again).toEqual(good);
    for (const file of readdirSync(cacheDir(home))) expect(readFileSync(join(cacheDir(home), file), 'utf8')).not.toBe('not a code cache');
  });

  it('a stale cache (another build) is never used: the key is the bundle hash', () => {
    const home = emptyHome();
    runCli(['list'], { env: { LIMBER_HOME: home } });
    const bundles = JSON.parse(readFileSync('dist/bundles.json', 'utf8')) as Record<string, string>;
    for (const file of readdirSync(cacheDir(home))) {
      const [, name, hash] = /^v[\d.]+-\w+-(.+)-([0-9a-f]{16})\.v8$/.exec(file)!;
      expect(bundles[`${name}.cjs`]).toBe(hash);
    }
  });

  it('an older build of a bundle loses its cache when the new one is written; others stay', () => {
    const home = emptyHome();
    mkdirSync(cacheDir(home), { recursive: true });
    const older = `${process.version}-${process.arch}-commands-list-0123456789abcdef.v8`;
    const olderPartial = `${process.version}-${process.arch}-commands-list-0123456789abcdef.partial.v8`;
    const kept = [
      `v1.2.3-${process.arch}-commands-list-0123456789abcdef.v8`,
      `${process.version}-${process.arch}-commands-list-extra-0123456789abcdef.v8`,
      `${process.version}-${process.arch}-commands-list-notes.txt`,
    ];
    for (const file of [older, olderPartial, ...kept]) writeFileSync(join(cacheDir(home), file), 'old');
    expect(runCli(['list'], { env: { LIMBER_HOME: home } }).code).toBe(0);
    const files = readdirSync(cacheDir(home));
    expect(files).not.toContain(older);
    expect(files).not.toContain(olderPartial);
    for (const file of kept) expect(files).toContain(file);
    expect(
      files.some((f) => f.startsWith(`${process.version}-${process.arch}-commands-list-`) && f !== older && f !== olderPartial && !kept.includes(f)),
    ).toBe(true);
  });

  it('a run that fails saves a partial cache, used until a run that succeeds saves a whole one', () => {
    const home = emptyHome();
    const env = { LIMBER_HOME: home };
    const breakLine = ['break', '--dry-run', '--answers', answersFile(calmQuickAnswers)];
    const session = () => readdirSync(cacheDir(home)).filter((f) => f.includes('-commands-session-commands-'));
    // No health profile yet: the break is refused before any session is planned.
    expect(runCli(breakLine, { env }).code).toBe(2);
    expect(session()).toEqual([expect.stringMatching(/-[0-9a-f]{16}\.partial\.v8$/)]);
    const partial = join(cacheDir(home), session()[0]!);
    const before = statSync(partial).mtimeMs;
    // Another failure keeps the partial cache it used rather than saving its own.
    expect(runCli(breakLine, { env }).code).toBe(2);
    expect(statSync(partial).mtimeMs).toBe(before);
    expect(runCli(['check', '--answers', answersFile(calmFullAnswers)], { env }).code).toBe(0);
    expect(runCli(breakLine, { env }).code).toBe(0);
    expect(session()).toEqual([expect.stringMatching(/-[0-9a-f]{16}\.v8$/)]);
  });

  it('help that commander shows saves no compiled code, nor does help from the kept page; the next command does', () => {
    const home = emptyHome();
    const compiled = () => (existsSync(cacheDir(home)) ? readdirSync(cacheDir(home)) : []);
    const first = runCli(['--help'], { env: { LIMBER_HOME: home } });
    expect(first.code).toBe(0);
    expect(compiled()).toEqual([]);
    // A kept page is shown before any bundle loads (front.ts).
    expect(runCli(['--help'], { env: { LIMBER_HOME: home } })).toEqual(first);
    expect(compiled()).toEqual([]);
    runCli(['profile'], { env: { LIMBER_HOME: home } });
    expect(compiled().some((f) => f.includes('-commands-main-'))).toBe(true);
    expect(compiled().some((f) => f.includes('-commands-program-'))).toBe(true);
  });

  it('a cache folder that cannot be written changes nothing', () => {
    const home = emptyHome();
    writeFileSync(join(home, 'cache'), 'a file where the folder should be');
    const result = runCli(['list'], { env: { LIMBER_HOME: home } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('cat-cow');
  });
});
