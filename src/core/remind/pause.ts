import { t } from '../i18n/translate.js';
/** `--pause` values: a length such as 45m, 1h or 1h30m (at most 24 hours), "until-tomorrow", or "off". */
export type PauseRequest = { kind: 'until'; until: Date } | { kind: 'off' };

const length = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?$/;

/** The pause asked for, from `now`; or a sentence saying what is wrong. */
export function parsePause(text: string, now: Date): PauseRequest | string {
  const value = text.trim().toLowerCase();
  if (value === 'off') return { kind: 'off' };
  if (value === 'until-tomorrow') {
    return { kind: 'until', until: new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1) };
  }
  const match = value.match(length);
  const minutes = match && (match[1] || match[2]) ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : 0;
  if (minutes < 1 || minutes > 24 * 60) {
    return t('"{text}" is not a pause; use a length such as 45m, 1h or 1h30m (up to 24h), until-tomorrow, or off to end a pause', { text });
  }
  return { kind: 'until', until: new Date(now.getTime() + minutes * 60_000) };
}
