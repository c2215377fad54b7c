import type { ChalkInstance } from 'chalk';
import type { Ora } from 'ora';
import type { OutStream } from './io.js';

const bell = '\u0007';

/** The live block, drawn and redrawn in place by ora, which also hides the cursor while it runs. */
export class LiveView {
  private constructor(private readonly spinner: Ora) {}

  static async open(stream: OutStream, c: ChalkInstance): Promise<LiveView> {
    const ora = (await import('ora')).default;
    return new LiveView(
      ora({
        stream: stream as NodeJS.WritableStream,
        discardStdin: false,
        hideCursor: true,
        isEnabled: true,
        color: c.level > 0 ? 'cyan' : false,
        spinner: 'dots',
      }),
    );
  }

  /**
   * Draws the block now (ora also draws on its own interval), so a short cue is never missed. A bell rides in
   * that one frame: a separate write to the stream would make ora hold back its drawing.
   */
  draw(block: string, ring: boolean): void {
    this.spinner.text = ring ? `${bell}${block}` : block;
    this.spinner.render();
    this.spinner.text = block;
  }

  /** New text for ora's next frame, without drawing now: animation rides on ora's own interval. */
  update(block: string): void {
    this.spinner.text = block;
  }

  start(): void {
    this.spinner.start();
  }

  stop(): void {
    this.spinner.stop();
  }
}
