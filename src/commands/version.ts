import pkg from '../../package.json' with { type: 'json' };
import type { Io } from '../shell/io.js';

/** `limber --version`, as commander prints it: the version and a newline on stdout. */
export function printVersion(io: Io): void {
  io.stdout.write(`${pkg.version}\n`);
}
