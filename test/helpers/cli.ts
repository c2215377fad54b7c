import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const binPath = new URL('../../bin/limber.js', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const tempHome = (): string => mkdtempSync(join(tmpdir(), 'limber-test-'));

/** Environment for the built binary: no colour forcing from the test runner, a private LIMBER_HOME. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LIMBER_HOME: tempHome(), ...extra };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'LIMBER_TIME_SCALE', 'LIMBER_EMERGENCY_NUMBER']) if (!(key in extra)) delete env[key];
  return env;
}

/** Runs the built binary with piped stdio (no terminal), as CI does. */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    env: cliEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const calmQuickAnswers = {
  'urgent-signs': false,
  'tingling-numbness': false,
  'constant-night-pain': false,
  'pain-now': 1,
  'dizzy-head-movement': false,
};

export function answersFile(answers: object): string {
  const path = join(tempHome(), 'answers.json');
  writeFileSync(path, JSON.stringify(answers));
  return path;
}

export const ndjson = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
