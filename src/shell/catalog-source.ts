import { mergeCatalogs } from '../core/catalog/merge.js';
import type { Catalog } from '../core/catalog/model.js';
import { currentLanguage, t } from '../core/i18n/translate.js';
import { parseJsonText, readTextFile } from './json-file.js';
import { localized, shippedLocalized } from './language.js';
import { limberPaths } from './paths.js';
import { shippedJson } from './shipped.js';
import { validatedOnce } from './validated-cache.js';

/** The shipped catalog (validated at build time, only parsed here). */
const builtInCatalog = (): Catalog => shippedLocalized<Catalog>('catalog');

/** A user's catalog in the current language, from its own "translations" (the shipped ones fill the rest). */
function localizedUserCatalog({ translations, ...catalog }: Catalog): Catalog {
  const language = currentLanguage();
  return localized('catalog', catalog, language === 'de' || language === 'es' ? translations?.[language] : undefined);
}

/**
 * Validates a user's catalog file; its routines may use built-in technique ids (and those of the files before
 * it), its steps built-in poses. A file unchanged since it last passed is not validated again.
 */
async function readUserCatalog(path: string, knownIds: ReadonlySet<string>, cacheDir: string | undefined): Promise<Catalog> {
  const text = readTextFile(path);
  const context = [...knownIds].sort().join(' ');
  return validatedOnce(cacheDir, 'catalog', { path, text, context }, async () => {
    const data = await parseJsonText(text, path);
    const { makeCatalogSchema, parseWithSchema } = await import('./user-schemas.js');
    return parseWithSchema(
      makeCatalogSchema(knownIds, new Set(shippedJson<{ poses: { id: string }[] }>('poses.json').poses.map((p) => p.id))),
      data,
      path,
      t('data/catalog.schema.json in the limber folder describes the format (point "$schema" at it)'),
    );
  });
}

/** The built-in catalog plus the user's files, in order; `env` says where validated files are remembered. */
export async function loadCatalog(userFiles: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<Catalog> {
  const cacheDir = env && limberPaths(env).cache;
  let catalog = builtInCatalog();
  for (const path of userFiles) {
    const known = new Set(catalog.techniques.map((t) => t.id));
    catalog = mergeCatalogs(catalog, localizedUserCatalog(await readUserCatalog(path, known, cacheDir)));
  }
  return catalog;
}
