/** The workstation self-check, as pure functions: answers in, the changes that matter most out, in order. */

import { t } from '../i18n/translate.js';
import type { DeskData, DeskItem } from './schema.js';

export type DeskAnswers = Readonly<Record<string, boolean>>;

export interface DeskFix {
  id: string;
  text: string;
  reason: string;
  source: string;
  weight: number;
  helps: 'break' | 'chart' | 'remind' | null;
}

/** What to change: every item answered the problem way, heaviest first, then in the checklist's order. */
export function deskFixes(desk: DeskData, answers: DeskAnswers): DeskFix[] {
  const title = (id: string) => desk.references.find((r) => r.id === id)?.title ?? id;
  return desk.items
    .filter((item) => answers[item.id] === item.problemWhen)
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.weight - a.item.weight || a.order - b.order)
    .map(({ item }: { item: DeskItem }) => ({
      id: item.id,
      text: item.fix,
      reason: item.reason,
      source: title(item.source),
      weight: item.weight,
      helps: item.helps ?? null,
    }));
}

/** Problems with an answers object: unknown ids, answers that are not true or false, and unanswered items. */
export function deskAnswerProblems(desk: DeskData, data: unknown): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return [t('expected a JSON object of answers such as {example}', { example: '{"chair-feet-flat": true}' })];
  const ids = new Set(desk.items.map((i) => i.id));
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!ids.has(key)) problems.push(t('"{id}" is not a desk item id', { id: key.slice(0, 40) }));
    else if (typeof value !== 'boolean') problems.push(t('"{id}" needs true or false', { id: key }));
  }
  for (const item of desk.items) if (!(item.id in data)) problems.push(t('"{id}" is unanswered', { id: item.id }));
  return problems;
}
