import type { Catalog, Routine, Technique } from './model.js';
import { deskPositions } from './vocabulary.js';
import { closest, distance } from 'fastest-levenshtein';
import { UsageError } from '../../shell/errors.js';

export interface TechniqueFilter {
  area?: string;
  position?: string;
  /** An equipment name, or 'none' for techniques that need nothing. */
  equipment?: string;
  desk?: boolean;
}

/** Chair or standing, nothing to fetch: what can be done at a desk. */
export function isDeskFriendly(t: Technique): boolean {
  return deskPositions.includes(t.position) && t.equipment.length === 0;
}

export function filterTechniques(techniques: readonly Technique[], filter: TechniqueFilter): Technique[] {
  const equipment = filter.equipment?.toLowerCase();
  return techniques.filter(
    (t) =>
      (filter.area === undefined || t.areas.includes(filter.area as Technique['areas'][number])) &&
      (filter.position === undefined || t.position === filter.position) &&
      (equipment === undefined ||
        (equipment === 'none' ? t.equipment.length === 0 : t.equipment.some((e) => e.toLowerCase() === equipment))) &&
      (!filter.desk || isDeskFriendly(t)),
  );
}

export type CatalogEntry = { kind: 'technique'; technique: Technique } | { kind: 'routine'; routine: Routine };

/** Finds a technique or routine by id; an unknown id is a usage error that suggests the nearest id. */
export function findEntry(catalog: Catalog, id: string): CatalogEntry {
  const technique = catalog.techniques.find((t) => t.id === id);
  if (technique) return { kind: 'technique', technique };
  const routine = catalog.routines.find((r) => r.id === id);
  if (routine) return { kind: 'routine', routine };
  const ids = [...catalog.techniques.map((t) => t.id), ...catalog.routines.map((r) => r.id)];
  const nearest = ids.length > 0 ? closest(id, ids) : undefined;
  // Only suggest an id that is plausibly a typo of what was typed.
  const suggestion = nearest && distance(id, nearest) <= Math.max(2, Math.floor(id.length / 3)) ? nearest : undefined;
  throw new UsageError(
    `unknown technique '${id}'${suggestion ? ` — did you mean '${suggestion}'?` : '.'} Run 'limber list' to see every id.`,
  );
}

/** The techniques a routine names, in its order. */
export function routineTechniques(catalog: Catalog, routine: Routine): Technique[] {
  return routine.techniques.map((id) => {
    const entry = findEntry(catalog, id);
    if (entry.kind !== 'technique') throw new UsageError(`routine '${routine.id}' names '${id}', which is not a technique.`);
    return entry.technique;
  });
}
