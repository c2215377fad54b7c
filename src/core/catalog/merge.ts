import type { Catalog } from './model.js';

/** Later catalogs add techniques and routines, and replace those with the same id. */
export function mergeCatalogs(base: Catalog, ...overlays: Catalog[]): Catalog {
  const techniques = new Map(base.techniques.map((t) => [t.id, t]));
  const routines = new Map(base.routines.map((r) => [r.id, r]));
  for (const overlay of overlays) {
    for (const t of overlay.techniques) techniques.set(t.id, t);
    for (const r of overlay.routines) routines.set(r.id, r);
  }
  return { techniques: [...techniques.values()], routines: [...routines.values()] };
}
