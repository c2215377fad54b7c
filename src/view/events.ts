/** The NDJSON events of `--json`, one shape each, in one place: live sessions and --dry-run write the same. */
import type { Level } from '../core/safety/levels.js';
import type { Cue, Plan } from '../core/session/plan.js';
import type { EndReason } from '../core/session/runner-events.js';
import { jsonSafe } from './text.js';

const millis = (ms: number) => Math.round(ms * 1000) / 1000;

export const screenEvent = (screen: 'quick' | 'full' | 'profile', level: Level) => ({ type: 'screen', screen, level });

export const startEvent = (plan: Plan) => ({
  type: 'start',
  techniques: [...new Set(plan.cues.map((cue) => cue.technique))],
  plannedSeconds: plan.durationSeconds,
});

export const cueEvent = (cue: Cue, scheduledMs: number, atMs: number) => ({
  type: 'cue',
  technique: cue.technique,
  kind: cue.kind,
  text: cue.text,
  seconds: cue.seconds,
  set: cue.set ?? null,
  rep: cue.rep ?? null,
  side: cue.side ?? null,
  caution: cue.caution ?? null,
  scheduledMs: millis(scheduledMs),
  atMs: millis(atMs),
});

export const painEvent = (technique: string, level: number) => ({ type: 'pain', technique, level });

export const endEvent = (completed: boolean, reason: EndReason, elapsedMs: number) => ({
  type: 'end',
  completed,
  reason,
  elapsedMs: millis(elapsedMs),
});

/** One event as one line. */
export const ndjson = (event: object): string => `${jsonSafe(JSON.stringify(event))}\n`;
