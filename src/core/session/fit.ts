import type { Technique } from '../catalog/model.js';
import { effectiveTechnique, type PlanItem, techniqueSeconds } from './plan.js';

export interface FitOptions {
  /** Technique ids done recently, most recent first; they go to the back of the queue. */
  recent?: readonly string[];
  /** Ids to run in their gentle variant. */
  gentle?: ReadonlySet<string>;
  /** A source of randomness in [0, 1), injected so tests are repeatable. */
  random: () => number;
}

/** Random orderings tried per fit: plenty for a catalog of a few dozen techniques, and instant. */
const orderingsToTry = 200;

/** A break may end at most this many seconds after its target, and within this of it counts as a fit. */
const fitToleranceSeconds = 15;

export interface FittedRoutine {
  items: PlanItem[];
  durationSeconds: number;
}

/** The technique with fewer sets: how a break trims a technique to fit. */
function withSets(technique: Technique, sets: number, gentle: boolean): Technique {
  const source = effectiveTechnique(technique, gentle).movement;
  const movement = { ...source, sets };
  return gentle && technique.gentle ? { ...technique, gentle: { ...technique.gentle, movement } } : { ...technique, movement };
}

/**
 * Fits techniques into a break of `targetSeconds`: never longer than target + tolerance, as close to the
 * target as the techniques allow, each technique at most twice, and varied: recently done techniques are
 * pushed back, and the rest of the order is shuffled, so consecutive breaks differ.
 */
export function fitRoutine(candidates: readonly Technique[], targetSeconds: number, options: FitOptions): FittedRoutine {
  const tolerance = fitToleranceSeconds;
  const limit = targetSeconds + tolerance;
  const recentRank = new Map((options.recent ?? []).map((id, i) => [id, i]));
  const gentle = options.gentle ?? new Set<string>();
  // Recently done techniques score lower; the random part breaks ties and varies the order.
  const priority = (t: Technique) => {
    const rank = recentRank.get(t.id);
    return (rank === undefined ? 2 : 1 - 1 / (rank + 2)) + options.random();
  };

  // Planned durations add up (a session only appends a zero-second done cue), so each variant is counted once,
  // by techniqueSeconds: building every variant's cues cost a break about 10M instructions at start-up.
  const durations = new Map<string, number>();
  const durationOf = (item: PlanItem, sets: number) => {
    const key = `${item.technique.id}/${sets}/${item.gentle}`;
    const known = durations.get(key);
    if (known !== undefined) return known;
    const seconds = techniqueSeconds(item.technique, item.gentle);
    durations.set(key, seconds);
    return seconds;
  };

  let best: { items: PlanItem[]; duration: number; score: number } | undefined;
  for (let trial = 0; trial < orderingsToTry; trial++) {
    const order = [...candidates]
      .map((t) => ({ t, p: priority(t) }))
      .sort((a, b) => b.p - a.p)
      .map((x) => x.t);
    const items: PlanItem[] = [];
    let duration = 0;
    for (const round of [1, 2]) {
      for (const technique of order) {
        if (round === 2 && duration >= targetSeconds - 10) break;
        const isGentle = gentle.has(technique.id);
        const fullSets = effectiveTechnique(technique, isGentle).movement.sets;
        // Now and then start from fewer sets, so trials also explore the shorter versions that fill gaps.
        const startSets = options.random() < 0.3 ? 1 + Math.floor(options.random() * fullSets) : fullSets;
        for (let sets = startSets; sets >= 1; sets--) {
          const item: PlanItem = { technique: withSets(technique, sets, isGentle), gentle: isGentle };
          const next = duration + durationOf(item, sets);
          if (next <= limit) {
            items.push(item);
            duration = next;
            break;
          }
        }
      }
    }
    // Within 15 s of the target either way counts as a fit, and fits are equally good but for how many
    // recently done techniques they repeat; the orders are random, so equal fits vary from break to break.
    // A shorter routine only wins when nothing fits.
    const shortBy = targetSeconds - duration;
    const repeats = items.filter((i) => recentRank.has(i.technique.id)).length;
    const score = (shortBy > tolerance ? 10_000 + shortBy * 10 : 0) + repeats * 60;
    if (!best || score < best.score) best = { items, duration, score };
    if (score === 0) break;
  }
  return { items: best?.items ?? [], durationSeconds: best?.duration ?? 0 };
}
