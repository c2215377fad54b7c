import { t } from '../core/i18n/translate.js';
import { type Level, painLeftOutHours, painStopAbove } from '../core/safety/levels.js';

/**
 * Typed errors. Commands throw these; the one handler in commands/main.ts turns them into a message on stderr
 * and an exit code, so no command ever calls process.exit itself.
 */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  seeProfessional: 3,
  urgent: 4,
  leftOut: 5,
  interrupted: 130,
  /** SIGHUP (the terminal closed), SIGPIPE (the output was closed), SIGTERM: 128 + the signal's number. */
  hangUp: 129,
  outputClosed: 141,
  terminated: 143,
} as const;

/** What each exit code means: the one table that `--help` prints and the README repeats (a test compares them). */
export const exitCodeMeanings = (): readonly (readonly [number, string])[] => [
  [ExitCode.ok, t('success; also a screen with no warning signs or only reasons for caution')],
  [ExitCode.failure, t('runtime failure')],
  [
    ExitCode.usage,
    t(
      'usage error or bad input: an unknown command, option, value or id; a broken catalog, answers, config or profile file; no terminal and no --answers; answers that leave out what the screen needs',
    ),
  ],
  [
    ExitCode.seeProfessional,
    t('see a professional: the screen advised it, an earlier result still stands, or pain above {limit}/10 stopped a session', {
      limit: painStopAbove,
    }),
  ],
  [ExitCode.urgent, t('urgent: the screen found an urgent warning sign; no session was run')],
  [
    ExitCode.leftOut,
    t('what you asked for is left out today, by your answers, your profile or pain in the last {hours} hours', { hours: painLeftOutHours }),
  ],
  [ExitCode.hangUp, t('the terminal closed (SIGHUP) during a session; it is recorded as interrupted')],
  [ExitCode.interrupted, t('interrupted (Ctrl-C, SIGINT)')],
  [ExitCode.outputClosed, t('the output was closed during a session (a broken pipe); it is recorded as interrupted, and nothing more is printed')],
  [ExitCode.terminated, t('terminated (SIGTERM) during a session; it is recorded as interrupted')],
];

/** The screen's level as an exit code. */
export const exitCodeFor = (level: Level): number =>
  level === 'urgent' ? ExitCode.urgent : level === 'see-professional' ? ExitCode.seeProfessional : ExitCode.ok;

/**
 * Commands load as separate bundles, each with its own copy of this module, so errors are recognised by
 * a shared brand rather than by `instanceof`.
 */
const brand = Symbol.for('limber.error');

export class LimberError extends Error {
  readonly [brand] = true;
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const isLimberError = (error: unknown): error is LimberError =>
  typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;

/** Bad command line or bad input file: exit 2. */
export class UsageError extends LimberError {
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

/** A data file (catalog, answers, config) that cannot be used: exit 2, message names file and place. */
export class DataError extends UsageError {}

/** The user pressed Ctrl-C: exit 130. The message says what was kept. */
export class Interrupted extends LimberError {
  constructor(message: string, exitCode: number = ExitCode.interrupted) {
    super(message, exitCode);
  }
}

/**
 * The safety screen stopped the session. Its explanation has already been shown, so the handler
 * prints nothing more and exits with the level's code.
 */
export class SafetyStop extends LimberError {
  constructor(exitCode: number) {
    super('', exitCode);
  }
}
