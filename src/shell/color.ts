import type { ChalkInstance } from 'chalk';
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

/**
 * Chalk at level 0 without loading chalk: every style, and every chain of styles, gives its text back as it is
 * (several texts joined by spaces, as chalk does). Loading chalk costs about 2 ms and 80 page faults a start,
 * so output that is not coloured (a pipe, a file, NO_COLOR, --no-color) never loads it.
 */
const plainText = (...texts: unknown[]): string => texts.join(' ');
export const plainStyle: ChalkInstance = new Proxy(plainText, {
  get: (_target, key) => (key === 'level' ? 0 : plainStyle),
}) as unknown as ChalkInstance;

export interface Styles {
  out: ChalkInstance;
  err: ChalkInstance;
}

/** Styles for a command's two streams: chalk (its own bundle) only when one of them is coloured. */
export async function stylesFor(io: Io, colorFlag = true): Promise<Styles> {
  const out = colorEnabled(io.stdout, io.env, colorFlag);
  const err = colorEnabled(io.stderr, io.env, colorFlag);
  if (!out && !err) return { out: plainStyle, err: plainStyle };
  const { Chalk } = await import('chalk');
  return { out: new Chalk({ level: out ? 2 : 0 }), err: new Chalk({ level: err ? 2 : 0 }) };
}
