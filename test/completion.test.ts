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
    expect(bad.stderr).toContain("'powershell' is not one of them");
  });

  it('completes commands, options and ids in bash', () => {
    expect(complete(['limber', 'b'])).toEqual(['break']);
    expect(complete(['limber', 'break', '--m'])).toEqual(['--minutes']);
    expect(complete(['limber', 'run', 'cat-'])).toEqual(['cat-cow']);
    expect(complete(['limber', 'chart', '--routine', 'desk'])).toEqual(['desk-break']);
  });
});
