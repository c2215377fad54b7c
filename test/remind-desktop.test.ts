import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, cliEnv, ndjson, tempHome } from './helpers/cli.js';

/**
 * The real parts: an X server (Xvfb), a session bus, Debian's dunst as the notification daemon, xprintidle
 * for idle time and xdotool to move the mouse. limber's notifications are read back from dunst's history.
 */
const tools = ['Xvfb', 'dbus-daemon', 'dunst', 'dunstctl', 'notify-send', 'xprintidle', 'xdotool'];
const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

if (missing.length > 0) {
  process.stderr.write(
    `\n*** ${missing.join(', ')} missing: the desktop notification and idle tests are SKIPPED. Install Debian's xvfb dunst libnotify-bin xprintidle xdotool dbus to run them. ***\n\n`,
  );
}

describe('the desktop parts', () => {
  it.runIf(Boolean(process.env.CI))('are installed in CI', () => {
    expect(missing, '.ci/run should have installed them').toEqual([]);
  });
});

describe.runIf(missing.length === 0)('remind with a real notification daemon on a headless display', () => {
  const children: ChildProcess[] = [];
  const desktop: NodeJS.ProcessEnv = {};
  const display = `:${90 + (process.pid % 500)}`;

  const waitUntil = async (test: () => boolean, what: string, timeoutMs = 10_000) => {
    const start = Date.now();
    while (!test()) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const tool = (file: string, args: string[]) => execFileSync(file, args, { env: { ...process.env, ...desktop }, encoding: 'utf8' });

  beforeAll(async () => {
    const xvfb = spawn('Xvfb', [display, '-nolisten', 'tcp', '-screen', '0', '800x600x24'], { stdio: 'ignore' });
    children.push(xvfb);
    await waitUntil(() => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb');
    const address = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], { encoding: 'utf8' }).split('\n');
    desktop.DISPLAY = display;
    desktop.DBUS_SESSION_BUS_ADDRESS = address[0]!.trim();
    desktop.DBUS_PID = address[1]!.trim();
    const dunst = spawn('dunst', [], { env: { ...process.env, ...desktop }, stdio: 'ignore' });
    children.push(dunst);
    await waitUntil(() => spawnSync('dunstctl', ['is-paused'], { env: { ...process.env, ...desktop } }).status === 0, 'dunst');
  }, 20_000);

  afterAll(() => {
    for (const child of children) child.kill();
    if (desktop.DBUS_PID) spawnSync('kill', [desktop.DBUS_PID]);
  });

  const limber = (home: string, args: string[], extra: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync(process.execPath, [binPath, ...args], {
      env: cliEnv({ ...desktop, SSH_CONNECTION: '', SSH_TTY: '', LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.01', ...extra }),
      encoding: 'utf8',
    });
    return { code: result.status, events: ndjson(result.stdout), stderr: result.stderr };
  };
  /** Every notification dunst has shown, newest first: closing them moves them to its history. */
  const shown = (): { appname: string; summary: string; body: string }[] => {
    tool('dunstctl', ['close-all']);
    const history = JSON.parse(tool('dunstctl', ['history'])) as { data: Record<string, { data: string }>[][] };
    return history.data[0]!.map((n) => ({ appname: n.appname!.data, summary: n.summary!.data, body: n.body!.data }));
  };

  it('--once notifies through the desktop, and the notification is really shown', async () => {
    const home = tempHome();
    tool('xdotool', ['mousemove', '5', '5']);
    expect(limber(home, ['remind', '--once', '--every', '1', '--json']).events[0]).toMatchObject({ type: 'wait' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    tool('xdotool', ['mousemove', '6', '6']);
    const result = limber(home, ['remind', '--once', '--every', '1', '--json']);
    expect(result.events[0]).toMatchObject({ type: 'reminder', notified: true });
    await waitUntil(() => shown().some((n) => n.appname === 'limber'), 'the notification in dunst');
    expect(shown().find((n) => n.appname === 'limber')).toEqual({
      appname: 'limber',
      summary: 'limber: time for a break',
      body: "Time for a break: 1 minute of work. Run 'limber break'.",
    });
  });

  it('do not disturb (dunst paused) makes a due reminder wait', async () => {
    const home = tempHome();
    limber(home, ['remind', '--once', '--every', '1', '--json']);
    await new Promise((resolve) => setTimeout(resolve, 700));
    tool('dunstctl', ['set-paused', 'true']);
    try {
      tool('xdotool', ['mousemove', '7', '7']);
      expect(limber(home, ['remind', '--once', '--every', '1', '--json']).events[0]).toMatchObject({
        type: 'defer',
        reason: 'notifications are paused (do not disturb)',
      });
    } finally {
      tool('dunstctl', ['set-paused', 'false']);
    }
    tool('xdotool', ['mousemove', '8', '8']);
    expect(limber(home, ['remind', '--once', '--every', '1', '--json']).events[0]).toMatchObject({ type: 'reminder', notified: true });
  });

  it('the loop reads idle time from X11: away counts as a break, and input brings the reminders back', async () => {
    const home = tempHome();
    // LIMBER_TIME_SCALE=0.01: 5 minutes away is 3 seconds of no input.
    const loop = spawn(process.execPath, [binPath, 'remind', '--json', '--every', '1'], {
      env: cliEnv({ ...desktop, SSH_CONNECTION: '', SSH_TTY: '', LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.01' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(loop);
    let out = '';
    loop.stdout!.on('data', (data) => (out += data));
    const seen = (type: string) => ndjson(out).some((e) => e.type === type);
    await waitUntil(() => seen('start'), 'start');
    expect(ndjson(out)[0]).toMatchObject({ idle: 'xprintidle (X11)', notifications: 'notify-send' });
    await waitUntil(() => seen('idle'), 'an idle event after 3 s without input');
    tool('xdotool', ['mousemove', '50', '50']);
    await waitUntil(() => seen('back'), 'back after the mouse moved');
    const keepBusy = setInterval(() => tool('xdotool', ['mousemove_relative', '1', '0']), 300);
    try {
      await waitUntil(() => seen('reminder'), 'a reminder a minute (0.6 s) after coming back');
    } finally {
      clearInterval(keepBusy);
    }
    loop.kill('SIGTERM');
    const history = readFileSync(join(home, 'data', 'history.jsonl'), 'utf8');
    expect(history).toContain('"event":"idle"');
    expect(history).toContain('"event":"reminder"');
  }, 20_000);
});
