import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useLanguage } from '../src/core/i18n/translate.js';
import { planTechnique } from '../src/core/session/plan.js';
import { findSpeaker } from '../src/shell/speech.js';
import { VoiceCues } from '../src/shell/voice-cues.js';
import { spokenCue } from '../src/view/speech.js';
import { technique } from './helpers/catalog.js';
import { answersFile, calmQuickAnswers, ndjson, runCli, tempHome } from './helpers/cli.js';

const have = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const realSpeech = have('espeak-ng') && have('sox');
if (!realSpeech)
  process.stderr.write("\n*** espeak-ng or sox missing: the spoken-WAV tests are SKIPPED. Install Debian's espeak-ng and sox to run them. ***\n\n");

describe('what the voice says', () => {
  it('each kind of cue, as a sentence', () => {
    const twist = planTechnique(technique('chair-twist')).cues;
    const cat = planTechnique(technique('cat-cow')).cues;
    const said = (cue: (typeof twist)[number]) => spokenCue(cue, 'Seated twist');
    expect(said(twist[0]!)).toBe('Get ready: Seated twist.');
    expect(said(twist[1]!)).toBe('Sit tall near the front of the chair.');
    expect(said(twist.find((c) => c.kind === 'hold')!)).toBe('Turn, hand on the backrest, breathe slowly, left side. Hold 25 seconds.');
    expect(said(twist.find((c) => c.kind === 'switch')!)).toBe('Switch to the right side.');
    expect(said(twist.at(-1)!)).toBe('Well done. Session complete.');
    const moves = cat.filter((c) => c.kind === 'move');
    expect(spokenCue(moves[0]!, 'Cat-cow')).toBe('Cow: lift your head, let the back dip. 5 reps.');
    expect(spokenCue(moves[2]!, 'Cat-cow')).toBe('Cow: lift your head, let the back dip.');
    expect(spokenCue({ ...moves[0]!, text: 'Ring \u0007 the \u001b[31mbell' }, 'x')).toBe('Ring  the bell. 5 reps.');
  });
});

describe('the 3-2-1 of a hold', () => {
  it('follows the seconds the countdown shows, so ticks that arrive late still count 3, 2, 1', () => {
    const plan = planTechnique(technique('chair-twist'));
    const hold = plan.cues.findIndex((c) => c.kind === 'hold');
    const said: string[] = [];
    const voice = new VoiceCues({ name: 'fake', say: (text) => said.push(text), stop: () => {} }, plan, (id) => id, 1);
    // One tick as each second shows; the one for 3 comes 600 ms late (the machine is busy).
    for (const remainingMs of [4000, 2400, 2000, 1000]) voice.onEvent({ type: 'tick', index: hold, remainingMs, atMs: 0 });
    expect(said).toEqual(['3', '2', '1']);
  });
});

describe('speech engines', () => {
  it('none on this system: one reason each, naming what to install', () => {
    expect(findSpeaker({ PATH: '' }, 'linux')).toEqual({
      none: 'neither espeak-ng nor spd-say was found (Debian and Ubuntu: apt install espeak-ng)',
    });
    expect(findSpeaker({ PATH: '' }, 'darwin')).toEqual({ none: 'say was not found' });
    expect(findSpeaker({ PATH: '' }, 'win32')).toEqual({ none: 'PowerShell was not found' });
  });

  it('with no voice set, espeak-ng and spd-say speak the chosen language', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'limber-speech-lang-'));
    const log = join(bin, 'log');
    for (const name of ['espeak-ng', 'spd-say']) writeFileSync(join(bin, name), `#!/bin/sh\necho ${name} "$*" >> ${log}\n`, { mode: 0o755 });
    const sayWith = async (path: string, settings = {}) => {
      const speaker = findSpeaker({ PATH: path }, 'linux', settings);
      if (!('name' in speaker)) throw new Error(speaker.none);
      speaker.say('Hallo');
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    useLanguage('de');
    try {
      await sayWith(bin);
      await sayWith(bin, { voice: 'en-gb' });
      rmSync(join(bin, 'espeak-ng'));
      await sayWith(bin);
      useLanguage('en');
      await sayWith(bin);
    } finally {
      useLanguage('en');
    }
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'espeak-ng -v de -s 160 -a 100 -- Hallo',
      'espeak-ng -v en-gb -s 160 -a 100 -- Hallo',
      'spd-say --wait -l de -r 0 -i 100 -- Hallo',
      'spd-say --wait -r 0 -i 100 -- Hallo',
    ]);
  });

  /** A stand-in espeak-ng that speaks slowly and notes each start and each cut in a log. */
  function slowEspeak(): { bin: string; log: string } {
    const bin = mkdtempSync(join(tmpdir(), 'limber-speech-'));
    const log = join(bin, 'log');
    writeFileSync(join(bin, 'espeak-ng'), `#!/bin/sh\ntrap 'echo cut "$*" >> ${log}; exit 0' TERM\necho start "$*" >> ${log}\nsleep 5 & wait\n`, {
      mode: 0o755,
    });
    return { bin, log };
  }
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('a new sentence cuts the last one short, and nothing waits for either', async () => {
    const { bin, log } = slowEspeak();
    const speaker = findSpeaker({ PATH: `${bin}:/usr/bin:/bin` }, 'linux', { rate: 200, volume: 80, voice: 'en-gb' });
    if (!('name' in speaker)) throw new Error(speaker.none);
    let started = performance.now();
    speaker.say('first');
    expect(performance.now() - started).toBeLessThan(50);
    await wait(400);
    started = performance.now();
    speaker.say('second');
    expect(performance.now() - started).toBeLessThan(50);
    await wait(400);
    speaker.stop();
    await wait(200);
    // Two processes write this log, so "cut first" and "start second" may land in either order under load.
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.indexOf('start -v en-gb -s 200 -a 80 -- first')).toBeLessThan(lines.indexOf('start -v en-gb -s 200 -a 80 -- second'));
    expect([...lines].sort()).toEqual(
      [
        'start -v en-gb -s 200 -a 80 -- first',
        'cut -v en-gb -s 200 -a 80 -- first',
        'start -v en-gb -s 200 -a 80 -- second',
        'cut -v en-gb -s 200 -a 80 -- second',
      ].sort(),
    );
  });

  it('written to WAV files, a new sentence goes to the next file and cuts nothing: no file is lost to a cut', async () => {
    const { bin, log } = slowEspeak();
    const wavs = mkdtempSync(join(tmpdir(), 'limber-wav-'));
    const speaker = findSpeaker({ PATH: `${bin}:/usr/bin:/bin`, LIMBER_SPEECH_WAV_DIR: wavs }, 'linux', { rate: 200 });
    if (!('name' in speaker)) throw new Error(speaker.none);
    speaker.say('first');
    await wait(300);
    speaker.say('second');
    await wait(300);
    speaker.stop();
    await wait(200);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect([...lines].sort()).toEqual(
      [
        `start -s 200 -a 100 -w ${join(wavs, '001.wav')} -- first`,
        `start -s 200 -a 100 -w ${join(wavs, '002.wav')} -- second`,
        `cut -s 200 -a 100 -w ${join(wavs, '002.wav')} -- second`,
      ].sort(),
    );
  });

  it('--voice without an engine: one clear line, and the session runs', () => {
    const result = runCli(['run', 'shoulder-rolls', '--voice', '--answers', answersFile(calmQuickAnswers)], {
      env: { PATH: '/nonexistent', LIMBER_TIME_SCALE: '0.01' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/No voice:/g)).toHaveLength(1);
    expect(result.stderr).toContain(
      'No voice: neither espeak-ng nor spd-say was found (Debian and Ubuntu: apt install espeak-ng). The cues are shown, not spoken.',
    );
  });
});

