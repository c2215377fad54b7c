import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFile, calmFullAnswers, calmQuickAnswers, emptyHome, ndjson, profileJson, runCli, tempHome, writeProfile } from './helpers/cli.js';

const env = (home: string, extra: NodeJS.ProcessEnv = {}) => ({ env: { LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.001', ...extra } });
const readProfile = (home: string) => JSON.parse(readFileSync(join(home, 'data', 'profile.json'), 'utf8'));

describe('first use runs the full check', () => {
  it('quick answers alone are refused (exit 2) naming what is missing; full answers run and save the profile', () => {
    const home = emptyHome();
    const quick = runCli(['break', '--answers', answersFile(calmQuickAnswers), '--dry-run'], env(home));
    expect(quick.code).toBe(2);
    expect(quick.stdout).toBe('');
    expect(quick.stderr).toMatch(/there is no health profile yet, so limber starts with the full check.*unanswered: "cord-signs", "fever-unwell"/s);
    const full = runCli(['break', '--answers', answersFile(calmFullAnswers), '--dry-run', '--json'], env(home));
    expect(full.code).toBe(0);
    expect(ndjson(full.stdout)[0]).toEqual({ type: 'screen', screen: 'full', level: 'no-warning-signs' });
    expect(readProfile(home)).toMatchObject({ version: 1, conditions: [], standing: null });
    // Now the README's quick answers work.
    expect(runCli(['break', '--answers', answersFile(calmQuickAnswers), '--dry-run'], env(home)).code).toBe(0);
  });

  it('"anything changed? yes" needs the full check again', () => {
    const home = tempHome();
    const changed = runCli(['break', '--answers', answersFile({ ...calmQuickAnswers, 'changed-since-check': true }), '--dry-run'], env(home));
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain('you answered that your health changed since your last check');
    const ok = runCli(
      ['break', '--answers', answersFile({ ...calmFullAnswers, 'changed-since-check': true, 'bone-density': true }), '--dry-run', '--json'],
      env(home),
    );
    expect(ok.code).toBe(0);
    expect(readProfile(home).conditions.map((c: { question: string }) => c.question)).toEqual(['bone-density']);
  });

  it('a profile due for review asks the full check again; a damaged one is an error, never "no profile"', () => {
    const due = writeProfile(emptyHome(), profileJson([], { reviewBy: '2020-01-01' }));
    expect(runCli(['break', '--answers', answersFile(calmQuickAnswers), '--dry-run'], env(due)).stderr).toContain(
      'is due for review since 1 Jan 2020',
    );
    const damaged = emptyHome();
    mkdirSync(join(damaged, 'data'));
    writeFileSync(join(damaged, 'data', 'profile.json'), '{"version": 1,');
    const result = runCli(['break', '--answers', answersFile(calmFullAnswers), '--dry-run'], env(damaged));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/profile\.json: line 1, column \d+: .*run 'limber check' to write a new one, or 'limber profile --forget'/);
  });
});

describe('the check is remembered', () => {
  it('check with osteoporosis, then run foam rolling: refused with the reason and alternatives (exit 5)', () => {
    const home = emptyHome();
    const check = runCli(['check', '--answers', answersFile({ ...calmFullAnswers, 'bone-density': true })], env(home));
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Left out today:\n  Upper-back foam rolling');
    expect(check.stdout.replace(/\s+/g, ' ')).toContain('Kept in your profile, and applied to every session until it is reviewed: fragile bones.');
    const roll = runCli(['run', 'foam-roll-upper-back', '--answers', answersFile(calmQuickAnswers)], env(home));
    expect(roll.code).toBe(5);
    expect(roll.stdout).toBe('');
    expect(roll.stderr).toMatch(/Go gently today\.\nFrom your check on .*: fragile bones \(left out:\s+Upper-back\s+foam\s+rolling;\s+gentler: /);
    expect(roll.stderr).not.toContain('Why, and what to do');
    expect(roll.stderr).toContain('Not today:');
    expect(roll.stderr).toContain('limber run');
    const twist = runCli(['run', 'chair-twist', '--answers', answersFile(calmQuickAnswers), '--json', '--dry-run'], env(home));
    expect(twist.code).toBe(0);
    expect(
      ndjson(twist.stdout)
        .filter((e) => e.type === 'cue')
        .map((e) => e.text),
    ).toContain('Turn halfway, hands on thighs, breathe');
  });

  it.each([['pregnant'], ['bleeding-risk'], ['hypermobility'], ['recent-spine-surgery']])('%s from the check applies to the next break', (id) => {
    const home = emptyHome();
    runCli(['check', '--answers', answersFile({ ...calmFullAnswers, [id]: true })], env(home));
    const result = runCli(['break', '--answers', answersFile(calmQuickAnswers), '--dry-run', '--json'], env(home));
    expect(result.stderr).toMatch(/from your check on|reported on/i);
    if (id === 'recent-spine-surgery') {
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('Please see a professional');
    } else {
      expect(result.code).toBe(0);
    }
  });

  it('a see-professional result stands until a recorded visit or a new check', () => {
    const home = tempHome();
    const first = runCli(['break', '--answers', answersFile({ ...calmQuickAnswers, 'tingling-numbness': true })], env(home));
    expect(first.code).toBe(3);
    const next = runCli(['break', '--answers', answersFile(calmQuickAnswers), '--dry-run'], env(home));
    expect(next.code).toBe(3);
    expect(next.stdout).toBe('');
    expect(next.stderr).toMatch(/Tingling, numbness or weakness in a limb.*\(reported on /s);
    expect(next.stderr).toContain('limber profile --seen-professional');
    const status = JSON.parse(runCli(['profile', '--json'], env(home)).stdout);
    expect(status.profile.standing).toMatchObject({ level: 'see-professional', reasons: ['tingling-numbness'] });
    const seen = runCli(['profile', '--seen-professional'], env(home));
    expect(seen.code).toBe(0);
    expect(seen.stderr).toContain('Recorded: seen by a professional');
    expect(runCli(['break', '--answers', answersFile(calmQuickAnswers), '--dry-run'], env(home)).code).toBe(0);
  });

  it('profile --seen-professional takes a past date, refuses a bad or future one', () => {
    const home = tempHome();
    expect(runCli(['profile', '--seen-professional', '2026-02-30'], env(home)).stderr).toContain('is not a date; write it as YYYY-MM-DD');
    expect(runCli(['profile', '--seen-professional', '2999-01-01'], env(home)).code).toBe(2);
    expect(runCli(['profile', '--seen-professional', '2026-01-05', '--json'], env(home)).stdout).toContain('"seenProfessionalOn": "2026-01-05"');
  });

  it('profile shows what is kept; --forget asks, or needs --yes without a terminal', () => {
    const home = writeProfile(emptyHome(), profileJson(['bone-density', 'pregnant']));
    const shown = runCli(['profile'], env(home));
    expect(shown.stdout).toMatch(/- fragile bones \(since .*; review by /);
    expect(shown.stdout).toMatch(/- pregnancy \(since .*; until you update it\)/);
    expect(runCli(['profile', '--forget'], env(home)).code).toBe(2);
    const forgot = runCli(['profile', '--forget', '--yes'], env(home));
    expect(forgot.stderr).toContain('Removed your health profile');
    expect(JSON.parse(runCli(['profile', '--json'], env(home)).stdout)).toMatchObject({ status: 'none', profile: null });
  });
});

describe('every answer counts', () => {
  it.each([
    [{ 'heart-pattern': true }, 4],
    [{ 'saddle-bladder-legs': true }, 4],
    [{ 'vision-speech-swallowing': true }, 4],
    [{ 'cord-signs': true }, 3],
    [{ 'cancer-history': true }, 3],
  ])('%j given to break, beyond the quick screen → exit %i, no instruction', (extra, code) => {
    const result = runCli(['break', '--answers', answersFile({ ...calmQuickAnswers, ...extra })], env(tempHome()));
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain('Get ready');
  });

  it('bone density given to run foam rolling: refused (exit 5)', () => {
    expect(
      runCli(['run', 'foam-roll-upper-back', '--answers', answersFile({ ...calmQuickAnswers, 'bone-density': true })], env(tempHome())).code,
    ).toBe(5);
  });

  it('a key given twice is refused, naming it', () => {
    const file = answersFile({});
    writeFileSync(file, `{"heart-pattern": true,\n "heart-pattern": false}`);
    const result = runCli(['break', '--answers', file], env(tempHome()));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('line 2: "heart-pattern" is answered twice');
  });

  it('a retired id names what replaced it', () => {
    const result = runCli(['break', '--answers', answersFile({ ...calmQuickAnswers, 'urgent-signs': false })], env(tempHome()));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"urgent-signs" was replaced in version 2.0 of the screen by "heart-pattern"');
  });
});

describe('pain is remembered', () => {
  it('a move that hurt 7/10 is left out the next day, and the screen asks whether the pain settled', () => {
    const home = tempHome();
    const yesterday = new Date(Date.now() - 20 * 3_600_000).toISOString();
    appendFileSync(
      join(home, 'data', 'history.jsonl'),
      `${JSON.stringify({ type: 'pain', at: yesterday, session: 's1', technique: 'wall-angel', rating: 7 })}\n`,
    );
    const missing = runCli(['run', 'wall-angel', '--answers', answersFile(calmQuickAnswers)], env(home));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"pain-settled"');
    const settled = runCli(['run', 'wall-angel', '--answers', answersFile({ ...calmQuickAnswers, 'pain-settled': false })], env(home));
    expect(settled.code).toBe(5);
    expect(settled.stderr).toMatch(/Wall angel is left out until 48 hours after it hurt \(7\/10 on /);
    // That screen asked about it, so the next one does not.
    expect(runCli(['run', 'shoulder-rolls', '--answers', answersFile(calmQuickAnswers), '--dry-run'], env(home)).code).toBe(0);
  });

  it('pain that has not settled sends to a professional', () => {
    const home = tempHome();
    appendFileSync(
      join(home, 'data', 'history.jsonl'),
      `${JSON.stringify({ type: 'pain', at: new Date().toISOString(), session: 's', technique: 'chair-twist', rating: 8 })}\n`,
    );
    const result = runCli(['break', '--answers', answersFile({ ...calmQuickAnswers, 'pain-settled': true })], env(home));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Within a week:');
  });
});

describe('the emergency number', () => {
  it.each(['112', '+44 20 7946 0000', '1-800-273-8255'])('%s is accepted', (number) => {
    const result = runCli(
      ['break', '--answers', answersFile({ ...calmQuickAnswers, 'heart-pattern': true }), '--emergency-number', number],
      env(tempHome()),
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`(${number})`);
  });

  it.each(['\u001b]0;pwned\u0007112', 'call Bob', '', '12345678901234567890123'])(
    '%j is refused from the option, the environment and config.json',
    (number) => {
      const option = runCli(['break', '--answers', answersFile(calmQuickAnswers), '--emergency-number', number], env(tempHome()));
      expect(option.code).toBe(2);
      expect(option.stderr).toContain('digits, +, spaces and dashes only');
      expect(runCli(['break', '--answers', answersFile(calmQuickAnswers)], env(tempHome(), { LIMBER_EMERGENCY_NUMBER: number })).code).toBe(2);
      const home = tempHome();
      mkdirSync(join(home, 'config'), { recursive: true });
      writeFileSync(join(home, 'config', 'config.json'), JSON.stringify({ emergencyNumber: number }));
      const config = runCli(['break', '--answers', answersFile(calmQuickAnswers)], env(home));
      expect(config.code).toBe(2);
      expect(config.stderr).toContain('config.json: emergencyNumber:');
      expect(config.stderr).not.toContain('\u001b');
    },
  );
});

describe('chart', () => {
  it('--for-me applies the profile; without one it is a clear error', () => {
    expect(runCli(['chart', '--for-me'], env(emptyHome())).code).toBe(2);
    const home = writeProfile(emptyHome(), profileJson(['bone-density']));
    const chart = runCli(['chart', '--for-me', '--routine', 'guide-four'], env(home));
    expect(chart.code).toBe(0);
    expect(chart.stdout).not.toMatch(/## \d+\. Upper-back foam rolling/);
    expect(chart.stdout).toMatch(/left out: Upper-back foam rolling/);
    expect(chart.stdout).toContain('Seated twist on the floor (gentle)');
    expect(chart.stdout).toContain('fragile bones');
  });

  it('every chart carries the warning signs and the stop rule', () => {
    for (const format of ['md', 'html']) {
      const chart = runCli(['chart', '--format', format]).stdout;
      expect(chart).toContain('Stop and get help.');
      expect(chart).toContain('Numbness around the genitals or buttocks');
      expect(chart).toContain('pain goes above 5/10');
    }
  });
});

describe('the README', () => {
  it('its piped example runs once a profile exists, and names what is missing without one', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const answers = readme.match(/echo '(\{"heart-pattern"[^']*\})'/)![1]!;
    const withProfile = runCli(['break', '--answers', '-', '--json', '--dry-run'], { env: { LIMBER_HOME: tempHome() }, input: answers });
    expect(withProfile.code).toBe(0);
    expect(ndjson(withProfile.stdout)[0]).toEqual({ type: 'screen', screen: 'quick', level: 'no-warning-signs' });
    const first = runCli(['break', '--answers', '-', '--json', '--dry-run'], { env: { LIMBER_HOME: emptyHome() }, input: answers });
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('there is no health profile yet');
  });
});
