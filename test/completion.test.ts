import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, cliEnv, runCli, tempHome } from './helpers/cli.js';

/** Sources the printed bash script and asks it to complete `words` (the last one being typed). */
function complete(words: string[]): string[] {
  const dir = tempHome();
  symlinkSync(binPath, join(dir, 'limber'));
  const script = join(dir, 'limber.bash');
  writeFileSync(script, runCli(['completion', 'bash']).stdout);
  const line = `source ${script}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _limber; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const env = cliEnv({ PATH: `${dir}:${process.env.PATH}` });
  return execFileSync('bash', ['-c', line], { env, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
}

describe('shell completion', () => {
  it('prints scripts for bash, zsh and fish, and refuses others', () => {
    for (const shell of ['bash', 'zsh', 'fish']) expect(runCli(['completion', shell]).stdout).toContain('limber');
    const bad = runCli(['completion', 'powershell']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("error: 'powershell' is not a valid shell: Allowed choices are bash, zsh, fish.");
  });

  it('completes commands, options and ids in bash', () => {
    expect(complete(['limber', 'b'])).toEqual(['break']);
    expect(complete(['limber', 'break', '--m'])).toEqual(['--minutes']);
    expect(complete(['limber', 'run', 'cat-'])).toEqual(['cat-cow']);
    expect(complete(['limber', 'chart', '--routine', 'desk'])).toEqual(['desk-break']);
  });
});

describe('completion comes from the program itself', () => {
  it('every command and long option of --help is offered, and values complete by kind', () => {
    const script = runCli(['completion', 'bash']).stdout;
    for (const command of ['list', 'show', 'check', 'profile', 'run', 'break', 'history', 'chart', 'completion'])
      expect(script).toContain(`    ${command}) opts="`);
    expect(script).toContain('--seen-professional');
    expect(complete(['limber', 'list', '--area', 'mi'])).toEqual(['mid-back']);
    expect(complete(['limber', 'chart', '--format', ''])).toEqual(['md', 'html']);
    expect(complete(['limber', 'completion', 'f'])).toEqual(['fish']);
    expect(complete(['limber', 'show', 'wall-a'])).toEqual(['wall-angel']);
    const fish = runCli(['completion', 'fish']).stdout;
    expect(fish).toContain('complete -c limber -n "__fish_seen_subcommand_from profile" -l forget');
    expect(fish).toContain('-l answers -r -F');
  });
});
