import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { answersFile, calmFullAnswers, calmQuickAnswers, runCli, tempHome } from './helpers/cli.js';

// Every common command, in each language and under a locale that names a country, without building an ICU
// service (the preloaded fixture makes that fail the run): the emergency examples, dates and weekdays are
// limber's own words. NODE_OPTIONS carries the preload into the built binary.
const guard = new URL('./fixtures/no-icu.cjs', import.meta.url).pathname;
const quick = answersFile({ ...calmQuickAnswers, 'changed-since-check': false });
const full = answersFile(calmFullAnswers);
const lines = [
  ['break', '--dry-run', '--answers', quick],
  ['run', 'cat-cow', '--dry-run', '--answers', quick],
  ['check', '--answers', full],
  ['check', '--questions'],
  ['desk', '--questions'],
  ['chart'],
  ['history'],
  ['list'],
  ['show', 'cat-cow'],
  ['profile'],
  ['remind', '--status'],
];

describe.each(['en_US.UTF-8', 'de_DE.UTF-8', 'es_MX.UTF-8'])('under LANG=%s', (locale) => {
  it('no common command builds an ICU service', () => {
    const env = { LIMBER_HOME: tempHome(), LANG: locale, LC_ALL: '', LC_MESSAGES: '', NODE_OPTIONS: `--require ${guard}` };
    for (const args of lines) {
      const result = runCli(args, { env });
      expect(result.stderr, args.join(' ')).not.toContain('costs a start');
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
  });
});

it('the guard itself catches a service being built', () => {
  const result = spawnSync(process.execPath, ['--require', guard, '--eval', "new Intl.DisplayNames('en', { type: 'region' })"], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('limber built Intl.DisplayNames');
});
