import { localDate, readableDate } from '../core/dates.js';
import { t } from '../core/i18n/translate.js';
import { conditionLabels, type Profile } from '../core/safety/profile.js';
import { loadCatalog } from '../shell/catalog-source.js';
import { loadConfig } from '../shell/config-source.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { exitCodeFor, SafetyStop } from '../shell/errors.js';
import { openHistory, screenRecord } from '../shell/history-log.js';
import { profilePath, readProfile } from '../shell/profile-store.js';
import { safetyData } from '../shell/safety-data.js';
import { assertCanScreen, fullCheck, type ScreenOptions } from '../shell/screen.js';
import { welcomeOnFirstRun } from '../shell/welcome.js';
import { formatOutcome } from '../view/safety-report.js';
import { noteWidth, wrapText } from '../view/text.js';
import { saveProfile } from './profile-save.js';

const screenVersion = (safety: { version: string; reviewed: string }) =>
  t('Safety screen version {version}, reviewed {date}.', { version: safety.version, date: readableDate(safety.reviewed) });

export interface CheckOptions extends ScreenOptions {
  questions?: boolean;
  json?: boolean;
}

function listQuestions(ctx: CommandContext, json: boolean | undefined): void {
  const safety = safetyData();
  const questions = [
    ...safety.questions.map((q) => ({
      id: q.id,
      text: q.text,
      kind: q.kind,
      quick: q.quick,
      full: q.full,
      ...(q.ask ? { asked: q.ask } : {}),
      ...(q.lasting ? { lasting: true } : {}),
    })),
    {
      id: safety.changedSinceCheck.id,
      text: safety.changedSinceCheck.text,
      kind: 'yes-no' as const,
      quick: true,
      full: false,
      asked: 'with-profile',
    },
  ];
  if (json) {
    writeJson(ctx.io, questions);
    return;
  }
  // Written at once: a write per line was a system call per line.
  const lines = [ctx.styles.out.dim(screenVersion(safety))];
  for (const q of questions) {
    const where = [
      q.quick ? t('quick screen') : '',
      q.full ? t('full check') : '',
      'asked' in q && q.asked === 'after-pain-stop' ? t('after a pain stop') : '',
      'asked' in q && q.asked === 'with-profile' ? t('quick screen, once you have a profile') : '',
      'lasting' in q ? t('kept in your profile') : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`${ctx.styles.out.bold(q.id)} (${q.kind === 'scale' ? '0-10' : 'true/false'}; ${where})`, `  ${q.text}`);
  }
  writeLine(ctx.io.stdout, lines.join('\n'));
}

/** Reads the old profile for the merge; a damaged one is replaced by this check (the check asks everything). */
async function previousProfile(ctx: CommandContext): Promise<Profile | undefined> {
  try {
    return await readProfile(ctx.io.env);
  } catch {
    ctx.io.stderr.write(
      `${ctx.styles.err.yellow(t('limber: warning:'))} ${t('{file} could not be read; this check replaces it.', { file: profilePath(ctx.io.env) })}\n`,
    );
    return undefined;
  }
}

export async function checkCommand(ctx: CommandContext, options: CheckOptions): Promise<void> {
  if (options.questions) return listQuestions(ctx, options.json);
  const safety = safetyData();
  assertCanScreen(ctx, 'full', options);
  if (!options.json) welcomeOnFirstRun(ctx);
  const config = await loadConfig(ctx.io.env);
  options.emergencyNumber ??= config.emergencyNumber;
  const catalog = await loadCatalog(ctx.catalogFiles, ctx.io.env);
  const now = ctx.now();
  const outcome = await fullCheck(ctx, options, { catalog, profile: await previousProfile(ctx), today: localDate(now) });
  const saved = outcome.profileToSave !== undefined && saveProfile(ctx, outcome.profileToSave);
  openHistory(ctx).append(screenRecord('full', outcome.result, now));
  const { result } = outcome;
  if (options.json) {
    writeJson(ctx.io, {
      safetyVersion: safety.version,
      level: result.level,
      headline: safety.levels[result.level].headline,
      advice: result.advice,
      reasons: result.reasons.map((r) => ({
        question: r.question,
        level: r.level,
        text: r.text,
        action: r.actionText,
        timeframe: r.timeframe,
        source: r.source,
      })),
      excludedTechniques: result.excludedTechniques,
      softenedTechniques: result.softenedTechniques,
      profileSaved: saved,
    });
  } else {
    const out = ctx.styles.out;
    ctx.io.stdout.write(`\n${formatOutcome(result, safety, catalog, out, ctx.io.stdout.columns)}`);
    const kept = outcome.profileToSave ? conditionLabels(safety, outcome.profileToSave) : [];
    const width = noteWidth(ctx.io.stdout.columns);
    if (saved && outcome.profileToSave) {
      writeLine(ctx.io.stdout);
      if (kept.length > 0)
        writeLine(
          ctx.io.stdout,
          out.cyan(
            wrapText(
              t('Kept in your profile, and applied to every session until it is reviewed: {conditions}.', { conditions: kept.join(', ') }),
              width,
            ),
          ),
        );
      writeLine(
        ctx.io.stdout,
        out.dim(
          t("Saved to your health profile ('limber profile'); next full check due {date}.", { date: readableDate(outcome.profileToSave.reviewBy) }),
        ),
      );
    }
    writeLine(ctx.io.stdout, out.dim(screenVersion(safety)));
  }
  const code = exitCodeFor(result.level);
  if (code !== 0) throw new SafetyStop(code);
}
