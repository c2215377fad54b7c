// `npm run bench`: start-up as a person at a terminal sees it. The other sections write to /dev/null, where
// limber never builds Node's terminal streams; here stdout and stderr are a real pseudo-terminal, for limber and
// for the `node -e 0` it is compared with, in interleaved pairs.
import { spawn } from '@lydell/node-pty';
import { median } from './bench-timing.mjs';

/** Milliseconds from spawn to exit of `node <nodeArgs>` in a 100×30 pty; a failed run stops the bench. */
function timedInTerminal(nodeArgs, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const pty = spawn(process.execPath, nodeArgs, { cols: 100, rows: 30, env });
    pty.onData(() => {});
    pty.onExit(({ exitCode }) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (exitCode === 0) resolve(ms);
      else reject(new Error(`node ${nodeArgs.join(' ')} exited ${exitCode} in a terminal`));
    });
  });
}

/** Each subject against `node -e 0`, both at a terminal, `rounds` interleaved pairs; `envOf` as for the others. */
export async function terminalStarts(subjects, envOf, rounds) {
  console.log(`\nAt a terminal (stdout and stderr a pty; median of ${rounds} interleaved pairs with node -e 0 there too)`);
  for (const subject of subjects) {
    const env = envOf(subject);
    await timedInTerminal(subject.args, env);
    const pairs = [];
    for (let i = 0; i < rounds; i++) {
      const bare = await timedInTerminal(['-e', '0'], env);
      pairs.push({ bare, run: await timedInTerminal(subject.args, env) });
    }
    console.log(
      `  ${subject.label.padEnd(34)} ${median(pairs.map((p) => p.run))
        .toFixed(1)
        .padStart(7)} ms   ratio ${median(pairs.map((p) => p.run / p.bare)).toFixed(2)} time`,
    );
  }
}
