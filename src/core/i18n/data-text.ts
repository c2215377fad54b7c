/**
 * Translating a data file (catalog, safety screen, desk check, poses): every string under one of its text
 * fields, in objects and arrays at any depth, replaced by its translation; ids, numbers and references stay.
 * The result has the same shape, so the data's own schema validates it.
 */
export function translateFields<T>(data: T, fields: ReadonlySet<string>, translate: (english: string) => string): T {
  const walk = (value: unknown, isText: boolean): unknown => {
    if (typeof value === 'string') return isText ? translate(value) : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, isText));
    if (value && typeof value === 'object') {
      // A loop rather than Object.fromEntries(Object.entries(…)): a German break translates two data files on
      // every start, and the arrays of pairs were most of that work.
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) copy[key] = walk(item, fields.has(key));
      return copy;
    }
    return value;
  };
  return walk(data, false) as T;
}

/** Every text a data file holds under its text fields, each once: what a translation of it must cover. */
export function textsOf(data: unknown, fields: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  translateFields(data, fields, (text) => {
    found.add(text);
    return text;
  });
  return [...found];
}

/** The text fields of each shipped data file (reference titles stay as published, so they are not here). */
export const textFields = {
  catalog: new Set(['name', 'summary', 'cue', 'detail', 'cautions', 'breathing', 'title']),
  safety: new Set(['headline', 'advice', 'text', 'timeframe', 'reason', 'warningSigns', 'stopRule', 'label']),
  desk: new Set(['text', 'fix', 'reason']),
  poses: new Set(['name']),
} as const;
