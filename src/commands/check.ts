import { loadCatalog } from '../catalog/load.js';
import { SafetyStop } from '../errors.js';
import { safetyData } from '../safety/data.js';
import { assertCanScreen, runScreen, type ScreenOptions } from '../safety/gate.js';
import { formatOutcome } from '../safety/report.js';
import { exitCodeFor } from '../safety/exit.js';
import { welcomeOnFirstRun } from '../ui/welcome.js';
import { loadConfig } from '../config/load.js';
import { openHistory, screenRecord } from '../history/session-log.js';
import { type CommandContext, writeJson, writeLine } from './context.js';

export interface CheckOptions extends ScreenOptions {
  questions?: boolean;
  json?: boolean;
}

export async function checkCommand(ctx: CommandContext, options: CheckOptions): Promise<void> {
  const safety = safetyData();
  if (options.questions) {
    const questions = safety.questions.map((q) => ({ id: q.id, text: q.text, kind: q.kind, quick: q.quick }));
    if (options.json) return writeJson(ctx.io, questions);
    for (const q of questions) {
      writeLine(ctx.io.stdout, `${ctx.styles.out.bold(q.id)} (${q.kind === 'scale' ? '0-10' : 'true/false'}${q.quick ? ', quick screen' : ''})`);
      writeLine(ctx.io.stdout, `  ${q.text}`);
    }
    return;
  }
  assertCanScreen(ctx, 'full', options);
  if (!options.json) welcomeOnFirstRun(ctx, false);
  const config = await loadConfig(ctx.io.env);
  options.emergencyNumber ??= config.emergencyNumber;
  const catalog = await loadCatalog(ctx.catalogFiles);
  const result = await runScreen(ctx, 'full', options, catalog);
  openHistory(ctx).append(screenRecord('full', result));
  if (options.json) writeJson(ctx.io, result);
  else ctx.io.stdout.write(`\n${formatOutcome(result, safety, catalog, ctx.styles.out, ctx.io.stdout.columns)}`);
  const code = exitCodeFor(result.level);
  if (code !== 0) throw new SafetyStop(code);
}
