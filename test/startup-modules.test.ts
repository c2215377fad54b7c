import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binPath, cliEnv, emptyHome, tempHome } from './helpers/cli.js';

/**
 * Start-up is a feature: the Node modules limber loads on its common paths are the ones they use. Speech,
 * notifications, prompts and spinners (child_process, net, tty, crypto…) load only where a run calls them,
 * and output to a file or a pipe builds no Node stream.
 */
const heavy = ['child_process', 'crypto', 'net', 'tty', 'dgram', 'readline', 'stream'];

/** The environment of a user without LIMBER_HOME or XDG folders set: limber's folders are found from HOME. */
function withoutLimberHome(extraEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = cliEnv(extraEnv);
  for (const key of ['LIMBER_HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME']) if (!(key in extraEnv)) delete env[key];
  return env;
}

/** The Node modules and the files a run of limber loads, its output going to files. */
function loaded(args: string[], home: string | undefined, extraEnv: NodeJS.ProcessEnv = {}): { modules: string[]; files: string[]; stdout: string } {
  const out = join(emptyHome(), 'modules.txt');
  const hook = join(emptyHome(), 'hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify([process.moduleLoadList, Object.keys(require.cache)])));`,
  );
  // Output to files, as to a redirect.
  const stdoutPath = join(emptyHome(), 'stdout.txt');
  const stdout = openSync(stdoutPath, 'w');
  const stderrPath = join(emptyHome(), 'stderr.txt');
  const stderr = openSync(stderrPath, 'w');
  const result = spawnSync(process.execPath, ['-r', hook, binPath, ...args], {
    env: home === undefined ? withoutLimberHome(extraEnv) : cliEnv({ LIMBER_HOME: home, ...extraEnv }),
    stdio: ['ignore', stdout, stderr],
  });
  closeSync(stdout);
  closeSync(stderr);
  expect(result.status, readFileSync(stderrPath, 'utf8')).toBe(0);
  const [moduleList, files] = JSON.parse(readFileSync(out, 'utf8')) as [string[], string[]];
  const modules = moduleList.filter((line) => line.startsWith('NativeModule ')).map((line) => line.slice('NativeModule '.length));
  return { modules, files: files.map((file) => basename(file)), stdout: readFileSync(stdoutPath, 'utf8') };
}

