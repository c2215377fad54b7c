import { fstatSync, writeSync } from 'node:fs';
import type { OutStream } from './io.js';
import { TerminalOutput, type TerminalProbe } from './terminal-output.js';

/** The few calls the direct writer makes, injected so tests can make a write fail part-way. */
export interface Descriptor {
  fd: number;
  write(fd: number, bytes: Uint8Array, offset: number): number;
}

/** Node's own stream for the descriptor, which takes bytes as well as text. */
type NodeStream = OutStream & { write(chunk: string | Uint8Array): boolean };

const realDescriptor = (fd: number): Descriptor => ({ fd, write: (at, bytes, offset) => writeSync(at, bytes, offset) });

/**
 * Whether bytes can go straight to this descriptor: a file, a pipe or (on Linux, major 1) /dev/null. A
 * terminal, a socket or anything unknown gets Node's own stream, which knows its width and its quirks.
 */
export function writesDirectly(fd: number, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO()) return true;
    // rdev's major number: 1 holds Linux's memory devices (/dev/null, /dev/zero, /dev/full), never a terminal.
    return platform === 'linux' && stat.isCharacterDevice() && (stat.rdev >> 8) % 4096 === 1;
  } catch {
    return false;
  }
}

/**
 * A non-terminal stdout or stderr written with blocking writes. Building `process.stdout` loads Node's
 * stream machinery (and `net` for a pipe), 12–21M instructions, for output limber writes
 * synchronously anyway. A closed reader (EPIPE) calls `onClosed` on the next tick, as the stream's error
 * event would, and later writes are dropped. A full non-blocking pipe (EAGAIN) hands this write and every
 * later one to Node's stream, so nothing is lost or reordered. Any other failure (a full disk) ends writing
 * and goes to `onFailure`, which for stdout throws a typed error: one clear line, not a stack trace.
 */
export class DirectOutput implements OutStream {
  readonly isTTY = false;
  private stream?: NodeStream;
  private closed = false;

  constructor(
    private readonly descriptor: Descriptor,
    private readonly openStream: () => NodeStream,
    private readonly onClosed: () => void,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Whether every write still goes straight to the descriptor: no Node stream, no closed reader, no failure. */
  get direct(): boolean {
    return !this.stream && !this.closed;
  }

  write(chunk: string): boolean {
    if (this.stream) return this.stream.write(chunk);
    if (this.closed) return true;
    const bytes = Buffer.from(chunk, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += this.descriptor.write(this.descriptor.fd, bytes, offset);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
          this.closed = true;
          process.nextTick(this.onClosed);
          return true;
        }
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          this.closed = true;
          this.onFailure(error);
          return true;
        }
        this.stream = this.openStream();
        return this.stream.write(bytes.subarray(offset));
      }
    }
    return true;
  }
}

/**
 * stdout or stderr: direct where `writesDirectly` says so; at a terminal, direct too where `terminal` gives a
 * probe (see terminal-output.ts); else Node's stream.
 */
export function outputFor(
  fd: 1 | 2,
  openStream: () => NodeStream,
  onClosed: () => void,
  onFailure: (error: unknown) => void,
  terminal: () => TerminalProbe | undefined,
): OutStream {
  if (writesDirectly(fd)) return new DirectOutput(realDescriptor(fd), openStream, onClosed, onFailure);
  const probe = terminal();
  return probe?.isTerminal(fd) ? new TerminalOutput(fd, probe, openStream) : openStream();
}

/**
 * Whether everything written to this output has reached its descriptor: straight there, or through Node's
 * stream to a terminal, which Node writes synchronously on POSIX. A run may then end at once.
 */
export const allWritten = (out: OutStream): boolean =>
  out instanceof DirectOutput ? out.direct : out.isTTY === true && process.platform !== 'win32';
