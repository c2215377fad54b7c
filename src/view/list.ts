import type { ChalkInstance } from 'chalk';
import type { Routine, Technique } from '../core/catalog/model.js';
import { techniqueSeconds } from '../core/session/plan.js';
import { alignColumns, clockTime, terminalSafe } from './text.js';

/** The techniques as an aligned table, and the routines below it when asked: the screen `limber list` prints. */
export function catalogTable(
  techniques: readonly Technique[],
  routines: readonly { routine: Routine; durationSeconds: number }[],
  c: ChalkInstance,
): string[] {
  const rows = techniques.map((t) => [
    terminalSafe(t.id),
    terminalSafe(t.name),
    clockTime(techniqueSeconds(t)),
    t.position,
    t.equipment.length ? terminalSafe(t.equipment.join(', ')) : 'none',
  ]);
  const [head = '', ...body] = alignColumns([['ID', 'NAME', 'TIME', 'POSITION', 'EQUIPMENT'], ...rows]);
  const lines = [c.bold(head), ...body];
  if (routines.length === 0) return lines;
  const routineRows = routines.map(({ routine, durationSeconds }) => [
    terminalSafe(routine.id),
    terminalSafe(routine.name),
    clockTime(durationSeconds),
    `${routine.techniques.length} techniques`,
  ]);
  const [routineHead = '', ...routineBody] = alignColumns([['ROUTINE', 'NAME', 'TIME', 'CONTENTS'], ...routineRows]);
  return [...lines, '', c.bold(routineHead), ...routineBody];
}
