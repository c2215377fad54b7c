// Preloaded by bench.mjs for memory runs only: records this process's peak RSS and its minor page faults
// (each costs microseconds on a virtual machine) when it exits.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  appendFileSync(process.env.LIMBER_BENCH_RSS_FILE, `${usage.maxRSS} ${usage.minorPageFault}\n`);
});
