import type { z } from 'zod';
import { t } from '../i18n/translate.js';

/** Just the parts of a catalog that name poses (structural, so this file needs nothing from the schema). */
interface StepLike {
  pose?: string;
}
type PhaseLike = ({ type: 'hold' } & StepLike) | { type: 'reps'; steps: StepLike[] };
interface MovementLike {
  phases: PhaseLike[];
}
interface PoseRefs {
  techniques: { setup: StepLike[]; movement: MovementLike; gentle?: { setup?: StepLike[]; movement?: MovementLike } }[];
}

/** Every "pose" a step or hold names must exist: among the built-in poses or the catalog's own. */
export function checkPoseRefs(catalog: PoseRefs, poses: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const check = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !poses.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'pose'],
        message: t('no pose has the id "{id}"; use an id from data/poses.json, or add the pose under "poses"', { id }),
      });
    }
  };
  catalog.techniques.forEach((t, i) => {
    const movements: [MovementLike | undefined, (string | number)[]][] = [
      [t.movement, ['techniques', i, 'movement']],
      [t.gentle?.movement, ['techniques', i, 'gentle', 'movement']],
    ];
    for (const [j, step] of t.setup.entries()) check(step.pose, ['techniques', i, 'setup', j]);
    for (const [j, step] of (t.gentle?.setup ?? []).entries()) check(step.pose, ['techniques', i, 'gentle', 'setup', j]);
    for (const [movement, path] of movements) {
      for (const [j, phase] of (movement?.phases ?? []).entries()) {
        if (phase.type === 'hold') check(phase.pose, [...path, 'phases', j]);
        else for (const [k, step] of phase.steps.entries()) check(step.pose, [...path, 'phases', j, 'steps', k]);
      }
    }
  });
}
