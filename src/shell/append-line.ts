import { closeSync, fstatSync, ftruncateSync, openSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';

/** The file operations an append uses, injectable so tests can fail a write half-way (a full disk, say). */
export interface AppendFs {
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
}

const realFs: AppendFs = { writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length) };

/** A lock older than this was left by a process that died holding it. */
const staleLockMs = 10_000;
const lockWaitMs = 2_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes `<file>.lock` (created exclusively), waiting briefly for another appender; a stale lock is broken. */
function lock(lockPath: string): () => void {
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      return () => unlinkSync(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = (() => {
        try {
          return Date.now() - statSync(lockPath).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > staleLockMs || Date.now() > deadline) {
        try {
          unlinkSync(lockPath);
        } catch {
          // Another appender broke it first.
        }
      } else {
        sleep(5);
      }
    }
  }
}

/**
 * Appends one line to a file whole or not at all. Appenders take turns under a lock file, so when a write
 * fails part-way (the disk is full), the file is cut back to its size before this write, which removes only
 * this write's bytes; the error is then thrown. A line left unfinished by a crash elsewhere is not touched:
 * the new line starts on a fresh line after it.
 */
export function appendLine(path: string, line: string, fs: AppendFs = realFs): void {
  const unlock = lock(`${path}.lock`);
  try {
    const fd = openSync(path, 'a+');
    try {
      const size = fstatSync(fd).size;
      const last = Buffer.alloc(1);
      if (size > 0) readSync(fd, last, 0, 1, size - 1);
      const bytes = Buffer.from(size > 0 && last[0] !== 0x0a ? `\n${line}\n` : `${line}\n`);
      try {
        let written = 0;
        while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        ftruncateSync(fd, size);
        throw error;
      }
    } finally {
      closeSync(fd);
    }
  } finally {
    unlock();
  }
}
