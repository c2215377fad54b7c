import { fileURLToPath } from 'node:url';

/** Set by the build: bundled files sit in dist/, next to data/'s parent. */
declare const LIMBER_BUNDLED: boolean | undefined;

/** The package's data/ folder, from a bundle in dist/ or from this source file in src/data/. */
export const dataDir = fileURLToPath(new URL(typeof LIMBER_BUNDLED !== 'undefined' && LIMBER_BUNDLED ? '../data/' : '../../data/', import.meta.url));
