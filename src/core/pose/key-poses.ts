import type { Movement, Step } from '../catalog/model.js';

/** The poses a technique reaches, in order, each once: its starting pose, then every step's and hold's. */
export function keyPoseIds(setup: readonly Step[], movement: Movement): string[] {
  const ids = [setup[0]?.pose, ...movement.phases.flatMap((phase) => (phase.type === 'hold' ? [phase.pose] : phase.steps.map((step) => step.pose)))];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}
