/** What limber appends to its history, one JSON object per line; "at" is an ISO timestamp. */
export type SessionOutcome = 'completed' | 'stopped-early' | 'interrupted' | 'stopped-by-pain';
export type Feeling = 'better' | 'same' | 'worse';

export type HistoryRecord =
  | { type: 'session-start'; at: string; session: string; command: 'run' | 'break'; techniques: string[]; plannedSeconds: number }
  | { type: 'session-end'; at: string; session: string; outcome: SessionOutcome; elapsedSeconds: number; techniques: string[] }
  | { type: 'screen'; at: string; screen: 'quick' | 'full'; level: string; reasons: string[] }
  | { type: 'feeling'; at: string; session: string; feeling: Feeling }
  /** "This hurts" during a session: the technique and the pain 0-10 the person gave. */
  | { type: 'pain'; at: string; session: string; technique: string; rating: number }
  /** A desk set-up check: the ids of the changes it suggested. */
  | { type: 'desk'; at: string; fixes: string[] }
  /** What the reminder loop did or was told; a break carries the session's outcome. */
  | { type: 'remind'; at: string; event: RemindRecordEvent; outcome?: string };

/** Reminder events worth keeping: what the history command counts per day. */
export type RemindRecordEvent = 'reminder' | 'snooze' | 'skip' | 'break' | 'idle' | 'defer' | 'pause';
const remindEvents = new Set(['reminder', 'snooze', 'skip', 'break', 'idle', 'defer', 'pause']);

const sessionOutcomes = new Set(['completed', 'stopped-early', 'interrupted', 'stopped-by-pain']);
const feelings = new Set(['better', 'same', 'worse']);

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** A parsed line that is a record limber understands; anything else counts as a damaged line. */
function asRecord(value: unknown): HistoryRecord | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  if (!isString(r.at) || Number.isNaN(Date.parse(r.at))) return undefined;
  switch (r.type) {
    case 'session-start':
      return isString(r.session) && isStringList(r.techniques) && typeof r.plannedSeconds === 'number' ? (r as HistoryRecord) : undefined;
    case 'session-end':
      return isString(r.session) && sessionOutcomes.has(r.outcome as string) && typeof r.elapsedSeconds === 'number' && isStringList(r.techniques)
        ? (r as HistoryRecord)
        : undefined;
    case 'screen':
      return (r.screen === 'quick' || r.screen === 'full') && isString(r.level) && isStringList(r.reasons) ? (r as HistoryRecord) : undefined;
    case 'feeling':
      return isString(r.session) && feelings.has(r.feeling as string) ? (r as HistoryRecord) : undefined;
    case 'desk':
      return isStringList(r.fixes) ? (r as HistoryRecord) : undefined;
    case 'remind':
      return remindEvents.has(r.event as string) && (r.outcome === undefined || isString(r.outcome)) ? (r as HistoryRecord) : undefined;
    case 'pain':
      return isString(r.session) && isString(r.technique) && Number.isInteger(r.rating) && (r.rating as number) >= 0 && (r.rating as number) <= 10
        ? (r as HistoryRecord)
        : undefined;
    default:
      return undefined;
  }
}

export interface ParsedHistory {
  records: HistoryRecord[];
  /** 1-based line numbers of lines that could not be read. */
  damagedLines: number[];
}

/**
 * The records in a history file's text, one at a time, so years of history never sit in memory as
 * objects at once. Blank lines are skipped; each damaged line's number goes to `onDamaged`.
 */
export function* historyRecords(text: string, onDamaged: (lineNumber: number) => void): Generator<HistoryRecord> {
  let lineNumber = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber++;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    let record: HistoryRecord | undefined;
    try {
      record = asRecord(JSON.parse(line));
    } catch {
      record = undefined;
    }
    if (record) yield record;
    else onDamaged(lineNumber);
  }
}

export function parseHistory(text: string): ParsedHistory {
  const damagedLines: number[] = [];
  const records = [...historyRecords(text, (n) => damagedLines.push(n))];
  return { records, damagedLines };
}
