import { describe, expect, it } from 'vitest';
import { isDeskFriendly } from '../src/core/catalog/filter.js';
import { fitRoutine } from '../src/core/session/fit.js';
import { planSession } from '../src/core/session/plan.js';
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

  it('returns nothing when there is nothing to fit', () => {
    expect(fitRoutine([], 180, { random: seeded(1) })).toEqual({ items: [], durationSeconds: 0 });
  });
});
