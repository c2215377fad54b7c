import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, distDir } from './data-dir.js';

/**
 * What a cached result depends on besides its own input: limber's bundles (dist/bundles.json holds each one's
 * hash) and the shipped data files named (size and time of change). Undefined when they cannot be read (tests
 * run from source): then nothing is cached.
 */
export function buildStamp(dataFiles: readonly string[]): string | undefined {
  try {
    const bundles = readFileSync(join(dataDir, '..', 'dist', 'bundles.json'), 'utf8');
    const data = dataFiles.map((file) => {
      const { size, mtimeMs } = statSync(join(dataDir, file));
      return `${file}:${size}:${mtimeMs}`;
    });
    return [bundles, ...data].join('|');
  } catch {
    return undefined;
  }
}

/** A short, stable file name for a key: FNV-1a, 32 bits, in hex. Callers keep the key itself to compare. */
export function shortName(kind: string, key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${kind}-${hash.toString(16).padStart(8, '0')}`;
}

/** dist/bundles.json, which every build rewrites: kept output lists it among the files it depends on. */
export const bundlesFile = join(distDir, 'bundles.json');

/** A file shipped in data/ (or, as `../dist/…`, written there by the build). */
export const shippedFile = (name: string): string => join(dataDir, name);
