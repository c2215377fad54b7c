import type { Catalog } from '../../core/catalog/model.js';
import type { Config } from '../../core/config/schema.js';
import { localDate, readableDate } from '../../core/dates.js';
import { pendingPainCheck } from '../../core/history/pain.js';
import type { HistoryRecord } from '../../core/history/records.js';
import { t } from '../../core/i18n/translate.js';
import { defaultEmergencyNumber } from '../../core/safety/emergency.js';
import type { Profile } from '../../core/safety/profile.js';
import type { TriageResult } from '../../core/safety/triage.js';
import type { CommandContext } from '../../shell/context.js';
import { ExitCode, exitCodeFor, SafetyStop } from '../../shell/errors.js';
import { screenRecord } from '../../shell/history-log.js';
import type { HistoryStore } from '../../shell/history-store.js';
import { safetyData } from '../../shell/safety-data.js';
import { assertCanScreen, type ScreenOptions, screenBeforeSession } from '../../shell/screen.js';
import { welcomeOnFirstRun } from '../../shell/welcome.js';
import { ndjson, screenEvent } from '../../view/events.js';
import { formatOutcome, formatStanding, profileLine } from '../../view/safety-report.js';
import { terminalSafe, wrapText } from '../../view/text.js';
import { saveProfile } from '../profile-save.js';

/** What a session needs besides its techniques: settings, and the history it reads and extends. */
export interface SessionSetup {
  command: 'run' | 'break';
  config: Config;
  store: HistoryStore;
  records: HistoryRecord[];
  catalog: Catalog;
  profile: Profile | undefined;
  scale: number;
  now: Date;
}

/**
 * The screen before a session, reported. A standing see-professional result refuses at once; urgent and
 * see-professional answers end here, before any instruction is printed; caution returns so the session can run
 * without the left-out techniques. Whatever the screen learned is saved to the profile before anything else.
 */
export async function screenForSession(ctx: CommandContext, options: ScreenOptions & { json?: boolean }, setup: SessionSetup): Promise<TriageResult> {
  const { catalog, profile, store } = setup;
  const safety = safetyData();
  const c = ctx.styles.err;
  const width = ctx.io.stderr.columns ?? 80;
  const emergency = options.emergencyNumber || defaultEmergencyNumber();
  assertCanScreen(ctx, 'quick', options);
  if (profile?.standing) {
    if (options.json) ctx.io.stdout.write(ndjson(screenEvent('profile', profile.standing.level)));
    ctx.io.stderr.write(`\n${formatStanding(profile.standing, safety, emergency, c, width)}`);
    throw new SafetyStop(ExitCode.seeProfessional);
  }
  // At a terminal the disclaimer comes before the questions; with an answers file, once they are accepted.
  const welcome = () => {
    if (!options.json) welcomeOnFirstRun(ctx);
  };
  if (options.answers === undefined) welcome();
  const pain = pendingPainCheck(setup.records);
  const painCheck = pain && {
    techniqueName: terminalSafe(catalog.techniques.find((t) => t.id === pain.technique)?.name ?? pain.technique),
    rating: pain.rating,
    on: localDate(pain.at),
  };
  const today = localDate(setup.now);
  const outcome = await screenBeforeSession(ctx, options, { catalog, profile, today, painCheck });
  if (options.answers !== undefined) welcome();
  if (outcome.profileToSave) saveProfile(ctx, outcome.profileToSave);
  store.append(screenRecord(outcome.screen, outcome.result, ctx.now()));
  const { result } = outcome;
  if (options.json) ctx.io.stdout.write(ndjson(screenEvent(outcome.screen, result.level)));
  // When only the earlier check gives reasons, one line says what it changes; otherwise the whole report.
  const onlyProfile = result.level === 'caution' && result.reasons.every((r) => r.fromCheck) && profile;
  if (result.level === 'no-warning-signs') ctx.io.stderr.write(`${c.green(safety.levels[result.level].headline)}\n`);
  else if (onlyProfile)
    ctx.io.stderr.write(
      `${c.yellow(safety.levels.caution.headline)}\n${c.cyan(wrapText(profileLine(onlyProfile, safety, catalog) ?? '', Math.min(100, width)))}\n`,
    );
  else ctx.io.stderr.write(`\n${formatOutcome(result, safety, catalog, c, width)}`);
  if (outcome.screen === 'full' && setup.profile) {
    ctx.io.stderr.write(
      c.dim(`${t('Your health profile was updated (next full check due {date}).', { date: readableDate(outcome.profileToSave!.reviewBy) })}\n`),
    );
  }
  const code = exitCodeFor(result.level);
  if (code !== ExitCode.ok) throw new SafetyStop(code);
  return result;
}
