import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { errnoWords } from './errno.js';
import { DataError } from './errors.js';

export interface LimberPaths {
  config: string;
  data: string;
  /** What a running process tells others (the reminder loop's state and pauses): XDG_STATE_HOME on Linux. */
  state: string;
  /** What can always be rebuilt (compiled bundles, validated user files): XDG_CACHE_HOME on Linux. */
  cache: string;
}

/** XDG folders (via env-paths), or all under LIMBER_HOME when it is set: for tests and portable setups. */
export function limberPaths(env: NodeJS.ProcessEnv): LimberPaths {
  if (env.LIMBER_HOME) {
    const home = env.LIMBER_HOME;
    return { config: join(home, 'config'), data: join(home, 'data'), state: join(home, 'state'), cache: join(home, 'cache') };
  }
  const paths = envPaths('limber', { suffix: '' });
  // env-paths calls the XDG state folder "log"; elsewhere state sits in the data folder.
  return { config: paths.config, data: paths.data, state: process.platform === 'linux' ? paths.log : join(paths.data, 'state'), cache: paths.cache };
}

export const configFilePath = (env: NodeJS.ProcessEnv): string => join(limberPaths(env).config, 'config.json');

/**
 * A file's status, or undefined when there is none: no error is thrown (and paid for) in the common case.
 * Node 22's throwIfNoEntry also hides "part of the path is not a folder" (ENOTDIR), which Node 20 throws: the
 * nearest folder above that exists tells it, so every Node version reports that path the same way.
 */
function statQuietly(path: string): unknown {
  const status = statSync(path, { throwIfNoEntry: false });
  if (status) return status;
  for (let above = dirname(path); above !== dirname(above); above = dirname(above)) {
    const folder = statSync(above, { throwIfNoEntry: false });
    if (folder?.isDirectory()) return undefined;
    if (folder) throw Object.assign(new Error(`ENOTDIR: not a directory, stat '${path}'`), { code: 'ENOTDIR' });
  }
  return undefined;
}

/**
 * Whether a user's file is there. Only "no such file" means none: a file limber cannot reach (a folder without
 * permission, say) is an error, never silently skipped, or the user's techniques or settings would vanish.
 */
export function userFileExists(path: string, stat: (path: string) => unknown = statQuietly): boolean {
  try {
    return stat(path) !== undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new DataError(`${path}: cannot read it (${errnoWords(error)}). Make its folder readable, or move the file away.`);
  }
}

/** The user's own catalog in the config folder, when there is one; --catalog files are layered on top. */
export function userCatalogFiles(env: NodeJS.ProcessEnv): string[] {
  const path = join(limberPaths(env).config, 'catalog.json');
  return userFileExists(path) ? [path] : [];
}
