import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNotifier } from '../src/shell/notify.js';
import type { RunProgram } from '../src/shell/run-program.js';
import { findIdleSource, quietReason, type SystemProbes } from '../src/shell/system-probes.js';

/** A folder of stand-in programs on PATH, so `which` finds them; `run` answers for them from a table. */
function fakeSystem(programs: Record<string, { code: number | null; stdout: string }>, env: NodeJS.ProcessEnv = {}) {
  const bin = mkdtempSync(join(tmpdir(), 'limber-bin-'));
  for (const name of Object.keys(programs).filter((k) => !k.includes(' '))) writeFileSync(join(bin, name), '#!/bin/sh\n', { mode: 0o755 });
  const calls: string[] = [];
  const run: RunProgram = async (file, args) => {
    const name = file.split('/').pop()!;
    calls.push([name, ...args].join(' '));
    const key = Object.keys(programs).find((k) => k === `${name} ${args.at(-1)}`) ?? name;
    return programs[key] ?? { code: 127, stdout: '' };
  };
  const probes: SystemProbes = {
    env: { PATH: bin, DISPLAY: ':0', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/x', ...env },
    platform: 'linux',
    run,
    soundRoot: join(bin, 'no-asound'),
  };
  return { probes, calls, bin };
}

describe('idle sources', () => {
  it('GNOME Mutter first, then xprintidle; the first that answers is used', async () => {
    const { probes } = fakeSystem({ gdbus: { code: 1, stdout: '' }, xprintidle: { code: 0, stdout: '1234\n' } });
    const source = await findIdleSource(probes);
    expect('name' in source && source.name).toBe('xprintidle (X11)');
    expect('name' in source && (await source.read())).toBe(1234);
  });

  it('Mutter answers on GNOME', async () => {
    const { probes } = fakeSystem({ gdbus: { code: 0, stdout: '(uint64 99,)' } });
    const source = await findIdleSource(probes);
    expect('name' in source && source.name).toBe('GNOME Mutter IdleMonitor');
  });

  it("over SSH the desktop idle time is not the person's: none, and why", async () => {
    const { probes } = fakeSystem({ xprintidle: { code: 0, stdout: '5' } }, { SSH_CONNECTION: '10.0.0.1 22 10.0.0.2 5000' });
    expect(await findIdleSource(probes)).toEqual({ none: 'this is an SSH session' });
  });

  it('without a display, xprintidle is not tried', async () => {
    const { probes, calls } = fakeSystem({ xprintidle: { code: 0, stdout: '5' } }, { DISPLAY: '', DBUS_SESSION_BUS_ADDRESS: '' });
    expect(await findIdleSource(probes)).toMatchObject({ none: expect.stringContaining('no idle-time tool answered') });
    expect(calls).toEqual([]);
  });

  it('macOS reads HIDIdleTime from ioreg', async () => {
    const { probes } = fakeSystem({ ioreg: { code: 0, stdout: '"HIDIdleTime" = 7000000000' } });
    const source = await findIdleSource({ ...probes, platform: 'darwin' });
    expect('name' in source && (await source.read())).toBe(7000);
  });
});

describe('do not disturb', () => {
  const inhibited = 'gdbus Inhibited';
  it.each([
    [{ gdbus: { code: 0, stdout: '(<false>,)' }, [inhibited]: { code: 0, stdout: '(<true>,)' } }, 'notifications are paused (do not disturb)'],
    [{ gdbus: { code: 0, stdout: '(<false>,)' }, 'gdbus paused': { code: 0, stdout: '(<true>,)' } }, 'notifications are paused (do not disturb)'],
    [{ gdbus: { code: 1, stdout: '' }, gsettings: { code: 0, stdout: 'false\n' } }, 'do not disturb is on'],
    [{ gdbus: { code: 0, stdout: '(<false>,)' }, gsettings: { code: 0, stdout: 'true\n' } }, null],
    [{}, null],
  ])('%j → %j', async (programs, expected) => {
    const { probes } = fakeSystem(programs);
    expect(await quietReason(probes, undefined)).toBe(expected);
  });

  it('a microphone recording (an ALSA capture device RUNNING) makes reminders wait', async () => {
    const { probes, bin } = fakeSystem({});
    const sub = join(bin, 'asound', 'card1', 'pcm0c', 'sub0');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'status'), 'closed\n');
    expect(await quietReason({ ...probes, soundRoot: join(bin, 'asound') }, undefined)).toBeNull();
    writeFileSync(join(sub, 'status'), 'state: RUNNING\nowner_pid   : 4242\n');
    expect(await quietReason({ ...probes, soundRoot: join(bin, 'asound') }, undefined)).toBe('a microphone is in use');
  });

  it("the user's --defer-if rule runs through the shell; exit 0 means wait", async () => {
    const { probes, calls } = fakeSystem({ sh: { code: 0, stdout: '' } });
    expect(await quietReason(probes, 'pgrep -x zoom')).toBe('your --defer-if rule says wait');
    expect(calls.at(-1)).toBe('sh -c pgrep -x zoom');
  });
});

describe('notifications', () => {
  it('Linux: notify-send on a session bus; without a bus, or without a tool, it says why', () => {
    const { probes } = fakeSystem({ 'notify-send': { code: 0, stdout: '' } });
    expect(findNotifier(probes.env, 'linux')).toMatchObject({ name: 'notify-send' });
    expect(findNotifier({ ...probes.env, DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: '' }, 'linux')).toEqual({
      none: 'there is no desktop session bus (D-Bus) here',
    });
    const bare = fakeSystem({});
    expect(findNotifier(bare.probes.env, 'linux')).toMatchObject({ none: expect.stringContaining('apt install libnotify-bin') });
    const gdbusOnly = fakeSystem({ gdbus: { code: 0, stdout: '' } });
    expect(findNotifier(gdbusOnly.probes.env, 'linux')).toMatchObject({ name: 'D-Bus notifications' });
  });

  it('macOS and Windows use their own tools, or say they are missing', () => {
    const mac = fakeSystem({ osascript: { code: 0, stdout: '' } });
    expect(findNotifier(mac.probes.env, 'darwin')).toMatchObject({ name: 'macOS notifications' });
    expect(findNotifier({ PATH: '' }, 'darwin')).toEqual({ none: 'osascript was not found' });
    expect(findNotifier({ PATH: '' }, 'win32')).toEqual({ none: 'PowerShell was not found' });
  });
});
