/**
 * Typed errors. Commands throw these; the one handler in cli.ts turns them into a message on stderr
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
} as const;

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
  constructor(message: string) {
    super(message, ExitCode.interrupted);
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
