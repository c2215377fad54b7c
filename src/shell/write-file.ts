import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t } from '../core/i18n/translate.js';
import { errnoWords } from './errno.js';
import { UsageError } from './errors.js';

/**
 * Writes a whole file or nothing: a temporary file beside it, flushed to disk, then an atomic rename over the
 * target. A crash at any point leaves either the old file or the new one, never a half-written one.
 * `flush: false` is for caches whose damage is detected when read (whole JSON that would not parse) and that
 * are rebuilt: waiting for the disk costs a millisecond or more, on every run that updates them.
 */
export function writeFileAtomic(path: string, text: string, options: { flush?: boolean } = {}): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, text);
      if (options.flush !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(t('cannot write {file} ({why}). Check that its folder exists and is writable.', { file: path, why: errnoWords(error) }));
  }
}
