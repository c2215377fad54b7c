import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudo } from '../src/core/i18n/messages.js';
import { emptyHome, runCli, tempHome } from './helpers/cli.js';

/**
 * The pseudo-locale (en-XA) accents and brackets every translated text, so a plain English word left in
 * the output never went through translation. Ids, command and option names, file paths, places in a JSON
 * file (routines[0].id), environment variables and JSON stay as they are in every language; everything else must be marked.
 */
const commands = ['list', 'show', 'check', 'profile', 'run', 'break', 'desk', 'remind', 'history', 'chart', 'completion', 'help'];
const kept = new RegExp(`^(limber|[a-z]+(-[a-z]+)+|true|false|text|null|shell|[A-Z_]+|${commands.join('|')})$`);

const untranslated = (output: string): string[] =>
  output
    .replace(/⟦[^⟧]*⟧/g, ' ')
    .split('\n')
    .flatMap(
      (line) =>
        line
          .replace(/^\s*[a-z-]+ (?=\()/, ' ')
          .replace(/'[^']*'|"[^"]*"|--[\w-]+|\([a-z-]+\)|https?:\/\/\S+|<[^>]*>|\[[^\]]*\]|\$ .*|\S*\/\S*|\w+(\[\d+\]|\.\w+)+/g, ' ')
          .match(/[A-Za-z]+(-[A-Za-z]+)*/g) ?? [],
    )
    .filter((word) => word.length >= 4 && !kept.test(word));

const files = () => {
  const dir = emptyHome();
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  return {
    answersTwice: write('twice.json', '{"heart-pattern": false, "heart-pattern": true}'),
    answersWrong: write('wrong.json', '{"heart-pattern": "no", "no-such-question": 1}'),
    answersBroken: write('broken.json', '{"heart-pattern": false,}'),
    catalogWrong: write('catalog.json', '{"techniques": [], "routines": [{"id": "Bad Id"}], "extra": 1}'),
    desk: write('desk.json', '{"chair-feet-flat": false}'),
  };
};

describe('the pseudo-locale finds text that skips translation', () => {
  it('marks and accents a text but keeps placeholders, quoted commands and options', () => {
    expect(pseudo("Run 'limber check' with --answers {file}")).toBe("⟦Rüñ 'limber check' wîth --answers {file}⟧");
  });

  const f = files();
  const cases: [string, string[], number][] = [
    ['the root help', ['--help'], 0],
    ...commands.filter((c) => c !== 'help').map((c): [string, string[], number] => [`${c} --help`, [c, '--help'], 0]),
    ['help for a command', ['help', 'list'], 0],
    ['the catalog', ['list'], 0],
    ['a technique', ['show', 'chair-twist', '--no-figures'], 0],
    ['a routine', ['show', 'desk-break'], 0],
    ['the chart', ['chart', '--format', 'md'], 0],
    ['the desk items', ['desk', '--questions'], 0],
    ['the screen questions', ['check', '--questions'], 0],
    ['the history', ['history'], 0],
    ['the profile', ['profile'], 0],
    ['a pause', ['remind', '--pause', '1h'], 0],
    ['one look for cron', ['remind', '--once'], 0],
    ['an unknown option', ['list', '--bogus'], 2],
    ['an unknown command', ['stretch'], 2],
    ['a value not among the choices', ['list', '--area', 'knees'], 2],
    ['a number out of range', ['break', '--minutes', '99'], 2],
    ['too many arguments', ['break', 'now'], 2],
    ['an unknown id with a suggestion', ['show', 'cat-co'], 2],
    ['a bad pause', ['remind', '--pause', '7x'], 2],
    ['no terminal and no answers', ['break'], 2],
    ['desk answers missing', ['desk', '--answers', f.desk], 2],
    ['an answer given twice', ['check', '--answers', f.answersTwice], 2],
    ['wrong answers', ['check', '--answers', f.answersWrong], 2],
    ['broken JSON', ['check', '--answers', f.answersBroken], 2],
    ['a file that is not there', ['check', '--answers', join(f.desk, '..', 'none.json')], 2],
    ['a broken catalog', ['list', '--catalog', f.catalogWrong], 2],
    ['a bad date', ['profile', '--seen-professional', 'soon'], 2],
    ['forget without a terminal', ['profile', '--forget'], 2],
    ['no shell named', ['completion'], 2],
  ];

  it.each(cases)('%s: limber %j', (_, args, code) => {
    const result = runCli(args, { env: { LIMBER_LANG: 'en-XA' } });
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(code);
    expect(output).toMatch(/⟦/);
    expect(untranslated(output)).toEqual([]);
  });

  it('the first-run profile, a check that keeps a condition, and its report', () => {
    const home = emptyHome();
    const env = { LIMBER_LANG: 'en-XA', LIMBER_HOME: home };
    const answers = JSON.parse(runCli(['check', '--questions', '--json']).stdout) as { id: string; kind: string }[];
    const all = Object.fromEntries(answers.map((q) => [q.id, q.kind === 'scale' ? 2 : q.id === 'bone-density']));
    const check = runCli(['check', '--answers', '-'], { env, input: JSON.stringify(all) });
    expect(untranslated(check.stdout + check.stderr)).toEqual([]);
    for (const args of [['profile'], ['history'], ['break', '--dry-run', '--answers', '-']]) {
      const result = runCli(args, { env, input: JSON.stringify({ ...all, 'changed-since-check': false }) });
      expect(untranslated(result.stdout + result.stderr), args.join(' ')).toEqual([]);
    }
  });

  it('a session planned in the pseudo-locale', () => {
    const result = runCli(['break', '--dry-run', '--answers', '-'], {
      env: { LIMBER_LANG: 'en-XA', LIMBER_HOME: tempHome() },
      input: JSON.stringify({ 'changed-since-check': false, 'pain-now': 1 }),
    });
    expect(untranslated(result.stdout + result.stderr)).toEqual([]);
  });
});
