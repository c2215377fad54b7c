import { type CatalogEntry, findEntry, nearestId } from '../core/catalog/filter.js';
import type { Catalog } from '../core/catalog/model.js';
import { t } from '../core/i18n/translate.js';
import { UsageError } from '../shell/errors.js';

/** An id from the command line: a technique or routine, or a usage error that suggests the nearest id. */
export function requireEntry(catalog: Catalog, id: string): CatalogEntry {
  const entry = findEntry(catalog, id);
  if (entry) return entry;
  const suggestion = nearestId(catalog, id);
  throw new UsageError(
    suggestion
      ? t("unknown technique '{id}' — did you mean '{suggestion}'? Run 'limber list' to see every id.", { id, suggestion })
      : t("unknown technique '{id}'. Run 'limber list' to see every id.", { id }),
  );
}
