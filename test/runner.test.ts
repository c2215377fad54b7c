import { describe, expect, it } from 'vitest';
import { planSession, planTechnique } from '../src/core/session/plan.js';
import { SessionRunner } from '../src/core/session/runner.js';
import type { RunnerEvent } from '../src/core/session/runner-events.js';
import { technique } from './helpers/catalog.js';
import { FakeClock } from './helpers/fake-clock.js';

function setup(plan = planTechnique(technique('chair-twist')), scale = 1) {
  const clock = new FakeClock();
  // A monotonic clock does not start at zero: every time the runner reports is counted from the session's start.
  clock.advance(12_345);
  const events: RunnerEvent[] = [];
  const runner = new SessionRunner(plan, { clock, scale, onEvent: (e) => events.push(e) });
  const done = runner.start();
  const cues = () => events.filter((e): e is Extract<RunnerEvent, { type: 'cue' }> => e.type === 'cue');
  return { clock, events, runner, done, cues, plan };
}

describe('SessionRunner deadlines', () => {
  it('fires every cue at its planned offset and ends on plan', async () => {
    const { clock, cues, done, plan } = setup();
    clock.advance(plan.durationSeconds * 1000);
    const result = await done;
    expect(cues().map((e) => e.scheduledMs)).toEqual(plan.cues.map((c) => c.startSeconds * 1000));
    expect(cues().map((e) => e.atMs)).toEqual(plan.cues.map((c) => c.startSeconds * 1000));
    expect(result).toMatchObject({ completed: true, reason: 'completed', elapsedMs: plan.durationSeconds * 1000 });
  });

  it('does not accumulate drift when every timer fires late', async () => {
    // Ten minutes of cues, each timer 7 ms late: a sum-of-intervals runner would end over a second late.
    const plan = planSession(Array.from({ length: 8 }, () => ({ technique: technique('cat-cow') })));
    const { clock, cues, done } = setup(plan);
    clock.advance(plan.durationSeconds * 1000 + 50, 7);
    const result = await done;
    for (const e of cues()) expect(e.atMs - e.scheduledMs).toBeLessThanOrEqual(7);
    expect(plan.durationSeconds).toBeGreaterThan(600);
    expect(result.elapsedMs - plan.durationSeconds * 1000).toBeLessThanOrEqual(7);
  });

  it('scales every wait by the time scale', async () => {
    const { clock, cues, done, plan } = setup(undefined, 0.01);
    clock.advance(plan.durationSeconds * 10);
    await done;
    expect(cues().at(-1)!.scheduledMs).toBeCloseTo(plan.durationSeconds * 10);
  });

  it('ticks once a second during a cue for the live countdown', () => {
    const { clock, events } = setup();
    clock.advance(3000);
    const ticks = events.filter((e) => e.type === 'tick').map((e) => (e as { remainingMs: number }).remainingMs);
    expect(ticks.slice(0, 4)).toEqual([5000, 4000, 3000, 2000]);
  });

  it('a timer that fires early adds no tick (no redraw just before a deadline), and each cue is still on time', async () => {
    const { clock, events, cues, done, plan } = setup();
    clock.advance(plan.durationSeconds * 1000, -2);
    await done;
    const ticks = events.filter((e): e is Extract<RunnerEvent, { type: 'tick' }> => e.type === 'tick');
    const shown = ticks.map((e) => `${e.index}:${Math.ceil(e.remainingMs / 1000)}`);
    expect(new Set(shown).size).toBe(shown.length);
    expect(ticks.length).toBe(plan.durationSeconds);
    expect(cues().map((e) => e.atMs - e.scheduledMs)).toEqual(plan.cues.map(() => 0));
  });
});

/** A busy machine: each clock reading comes 0.2 ms after the one before. */
class SlowReadingClock extends FakeClock {
  override now(): number {
    this.time += 0.2;
    return this.time;
  }
}

describe('SessionRunner on a busy machine', () => {
  it('a second that begins between two clock readings still gets its tick when it begins, not a second later', async () => {
    // Timers 0.5 ms early, readings 0.2 ms apart: a wake just before a second judges its tick by one reading and
    // would sleep by the next, past the boundary. Late ticks said "1" just before the cue, which cut it off.
    const plan = planTechnique(technique('chair-twist'));
    const clock = new SlowReadingClock();
    clock.advance(12_345);
    const ticks: Extract<RunnerEvent, { type: 'tick' }>[] = [];
    const runner = new SessionRunner(plan, { clock, onEvent: (e) => e.type === 'tick' && ticks.push(e) });
    const done = runner.start();
    clock.advance(plan.durationSeconds * 1000 + 100, -0.5);
    await done;
    expect(ticks.length).toBe(plan.durationSeconds);
    for (const tick of ticks) {
      const shown = Math.ceil(tick.remainingMs / 1000);
      expect(tick.remainingMs).toBeGreaterThan(shown * 1000 - 1.5);
    }
  });
});

