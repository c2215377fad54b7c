import { clockOfDay } from '../dates.js';
import { t } from '../i18n/translate.js';

/**
 * Working hours and days: when reminders run. A span that ends before it starts ("22:00-06:00") runs past
 * midnight and belongs to the day it started on, so a night shift that starts on Friday ends on Saturday.
 */
export interface WorkingHours {
  /** Minutes after midnight, local time. */
  start: number;
  end: number;
  /** Weekdays as Date#getDay() numbers: 0 is Sunday. */
  days: ReadonlySet<number>;
}

const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const clockTime = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "09:00-17:30" → minutes, or a sentence saying what is wrong. */
export function parseHours(text: string): { start: number; end: number } | string {
  const [from, to, extra] = text.split('-').map((part) => part.trim());
  const start = from?.match(clockTime);
  const end = to?.match(clockTime);
  if (!start || !end || extra !== undefined) return t('"{text}" is not a span of hours; write it as HH:MM-HH:MM, such as 09:00-17:30', { text });
  const minutes = (m: RegExpMatchArray) => Number(m[1]) * 60 + Number(m[2]);
  if (minutes(start) === minutes(end)) return t('"{text}" starts and ends at the same time; leave --hours out to be reminded at any hour', { text });
  return { start: minutes(start), end: minutes(end) };
}

/** "mon-fri", "mon,wed,fri", "fri-mon", "all" → weekday numbers, or a sentence saying what is wrong. */
export function parseDays(text: string): Set<number> | string {
  const days = new Set<number>();
  const dayOf = (name: string) => dayNames.indexOf(name.trim().toLowerCase().slice(0, 3) as (typeof dayNames)[number]);
  if (text.trim().toLowerCase() === 'all') return new Set([0, 1, 2, 3, 4, 5, 6]);
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    const first = dayOf(from ?? '');
    const last = to === undefined ? first : dayOf(to);
    if (first < 0 || last < 0 || extra !== undefined) {
      return t('"{text}" is not a list of days; write it as mon-fri, mon,wed,fri, sat-sun or all', { text });
    }
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  return days;
}

const minuteOfDay = (at: Date) => at.getHours() * 60 + at.getMinutes();

/** Whether `at` falls inside the working hours. */
export function isWorkingTime(hours: WorkingHours, at: Date): boolean {
  const minute = minuteOfDay(at);
  const day = at.getDay();
  if (hours.start < hours.end) return hours.days.has(day) && minute >= hours.start && minute < hours.end;
  // Past midnight: the evening part belongs to today, the early-morning part to yesterday's shift.
  return (minute >= hours.start && hours.days.has(day)) || (minute < hours.end && hours.days.has((day + 6) % 7));
}

/** The next time working hours begin after `at` (within a week), or null when no day is a working day. */
export function nextWorkingStart(hours: WorkingHours, at: Date): Date | null {
  for (let offset = 0; offset <= 7; offset++) {
    const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() + offset, Math.floor(hours.start / 60), hours.start % 60);
    if (day > at && hours.days.has(day.getDay())) return day;
  }
  return null;
}

// Each weekday is its own text, as in readableDate (see there): ICU's names would cost a start about 17 ms.
const weekdays: readonly ((time: string) => string)[] = [
  (time) => t('Sun {time}', { time }),
  (time) => t('Mon {time}', { time }),
  (time) => t('Tue {time}', { time }),
  (time) => t('Wed {time}', { time }),
  (time) => t('Thu {time}', { time }),
  (time) => t('Fri {time}', { time }),
  (time) => t('Sat {time}', { time }),
];

/** "Mon 09:00" ("Mo 09:00", "lun 09:00"): short and clear for a pane or a status line, in the chosen language. */
export function shortDayTime(at: Date): string {
  return weekdays[at.getDay()]!(clockOfDay(at));
}