describe('the common paths load no heavy Node module', () => {
  const home = tempHome();
  const answers = join(home, 'answers.json');
  const safety = JSON.parse(readFileSync('data/safety.json', 'utf8')) as { questions: { id: string; kind: string; quick: boolean }[] };
  const quick = safety.questions.filter((q) => q.quick).map((q) => [q.id, q.kind === 'scale' ? 0 : false]);
  writeFileSync(answers, JSON.stringify({ ...Object.fromEntries(quick), 'changed-since-check': false }));
  const configured = tempHome();
  mkdirSync(join(configured, 'config'), { recursive: true });
  writeFileSync(join(configured, 'config', 'config.json'), '{"breakMinutes": 4}');

  it.each([
    [['list'], home],
    [['show', 'cat-cow'], home],
    [['history', '--days', '30'], home],
    [['check', '--questions'], home],
    [['--help'], home],
    [['break', '--dry-run', '--answers', answers], home],
    [['break', '--dry-run', '--answers', answers], configured],
  ])('limber %j', (args, where) => {
    const { modules } = loaded(args, where);
    expect(modules.filter((name) => heavy.includes(name))).toEqual([]);
  });

  // Kept output is shown before any of limber's bundles loads (front.ts, compiled without the compile cache).
  it.each([[['list']], [['show', 'cat-cow']], [['history']], [['--help']], [['help', 'break']]])('limber %j, kept, loads no bundle', (args) => {
    const where = tempHome();
    const first = loaded(args, where);
    const second = loaded(args, where);
    expect(first.files).toContain('commands-main.cjs');
    expect(second.files.filter((file) => file.endsWith('.cjs'))).toEqual(['hook.cjs']);
    expect(second.modules.filter((name) => heavy.includes(name))).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
  });

  // A line keeps its latest few outputs: one shown in two languages in turn finds both kept.
  it('limber list in English and German in turn: each kept, neither loads a bundle', () => {
    const where = tempHome();
    const [english, german] = [loaded(['list'], where), loaded(['list'], where, { LIMBER_LANG: 'de' })];
    expect(german.stdout).not.toBe(english.stdout);
    for (const [env, first] of [[{}, english] as const, [{ LIMBER_LANG: 'de' }, german] as const]) {
      const again = loaded(['list'], where, env);
      expect(again.files.filter((file) => file.endsWith('.cjs'))).toEqual(['hook.cjs']);
      expect(again.stdout).toBe(first.stdout);
    }
  });

  // The folders come from HOME as libuv would give it, so node:os (a millisecond) is not loaded to ask.
  it.each([[['list']], [['history']], [['show', 'cat-cow']]])('limber %j with only HOME set loads no node:os', (args) => {
    const user = emptyHome();
    const { modules, files } = loaded(args, undefined, { HOME: user });
    expect(modules).not.toContain('os');
    // The compile cache is found the same way. Node 20's (limber's own) names each bundle; Node 22's names none.
    const cached = readdirSync(join(user, '.cache', 'limber', 'compile'));
    expect(cached.length).toBeGreaterThan(0);
    if (cached.some((f) => f.endsWith('.v8')))
      for (const bundle of files.filter((f) => f.startsWith('commands-')))
        expect(cached.some((f) => f.includes(bundle.replace('.cjs', '-')))).toBe(true);
  });

  it('the XDG folders from HOME and from XDG_* are where env-paths puts them', () => {
    const user = emptyHome();
    const run = (extra: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [binPath, 'history'], { env: withoutLimberHome({ HOME: user, ...extra }), encoding: 'utf8' }).stderr;
    expect(run({})).toContain(`History file: ${join(user, '.local', 'share', 'limber', 'history.jsonl')}`);
    expect(run({ XDG_DATA_HOME: join(user, 'data') })).toContain(`History file: ${join(user, 'data', 'limber', 'history.jsonl')}`);
  });

  // Chalk costs about 2 ms a start; output without colour has no use for it.
  it.each([
    [['list'], {}, false],
    [['list', '--json'], {}, false],
    [['show', 'cat-cow'], { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    [['list'], { FORCE_COLOR: '1' }, true],
    [['show', 'cat-cow'], { FORCE_COLOR: '1' }, true],
  ])('limber %j with %j loads chalk: %s', (args, env, chalk) => {
    const { files } = loaded(args, tempHome(), env);
    expect(files).toContain('commands-main.cjs');
    expect(files.includes('pkg-chalk.cjs')).toBe(chalk);
  });
});

describe('a finished run ends at once', () => {
  // Node's end of the event loop (a queued scavenge, then beforeExit) costs a chart or a break 2 % of its start.
  // Output goes to files, as to a redirect: a socket (spawnSync's pipes) gets Node's stream, which may still be writing.
  const ended = (args: string[], home = tempHome()) => {
    const dir = emptyHome();
    const hook = join(dir, 'hook.cjs');
    writeFileSync(hook, `process.on('beforeExit', () => require('fs').writeFileSync(${JSON.stringify(join(dir, 'loop-ended'))}, ''));`);
    const [stdout, stderr] = [openSync(join(dir, 'stdout.txt'), 'w'), openSync(join(dir, 'stderr.txt'), 'w')];
    const result = spawnSync(process.execPath, ['-r', hook, binPath, ...args], {
      env: cliEnv({ LIMBER_HOME: home }),
      stdio: ['ignore', stdout, stderr],
    });
    closeSync(stdout);
    closeSync(stderr);
    const text = (name: string) => readFileSync(join(dir, name), 'utf8');
    return { status: result.status, stdout: text('stdout.txt'), stderr: text('stderr.txt'), loopEnded: readdirSync(dir).includes('loop-ended') };
  };

  it.each([[['list']], [['chart']], [['show', 'cat-cow', '--json']]])('limber %j: all its output, exit 0, no wait', (args) => {
    const result = ended(args);
    expect(result).toMatchObject({ status: 0, stderr: '', loopEnded: false });
    if (args[0] === 'chart') expect(result.stdout).toContain('---');
    if (args.includes('--json')) expect(JSON.parse(result.stdout)).toMatchObject({ id: 'cat-cow' });
  });

  it.each([[['list']], [['--help']]])('limber %j, kept: all its output, exit 0, no wait', (args) => {
    const home = tempHome();
    const first = ended(args, home);
    expect(ended(args, home)).toEqual(first);
    expect(first).toMatchObject({ status: 0, stderr: '', loopEnded: false });
  });

  it('an exit code other than 0 is kept, and so is the message', () => {
    const result = ended(['show', 'no-such-technique']);
    expect(result).toMatchObject({ status: 2, loopEnded: false });
    expect(result.stderr).toContain('no-such-technique');
  });

  it('output to a socket (Node’s own stream) is left to finish as Node would', () => {
    const dir = emptyHome();
    const hook = join(dir, 'hook.cjs');
    writeFileSync(hook, `process.on('beforeExit', () => process.stderr.write('loop ended'));`);
    const result = spawnSync(process.execPath, ['-r', hook, binPath, 'list'], { env: cliEnv({ LIMBER_HOME: tempHome() }), encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('cat-cow');
    expect(result.stderr).toBe('loop ended');
  });

  it.each([[false], [true]])('a reader that closed the pipe still ends limber quietly, with 0 (kept: %s)', (kept) => {
    const home = tempHome();
    if (kept) expect(ended(['chart'], home).status).toBe(0);
    const result = spawnSync('bash', ['-c', `${process.execPath} ${binPath} chart | true; echo "\${PIPESTATUS[0]}"`], {
      env: cliEnv({ LIMBER_HOME: home }),
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('0');
    expect(result.stderr).toBe('');
  });

  // /dev/full: every write fails with "no space left on device", as on a full disk.
  it.skipIf(!existsSync('/dev/full'))('kept output that cannot be written is reported as any output is, in the language asked for', () => {
    const home = tempHome();
    const env = cliEnv({ LIMBER_HOME: home, LIMBER_LANG: 'de' });
    const toFull = (extra: NodeJS.ProcessEnv) =>
      spawnSync('bash', ['-c', `${process.execPath} ${binPath} list > /dev/full`], { env: { ...env, ...extra }, encoding: 'utf8' });
    expect(ended(['list'], home).status).toBe(0);
    const kept = toFull({});
    expect(kept.status).toBe(1);
    expect(kept.stderr).toMatch(/^limber: [^\n]*Ausgabe[^\n]*\n$/);
    // The same as a run that renders the view.
    expect(toFull({ LIMBER_FAST: '0' })).toMatchObject({ status: 1, stderr: kept.stderr });
  });
});
