import { figureAt, type PoseLibrary } from '../core/pose/animate.js';
import type { Plan } from '../core/session/plan.js';
import { type FigureCharset, figureLines, firstInkedLine } from '../view/figure-text.js';

/** The figure's frames for one session: each technique cropped once, so its figure never jumps as it moves. */
export class FigureFrames {
  private readonly crops = new Map<string, number>();
  private last: string | undefined;

  constructor(
    private readonly plan: Plan,
    private readonly poses: PoseLibrary,
    private readonly charset: FigureCharset,
  ) {}

  /** The figure with `remainingMs` of cue `index` to go, as lines of text; undefined for a cue without a pose. */
  frame(index: number, remainingMs: number, unitMs: number): string[] | undefined {
    const elapsedMs = this.plan.cues[index]!.seconds * unitMs - remainingMs;
    const pose = figureAt(this.plan, index, elapsedMs, unitMs, this.poses);
    return pose && figureLines(pose, this.charset).slice(this.cropFor(this.plan.cues[index]!.technique));
  }

  /** Whether this frame differs from the one before it. */
  moved(lines: readonly string[] | undefined): boolean {
    const drawn = lines?.join('\n');
    if (drawn === this.last) return false;
    this.last = drawn;
    return true;
  }

  private cropFor(technique: string): number {
    const known = this.crops.get(technique);
    if (known !== undefined) return known;
    const ids = new Set(this.plan.cues.filter((c) => c.technique === technique).map((c) => c.pose));
    const drawings = [...ids].flatMap((id) => {
      const pose = id === undefined ? undefined : this.poses.get(id);
      return pose ? [figureLines(pose, this.charset)] : [];
    });
    const top = drawings.length > 0 ? firstInkedLine(drawings) : 0;
    this.crops.set(technique, top);
    return top;
  }
}
