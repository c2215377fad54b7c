/**
 * Realistic cases, written from the references in the research brief (NHS, NICE CKS, IFOMPT, PAR-Q+, the
 * thoracic and osteoporosis literature, the foam-rolling consensus, Silbernagel's model and the source guide).
 * Each names what the person would answer, the level the screen must reach, the exit code, and what must be
 * left out (or must still run). Answers not named are "nothing wrong"; `profile` is what an earlier check kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SafetyData } from '../src/core/safety/schema.js';
import { type Answers, screenQuestions, triage } from '../src/core/safety/triage.js';
import { exitCodeFor } from '../src/shell/errors.js';
import { builtIn } from './helpers/catalog.js';

const safety = JSON.parse(readFileSync('data/safety.json', 'utf8')) as SafetyData;
const catalog = builtIn();
const all = catalog.techniques.map((t) => t.id);

interface Vignette {
  story: string;
  screen: 'quick' | 'full';
  answers: Answers;
  profile?: string[];
  level: 'urgent' | 'see-professional' | 'caution' | 'no-warning-signs';
  exit: number;
  leftOut?: string[];
  stillRuns?: string[];
}

const vignettes: Vignette[] = [
  // Urgent: the quick screen must catch each pattern on its own.
  {
    story: '52-year-old, upper-back ache spreading to the left arm, sweaty and short of breath at the desk',
    screen: 'quick',
    answers: { 'heart-pattern': true, 'pain-now': 5 },
    level: 'urgent',
    exit: 4,
    leftOut: all,
  },
  {
    story: 'ache between the shoulder blades with jaw pain and nausea this morning, now gone',
    screen: 'quick',
    answers: { 'heart-pattern': true },
    level: 'urgent',
    exit: 4,
    leftOut: all,
  },
  {
    story: 'numb when wiping after the toilet since yesterday, low and mid-back pain',
    screen: 'quick',
    answers: { 'saddle-bladder-legs': true },
    level: 'urgent',
    exit: 4,
    leftOut: all,
  },
  {
    story: 'new trouble starting to pass urine, back ache',
    screen: 'quick',
    answers: { 'saddle-bladder-legs': true, 'pain-now': 3 },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'double vision for ten minutes an hour ago after cracking the neck, fine now',
    screen: 'quick',
    answers: { 'vision-speech-swallowing': true },
    level: 'urgent',
    exit: 4,
    leftOut: all,
  },
  {
    story: 'slurred speech earlier today, passed; stiff upper back',
    screen: 'quick',
    answers: { 'vision-speech-swallowing': true },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'face went numb on one side while turning the head, lasted a minute',
    screen: 'quick',
    answers: { 'face-weakness-balance': true },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'sudden loss of balance with neck pain this afternoon',
    screen: 'quick',
    answers: { 'face-weakness-balance': true, 'dizzy-head-movement': true },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'thunderclap headache at the gym, worst ever, neck stiff since',
    screen: 'quick',
    answers: { 'worst-headache': true },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'sudden tearing pain through to the back, 60-year-old with high blood pressure',
    screen: 'quick',
    answers: { 'sudden-severe-pain': true },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'fell down the stairs yesterday, upper back hurts',
    screen: 'quick',
    answers: { 'serious-trauma': true, 'pain-now': 6 },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'car accident last week, neck and upper back pain since',
    screen: 'full',
    answers: { 'serious-trauma': true, 'long-lasting': false },
    level: 'urgent',
    exit: 4,
  },
  {
    story: 'urgent and see-professional together: the urgent advice wins',
    screen: 'full',
    answers: { 'heart-pattern': true, 'tingling-numbness': true, 'cancer-history': true },
    level: 'urgent',
    exit: 4,
  },
  // See a professional the same day.
  {
    story: 'osteoporosis, slipped on a wet floor, new mid-back pain',
    screen: 'quick',
    answers: { 'fragile-bones-fall': true },
    level: 'see-professional',
    exit: 3,
    leftOut: all,
  },
  {
    story: 'clumsy hands buttoning a shirt, electric shocks bending the neck',
    screen: 'full',
    answers: { 'cord-signs': true },
    level: 'see-professional',
    exit: 3,
    leftOut: all,
  },
  {
    story: 'fever and feeling unwell with new back pain',
    screen: 'full',
    answers: { 'fever-unwell': true, 'unwell-today': true },
    level: 'see-professional',
    exit: 3,
  },
  { story: 'legs gave way twice this year without fainting', screen: 'full', answers: { 'drop-attacks': true }, level: 'see-professional', exit: 3 },
  // Within a week.
  {
    story: 'pins and needles in the right hand since a week, desk worker',
    screen: 'quick',
    answers: { 'tingling-numbness': true },
    level: 'see-professional',
    exit: 3,
    leftOut: all,
  },
  {
    story: 'pain wakes them at night and is getting worse',
    screen: 'quick',
    answers: { 'constant-night-pain': true },
    level: 'see-professional',
    exit: 3,
  },
  { story: 'pain 8/10 today after moving house', screen: 'quick', answers: { 'pain-now': 8 }, level: 'see-professional', exit: 3 },
  { story: 'pain exactly 7/10', screen: 'quick', answers: { 'pain-now': 7 }, level: 'see-professional', exit: 3 },
  {
    story: 'breast cancer ten years ago, new thoracic pain',
    screen: 'full',
    answers: { 'cancer-history': true },
    level: 'see-professional',
    exit: 3,
  },
  {
    story: 'long-term steroid tablets for asthma, new back ache',
    screen: 'full',
    answers: { 'immune-steroids': true, 'bone-density': true },
    level: 'see-professional',
    exit: 3,
  },
  { story: 'lost 6 kg without trying, back pain', screen: 'full', answers: { 'weight-loss': true }, level: 'see-professional', exit: 3 },
  {
    story: 'band of pain around the chest, worse when breathing in',
    screen: 'full',
    answers: { 'thoracic-pattern': true },
    level: 'see-professional',
    exit: 3,
  },
  {
    story: 'first ever episode of upper-back pain at 62',
    screen: 'full',
    answers: { 'first-episode-age': true },
    level: 'see-professional',
    exit: 3,
  },
  {
    story: 'feels sick turning the head to reverse the car',
    screen: 'full',
    answers: { 'nausea-head-movement': true },
    level: 'see-professional',
    exit: 3,
  },
  {
    story: 'the room seems to jump when looking over the shoulder',
    screen: 'full',
    answers: { 'flickering-eyes': true },
    level: 'see-professional',
    exit: 3,
  },
  { story: 'fainted at work in the spring', screen: 'full', answers: { fainted: true }, level: 'see-professional', exit: 3 },
  {
    story: 'pain worse on coughing, a lump noticed on the spine',
    screen: 'full',
    answers: { 'cough-lump': true },
    level: 'see-professional',
    exit: 3,
  },
  {
    story: 'last session stopped at 7/10 and the pain is still higher the next morning',
    screen: 'quick',
    answers: { 'pain-settled': true },
    level: 'see-professional',
    exit: 3,
  },
  // Routine appointment.
  { story: 'same ache for six weeks, not improving', screen: 'full', answers: { 'long-lasting': true }, level: 'see-professional', exit: 3 },
  {
    story: 'cracks the back ten times a day, it has started to hurt',
    screen: 'full',
    answers: { 'cracking-overuse': true },
    level: 'see-professional',
    exit: 3,
  },
  { story: 'spinal fusion two months ago', screen: 'full', answers: { 'recent-spine-surgery': true }, level: 'see-professional', exit: 3 },
  {
    story: 'told by the cardiologist to exercise only in cardiac rehab',
    screen: 'full',
    answers: { 'supervised-only': true, 'heart-condition': true },
    level: 'see-professional',
    exit: 3,
  },
  { story: 'an old spinal fracture from a ski accident', screen: 'full', answers: { 'spinal-fracture': true }, level: 'see-professional', exit: 3 },
  // Caution: the session runs without, or gentler.
  {
    story: 'osteoporosis known, stiff at the desk: no foam rolling, gentler twists',
    screen: 'full',
    answers: { 'bone-density': true },
    level: 'caution',
    exit: 0,
    leftOut: ['foam-roll-upper-back'],
    stillRuns: ['shoulder-rolls', 'chair-twist'],
  },
  {
    story: 'on warfarin after a deep-vein clot',
    screen: 'full',
    answers: { 'bleeding-risk': true },
    level: 'caution',
    exit: 0,
    leftOut: ['foam-roll-upper-back'],
    stillRuns: ['wall-angel'],
  },
  {
    story: 'hypermobile joints (Ehlers-Danlos), likes to crack the neck',
    screen: 'full',
    answers: { hypermobility: true },
    level: 'caution',
    exit: 0,
    leftOut: ['neck-rolls'],
    stillRuns: ['shoulder-shrugs'],
  },
  {
    story: 'pregnant, 20 weeks, upper back stiff',
    screen: 'full',
    answers: { pregnant: true },
    level: 'caution',
    exit: 0,
    leftOut: ['wall-angel', 'cat-cow', 'foam-roll-upper-back', 'floor-seated-twist'],
    stillRuns: ['shoulder-rolls'],
  },
  {
    story: 'dizzy when turning the head: no twist, no neck rolls, seated only',
    screen: 'quick',
    answers: { 'dizzy-head-movement': true },
    level: 'caution',
    exit: 0,
    leftOut: ['chair-twist', 'neck-rolls', 'wall-angel', 'wall-lean'],
    stillRuns: ['shoulder-rolls', 'seated-cat-cow'],
  },
  { story: 'a cold today', screen: 'quick', answers: { 'unwell-today': true }, level: 'caution', exit: 0, leftOut: all },
  {
    story: 'pain 5/10 right now, the top of "acceptable"',
    screen: 'quick',
    answers: { 'pain-now': 5 },
    level: 'caution',
    exit: 0,
    leftOut: ['foam-roll-upper-back'],
    stillRuns: ['shoulder-rolls'],
  },
  { story: 'pain 4/10, otherwise well', screen: 'quick', answers: { 'pain-now': 4 }, level: 'caution', exit: 0, leftOut: ['foam-roll-upper-back'] },
  {
    story: 'a bruise on the upper back from a door',
    screen: 'full',
    answers: { 'skin-upper-back': true },
    level: 'caution',
    exit: 0,
    leftOut: ['foam-roll-upper-back'],
    stillRuns: ['chair-twist'],
  },
  {
    story: 'high blood pressure on tablets, otherwise calm',
    screen: 'full',
    answers: { 'heart-condition': true, 'other-chronic-condition': true },
    level: 'caution',
    exit: 0,
    stillRuns: all,
  },
  // The profile remembers what the check learned.
  {
    story: 'Monday: check says osteoporosis. Tuesday: calm quick screen, and foam rolling stays out',
    screen: 'quick',
    answers: {},
    profile: ['bone-density'],
    level: 'caution',
    exit: 0,
    leftOut: ['foam-roll-upper-back'],
  },
  {
    story: 'pregnant on file; quick screen calm; still seated and gentle',
    screen: 'quick',
    answers: {},
    profile: ['pregnant'],
    level: 'caution',
    exit: 0,
    leftOut: ['wall-angel', 'wall-lean'],
  },
  {
    story: 'cancer history on file: every session sends to a doctor first',
    screen: 'quick',
    answers: {},
    profile: ['cancer-history'],
    level: 'see-professional',
    exit: 3,
    leftOut: all,
  },
  // Calm.
  {
    story: 'office worker, stiff at 3 pm, pain 2/10, nothing else',
    screen: 'quick',
    answers: { 'pain-now': 2 },
    level: 'no-warning-signs',
    exit: 0,
    stillRuns: all,
  },
  { story: 'pain 3/10, the top of "fine"', screen: 'quick', answers: { 'pain-now': 3 }, level: 'no-warning-signs', exit: 0 },
  { story: 'a whole calm full check', screen: 'full', answers: {}, level: 'no-warning-signs', exit: 0, stillRuns: all },
];

const calm = (screen: 'quick' | 'full') => Object.fromEntries(screenQuestions(safety, screen).map((q) => [q.id, q.kind === 'scale' ? 0 : false]));

describe('vignettes', () => {
  it('there are at least 40, each a different story', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(vignettes.map((v) => v.story)).size).toBe(vignettes.length);
  });

  it.each(vignettes.map((v) => [v.story, v] as const))('%s', (_story, v) => {
    const profile = v.profile && { answers: Object.fromEntries(v.profile.map((id) => [id, true])), checkedOn: '2026-11-17' };
    const result = triage(safety, { ...calm(v.screen), ...v.answers }, catalog, { emergencyNumber: '112', profile });
    expect(result.level).toBe(v.level);
    expect(exitCodeFor(result.level)).toBe(v.exit);
    for (const id of v.leftOut ?? []) expect(result.excludedTechniques).toContain(id);
    for (const id of v.stillRuns ?? []) expect(result.excludedTechniques).not.toContain(id);
    if (v.level === 'urgent') for (const r of result.reasons.filter((x) => x.level === 'urgent')) expect(r.actionText).toContain('(112)');
  });
});
