import type { ChalkInstance } from 'chalk';
import type { Routine, Technique } from '../core/catalog/model.js';
import { vocabularyLabel } from '../core/catalog/vocabulary.js';
import { t, tn } from '../core/i18n/translate.js';
import { techniqueSeconds } from '../core/session/plan.js';
import { alignColumns, clockTime, terminalSafe } from './text.js';

/** The techniques as an aligned table, and the routines below it when asked: the screen `limber list` prints. */
export function catalogTable(
  techniques: readonly Technique[],
  routines: readonly { routine: Routine; durationSeconds: number }[],
  c: ChalkInstance,
): string[] {
  const rows = techniques.map((technique) => [
    terminalSafe(technique.id),
    terminalSafe(technique.name),
    clockTime(techniqueSeconds(technique)),
    vocabularyLabel(technique.position),
    technique.equipment.length ? terminalSafe(technique.equipment.map(vocabularyLabel).join(', ')) : t('none'),
  ]);
  const [head = '', ...body] = alignColumns([[t('ID'), t('NAME'), t('TIME'), t('POSITION'), t('EQUIPMENT')], ...rows]);
  const lines = [c.bold(head), ...body];
  if (routines.length === 0) return lines;
  const routineRows = routines.map(({ routine, durationSeconds }) => [
    terminalSafe(routine.id),
    terminalSafe(routine.name),
    clockTime(durationSeconds),
    tn(routine.techniques.length, '{count} technique', '{count} techniques'),
  ]);
  const [routineHead = '', ...routineBody] = alignColumns([[t('ROUTINE'), t('NAME'), t('TIME'), t('CONTENTS')], ...routineRows]);
  return [...lines, '', c.bold(routineHead), ...routineBody];
}
