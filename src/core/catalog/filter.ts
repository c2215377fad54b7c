import { closest, distance } from 'fastest-levenshtein';
import type { Catalog, Routine, Technique } from './model.js';
import { deskPositions } from './vocabulary.js';

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
      (equipment === undefined || (equipment === 'none' ? t.equipment.length === 0 : t.equipment.some((e) => e.toLowerCase() === equipment))) &&
      (!filter.desk || isDeskFriendly(t)),
  );
}

export type CatalogEntry = { kind: 'technique'; technique: Technique } | { kind: 'routine'; routine: Routine };

/** A technique or routine by id, or undefined. */
export function findEntry(catalog: Catalog, id: string): CatalogEntry | undefined {
  const technique = catalog.techniques.find((t) => t.id === id);
  if (technique) return { kind: 'technique', technique };
  const routine = catalog.routines.find((r) => r.id === id);
  return routine ? { kind: 'routine', routine } : undefined;
}

/** The id nearest to an unknown one, when it is plausibly a typo of it. */
export function nearestId(catalog: Catalog, id: string): string | undefined {
  const ids = [...catalog.techniques.map((t) => t.id), ...catalog.routines.map((r) => r.id)];
  const nearest = ids.length > 0 ? closest(id, ids) : undefined;
  return nearest && distance(id, nearest) <= Math.max(2, Math.floor(id.length / 3)) ? nearest : undefined;
}

/** The techniques a routine names, in its order. Catalogs are validated so that each is a technique. */
export function routineTechniques(catalog: Catalog, routine: Routine): Technique[] {
  return routine.techniques.map((id) => {
    const technique = catalog.techniques.find((t) => t.id === id);
    if (!technique) throw new Error(`routine '${routine.id}' names '${id}', which is not a technique`);
    return technique;
  });
}
