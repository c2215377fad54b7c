import type { PoseLibrary } from '../core/pose/animate.js';
import type { Clock } from '../core/session/clock.js';
import type { FigureCharset } from '../view/figure-text.js';
import type { Speaker } from './speech.js';

/** The shape of a session's output: a live block, plain lines (for screen readers), or NDJSON events. */
export type GuideMode = 'live' | 'plain' | 'json';

/** How a session is played: its output, timing, keys, voice and figure. */
export interface GuideOptions {
  mode: GuideMode;
  bell: boolean;
  scale: number;
  names: ReadonlyMap<string, string>;
  /** Each technique's cautions, shown with the d key. */
  cautions?: ReadonlyMap<string, readonly string[]>;
  clock?: Clock;
  /** Asks the pain 0-10 after "this hurts"; only in a terminal. */
  askPain?: () => Promise<number>;
  /** Told of every "this hurts" rating, as it is given, so history keeps it even if the process dies next. */
  onPain?: (technique: string, rating: number) => void;
  /** Speaks each cue and the last three seconds of a hold (--voice). */
  speaker?: Speaker;
  /** The moving figure in the live view: the poses, and Braille or ASCII. Absent: no figure. */
  figures?: { poses: PoseLibrary; charset: FigureCharset };
}

/** What stopped a session from outside: a signal, or the output going away (a broken pipe). */
export type StopCause = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'output-closed';
