import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binPath, cliEnv, ndjson, runCli, tempHome } from './helpers/cli.js';
import { PtySession, quickCalm } from './helpers/pty.js';

/** No desktop here: these tests are about the loop, not the system's probes (remind-desktop tests those). */
const noDesktop = { DISPLAY: '', DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: '', SSH_CONNECTION: '' };

/** A loop started in the background with piped stdio, its NDJSON events read as they come. */
class BackgroundLoop {
  readonly child: ChildProcess;
  out = '';
  constructor(
    readonly home: string,
    args: string[],
  ) {
    this.child = spawn(process.execPath, [binPath, 'remind', '--json', ...args], {
      env: cliEnv({ ...noDesktop, LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.01' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (data) => (this.out += data));
  }
  events = () => ndjson(this.out);
  async waitFor(type: string, count = 1, timeoutMs = 10_000): Promise<number> {
    const start = Date.now();
    while (this.events().filter((e) => e.type === type).length < count) {
      if (Date.now() - start > timeoutMs) throw new Error(`no ${type} event:\n${this.out}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Date.now() - start;
  }
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    return new Promise((resolve) => {
      this.child.once('exit', (code) => resolve(code));
      this.child.kill(signal);
    });
  }
}

const loops: BackgroundLoop[] = [];
afterEach(() => {
  for (const loop of loops.splice(0)) loop.child.kill('SIGKILL');
});

const run = (home: string, args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { env: { ...noDesktop, LIMBER_HOME: home, ...env } });

describe('limber remind', () => {
  it('LIMBER_TIME_SCALE=0.01 --every 1 --json reminds within a second; --status and --pause reach it from another process', async () => {
    const home = tempHome();
    const loop = new BackgroundLoop(home, ['--every', '1']);
    loops.push(loop);
    await loop.waitFor('start');
    const waited = await loop.waitFor('reminder');
    expect(waited).toBeLessThan(1500);
    expect(loop.events()[0]).toMatchObject({ type: 'start', every: 1, snooze: 5, limit: 3, idle: null, notifications: null });

    const status = JSON.parse(run(home, ['remind', '--status', '--format', 'json']).stdout);
    expect(status).toMatchObject({ running: true, phase: 'due', pid: loop.child.pid });
    expect(run(home, ['remind', '--status']).stdout).toBe('break due now\n');
    expect(run(home, ['remind', '--status', '--format', 'tmux']).stdout).toBe('break now\n');

    const paused = run(home, ['remind', '--pause', '1h']);
    expect(paused.code).toBe(0);
    expect(paused.stdout).toMatch(/^Reminders paused until \d\d:\d\d/);
    await loop.waitFor('pause');
    expect(run(home, ['remind', '--status']).stdout).toMatch(/^reminders paused until \d\d:\d\d\n$/);
    run(home, ['remind', '--pause', 'off']);
    await loop.waitFor('resume');

    expect(await loop.stop()).toBe(143);
    expect(run(home, ['remind', '--status']).stdout).toBe('');
    expect(existsSync(join(home, 'state', 'remind.json'))).toBe(false);
    const history = readFileSync(join(home, 'data', 'history.jsonl'), 'utf8');
    expect(history).toContain('"type":"remind","at"');
    expect(history).toContain('"event":"reminder"');
    expect(history).toContain('"event":"pause"');
  });

  it('--status prints nothing (and JSON says not running) when no loop runs, even with a stale state file', () => {
    const home = tempHome();
    expect(run(home, ['remind', '--status'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    mkdirSync(join(home, 'state'), { recursive: true });
    writeFileSync(join(home, 'state', 'remind.json'), JSON.stringify({ pid: 2 ** 22 + 7, phase: 'counting', nextAt: null }));
    expect(run(home, ['remind', '--status', '--format', 'tmux']).stdout).toBe('');
    expect(JSON.parse(run(home, ['remind', '--status', '--format', 'json']).stdout)).toEqual({ running: false });
  });

  it('--pause without a loop is kept for one, and says so', () => {
    const home = tempHome();
    const result = run(home, ['remind', '--pause', 'until-tomorrow']);
    expect(result.stdout).toMatch(/^Reminders paused until 00:00 tomorrow\.\n$/);
    expect(result.stderr).toContain('No reminder loop is running now');
    expect(JSON.parse(readFileSync(join(home, 'state', 'remind-pause.json'), 'utf8')).until).toMatch(/^\d{4}-/);
  });

  it('--once: the first run starts the interval, a later run reminds and records it, a break restarts it', async () => {
    const home = tempHome();
    const once = () => ndjson(run(home, ['remind', '--once', '--every', '1', '--json'], { LIMBER_TIME_SCALE: '0.01' }).stdout)[0]!;
    expect(once()).toMatchObject({ type: 'wait', notified: null });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(once()).toMatchObject({ type: 'reminder', notified: null });
    expect(once()).toMatchObject({ type: 'wait' });
    expect(readFileSync(join(home, 'data', 'history.jsonl'), 'utf8')).toContain('"event":"reminder"');
    const plain = run(home, ['remind', '--once']);
    expect(plain).toMatchObject({ code: 0, stdout: expect.stringMatching(/^No break due yet \(next in \d+ min\)\.\n$/) });
  });

  it('--once waits while the --defer-if rule says so', async () => {
    const home = tempHome();
    const once = (rule: string) =>
      ndjson(run(home, ['remind', '--once', '--every', '1', '--json', '--defer-if', rule], { LIMBER_TIME_SCALE: '0.01' }).stdout)[0]!;
    once('false');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(once('exit 0')).toMatchObject({ type: 'defer', reason: 'your --defer-if rule says wait' });
    expect(once('exit 1')).toMatchObject({ type: 'reminder' });
  });

  it.each(['systemd', 'launchd', 'cron'])('--print-service %s runs --once with absolute paths and the options given', (kind) => {
    const result = run(tempHome(), ['remind', '--print-service', kind, '--every', '45', '--hours', '09:00-17:30']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(process.execPath);
    expect(result.stdout).toContain(binPath);
    expect(result.stdout).toMatch(/remind(<\/string>\s*<string>| )--once/);
    expect(result.stdout).toMatch(/45/);
    expect(result.stdout).toContain('09:00-17:30');
  });

  it.each([
    [['--hours', '9-5'], /--hours: "9-5" is not a span of hours; write it as HH:MM-HH:MM/],
    [['--days', 'weekdays'], /--days: "weekdays" is not a list of days/],
    [['--pause', '3x'], /--pause: "3x" is not a pause; use a length such as 45m/],
    [['--every', '0'], /expected a whole number of minutes from 1 to 240/],
    [['--print-service', 'upstart'], /Allowed choices are systemd, launchd, cron/],
  ])('remind %j is a usage error (exit 2)', (args, message) => {
    const result = run(tempHome(), ['remind', '--once', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.cjs/);
  });

  it('a bad remind setting in config.json names the file, the field and the fix', () => {
    const home = tempHome();
    mkdirSync(join(home, 'config'), { recursive: true });
    writeFileSync(join(home, 'config', 'config.json'), JSON.stringify({ remind: { every: 0, hours: '9 to 5' } }));
    const result = run(home, ['remind', '--once']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(home, 'config', 'config.json'));
    expect(result.stderr).toMatch(/remind\.every.*1 to 240/);
    expect(result.stderr).toContain('(1 more problem after this one.)');
    writeFileSync(join(home, 'config', 'config.json'), JSON.stringify({ remind: { hours: '9 to 5' } }));
    expect(run(home, ['remind', '--once']).stderr).toMatch(/remind\.hours: "9 to 5" is not a span of hours; write it as HH:MM-HH:MM/);
  });

  it('history shows reminders, breaks taken, snoozes and skips per day, in the table, JSON and CSV', () => {
    const home = tempHome();
    const today = new Date().toISOString();
    const lines = ['reminder', 'reminder', 'snooze', 'skip', 'idle', 'defer'].map((event) => ({ type: 'remind', at: today, event }));
    lines.push({ type: 'remind', at: today, event: 'break', outcome: 'completed' } as never);
    lines.push({ type: 'remind', at: today, event: 'break', outcome: 'interrupted' } as never);
    mkdirSync(join(home, 'data'), { recursive: true });
    writeFileSync(join(home, 'data', 'history.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const json = JSON.parse(run(home, ['history', '--days', '1', '--json']).stdout);
    expect(json.days[0]).toMatchObject({ reminded: 2, taken: 2, snoozed: 1, skipped: 1 });
    const csv = run(home, ['history', '--days', '1', '--csv']).stdout.split('\n');
    expect(csv[0]).toBe('date,sessions,minutes,reminded,taken,snoozed,skipped');
    expect(csv[1]).toMatch(/,0,0,2,2,1,1$/);
    const table = run(home, ['history', '--days', '1']).stdout.split('\n');
    expect(table[0]).toMatch(/^DATE\s+SESSIONS\s+MINUTES\s+REMINDED\s+TAKEN\s+SNOOZED\s+SKIPPED/);
    expect(table[1]).toMatch(/\s0\.0\s+2\s+2\s+1\s+1\s*$/);
  });
});

describe('limber remind in a real terminal', () => {
  it('rings, s snoozes, k skips, b runs a screened break in the pane, q stops', async () => {
    const s = new PtySession(['remind', '--every', '1', '--snooze', '1', '--no-idle'], { ...noDesktop, LIMBER_TIME_SCALE: '0.01' });
    await s.waitFor('b: break now · s: snooze 1 minute · k: skip · q: stop reminders');
    expect(s.text).toContain('Idle time cannot be told here (turned off): counting clock time.');
    expect(s.text).toContain('No desktop notifications: there is no desktop session bus (D-Bus) here. The bell and this pane remind you.');
    await s.waitFor('Time for a break: 1 minute of work.');
    expect(s.raw).toContain('\u0007');
    s.write('s');
    await s.waitFor('Snoozed for 1 minute (1 of 3 in a row).');
    await s.waitFor('Time for a break', 5000, s.text.indexOf('Snoozed'));
    s.write('k');
    await s.waitFor('Skipped (2 of 3 in a row); next reminder in 1 minute.');
    await s.waitFor('Time for a break', 5000, s.text.indexOf('Skipped'));
    s.write('b');
    await quickCalm(s);
    await s.waitFor('No warning signs reported today.');
    await s.waitFor(/step \d+ of \d+/);
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    await s.waitFor('Break done; next reminder in 1 minute.');
    s.write('q');
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('Reminders stopped.');
    const history = readFileSync(join(s.home, 'data', 'history.jsonl'), 'utf8');
    expect(history).toMatch(/"event":"break","outcome":"stopped-early"/);
    expect(history).toMatch(/"type":"session-end"/);
  }, 30_000);

  it('Ctrl-C stops the loop with 130 and leaves no state behind', async () => {
    const s = new PtySession(['remind', '--no-idle'], noDesktop);
    await s.waitFor('q: stop reminders');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(join(s.home, 'state', 'remind.json'))).toBe(true);
    s.write('\u0003');
    expect(await s.exit()).toBe(130);
    expect(existsSync(join(s.home, 'state', 'remind.json'))).toBe(false);
  });
});
