import { existsSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';

export interface LimberPaths {
  config: string;
  data: string;
}

/** XDG folders (via env-paths), or both under LIMBER_HOME when it is set: for tests and portable setups. */
export function limberPaths(env: NodeJS.ProcessEnv): LimberPaths {
  if (env.LIMBER_HOME) return { config: join(env.LIMBER_HOME, 'config'), data: join(env.LIMBER_HOME, 'data') };
  const paths = envPaths('limber', { suffix: '' });
  return { config: paths.config, data: paths.data };
}

export const configFilePath = (env: NodeJS.ProcessEnv): string => join(limberPaths(env).config, 'config.json');

/** The user's own catalog in the config folder, when there is one; --catalog files are layered on top. */
export function userCatalogFiles(env: NodeJS.ProcessEnv): string[] {
  const path = join(limberPaths(env).config, 'catalog.json');
  return existsSync(path) ? [path] : [];
}
