import { describe, expect, it } from 'vitest';
import { isDeskFriendly } from '../src/core/catalog/filter.js';
import { fewestRepeats, fitRoutine } from '../src/core/session/fit.js';
import { effectiveTechnique, planSession, techniqueSeconds } from '../src/core/session/plan.js';
import { builtIn } from './helpers/catalog.js';

/** A repeatable random source (mulberry32). */
function seeded(start: number): () => number {
  let seed = start;
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const desk = builtIn().techniques.filter(isDeskFriendly);

describe('fitRoutine', () => {
  it.each(Array.from({ length: 15 }, (_, i) => [i + 1]))('fits %i minutes: never over by more than 15 s, never far under', (minutes) => {
    for (let seed = 1; seed <= 5; seed++) {
      const fitted = fitRoutine(desk, minutes * 60, { random: seeded(seed) });
      expect(fitted.durationSeconds).toBe(planSession(fitted.items).durationSeconds);
      expect(fitted.durationSeconds).toBeLessThanOrEqual(minutes * 60 + 15);
      expect(fitted.durationSeconds).toBeGreaterThanOrEqual(minutes * 60 - 15);
    }
  });

  it('varies from one break to the next', () => {
    const lists = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        fitRoutine(desk, 180, { random: seeded(seed + 1) })
          .items.map((i) => i.technique.id)
          .join(','),
      ),
    );
    expect(lists.size).toBeGreaterThan(3);
  });

  it('puts recently done techniques at the back', () => {
    const recent = ['shoulder-rolls', 'chair-twist'];
    for (let seed = 1; seed <= 5; seed++) {
      const ids = fitRoutine(desk, 180, { random: seeded(seed), recent }).items.map((i) => i.technique.id);
      expect(ids.some((id) => recent.includes(id))).toBe(false);
    }
  });

  it('uses gentle variants when asked', () => {
    const fitted = fitRoutine(desk, 300, { random: seeded(3), gentle: new Set(desk.map((t) => t.id)) });
    expect(fitted.items.every((i) => i.gentle)).toBe(true);
  });

  // Pinned whole for a few seeds: the order, the trimmed sets and the gentle variants, as the fit makes them.
  it('gives exactly the same routine for the same candidates, options and seed', () => {
    const shown = (fitted: ReturnType<typeof fitRoutine>) =>
      `${fitted.items
        .map(({ technique, gentle }) => {
          return `${technique.id} ×${effectiveTechnique(technique, gentle).movement.sets}${gentle ? ' gentle' : ''}`;
        })
        .join(', ')} = ${fitted.durationSeconds} s`;
    expect([
      shown(fitRoutine(desk, 180, { random: seeded(1) })),
      shown(fitRoutine(desk, 300, { random: seeded(2), recent: ['shoulder-rolls', 'wall-angel'] })),
      shown(fitRoutine(desk, 120, { random: seeded(4), gentle: new Set(desk.map((t) => t.id)) })),
      shown(fitRoutine(desk, 600, { random: seeded(5) })),
      shown(fitRoutine(desk.slice(0, 2), 900, { random: seeded(6) })),
      // Every candidate done recently: the most recent go last.
      shown(fitRoutine(desk.slice(0, 4), 240, { random: seeded(7), recent: desk.slice(0, 4).map((t) => t.id) })),
      // A gentle variant trimmed to fewer sets keeps its own (gentle) movement.
      shown(
        fitRoutine(
          desk.filter((t) => t.id === 'seated-cat-cow'),
          50,
          { random: seeded(8), gentle: new Set(['seated-cat-cow']) },
        ),
      ),
    ]).toMatchInlineSnapshot(`
      [
        "shoulder-shrugs ×2, shoulder-rolls ×1, cross-body-stretch ×1 = 179 s",
        "wall-lean ×2, chair-twist ×1, arm-raises ×1, shoulder-shrugs ×2, seated-cat-cow ×1 = 309 s",
        "cross-body-stretch ×1 gentle, chair-twist ×1 gentle, wall-lean ×1 gentle = 131 s",
        "arm-raises ×1, wall-angel ×1, wall-lean ×2, shoulder-rolls ×1, cross-body-stretch ×1, chair-twist ×1, neck-rolls ×1, seated-cat-cow ×1, shoulder-shrugs ×2, arm-raises ×1 = 599 s",
        "chair-twist ×1, seated-cat-cow ×2, chair-twist ×1, seated-cat-cow ×2 = 298 s",
        "wall-angel ×1, shoulder-shrugs ×2, seated-cat-cow ×2 = 237 s",
        "seated-cat-cow ×1 gentle = 40 s",
      ]
    `);
  });

  /** A seeded source that counts its draws: how much searching a fit did. */
  const counted = (seed: number) => {
    const next = seeded(seed);
    const source = {
      draws: 0,
      random: () => {
        source.draws++;
        return next();
      },
    };
    return source;
  };
  // Draws per trial: one priority per candidate, and one or two per technique the trial goes through.
  const everyTrial = (candidates: number) => 200 * candidates;

  it('stops searching once no routine could repeat fewer recently done techniques', () => {
    // Every technique done recently: each routine repeats some, and three items are the fewest 3 minutes take.
    const source = counted(1);
    const fitted = fitRoutine(desk, 180, { random: source.random, recent: desk.map((t) => t.id) });
    expect(fitted.items).toHaveLength(3);
    expect(source.draws).toBeLessThan(everyTrial(desk.length) / 20);
  });

  it('searches every ordering when nothing fits, and keeps the longest routine', () => {
    const source = counted(3);
    const fitted = fitRoutine(desk.slice(0, 2), 3000, { random: source.random });
    expect(source.draws).toBeGreaterThanOrEqual(everyTrial(2) + 200 * 4);
    expect(fitted.items).toHaveLength(4);
  });

  it('prefers a routine without recently done techniques whenever one fits', () => {
    // One fresh technique fills the break alone. A trial that first trims it to fewer sets fills the rest
    // with a recent one, and fits too: it must lose to a trial that does not. The cycled draws make early
    // trials trim (a draw under 0.3, then a small one for the sets).
    const draws = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35, 0.33, 0.31, 0.1, 0.2, 0.1];
    for (const fresh of desk) {
      const recent = desk.filter((t) => t !== fresh).map((t) => t.id);
      for (let shift = 0; shift < draws.length; shift++) {
        let next = shift;
        const random = () => draws[next++ % draws.length] as number;
        const fitted = fitRoutine(desk, techniqueSeconds(fresh), { random, recent });
        expect(fitted.items.map((i) => i.technique.id)).toEqual([fresh.id]);
      }
    }
  });

  it('keeps candidates of equal priority in their given order', () => {
    // A constant source gives every fresh candidate the same priority: none is moved ahead of another.
    const ids = fitRoutine(desk.slice(0, 3), 600, { random: () => 0.5 }).items.map((i) => i.technique.id);
    expect(ids.slice(0, 3)).toEqual(desk.slice(0, 3).map((t) => t.id));
  });

  it('returns nothing when there is nothing to fit', () => {
    expect(fitRoutine([], 180, { random: seeded(1) })).toEqual({ items: [], durationSeconds: 0 });
  });
});

describe('fewestRepeats', () => {
  it.each([
    // fresh seconds, recent seconds, shortest routine, fewest repeats
    [[], [], 0, 0],
    [[60], [], 120, 0],
    [[60], [], 121, -1],
    [[60], [100], 121, 1],
    [[60], [100], 220, 1],
    [[60], [100], 221, 2],
    [[60], [100], 321, -1],
    // The longest recent items count first, each technique up to twice.
    [[], [30, 90, 60], 180, 2],
    [[], [30, 90, 60], 181, 3],
    [[], [30, 90, 60], 330, 5],
    [[], [30, 90, 60], 331, 6],
    [[], [30, 90, 60], 361, -1],
    [[10, 20], [50], 110, 1],
  ])('fresh %j and recent %j reach %i seconds with %i repeats', (fresh, recent, shortest, repeats) => {
    expect(fewestRepeats(fresh, recent, shortest)).toBe(repeats);
  });
});
