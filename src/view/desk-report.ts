import type { ChalkInstance } from 'chalk';
import type { DeskFix } from '../core/desk/assess.js';
import { t } from '../core/i18n/translate.js';
import { wrapText } from './text.js';

const shown = 5;

const helpWords = {
  remind: () => t("In limber, break reminders help: 'limber remind' in a spare terminal."),
  break: () => t("In limber, a desk break helps: 'limber break'."),
  chart: () => t("In limber, a chart by the desk helps: 'limber chart --out chart.html'."),
};

/** The few changes that matter most, in order, each with its reason, source and the limber command that helps. */
export function deskReport(fixes: readonly DeskFix[], c: ChalkInstance, width = 80): string {
  if (fixes.length === 0) return `${c.green.bold(t('Your set-up looks good on every point.'))} ${t('Keep taking short breaks to move.')}\n`;
  const wrap = (text: string, indent: string) => wrapText(text, width - indent.length).replaceAll('\n', `\n${indent}`);
  const lines = [
    c.bold(
      fixes.length === 1 ? t('One change worth making:') : t('The changes that matter most, in order ({count} in all):', { count: fixes.length }),
    ),
    '',
  ];
  for (const [i, change] of fixes.slice(0, shown).entries()) {
    lines.push(`${i + 1}. ${wrap(change.text, '   ')}`, `   ${c.dim(wrap(t('Why: {reason}', { reason: change.reason }), '   '))}`);
    if (change.helps) lines.push(`   ${c.cyan(wrap(helpWords[change.helps](), '   '))}`);
    lines.push(`   ${c.dim(wrap(t('Source: {source}', { source: change.source }), '   '))}`);
  }
  if (fixes.length > shown) lines.push('', c.dim(t("{count} more with 'limber desk --json'.", { count: fixes.length - shown })));
  return `${lines.join('\n')}\n`;
}
