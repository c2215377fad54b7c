#!/usr/bin/env node
// Start-up budget and timing accuracy, measured (not asserted): `npm run bench [-- --runs N --quick --instructions]`.
// 1. Median wall time and peak memory of every common command against `node -e 0`, warm and on a first run.
// 2. Timing of real sessions from their NDJSON: worst and final `atMs - scheduledMs`, and the end against plan.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coldStarts } from './bench-cold.mjs';
import { instructionCounts } from './bench-instructions.mjs';
import { liveBench } from './bench-live.mjs';
import { terminalStarts } from './bench-terminal.mjs';
import { median, timed } from './bench-timing.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 30;
const quick = args.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'limber-bench-'));
const env = { ...process.env, LIMBER_HOME: work };
delete env.FORCE_COLOR;
// A machine-wide extra CA bundle makes every Node start parse it (400M instructions, 20 ms here): the baseline
// would then hide what limber itself costs. A user's machine rarely sets it, so neither side pays it here.
delete env.NODE_EXTRA_CA_CERTS;
delete env.LIMBER_TIME_SCALE;
// A desktop's locale, which names a country: this machine's C.UTF-8 names none, and so hid the 17 ms that
// building ICU's country names once cost every break. German subjects set their own below.
env.LANG = 'en_US.UTF-8';
for (const name of ['LC_ALL', 'LC_MESSAGES', 'LC_CTYPE', 'LANGUAGE']) delete env[name];
const german = { LANG: 'de_DE.UTF-8' };

/**
 * One timed run and one memory run (with the RSS recorder preloaded, so it does not touch the timing);
 * `prepare` runs before each, so both can be first runs.
 */
