import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclaimer } from '../core/wording.js';
import { noteWidth, wrapText } from '../view/text.js';
import type { CommandContext } from './context.js';
import { limberPaths } from './paths.js';

/**
 * On the first guided session or check, shows the disclaimer. A marker file in the data folder records that it
 * was shown; if the folder cannot be written it is simply shown again.
 */
export function welcomeOnFirstRun(ctx: CommandContext): void {
  const folder = limberPaths(ctx.io.env).data;
  // Looked for first: the exclusive write's "already there" error is what every run after the first would pay.
  if (existsSync(join(folder, 'welcomed'))) return;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'welcomed'), `${ctx.now().toISOString()}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
  }
  const c = ctx.styles.err;
  ctx.io.stderr.write(`${c.dim(wrapText(disclaimer(), noteWidth(ctx.io.stderr.columns)))}\n`);
  ctx.io.stderr.write('\n');
}
