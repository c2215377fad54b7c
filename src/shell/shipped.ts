import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, distDir } from './data-dir.js';

const cache = new Map<string, unknown>();

/**
 * A JSON file shipped in data/, parsed once per process. Shipped files are validated against their schemas
 * at build and test time, so start-up only parses them: validation is paid by user files alone.
 */
export function shippedJson<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join(dataDir, file), 'utf8')));
  return cache.get(file) as T;
}

/** A JSON file the build wrote in dist/, or undefined without one (limber run from its sources). */
export function builtJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(distDir, file), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