describe.runIf(realSpeech)('spoken for real with espeak-ng', () => {
  it('a whole technique spoken to WAV files: every cue and the 3-2-1 of each hold, none silent, no cue late', () => {
    const wavs = mkdtempSync(join(tmpdir(), 'limber-wav-'));
    const result = runCli(['run', 'chair-twist', '--voice', '--json', '--answers', answersFile(calmQuickAnswers)], {
      env: { LIMBER_TIME_SCALE: '0.2', LIMBER_SPEECH_WAV_DIR: wavs },
    });
    expect(result.code).toBe(0);
    const cues = ndjson(result.stdout).filter((e) => e.type === 'cue');
    for (const cue of cues) expect((cue.atMs as number) - (cue.scheduledMs as number)).toBeLessThan(15);
    const files = readdirSync(wavs).sort();
    // Every cue, plus "3", "2", "1" in each of the two holds.
    expect(files).toHaveLength(cues.length + 6);
    for (const file of files) {
      const stat = spawnSync('sox', [join(wavs, file), '-n', 'stat'], { encoding: 'utf8' }).stderr;
      const seconds = Number(/Length \(seconds\):\s+([\d.]+)/.exec(stat)?.[1]);
      const rms = Number(/RMS\s+amplitude:\s+([\d.]+)/.exec(stat)?.[1]);
      expect(seconds, file).toBeGreaterThan(0.2);
      expect(rms, file).toBeGreaterThan(0.01);
    }
  });

  it('"voice": true in config.json speaks without the flag; --no-voice wins', () => {
    const home = tempHome();
    mkdirSync(join(home, 'config'), { recursive: true });
    writeFileSync(join(home, 'config', 'config.json'), JSON.stringify({ voice: true, speech: { rate: 220, volume: 60 } }));
    const on = mkdtempSync(join(tmpdir(), 'limber-wav-'));
    runCli(['run', 'shoulder-rolls', '--answers', answersFile(calmQuickAnswers)], {
      env: { LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.05', LIMBER_SPEECH_WAV_DIR: on },
    });
    expect(readdirSync(on).length).toBeGreaterThan(5);
    const off = mkdtempSync(join(tmpdir(), 'limber-wav-'));
    runCli(['run', 'shoulder-rolls', '--no-voice', '--answers', answersFile(calmQuickAnswers)], {
      env: { LIMBER_HOME: home, LIMBER_TIME_SCALE: '0.05', LIMBER_SPEECH_WAV_DIR: off },
    });
    expect(existsSync(off) && readdirSync(off)).toEqual([]);
  });
});

describe('CI has the speech tools', () => {
  it.runIf(Boolean(process.env.CI))('espeak-ng and sox are installed', () => {
    expect(realSpeech, '.ci/run should have installed espeak-ng and sox').toBe(true);
  });
});
