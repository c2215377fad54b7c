import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtIn } from './helpers/catalog.js';
import { answersFile, binPath, calmFullAnswers, calmQuickAnswers, cliEnv, emptyHome, ndjson, runCli, tempHome } from './helpers/cli.js';

const fast = (home: string) => ({ LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.001' });

function writeUserFile(home: string, name: string, value: unknown): string {
  mkdirSync(join(home, 'config'), { recursive: true });
  const path = join(home, 'config', name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

const myTechnique = () => ({ ...builtIn().techniques.find((t) => t.id === 'shoulder-shrugs')!, id: 'my-shrugs', name: 'My shrugs' });

describe('history (built binary)', () => {
  it('sessions and checks show up in limber history', () => {
    const home = tempHome();
    const answers = answersFile(calmQuickAnswers);
    for (let i = 0; i < 2; i++) expect(runCli(['break', '--minutes', '1', '--answers', answers, '--json'], { env: fast(home) }).code).toBe(0);
    const stats = JSON.parse(runCli(['history', '--json'], { env: { LIMBER_HOME: home } }).stdout);
    expect(stats.totalSessions).toBe(2);
    expect(stats.streakDays).toBe(1);
    expect(stats.days).toHaveLength(14);
    const csv = runCli(['history', '--csv', '--days', '2'], { env: { LIMBER_HOME: home } })
      .stdout.trim()
      .split('\n');
    expect(csv[0]).toBe('date,sessions,minutes,reminded,taken,snoozed,skipped');
    expect(csv).toHaveLength(3);
    expect(csv[2]).toMatch(/^\d{4}-\d\d-\d\d,2,/);
  });

  it('consecutive breaks use history to vary their techniques', () => {
    const home = tempHome();
    const answers = answersFile(calmQuickAnswers);
    const lists = Array.from({ length: 3 }, () => {
      const events = ndjson(runCli(['break', '--answers', answers, '--json'], { env: fast(home) }).stdout);
      return (events.find((e) => e.type === 'start')!.techniques as string[]).slice().sort().join(',');
    });
    expect(lists[1]).not.toBe(lists[0]);
    expect(lists[2]).not.toBe(lists[1]);
  });

  it('20 limber processes writing at once leave 20 sessions, every line whole', async () => {
    const home = tempHome();
    const answers = answersFile(calmQuickAnswers);
    const codes = await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [binPath, 'run', 'shoulder-rolls', '--answers', answers, '--json'], {
              env: cliEnv(fast(home)),
              stdio: 'ignore',
            });
            child.on('exit', resolve);
          }),
      ),
    );
    expect(codes).toEqual(Array(20).fill(0));
    const lines = readFileSync(join(home, 'data', 'history.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(60);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const history = runCli(['history', '--json'], { env: { LIMBER_HOME: home } });
    expect(history.stderr).not.toContain('warning');
    expect(JSON.parse(history.stdout).totalSessions).toBe(20);
  }, 60_000);

  it('a corrupted line is skipped with its line number; everything else stays readable and the file is untouched', () => {
    const home = tempHome();
    const answers = answersFile(calmQuickAnswers);
    runCli(['run', 'shoulder-rolls', '--answers', answers], { env: fast(home) });
    const file = join(home, 'data', 'history.jsonl');
    appendFileSync(file, '{"type":"session-end","at":"2026-\n');
    runCli(['run', 'shoulder-rolls', '--answers', answers], { env: fast(home) });
    const before = readFileSync(file, 'utf8');
    const result = runCli(['history', '--json'], { env: { LIMBER_HOME: home } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/history\.jsonl: line 4 could not be read and was skipped/);
    expect(JSON.parse(result.stdout).totalSessions).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a folder that cannot be written: one warning each for history and profile, the session still runs', () => {
    const home = emptyHome();
    writeFileSync(join(home, 'data'), 'not a folder');
    const result = runCli(['run', 'shoulder-rolls', '--answers', answersFile(calmFullAnswers), '--json'], { env: fast(home) });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/cannot write history/g)).toHaveLength(1);
    expect(result.stderr.match(/Your health profile was not saved/g)).toHaveLength(1);
    expect(ndjson(result.stdout).at(-1)).toMatchObject({ type: 'end', completed: true });
  });

  it('counts only cracking and end-range moves; warns on run, and a break past the limit picks other moves', () => {
    const home = tempHome();
    writeUserFile(home, 'config.json', { dailyLimit: 1 });
    const answers = answersFile(calmQuickAnswers);
    const first = runCli(['run', 'cross-body-stretch', '--answers', answers, '--json'], { env: fast(home) });
    expect(first.stderr).not.toContain('Easy does it');
    const second = runCli(['run', 'cross-body-stretch', '--answers', answers, '--json'], { env: fast(home) });
    expect(second.code).toBe(0);
    // Notes are wrapped between words (at 80 columns without a terminal), so they are read as one line.
    expect(second.stderr.replace(/\s+/g, ' ')).toContain('this is session 2 today with cracking or end-range moves (your limit is 1)');
    expect(second.stderr.split('\n').every((line) => line.length <= 80)).toBe(true);
    // Gentle mobility never counts: a chair twist and shrugs are micro-breaks, not cracking.
    for (const id of ['chair-twist', 'shoulder-shrugs']) {
      expect(runCli(['run', id, '--answers', answers, '--json'], { env: fast(home) }).stderr).not.toContain('Easy does it');
    }
    for (let i = 0; i < 3; i++) {
      const result = runCli(['break', '--answers', answers, '--json', '--dry-run'], { env: fast(home) });
      expect(result.stderr.replace(/\s+/g, ' ')).toContain('this break uses other moves');
      expect(result.stderr.split('\n').every((line) => line.length <= 80)).toBe(true);
      const start = ndjson(result.stdout).find((e) => e.type === 'start')!;
      for (const counted of ['cross-body-stretch', 'wall-lean']) expect(start.techniques).not.toContain(counted);
    }
  });

  it('suggests a check after "worse" three times in a week', () => {
    const home = tempHome();
    mkdirSync(join(home, 'data'), { recursive: true });
    const worse = (n: number) =>
      JSON.stringify({ type: 'feeling', at: new Date(Date.now() - n * 3_600_000).toISOString(), session: `s${n}`, feeling: 'worse' });
    writeFileSync(join(home, 'data', 'history.jsonl'), `${[1, 2, 3].map(worse).join('\n')}\n`);
    const result = runCli(['run', 'shoulder-shrugs', '--answers', answersFile(calmQuickAnswers), '--json'], { env: fast(home) });
    expect(result.stderr.replace(/\s+/g, ' ')).toContain("Run 'limber check', and consider seeing a physiotherapist.");
    expect(result.stderr.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(runCli(['history'], { env: { LIMBER_HOME: home } }).stdout).toContain('You said "worse" 3 times in the last 7 days');
  });
});

describe('your own techniques (built binary)', () => {
  it('a catalog in the config folder adds techniques and routines, usable everywhere', () => {
    const home = tempHome();
    writeUserFile(home, 'catalog.json', {
      techniques: [myTechnique()],
      routines: [{ id: 'mine', name: 'Mine', summary: 'Mine and a built-in.', techniques: ['my-shrugs', 'arm-raises'] }],
    });
    const list = JSON.parse(runCli(['list', '--json'], { env: { LIMBER_HOME: home } }).stdout);
    expect(list.techniques.map((t: { id: string }) => t.id)).toContain('my-shrugs');
    expect(list.routines.map((r: { id: string }) => r.id)).toContain('mine');
    const start = ndjson(
      runCli(['run', 'mine', '--answers', answersFile(calmQuickAnswers), '--json', '--dry-run'], { env: { LIMBER_HOME: home } }).stdout,
    ).find((e) => e.type === 'start');
    expect(start).toMatchObject({ techniques: ['my-shrugs', 'arm-raises'] });
  });

  it('--catalog with a typo gets one clear error naming the file and the JSON path (exit 2)', () => {
    const home = tempHome();
    const broken = { techniques: [{ ...myTechnique(), movement: { ...myTechnique().movement, sets: 0 } }] };
    const file = writeUserFile(home, 'mine.json', broken);
    const result = runCli(['--catalog', file, 'list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `limber: ${file}: techniques[0].movement.sets: expected a positive whole number, found the number 0. Correct that value and run limber again; data/catalog.schema.json in the limber folder describes the format (point "$schema" at it).\n`,
    );
    const syntax = writeUserFile(home, 'syntax.json', '{\n  "techniques": [\n    {"id": "x",}\n  ]\n}');
    const syntaxResult = runCli(['--catalog', syntax, 'show', 'cat-cow']);
    expect(syntaxResult.code).toBe(2);
    expect(syntaxResult.stderr).toContain(`${syntax}: line 3, column 16:`);
    expect(runCli(['--catalog', join(home, 'nope.json'), 'list']).stderr).toContain('nope.json: cannot read it (no such file)');
  });

  it('a hostile catalog cannot put escape codes on the terminal', () => {
    const home = tempHome();
    const hostile = {
      ...myTechnique(),
      name: 'Evil\u001b[2J\u001b]0;pwned\u0007 name\u009b31m',
      summary: 'Hides \u001b[8mthis\u001b[0m text',
      setup: [{ cue: 'Sit\u001b[1A\u001b[2K tall', seconds: 3 }],
    };
    const file = writeUserFile(home, 'hostile.json', { techniques: [hostile] });
    const outputs = [
      runCli(['--catalog', file, 'list'], { env: { FORCE_COLOR: '0' } }),
      runCli(['--catalog', file, 'show', 'my-shrugs'], { env: { FORCE_COLOR: '0' } }),
      runCli(['--catalog', file, 'run', 'my-shrugs', '--answers', answersFile(calmQuickAnswers)], {
        env: { LIMBER_TIME_SCALE: '0.001', FORCE_COLOR: '0' },
      }),
      runCli(['--catalog', file, 'chart', '--routine', 'my-shrugs', '--format', 'md']),
    ];
    for (const { code, stdout, stderr } of outputs) {
      expect(code).toBe(0);
      expect(stdout + stderr).not.toMatch(/[\u001b\u009b\u0007]/);
    }
    expect(outputs[1]!.stdout).toContain('Evil name');
  });
});

describe('config.json (built binary)', () => {
  it('sets the emergency number and break length', () => {
    const home = tempHome();
    writeUserFile(home, 'config.json', { emergencyNumber: '000', breakMinutes: 2, bell: false });
    const urgent = runCli(['break', '--answers', answersFile({ ...calmQuickAnswers, 'heart-pattern': true })], { env: { LIMBER_HOME: home } });
    expect(urgent.code).toBe(4);
    expect(urgent.stderr).toContain('(000)');
    // That urgent result now stands in the profile, so the break length is tried in a second home.
    const calmHome = tempHome();
    writeUserFile(calmHome, 'config.json', { emergencyNumber: '000', breakMinutes: 2, bell: false });
    const start = ndjson(
      runCli(['break', '--answers', answersFile(calmQuickAnswers), '--json', '--dry-run'], { env: { LIMBER_HOME: calmHome } }).stdout,
    ).find((e) => e.type === 'start')!;
    expect(Math.abs((start.plannedSeconds as number) - 120)).toBeLessThanOrEqual(20);
  });

  it('a bad config gets a clear error naming the file and field (exit 2)', () => {
    const home = tempHome();
    const file = writeUserFile(home, 'config.json', { breakMinutes: 40, colour: 'blue' });
    const result = runCli(['break', '--answers', answersFile(calmQuickAnswers)], { env: { LIMBER_HOME: home } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: breakMinutes: expected 1 to 15 minutes, found the number 40.`);
    expect(result.stderr).toContain('(1 more problem after this one.)');
  });
});

describe('the README', () => {
  it('its catalog example is valid and runs', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = readme.match(/```json\n(\{\n {2}"\$schema"[\s\S]*?)\n```/)![1]!;
    const home = tempHome();
    const file = writeUserFile(
      home,
      'readme-example.json',
      example.replace('./node_modules/limber/data/catalog.schema.json', '../data/catalog.schema.json'),
    );
    const result = runCli(['--catalog', file, 'run', 'my-break', '--answers', answersFile(calmQuickAnswers), '--dry-run']);
    expect(result.stderr).not.toContain('limber:');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Doorway chest stretch · set 1\/2 · about 3 slow breaths: Step through gently, breathe \(20 s\)/);
  });
});
