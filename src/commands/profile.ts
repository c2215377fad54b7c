import { localDate, readableDate } from '../core/dates.js';
import { t } from '../core/i18n/translate.js';
import { profileStatus, recordSeenProfessional } from '../core/safety/profile.js';
import { loadCatalog } from '../shell/catalog-source.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { UsageError } from '../shell/errors.js';
import { isInteractive } from '../shell/io.js';
import { profilePath, readProfile, removeProfile, writeProfile } from '../shell/profile-store.js';
import { safetyData } from '../shell/safety-data.js';
import { profileLine } from '../view/safety-report.js';

export interface ProfileOptions {
  json?: boolean;
  forget?: boolean;
  yes?: boolean;
  /** true for today, or a YYYY-MM-DD date. */
  seenProfessional?: string | true;
}

/** `--seen-professional [date]`: today, or a past date written YYYY-MM-DD. */
function visitDate(value: string | true, today: string): string {
  if (value === true) return today;
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00`)) && localDate(new Date(`${value}T12:00:00`)) === value;
  if (!valid)
    throw new UsageError(
      t('--seen-professional: "{value}" is not a date; write it as YYYY-MM-DD (for example {today}), or leave it out for today.', { value, today }),
    );
  if (value > today)
    throw new UsageError(t('--seen-professional: {value} is in the future; give the date you were seen, or leave it out for today.', { value }));
  return value;
}

async function forget(ctx: CommandContext, options: ProfileOptions): Promise<void> {
  if (!options.yes) {
    if (!isInteractive(ctx.io))
      throw new UsageError(t("'limber profile --forget' asks before it removes your profile; without a terminal, add --yes."));
    const { createPrompter } = await import('../shell/prompts.js');
    const prompter = createPrompter({ input: ctx.io.stdin, output: ctx.io.stdout }, ctx.styles.out);
    const sure = await prompter.yesNo(t('Remove your health profile? Your next session will start with the full check again.'));
    if (!sure) return writeLine(ctx.io.stderr, t('Kept your health profile.'));
  }
  const removed = removeProfile(ctx.io.env);
  writeLine(
    ctx.io.stderr,
    removed ? t('Removed your health profile; your next session starts with the full check.') : t('There was no health profile to remove.'),
  );
}

export async function profileCommand(ctx: CommandContext, options: ProfileOptions): Promise<void> {
  if (options.forget) return forget(ctx, options);
  const today = localDate(ctx.now());
  let profile = await readProfile(ctx.io.env);
  if (options.seenProfessional !== undefined) {
    if (!profile) throw new UsageError(t("there is no health profile yet; run 'limber check' first."));
    profile = recordSeenProfessional(profile, visitDate(options.seenProfessional, today));
    writeProfile(ctx.io.env, profile);
    writeLine(
      ctx.io.stderr,
      t('Recorded: seen by a professional on {date}. Sessions can run again; your lasting conditions still apply. Follow what you were told.', {
        date: readableDate(profile.seenProfessionalOn!),
      }),
    );
  }
  const status = profileStatus(profile, today);
  if (options.json) return writeJson(ctx.io, { path: profilePath(ctx.io.env), status: status.state, profile: profile ?? null });
  const out = ctx.styles.out;
  if (!profile) {
    writeLine(ctx.io.stdout, t("No health profile yet. 'limber check' (or your first session) asks the full check and keeps what lasts."));
    return;
  }
  const safety = safetyData();
  writeLine(
    ctx.io.stdout,
    `${out.bold(t('Last full check:'))} ${t('{date} (screen version {version}); next due {due}.', {
      date: readableDate(profile.checkedOn),
      version: profile.safetyVersion,
      due: readableDate(profile.reviewBy),
    })}`,
  );
  if (status.state === 'review-due')
    writeLine(
      ctx.io.stdout,
      out.yellow(t('Due for review since {date}: your next session asks the full check again.', { date: readableDate(status.since) })),
    );
  writeLine(ctx.io.stdout, out.bold(t('Kept from the check:')));
  if (profile.conditions.length === 0) writeLine(ctx.io.stdout, `  ${t('nothing lasting')}`);
  for (const condition of profile.conditions) {
    const label = safety.questions.find((q) => q.id === condition.question)?.lasting?.label ?? condition.question;
    const review = condition.reviewBy ? t('review by {date}', { date: readableDate(condition.reviewBy) }) : t('until you update it');
    writeLine(ctx.io.stdout, `  - ${label} (${t('since {date}', { date: readableDate(condition.since) })}; ${review})`);
  }
  const line = profileLine(profile, safety, await loadCatalog(ctx.catalogFiles, ctx.io.env));
  if (line) writeLine(ctx.io.stdout, out.cyan(line));
  if (profile.standing) {
    writeLine(
      ctx.io.stdout,
      out.magenta.bold(
        t('Standing advice from {date}: see a professional before limber guides a session.', { date: readableDate(profile.standing.on) }),
      ),
    );
    writeLine(ctx.io.stdout, `  ${t("After you have been seen: 'limber profile --seen-professional [YYYY-MM-DD]', or run 'limber check' again.")}`);
  }
  if (profile.seenProfessionalOn) writeLine(ctx.io.stdout, `${out.bold(t('Seen by a professional:'))} ${readableDate(profile.seenProfessionalOn)}.`);
  writeLine(ctx.io.stderr, ctx.styles.err.dim(t('Profile file: {file}', { file: profilePath(ctx.io.env) })));
}
