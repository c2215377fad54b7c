import type { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/commands/program.js';
import { fakeContext } from './helpers/fake-io.js';

/** What a line does before any command runs: help, errors and their codes, and which action it reached. */
async function parsed(argv: string[], narrowed: boolean) {
  const { io } = fakeContext();
  const program = buildProgram(io, narrowed ? argv : []);
  let reached: string | undefined;
  // Stop at the action: the command itself is tested elsewhere; here only the parsing must match.
  program.hook('preAction', (_root, action) => {
    reached = `${action.name()} ${JSON.stringify(action.opts())} ${JSON.stringify(action.args)}`;
    throw Object.assign(new Error('stopped'), { code: 'test.stopped' });
  });
  const code = await program.parseAsync(argv, { from: 'user' }).then(
    () => 'ok',
    (error: CommanderError) => error.code,
  );
  return { code, reached, stdout: io.stdout.text, stderr: io.stderr.text };
}

const lines = [
  ['list', '--desk', '--area', 'neck'],
  ['list', '--area', 'knees'],
  ['list', '--bogus'],
  ['show'],
  ['show', 'cat-cow', '--json', '--no-figures'],
  ['check', '--help'],
  ['check', '--answers'],
  ['profile', '--help'],
  ['break', '--help'],
  ['break', '--dry-run', '--minutes', '3'],
  ['break', '--minutes', 'many'],
  ['run', 'cat-cow', '--gentle'],
  ['run'],
  ['desk', '--questions', '--json'],
  ['desk', 'extra'],
  ['remind', '--help'],
  ['remind', '--every', 'soon'],
  ['history', '--days', '0'],
  ['history', '--csv'],
  ['chart', '--format', 'pdf'],
  ['chart', '--help'],
  ['completion', '--help'],
  ['completion', 'tcsh'],
  ['brek'],
  ['help', 'break'],
];

describe('a line that names a command builds only its group, and parses as the whole program does', () => {
  it.each(lines)('%j', async (...argv) => {
    expect(await parsed(argv, true)).toEqual(await parsed(argv, false));
  });

  it('builds one group for a named command, and every command otherwise', () => {
    const { io } = fakeContext();
    const names = (argv: string[]) => buildProgram(io, argv).commands.map((command) => command.name());
    expect(names(['break', '--dry-run'])).toEqual(['run', 'break']);
    expect(names(['history'])).toEqual(['history', 'chart', 'completion']);
    const all = names([]);
    expect(all).toEqual(
      expect.arrayContaining(['list', 'show', 'check', 'profile', 'run', 'break', 'desk', 'remind', 'history', 'chart', 'completion']),
    );
    expect(names(['completion', 'bash'])).toEqual(all);
    expect(names(['--no-color', 'break'])).toEqual(all);
    expect(names(['brek'])).toEqual(all);
  });
});
