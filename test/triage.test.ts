import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionsFor } from '../src/core/safety/levels.js';
import type { SafetyData } from '../src/core/safety/schema.js';
import { type Answers, questionsStillNeeded, screenQuestions, triage } from '../src/core/safety/triage.js';
import { validateAnswers } from '../src/shell/answers-file.js';
import { exitCodeFor } from '../src/shell/errors.js';
import { builtIn } from './helpers/catalog.js';

const safety = JSON.parse(readFileSync('data/safety.json', 'utf8')) as SafetyData;
const catalog = builtIn();
const full = screenQuestions(safety, 'full');
const quick = screenQuestions(safety, 'quick');
const allTechniques = catalog.techniques.map((t) => t.id);

/** Every question answered "nothing wrong". */
const calm = (questions = full): Record<string, boolean | number> => Object.fromEntries(questions.map((q) => [q.id, q.kind === 'scale' ? 0 : false]));

const run = (answers: Answers, profile?: Answers) =>
  triage(safety, answers, catalog, { emergencyNumber: '112', profile: profile && { answers: profile, checkedOn: '2026-11-17' } });

describe('the screens (version 2)', () => {
  it('asks urgent questions first, in both screens', () => {
    for (const questions of [full, quick]) {
      const levels = questions.map((q) => (q.kind === 'yes-no' ? q.onYes.level : 'scale'));
      const lastUrgent = levels.lastIndexOf('urgent');
      expect(levels.slice(0, lastUrgent + 1).every((l) => l === 'urgent')).toBe(true);
    }
  });

  it('the quick screen asks each urgent pattern on its own, and the everyday questions', () => {
    expect(quick.map((q) => q.id)).toEqual([
      'heart-pattern',
      'sudden-severe-pain',
      'worst-headache',
      'vision-speech-swallowing',
      'face-weakness-balance',
      'saddle-bladder-legs',
      'serious-trauma',
      'fragile-bones-fall',
      'tingling-numbness',
      'constant-night-pain',
      'pain-now',
      'dizzy-head-movement',
      'unwell-today',
    ]);
  });

  it('every urgent question of the quick screen is also in the full check: no screen-only blind spot', () => {
    for (const q of quick) expect(q.full).toBe(true);
  });

  it('urgent symptom questions ask about "today, or since this pain began"; passing episodes are named', () => {
    const timed = quick.filter((q) => q.kind === 'yes-no' && q.onYes.level === 'urgent' && q.id !== 'serious-trauma');
    for (const q of timed) expect(q.text).toMatch(/^Today, or since this pain began,/);
    expect(safety.questions.find((q) => q.id === 'vision-speech-swallowing')!.text).toContain('even if it has passed');
    expect(safety.questions.find((q) => q.id === 'face-weakness-balance')!.text).toContain('even if it has passed');
  });

  it('the full check holds PAR-Q+ and IFOMPT in full', () => {
    for (const id of [
      'heart-condition',
      'other-chronic-condition',
      'fainted',
      'supervised-only',
      'nausea-head-movement',
      'flickering-eyes',
      'drop-attacks',
      'face-weakness-balance',
    ]) {
      expect(full.map((q) => q.id)).toContain(id);
    }
    expect(safety.questions.find((q) => q.id === 'fainted')!.text).toContain('In the last 12 months');
  });

  it('lasting conditions are marked, with their review times', () => {
    const lasting = Object.fromEntries(safety.questions.filter((q) => q.lasting).map((q) => [q.id, q.lasting!.reviewMonths ?? null]));
    expect(lasting).toMatchObject({
      'bone-density': 12,
      'bleeding-risk': 12,
      hypermobility: 12,
      pregnant: null,
      'recent-spine-surgery': 3,
      'cancer-history': 12,
      'supervised-only': 12,
    });
  });

  it('every question cites a reference that exists, and every outcome takes an action that fits its level', () => {
    const refs = new Set(safety.references.map((r) => r.id));
    for (const q of safety.questions) {
      for (const s of q.sources) expect(refs.has(s)).toBe(true);
      for (const o of q.kind === 'yes-no' ? [q.onYes] : q.bands) expect(actionsFor[o.level]).toContain(o.action);
    }
  });

  it('is versioned and dated', () => {
    expect(safety.version).toBe('2.0');
    expect(safety.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('triage: each yes/no question alone', () => {
  const yesNo = safety.questions.filter((q) => q.kind === 'yes-no');
  it.each(yesNo.map((q) => [q.id, q.onYes.level] as const))('%s → %s', (id, level) => {
    const result = run({ ...calm(), [id]: true });
    expect(result.level).toBe(level);
    expect(result.reasons).toEqual([expect.objectContaining({ question: id, level, text: expect.any(String), actionText: expect.any(String) })]);
    if (level !== 'caution') expect(result.excludedTechniques).toEqual(allTechniques);
  });

  it('no answer triggering anything → no-warning-signs, everything available, never "safe"', () => {
    const result = run(calm());
    expect(result).toMatchObject({ level: 'no-warning-signs', reasons: [], excludedTechniques: [], softenedTechniques: [] });
    expect(result.advice).toContain('not a guarantee');
  });
});

describe('triage: pain now (the mutation-prone edges)', () => {
  it.each([
    [0, 'no-warning-signs'],
    [3, 'no-warning-signs'],
    [4, 'caution'],
    [5, 'caution'],
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
    [
      'dizzy-head-movement',
      ['neck-rolls', 'chair-twist', 'floor-seated-twist', 'cat-cow', 'foam-roll-upper-back', 'wall-angel', 'wall-lean'],
      ['seated-cat-cow'],
    ],
    ['bone-density', ['foam-roll-upper-back'], ['chair-twist', 'floor-seated-twist', 'cat-cow', 'seated-cat-cow', 'cross-body-stretch', 'wall-lean']],
    ['bleeding-risk', ['foam-roll-upper-back'], []],
    ['skin-upper-back', ['foam-roll-upper-back'], []],
    ['hypermobility', ['neck-rolls'], ['floor-seated-twist', 'cross-body-stretch', 'wall-lean']],
    ['heart-condition', [], []],
  ])('%s leaves out %j and softens %j', (id, excluded, softened) => {
    const result = run({ ...calm(), [id]: true });
    expect(result.level).toBe('caution');
    expect(result.excludedTechniques.sort()).toEqual([...excluded].sort());
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

  it('a technique to be softened that has no gentler variant is left out, never run at full range', () => {
    const bare = { ...catalog.techniques.find((t) => t.id === 'chair-twist')!, id: 'bare-twist', gentle: undefined };
    const result = triage(safety, { 'bone-density': true }, { ...catalog, techniques: [...catalog.techniques, bare] });
    expect(result.excludedTechniques).toContain('bare-twist');
    expect(result.softenedTechniques).toContain('chair-twist');
  });
});

describe('triage: every answer counts, and so does the profile', () => {
  it('a full-check question given to the quick screen is triaged', () => {
    expect(run({ ...calm(quick), 'bone-density': true }).excludedTechniques).toContain('foam-roll-upper-back');
    expect(run({ ...calm(quick), 'cord-signs': true }).level).toBe('see-professional');
  });

  it("the profile's conditions apply on top of a calm quick screen, dated", () => {
    const result = run(calm(quick), { 'bone-density': true });
    expect(result.level).toBe('caution');
    expect(result.excludedTechniques).toContain('foam-roll-upper-back');
    expect(result.reasons).toEqual([expect.objectContaining({ question: 'bone-density', fromCheck: '2026-11-17' })]);
  });

  it('an answer and the profile naming the same condition give one reason, from the answer', () => {
    const result = run({ ...calm(quick), 'bone-density': true }, { 'bone-density': true });
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]!.fromCheck).toBeUndefined();
  });

  it('a quick-screen "no" does not lift a profile condition', () => {
    expect(run({ ...calm(quick), 'bone-density': false }, { 'bone-density': true }).excludedTechniques).toContain('foam-roll-upper-back');
  });
});

describe('triage: combinations and advice per reason', () => {
  it('highest level wins, every reason is kept, most pressing first', () => {
    const result = run({ ...calm(), 'dizzy-head-movement': true, 'long-lasting': true, 'pain-now': 5, 'cord-signs': true });
    expect(result.level).toBe('see-professional');
    expect(result.reasons.map((r) => r.question)).toEqual(['cord-signs', 'long-lasting', 'pain-now', 'dizzy-head-movement']);
    expect(result.reasons.map((r) => r.timeframe)).toEqual(['today', 'at a routine appointment', 'today', 'today']);
  });

  it.each([
    ['heart-pattern', 'emergency', /Do not drive yourself/],
    ['saddle-bladder-legs', 'emergency', /emergency number now \(112\)/],
    ['cord-signs', 'same-day', /today/],
    ['fever-unwell', 'same-day', /same-day appointment/],
    ['fragile-bones-fall', 'same-day', /today/],
    ['cancer-history', 'within-week', /within a week/],
    ['constant-night-pain', 'within-week', /within a week/],
    ['tingling-numbness', 'within-week', /within a week/],
    ['long-lasting', 'routine', /routine appointment/],
    ['cracking-overuse', 'routine', /routine appointment/],
  ])('%s → %s', (id, action, text) => {
    const [reason] = run({ ...calm(), [id]: true }).reasons;
    expect(reason!.action).toBe(action);
    expect(reason!.actionText).toMatch(text);
    expect(reason!.source.length).toBeGreaterThan(5);
  });

  it('left out beats softened for the same technique', () => {
    const result = run({ ...calm(), 'pain-now': 5, 'bleeding-risk': true });
    expect(result.excludedTechniques).toContain('foam-roll-upper-back');
    expect(result.softenedTechniques).not.toContain('foam-roll-upper-back');
  });

  it('puts the emergency number into the advice and every urgent action', () => {
    const result = triage(safety, { 'heart-pattern': true }, catalog, { emergencyNumber: '000' });
    expect(result.advice).toContain('(000)');
    expect(result.reasons[0]!.actionText).toContain('(000)');
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
  const validate = (data: unknown) => () => validateAnswers(data, safety, 'a.json');

  it('accepts a complete set, and the "anything changed" answer', () => {
    expect(validate({ ...calm(quick), 'changed-since-check': false })()).toEqual({ ...calm(quick), 'changed-since-check': false });
  });

  it.each([
    [{ 'made-up': true }, '"made-up" is not a question id'],
    [{ 'pain-now': 'low' }, '"pain-now" needs a whole number from 0 to 10, not "low"'],
    [{ 'pain-now': 11 }, '"pain-now" needs a whole number from 0 to 10, not 11'],
    [{ 'pain-now': -1 }, '"pain-now" needs a whole number from 0 to 10, not -1'],
    [{ 'pain-now': 3.5 }, '"pain-now" needs a whole number from 0 to 10, not 3.5'],
    [{ 'heart-pattern': 'no' }, '"heart-pattern" needs true or false, not "no"'],
    [{ 'urgent-signs': false }, '"urgent-signs" was replaced in version 2.0 of the screen by "heart-pattern", "sudden-severe-pain"'],
    [[true], 'expected a JSON object of answers'],
  ])('%j is refused', (data, message) => {
    expect(validate(data)).toThrow(message);
  });

  it('a huge file of unknown ids gets a short error: the first few, then a count', () => {
    const data = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x${i}`, true]));
    const error = (() => {
      try {
        validate(data)();
      } catch (e) {
        return (e as Error).message;
      }
    })()!;
    expect(error).toContain('and 995 more');
    expect(error.length).toBeLessThan(400);
  });

  it('needs nothing more once an answer is urgent', () => {
    expect(questionsStillNeeded(full, { 'serious-trauma': true })).toEqual([]);
    expect(questionsStillNeeded(quick, { 'pain-now': 2 }).map((q) => q.id)).not.toContain('pain-now');
  });
});

describe('the report', () => {
  it('above caution, shows only the reasons at the result level: no "go gently" in an emergency', async () => {
    const { formatOutcome } = await import('../src/view/safety-report.js');
    const { Chalk } = await import('chalk');
    const result = run({ ...calm(quick), 'vision-speech-swallowing': true }, { 'bone-density': true });
    const text = formatOutcome(result, safety, catalog, new Chalk({ level: 0 }), 100);
    expect(text).toContain('Double vision, slurred speech');
    expect(text).toContain('Now: Call your emergency number now (112). Do not drive yourself');
    expect(text).not.toContain('fragile bones');
    expect(result.reasons.map((r) => r.question)).toEqual(['vision-speech-swallowing', 'bone-density']);
  });
});

describe('whole screens', () => {
  it('an urgent report, as a person sees it', async () => {
    const { formatOutcome } = await import('../src/view/safety-report.js');
    const { Chalk } = await import('chalk');
    const text = formatOutcome(run({ ...calm(quick), 'heart-pattern': true }), safety, catalog, new Chalk({ level: 0 }), 80);
    expect(text).toMatchInlineSnapshot(`
      "Stop. Please get help now.

      Why, and what to do:
        - Pain in the chest, arm, jaw or upper back with pressure, sweating,
          breathlessness or sickness can come from the heart and needs checking
          straight away.
          Now: Call your emergency number now (112). Do not drive yourself; if you
          can, have someone stay with you.

      In short:
        Call your emergency number now (112), or have someone take you to an emergency
        department; do not drive yourself. Do not do any stretches or exercises. What
        you described can sometimes signal something that needs checking straight
        away.
      "
    `);
  });

  it('a standing result, as the next session shows it', async () => {
    const { formatStanding } = await import('../src/view/safety-report.js');
    const { Chalk } = await import('chalk');
    const standing = { level: 'see-professional' as const, on: '2026-11-17', reasons: ['tingling-numbness', 'pain-now'] };
    expect(formatStanding(standing, safety, '112', new Chalk({ level: 0 }), 80)).toMatchInlineSnapshot(`
      "Please see a professional before stretching this area.

      Why, and what to do:
        - Tingling, numbness or weakness in a limb can mean a nerve is involved; have
          it examined before stretching or self-mobilising. (reported on 17 Nov 2026)
          Within a week: Book a doctor or physiotherapist within a week; sooner if it
          is getting worse.
        - Pain of 7 out of 10 or more is too much to stretch into; have it looked at
          first. (reported on 17 Nov 2026)
          Within a week: Book a doctor or physiotherapist within a week; sooner if it
          is getting worse.

      limber will not guide a session until you have been seen. Afterwards, record it
      with 'limber profile --seen-professional', or run 'limber check' again. If new
      or severe symptoms start, call your emergency number (112).
      "
    `);
  });
});
