import { describe, expect, it } from 'vitest';
import { TerminalOutput, type TerminalProbe, terminalProbe } from '../src/shell/terminal-output.js';
import { PtySession } from './helpers/pty.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A probe of a terminal `columns` wide that counts how often its size is read. */
function fakeProbe(columns: number | undefined) {
  let reads = 0;
  const probe: TerminalProbe = {
    isTerminal: () => true,
    size: () => {
      reads++;
      return columns === undefined ? undefined : [columns, 24];
    },
  };
  return { probe, reads: () => reads };
}

/** Node's stream, as far as the output uses it. */
function streamSpy(columns = 99) {
  const chunks: Buffer[] = [];
  let opened = 0;
  const stream = { columns, isTTY: true, write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)) > 0 };
  return {
    open: () => {
      opened++;
      return stream;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    opened: () => opened,
  };
}

describe('terminal output: blocking writes and a width, without Node’s stream', () => {
  it('writes straight to the descriptor, reads the width once, and opens no stream', () => {
    const { probe, reads } = fakeProbe(72);
    const stream = streamSpy();
    const written: string[] = [];
    const out = new TerminalOutput(1, probe, stream.open, (fd, bytes, offset) => {
      written.push(`${fd}:${Buffer.from(bytes.subarray(offset)).toString('utf8')}`);
      return bytes.length - offset;
    });
    expect(out.isTTY).toBe(true);
    expect([out.columns, out.columns]).toEqual([72, 72]);
    expect(reads()).toBe(1);
    out.write('grüß dich\n');
    expect(written).toEqual(['1:grüß dich\n']);
    expect(stream.opened()).toBe(0);
  });

  it('a width that cannot be read is none, as a stream without one says', () => {
    expect(new TerminalOutput(1, fakeProbe(undefined).probe, streamSpy().open).columns).toBeUndefined();
  });

  it('a write that cannot go on hands the rest, and every later write, to Node’s stream, in order', () => {
    const stream = streamSpy();
    const steps = [3, 'EAGAIN'];
    const out = new TerminalOutput(1, fakeProbe(80).probe, stream.open, (_fd, bytes, offset) => {
      const step = steps.shift();
      if (typeof step === 'string') throw errno(step);
      return Math.min(step ?? bytes.length, bytes.length - offset);
    });
    out.write('abcdef');
    out.write('gh');
    expect(stream.text()).toBe('defgh');
    expect(stream.opened()).toBe(1);
    expect(out.columns).toBe(99);
  });

  it('Node’s stream, asked for by prompts or the live view, takes every later write and tells the width', () => {
    const stream = streamSpy(123);
    const out = new TerminalOutput(1, fakeProbe(80).probe, stream.open, () => {
      throw new Error('written directly after the stream was opened');
    });
    expect(out.nodeStream()).toBe(out.nodeStream());
    out.write('x');
    expect(stream.text()).toBe('x');
    expect(out.columns).toBe(123);
  });
});

describe('the probe of Node’s tty binding', () => {
  it('is none under --pending-deprecation, where asking for the binding would print a warning', () => {
    expect(terminalProbe({}, ['--pending-deprecation'])).toBeUndefined();
    expect(terminalProbe({ NODE_OPTIONS: '--max-old-space-size=100 --pending-deprecation' }, [])).toBeUndefined();
    expect(terminalProbe({ NODE_PENDING_DEPRECATION: '1' }, [])).toBeUndefined();
  });

  it('tells a pipe from a terminal, and a pipe has no size', () => {
    const probe = terminalProbe({}, []);
    expect(probe?.isTerminal(99)).toBe(false);
    expect(probe?.size(99)).toBeUndefined();
  });
});

describe('in a real terminal', () => {
  const run = async (args: string[], env: NodeJS.ProcessEnv) => {
    const session = new PtySession(args, env, { cols: 64, rows: 20 });
    expect(await session.exit()).toBe(0);
    return session.raw;
  };

  it.each([[['show', 'cat-cow']], [['list']], [['check', '--questions']]])(
    'limber %j prints what it prints through Node’s own stream, at the terminal’s width',
    async (args) => {
      const direct = await run(args, {});
      expect(direct.split('\r\n').some((line) => line.length > 50)).toBe(true);
      expect(await run(args, { NODE_OPTIONS: '--pending-deprecation' })).toBe(direct);
    },
  );

  it('a command run by hand builds neither of Node’s terminal streams', async () => {
    const guard = `--require ${new URL('./fixtures/no-tty-module.cjs', import.meta.url).pathname}`;
    expect(await run(['list'], { NODE_OPTIONS: guard })).not.toContain('LOADED TTY');
    expect(await run(['list'], { NODE_OPTIONS: `${guard} --pending-deprecation` })).toContain('LOADED TTY');
  });
});
