import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SafetyData } from '../src/safety/schema.js';
import { type Answers, questionsStillNeeded, screenQuestions, triage } from '../src/safety/triage.js';
import { validateAnswers } from '../src/safety/answers.js';
import { exitCodeFor } from '../src/safety/exit.js';
import { builtIn } from './helpers/catalog.js';

const safety = JSON.parse(readFileSync('data/safety.json', 'utf8')) as SafetyData;
const catalog = builtIn();
const full = screenQuestions(safety, 'full');
const quick = screenQuestions(safety, 'quick');
const allTechniques = catalog.techniques.map((t) => t.id);

/** Every question answered "nothing wrong". */
const calm = (questions = full): Record<string, boolean | number> =>
  Object.fromEntries(questions.map((q) => [q.id, q.kind === 'scale' ? 0 : false]));

const run = (answers: Answers, questions = full) => triage(safety, questions, answers, catalog, '112');

describe('the screens', () => {
  it('asks urgent questions first', () => {
    for (const questions of [full, quick]) {
      const levels = questions.map((q) => (q.kind === 'yes-no' ? q.onYes.level : 'scale'));
      const lastUrgent = levels.lastIndexOf('urgent');
      expect(levels.slice(0, lastUrgent + 1).every((l) => l === 'urgent')).toBe(true);
    }
  });

  it('quick screen: tingling/numbness, pain now, constant or night pain, one urgent question, dizziness', () => {
    expect(quick.map((q) => q.id)).toEqual(['urgent-signs', 'tingling-numbness', 'constant-night-pain', 'pain-now', 'dizzy-head-movement']);
  });

  it('every question cites a reference that exists', () => {
    const refs = new Set(safety.references.map((r) => r.id));
    for (const q of safety.questions) for (const s of q.sources) expect(refs.has(s)).toBe(true);
  });
});

describe('triage: each yes/no question alone', () => {
  const yesNo = safety.questions.filter((q) => q.kind === 'yes-no');
  it.each(yesNo.map((q) => [q.id, q.onYes.level] as const))('%s → %s', (id, level) => {
    const question = safety.questions.find((q) => q.id === id)!;
    const questions = question.full ? full : quick;
    const result = run({ ...calm(questions), [id]: true }, questions);
    expect(result.level).toBe(level);
    expect(result.reasons).toEqual([{ question: id, text: expect.any(String) }]);
    if (level !== 'caution') expect(result.excludedTechniques).toEqual(allTechniques);
  });

  it('no answer triggering anything → no-warning-signs, everything available', () => {
    const result = run(calm());
    expect(result).toMatchObject({ level: 'no-warning-signs', reasons: [], excludedTechniques: [], softenedTechniques: [] });
    expect(result.advice).toMatch(/No warning signs|limber check/);
  });
});

describe('triage: pain now', () => {
  it.each([
    [0, 'no-warning-signs'],
    [3, 'no-warning-signs'],
    [4, 'caution'],
    [6, 'caution'],
    [7, 'see-professional'],
    [10, 'see-professional'],
  ])('%i/10 → %s', (pain, level) => {
    expect(run({ ...calm(), 'pain-now': pain }).level).toBe(level);
  });

  it('moderate pain leaves out foam rolling and softens the rest', () => {
    const result = run({ ...calm(), 'pain-now': 5 });
    expect(result.excludedTechniques).toEqual(['foam-roll-upper-back']);
    expect(result.softenedTechniques).toEqual(allTechniques.filter((id) => id !== 'foam-roll-upper-back'));
  });
});

