import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersFile, calmQuickAnswers, runCli } from './helpers/cli.js';

const escapeCode = /\u001b\[/;

describe('limber list and show (built binary, no terminal)', () => {
  it('list --json has the documented shape', () => {
    const { code, stdout, stderr } = runCli(['list', '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual(['techniques', 'routines']);
    expect(data.techniques.length).toBeGreaterThanOrEqual(10);
    for (const t of data.techniques) {
      expect(Object.keys(t)).toEqual(['id', 'name', 'summary', 'areas', 'position', 'equipment', 'deskFriendly', 'durationSeconds']);
      expect(t.durationSeconds).toBeGreaterThan(0);
    }
    for (const r of data.routines) expect(Object.keys(r)).toEqual(['id', 'name', 'summary', 'techniques', 'durationSeconds']);
  });

  it('list filters', () => {
    const data = JSON.parse(runCli(['list', '--desk', '--json']).stdout);
    expect(data.techniques.every((t: { deskFriendly: boolean }) => t.deskFriendly)).toBe(true);
    const floor = JSON.parse(runCli(['list', '--position', 'floor', '--json']).stdout);
    expect(floor.techniques.map((t: { id: string }) => t.id)).toEqual(['floor-seated-twist']);
  });

  it('list prints a plain table when piped, coloured only when forced', () => {
    const plain = runCli(['list']);
    expect(plain.stdout).toMatch(/^ID\s+NAME\s+TIME\s+POSITION\s+EQUIPMENT/);
    expect(plain.stdout).toMatch(/cat-cow\s+Cat-cow\s+2:14\s+all-fours\s+none/);
    expect(plain.stdout).not.toMatch(escapeCode);
    expect(runCli(['list'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(escapeCode);
    expect(runCli(['list', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(escapeCode);
    expect(runCli(['list', '--json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(escapeCode);
  });

  it('show prints a technique in full, and --json adds duration and timeline', () => {
    const text = runCli(['show', 'cat-cow']).stdout;
    for (const part of ['Setup', 'Movement: 3 sets', '5 reps', 'Cautions', 'Gentler variant', 'Sources']) expect(text).toContain(part);
    const data = JSON.parse(runCli(['show', 'cat-cow', '--json']).stdout);
    expect(data).toMatchObject({ id: 'cat-cow', durationSeconds: 134 });
    expect(data.timeline[0]).toMatchObject({ kind: 'ready', startSeconds: 0 });
    expect(JSON.parse(runCli(['show', 'desk-break', '--json']).stdout)).toMatchObject({ id: 'desk-break', durationSeconds: expect.any(Number) });
  });
});

describe('exit codes and usage errors', () => {
  it.each([
    [['show', 'cat-cwo'], 2, "unknown technique 'cat-cwo' — did you mean 'cat-cow'?"],
    [['frobnicate'], 2, "unknown command 'frobnicate'"],
    [['list', '--bogus'], 2, "unknown option '--bogus'"],
    [['list', '--position', 'sofa'], 2, 'Allowed choices are chair, standing, floor, all-fours, lying'],
    [['break', '--minutes', '40'], 2, 'expected a whole number of minutes from 1 to 15'],
    [['show'], 2, "missing required argument 'id'"],
  ])('%j exits %i', (args, code, message) => {
    const result = runCli(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it("'limber help <command>' prints that command's help and succeeds; 'limber' alone is a usage error", () => {
    const asked = runCli(['help', 'list']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: limber list \[options\]$/m);
    const bare = runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Usage: limber \[options\] \[command\]$/m);
  });

  it('--help shows examples, exit codes and the disclaimer; --version prints the version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('130  interrupted');
    // The disclaimer's own words, at the start of a line: not its code, not cut in two.
    expect(help.stdout).toMatch(/^limber gives general information, not medical advice\./m);
    expect(runCli(['check', '--help']).stdout).toMatch(/^limber gives general information, not medical advice\./m);
    for (const command of ['list', 'show', 'check', 'run', 'break']) {
      const sub = runCli([command, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain('Examples:');
    }
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the safety gate without a terminal', () => {
  it.each([['run', 'cat-cow'], ['break'], ['check']])('%s refuses with exit 2 and prints nothing else', (...args) => {
    const result = runCli(args, { input: 'y\ny\n\n\n' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^limber: the safety (screen|check) needs your answers, and there is no terminal/);
    expect(result.stderr).toContain('--answers');
  });

  it.each([
    [{ ...calmQuickAnswers, 'heart-pattern': true }, 4, 'Call your emergency number now'],
    [{ ...calmQuickAnswers, 'tingling-numbness': true }, 3, 'Book a doctor or physiotherapist within a week'],
    [{ ...calmQuickAnswers, 'pain-now': 8 }, 3, 'Pain of 7 out of 10 or more'],
  ])('warning signs stop run before any instruction: %j → exit %i', (answers, code, advice) => {
    const result = runCli(['run', 'chair-twist', '--answers', answersFile(answers)], { env: { LIMBER_TIME_SCALE: '0.001' } });
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(advice);
    expect(result.stderr).not.toContain('Get ready');
  });

  it('the emergency number is configurable', () => {
    const answers = answersFile({ ...calmQuickAnswers, 'heart-pattern': true });
    expect(runCli(['break', '--answers', answers, '--emergency-number', '000']).stderr).toContain('(000)');
    expect(runCli(['break', '--answers', answers], { env: { LIMBER_EMERGENCY_NUMBER: '111' } }).stderr).toContain('(111)');
    expect(runCli(['break', '--answers', answers]).stderr).toContain('112');
  });

  it('caution: a requested technique that is left out is not run, with alternatives (exit 5)', () => {
    const answers = answersFile({ ...calmQuickAnswers, 'dizzy-head-movement': true });
    const result = runCli(['run', 'neck-rolls', '--answers', answers]);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Not today:');
    expect(result.stderr).toContain('limber run shoulder-shrugs');
  });

  it('bad answers name the problem (exit 2)', () => {
    const result = runCli(['run', 'cat-cow', '--answers', answersFile({ 'pain-now': 'lots' })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"pain-now" needs a whole number from 0 to 10');
    const broken = runCli(['run', 'cat-cow', '--answers', '-'], { input: '{"pain-now": 2,' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/answers on stdin: line 1, column \d+/);
  });
});

describe('limber check', () => {
  it('--questions --json lists every question', () => {
    const questions = JSON.parse(runCli(['check', '--questions', '--json']).stdout);
    expect(questions.length).toBeGreaterThan(20);
    for (const q of questions) expect(Object.keys(q).slice(0, 5)).toEqual(['id', 'text', 'kind', 'quick', 'full']);
    expect(questions.filter((q: { lasting?: boolean }) => q.lasting).map((q: { id: string }) => q.id)).toContain('bone-density');
  });

  it('answers from stdin give the documented JSON and exit code', () => {
    const questions = JSON.parse(runCli(['check', '--questions', '--json']).stdout) as { id: string; kind: string }[];
    const calm = Object.fromEntries(questions.map((q) => [q.id, q.kind === 'scale' ? 0 : false]));
    const ok = runCli(['check', '--answers', '-', '--json'], { input: JSON.stringify(calm) });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      safetyVersion: '2.0',
      level: 'no-warning-signs',
      headline: 'No warning signs reported today.',
      reasons: [],
      excludedTechniques: [],
      softenedTechniques: [],
      advice: expect.stringContaining('limber check'),
      profileSaved: true,
    });
    const urgent = runCli(['check', '--answers', '-', '--json'], { input: JSON.stringify({ ...calm, 'saddle-bladder-legs': true }) });
    expect(urgent.code).toBe(4);
    expect(JSON.parse(urgent.stdout)).toMatchObject({
      level: 'urgent',
      reasons: [
        {
          question: 'saddle-bladder-legs',
          level: 'urgent',
          text: expect.stringContaining('genitals or buttocks'),
          action: expect.stringContaining('Call your emergency number now'),
          timeframe: 'now',
          source: expect.stringContaining('NHS'),
        },
      ],
    });
    const caution = runCli(['check', '--answers', '-'], { input: JSON.stringify({ ...calm, 'bleeding-risk': true }) });
    expect(caution.code).toBe(0);
    expect(caution.stdout).toContain('Go gently today.');
    expect(caution.stdout).toContain('Left out today:\n  Upper-back foam rolling');
  });
});

describe('one source for the exit codes', () => {
  it('--help prints the table in code, and the README repeats it word for word', async () => {
    const { exitCodeMeanings } = await import('../src/shell/errors.js');
    const help = runCli(['--help']).stdout.replace(/\n {7}/g, ' ');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = [...readme.slice(readme.indexOf('## Exit codes')).matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(rows).toEqual(exitCodeMeanings().map(([code, meaning]) => [code, meaning]));
    for (const [code, meaning] of exitCodeMeanings()) expect(help).toContain(`  ${String(code).padEnd(5)}${meaning}`);
  });
});
