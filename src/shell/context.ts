import { jsonSafe } from '../view/text.js';
import type { Styles } from './color.js';
import type { Io } from './io.js';

/** What every command receives from the shell: streams, environment, styles, and global options. */
export interface CommandContext {
  io: Io;
  styles: Styles;
  /** User catalog files to layer over the built-in one, in order. */
  catalogFiles: string[];
  /** The wall clock, for dates and record times (the session's timing uses the monotonic clock). */
  now: () => Date;
  /** Randomness in [0, 1), for varying breaks. */
  random: () => number;
}

export const writeLine = (stream: Io['stdout'], line = ''): void => {
  stream.write(`${line}\n`);
};

export const writeJson = (io: Io, value: unknown): void => {
  io.stdout.write(`${jsonSafe(JSON.stringify(value, null, 2))}\n`);
};
