import type { Catalog } from '../core/catalog/model.js';
import { readJsonFile } from './json-file.js';
import { shippedJson } from './shipped.js';

/** The shipped catalog (validated at build time, only parsed here). */
export const builtInCatalog = (): Catalog => shippedJson<Catalog>('catalog.json');

/** Validates a user's catalog file; its routines may use built-in technique ids. */
export async function readUserCatalog(path: string, knownIds: ReadonlySet<string>): Promise<Catalog> {
  const data = await readJsonFile(path);
  const [{ makeCatalogSchema }, { parseWithSchema }] = await Promise.all([
    import('../core/catalog/schema.js'),
    import('./validate.js'),
  ]);
  return parseWithSchema(
    makeCatalogSchema(knownIds),
    data,
    path,
    'the file\'s format is described by data/catalog.schema.json in limber\'s folder (point "$schema" at it)',
  );
}

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

/** The built-in catalog plus the user's files, in order. */
export async function loadCatalog(userFiles: readonly string[] = []): Promise<Catalog> {
  let catalog = builtInCatalog();
  for (const path of userFiles) {
    const known = new Set(catalog.techniques.map((t) => t.id));
    catalog = mergeCatalogs(catalog, await readUserCatalog(path, known));
  }
  return catalog;
}
