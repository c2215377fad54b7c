import { type IPty, spawn } from '@lydell/node-pty';
import { binPath, cliEnv } from './cli.js';

const ansi = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;
export const stripAnsi = (text: string): string => text.replace(ansi, '');

/** The built binary in a real pseudo-terminal at a fixed size, answered when its text appears. */
export class PtySession {
  readonly pty: IPty;
  /** The LIMBER_HOME it runs with. */
  readonly home: string;
  raw = '';
  exitCode: number | undefined;
  private readonly exited: Promise<number>;

  constructor(args: string[], env: NodeJS.ProcessEnv = {}, size: { cols: number; rows: number } = { cols: 100, rows: 30 }) {
    const fullEnv = cliEnv({ TERM: 'xterm-256color', ...env });
    this.home = fullEnv.LIMBER_HOME!;
    this.pty = spawn(process.execPath, [binPath, ...args], {
      name: env.TERM ?? 'xterm-256color',
      cols: size.cols,
      rows: size.rows,
      env: fullEnv as Record<string, string>,
    });
    this.pty.onData((data) => (this.raw += data));
    this.exited = new Promise((resolve) =>
      this.pty.onExit(({ exitCode }) => {
        this.exitCode = exitCode;
        resolve(exitCode);
      }),
    );
  }

  get text(): string {
    return stripAnsi(this.raw);
  }

  /** Waits until the screen output (ANSI stripped) contains the text, after `from` characters. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000, from = 0): Promise<void> {
    const start = Date.now();
    const found = () => {
      const seen = this.text.slice(from);
      return typeof text === 'string' ? seen.includes(text) : text.test(seen);
    };
    while (!found()) {
      if (this.exitCode !== undefined) throw new Error(`exited ${this.exitCode} before showing ${String(text)}:\n${this.text}`);
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(text)}:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  write(keys: string): void {
    this.pty.write(keys);
  }

  /** Waits for the text, then sends the keys. */
  async answer(prompt: string | RegExp, keys: string): Promise<void> {
    await this.waitFor(prompt);
    this.write(keys);
  }

  exit(timeoutMs = 15_000): Promise<number> {
    return Promise.race([
      this.exited,
      new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`did not exit:\n${this.text}`)), timeoutMs)),
    ]);
  }
}

/** The terminal was left with its cursor visible: the last cursor command is "show". */
export function cursorRestored(raw: string): boolean {
  return raw.lastIndexOf('\u001b[?25h') > raw.lastIndexOf('\u001b[?25l');
}

/** The quick screen's questions by a fragment of each, in order, with a calm answer. */
const quickScreen: [string, string][] = [
  ['has pain in your chest, arm, jaw', 'n'],
  ['sudden, severe or tearing pain', 'n'],
  ['a sudden, very bad headache', 'n'],
  ['double vision, slurred speech', 'n'],
  ['a numb face', 'n'],
  ['numbness around your genitals', 'n'],
  ['Did this pain start after a serious accident', 'n'],
  ['Do you have osteoporosis or fragile bones', 'n'],
  ['tingling, pins and needles', 'n'],
  ['Is the pain constant', 'n'],
  ['How much pain do you have right now', '2\r'],
  ['dizzy or light-headed', 'n'],
  ['a cold, flu or a fever today', 'n'],
  ['Has anything about your health changed', 'n'],
];

export const quickCalm = async (s: PtySession, changes: Record<string, string> = {}) => {
  for (const [fragment, key] of quickScreen) await s.answer(fragment, changes[fragment] ?? key);
};
