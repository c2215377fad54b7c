// What the bench's sections share: the median, and one timed run of node.
import { spawnSync } from 'node:child_process';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Milliseconds from spawn to exit of `node <nodeArgs>`; a failed run stops the bench rather than skew it. */
export const timed = (nodeArgs, env) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, nodeArgs, { env, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
