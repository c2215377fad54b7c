// Preloaded by bench.js for memory runs only: records this process's peak RSS when it exits.
import { appendFileSync } from 'node:fs';

process.on('exit', () => appendFileSync(process.env.LIMBER_BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`));
