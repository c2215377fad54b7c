// The live view in a real pseudo-terminal: how late each cue is and how much CPU a session takes, with the
// moving figure and without, on an idle machine and with both cores busy. Used by bench.mjs.
import { spawn as spawnChild } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from '@lydell/node-pty';

/** Runs one session in a pty until it ends; returns the timing log the session wrote. */
function liveSession(args, env, log) {
  return new Promise((resolve, reject) => {
    const pty = spawn(process.execPath, ['bin/limber.js', ...args], {
      cols: 100,
      rows: 30,
      env: { ...env, LIMBER_TIMING_LOG: log, LANG: 'C.UTF-8' },
    });
    let seen = '';
    pty.onData((data) => {
      seen += data;
      if (seen.includes('How does your back feel')) {
        seen = '';
        pty.write('\r');
      }
    });
    pty.onExit(({ exitCode }) => (exitCode === 0 ? resolve(JSON.parse(readFileSync(log, 'utf8'))) : reject(new Error(`exit ${exitCode}`))));
  });
}

/** Two busy loops, one per core, until stopped. */
function busyCores() {
  const hogs = [0, 1].map(() => spawnChild(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  return () => {
    for (const hog of hogs) hog.kill();
  };
}

export async function liveBench(work, env, answers) {
  console.log('\nLive view in a pty (cat-cow at scale 0.1, 13 s): cue lateness and CPU, figure on and off');
  for (const busy of [false, true]) {
    for (const figures of [true, false]) {
      const stop = busy ? busyCores() : () => {};
      const log = join(work, `live-${busy}-${figures}.json`);
      const args = ['run', 'cat-cow', '--answers', answers, ...(figures ? [] : ['--no-figures'])];
      let result;
      try {
        result = await liveSession(args, { ...env, LIMBER_TIME_SCALE: '0.1' }, log);
      } finally {
        stop();
      }
      const worst = Math.max(...result.lateness);
      const cpuMs = (result.cpu.user + result.cpu.system) / 1000;
      const label = `${figures ? 'figure' : 'no figure'}, ${busy ? 'both cores busy' : 'idle machine'}`;
      console.log(
        `  ${label.padEnd(34)} ${String(result.lateness.length).padStart(3)} cues  worst ${worst.toFixed(2)} ms  CPU ${cpuMs.toFixed(0)} ms over ${(result.uptimeMs / 1000).toFixed(1)} s (${((cpuMs / result.uptimeMs) * 100).toFixed(1)} %)`,
      );
    }
  }
}
