import { EventEmitter } from 'node:events';
import { plainStyle } from '../../src/shell/color.js';
import type { CommandContext } from '../../src/shell/context.js';
import type { InStream, Io, OutStream } from '../../src/shell/io.js';

class FakeOut implements OutStream {
  text = '';
  columns = 80;
  constructor(public isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

class FakeIn extends EventEmitter implements InStream {
  rawMode = false;
  constructor(public isTTY = false) {
    super();
  }
  setRawMode(mode: boolean) {
    this.rawMode = mode;
    return this;
  }
  resume() {
    return this;
  }
  pause() {
    return this;
  }
}

/** A command context over fake streams: nothing touches the real terminal. Neither is a terminal, so no colour. */
export function fakeContext(options: { stdinTTY?: boolean } = {}) {
  const io = { stdout: new FakeOut(), stderr: new FakeOut(), stdin: new FakeIn(options.stdinTTY ?? false), env: {} } satisfies Io;
  const ctx: CommandContext = {
    io,
    styles: { out: plainStyle, err: plainStyle },
    catalogFiles: [],
    now: () => new Date('2026-11-25T10:00:00'),
    random: () => 0.5,
  };
  return { ctx, io };
}
