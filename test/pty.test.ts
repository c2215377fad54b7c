import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHome } from './helpers/cli.js';
import { cursorRestored, PtySession, quickCalm } from './helpers/pty.js';

/**
 * Answers every question as it appears, "no" or 0 unless a fragment of its text is given with another key,
 * until `until` shows; returns how many questions were asked.
 */
async function answerAll(s: PtySession, until: string, keys: Record<string, string> = {}): Promise<number> {
  const echo = /\? (no|yes|\d+\/10)/;
  let asked = 0;
  let mark = 0;
  for (;;) {
    await s.waitFor(new RegExp(`\\((y/n|0-10)\\)|${until}`), 10_000, mark);
    const seen = s.text.slice(mark);
    if (seen.includes(until)) return asked;
    const key = Object.entries(keys).find(([fragment]) => seen.includes(fragment))?.[1];
    s.write(key ?? (seen.includes('(0-10)') ? '0\r' : 'n'));
    asked++;
    await s.waitFor(echo, 10_000, mark);
    const answered = echo.exec(s.text.slice(mark))!;
    mark += answered.index + answered[0].length;
  }
}

describe('in a real terminal', () => {
  it('screens, then coaches a technique live to the end, then asks how the back feels', async () => {
    const s = new PtySession(['run', 'shoulder-rolls'], { LIMBER_TIME_SCALE: '0.03' });
    await s.waitFor('not medical advice');
    await quickCalm(s);
    await s.waitFor('No warning signs reported today.');
    await s.waitFor('GET READY: SHOULDER ROLLS');
    await s.waitFor(/step \d+ of 12/);
    await s.waitFor('ROLL THE SHOULDERS UP, BACK AND DOWN');
    await s.waitFor('rep 6/6');
    await s.answer('How does your back feel now?', '\r');
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('Done.');
    expect(cursorRestored(s.raw)).toBe(true);
    expect(s.raw).toContain('\u0007');
  });

  it('a stray Enter never answers a safety question', async () => {
    const s = new PtySession(['run', 'shoulder-rolls']);
    await s.waitFor('has pain in your chest');
    s.write('\r');
    await s.waitFor('press y for yes or n for no');
    s.write('y');
    expect(await s.exit()).toBe(4);
    expect(s.text).toContain('Call your emergency number now');
    expect(s.text).not.toContain('tingling');
    expect(s.text).not.toContain('GET READY');
  });

  it('see-professional stops before any instruction (exit 3)', async () => {
    const s = new PtySession(['break']);
    await quickCalm(s, { 'tingling, pins and needles': 'y' });
    expect(await s.exit()).toBe(3);
    expect(s.text).toContain('Please see a professional');
    expect(s.text).not.toContain('GET READY');
  });

  it('Ctrl-C during the screen exits 130 with the cursor restored', async () => {
    const s = new PtySession(['check']);
    await s.waitFor('has pain in your chest');
    s.write('\u0003');
    expect(await s.exit()).toBe(130);
    expect(cursorRestored(s.raw)).toBe(true);
    expect(s.text).toContain('Nothing was recorded as answered');
  });

  it('pause, next, back and quit', async () => {
    const s = new PtySession(['run', 'chair-twist'], { LIMBER_TIME_SCALE: '0.2' });
    await quickCalm(s);
    await s.waitFor('GET READY: SEATED TWIST ON A CHAIR');
    s.write(' ');
    await s.waitFor('PAUSED');
    s.write(' ');
    s.write('n');
    await s.waitFor('SIT TALL NEAR THE FRONT OF THE CHAIR');
    s.write('n');
    await s.waitFor('BRACE YOUR BELLY LIGHTLY');
    const mark = s.text.length;
    s.write('b');
    await s.waitFor('SIT TALL NEAR THE FRONT OF THE CHAIR', 5000, mark);
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('Stopped early.');
    expect(cursorRestored(s.raw)).toBe(true);
  });

  it('"this hurts" with pain above 5 ends the session with advice (exit 3)', async () => {
    const s = new PtySession(['run', 'chair-twist'], { LIMBER_TIME_SCALE: '0.2' });
    await quickCalm(s);
    await s.waitFor('GET READY');
    s.write('h');
    await s.answer('How much pain do you feel right now', '7\r');
    expect(await s.exit()).toBe(3);
    expect(s.text).toContain('Session stopped.');
    expect(s.text).toContain('book a doctor or physiotherapist');
    expect(s.text.replace(/\s+/g, ' ')).toContain('call your emergency number (for example 112 in Europe');
  });

  it('"this hurts" with mild pain skips to the next technique', async () => {
    const s = new PtySession(['run', 'shoulder-rolls', 'arm-raises'], { LIMBER_TIME_SCALE: '0.2' });
    await quickCalm(s);
    await s.waitFor('GET READY: SHOULDER ROLLS');
    s.write('h');
    await s.answer('How much pain do you feel right now', '3\r');
    await s.waitFor('GET READY: OVERHEAD ARM RAISES');
    s.write('q');
    await s.answer('How does your back feel now?', '\r');
    expect(await s.exit()).toBe(0);
  });

  it('Ctrl-C during a session exits 130, cursor shown', async () => {
    const s = new PtySession(['run', 'chair-twist'], { LIMBER_TIME_SCALE: '0.2' });
    await quickCalm(s);
    await s.waitFor('GET READY');
    s.write('\u0003');
    expect(await s.exit()).toBe(130);
    expect(cursorRestored(s.raw)).toBe(true);
    expect(s.text).toContain('Interrupted after');
  });
});

