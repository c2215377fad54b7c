import { describe, expect, it } from 'vitest';
import { fastBreakOptions } from '../src/commands/fast-break.js';
import { buildProgram } from '../src/commands/program.js';
import { fakeContext } from './helpers/fake-io.js';

/** The options commander gives `break` for these words, stopped before the command runs. */
async function commanderOptions(rest: string[]): Promise<unknown> {
  const { io } = fakeContext();
  const program = buildProgram(io, ['break']);
  let options: unknown;
  program.hook('preAction', (_root, action) => {
    options = action.opts();
    throw Object.assign(new Error('stopped'), { code: 'test.stopped' });
  });
  await program.parseAsync(['break', ...rest], { from: 'user' }).catch(() => {});
  return options;
}

const taken = [
  [],
  ['--dry-run'],
  ['--answers', 'a.json'],
  ['--answers', '-', '--json'],
  ['--minutes', '5', '--dry-run', '--answers', 'a.json'],
  ['--minutes', '15'],
  ['--minutes', '01'],
  ['--no-bell', '--no-figures', '--plain'],
  ['--voice', '--json', '--dry-run'],
  ['--no-voice'],
];

const leftToCommander = [
  ['--dry-run', '--dry-run'],
  ['--voice', '--no-voice'],
  ['--minutes', '0'],
  ['--minutes', '16'],
  ['--minutes', 'five'],
  ['--minutes', '2.5'],
  ['--minutes'],
  ['--answers'],
  ['--answers', '--json'],
  ['--answers=a.json'],
  ['--help'],
  ['-h'],
  ['--bogus'],
  ['extra'],
  ['--emergency-number', '112'],
];

describe('limber break without commander', () => {
  it.each(taken)('%j gives exactly the options commander gives', async (...rest) => {
    const fast = fastBreakOptions(rest, {});
    expect(fast).toBeDefined();
    expect(fast).toStrictEqual(JSON.parse(JSON.stringify(await commanderOptions(rest))));
  });

  it.each(leftToCommander)('%j is left to commander', (...rest) => {
    expect(fastBreakOptions(rest, {})).toBeUndefined();
  });

  it('is left to commander when LIMBER_EMERGENCY_NUMBER is set, so commander checks it', () => {
    expect(fastBreakOptions([], { LIMBER_EMERGENCY_NUMBER: '112' })).toBeUndefined();
  });
});
