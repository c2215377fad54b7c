import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The full path of a program on PATH, or undefined: finding one costs no child process. */
export function which(program: string, env: NodeJS.ProcessEnv): string | undefined {
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    for (const extension of extensions) {
      const path = join(folder, program + extension);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here; try the next folder
      }
    }
  }
  return undefined;
}
