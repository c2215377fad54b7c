import { describe, expect, it } from 'vitest';
import { answersFile, calmQuickAnswers, ndjson, runCli } from './helpers/cli.js';

const calm = () => answersFile(calmQuickAnswers);

describe('guided sessions without a terminal (built binary)', () => {
  it('--json emits screen, start, every cue on time, and end', () => {
    const result = runCli(['run', 'chair-twist', '--answers', calm(), '--json'], { env: { LIMBER_TIME_SCALE: '0.01' } });
    expect(result.code).toBe(0);
    const events = ndjson(result.stdout);
    expect(events[0]).toEqual({ type: 'screen', screen: 'quick', level: 'no-warning-signs' });
    expect(events[1]).toEqual({ type: 'start', techniques: ['chair-twist'], plannedSeconds: 69 });
    const cues = events.filter((e) => e.type === 'cue');
    expect(cues).toHaveLength(7);
    for (const cue of cues) {
      expect(Object.keys(cue)).toEqual(['type', 'technique', 'kind', 'text', 'seconds', 'set', 'rep', 'side', 'caution', 'scheduledMs', 'atMs']);
      expect((cue.atMs as number) - (cue.scheduledMs as number)).toBeLessThan(15);
      expect(cue.atMs as number).toBeGreaterThanOrEqual(cue.scheduledMs as number);
    }
    expect(cues.filter((c) => c.kind === 'hold').map((c) => c.side)).toEqual(['left', 'right']);
    const end = events.at(-1)!;
    expect(end).toMatchObject({ type: 'end', completed: true });
    expect(Math.abs((end.elapsedMs as number) - 690)).toBeLessThan(15);
    expect(result.stdout).not.toMatch(/\u001b/);
  });

  it('plain output: one line per cue, no escape codes, still timed', () => {
    const result = runCli(['run', 'shoulder-rolls', '--answers', calm()], { env: { LIMBER_TIME_SCALE: '0.01', FORCE_COLOR: '0' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe('[0:00] Shoulder rolls: Get ready: Shoulder rolls (5 s)');
    expect(lines[1]).toBe('  Caution: Slow circles; the shoulders are sensitive joints.');
    expect(result.stderr).toContain('Stop at once if you feel dizzy or sick, get tingling or numbness, or pain goes');
    expect(lines.at(-1)).toBe('[0:49] Well done. Session complete.');
    expect(result.stdout + result.stderr).not.toMatch(/\u001b/);
    expect(result.stderr).toContain('Done.');
  });

  it.each([1, 3, 7, 15])('break --minutes %i fits the time (never over by more than 15 s)', (minutes) => {
    const result = runCli(['break', '--minutes', String(minutes), '--answers', calm(), '--json', '--dry-run']);
    expect(result.code).toBe(0);
    const start = ndjson(result.stdout).find((e) => e.type === 'start')!;
    expect(start.plannedSeconds as number).toBeLessThanOrEqual(minutes * 60 + 15);
    expect(start.plannedSeconds as number).toBeGreaterThanOrEqual(minutes * 60 - 20);
  });

  it('break uses only desk techniques and leaves out what the screen excluded', () => {
    const dizzy = answersFile({ ...calmQuickAnswers, 'dizzy-head-movement': true });
    for (let i = 0; i < 3; i++) {
      const start = ndjson(runCli(['break', '--answers', dizzy, '--json', '--dry-run']).stdout).find((e) => e.type === 'start')!;
      const techniques = start.techniques as string[];
      expect(techniques.length).toBeGreaterThan(0);
      for (const forbidden of ['neck-rolls', 'wall-angel', 'wall-lean', 'cat-cow', 'foam-roll-upper-back'])
        expect(techniques).not.toContain(forbidden);
    }
  });

  it('a softened technique runs its gentle variant', () => {
    const moderate = answersFile({ ...calmQuickAnswers, 'pain-now': 5 });
    const events = ndjson(runCli(['run', 'cat-cow', '--answers', moderate, '--json', '--dry-run']).stdout);
    const texts = events.filter((e) => e.type === 'cue').map((e) => e.text);
    expect(texts).toContain('Let the back dip a little, head level');
    expect(texts).not.toContain('Cow: lift your head, let the back dip');
  });

  it('a routine runs without what the screen left out', () => {
    const dizzy = answersFile({ ...calmQuickAnswers, 'dizzy-head-movement': true });
    const start = ndjson(runCli(['run', 'desk-break', '--answers', dizzy, '--json', '--dry-run']).stdout).find((e) => e.type === 'start')!;
    expect(start.techniques).toEqual(['shoulder-rolls', 'seated-cat-cow', 'cross-body-stretch']);
  });

  it('--dry-run prints the whole plan at once', () => {
    const result = runCli(['run', 'cat-cow', '--answers', calm(), '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[2:14] Well done. Session complete.');
    expect(result.stdout).toContain('Planned time: 2:14');
  });

  it.each(['fast', '0', '-1', 'NaN'])('LIMBER_TIME_SCALE=%s is a usage error', (scale) => {
    const result = runCli(['run', 'cat-cow', '--answers', calm()], { env: { LIMBER_TIME_SCALE: scale } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a valid time scale');
    expect(result.stdout).toBe('');
  });

  it('runs several techniques in order', () => {
    const start = ndjson(runCli(['run', 'arm-raises', 'shoulder-shrugs', '--answers', calm(), '--json', '--dry-run']).stdout).find(
      (e) => e.type === 'start',
    )!;
    expect(start.techniques).toEqual(['arm-raises', 'shoulder-shrugs']);
  });
});
