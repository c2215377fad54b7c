import { stylesFor } from '../shell/color.js';
import type { CommandContext } from '../shell/context.js';
import type { Io } from '../shell/io.js';
import { userCatalogFiles } from '../shell/paths.js';

/** What the global options say: colour (false with --no-color) and extra catalog files. */
export interface Globals {
  color: boolean;
  catalog?: string[];
}

/** Each command's context, from the process and the global options: one place for both ways in. */
export const commandContext = async (io: Io, globals: Globals): Promise<CommandContext> => ({
  io,
  styles: await stylesFor(io, globals.color),
  catalogFiles: [...userCatalogFiles(io.env), ...(globals.catalog ?? [])],
  now: () => new Date(),
  random: Math.random,
});

/** Defaults the command line and the fast path share. */
export const defaultHistoryDays = 14;
export { maxHistoryDays } from '../core/history/summary.js';
export const defaultChartRoutine = 'desk-break';
