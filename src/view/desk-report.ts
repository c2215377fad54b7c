import type { ChalkInstance } from 'chalk';
import type { DeskFix } from '../core/desk/assess.js';
import { wrapText } from './text.js';

const shown = 5;

const helpWords = {
  remind: "break reminders help: 'limber remind' in a spare terminal",
  break: "a desk break helps: 'limber break'",
  chart: "a chart by the desk helps: 'limber chart --out chart.html'",
};

/** The few changes that matter most, in order, each with its reason, source and the limber command that helps. */
export function deskReport(fixes: readonly DeskFix[], c: ChalkInstance, width = 80): string {
  if (fixes.length === 0) return `${c.green.bold('Your set-up looks good on every point.')} Keep taking short breaks to move.\n`;
  const wrap = (text: string, indent: string) => wrapText(text, width - indent.length).replaceAll('\n', `\n${indent}`);
  const lines = [c.bold(fixes.length === 1 ? 'One change worth making:' : `The changes that matter most, in order (${fixes.length} in all):`), ''];
  for (const [i, fix] of fixes.slice(0, shown).entries()) {
    lines.push(`${i + 1}. ${wrap(fix.text, '   ')}`, `   ${c.dim(wrap(`Why: ${fix.reason}`, '   '))}`);
    if (fix.helps) lines.push(`   ${c.cyan(wrap(`In limber, ${helpWords[fix.helps]}.`, '   '))}`);
    lines.push(`   ${c.dim(wrap(`Source: ${fix.source}`, '   '))}`);
  }
  if (fixes.length > shown) lines.push('', c.dim(`${fixes.length - shown} more with 'limber desk --json'.`));
  return `${lines.join('\n')}\n`;
}
