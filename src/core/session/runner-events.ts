/** What a session runner reports as it plays, and how a session ended. */
import type { Clock } from './clock.js';
import type { Cue } from './plan.js';

export type EndReason = 'completed' | 'quit' | 'pain' | 'interrupted';

export type RunnerEvent =
  | { type: 'cue'; index: number; cue: Cue; scheduledMs: number; atMs: number }
  | { type: 'tick'; index: number; remainingMs: number; atMs: number }
  | { type: 'pause'; atMs: number }
  | { type: 'resume'; atMs: number; pausedMs: number }
  | { type: 'skip'; from: number; to: number; atMs: number }
  | { type: 'end'; reason: EndReason; completed: boolean; elapsedMs: number; pausedMs: number };

export interface RunnerOptions {
  clock: Clock;
  /** Multiplies every wait (LIMBER_TIME_SCALE); 1 is real time. */
  scale?: number;
  onEvent: (event: RunnerEvent) => void;
}

export interface SessionResult {
  reason: EndReason;
  completed: boolean;
  elapsedMs: number;
  pausedMs: number;
  /** Index of the last cue reached. */
  reachedIndex: number;
}