describe('SessionRunner controls', () => {
  it('paused at the very moment a cue falls due (its timer not yet run), resuming fires that cue at once', () => {
    const { clock, runner, cues } = setup();
    clock.advance(5000, 3); // the timer for the cue due at 5 s is 3 ms late, so it has not run yet
    runner.pause();
    clock.advance(10_000);
    runner.resume();
    clock.advance(1);
    expect(cues().map((e) => e.index)).toEqual([0, 1]);
  });

  it('a cue that pauses or stops the session fires no later cue, even when several were due at once', () => {
    for (const act of ['pause', 'stop'] as const) {
      const plan = planTechnique(technique('chair-twist'));
      const clock = new FakeClock();
      const fired: number[] = [];
      const runner = new SessionRunner(plan, {
        clock,
        onEvent: (e) => {
          if (e.type !== 'cue') return;
          fired.push(e.index);
          if (e.index === 1) act === 'pause' ? runner.pause() : runner.stop('quit');
        },
      });
      runner.start();
      clock.advance(60_000, 20_000); // one very late timer: cues 1, 2 and 3 are all due when it runs
      expect(fired, act).toEqual([0, 1]);
    }
  });

  it('skips do nothing once the session has ended', async () => {
    const { clock, runner, events, done, plan } = setup();
    clock.advance(plan.durationSeconds * 1000);
    await done;
    const count = events.length;
    runner.skipForward();
    runner.skipBack();
    runner.skipTechnique();
    expect(events).toHaveLength(count);
  });

  it('pause freezes the countdown and shifts every later deadline by the pause', async () => {
    const { clock, runner, cues, done, plan } = setup();
    clock.advance(2000);
    runner.pause();
    expect(runner.remainingInCue()).toBe(3000);
    clock.advance(60_000);
    expect(runner.remainingInCue()).toBe(3000);
    expect(cues()).toHaveLength(1);
    runner.resume();
    clock.advance(plan.durationSeconds * 1000);
    const result = await done;
    expect(cues()[1]!.scheduledMs).toBe(5000 + 60_000);
    expect(result.pausedMs).toBe(60_000);
    expect(result.elapsedMs).toBe(plan.durationSeconds * 1000 + 60_000);
  });

  it('skip forward fires the next cue now and re-bases the rest', async () => {
    const { clock, runner, cues, done, plan } = setup();
    clock.advance(1000);
    runner.skipForward();
    expect(cues()).toHaveLength(2);
    expect(cues()[1]!.atMs).toBe(1000);
    clock.advance(plan.durationSeconds * 1000);
    const result = await done;
    expect(result.elapsedMs).toBe(plan.durationSeconds * 1000 - 4000);
    expect(result.completed).toBe(true);
  });

  it('skip back replays the previous cue', () => {
    const { clock, runner, cues } = setup();
    clock.advance(6000);
    expect(cues().map((e) => e.index)).toEqual([0, 1]);
    runner.skipBack();
    expect(cues().map((e) => e.index)).toEqual([0, 1, 0]);
    clock.advance(5000);
    expect(cues().map((e) => e.index)).toEqual([0, 1, 0, 1]);
  });

  it('skip technique jumps to the next technique', () => {
    const plan = planSession([{ technique: technique('shoulder-rolls') }, { technique: technique('arm-raises') }]);
    const { clock, runner, cues } = setup(plan);
    clock.advance(10_000);
    runner.skipTechnique();
    expect(cues().at(-1)!.cue).toMatchObject({ technique: 'arm-raises', kind: 'ready' });
  });

  it('every event carries its time from the session start, and a skip while paused ends the pause', async () => {
    const { clock, runner, events, done, plan } = setup();
    clock.advance(2000);
    runner.pause();
    clock.advance(3000);
    runner.resume();
    clock.advance(1500);
    runner.pause();
    clock.advance(500);
    runner.skipForward();
    clock.advance(plan.durationSeconds * 1000);
    const result = await done;
    const of = (type: RunnerEvent['type']) => events.filter((e) => e.type === type);
    expect(of('pause')).toEqual([
      { type: 'pause', atMs: 2000 },
      { type: 'pause', atMs: 6500 },
    ]);
    expect(of('resume')).toEqual([{ type: 'resume', atMs: 5000, pausedMs: 3000 }]);
    expect(of('skip')).toEqual([{ type: 'skip', from: 0, to: 1, atMs: 7000 }]);
    expect(runner.isPaused).toBe(false);
    expect(of('tick')[0]).toMatchObject({ index: 0, remainingMs: 5000, atMs: 0 });
    expect(of('tick')[1]).toMatchObject({ index: 0, remainingMs: 4000, atMs: 1000 });
    // The second pause lasted until the skip: 3000 + 500 paused in all.
    expect(result).toMatchObject({ completed: true, pausedMs: 3500, elapsedMs: 7000 + plan.durationSeconds * 1000 - 5000 });
  });

  it('skipping the last technique goes to the closing cue and completes at once; nothing moves once ended', async () => {
    const plan = planSession([{ technique: technique('chair-twist') }, { technique: technique('cat-cow') }]);
    const { runner, cues, done } = setup(plan);
    runner.skipTechnique();
    expect(cues().at(-1)!.cue).toMatchObject({ technique: 'cat-cow', kind: 'ready' });
    runner.skipTechnique();
    const result = await done;
    expect(cues().at(-1)!.cue).toMatchObject({ kind: 'done' });
    expect(result).toMatchObject({ completed: true, reachedIndex: plan.cues.length - 1 });
    const seen = cues().length;
    runner.skipForward();
    runner.skipBack();
    runner.pause();
    expect(runner.isPaused).toBe(false);
    expect(cues().length).toBe(seen);
  });

  it('quit ends at once, not completed', async () => {
    const { clock, runner, done } = setup();
    clock.advance(3000);
    runner.stop('quit');
    const result = await done;
    expect(result).toMatchObject({ completed: false, reason: 'quit', elapsedMs: 3000 });
    expect(clock.pending).toBe(0);
  });
});
