import envPaths from 'env-paths';
import { join } from 'node:path';

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
