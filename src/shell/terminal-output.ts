import { writeSync } from 'node:fs';
import type { OutStream } from './io.js';

/** The two calls of Node's tty binding limber makes: is this descriptor a terminal, and how wide is it. */
export interface TerminalProbe {
  isTerminal(fd: number): boolean;
  /** [columns, rows], or undefined when the size cannot be read. */
  size(fd: number): [number, number] | undefined;
}

type NodeStream = OutStream & { write(chunk: string | Uint8Array): boolean };

interface TtyBinding {
  isTTY(fd: number): boolean;
  TTY: new (fd: number, context: object) => { getWindowSize(size: number[]): number; setBlocking(on: boolean): number; close(): void };
}

/**
 * Node's tty binding, where it can be asked quietly. `process.stdout` at a terminal loads Node's tty and net
 * modules: 14.6M instructions, about a fifth of Node's own start-up, on every command run by hand, for output
 * limber writes synchronously anyway and a width. The binding answers both for 1.1M. `process.binding` is
 * deprecated in documentation only: it warns under --pending-deprecation, so then (and on Windows, whose
 * console needs Node's stream, or wherever the binding is gone) there is none, and Node's stream is used.
 */
export function terminalProbe(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): TerminalProbe | undefined {
  const pending =
    execArgv.includes('--pending-deprecation') || /--pending-deprecation/.test(env.NODE_OPTIONS ?? '') || env.NODE_PENDING_DEPRECATION === '1';
  if (pending || process.platform === 'win32') return undefined;
  let binding: TtyBinding;
  try {
    // Not in Node's types any more, being deprecated; still in Node 20, 22 and 24.
    binding = (process as unknown as { binding(name: string): TtyBinding }).binding('tty_wrap');
    if (typeof binding.isTTY !== 'function' || typeof binding.TTY !== 'function') return undefined;
  } catch {
    return undefined;
  }
  return {
    isTerminal: (fd) => binding.isTTY(fd),
    size(fd) {
      try {
        const handle = new binding.TTY(fd, {});
        const size: number[] = [];
        const failed = handle.getWindowSize(size) !== 0;
        // Opening the handle gives the descriptor a file description of its own, non-blocking: made blocking
        // again, as Node's own stream makes it, so writes wait for a slow terminal rather than fail.
        handle.setBlocking(true);
        handle.close();
        return failed || !size[0] ? undefined : [size[0], size[1] ?? 0];
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * stdout or stderr at a terminal, written with blocking writes as Node's own stream writes there, its width read
 * once. Node's stream is built only when something needs more than text and a width (prompts, the live view:
 * keys, cursor and resizing) or when a write cannot go on; from then on every write goes through it, in order.
 */
export class TerminalOutput implements OutStream {
  readonly isTTY = true;
  private stream?: NodeStream;
  private width?: number;

  constructor(
    private readonly fd: number,
    private readonly probe: TerminalProbe,
    private readonly openStream: () => NodeStream,
    private readonly writeBytes: (fd: number, bytes: Uint8Array, offset: number) => number = (fd, bytes, offset) => writeSync(fd, bytes, offset),
  ) {}

  get columns(): number | undefined {
    if (this.stream) return this.stream.columns;
    this.width ??= this.probe.size(this.fd)?.[0] ?? 0;
    return this.width || undefined;
  }

  /** Node's own stream for this terminal, for the libraries that need events, the cursor and raw mode. */
  nodeStream(): NodeStream {
    this.stream ??= this.openStream();
    return this.stream;
  }

  write(chunk: string): boolean {
    if (this.stream) return this.stream.write(chunk);
    const bytes = Buffer.from(chunk, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += this.writeBytes(this.fd, bytes, offset);
    } catch {
      // Whatever stopped it (a full buffer, a terminal gone), Node's stream takes over and reports it as it would.
      return this.nodeStream().write(bytes.subarray(offset));
    }
    return true;
  }
}
