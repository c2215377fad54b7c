import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { t } from '../core/i18n/translate.js';
import {
  focusIsOn,
  isCapturing,
  parseGdbusBoolean,
  parseGsettingsBoolean,
  parseHidIdle,
  parseMilliseconds,
  parseMutterIdle,
} from '../core/remind/probe-output.js';
import { type RunProgram, runProgram } from './run-program.js';
import { which } from './which.js';

/** Time since the last keyboard or mouse input, from one of the system's own tools. */
export interface IdleSource {
  name: string;
  read(): Promise<number | null>;
}

export interface SystemProbes {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  run: RunProgram;
  /** /proc/asound, or a stand-in folder in tests. */
  soundRoot?: string;
}

/** The real system: this process's environment and platform, and real child processes. */
export const systemProbes = (env: NodeJS.ProcessEnv): SystemProbes => ({ env, platform: process.platform, run: runProgram(env) });

/** A desktop session bus to talk to: its address, or the standard socket under XDG_RUNTIME_DIR. */
export const hasSessionBus = (env: NodeJS.ProcessEnv) =>
  Boolean(env.DBUS_SESSION_BUS_ADDRESS || (env.XDG_RUNTIME_DIR && existsSync(join(env.XDG_RUNTIME_DIR, 'bus'))));

const windowsIdleScript =
  'Add-Type -TypeDefinition \'using System;using System.Runtime.InteropServices;public static class I{[StructLayout(LayoutKind.Sequential)]public struct L{public uint s;public uint t;}[DllImport("user32.dll")]static extern bool GetLastInputInfo(ref L l);public static uint Ms(){L l=new L();l.s=8;GetLastInputInfo(ref l);return (uint)Environment.TickCount-l.t;}}\';[I]::Ms()';

/** The idle sources this system might have, in the order they are tried. */
function idleCandidates({ env, platform, run }: SystemProbes): IdleSource[] {
  const tool = (name: string, file: string | undefined, args: string[], parse: (output: string) => number | null): IdleSource[] =>
    file ? [{ name, read: async () => ((r) => (r.code === 0 ? parse(r.stdout) : null))(await run(file, args)) }] : [];
  if (platform === 'darwin') return tool('ioreg HIDIdleTime', which('ioreg', env), ['-c', 'IOHIDSystem', '-d', '4'], parseHidIdle);
  if (platform === 'win32') {
    return tool(
      t('Windows last input'),
      which('powershell', env),
      ['-NoProfile', '-NonInteractive', '-Command', windowsIdleScript],
      parseMilliseconds,
    );
  }
  const gdbus = hasSessionBus(env) ? which('gdbus', env) : undefined;
  return [
    ...tool(
      'GNOME Mutter IdleMonitor',
      gdbus,
      [...gdbusCall('org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core'), '--method', 'org.gnome.Mutter.IdleMonitor.GetIdletime'],
      parseMutterIdle,
    ),
    ...tool('xprintidle (X11)', env.DISPLAY ? which('xprintidle', env) : undefined, [], parseMilliseconds),
  ];
}

const gdbusCall = (dest: string, path: string) => ['call', '--session', '--dest', dest, '--object-path', path];

/**
 * The first idle source that answers, or a reason there is none. Over SSH the desktop's idle time is not
 * the person's at this keyboard, so it is not used.
 */
export async function findIdleSource(probes: SystemProbes): Promise<IdleSource | { none: string }> {
  if (probes.env.SSH_CONNECTION || probes.env.SSH_TTY) return { none: t('this is an SSH session') };
  for (const source of idleCandidates(probes)) if ((await source.read()) !== null) return source;
  return { none: t('no idle-time tool answered (xprintidle, GNOME Mutter, ioreg or PowerShell)') };
}

/** Whether a microphone is recording, from the ALSA status files (PipeWire and PulseAudio both show there). */
function microphoneInUse(root: string): boolean {
  try {
    for (const card of readdirSync(root).filter((name) => name.startsWith('card'))) {
      for (const pcm of readdirSync(join(root, card)).filter((name) => /^pcm\d+c$/.test(name))) {
        for (const sub of readdirSync(join(root, card, pcm)).filter((name) => name.startsWith('sub'))) {
          if (isCapturing(readFileSync(join(root, card, pcm, sub, 'status'), 'utf8'))) return true;
        }
      }
    }
  } catch {
    // no sound cards, or a status we cannot read: nothing recording that we can see
  }
  return false;
}

async function desktopQuiet({ env, platform, run }: SystemProbes): Promise<string | null> {
  if (platform === 'darwin') {
    const path = join(homedir(), 'Library', 'DoNotDisturb', 'DB', 'Assertions.json');
    try {
      return focusIsOn(JSON.parse(readFileSync(path, 'utf8'))) ? t('a Focus is on') : null;
    } catch {
      return null;
    }
  }
  const gdbus = hasSessionBus(env) ? which('gdbus', env) : undefined;
  const property = async (iface: string, name: string) =>
    gdbus
      ? parseGdbusBoolean(
          (
            await run(gdbus, [
              ...gdbusCall('org.freedesktop.Notifications', '/org/freedesktop/Notifications'),
              '--method',
              'org.freedesktop.DBus.Properties.Get',
              iface,
              name,
            ])
          ).stdout,
        )
      : null;
  if (await property('org.freedesktop.Notifications', 'Inhibited')) return t('notifications are paused (do not disturb)');
  if (await property('org.dunstproject.cmd0', 'paused')) return t('notifications are paused (do not disturb)');
  const gsettings = hasSessionBus(env) ? which('gsettings', env) : undefined;
  if (gsettings && parseGsettingsBoolean((await run(gsettings, ['get', 'org.gnome.desktop.notifications', 'show-banners'])).stdout) === false) {
    return t('do not disturb is on');
  }
  return null;
}

/**
 * Why a reminder should wait rather than interrupt now: do not disturb, a microphone in use (a call), or
 * the user's own `--defer-if` command exiting 0. Null when nothing says wait.
 */
export async function quietReason(probes: SystemProbes, deferIf: string | undefined): Promise<string | null> {
  const desktop = await desktopQuiet(probes);
  if (desktop) return desktop;
  if (probes.platform === 'linux' && microphoneInUse(probes.soundRoot ?? '/proc/asound')) return t('a microphone is in use');
  if (deferIf) {
    const shell = probes.platform === 'win32' ? ['cmd', '/d', '/s', '/c'] : ['/bin/sh', '-c'];
    const result = await probes.run(shell[0]!, [...shell.slice(1), deferIf], 5000);
    if (result.code === 0) return t('your --defer-if rule says wait');
  }
  return null;
}
