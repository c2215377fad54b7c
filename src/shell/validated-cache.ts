import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStamp, shortName } from './build-stamp.js';
import { writeFileAtomic } from './write-file.js';

/** One user file as it last passed validation: its exact text, what it was checked against, and the result. */
interface Validated {
  stamp: string;
  context: string;
  text: string;
  result: unknown;
}

function readValidated(file: string): Validated | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Validated;
    return typeof saved.text === 'string' && typeof saved.stamp === 'string' && typeof saved.context === 'string' ? saved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a user's file once per change: while its text, the context it is checked in (the ids defined
 * before it) and limber itself are what they were when it last passed, the saved result is used and the
 * validator (zod, a 480 KB bundle) is never loaded. The text is compared whole, never by a hash, so any change
 * is validated again; a file that fails is never saved. The cache can always be deleted; it is never an error.
 */
export async function validatedOnce<T>(
  cacheDir: string | undefined,
  kind: 'config' | 'catalog',
  source: { path: string; text: string; context?: string },
  validate: () => Promise<T>,
): Promise<T> {
  // Validation depends on the schemas (in the bundles) and on the shipped ids a catalog may refer to.
  const stamp = cacheDir === undefined ? undefined : buildStamp(['catalog.json', 'poses.json']);
  if (cacheDir === undefined || stamp === undefined) return validate();
  const file = join(cacheDir, 'validated', `${shortName(kind, source.path)}.json`);
  const context = source.context ?? '';
  const saved = readValidated(file);
  if (saved && saved.stamp === stamp && saved.context === context && saved.text === source.text) return saved.result as T;
  const result = await validate();
  try {
    mkdirSync(join(cacheDir, 'validated'), { recursive: true });
    // Not flushed: a record cut short is not JSON, so it is read as none and the file validated again.
    writeFileAtomic(file, JSON.stringify({ stamp, context, text: source.text, result } satisfies Validated), { flush: false });
  } catch {
    // A result that cannot be saved is simply validated again next time.
  }
  return result;
}
