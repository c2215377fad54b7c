import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutStream } from './io.js';

const truthy = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0' && value !== 'false';

/**
 * Whether to colour a stream, by the conventions users expect (no-color.org): `--no-color`, then NO_COLOR (any
 * non-empty value wins over everything but a command-line flag; chalk does not read it), then FORCE_COLOR,
 * TERM=dumb, and finally whether it is a terminal.
 */
export function colorEnabled(stream: OutStream, env: NodeJS.ProcessEnv, colorFlag = true): boolean {
  if (!colorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (truthy(env.FORCE_COLOR)) return true;
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

/** A chalk instance for a stream; level 0 writes no escape codes at all. */
function chalkFor(stream: OutStream, env: NodeJS.ProcessEnv, colorFlag = true): ChalkInstance {
  return new Chalk({ level: colorEnabled(stream, env, colorFlag) ? 2 : 0 });
}

export interface Styles {
  out: ChalkInstance;
  err: ChalkInstance;
}

export const stylesFor = (io: Io, colorFlag = true): Styles => ({
  out: chalkFor(io.stdout, io.env, colorFlag),
  err: chalkFor(io.stderr, io.env, colorFlag),
});
