import type { ChalkInstance } from 'chalk';
import type { Ora } from 'ora';
import type { OutStream } from './io.js';

const bell = '\u0007';

/** The longest delay Node's timers take: ora's own redrawing is put out of the way (see LiveView). */
const neverMs = 2 ** 31 - 1;

/**
 * The live block, drawn in place by ora, which also hides the cursor while it runs. ora would redraw on its own
 * timer twelve times a second, deadline or not, and one redraw costs a few milliseconds here: a cue due during
 * one is late by that much. So ora's timer is set out of the way and the player says when to draw: at a cue,
 * each countdown second, a key, a resize, and figure frames that keep clear of the next deadline. The spinner is
 * one still mark: the countdown and the bar show that the session is running.
 */
export class LiveView {
  private constructor(
    private readonly spinner: Ora,
    private readonly stream: OutStream,
  ) {}

  static async open(output: OutStream, c: ChalkInstance, unicode: boolean): Promise<LiveView> {
    const ora = (await import('ora')).default;
    const stream = output.nodeStream?.() ?? output;
    return new LiveView(
      ora({
        stream: stream as NodeJS.WritableStream,
        discardStdin: false,
        hideCursor: true,
        isEnabled: true,
        color: c.level > 0 ? 'cyan' : false,
        spinner: { frames: [unicode ? '▸' : '>'] },
        interval: neverMs,
      }),
      stream,
    );
  }

  /** Draws the block now. A bell rides in that one frame: a separate write would make ora hold back its drawing. */
  draw(block: string, ring: boolean): void {
    this.spinner.text = ring ? `${bell}${block}` : block;
    this.spinner.render();
    this.spinner.text = block;
  }

  /** Calls `redraw` when the terminal is resized, so the block is laid out again at once; returns the unsubscribe. */
  onResize(redraw: () => void): () => void {
    const events = this.stream as Partial<NodeJS.EventEmitter>;
    events.on?.('resize', redraw);
    return () => events.off?.('resize', redraw);
  }

  start(): void {
    this.spinner.start();
  }

  stop(): void {
    this.spinner.stop();
  }
}
