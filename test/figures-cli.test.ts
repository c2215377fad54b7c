import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirror } from '../src/core/pose/model.js';
import { figureLines } from '../src/view/figure-text.js';
import { builtInPoses, technique } from './helpers/catalog.js';
import { answersFile, calmQuickAnswers, runCli, tempHome } from './helpers/cli.js';
import { PtySession } from './helpers/pty.js';

/** A figure's row: 16 Braille cells (ora's spinner is Braille too, but one cell at a time). */
const braille = /[\u2800-\u28ff]{16}/;
const utf8 = { LANG: 'C.UTF-8', LC_ALL: '', LC_CTYPE: '' };
const quick = () => answersFile(calmQuickAnswers);
const poses = builtInPoses();

describe('figures in a real terminal', () => {
  it('run cat-cow: a Braille figure beside the cue that moves with the reps', async () => {
    const s = new PtySession(['run', 'cat-cow', '--answers', quick()], { ...utf8, LIMBER_TIME_SCALE: '0.2' });
    await s.waitFor('COW: LIFT YOUR HEAD');
    const cowAt = s.raw.length;
    await s.waitFor('CAT: ROUND YOUR BACK', 10_000, s.text.length - 200);
    // The move into the cat takes 1.5 plan seconds (0.3 s here); let it arrive.
    await new Promise((resolve) => setTimeout(resolve, 450));
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    await s.exit();
    expect(s.text).toMatch(braille);
    // The cow's raised head and the cat's lowered one are both drawn at some frame.
    const lastLine = (id: string) => figureLines(poses.get(id)!, 'braille');
    expect(s.raw.slice(0, cowAt + 20_000)).toContain(lastLine('cow')[2]);
    expect(s.raw).toContain(lastLine('cat')[4]);
    // Beside: a figure row and the cue share a line.
    expect(s.text).toMatch(/[\u2800-\u28ff]{16} {3,}(COW|CAT|Next|space)/);
  }, 30_000);

  it('run chair-twist: the right side is the left side mirrored', async () => {
    const s = new PtySession(['run', 'chair-twist', '--answers', quick()], { ...utf8, LIMBER_TIME_SCALE: '0.1' });
    await s.waitFor('Switch to the right side'.toUpperCase(), 15_000);
    await s.waitFor(/TURN, HAND ON THE BACKREST/, 15_000, s.text.lastIndexOf('SWITCH TO THE RIGHT SIDE'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    await s.exit();
    const left = figureLines(poses.get('chair-twist')!, 'braille');
    const right = figureLines(mirror(poses.get('chair-twist')!), 'braille');
    expect(left).not.toEqual(right);
    expect(s.text).toContain(left[1]!);
    expect(s.text).toContain(right[1]!);
  }, 30_000);

  it('a 60-column terminal puts the figure above the cue', async () => {
    const s = new PtySession(['run', 'wall-angel', '--answers', quick()], { ...utf8, LIMBER_TIME_SCALE: '0.2' }, { cols: 60, rows: 40 });
    await s.waitFor('SLIDE YOUR ARMS UP');
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    await s.exit();
    expect(s.text).toMatch(/[\u2800-\u28ff]{16}\s*\r?\n[\s\S]*SLIDE YOUR ARMS UP/);
    expect(s.text).not.toMatch(/[\u2800-\u28ff]{16} {3,}\S/);
  }, 30_000);

  it('without UTF-8 the figure is ASCII', async () => {
    const s = new PtySession(
      ['run', 'wall-angel', '--answers', quick()],
      { LANG: 'C', LC_ALL: '', LC_CTYPE: '', LIMBER_TIME_SCALE: '0.2' },
      { cols: 120, rows: 40 },
    );
    await s.waitFor('SLIDE YOUR ARMS UP');
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    await s.exit();
    expect(s.text).not.toMatch(braille);
    expect(s.text).toMatch(/[.':]{3,}.* {3,}(SLIDE|Wall|Next|space)/);
  }, 30_000);

  it.each([
    ['--plain', ['--plain'], {}],
    ['LIMBER_PLAIN=1', [], { LIMBER_PLAIN: '1' }],
  ])(
    '%s: one line per cue, no redraws, no animation, no figures',
    async (_, flags, env) => {
      const s = new PtySession(['run', 'shoulder-rolls', '--answers', quick(), ...flags], { ...utf8, LIMBER_TIME_SCALE: '0.05', ...env });
      expect(await s.exit()).toBe(0);
      expect(s.text).not.toMatch(braille);
      expect(s.raw).not.toContain('\u001b[?25l');
      expect(s.text).toMatch(/\[0:00\] Shoulder rolls: Get ready: Shoulder rolls \(5 s\)/);
      expect(s.text.match(/^\[\d+:\d\d\] /gm)!.length).toBeGreaterThan(10);
    },
    30_000,
  );

  it('--no-figures, and "figures": false in config.json, keep the live view without a figure', async () => {
    const a = new PtySession(['run', 'shoulder-rolls', '--answers', quick(), '--no-figures'], { ...utf8, LIMBER_TIME_SCALE: '0.05' });
    await a.answer('How does your back feel now?', '\r');
    expect(await a.exit()).toBe(0);
    expect(a.text).toContain('ROLL THE SHOULDERS UP');
    expect(a.text).not.toMatch(braille);
    const home = tempHome();
    mkdirSync(join(home, 'config'), { recursive: true });
    writeFileSync(join(home, 'config', 'config.json'), JSON.stringify({ figures: false }));
    const b = new PtySession(['run', 'shoulder-rolls', '--answers', quick()], { ...utf8, LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.05' });
    await b.answer('How does your back feel now?', '\r');
    expect(await b.exit()).toBe(0);
    expect(b.text).toContain('ROLL THE SHOULDERS UP');
    expect(b.text).not.toMatch(braille);
  }, 30_000);

  it('show draws the key poses side by side, each named; a pipe gets none', async () => {
    const s = new PtySession(['show', 'wall-angel'], utf8, { cols: 100, rows: 60 });
    expect(await s.exit()).toBe(0);
    expect(s.text).toMatch(braille);
    expect(s.text).toMatch(/Standing tall,\s+Arms up in a V\s+Arms in a W/);
    const piped = runCli(['show', 'wall-angel'], { env: utf8 });
    expect(piped.stdout).not.toMatch(braille);
    expect(piped.stdout).toContain('Wall angel (wall-angel)');
  });
});

describe('poses through the command line', () => {
  it("show --json names the key poses; the timeline carries each cue's pose", () => {
    const json = JSON.parse(runCli(['show', 'cat-cow', '--json']).stdout);
    expect(json.keyPoses).toEqual([
      { id: 'all-fours', name: 'On hands and knees, back flat' },
      { id: 'cow', name: 'Back dipped, head lifted' },
      { id: 'cat', name: 'Back rounded, head down' },
    ]);
    expect(json.timeline.find((c: { kind: string }) => c.kind === 'move').pose).toBe('cow');
  });

  it('a custom catalog brings its own pose, or uses a built-in one; an unknown pose is a clear error (exit 2)', async () => {
    const home = tempHome();
    const mine = { ...technique('shoulder-shrugs'), id: 'my-shrugs', name: 'My shrugs' };
    mine.setup = [{ ...mine.setup[0]!, pose: 'my-sit' }];
    const ownPose = { ...poses.get('sit-arms-loose-front')!, id: 'my-sit', name: 'My own sitting pose' };
    const file = join(home, 'mine.json');
    writeFileSync(file, JSON.stringify({ techniques: [mine], poses: [ownPose] }));
    const json = JSON.parse(runCli(['--catalog', file, 'show', 'my-shrugs', '--json'], { env: { LIMBER_HOME: home } }).stdout);
    expect(json.keyPoses.map((p: { id: string }) => p.id)).toEqual(['my-sit', 'shrug-up', 'sit-arms-loose-front']);
    const s = new PtySession(['--catalog', file, 'show', 'my-shrugs'], { ...utf8, LIMBER_HOME: home }, { cols: 100, rows: 60 });
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('My own sitting');

    writeFileSync(file, JSON.stringify({ techniques: [{ ...mine, setup: [{ ...mine.setup[0]!, pose: 'my-stand' }] }] }));
    const bad = runCli(['--catalog', file, 'show', 'my-shrugs'], { env: { LIMBER_HOME: home } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(file);
    expect(bad.stderr).toMatch(
      /techniques\[0\]\.setup\[0\]\.pose: no pose has the id "my-stand"; use an id from data\/poses\.json, or add the pose under "poses"/,
    );
  });

  it('the Markdown chart has the figures in a code block; the HTML chart inline SVG, one per key pose', () => {
    const md = runCli(['chart', '--routine', 'cat-cow']).stdout;
    expect(md).toMatch(/```text\n[\u2800-\u28ff]+/);
    const html = runCli(['chart', '--routine', 'guide-four', '--format', 'html']).stdout;
    expect(html.match(/<svg class="figure"/g)).toHaveLength(11);
    expect(html).toContain('<title>Back dipped, head lifted</title>');
  });
});
