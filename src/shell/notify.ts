import { startProgram } from './run-program.js';
import { hasSessionBus } from './system-probes.js';
import { which } from './which.js';

/** The operating system's own notifications. `send` never waits: a reminder is never late for a slow daemon. */
export interface Notifier {
  name: string;
  send(title: string, body: string, onDone: (ok: boolean) => void): void;
}

/** Freedesktop notification bodies may be read as markup; these three must not be. */
const escapeMarkup = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// The text reaches the scripts as arguments or environment, never spliced into the script itself.
const appleScript = ['-e', 'on run argv', '-e', 'display notification (item 2 of argv) with title (item 1 of argv)', '-e', 'end run'];
const windowsToast =
  "$x=[Windows.UI.Notifications.ToastNotificationManager,Windows.UI.Notifications,ContentType=WindowsRuntime]::GetTemplateContent(1);$t=$x.GetElementsByTagName('text');$t.Item(0).InnerText=$env:LIMBER_TITLE;$t.Item(1).InnerText=$env:LIMBER_BODY;[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('limber').Show([Windows.UI.Notifications.ToastNotification]::new($x))";

/** The notifier this system has, or why there is none. Finding it costs no child process. */
export function findNotifier(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Notifier | { none: string } {
  if (platform === 'darwin') {
    const osascript = which('osascript', env);
    if (osascript) return { name: 'macOS notifications', send: (t, b, done) => startProgram(env, osascript, [...appleScript, t, b], done) };
    return { none: 'osascript was not found' };
  }
  if (platform === 'win32') {
    const powershell = which('powershell', env);
    if (powershell) {
      return {
        name: 'Windows toast',
        send: (t, b, done) =>
          startProgram({ ...env, LIMBER_TITLE: t, LIMBER_BODY: b }, powershell, ['-NoProfile', '-NonInteractive', '-Command', windowsToast], done),
      };
    }
    return { none: 'PowerShell was not found' };
  }
  if (!hasSessionBus(env)) return { none: 'there is no desktop session bus (D-Bus) here' };
  const notifySend = which('notify-send', env);
  if (notifySend) {
    return {
      name: 'notify-send',
      send: (t, b, done) =>
        startProgram(env, notifySend, ['--app-name=limber', '--urgency=normal', '--icon=appointment-soon', t, escapeMarkup(b)], done),
    };
  }
  const gdbus = which('gdbus', env);
  if (gdbus) {
    const args = (t: string, b: string) => [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.Notifications',
      '--object-path',
      '/org/freedesktop/Notifications',
      '--method',
      'org.freedesktop.Notifications.Notify',
      'limber',
      '0',
      'appointment-soon',
      t,
      escapeMarkup(b),
      '[]',
      '{}',
      '-1',
    ];
    return { name: 'D-Bus notifications', send: (t, b, done) => startProgram(env, gdbus, args(t, b), done) };
  }
  return { none: 'neither notify-send nor gdbus was found (Debian and Ubuntu: apt install libnotify-bin)' };
}
