import { describe, expect, it } from 'vitest';
import { planSession, planTechnique } from '../src/core/session/plan.js';
import type { LiveView } from '../src/shell/live-view.js';
import { guide } from '../src/shell/player.js';
import { SessionPlayer } from '../src/shell/session-player.js';
import { builtInPoses, technique } from './helpers/catalog.js';
import { FakeClock } from './helpers/fake-clock.js';
import { fakeContext } from './helpers/fake-io.js';

const plan = planTechnique(technique('chair-twist'));
const names = new Map([['chair-twist', 'Seated twist on a chair']]);

/** Lets the guide's promise chain run between clock steps. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('guide (fake clock, fake streams)', () => {
  it('plain mode: one line per cue at its planned time, no escape codes', async () => {
    const { ctx, io } = fakeContext();
    const clock = new FakeClock();
    const done = guide(ctx, plan, { mode: 'plain', bell: true, scale: 1, names, clock });
    await settle();
    clock.advance(plan.durationSeconds * 1000);
    const result = await done;
    expect(result).toMatchObject({ completed: true, reason: 'completed', elapsedMs: 69_000 });
    const lines = io.stdout.text.trim().split('\n');
    expect(lines).toEqual([
      '[0:00] Seated twist on a chair: Get ready: Seated twist on a chair (5 s)',
      '  Caution: Turn slowly and stop well before any pinching or sharp pain.',
      '[0:05] Seated twist on a chair: Sit tall near the front of the chair (5 s)',
      '[0:10] Seated twist on a chair: Brace your belly lightly (4 s)',
      '[0:14] Seated twist on a chair · left side · about 4 slow breaths: Turn, hand on the backrest, breathe slowly (25 s)',
      '[0:39] Seated twist on a chair · right side: Switch to the right side (5 s)',
      '[0:44] Seated twist on a chair · right side · about 4 slow breaths: Turn, hand on the backrest, breathe slowly (25 s)',
      '[1:09] Well done. Session complete.',
    ]);
    expect(io.stdout.text).not.toMatch(/\u001b|\u0007/);
  });

  it('json mode with keys: space pauses, n skips, q quits; raw mode is on during and off after', async () => {
    const { ctx, io } = fakeContext({ stdinTTY: true });
    const clock = new FakeClock();
    const done = guide(ctx, plan, { mode: 'json', bell: true, scale: 1, names, clock });
    await settle();
    expect(io.stdin.rawMode).toBe(true);
    clock.advance(2000);
    io.stdin.emit('data', Buffer.from(' '));
    clock.advance(10_000);
    io.stdin.emit('data', Buffer.from(' n'));
    clock.advance(1000);
    io.stdin.emit('data', Buffer.from('q'));
    const result = await done;
    expect(io.stdin.rawMode).toBe(false);
    expect(io.stdin.listenerCount('data')).toBe(0);
    expect(result).toMatchObject({ reason: 'quit', completed: false, pausedMs: 10_000, elapsedMs: 13_000 });
    const events = io.stdout.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.type)).toEqual(['start', 'cue', 'pause', 'resume', 'skip', 'cue', 'end']);
    expect(events[5]).toMatchObject({ type: 'cue', text: 'Sit tall near the front of the chair', scheduledMs: 12_000, atMs: 12_000 });
    expect(events.at(-1)).toEqual({ type: 'end', completed: false, reason: 'quit', elapsedMs: 13_000 });
  });

  it('Ctrl-C arrives as a byte in raw mode and ends the session as interrupted', async () => {
    const { ctx, io } = fakeContext({ stdinTTY: true });
    const clock = new FakeClock();
    const done = guide(ctx, plan, { mode: 'json', bell: false, scale: 1, names, clock });
    await settle();
    clock.advance(3000);
    io.stdin.emit('data', '\u0003');
    expect(await done).toMatchObject({ reason: 'interrupted', completed: false });
    expect(io.stdin.rawMode).toBe(false);
  });

  it('"this hurts" above 5 (6, 7) stops the session; at 5 or less it skips the technique; every rating is reported', async () => {
    for (const [pain, reason] of [
      [7, 'pain'],
      [6, 'pain'],
      [5, 'completed'],
      [2, 'completed'],
    ] as const) {
      const { ctx, io } = fakeContext({ stdinTTY: true });
      const clock = new FakeClock();
      const reported: [string, number][] = [];
      const onPain = (technique: string, rating: number) => reported.push([technique, rating]);
      const done = guide(ctx, plan, { mode: 'json', bell: false, scale: 1, names, clock, askPain: async () => pain, onPain });
      await settle();
      clock.advance(1000);
      io.stdin.emit('data', 'h');
      await settle();
      clock.advance(1000);
      const result = await done;
      expect(result).toMatchObject({ reason, pain });
      expect(io.stdout.text).toContain(`{"type":"pain","technique":"chair-twist","level":${pain}}`);
      expect(reported).toEqual([['chair-twist', pain]]);
    }
  });
});

describe('live figure frames', () => {
  it('are drawn as the figure moves, but never within 25 ms of a cue, so drawing cannot make a cue late', async () => {
    const { ctx } = fakeContext();
    const clock = new FakeClock();
    // Shoulder rolls at a tenth of real time: the figure still moves in the last milliseconds of a step.
    const rolls = planTechnique(technique('shoulder-rolls'));
    const draws: { animating: boolean; remainingMs: number }[] = [];
    let animating = false;
    let player: SessionPlayer | undefined;
    const view = {
      draw: () => draws.push({ animating, remainingMs: player!.runner.remainingInCue() }),
    } as unknown as LiveView;
    const figures = { poses: builtInPoses(), charset: 'braille' as const };
    player = new SessionPlayer(ctx, rolls, { mode: 'live', bell: false, scale: 0.1, names, clock, figures }, view);
    const done = player.runner.start();
    for (let ms = 0; ms < rolls.durationSeconds * 100; ms += 1) {
      clock.advance(1);
      animating = true;
      player.animate();
      animating = false;
    }
    await done;
    const frames = draws.filter((d) => d.animating);
    expect(frames.length).toBeGreaterThan(rolls.cues.length);
    expect(Math.min(...frames.map((d) => d.remainingMs))).toBeGreaterThanOrEqual(25);
    expect(draws.filter((d) => !d.animating).length).toBeGreaterThanOrEqual(rolls.cues.length);
  });
});

describe('live view redraw (a resized terminal)', () => {
  it('draws running or paused, but never over the pain question, and not after the end', async () => {
    const { ctx, io } = fakeContext({ stdinTTY: true });
    const clock = new FakeClock();
    let draws = 0;
    const view = { draw: () => draws++, start: () => {}, stop: () => {} } as unknown as LiveView;
    let answer: (pain: number) => void = () => {};
    const askPain = () => new Promise<number>((resolve) => (answer = resolve));
    // Two techniques, so that skipping the first after "this hurts" leaves the session running.
    const two = planSession([{ technique: technique('chair-twist') }, { technique: technique('cat-cow') }]);
    const player = new SessionPlayer(ctx, two, { mode: 'live', bell: false, scale: 1, names, clock, askPain }, view);
    const done = player.runner.start();
    player.keys.attach();
    const redrawn = () => {
      const before = draws;
      player.redraw();
      return draws - before;
    };
    expect(redrawn()).toBe(1);
    io.stdin.emit('data', Buffer.from(' '));
    expect(player.runner.isPaused).toBe(true);
    expect(redrawn()).toBe(1);
    io.stdin.emit('data', Buffer.from(' '));
    io.stdin.emit('data', Buffer.from('h'));
    expect(redrawn()).toBe(0);
    answer(2);
    await settle();
    expect(redrawn()).toBe(1);
    player.runner.stop('quit');
    await done;
    expect(redrawn()).toBe(0);
  });
});
