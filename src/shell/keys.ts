import type { InStream } from './io.js';

/**
 * Single keypresses from a terminal in raw mode. Keys typed quickly arrive together and are taken one by one;
 * escape sequences (arrows, function keys) are ignored whole. Detaching always restores cooked mode.
 */
export class KeyReader {
  private attached = false;

  constructor(
    private readonly stdin: InStream,
    private readonly onKey: (key: string) => boolean | undefined,
  ) {}

  private readonly listener = (data: Buffer | string) => {
    const text = data.toString();
    if (text.startsWith('\u001b')) return;
    for (const key of text) if (this.onKey(key) === false) return;
  };

  attach(): void {
    if (this.attached || !this.stdin.isTTY) return;
    this.stdin.setRawMode?.(true);
    this.stdin.on('data', this.listener);
    this.stdin.resume();
    this.attached = true;
  }

  detach(): void {
    if (!this.attached) return;
    this.stdin.off('data', this.listener);
    this.stdin.setRawMode?.(false);
    this.stdin.pause();
    this.attached = false;
  }
}
