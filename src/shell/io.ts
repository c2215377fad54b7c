/** The process's streams and environment, injected so tests pass fakes. */
export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends NodeJS.EventEmitter {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  resume(): unknown;
  pause(): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: NodeJS.ProcessEnv;
}

/** The real process. A reader that closes the pipe early (`limber list | head`) ends limber quietly. */
export function processIo(): Io {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Touching process.stdin sets it up (loading tty or net); most commands never read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

/** Prompts and live screens need a person at a terminal: both stdin and stdout must be TTYs. */
export const isInteractive = (io: Io): boolean => Boolean(io.stdin.isTTY && io.stdout.isTTY);
