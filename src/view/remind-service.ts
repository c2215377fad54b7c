/**
 * Service snippets for `limber remind --once`, for the user to install: limber never edits these files.
 * Each runs the check every 5 minutes; the command line carries the person's own options.
 */
export type ServiceKind = 'systemd' | 'launchd' | 'cron';

/** A word for sh and systemd's ExecStart: quoted when it holds anything but safe characters. */
const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);
const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function systemd(command: readonly string[]): string {
  return `# Save as ~/.config/systemd/user/limber-remind.service
[Unit]
Description=limber: a break reminder when one is due

[Service]
Type=oneshot
ExecStart=${command.map(shellWord).join(' ')}

# Save as ~/.config/systemd/user/limber-remind.timer
[Unit]
Description=limber: look for a due break every 5 minutes

[Timer]
OnBootSec=5min
OnUnitActiveSec=5min

[Install]
WantedBy=timers.target

# Then: systemctl --user daemon-reload && systemctl --user enable --now limber-remind.timer
# Idle time on X11 needs the display: systemctl --user import-environment DISPLAY
`;
}

function launchd(command: readonly string[]): string {
  const args = command.map((word) => `    <string>${xml(word)}</string>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Save as ~/Library/LaunchAgents/org.limber.remind.plist, then:
     launchctl bootstrap gui/$(id -u) ~/Library/LaunchAgents/org.limber.remind.plist -->
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>org.limber.remind</string>
  <key>ProgramArguments</key>
  <array>
${args}
  </array>
  <key>StartInterval</key>
  <integer>300</integer>
  <key>RunAtLoad</key>
  <true/>
</dict>
</plist>
`;
}

function cron(command: readonly string[]): string {
  return `# Add with 'crontab -e'. Cron has no desktop session of its own: these two let notifications and idle time reach it.
*/5 * * * * DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus ${command.map(shellWord).join(' ')} >/dev/null 2>&1
`;
}

/** The snippet for `kind`, running `command` (node, limber's script, "remind", "--once", the options). */
export const serviceText = (kind: ServiceKind, command: readonly string[]): string =>
  kind === 'systemd' ? systemd(command) : kind === 'launchd' ? launchd(command) : cron(command);
