import type { Movement, Step, Technique } from '../catalog/model.js';
import { t } from '../i18n/translate.js';

type Side = 'left' | 'right';
type CueKind = 'ready' | 'setup' | 'move' | 'hold' | 'switch' | 'rest' | 'done';

/** One instruction on the timeline. `startSeconds` is its offset from the start of the plan. */
export interface Cue {
  kind: CueKind;
  technique: string;
  text: string;
  detail?: string;
  seconds: number;
  startSeconds: number;
  set?: number;
  sets?: number;
  rep?: number;
  reps?: number;
  side?: Side;
  breaths?: number;
  /** On a get-ready cue: the technique's most important caution. */
  caution?: string;
  /** The key pose this cue reaches (see data/poses.json); drawn mirrored on the right side. */
  pose?: string;
}

export interface Plan {
  cues: Cue[];
  durationSeconds: number;
}

export interface PlanItem {
  technique: Technique;
  /** Use the technique's gentler variant (the safety screen softened it). */
  gentle?: boolean;
}

export const readySeconds = 5;

/** The technique as it will be done: its gentle variant's setup and movement when asked for and present. */
export function effectiveTechnique(technique: Technique, gentle = false): { setup: Step[]; movement: Movement } {
  const variant = gentle ? technique.gentle : undefined;
  return { setup: variant?.setup ?? technique.setup, movement: variant?.movement ?? technique.movement };
}

type Draft = Omit<Cue, 'startSeconds' | 'technique'>;

function movementCues(movement: Movement, restPose: string | undefined): Draft[] {
  const cues: Draft[] = [];
  const sides: (Side | undefined)[] = movement.sides === 'left-right' ? ['left', 'right'] : [undefined];
  for (let set = 1; set <= movement.sets; set++) {
    sides.forEach((side, sideIndex) => {
      if (sideIndex > 0 && movement.switchSeconds > 0) {
        cues.push({
          kind: 'switch',
          text: side === 'left' ? t('Switch to the left side') : t('Switch to the right side'),
          seconds: movement.switchSeconds,
          set,
          sets: movement.sets,
          side,
          pose: restPose,
        });
      }
      for (const phase of movement.phases) {
        if (phase.type === 'hold') {
          cues.push({
            kind: 'hold',
            text: phase.cue,
            detail: phase.detail,
            seconds: phase.seconds,
            set,
            sets: movement.sets,
            side,
            breaths: phase.breaths,
            pose: phase.pose,
          });
          continue;
        }
        for (let rep = 1; rep <= phase.count; rep++) {
          for (const step of phase.steps) {
            cues.push({
              kind: 'move',
              text: step.cue,
              detail: step.detail,
              seconds: step.seconds,
              set,
              sets: movement.sets,
              rep,
              reps: phase.count,
              side,
              pose: step.pose,
            });
          }
        }
      }
    });
    if (set < movement.sets && movement.restSeconds > 0) {
      cues.push({ kind: 'rest', text: t('Rest, breathe easy'), seconds: movement.restSeconds, set, sets: movement.sets, pose: restPose });
    }
  }
  return cues;
}

/** Technique → its cues without timing offsets: get-ready countdown, setup, then every set, side and rep. */
function techniqueDrafts(item: PlanItem): Draft[] {
  const { setup, movement } = effectiveTechnique(item.technique, item.gentle);
  // Getting ready, switching sides and resting all return to where the setup began.
  const restPose = setup[0]?.pose;
  return [
    {
      kind: 'ready',
      text: t('Get ready: {name}', { name: item.technique.name }),
      seconds: readySeconds,
      caution: item.technique.cautions[0],
      pose: restPose,
    },
    ...setup.map((step): Draft => ({ kind: 'setup', text: step.cue, detail: step.detail, seconds: step.seconds, pose: step.pose })),
    ...movementCues(movement, restPose),
  ];
}

/**
 * The one planner: techniques → a timeline. Every duration limber shows is computed here, never typed
 * by hand. A session of several techniques ends with one `done` cue of zero seconds.
 */
export function planSession(items: readonly PlanItem[]): Plan {
  const cues: Cue[] = [];
  let clock = 0;
  for (const item of items) {
    for (const draft of techniqueDrafts(item)) {
      // Every field named, in one order, so every cue has one shape: a spread of the drafts' several shapes
      // took V8's slow path for each cue, about a quarter of a break's planning and printing at start-up.
      // The order is the drafts' own, then technique and start, as JSON output has always listed them.
      cues.push({
        kind: draft.kind,
        text: draft.text,
        detail: draft.detail,
        seconds: draft.seconds,
        set: draft.set,
        sets: draft.sets,
        rep: draft.rep,
        reps: draft.reps,
        side: draft.side,
        breaths: draft.breaths,
        caution: draft.caution,
        pose: draft.pose,
        technique: item.technique.id,
        startSeconds: clock,
      });
      clock += draft.seconds;
    }
  }
  const last = items.at(-1);
  if (last) cues.push({ kind: 'done', technique: last.technique.id, text: t('Well done. Session complete.'), seconds: 0, startSeconds: clock });
  return { cues, durationSeconds: clock };
}

export function planTechnique(technique: Technique, gentle = false): Plan {
  return planSession([{ technique, gentle }]);
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Whole seconds a technique takes, as planned: the sum of its plan's cues (a test holds the two equal for
 * every technique), counted without building them, because `limber list` times every technique and routine.
 */
export function techniqueSeconds(technique: Technique, gentle = false): number {
  const { setup, movement } = effectiveTechnique(technique, gentle);
  const sides = movement.sides === 'left-right' ? 2 : 1;
  const phases = sum(
    movement.phases.map((phase) => (phase.type === 'hold' ? phase.seconds : phase.count * sum(phase.steps.map((step) => step.seconds)))),
  );
  const perSet = sides * phases + (sides - 1) * Math.max(0, movement.switchSeconds);
  const rests = Math.max(0, movement.sets - 1) * Math.max(0, movement.restSeconds);
  return readySeconds + sum(setup.map((step) => step.seconds)) + Math.max(0, movement.sets) * perSet + rests;
}

/** Whole seconds a session of these techniques takes: the sum of theirs (the closing cue takes none). */
export const sessionSeconds = (items: readonly PlanItem[]): number => sum(items.map((item) => techniqueSeconds(item.technique, item.gentle)));
