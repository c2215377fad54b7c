// `npm run bench`: the first run after an install or an upgrade, when limber's cache folder holds nothing for
// this build: each bundle is compiled, run, then saved at exit; help comes from commander and a user's files are
// validated with zod. Each round times `node -e 0`, empties the cache folder, then times the subject;
// the ratio is the median of the rounds' ratios, as for the warm subjects.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { instructionCounts } from './bench-instructions.mjs';
import { median, timed } from './bench-timing.mjs';

/**
 * Each subject's first run, cache emptied before every round; `envOf` gives the environment a subject runs in
 * (its LIMBER_HOME among it). With `instructions`, one callgrind count of each first run too (the baseline,
 * `node -e 0`, first).
 */
export function coldStarts(subjects, env, envOf, rounds, instructions) {
  const emptyCache = (subject) => rmSync(join(envOf(subject).LIMBER_HOME, 'cache'), { recursive: true, force: true });
  console.log(`\nFirst run (cache folder emptied before each of ${rounds} interleaved rounds)`);
  for (const subject of subjects) {
    const subjectEnv = envOf(subject);
    const pairs = Array.from({ length: rounds }, () => {
      // The baseline first: emptying the folder leaves the kernel work that the next start pays for.
      const bare = timed(['-e', '0'], env);
      emptyCache(subject);
      return { bare, cold: timed(subject.args, subjectEnv) };
    });
    console.log(
      `  ${subject.label.padEnd(34)} ${median(pairs.map((p) => p.cold))
        .toFixed(1)
        .padStart(7)} ms   ratio ${median(pairs.map((p) => p.cold / p.bare)).toFixed(2)} time`,
    );
  }
  if (!instructions) return;
  // node -e 0 reads no LIMBER_HOME, so the baseline can share the subjects' environment and preparation.
  instructionCounts([{ label: 'node -e 0', args: ['-e', '0'] }, ...subjects], envOf, 'First-run instructions', emptyCache);
}