describe('triage: what caution leaves out', () => {
  it.each([
    ['dizzy-head-movement', ['neck-rolls'], ['cat-cow', 'floor-seated-twist', 'foam-roll-upper-back', 'wall-angel', 'wall-lean'], ['seated-cat-cow']],
    ['bone-density', ['foam-roll-upper-back'], [], ['chair-twist', 'floor-seated-twist', 'cat-cow', 'seated-cat-cow']],
    ['bleeding-risk', ['foam-roll-upper-back'], [], []],
    ['skin-upper-back', ['foam-roll-upper-back'], [], []],
    ['hypermobility', ['neck-rolls'], [], ['chair-twist', 'floor-seated-twist', 'cross-body-stretch', 'wall-lean']],
  ])('%s leaves out %j (and %j) and softens %j', (id, mustExclude, alsoExcluded, softened) => {
    const result = run({ ...calm(), [id]: true });
    expect(result.level).toBe('caution');
    expect(result.excludedTechniques.sort()).toEqual([...mustExclude, ...alsoExcluded].sort());
    expect(result.softenedTechniques.sort()).toEqual([...softened].sort());
  });

  it('pregnancy: seated only, all gentle', () => {
    const result = run({ ...calm(), pregnant: true });
    const seated = catalog.techniques.filter((t) => t.position === 'chair').map((t) => t.id);
    expect(result.softenedTechniques.sort()).toEqual(seated.sort());
    expect(result.excludedTechniques).toHaveLength(allTechniques.length - seated.length);
  });

  it('a cold today leaves out everything', () => {
    expect(run({ ...calm(), 'unwell-today': true }).excludedTechniques).toEqual(allTechniques);
  });
});

describe('triage: combinations', () => {
  it('highest level wins and every reason is kept', () => {
    const result = run({ ...calm(), 'dizzy-head-movement': true, 'long-lasting': true, 'pain-now': 5 });
    expect(result.level).toBe('see-professional');
    expect(result.reasons.map((r) => r.question).sort()).toEqual(['dizzy-head-movement', 'long-lasting', 'pain-now']);
  });

  it('urgent short-circuits: later answers are not considered', () => {
    const result = run({ ...calm(), 'chest-pain': true, 'tingling-numbness': true });
    expect(result.level).toBe('urgent');
    expect(result.reasons.map((r) => r.question)).toEqual(['chest-pain']);
  });

  it('left out beats softened for the same technique', () => {
    const result = run({ ...calm(), 'pain-now': 5, 'bleeding-risk': true });
    expect(result.excludedTechniques).toContain('foam-roll-upper-back');
    expect(result.softenedTechniques).not.toContain('foam-roll-upper-back');
  });

  it('puts the emergency number into the advice', () => {
    expect(triage(safety, full, { ...calm(), 'chest-pain': true }, catalog, '000').advice).toContain('(000)');
  });

  it.each([
    ['urgent', 4],
    ['see-professional', 3],
    ['caution', 0],
    ['no-warning-signs', 0],
  ] as const)('%s exits %i', (level, code) => {
    expect(exitCodeFor(level)).toBe(code);
  });
});

describe('answers', () => {
  const validate = (data: unknown, questions = quick) => () => validateAnswers(data, safety.questions, questions, 'a.json');

  it('accepts a complete set', () => {
    expect(validate(calm(quick))()).toEqual(calm(quick));
  });

  it.each([
    [{ ...calm(quick), 'made-up': true }, '"made-up" is not a question id'],
    [{ ...calm(quick), 'pain-now': 'low' }, '"pain-now" needs a whole number from 0 to 10, not "low"'],
    [{ ...calm(quick), 'pain-now': 11 }, '"pain-now" needs a whole number from 0 to 10, not 11'],
    [{ ...calm(quick), 'urgent-signs': 'no' }, '"urgent-signs" needs true or false, not "no"'],
    [{ 'urgent-signs': false }, 'unanswered: "tingling-numbness", "constant-night-pain", "pain-now", "dizzy-head-movement"'],
    [[true], 'expected a JSON object of answers'],
  ])('%j is refused', (data, message) => {
    expect(validate(data)).toThrow(message);
  });

  it('needs nothing more once an answer is urgent', () => {
    expect(questionsStillNeeded(full, { 'serious-accident': true })).toEqual([]);
    expect(validate({ 'urgent-signs': true })).not.toThrow();
  });
});
