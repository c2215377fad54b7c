// `npm run bench -- --instructions`: each start-up subject once under valgrind's callgrind, which counts
// instructions rather than time, so the ratios repeat within about 1 % however busy or noisy the machine is.
// Wall time on a virtual machine also pays for page faults (see the faults column), which this does not count.
import { spawnSync } from 'node:child_process';

const count = (nodeArgs, env) => {
  // A warm-up run first, so the compile and validation caches are in place as for a returning user.
  spawnSync(process.execPath, nodeArgs, { env, stdio: 'ignore' });
  const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...nodeArgs], {
    env,
    encoding: 'utf8',
  });
  const collected = /Collected : (\d+)/.exec(result.stderr ?? '');
  return collected ? Number(collected[1]) : undefined;
};

export function instructionCounts(subjects, envFor) {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log('\nInstructions: valgrind is not installed (apt-get install valgrind), so they are not counted.');
    return;
  }
  console.log('\nInstructions (callgrind, one run each; repeatable within about 1 %)');
  const counts = subjects.map((s) => count(s.args, envFor(s)));
  subjects.forEach((s, j) => {
    const ratio = j === 0 || !counts[0] || !counts[j] ? '' : `   ratio ${(counts[j] / counts[0]).toFixed(3)}`;
    console.log(`  ${s.label.padEnd(34)} ${counts[j] ? `${(counts[j] / 1e6).toFixed(0)}M`.padStart(7) : '  error'}${ratio}`);
  });
}