describe('first use and after, in a real terminal', () => {
  it('the first break runs the full check; the next asks the quick screen and applies the profile', async () => {
    const home = emptyHome();
    const first = new PtySession(['break', '--minutes', '1'], { LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.01' });
    await first.waitFor('First, the full safety check');
    const asked = await answerAll(first, 'GET READY', { 'osteoporosis or low bone density': 'y' });
    expect(asked).toBeGreaterThanOrEqual(37);
    await first.answer('How does your back feel now?', '\r');
    expect(await first.exit()).toBe(0);
    expect(first.text).toContain('With fragile bones: no foam rolling on the back');
    const profile = JSON.parse(readFileSync(join(home, 'data', 'profile.json'), 'utf8'));
    expect(profile.conditions.map((c: { question: string }) => c.question)).toEqual(['bone-density']);

    const second = new PtySession(['run', 'foam-roll-upper-back'], { LIMBER_HOME: home });
    const quick = await answerAll(second, 'Not today');
    expect(quick).toBe(14);
    expect(second.text).toContain('Has anything about your health changed');
    expect(await second.exit()).toBe(5);
    expect(second.text).toMatch(/From your check on .*: fragile bones \(left out:\s+Upper-back\s+foam\s+rolling/);
    expect(second.text).not.toContain('GET READY');
  }, 60_000);

  it('"this hurts" at 7 is recorded: the move is left out next time, and the screen asks whether it settled', async () => {
    const s = new PtySession(['run', 'shoulder-rolls'], { LIMBER_TIME_SCALE: '0.2' });
    await quickCalm(s);
    await s.waitFor('Stop at once if you feel dizzy');
    await s.waitFor('GET READY: SHOULDER ROLLS');
    await s.waitFor('Caution: Slow circles');
    s.write('d');
    await s.waitFor('d hide details');
    s.write('h');
    await s.answer('How much pain do you feel right now', '7\r');
    expect(await s.exit()).toBe(3);
    expect(s.text.replace(/\s+/g, ' ')).toContain('Shoulder rolls is left out for the next 48 hours');
    const home = s.home;
    const history = readFileSync(join(home, 'data', 'history.jsonl'), 'utf8');
    expect(history).toMatch(/"type":"pain",.*"technique":"shoulder-rolls","rating":7/);

    const next = new PtySession(['run', 'shoulder-rolls'], { LIMBER_HOME: home });
    await answerAll(next, 'Not today', { 'still worse than it was before': 'n' });
    expect(next.text).toMatch(/On .*, Shoulder rolls hurt 7\/10 and the session stopped\./);
    expect(next.text).toContain('Shoulder rolls is left out until 48 hours after it hurt');
    expect(await next.exit()).toBe(5);
  }, 60_000);
});

describe('colour in a real terminal', () => {
  const escapes = /\u001b\[[0-9;]*m/;
  it.each([
    [{}, true],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb' }, false],
  ])('list with %o colours: %s', async (env, coloured) => {
    const s = new PtySession(['list'], env);
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('cat-cow');
    expect(escapes.test(s.raw)).toBe(coloured);
  });

  it('NO_COLOR reaches every prompt and the live view of a whole session', async () => {
    const s = new PtySession(['run', 'shoulder-rolls'], { LIMBER_TIME_SCALE: '0.02', NO_COLOR: '1' });
    await quickCalm(s);
    await s.answer('How does your back feel now?', '\r');
    expect(await s.exit()).toBe(0);
    expect(s.raw.match(/\u001b\[[0-9;]*m/g)).toBeNull();
  });

  it('--no-color turns it off too', async () => {
    const s = new PtySession(['--no-color', 'show', 'cat-cow']);
    expect(await s.exit()).toBe(0);
    expect(s.text).toContain('Cat-cow');
    expect(/\u001b\[[0-9;]*m/.test(s.raw)).toBe(false);
  });
});
