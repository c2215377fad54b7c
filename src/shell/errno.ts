/** A file-system error code in words a person can act on; unknown codes are shown as they are. */
const words: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EEXIST: 'it already exists',
};

export const errnoWords = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? (words[code] ?? code) : 'error';
};
