/** The screen's levels and actions: plain words shared by the schema, triage and commands (no zod here). */
export type Level = 'urgent' | 'see-professional' | 'caution' | 'no-warning-signs';

/** Highest wins. */
export const levelRank: Record<Level, number> = { 'no-warning-signs': 0, caution: 1, 'see-professional': 2, urgent: 3 };

/** What a reason asks the person to do, most pressing first. */
export const actionIds = ['emergency', 'same-day', 'within-week', 'routine', 'skip-today', 'adapt', 'ask-doctor'] as const;
export type ActionId = (typeof actionIds)[number];

/** Which actions fit which level: an urgent reason always sends to the emergency number, and so on. */
export const actionsFor: Record<Exclude<Level, 'no-warning-signs'>, readonly ActionId[]> = {
  urgent: ['emergency'],
  'see-professional': ['same-day', 'within-week', 'routine'],
  caution: ['skip-today', 'adapt', 'ask-doctor'],
};

/** The pain above which a session ends (Silbernagel's pain-monitoring model): the one place it is set. */
export const painStopAbove = 5;

/** Hours a technique stays out after "this hurts" (the pain-monitoring model's next-day rule, with room). */
export const painLeftOutHours = 48;
