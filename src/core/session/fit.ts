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

/** A candidate as the trials see it: its variant, its full sets, whether it was done recently, its durations. */
interface Choice {
  technique: Technique;
  isGentle: boolean;
  fullSets: number;
  recent: boolean;
  /** The fixed part of its priority: recently done techniques score lower, the most recent lowest. */
  weight: number;
  /** Seconds by number of sets, counted when first needed. */
  seconds: number[];
}

const secondsOf = (choice: Choice, sets: number): number =>
  (choice.seconds[sets] ??= techniqueSeconds(withSets(choice.technique, sets, choice.isGentle), choice.isGentle));

/**
 * The fewest recently done items a routine of at least `shortest` seconds must repeat: the fresh techniques'
 * items (each twice, at full sets) first, then the longest recent ones. No fitting trial can score better,
 * so the search stops once a trial reaches it. -1 when nothing reaches `shortest`: then no trial ends it early.
 * Each list holds one technique's full-set seconds per entry.
 */
export function fewestRepeats(fresh: readonly number[], recent: readonly number[], shortest: number): number {
  let reach = 2 * fresh.reduce((total, seconds) => total + seconds, 0);
  const longestFirst = [...recent, ...recent].sort((a, b) => b - a);
  for (let repeats = 0; ; repeats++) {
    if (reach >= shortest) return repeats;
    if (repeats === longestFirst.length) return -1;
    reach += longestFirst[repeats] as number;
  }
}

/** Orders `into` by descending priority, keeping equal ones in candidate order (a stable sort, without objects). */
function orderByPriority(priorities: Float64Array, into: Int32Array): void {
  for (let i = 0; i < priorities.length; i++) {
    let j = i;
    for (; j > 0 && (priorities[into[j - 1] as number] as number) < (priorities[i] as number); j--) into[j] = into[j - 1] as number;
    into[j] = i;
  }
}

/**
 * Fits techniques into a break of `targetSeconds`: never longer than target + tolerance, as close to the
 * target as the techniques allow, each technique at most twice, and varied: recently done techniques are
 * pushed back, and the rest of the order is shuffled, so consecutive breaks differ.
 */
export function fitRoutine(candidates: readonly Technique[], targetSeconds: number, options: FitOptions): FittedRoutine {
  const { random } = options;
  const limit = targetSeconds + fitToleranceSeconds;
  const recentRank = new Map((options.recent ?? []).map((id, i) => [id, i]));
  const choices: Choice[] = candidates.map((technique) => {
    const isGentle = options.gentle?.has(technique.id) ?? false;
    const rank = recentRank.get(technique.id);
    const fullSets = effectiveTechnique(technique, isGentle).movement.sets;
    return { technique, isGentle, fullSets, recent: rank !== undefined, weight: rank === undefined ? 2 : 1 - 1 / (rank + 2), seconds: [] };
  });
  const fullSeconds = (recent: boolean) => choices.filter((c) => c.recent === recent).map((c) => secondsOf(c, c.fullSets));
  const floor = fewestRepeats(fullSeconds(false), fullSeconds(true), targetSeconds - fitToleranceSeconds);
  // Trials only add numbers into these; only the best one's techniques are built. Building them in every trial
  // cost a break over 10 ms at start-up when every technique had been done recently (all 200 trials then run).
  const priorities = new Float64Array(choices.length);
  const order = new Int32Array(choices.length);
  const picked = new Int32Array(2 * choices.length);
  const pickedSets = new Int32Array(2 * choices.length);
  let best: { at: Int32Array; sets: Int32Array; duration: number; score: number } | undefined;
  for (let trial = 0; trial < orderingsToTry; trial++) {
    for (let i = 0; i < choices.length; i++) priorities[i] = (choices[i] as Choice).weight + random();
    orderByPriority(priorities, order);
    let picks = 0;
    let duration = 0;
    let repeats = 0;
    for (let round = 1; round <= 2; round++) {
      for (let k = 0; k < order.length && !(round === 2 && duration >= targetSeconds - 10); k++) {
        const choice = choices[order[k] as number] as Choice;
        // Now and then start from fewer sets, so trials also explore the shorter versions that fill gaps.
        const startSets = random() < 0.3 ? 1 + Math.floor(random() * choice.fullSets) : choice.fullSets;
        for (let sets = startSets; sets >= 1; sets--) {
          const next = duration + secondsOf(choice, sets);
          if (next > limit) continue;
          picked[picks] = order[k] as number;
          pickedSets[picks++] = sets;
          duration = next;
          if (choice.recent) repeats++;
          break;
        }
      }
    }
    // Within 15 s of the target either way counts as a fit, and fits are equally good but for how many
    // recently done techniques they repeat; the orders are random, so equal fits vary from break to break.
    // A shorter routine only wins when nothing fits.
    const shortBy = targetSeconds - duration;
    const score = (shortBy > fitToleranceSeconds ? 10_000 + shortBy * 10 : 0) + repeats * 60;
    if (!best || score < best.score) best = { at: picked.slice(0, picks), sets: pickedSets.slice(0, picks), duration, score };
    if (score <= floor * 60) break;
  }
  if (!best) return { items: [], durationSeconds: 0 };
  const { sets } = best;
  const items = Array.from(best.at, (at, i): PlanItem => {
    const { technique, isGentle } = choices[at] as Choice;
    return { technique: withSets(technique, sets[i] as number, isGentle), gentle: isGentle };
  });
  return { items, durationSeconds: best.duration };
}
