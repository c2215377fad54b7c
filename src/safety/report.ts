import type { ChalkInstance } from 'chalk';
import type { Catalog } from '../catalog/model.js';
import { terminalSafe, wrapText } from '../ui/text.js';
import type { SafetyData } from './schema.js';
import type { Level, TriageResult } from './triage.js';

const paint = (c: ChalkInstance, level: Level) =>
  ({ urgent: c.red.bold, 'see-professional': c.magenta.bold, caution: c.yellow.bold, 'no-warning-signs': c.green.bold })[level];

const names = (catalog: Catalog, ids: readonly string[]) =>
  ids.map((id) => terminalSafe(catalog.techniques.find((t) => t.id === id)?.name ?? id)).join(', ');

/** The screen's outcome in plain words: the level, each reason, what to do, and what changes today. */
export function formatOutcome(result: TriageResult, safety: SafetyData, catalog: Catalog, c: ChalkInstance, width = 80): string {
  const wrap = (text: string, indent = '') => wrapText(text, width - indent.length).replaceAll('\n', `\n${indent}`);
  const lines = [paint(c, result.level)(safety.levels[result.level].headline)];
  if (result.reasons.length > 0) {
    lines.push('', c.bold('Why:'), ...result.reasons.map((r) => `  - ${wrap(r.text, '    ')}`));
  }
  lines.push('', c.bold('What to do:'), `  ${wrap(result.advice, '  ')}`);
  if (result.level === 'caution') {
    if (result.excludedTechniques.length > 0) lines.push(c.bold('Left out today:'), `  ${wrap(names(catalog, result.excludedTechniques), '  ')}`);
    if (result.softenedTechniques.length > 0) lines.push(c.bold('Gentler versions today:'), `  ${wrap(names(catalog, result.softenedTechniques), '  ')}`);
  }
  return `${lines.join('\n')}\n`;
}
