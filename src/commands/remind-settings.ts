import { defaultRemind } from '../core/config/defaults.js';
import type { Config } from '../core/config/schema.js';
import { parseDays, parseHours, type WorkingHours } from '../core/remind/hours.js';
import type { RemindSettings } from '../core/remind/scheduler.js';
import { UsageError } from '../shell/errors.js';
import type { RemindWording } from '../view/remind.js';

export interface RemindOptions {
  every?: number;
  snooze?: number;
  hours?: string;
  days?: string;
  limit?: number;
  deferIf?: string;
  idle?: boolean;
  notify?: boolean;
  bell?: boolean;
  json?: boolean;
}

export interface ResolvedRemind {
  settings: RemindSettings;
  /** Working hours and days as given, for saying them back. */
  hoursText: string | undefined;
  daysText: string | undefined;
  wording: RemindWording;
  deferIf: string | undefined;
  useIdle: boolean;
  notify: boolean;
  bell: boolean;
}

/** --hours and --days together; days alone mean all day, hours alone mean every day. */
function workingHours(hoursText: string | undefined, daysText: string | undefined): WorkingHours | null {
  if (hoursText === undefined && daysText === undefined) return null;
  const span = hoursText === undefined ? { start: 0, end: 24 * 60 } : parseHours(hoursText);
  if (typeof span === 'string') throw new UsageError(`--hours: ${span}.`);
  const days = parseDays(daysText ?? 'all');
  if (typeof days === 'string') throw new UsageError(`--days: ${days}.`);
  return { ...span, days };
}

/** The command line over config.json over the defaults; every interval multiplied by LIMBER_TIME_SCALE. */
export function resolveRemind(options: RemindOptions, config: Config, scale: number): ResolvedRemind {
  const saved = config.remind ?? {};
  const everyMinutes = options.every ?? saved.every ?? defaultRemind.every;
  const snoozeMinutes = options.snooze ?? saved.snooze ?? defaultRemind.snooze;
  const putOffLimit = options.limit ?? saved.limit ?? defaultRemind.limit;
  const ms = (minutes: number) => minutes * 60_000 * scale;
  const hoursText = options.hours ?? saved.hours;
  const daysText = options.days ?? saved.days;
  return {
    hoursText,
    daysText,
    settings: {
      everyMs: ms(everyMinutes),
      snoozeMs: ms(snoozeMinutes),
      awayMs: ms(defaultRemind.awayMinutes),
      putOffLimit,
      hours: workingHours(hoursText, daysText),
    },
    wording: { everyMinutes, snoozeMinutes, awayMinutes: defaultRemind.awayMinutes, putOffLimit },
    deferIf: options.deferIf ?? saved.deferIf,
    // Commander sets idle/notify/bell to true unless --no-… was given; config can turn them off.
    useIdle: options.idle !== false && saved.idle !== false,
    notify: options.notify !== false && saved.notify !== false,
    bell: options.bell !== false && config.bell !== false,
  };
}
