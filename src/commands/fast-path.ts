/**
 * The commonest command lines, run without loading commander: it alone costs over 40 % of the instructions of a
 * bare `node -e 0`, and these need none of its parsing. Anything else (help, a global option, an unknown flag, a
 * value to check) goes through commander as always. LIMBER_FAST=0 turns this off; a test runs every route
 * both ways and compares the results.
 */
import type { CommandContext } from '../shell/context.js';
import { defaultChartRoutine, defaultHistoryDays, maxHistoryDays } from './context.js';
import { fastBreakOptions } from './fast-break.js';

type Run = (ctx: CommandContext) => Promise<void>;

const statusFormats = new Set(['plain', 'tmux', 'json']);

/** `[command, ...flags]` with no positional words, each flag at most once and from `allowed`. */
function flagsOnly(rest: readonly string[], allowed: readonly string[]): Set<string> | undefined {
  const flags = new Set(rest);
  return flags.size === rest.length && rest.every((word) => allowed.includes(word)) ? flags : undefined;
}

const json = (flags: Set<string>) => (flags.has('--json') ? { json: true } : {});

function remindStatus(rest: readonly string[]): Run | undefined {
  const [first, second, format, ...more] = rest;
  if (first !== '--status' || more.length > 0) return undefined;
  if (second === undefined) return async (ctx) => (await import('./remind-status.js')).remindStatusCommand(ctx, 'plain');
  if (second !== '--format' || !statusFormats.has(format ?? '')) return undefined;
  return async (ctx) => (await import('./remind-status.js')).remindStatusCommand(ctx, format as 'plain' | 'tmux' | 'json');
}

/** `history [--days N] [--json | --csv]`; a days value commander would refuse goes to commander, for its error. */
function history(rest: readonly string[]): Run | undefined {
  const at = rest.indexOf('--days');
  const value = at === -1 ? String(defaultHistoryDays) : (rest[at + 1] ?? '');
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > maxHistoryDays) return undefined;
  const flags = flagsOnly(at === -1 ? rest : rest.filter((_, i) => i !== at && i !== at + 1), ['--json', '--csv']);
  if (!flags || (flags.has('--json') && flags.has('--csv'))) return undefined;
  return async (ctx) => (await import('./history.js')).historyCommand(ctx, { days, ...json(flags), ...(flags.has('--csv') ? { csv: true } : {}) });
}

/**
 * `--version` or `-V` alone: asked by scripts and bug reports, and commander's way loads the whole program to
 * print one line. Printed without a command context, as commander prints it: no user file is read.
 */
export const versionOnly = (argv: readonly string[]): boolean => argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');

/** The run for these arguments, or undefined when commander should parse them. */
export function fastRoute(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Run | undefined {
  const [command, ...rest] = argv;
  if (command === 'list') {
    const flags = flagsOnly(rest, ['--json']);
    return flags && (async (ctx) => (await import('./list.js')).listCommand(ctx, json(flags)));
  }
  if (command === 'history') return history(rest);
  if (command === 'chart') {
    const flags = flagsOnly(rest, []);
    return flags && (async (ctx) => (await import('./chart.js')).chartCommand(ctx, { routine: defaultChartRoutine }));
  }
  if (command === 'show') {
    const [id, ...more] = rest;
    const flags = flagsOnly(more, ['--json']);
    if (!id || id.startsWith('-') || !flags) return undefined;
    return async (ctx) => (await import('./show.js')).showCommand(ctx, id, { figures: true, ...json(flags) });
  }
  if (command === 'check' || command === 'desk') return questions(command, rest, env);
  if (command === 'break') {
    const options = fastBreakOptions(rest, env);
    return options && (async (ctx) => (await import('./session/commands.js')).breakCommand(ctx, options));
  }
  return command === 'remind' ? remindStatus(rest) : undefined;
}

/**
 * `check --questions` and `desk --questions`, each with `--json`. commander checks LIMBER_EMERGENCY_NUMBER
 * for every `check`, so with it set the line goes to commander, which may refuse it.
 */
function questions(command: 'check' | 'desk', rest: readonly string[], env: NodeJS.ProcessEnv): Run | undefined {
  const flags = flagsOnly(rest, ['--questions', '--json']);
  if (!flags?.has('--questions') || (command === 'check' && env.LIMBER_EMERGENCY_NUMBER !== undefined)) return undefined;
  if (command === 'desk') return async (ctx) => (await import('./desk.js')).deskCommand(ctx, { questions: true, ...json(flags) });
  return async (ctx) => (await import('./check.js')).checkCommand(ctx, { questions: true, ...json(flags) });
}