function sample(nodeArgs, rssFile, runEnv, prepare = () => {}) {
  prepare();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, nodeArgs, { env: runEnv, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} exited ${result.status}`);
  writeFileSync(rssFile, '');
  prepare();
  spawnSync(process.execPath, ['-r', './scripts/bench-rss.cjs', ...nodeArgs], {
    env: { ...runEnv, BENCH_RSS_FILE: rssFile },
    stdio: 'ignore',
  });
  const [kb, faults] = readFileSync(rssFile, 'utf8').trim().split(' ').map(Number);
  return { ms, kb, faults };
}

const answers = join(work, 'answers.json');
const safety = JSON.parse(readFileSync('data/safety.json', 'utf8'));
const calm = (pick) => Object.fromEntries(safety.questions.filter(pick).map((q) => [q.id, q.kind === 'scale' ? 0 : false]));
// A returning user: a full check on file (the health profile), then the quick screen's answers for sessions.
writeFileSync(join(work, 'full.json'), JSON.stringify(calm((q) => q.full)));
spawnSync(process.execPath, ['bin/limber.js', 'check', '--answers', join(work, 'full.json')], { env, stdio: 'ignore' });
writeFileSync(answers, JSON.stringify({ ...calm((q) => q.quick), 'changed-since-check': false }));
// The breaks of the first subject add to the history of a home of their own: in the shared one, every round's
// break would change the history that the history subject is meant to find unchanged. "history, after a
// break" runs there, right after it: the summary catches up and the kept view is rendered afresh.
const breakHome = mkdtempSync(join(tmpdir(), 'limber-bench-break-'));
spawnSync('cp', ['-r', join(work, 'data'), breakHome]);
// A user config and a user catalog, for the run that reads them.
const configHome = mkdtempSync(join(tmpdir(), 'limber-bench-config-'));
spawnSync('cp', ['-r', join(work, 'data'), configHome]);
spawnSync('mkdir', ['-p', join(configHome, 'config')]);
writeFileSync(join(configHome, 'config', 'config.json'), JSON.stringify({ breakMinutes: 4, bell: false }));
const mine = JSON.parse(readFileSync('data/catalog.json', 'utf8')).techniques.find((t) => t.id === 'shoulder-rolls');
writeFileSync(join(configHome, 'config', 'catalog.json'), JSON.stringify({ techniques: [{ ...mine, id: 'my-rolls' }] }));

// A returning user whose last two 5-minute breaks used every desk technique: no break avoids a repeat, the case
// in which a fit searches longest.
const returningHome = mkdtempSync(join(tmpdir(), 'limber-bench-returning-'));
spawnSync('cp', ['-r', join(work, 'data'), returningHome]);
const deskIds = JSON.parse(
  spawnSync(process.execPath, ['bin/limber.js', 'list', '--desk', '--json'], { env, encoding: 'utf8' }).stdout,
).techniques.map((t) => t.id);
appendFileSync(
  join(returningHome, 'data', 'history.jsonl'),
  [deskIds.slice(0, 5), deskIds.slice(5)]
    .map((techniques, i) => {
      const at = new Date(Date.now() - (2 - i) * 3_600_000).toISOString();
      return JSON.stringify({ type: 'session-start', at, session: `returning${i}`, command: 'break', techniques, plannedSeconds: 300 });
    })
    .map((line) => `${line}\n`)
    .join(''),
);

const subjects = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'limber list', args: ['bin/limber.js', 'list'] },
  { label: 'limber --help', args: ['bin/limber.js', '--help'] },
  { label: 'limber show cat-cow', args: ['bin/limber.js', 'show', 'cat-cow'] },
  { label: 'limber list --json', args: ['bin/limber.js', 'list', '--json'] },
  { label: 'limber check --questions', args: ['bin/limber.js', 'check', '--questions'] },
  { label: 'limber history', args: ['bin/limber.js', 'history'] },
  { label: 'limber chart', args: ['bin/limber.js', 'chart'] },
  { label: 'limber remind --status', args: ['bin/limber.js', 'remind', '--status', '--format', 'tmux'] },
  { label: 'limber list, German', args: ['bin/limber.js', 'list'], env: german },
  { label: 'break --dry-run', args: ['bin/limber.js', 'break', '--dry-run', '--answers', answers], home: breakHome },
  {
    label: 'history, after a break',
    args: ['bin/limber.js', 'history'],
    home: breakHome,
    warmUp: [
      ['bin/limber.js', 'history'],
      ['bin/limber.js', 'break', '--dry-run', '--answers', answers],
    ],
  },
  { label: 'break --dry-run, config+catalog', args: ['bin/limber.js', 'break', '--dry-run', '--answers', answers], home: configHome },
  {
    label: 'break 5 min --dry-run, returning',
    args: ['bin/limber.js', 'break', '--minutes', '5', '--dry-run', '--answers', answers],
    home: returningHome,
  },
  { label: 'break --dry-run, German', args: ['bin/limber.js', 'break', '--dry-run', '--answers', answers], home: breakHome, env: german },
];
/** The environment a subject runs in: its own LIMBER_HOME (or the shared one), and its own locale if it has one. */
const envOf = (subject) => ({ ...env, LIMBER_HOME: subject.home ?? work, ...subject.env });
// Round-robin, so a busy moment on the machine slows every subject alike rather than one of them.
const samples = subjects.map(() => []);
const rssFile = join(work, 'rss.txt');
for (let i = 0; i < runs; i++) for (const [j, s] of subjects.entries()) samples[j].push(sample(s.args, rssFile, envOf(s)));
// Each time ratio is the median of the rounds' ratios: a subject against the node -e 0 run of its own round.
const results = samples.map((list) => ({
  ms: median(list.map((x) => x.ms)),
  ratio: median(list.map((x, round) => x.ms / samples[0][round].ms)),
  kb: median(list.map((x) => x.kb)),
  faults: median(list.map((x) => x.faults)),
}));

console.log(`Start-up: median of ${runs} interleaved runs each (wall time; peak RSS; minor page faults)`);
const [baseline] = results;
subjects.forEach((s, j) => {
  const m = results[j];
  const ratio =
    j === 0
      ? ''
      : `   ratio ${m.ratio.toFixed(2)} time, ${(m.kb / baseline.kb).toFixed(2)} memory, ${(m.faults / baseline.faults).toFixed(2)} faults`;
  console.log(
    `  ${s.label.padEnd(34)} ${m.ms.toFixed(1).padStart(7)} ms  ${(m.kb / 1024).toFixed(1).padStart(6)} MiB  ${String(m.faults).padStart(5)}${ratio}`,
  );
});
if (args.includes('--instructions')) instructionCounts(subjects, envOf);
coldStarts(subjects.slice(1), env, envOf, quick ? 5 : 15, args.includes('--instructions'));
const atTerminal = ['limber list', 'limber --help', 'limber show cat-cow', 'limber history', 'break --dry-run'];
await terminalStarts(
  subjects.filter((s) => atTerminal.includes(s.label)),
  envOf,
  quick ? 5 : 20,
);

function sessionTiming(label, sessionArgs, scale) {
  const result = spawnSync(process.execPath, ['bin/limber.js', 'run', ...sessionArgs, '--answers', answers, '--json'], {
    env: { ...env, LIMBER_TIME_SCALE: String(scale) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${label}: exit ${result.status}\n${result.stderr}`);
  const events = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const cues = events.filter((e) => e.type === 'cue');
  const lateness = cues.map((e) => e.atMs - e.scheduledMs);
  const planned = events.find((e) => e.type === 'start').plannedSeconds * 1000 * scale;
  const end = events.find((e) => e.type === 'end');
  console.log(
    `  ${label.padEnd(40)} ${String(cues.length).padStart(4)} cues  worst ${Math.max(...lateness).toFixed(2)} ms  final ${lateness.at(-1).toFixed(2)} ms  end ${(end.elapsedMs - planned).toFixed(2)} ms after plan (${(planned / 1000).toFixed(1)} s)`,
  );
}

