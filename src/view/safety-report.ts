import type { ChalkInstance } from 'chalk';
import type { Catalog } from '../core/catalog/model.js';
import { readableDate } from '../core/dates.js';
import { t } from '../core/i18n/translate.js';
import type { Level } from '../core/safety/levels.js';
import { conditionLabels, type Profile, profileAnswers, type StandingAdvice } from '../core/safety/profile.js';
import type { SafetyData } from '../core/safety/schema.js';
import { fillText, type Reason, standingReason, type TriageResult, triage } from '../core/safety/triage.js';
import { terminalSafe, wrapText } from './text.js';

const paint = (c: ChalkInstance, level: Level) =>
  ({ urgent: c.red.bold, 'see-professional': c.magenta.bold, caution: c.yellow.bold, 'no-warning-signs': c.green.bold })[level];

const names = (catalog: Catalog, ids: readonly string[]) =>
  ids.map((id) => terminalSafe(catalog.techniques.find((t) => t.id === id)?.name ?? id)).join(', ');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Each reason, then what to do about it and how soon. */
function reasonLines(
  reasons: readonly Reason[],
  c: ChalkInstance,
  wrap: (text: string, indent: string) => string,
  dated = (date: string) => t('from your check on {date}', { date }),
): string[] {
  return reasons.flatMap((r) => [
    `  - ${wrap(`${r.text}${r.fromCheck ? ` (${dated(readableDate(r.fromCheck))})` : ''}`, '    ')}`,
    `    ${wrap(`${c.bold(`${capitalise(r.timeframe)}:`)} ${r.actionText}`, '    ')}`,
  ]);
}

const wrapperFor =
  (width: number) =>
  (text: string, indent = '') =>
    wrapText(text, width - indent.length).replaceAll('\n', `\n${indent}`);

/** The screen's outcome in plain words: the level, each reason with its own action, and what changes today. */
export function formatOutcome(result: TriageResult, safety: SafetyData, catalog: Catalog, c: ChalkInstance, width = 80): string {
  const wrap = wrapperFor(width);
  const lines = [paint(c, result.level)(safety.levels[result.level].headline)];
  // Above caution only the reasons at the result's level are shown: in an emergency, "go gently" is noise.
  const shown = result.level === 'caution' ? result.reasons : result.reasons.filter((r) => r.level === result.level);
  if (shown.length > 0) lines.push('', c.bold(t('Why, and what to do:')), ...reasonLines(shown, c, wrap));
  lines.push('', c.bold(result.reasons.length > 0 ? t('In short:') : t('What to do:')), `  ${wrap(result.advice, '  ')}`);
  if (result.level === 'caution') {
    if (result.excludedTechniques.length > 0) lines.push(c.bold(t('Left out today:')), `  ${wrap(names(catalog, result.excludedTechniques), '  ')}`);
    if (result.softenedTechniques.length > 0)
      lines.push(c.bold(t('Gentler versions today:')), `  ${wrap(names(catalog, result.softenedTechniques), '  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A standing see-professional (or urgent) result: the session is refused until a new check or a recorded visit. */
export function formatStanding(standing: StandingAdvice, safety: SafetyData, emergencyNumber: string, c: ChalkInstance, width = 80): string {
  const wrap = wrapperFor(width);
  const reasons = standing.reasons.flatMap((id) => standingReason(safety, id, standing.level, emergencyNumber, standing.on) ?? []);
  return [
    paint(c, 'see-professional')(safety.levels['see-professional'].headline),
    '',
    c.bold(t('Why, and what to do:')),
    ...reasonLines(reasons, c, wrap, (date) => t('reported on {date}', { date })),
    '',
    wrap(
      `${t("limber will not guide a session until you have been seen. Afterwards, record it with 'limber profile --seen-professional', or run 'limber check' again.")} ${fillText(t('If new or severe symptoms start, call your emergency number ({emergency}).'), emergencyNumber)}`,
    ),
    '',
  ].join('\n');
}

/** One line on what the health profile changes in every session, or undefined when it holds nothing. */
export function profileLine(profile: Profile, safety: SafetyData, catalog: Catalog): string | undefined {
  const labels = conditionLabels(safety, profile);
  if (labels.length === 0) return undefined;
  const effect = triage(safety, {}, catalog, { profile: profileAnswers(profile) });
  const parts = [
    effect.excludedTechniques.length > 0 ? t('left out: {names}', { names: names(catalog, effect.excludedTechniques) }) : '',
    effect.softenedTechniques.length > 0 ? t('gentler: {names}', { names: names(catalog, effect.softenedTechniques) }) : '',
  ].filter(Boolean);
  return t('From your check on {date}: {conditions}.', {
    date: readableDate(profile.checkedOn),
    conditions: `${labels.join(', ')}${parts.length ? ` (${parts.join('; ')})` : ''}`,
  });
}
