import type { Catalog } from './model.js';

/** Later catalogs add techniques, routines and poses, and replace those with the same id. */
export function mergeCatalogs(base: Catalog, ...overlays: Catalog[]): Catalog {
  const techniques = new Map(base.techniques.map((t) => [t.id, t]));
  const routines = new Map(base.routines.map((r) => [r.id, r]));
  const poses = new Map((base.poses ?? []).map((p) => [p.id, p]));
  for (const overlay of overlays) {
    for (const t of overlay.techniques) techniques.set(t.id, t);
    for (const r of overlay.routines) routines.set(r.id, r);
    for (const p of overlay.poses ?? []) poses.set(p.id, p);
  }
  const merged: Catalog = { techniques: [...techniques.values()], routines: [...routines.values()] };
  return poses.size > 0 ? { ...merged, poses: [...poses.values()] } : merged;
}
