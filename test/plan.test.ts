import { describe, expect, it } from 'vitest';
import type { Technique } from '../src/core/catalog/model.js';
import { planSession, planTechnique, readySeconds, sessionSeconds, techniqueSeconds } from '../src/core/session/plan.js';
import { builtIn, technique } from './helpers/catalog.js';

describe('planTechnique', () => {
  it.each(builtIn().techniques.map((t) => [t.id, t] as const))('%s: duration is the sum of its cues and offsets are cumulative', (_id, t) => {
    for (const gentle of [false, true]) {
      const plan = planTechnique(t, gentle);
      expect(plan.durationSeconds).toBe(plan.cues.reduce((sum, c) => sum + c.seconds, 0));
      let clock = 0;
      for (const cue of plan.cues) {
        expect(cue.startSeconds).toBe(clock);
        clock += cue.seconds;
      }
      expect(plan.cues[0]).toMatchObject({ kind: 'ready', seconds: readySeconds });
      expect(plan.cues.at(-1)).toMatchObject({ kind: 'done', seconds: 0 });
    }
  });

  it.each([
    // ready 5 + setup 6+3 + 3 sets x 5 reps x (3+3) + 2 rests x 15
    ['cat-cow', false, 5 + 9 + 3 * 5 * 6 + 2 * 15],
    // gentle: 2 sets, head level
    ['cat-cow', true, 5 + 9 + 2 * 5 * 6 + 15],
    // ready 5 + setup 5+4 + left 25 + switch 5 + right 25
    ['chair-twist', false, 5 + 9 + 25 + 5 + 25],
    // ready 5 + setup 6+5+3 + 10 reps x 6
    ['wall-angel', false, 5 + 14 + 60],
    // ready 5 + setup 8+4 + 2 sets x (4 reps x 8 + hold 20) + rest 10
    ['foam-roll-upper-back', false, 5 + 12 + 2 * (32 + 20) + 10],
  ])('%s (gentle %s) lasts %i s', (id, gentle, seconds) => {
    expect(planTechnique(technique(id), gentle).durationSeconds).toBe(seconds);
    expect(techniqueSeconds(technique(id), gentle)).toBe(seconds);
  });

  const cat = technique('cat-cow');
  const twist = technique('chair-twist');
  const cases: [string, Technique, boolean][] = [
    ...builtIn().techniques.flatMap((t): [string, Technique, boolean][] => [
      [t.id, t, false],
      [`${t.id} gentle`, t, true],
    ]),
    ['one set, no rest', { ...cat, movement: { ...cat.movement, sets: 1, restSeconds: 15 } }, false],
    ['rests of nothing', { ...cat, movement: { ...cat.movement, restSeconds: 0 } }, false],
    ['sides with no switch time', { ...twist, movement: { ...twist.movement, switchSeconds: 0, sets: 3, restSeconds: 7 } }, false],
    ['no setup', { ...twist, setup: [] }, false],
  ];
  it.each(cases)("techniqueSeconds counts what the plan's timeline adds up to: %s", (_name, t, gentle) => {
    expect(techniqueSeconds(t, gentle)).toBe(planTechnique(t, gentle).durationSeconds);
  });

  it("sessionSeconds is a whole session's timeline, every routine and the gentle variants included", () => {
    const catalog = builtIn();
    for (const routine of catalog.routines) {
      const items = routine.techniques.map((id, i) => ({ technique: technique(id), gentle: i % 2 === 1 }));
      expect(sessionSeconds(items)).toBe(planSession(items).durationSeconds);
    }
    expect(sessionSeconds([])).toBe(0);
  });

  it('counts sets, reps and sides on each cue', () => {
    const cues = planTechnique(technique('chair-twist')).cues;
    const holds = cues.filter((c) => c.kind === 'hold');
    expect(holds.map((c) => c.side)).toEqual(['left', 'right']);
    expect(cues.filter((c) => c.kind === 'switch')).toHaveLength(1);
    const moves = planTechnique(technique('cat-cow')).cues.filter((c) => c.kind === 'move');
    expect(moves).toHaveLength(30);
    expect(moves[29]).toMatchObject({ set: 3, sets: 3, rep: 5, reps: 5 });
    expect(planTechnique(technique('cat-cow')).cues.filter((c) => c.kind === 'rest')).toHaveLength(2);
  });

  it('uses the gentle variant only when asked', () => {
    const normal = planTechnique(technique('cat-cow')).cues.map((c) => c.text);
    const gentle = planTechnique(technique('cat-cow'), true).cues.map((c) => c.text);
    expect(normal).toContain('Cow: lift your head, let the back dip');
    expect(gentle).not.toContain('Cow: lift your head, let the back dip');
    expect(gentle).toContain('Let the back dip a little, head level');
  });
});

describe('planSession', () => {
  it('joins techniques back to back with one done cue', () => {
    const a = technique('shoulder-rolls');
    const b = technique('arm-raises');
    const plan = planSession([{ technique: a }, { technique: b }]);
    expect(plan.durationSeconds).toBe(planTechnique(a).durationSeconds + planTechnique(b).durationSeconds);
    expect(plan.cues.filter((c) => c.kind === 'done')).toHaveLength(1);
    expect(plan.cues.find((c) => c.technique === 'arm-raises')!.startSeconds).toBe(planTechnique(a).durationSeconds);
  });

  it('is empty for no techniques', () => {
    expect(planSession([])).toEqual({ cues: [], durationSeconds: 0 });
  });
});
