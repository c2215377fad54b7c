/**
 * Which figure to draw at a moment of a session: each cue moves from the pose before it to its own, then
 * holds still. A step that repeats its pose (one-step reps such as shoulder rolls) goes there and back.
 * The right side of a sided technique is the left side's pose, mirrored.
 */
import type { Cue, Plan } from '../session/plan.js';
import { ease, interpolate, mirror, type Pose } from './model.js';

/** The poses a session or chart can show, by id (a Map will do; the shell's reads each only when asked for). */
export interface PoseLibrary {
  get(id: string): Pose | undefined;
}

/** A movement into a pose takes this long, or most of a short cue. */
const moveMs = 1500;

function resolve(cue: Cue | undefined, poses: PoseLibrary): Pose | undefined {
  const pose = cue?.pose === undefined ? undefined : poses.get(cue.pose);
  return pose && cue?.side === 'right' ? mirror(pose) : pose;
}

/** The figure `elapsedMs` into cue `index` (plan seconds are `unitMs` long), or undefined without a pose. */
export function figureAt(plan: Plan, index: number, elapsedMs: number, unitMs: number, poses: PoseLibrary): Pose | undefined {
  const cue = plan.cues[index];
  const target = resolve(cue, poses);
  if (!cue || !target) return undefined;
  const before = plan.cues[index - 1];
  const from = before?.technique === cue.technique ? (resolve(before, poses) ?? target) : target;
  const cueMs = cue.seconds * unitMs;
  const repeats = cue.kind === 'move' && before?.kind === 'move' && before.pose === cue.pose && before.side === cue.side;
  if (repeats) {
    // Out to the technique's starting pose and back within the step, so each rep is seen to happen.
    const start = resolve(
      plan.cues.find((c) => c.technique === cue.technique && c.kind === 'ready'),
      poses,
    )!;
    return interpolate(target, start, Math.sin(Math.PI * Math.min(1, Math.max(0, elapsedMs / (cueMs || 1)))));
  }
  return interpolate(from, target, ease(elapsedMs / Math.min(moveMs * (unitMs / 1000), cueMs * 0.6 || 1)));
}
