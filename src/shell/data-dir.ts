import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the build: bundled files sit in dist/, next to data/'s parent. */
declare const LIMBER_BUNDLED: boolean | undefined;

const bundled = typeof LIMBER_BUNDLED !== 'undefined' && LIMBER_BUNDLED;

/**
 * The folder of this code: a bundle's own `__dirname` (dist/), or this source file's folder (src/shell/) under
 * the tests. A bundle never builds a URL for it: that cost every start about two million instructions.
 */
const here = bundled ? __dirname : fileURLToPath(new URL('.', import.meta.url));

/** The package's data/ folder, from a bundle in dist/ or from this source file in src/shell/. */
export const dataDir = join(here, bundled ? '../data' : '../../data');

/** The package's dist/ folder (what the build writes beside the bundles), from either place. */
export const distDir = bundled ? here : join(here, '../../dist');
