import { readFileSync } from 'node:fs';
import type { Catalog, Technique } from '../../src/core/catalog/model.js';

export const builtIn = (): Catalog => JSON.parse(readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8')) as Catalog;

export const technique = (id: string): Technique => {
  const found = builtIn().techniques.find((t) => t.id === id);
  if (!found) throw new Error(`no technique ${id}`);
  return found;
};

/** A deep copy of the built-in catalog, to break in one place per test. */
export const mutableCatalog = (): Record<string, any> => JSON.parse(JSON.stringify(builtIn()));
