// Preloaded by bench.mjs for memory runs only: records this process's peak RSS and its minor page faults
// (each costs microseconds on a virtual machine) when it exits. CommonJS and preloaded with -r on purpose:
// an ES module preloaded with --import starts Node's ES module loader, which costs every run about 2.5 MiB and
// loads a CommonJS entry through itself, so the runs would not load as a user's do. Its variable is outside
// limber's LIMBER_ names: those are part of a kept view's key, and the memory run would miss every view.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  appendFileSync(process.env.BENCH_RSS_FILE, `${usage.maxRSS} ${usage.minorPageFault}\n`);
});
