import { t } from '../core/i18n/translate.js';
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
    if (osascript)
      return { name: t('macOS notifications'), send: (title, body, done) => startProgram(env, osascript, [...appleScript, title, body], done) };
    return { none: t('osascript was not found') };
  }
  if (platform === 'win32') {
    const powershell = which('powershell', env);
    if (powershell) {
      return {
        name: t('Windows toast'),
        send: (title, body, done) =>
          startProgram(
            { ...env, LIMBER_TITLE: title, LIMBER_BODY: body },
            powershell,
            ['-NoProfile', '-NonInteractive', '-Command', windowsToast],
            done,
          ),
      };
    }
    return { none: t('PowerShell was not found') };
  }
  if (!hasSessionBus(env)) return { none: t('there is no desktop session bus (D-Bus) here') };
  const notifySend = which('notify-send', env);
  if (notifySend) {
    return {
      name: 'notify-send',
      send: (title, body, done) =>
        startProgram(env, notifySend, ['--app-name=limber', '--urgency=normal', '--icon=appointment-soon', title, escapeMarkup(body)], done),
    };
  }
  const gdbus = which('gdbus', env);
  if (gdbus) {
    const args = (title: string, body: string) => [
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
      title,
      escapeMarkup(body),
      '[]',
      '{}',
      '-1',
    ];
    return { name: t('D-Bus notifications'), send: (title, body, done) => startProgram(env, gdbus, args(title, body), done) };
  }
  return { none: t('neither notify-send nor gdbus was found (Debian and Ubuntu: apt install libnotify-bin)') };
}
