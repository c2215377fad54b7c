import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { currentLanguage, t } from '../core/i18n/translate.js';
import { which } from './which.js';

/** Voice, rate (words a minute) and volume (0-100) from config.json; each engine takes what it can. */
export interface SpeechSettings {
  voice?: string;
  rate?: number;
  volume?: number;
}

/** The system's own speech. `say` starts speaking and returns at once; a new sentence cuts the last one short. */
export interface Speaker {
  name: string;
  say(text: string): void;
  stop(): void;
}

type Command = (text: string, wav?: string) => [string, string[], NodeJS.ProcessEnv?];

function engine(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, s: SpeechSettings): { name: string; command: Command } | { none: string } {
  const rate = String(s.rate ?? 160);
  // Without a voice of the person's choosing, espeak-ng and speech-dispatcher speak the text's own language.
  const language = currentLanguage() === 'en-XA' ? 'en' : currentLanguage();
  const voice = s.voice ?? (language === 'en' ? undefined : language);
  if (platform === 'darwin') {
    const say = which('say', env);
    return say
      ? { name: 'say', command: (text) => [say, [...(s.voice ? ['-v', s.voice] : []), '-r', rate, '--', text]] }
      : { none: t('say was not found') };
  }
  if (platform === 'win32') {
    const powershell = which('powershell', env);
    const script =
      'Add-Type -AssemblyName System.Speech;$s=New-Object System.Speech.Synthesis.SpeechSynthesizer;if($env:LIMBER_VOICE){$s.SelectVoice($env:LIMBER_VOICE)};$s.Volume=[int]$env:LIMBER_VOLUME;$s.Speak($env:LIMBER_SAY)';
    const extra = (text: string) => ({ ...env, LIMBER_SAY: text, LIMBER_VOICE: s.voice ?? '', LIMBER_VOLUME: String(s.volume ?? 100) });
    return powershell
      ? { name: t('Windows speech'), command: (text) => [powershell, ['-NoProfile', '-NonInteractive', '-Command', script], extra(text)] }
      : { none: t('PowerShell was not found') };
  }
  const espeak = which('espeak-ng', env);
  if (espeak) {
    // espeak-ng's amplitude runs 0-200 with 100 as its default: the same scale as volume up to 100.
    const amplitude = String(s.volume ?? 100);
    return {
      name: 'espeak-ng',
      command: (text, wav) => [espeak, [...(voice ? ['-v', voice] : []), '-s', rate, '-a', amplitude, ...(wav ? ['-w', wav] : []), '--', text]],
    };
  }
  const spd = which('spd-say', env);
  if (spd) {
    const percent = (n: number) => String(Math.max(-100, Math.min(100, n)));
    return {
      name: 'speech-dispatcher',
      command: (text) => [
        spd,
        [
          '--wait',
          ...(language === 'en' ? [] : ['-l', language]),
          '-r',
          percent(((s.rate ?? 160) - 160) / 2),
          '-i',
          percent((s.volume ?? 100) * 2 - 100),
          '--',
          text,
        ],
      ],
    };
  }
  return { none: t('neither espeak-ng nor spd-say was found (Debian and Ubuntu: apt install espeak-ng)') };
}

/**
 * The speaker this system has, or why there is none. LIMBER_SPEECH_WAV_DIR (espeak-ng only) writes each
 * sentence to a numbered WAV file instead of the speakers: for tests, and machines without sound.
 */
export function findSpeaker(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, settings: SpeechSettings = {}): Speaker | { none: string } {
  const found = engine(env, platform, settings);
  if ('none' in found) return found;
  let current: ChildProcess | undefined;
  let count = 0;
  const stop = () => {
    current?.kill();
    current = undefined;
  };
  return {
    name: found.name,
    stop,
    say(text) {
      const wavDir = found.name === 'espeak-ng' ? env.LIMBER_SPEECH_WAV_DIR : undefined;
      // A new sentence cuts the last one short on the speakers; files are never heard over each other, and a
      // cut could land before espeak-ng has even created its file.
      if (!wavDir) stop();
      const [file, args, childEnv] = found.command(text, wavDir && join(wavDir, `${String(++count).padStart(3, '0')}.wav`));
      const child = spawn(file, args, { env: childEnv ?? env, stdio: 'ignore', windowsHide: true });
      child.on('error', () => {});
      current = child;
      child.once('exit', () => {
        if (current === child) current = undefined;
      });
    },
  };
}
