import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deskAnswerProblems, deskFixes } from '../src/core/desk/assess.js';
import type { DeskData } from '../src/core/desk/schema.js';

const desk = JSON.parse(readFileSync('data/desk.json', 'utf8')) as DeskData;
/** Every item answered the good way. */
const good = Object.fromEntries(desk.items.map((i) => [i.id, !i.problemWhen]));

describe('the desk check', () => {
  it('covers the public checklists and the guide: every item has a source, a reason and a change', () => {
    const ids = desk.items.map((i) => i.id);
    for (const id of [
      'chair-feet-flat',
      'back-support',
      'screen-height',
      'screen-distance',
      'glare',
      'laptop-flat',
      'elbows-wrists',
      'mouse-close',
      'phone-neck',
      'long-sitting',
    ]) {
      expect(ids).toContain(id);
    }
    for (const id of ['slouching', 'stress-shoulders', 'little-movement', 'heavy-jerky'])
      expect(desk.items.find((i) => i.id === id)?.group).toBe('habits');
  });

  it('a good set-up suggests nothing', () => {
    expect(deskFixes(desk, good)).toEqual([]);
  });

  it('the heaviest changes come first, then the checklist order', () => {
    const answers = { ...good, glare: true, 'mouse-close': false, 'screen-height': false, 'long-sitting': true, 'heavy-jerky': true };
    expect(deskFixes(desk, answers).map((f) => [f.id, f.weight])).toEqual([
      ['screen-height', 3],
      ['long-sitting', 3],
      ['mouse-close', 2],
      ['glare', 1],
      ['heavy-jerky', 1],
    ]);
  });

  it('each change names its source by title and the command that helps', () => {
    const [fix] = deskFixes(desk, { ...good, 'long-sitting': true });
    expect(fix).toEqual({
      id: 'long-sitting',
      text: expect.stringContaining('every 30 to 60 minutes'),
      reason: expect.stringContaining('Sitting for long stretches'),
      source: 'The source guide: why we get upper-back tension, and how to prevent it',
      weight: 3,
      helps: 'remind',
    });
    expect(deskFixes(desk, { ...good, 'stress-shoulders': true })[0]!.helps).toBe('break');
    expect(deskFixes(desk, { ...good, glare: true })[0]!.helps).toBeNull();
  });

  it.each([
    [[], ['expected a JSON object of answers']],
    [null, ['expected a JSON object of answers']],
    [{ ...good, 'chair-height': true }, ['"chair-height" is not a desk item id']],
    [{ ...good, glare: 'no' }, ['"glare" needs true or false']],
    [Object.fromEntries(Object.entries(good).filter(([id]) => id !== 'glare')), ['"glare" is unanswered']],
  ])('%j → %j', (data, problems) => {
    const found = deskAnswerProblems(desk, data);
    expect(found).toHaveLength(problems.length);
    for (const [i, p] of problems.entries()) expect(found[i]).toContain(p);
  });

  it('a complete, known set of answers has no problems', () => {
    expect(deskAnswerProblems(desk, good)).toEqual([]);
  });
});
