import type { ChalkInstance } from 'chalk';
import type { HistoryStats } from '../core/history/stats.js';
import { t, tn } from '../core/i18n/translate.js';

/** A screen level in words, for "Last full check: 3 days ago (caution)". */
const levelNames: Record<string, () => string> = {
  urgent: () => t('urgent'),
  'see-professional': () => t('see a professional'),
  caution: () => t('caution'),
  'no-warning-signs': () => t('no warning signs'),
};

const age = (days: number) => (days === 0 ? t('today') : tn(days, '{count} day ago', '{count} days ago'));

/** The lines under the history table: totals, streak, feelings, the last full and desk checks, and a nudge. */
export function summaryLines(stats: HistoryStats, days: number, out: ChalkInstance): string[] {
  const { better, same, worse } = stats.feelings;
  const latest =
    stats.recentFeelings.length > 0
      ? ` (${t('latest last: {feelings}', { feelings: stats.recentFeelings.map((f) => feelingWord(f)).join(', ') })})`
      : '';
  const lines = [
    `${out.bold(tn(days, 'Last {count} day:', 'Last {count} days:'))} ${tn(stats.totalSessions, '{count} session', '{count} sessions')}, ${tn(stats.totalMinutes, '{count} minute', '{count} minutes', { count: stats.totalMinutes.toFixed(1) })}.`,
    `${out.bold(t('Streak:'))} ${tn(stats.streakDays, '{count} day in a row with a session.', '{count} days in a row with a session.')}`,
    `${out.bold(t('How your back felt afterwards:'))} ${t('better {better} · same {same} · worse {worse}', { better, same, worse })}${latest}`,
  ];
  if (stats.lastCheck) {
    const level = levelNames[stats.lastCheck.level]?.() ?? stats.lastCheck.level;
    lines.push(`${out.bold(t('Last full check:'))} ${age(stats.lastCheck.ageDays)} (${level}).`);
    if (stats.lastCheck.due) lines.push(out.yellow(t("It is over 12 months old: run 'limber check' again.")));
  } else {
    lines.push(`${out.bold(t('Last full check:'))} ${t("never. Run 'limber check' once, then every 12 months and whenever your health changes.")}`);
  }
  const desk = stats.lastDesk;
  lines.push(
    `${out.bold(t('Last desk check:'))} ${
      desk
        ? `${age(desk.ageDays)}, ${tn(desk.fixes, '{count} change suggested.', '{count} changes suggested.')}`
        : t("never. 'limber desk' checks your set-up in a minute.")
    }`,
  );
  if (stats.worseLastWeek >= 3) {
    lines.push(
      out.yellow(
        t('You said "worse" {count} times in the last 7 days: run \'limber check\', and consider seeing a physiotherapist.', {
          count: stats.worseLastWeek,
        }),
      ),
    );
  }
  return lines;
}

const feelingWords: Record<string, () => string> = { better: () => t('better'), same: () => t('same'), worse: () => t('worse') };
const feelingWord = (feeling: string) => feelingWords[feeling]?.() ?? feeling;
