import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFile, emptyHome, runCli } from './helpers/cli.js';
import { PtySession } from './helpers/pty.js';

const desk = JSON.parse(readFileSync('data/desk.json', 'utf8')) as { items: { id: string; problemWhen: boolean }[] };
const good = Object.fromEntries(desk.items.map((i) => [i.id, !i.problemWhen]));

describe('limber desk (built binary)', () => {
  it('--questions [--json] lists every item as {id, text, kind}', () => {
    const items = JSON.parse(runCli(['desk', '--questions', '--json']).stdout);
    expect(items.map((i: { id: string }) => i.id)).toEqual(desk.items.map((i) => i.id));
    for (const item of items) expect(Object.keys(item)).toEqual(['id', 'text', 'kind']);
    expect(runCli(['desk', '--questions']).stdout).toContain('screen-height (true/false)');
  });

  it('--answers --json gives the fixes in order, is recorded, and history shows it', () => {
    const home = emptyHome();
    const result = runCli(['desk', '--answers', answersFile({ ...good, 'laptop-flat': true, glare: true }), '--json'], {
      env: { LIMBER_HOME: home },
    });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.fixes.map((f: { id: string }) => f.id)).toEqual(['laptop-flat', 'glare']);
    expect(Object.keys(json.fixes[0])).toEqual(['id', 'text', 'reason', 'source', 'helps']);
    expect(runCli(['history'], { env: { LIMBER_HOME: home } }).stdout).toContain('Last desk check: today, 2 changes suggested.');
    expect(JSON.parse(runCli(['history', '--json'], { env: { LIMBER_HOME: home } }).stdout).lastDesk).toMatchObject({ ageDays: 0, fixes: 2 });
  });

  it('without a terminal and without answers: exit 2, nothing else', () => {
    const result = runCli(['desk'], { input: 'y\ny\n' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the desk check needs your answers, and there is no terminal');
  });

  it('bad answers are refused, naming the problem (exit 2)', () => {
    expect(runCli(['desk', '--answers', answersFile({ glare: 'no' })]).stderr).toContain('"glare" needs true or false');
    const file = answersFile({});
    writeFileSync(file, '{"glare": true,\n "glare": false}');
    expect(runCli(['desk', '--answers', file]).stderr).toContain('line 2: "glare" is answered twice');
  });

  it('in a real terminal: one key per item, then the report', async () => {
    const home = emptyHome();
    const s = new PtySession(['desk'], { LIMBER_HOME: home });
    await s.waitFor('Your workstation:');
    for (const item of desk.items) {
      await new Promise((r) => setTimeout(r, 40));
      s.write(item.id === 'screen-height' ? 'n' : item.problemWhen ? 'n' : 'y');
    }
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('What else feeds upper-back tension');
    expect(s.text).toContain('One change worth making:');
    expect(s.text).toContain('Raise or lower the screen');
    expect(readFileSync(join(home, 'data', 'history.jsonl'), 'utf8')).toContain('"fixes":["screen-height"]');
  }, 30_000);
});
