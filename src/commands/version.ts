import pkg from '../../package.json' with { type: 'json' };
import type { CommandContext } from '../shell/context.js';

/** `limber --version`, as commander prints it: the version and a newline on stdout. */
export async function versionCommand(ctx: CommandContext): Promise<void> {
  ctx.io.stdout.write(`${pkg.version}\n`);
}
