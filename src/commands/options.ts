import { InvalidArgumentError, Option } from 'commander';
import { t } from '../core/i18n/translate.js';
import { emergencyNumberProblem } from '../core/safety/emergency.js';
import type { CommandContext } from '../shell/context.js';

/** Each command's context, built when it runs (after the global options are parsed). */
export type ContextFor = () => Promise<CommandContext>;

/** What a whole-number option counts, for its error message. */
const wholeNumberProblem = {
  minutes: (min: number, max: number) => t('expected a whole number of minutes from {min} to {max}', { min, max }),
  days: (min: number, max: number) => t('expected a whole number of days from {min} to {max}', { min, max }),
  putOffs: (min: number, max: number) => t('expected a whole number of put-offs from {min} to {max}', { min, max }),
};

/** An option parser for a whole number in a range; anything else is a usage error (exit 2). */
export const wholeNumber = (min: number, max: number, unit: keyof typeof wholeNumberProblem) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(wholeNumberProblem[unit](min, max));
  return n;
};

export const answersOption = () =>
  new Option('--answers <file|->', t('safety-screen answers as a JSON file ("-" for stdin), for use without a terminal'));

export const emergencyOption = () =>
  new Option('--emergency-number <number>', t('the emergency number to tell you to call (digits, +, spaces, dashes)'))
    .env('LIMBER_EMERGENCY_NUMBER')
    .argParser((value: string) => {
      const problem = emergencyNumberProblem(value);
      if (problem) throw new InvalidArgumentError(problem);
      return value.trim();
    });
