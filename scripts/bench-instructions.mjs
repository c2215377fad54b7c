// `npm run bench -- --instructions`: each start-up subject once under valgrind's callgrind, which counts
// instructions rather than time, so the ratios repeat within about 1 % however busy or noisy the machine is.
// Wall time on a virtual machine also pays for page faults (see the faults column), which this does not count.
//
// Node 20's V8 picks a random hash seed at start and searches for a prime near it, which costs anywhere from a
// few to 30 million instructions a run; that search (HashSeed::InitializeRoots) is left out of every count.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const inclusive = (annotated, name) => {
  const line = annotated.split('\n').find((l) => l.includes(name));
  return line ? Number(line.trim().split(/\s+/)[0].replaceAll(',', '')) : 0;
};

/** One callgrind count of `node <nodeArgs>`, after `prepare` (a warm-up run, or emptying the cache). */
const count = (nodeArgs, env, prepare) => {
  prepare();
  const dir = mkdtempSync(join(tmpdir(), 'limber-callgrind-'));
  const out = join(dir, 'callgrind.out');
  try {
    spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...nodeArgs], { env, stdio: 'ignore' });
    const annotated = spawnSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out], { encoding: 'utf8' }).stdout ?? '';
    const total = inclusive(annotated, 'PROGRAM TOTALS');
    return total ? total - inclusive(annotated, 'HashSeed::InitializeRoots') : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

// A warm-up run first, so the compile and validation caches are in place as for a returning user; a subject
// may name other runs for its warm-up (`warmUp`, a list of argument lists), to count a run after those.
const warmUp = (subject, env) => {
  for (const args of subject.warmUp ?? [subject.args]) spawnSync(process.execPath, args, { env, stdio: 'ignore' });
};

/**
 * Each subject's count and its ratio to the first subject's (`node -e 0`). `prepare(subject, env)` runs before
 * each count; by default a warm-up run.
 */
export function instructionCounts(subjects, envFor, heading = 'Instructions', prepare = warmUp) {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.log('\nInstructions: valgrind is not installed (apt-get install valgrind), so they are not counted.');
    return;
  }
  console.log(`\n${heading} (callgrind, one run each, without V8's random hash-seed search; repeatable within about 1 %)`);
  const counts = subjects.map((s) => {
    const env = envFor(s);
    return count(s.args, env, () => prepare(s, env));
  });
  subjects.forEach((s, j) => {
    const ratio = j === 0 || !counts[0] || !counts[j] ? '' : `   ratio ${(counts[j] / counts[0]).toFixed(3)}`;
    console.log(`  ${s.label.padEnd(34)} ${counts[j] ? `${(counts[j] / 1e6).toFixed(0)}M`.padStart(7) : '  error'}${ratio}`);
  });
}
