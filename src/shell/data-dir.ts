import { fileURLToPath } from 'node:url';

/** Set by the build: bundled files sit in dist/, next to data/'s parent. */
declare const LIMBER_BUNDLED: boolean | undefined;

const bundled = typeof LIMBER_BUNDLED !== 'undefined' && LIMBER_BUNDLED;

/** The package's data/ folder, from a bundle in dist/ or from this source file in src/shell/. */
export const dataDir = fileURLToPath(new URL(bundled ? '../data/' : '../../data/', import.meta.url));

/** The package's dist/ folder (what the build writes beside the bundles), from either place. */
export const distDir = fileURLToPath(new URL(bundled ? './' : '../../dist/', import.meta.url));
