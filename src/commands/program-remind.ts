import { type Command, Option } from 'commander';
import { t } from '../core/i18n/translate.js';
import { examples } from './help.js';
import { type ContextFor, emergencyOption, wholeNumber } from './options.js';

const remindNote = () =>
  [
    t('Keys in the pane: b break now (the safety screen first, as always) · s snooze · k skip · q stop.'),
    t(
      'Idle time counts as a break where the system can tell: X11 (xprintidle), GNOME (Mutter over D-Bus), macOS (ioreg) and Windows (PowerShell). Over SSH, or without those, limber counts clock time and says so.',
    ),
    t('Reminders wait while notifications are paused (do not disturb) or a microphone is in use.'),
  ].join('\n');

/** `limber remind`: the loop, and its --status, --pause, --once and --print-service companions. */
export function addRemindCommand(program: Command, context: ContextFor): void {
  program
    .command('remind')
    .description(t('remind you to take a break every so many minutes of work, in a spare terminal or tmux pane'))
    .addOption(new Option('--every <minutes>', t('minutes of work between reminders (default 50)')).argParser(wholeNumber(1, 240, 'minutes')))
    .addOption(new Option('--snooze <minutes>', t('minutes a snooze lasts (default 5)')).argParser(wholeNumber(1, 60, 'minutes')))
    .addOption(
      new Option('--limit <n>', t('snoozes and skips in a row before a reminder cannot be put off (default 3)')).argParser(
        wholeNumber(1, 10, 'putOffs'),
      ),
    )
    .option('--hours <HH:MM-HH:MM>', t('working hours; outside them reminders sleep (may run past midnight)'))
    .option('--days <days>', t('working days, such as mon-fri, mon,wed,fri or all'))
    .option('--defer-if <command>', t('wait while this shell command exits 0 (your own do-not-disturb rule)'))
    .option('--no-idle', t('count clock time only, never idle time'))
    .option('--no-notify', t('no desktop notifications: the bell and the pane only'))
    .option('--no-bell', t('no terminal bell'))
    .addOption(emergencyOption())
    .option('--json', t('print NDJSON events instead of lines'))
    .option('--status', t('print the running loop\'s state in one line ("next break in 12 min"); nothing if none runs'))
    .addOption(new Option('--format <format>', t('with --status: plain, tmux or json')).choices(['plain', 'tmux', 'json']).default('plain'))
    .option('--pause <length>', t('pause the running loop: 45m, 1h, 1h30m, until-tomorrow, or off to resume'))
    .option('--once', t('check once and remind if a break is due, then exit (for cron or a systemd timer)'))
    .addOption(
      new Option('--print-service <kind>', t('print a systemd timer, launchd agent or crontab line to install yourself')).choices([
        'systemd',
        'launchd',
        'cron',
      ]),
    )
    .addHelpText(
      'after',
      examples(
        [
          'limber remind',
          'limber remind --every 45 --hours 09:00-17:30 --days mon-fri',
          'limber remind --status --format tmux',
          'limber remind --pause 1h',
          'limber remind --pause until-tomorrow',
          "limber remind --defer-if 'pgrep -x zoom'",
          'limber remind --print-service systemd',
        ],
        { note: remindNote() },
      ),
    )
    .action(async (options) => {
      if (options.status) return (await import('./remind-status.js')).remindStatusCommand(await context(), options.format);
      if (options.pause !== undefined) return (await import('./remind-status.js')).remindPauseCommand(await context(), options.pause);
      if (options.printService) return (await import('./remind-service.js')).remindServiceCommand(await context(), options.printService, options);
      if (options.once) return (await import('./remind-once.js')).remindOnceCommand(await context(), options);
      return (await import('./remind.js')).remindCommand(await context(), options);
    });
}
