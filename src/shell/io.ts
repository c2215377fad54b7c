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
  /**
   * Calls `handler` when the reader of stdout goes away (a broken pipe); returns the unsubscribe. With no
   * handler, a closed pipe (`limber list | head`) ends limber quietly.
   */
  onOutputClosed?(handler: () => void): () => void;
}

/** The real process. */
export function processIo(): Io {
  const closedHandlers = new Set<() => void>();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (closedHandlers.size === 0) process.exit(0);
    for (const handler of closedHandlers) handler();
  });
  // A terminal that has gone (SIGHUP) makes writes to stderr fail; that must not turn into a crash.
  process.stderr.on('error', () => {});
  return {
    onOutputClosed(handler) {
      closedHandlers.add(handler);
      return () => closedHandlers.delete(handler);
    },
    stdout: process.stdout,
    stderr: process.stderr,
    // Touching process.stdin sets it up (loading tty or net); most commands never read it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

/** Prompts and live screens need a person at a terminal: both stdin and stdout must be TTYs (stdout first: it is set up already). */
export const isInteractive = (io: Io): boolean => Boolean(io.stdout.isTTY && io.stdin.isTTY);
