import { execFile, spawn } from 'node:child_process';

interface ProgramResult {
  /** null when the program could not start or ran out of time. */
  code: number | null;
  stdout: string;
}

/** Runs a program and collects its output; never throws, never waits longer than `timeoutMs`. */
export type RunProgram = (file: string, args: readonly string[], timeoutMs?: number) => Promise<ProgramResult>;

export const runProgram =
  (env: NodeJS.ProcessEnv): RunProgram =>
  (file, args, timeoutMs = 2000) =>
    new Promise((resolve) => {
      execFile(file, [...args], { env, timeout: timeoutMs, windowsHide: true, maxBuffer: 1 << 20 }, (error, stdout) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout: String(stdout) });
      });
    });

/**
 * Starts a program and does not wait for it, so a slow notification daemon can never hold up a reminder;
 * `onDone` hears whether it worked. The process stays until the program ends (at most 10 s), so it is told.
 */
export function startProgram(env: NodeJS.ProcessEnv, file: string, args: readonly string[], onDone: (ok: boolean) => void): void {
  const child = spawn(file, [...args], { env, stdio: 'ignore', windowsHide: true });
  const timer = setTimeout(() => child.kill(), 10_000);
  timer.unref();
  child.once('error', () => {
    clearTimeout(timer);
    onDone(false);
  });
  child.once('exit', (code) => {
    clearTimeout(timer);
    onDone(code === 0);
  });
}
