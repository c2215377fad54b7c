import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const binPath = new URL('../../bin/limber.js', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A LIMBER_HOME with nothing in it: a first-time user, whose first session runs the full check. */
export const emptyHome = (): string => mkdtempSync(join(tmpdir(), 'limber-test-'));

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A profile as a calm full check today would leave it, with the lasting conditions given. */
export function profileJson(conditions: readonly string[] = [], overrides: object = {}): object {
  const today = localToday();
  const next = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return {
    version: 1,
    safetyVersion: '2.0',
    checkedOn: today,
    reviewBy: next,
    conditions: conditions.map((question) => ({ question, since: today, reviewBy: question === 'pregnant' ? null : next })),
    standing: null,
    seenProfessionalOn: null,
    ...overrides,
  };
}

/** Writes a health profile into a home's data folder. */
export function writeProfile(home: string, profile: object = profileJson()): string {
  mkdirSync(join(home, 'data'), { recursive: true });
  writeFileSync(join(home, 'data', 'profile.json'), JSON.stringify(profile));
  return home;
}

/** A LIMBER_HOME of a returning user: a calm full check is on file, so sessions run the quick screen. */
export const tempHome = (): string => writeProfile(emptyHome());

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

interface QuestionData {
  id: string;
  kind: string;
  quick: boolean;
  full: boolean;
}
const safety = JSON.parse(readFileSync(new URL('../../data/safety.json', import.meta.url), 'utf8')) as {
  questions: QuestionData[];
};
const calmFor = (questions: readonly QuestionData[]) => Object.fromEntries(questions.map((q) => [q.id, q.kind === 'scale' ? 1 : false]));

/** Every quick-screen question answered "nothing wrong", pain 1, and nothing changed since the check. */
export const calmQuickAnswers: Record<string, boolean | number> = {
  ...calmFor(safety.questions.filter((q) => q.quick)),
  'changed-since-check': false,
};

/** Every full-check question answered "nothing wrong", pain 1. */
export const calmFullAnswers: Record<string, boolean | number> = calmFor(safety.questions.filter((q) => q.full));

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
