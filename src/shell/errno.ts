import { t } from '../core/i18n/translate.js';

/** A file-system error code in words a person can act on; unknown codes are shown as they are. */
const words: Record<string, () => string> = {
  ENOENT: () => t('no such file'),
  EACCES: () => t('permission denied'),
  EPERM: () => t('permission denied'),
  EISDIR: () => t('it is a folder'),
  ENOTDIR: () => t('part of the path is not a folder'),
  ENOSPC: () => t('the disk is full'),
  EDQUOT: () => t('the disk quota is used up'),
  EROFS: () => t('the file system is read-only'),
  EEXIST: () => t('it already exists'),
};

export const errnoWords = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? (words[code]?.() ?? code) : t('error');
};
