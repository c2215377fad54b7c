import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OnceMemory } from '../core/remind/once.js';
import type { Phase } from '../core/remind/scheduler.js';
import { limberPaths } from './paths.js';
import { writeFileAtomic } from './write-file.js';

/** What a running reminder loop tells other terminals: `limber remind --status` reads it. */
export interface LoopState {
  pid: number;
  phase: Phase;
  /** When the next reminder is due (counting), as an ISO time; null in other phases. */
  nextAt: string | null;
  snoozed: boolean;
  pausedUntil: string | null;
  /** When working hours begin again, while off-hours. */
  resumesAt: string | null;
  putOffs: number;
}

const fileIn = (env: NodeJS.ProcessEnv, name: string) => join(limberPaths(env).state, name);
const loopStatePath = (env: NodeJS.ProcessEnv) => fileIn(env, 'remind.json');
const pausePath = (env: NodeJS.ProcessEnv) => fileIn(env, 'remind-pause.json');
const oncePath = (env: NodeJS.ProcessEnv) => fileIn(env, 'remind-once.json');

/** A small JSON file of ours, or undefined when it is missing or unreadable: these files are only hints. */
function readHint(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Written whole (a temporary file, then a rename), so a reader never sees half a file. */
function writeHint(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileAtomic(path, `${JSON.stringify(value)}\n`);
}

/** Whether a process with this id is alive (EPERM: alive, but another user's). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running loop's state, or undefined when no loop runs (no file, or its process has gone). */
export function readLoopState(env: NodeJS.ProcessEnv): LoopState | undefined {
  const state = readHint(loopStatePath(env)) as LoopState | undefined;
  if (!state || !Number.isInteger(state.pid) || typeof state.phase !== 'string') return undefined;
  return isAlive(state.pid) ? state : undefined;
}

export const writeLoopState = (env: NodeJS.ProcessEnv, state: LoopState): void => writeHint(loopStatePath(env), state);

export function removeLoopState(env: NodeJS.ProcessEnv): void {
  // Only our own: a second loop started later keeps its file.
  if ((readHint(loopStatePath(env)) as LoopState | undefined)?.pid === process.pid) {
    rmSync(loopStatePath(env), { force: true });
  }
}

/** The pause set with `--pause`, as epoch milliseconds, or null. */
export function readPause(env: NodeJS.ProcessEnv): number | null {
  const pause = readHint(pausePath(env)) as { until?: unknown } | undefined;
  const until = typeof pause?.until === 'string' ? Date.parse(pause.until) : Number.NaN;
  return Number.isNaN(until) ? null : until;
}

export function writePause(env: NodeJS.ProcessEnv, until: Date | null): void {
  if (until === null) rmSync(pausePath(env), { force: true });
  else writeHint(pausePath(env), { until: until.toISOString() });
}

export function readOnceMemory(env: NodeJS.ProcessEnv): OnceMemory | null {
  const memory = readHint(oncePath(env)) as Partial<OnceMemory> | undefined;
  return Number.isFinite(memory?.intervalStart) && Number.isFinite(memory?.lastRun) ? (memory as OnceMemory) : null;
}

export const writeOnceMemory = (env: NodeJS.ProcessEnv, memory: OnceMemory): void => writeHint(oncePath(env), memory);
