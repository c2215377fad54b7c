/** The process's streams and environment, injected so tests pass fakes. */
export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  /** Node's own stream behind it, for libraries that need events, the cursor and raw mode (see terminal-output.ts). */
  nodeStream?(): OutStream;
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

/** Prompts and live screens need a person at a terminal: both stdin and stdout must be TTYs (stdout first: it is set up already). */
export const isInteractive = (io: Io): boolean => Boolean(io.stdout.isTTY && io.stdin.isTTY);
