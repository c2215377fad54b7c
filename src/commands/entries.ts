import { type CatalogEntry, findEntry, nearestId } from '../core/catalog/filter.js';
import type { Catalog } from '../core/catalog/model.js';
import { UsageError } from '../shell/errors.js';

/** An id from the command line: a technique or routine, or a usage error that suggests the nearest id. */
export function requireEntry(catalog: Catalog, id: string): CatalogEntry {
  const entry = findEntry(catalog, id);
  if (entry) return entry;
  const suggestion = nearestId(catalog, id);
  throw new UsageError(`unknown technique '${id}'${suggestion ? ` — did you mean '${suggestion}'?` : '.'} Run 'limber list' to see every id.`);
}
