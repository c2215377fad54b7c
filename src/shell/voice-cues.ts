import type { Plan } from '../core/session/plan.js';
import type { RunnerEvent } from '../core/session/runner-events.js';
import { spokenCue } from '../view/speech.js';
import type { Speaker } from './speech.js';

/** The voice of a session: every cue as it starts, then 3, 2, 1 at the end of a hold. Started, never awaited. */
export class VoiceCues {
  private counted: number | undefined;

  constructor(
    private readonly speaker: Speaker,
    private readonly plan: Plan,
    private readonly nameOf: (technique: string) => string,
    private readonly scale: number,
  ) {}

  onEvent(event: RunnerEvent): void {
    if (event.type === 'cue') {
      this.counted = undefined;
      this.speaker.say(spokenCue(event.cue, this.nameOf(event.cue.technique)));
    } else if (event.type === 'tick' && this.plan.cues[event.index]?.kind === 'hold') {
      // The second the countdown shows: the runner ticks once as it changes, so a late tick still counts right.
      const left = Math.ceil(event.remainingMs / (1000 * this.scale));
      if (left >= 1 && left <= 3 && left !== this.counted) {
        this.counted = left;
        this.speaker.say(String(left));
      }
    } else if (event.type === 'end' && !event.completed) this.speaker.stop();
  }
}
