import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../core/i18n/translate.js';
import type { Profile } from '../core/safety/profile.js';
import { checkProfile } from '../core/safety/profile-check.js';
import { errnoWords } from './errno.js';
import { DataError } from './errors.js';
import { parseJsonText } from './json-file.js';
import { limberPaths } from './paths.js';
import { writeFileAtomic } from './write-file.js';

export const profilePath = (env: NodeJS.ProcessEnv): string => join(limberPaths(env).data, 'profile.json');

const remedy = () => t("run 'limber check' to write a new one, or 'limber profile --forget' to remove it");

/**
 * The saved health profile, or undefined when there is none. A damaged or unreadable file is an error
 * (exit 2), never "no profile": ignoring it would forget what the check learned.
 */
export async function readProfile(env: NodeJS.ProcessEnv): Promise<Profile | undefined> {
  const path = profilePath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file, or a data "folder" that is not one: there is no profile (the history store reports that folder).
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new DataError(
      t('{file}: cannot read your health profile ({why}). Make it readable, or {remedy}.', { file: path, why: errnoWords(error), remedy: remedy() }),
    );
  }
  const data = await parseJsonText(text, path, t('The file is damaged: {remedy}', { remedy: remedy() }));
  const checked = checkProfile(data);
  if ('profile' in checked) return checked.profile;
  throw new DataError(`${path}: ${checked.place}: ${checked.problem}. ${t('The file is damaged: {remedy}', { remedy: remedy() })}.`);
}

/** Saves the profile whole or not at all. */
export function writeProfile(env: NodeJS.ProcessEnv, profile: Profile): void {
  const path = profilePath(env);
  try {
    mkdirSync(limberPaths(env).data, { recursive: true });
  } catch (error) {
    throw new DataError(t('cannot create the folder for {file} ({why}).', { file: path, why: errnoWords(error) }));
  }
  writeFileAtomic(path, `${JSON.stringify(profile, null, 2)}\n`);
}

export function removeProfile(env: NodeJS.ProcessEnv): boolean {
  const path = profilePath(env);
  try {
    rmSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new DataError(t("{file}: cannot remove it ({why}). Check the folder's permissions.", { file: path, why: errnoWords(error) }));
  }
}