console.log('\nTiming accuracy (atMs - scheduledMs, from the NDJSON events)');
sessionTiming('desk-break routine, scale 0.01', ['desk-break'], 0.01);
sessionTiming('guide-four routine, scale 0.01', ['guide-four'], 0.01);
if (!quick) sessionTiming('shoulder-rolls, real time', ['shoulder-rolls'], 1);
else console.log('  (--quick: real-time run skipped)');

await liveBench(work, env, answers);

console.log("\nHistory: limber history over 1,000,000 lines (250,000 sessions, the app's own record shapes)");
const dataDir = join(work, 'data');
const historyFile = join(dataDir, 'history.jsonl');
const day = 86_400_000;
const chunk = [];
writeFileSync(historyFile, '');
for (let i = 0; i < 250_000; i++) {
  const at = new Date(Date.now() - (250_000 - i) * (day / 40)).toISOString();
  // Shaped as the app's randomUUID() ids: V8's JSON.parse puts string values shorter than ten characters into its
  // string table (old space), so ids such as `s123` would pile up a quarter of a million entries no real history has.
  const session = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
  chunk.push(
    JSON.stringify({ type: 'screen', at, screen: 'quick', level: 'no-warning-signs', reasons: [] }),
    JSON.stringify({ type: 'session-start', at, session, command: 'break', techniques: ['chair-twist', 'shoulder-rolls'], plannedSeconds: 180 }),
    JSON.stringify({ type: 'session-end', at, session, outcome: 'completed', elapsedSeconds: 180, techniques: ['chair-twist', 'shoulder-rolls'] }),
    JSON.stringify({ type: 'feeling', at, session, feeling: ['better', 'same', 'worse'][i % 3] }),
  );
  if (chunk.length >= 40_000) appendFileSync(historyFile, `${chunk.splice(0).join('\n')}\n`);
}
if (chunk.length) appendFileSync(historyFile, `${chunk.join('\n')}\n`);
const historyRun = (label, prepare) => {
  const rss = join(work, 'history-rss.txt');
  const { ms, kb } = sample(['bin/limber.js', 'history', '--days', '365'], rss, env, prepare);
  console.log(
    `  ${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(kb / 1024).toFixed(1).padStart(6)} MiB   ratio ${(ms / baseline.ms).toFixed(2)} time`,
  );
};
// Before each of its two runs: no summary, and no kept view (the history file is new, so none would match).
historyRun('first run (no summary yet)', () => {
  rmSync(join(dataDir, 'history.summary.json'), { force: true });
  rmSync(join(work, 'cache', 'kept'), { recursive: true, force: true });
});
// Warm runs in interleaved pairs with `node -e 0`, as the start-up ratios are: each ratio is against its own pair.
// `history` is what the issue names (the last 14 days); `--days 365` adds a year's table to it.
historyRun('warm (summary up to date)');
for (const extra of [[], ['--days', '365']]) {
  const pairs = Array.from({ length: 10 }, () => {
    const bare = timed(['-e', '0'], env);
    return { bare, history: timed(['bin/limber.js', 'history', ...extra], env) };
  });
  const label = ['history', ...extra].join(' ');
  console.log(
    `  warm ${label.padEnd(20)} median of 10 interleaved pairs: ${median(pairs.map((p) => p.history)).toFixed(0)} ms against ${median(pairs.map((p) => p.bare)).toFixed(0)} ms, ratio ${median(pairs.map((p) => p.history / p.bare)).toFixed(2)}`,
  );
}

rmSync(work, { recursive: true, force: true });
rmSync(configHome, { recursive: true, force: true });
rmSync(breakHome, { recursive: true, force: true });
rmSync(returningHome, { recursive: true, force: true });
