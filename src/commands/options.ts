import { InvalidArgumentError, Option } from 'commander';
import { emergencyNumberProblem } from '../core/safety/emergency.js';
import type { CommandContext } from '../shell/context.js';

/** Each command's context, built when it runs (after the global options are parsed). */
export type ContextFor = () => CommandContext;

/** An option parser for a whole number in a range; anything else is a usage error (exit 2). */
export const wholeNumber = (min: number, max: number, unit: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number of ${unit} from ${min} to ${max}`);
  return n;
};

export const answersOption = () =>
  new Option('--answers <file|->', 'safety-screen answers as a JSON file ("-" for stdin), for use without a terminal');

export const emergencyOption = () =>
  new Option('--emergency-number <number>', 'the emergency number to tell you to call (digits, +, spaces, dashes)')
    .env('LIMBER_EMERGENCY_NUMBER')
    .argParser((value: string) => {
      const problem = emergencyNumberProblem(value);
      if (problem) throw new InvalidArgumentError(problem);
      return value.trim();
    });
