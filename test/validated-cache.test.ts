import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatedOnce } from '../src/shell/validated-cache.js';
import { answersFile, calmQuickAnswers, emptyHome, runCli, tempHome } from './helpers/cli.js';

/** A validator that counts its calls and returns what it is given. */
function counting<T>(result: T) {
  const calls = { count: 0 };
  const validate = async () => {
    calls.count++;
    return result;
  };
  return { calls, validate };
}

describe('user files are validated once per change', () => {
  const source = { path: '/home/me/.config/limber/config.json', text: '{"bell": false}' };

  it('an unchanged file reuses the saved result; any change to its text or context validates again', async () => {
    const cache = emptyHome();
    const { calls, validate } = counting({ bell: false });
    expect(await validatedOnce(cache, 'config', source, validate)).toEqual({ bell: false });
    expect(await validatedOnce(cache, 'config', source, validate)).toEqual({ bell: false });
    expect(calls.count).toBe(1);
    await validatedOnce(cache, 'config', { ...source, text: '{"bell": true}' }, validate);
    expect(calls.count).toBe(2);
    await validatedOnce(cache, 'config', { ...source, text: '{"bell": true}', context: 'my-rolls' }, validate);
    expect(calls.count).toBe(3);
    await validatedOnce(cache, 'catalog', { ...source, text: '{"bell": true}', context: 'my-rolls' }, validate);
    expect(calls.count).toBe(4);
  });

  it('a damaged or stale saved result is validated again, and a result that cannot be saved is still returned', async () => {
    const cache = emptyHome();
    const { calls, validate } = counting({ bell: false });
    await validatedOnce(cache, 'config', source, validate);
    const [file] = readdirSync(join(cache, 'validated'));
    const saved = join(cache, 'validated', file!);
    writeFileSync(saved, '{"stamp": "an older limber", "context": "", "text": "{\\"bell\\": false}", "result": {"bell": true}}');
    expect(await validatedOnce(cache, 'config', source, validate)).toEqual({ bell: false });
    writeFileSync(saved, '{ damaged');
    expect(await validatedOnce(cache, 'config', source, validate)).toEqual({ bell: false });
    expect(calls.count).toBe(3);
    const readOnly = emptyHome();
    mkdirSync(join(readOnly, 'validated'));
    chmodSync(join(readOnly, 'validated'), 0o500);
    expect(await validatedOnce(readOnly, 'config', source, validate)).toEqual({ bell: false });
    expect(await validatedOnce(undefined, 'config', source, validate)).toEqual({ bell: false });
  });

  it('a file that fails is never saved', async () => {
    const cache = emptyHome();
    const failing = async () => {
      throw new Error('bad');
    };
    await expect(validatedOnce(cache, 'config', source, failing)).rejects.toThrow('bad');
    await expect(validatedOnce(cache, 'config', source, failing)).rejects.toThrow('bad');
  });

  it('through the CLI: a config that passed and is then broken is an error, and a catalog change is seen at once', () => {
    const home = tempHome();
    mkdirSync(join(home, 'config'), { recursive: true });
    const config = join(home, 'config', 'config.json');
    writeFileSync(config, '{"breakMinutes": 4}');
    const catalog = join(home, 'config', 'catalog.json');
    const mine = JSON.parse(readFileSync('data/catalog.json', 'utf8')).techniques.find((t: { id: string }) => t.id === 'shoulder-rolls');
    writeFileSync(catalog, JSON.stringify({ techniques: [{ ...mine, id: 'my-rolls', name: 'My rolls' }] }));
    const env = { env: { LIMBER_HOME: home } };
    const run = ['run', 'my-rolls', '--dry-run', '--answers', answersFile(calmQuickAnswers)];
    expect(runCli(run, env).stdout).toContain('My rolls');
    expect(readdirSync(join(home, 'cache', 'validated'))).toHaveLength(2);
    writeFileSync(catalog, JSON.stringify({ techniques: [{ ...mine, id: 'my-rolls', name: 'Mine, renamed' }] }));
    expect(runCli(run, env).stdout).toContain('Mine, renamed');
    writeFileSync(config, '{"breakMinutes": 40}');
    const broken = runCli(run, env);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${config}: breakMinutes: expected 1 to 15 minutes, found the number 40.`);
  });
});
