import { t } from '../core/i18n/translate.js';
import type { Profile } from '../core/safety/profile.js';
import type { CommandContext } from '../shell/context.js';
import { isLimberError } from '../shell/errors.js';
import { writeProfile } from '../shell/profile-store.js';

/**
 * Saves the health profile after a screen. If it cannot be written the screen still counts for this command,
 * and the person is told plainly that the next session will not know it.
 */
export function saveProfile(ctx: CommandContext, profile: Profile): boolean {
  try {
    writeProfile(ctx.io.env, profile);
    return true;
  } catch (error) {
    if (!isLimberError(error)) throw error;
    ctx.io.stderr.write(
      `${ctx.styles.err.yellow(t('limber: warning:'))} ${error.message} ${t('Your health profile was not saved, so the next session cannot apply what this screen learned.')}\n`,
    );
    return false;
  }
}
