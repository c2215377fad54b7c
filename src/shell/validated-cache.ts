import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data-dir.js';
import { writeFileAtomic } from './write-file.js';

/** One user file as it last passed validation: its exact text, what it was checked against, and the result. */
interface Validated {
  stamp: string;
  context: string;
  text: string;
  result: unknown;
}

/**
 * What the validation of a user's file depends on besides its text: limber's bundles (the schemas) and the
 * shipped data a catalog may refer to. Undefined when they cannot be read (tests run from source): no cache.
 */
function buildStamp(): string | undefined {
  try {
    const bundles = readFileSync(join(dataDir, '..', 'dist', 'bundles.json'), 'utf8');
    const data = ['catalog.json', 'poses.json'].map((file) => {
      const { size, mtimeMs } = statSync(join(dataDir, file));
      return `${file}:${size}:${mtimeMs}`;
    });
    return [bundles, ...data].join('|');
  } catch {
    return undefined;
  }
}

/** A short, stable file name for a path: FNV-1a, 32 bits, in hex (collisions only cost a validation). */
function nameFor(kind: string, path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return `${kind}-${hash.toString(16).padStart(8, '0')}.json`;
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
  const stamp = cacheDir === undefined ? undefined : buildStamp();
  if (cacheDir === undefined || stamp === undefined) return validate();
  const file = join(cacheDir, 'validated', nameFor(kind, source.path));
  const context = source.context ?? '';
  const saved = readValidated(file);
  if (saved && saved.stamp === stamp && saved.context === context && saved.text === source.text) return saved.result as T;
  const result = await validate();
  try {
    mkdirSync(join(cacheDir, 'validated'), { recursive: true });
    writeFileAtomic(file, JSON.stringify({ stamp, context, text: source.text, result } satisfies Validated));
  } catch {
    // A result that cannot be saved is simply validated again next time.
  }
  return result;
}
