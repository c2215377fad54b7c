import { type DeskAnswers, deskAnswerProblems, deskFixes } from '../core/desk/assess.js';
import type { DeskData } from '../core/desk/schema.js';
import { t } from '../core/i18n/translate.js';
import { listProblems } from '../shell/answers-file.js';
import { type CommandContext, writeJson, writeLine } from '../shell/context.js';
import { deskData } from '../shell/desk-data.js';
import { DataError, UsageError } from '../shell/errors.js';
import { openHistory } from '../shell/history-log.js';
import { isInteractive } from '../shell/io.js';
import { firstDuplicateKey, parseJsonText, readStream, readTextFile } from '../shell/json-file.js';
import { deskReport } from '../view/desk-report.js';
import { noteWidth, wrapText } from '../view/text.js';

export interface DeskOptions {
  questions?: boolean;
  answers?: string;
  json?: boolean;
}

function listItems(ctx: CommandContext, desk: DeskData, json: boolean | undefined): void {
  const items = desk.items.map((i) => ({ id: i.id, text: i.text, kind: i.kind }));
  if (json) {
    writeJson(ctx.io, items);
    return;
  }
  writeLine(ctx.io.stdout, items.map((item) => `${ctx.styles.out.bold(item.id)} (true/false)\n  ${item.text}`).join('\n'));
}

/** Answers from a file or '-': every item answered true or false, no key twice, nothing unknown (exit 2). */
async function answersFromFile(ctx: CommandContext, desk: DeskData, source: string): Promise<DeskAnswers> {
  const label = source === '-' ? t('answers on stdin') : source;
  const text = source === '-' ? await readStream(ctx.io.stdin) : readTextFile(source, label);
  const data = await parseJsonText(text, label);
  const duplicate = firstDuplicateKey(text);
  if (duplicate)
    throw new DataError(
      t('{file}: line {line}: "{key}" is answered twice. Keep the one answer you mean and remove the other.', {
        file: label,
        line: duplicate.line,
        key: duplicate.key,
      }),
    );
  const problems = deskAnswerProblems(desk, data);
  if (problems.length > 0)
    throw new DataError(t("{file}: {problems}. 'limber desk --questions' lists every id.", { file: label, problems: listProblems(problems) }));
  return data as DeskAnswers;
}

async function answersFromTerminal(ctx: CommandContext, desk: DeskData): Promise<DeskAnswers> {
  const { createPrompter } = await import('../shell/prompts.js');
  const prompter = createPrompter({ input: ctx.io.stdin, output: ctx.io.stdout }, ctx.styles.out);
  const answers: Record<string, boolean> = {};
  let group = '';
  for (const item of desk.items) {
    if (item.group !== group) {
      group = item.group;
      const title =
        group === 'workstation' ? t('Your workstation:') : t('What else feeds upper-back tension (the guide asks you to consider these):');
      ctx.io.stdout.write(`${ctx.styles.out.cyan(wrapText(title, Math.min(100, (ctx.io.stdout.columns ?? 80) - 2)))}\n`);
    }
    answers[item.id] = await prompter.yesNo(item.text);
  }
  return answers;
}

/** `limber desk`: a workstation self-check from public checklists, then the few changes that matter most. */
export async function deskCommand(ctx: CommandContext, options: DeskOptions): Promise<void> {
  const desk = deskData();
  if (options.questions) return listItems(ctx, desk, options.json);
  if (options.answers === undefined && !isInteractive(ctx.io)) {
    throw new UsageError(
      t(
        "the desk check needs your answers, and there is no terminal to ask them in. Run it in a terminal, or pass --answers <file|-> with a JSON object such as {example}; 'limber desk --questions' lists every id.",
        { example: '{"chair-feet-flat": true, ...}' },
      ),
    );
  }
  const answers = options.answers !== undefined ? await answersFromFile(ctx, desk, options.answers) : await answersFromTerminal(ctx, desk);
  const fixes = deskFixes(desk, answers);
  openHistory(ctx).append({ type: 'desk', at: ctx.now().toISOString(), fixes: fixes.map((f) => f.id) });
  if (options.json) {
    return writeJson(ctx.io, {
      version: desk.version,
      fixes: fixes.map(({ id, text, reason, source, helps }) => ({ id, text, reason, source, helps })),
    });
  }
  ctx.io.stdout.write(`\n${deskReport(fixes, ctx.styles.out, noteWidth(ctx.io.stdout.columns))}`);
}
