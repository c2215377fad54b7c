import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Descriptor, DirectOutput, writesDirectly } from '../src/shell/output.js';
import { binPath, cliEnv, emptyHome, tempHome } from './helpers/cli.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A descriptor that takes at most `sizes[i]` bytes on its i-th write, or throws the code given there. */
function scripted(sizes: (number | string)[]) {
  const written: number[] = [];
  const descriptor: Descriptor = {
    fd: 9,
    write(_fd, bytes, offset) {
      const step = sizes.shift() ?? Number.POSITIVE_INFINITY;
      if (typeof step === 'string') throw errno(step);
      const end = Math.min(bytes.length, offset + step);
      written.push(...bytes.subarray(offset, end));
      return end - offset;
    },
  };
  return { descriptor, bytes: () => Buffer.from(written), text: () => Buffer.from(written).toString('utf8') };
}

function streamSpy() {
  const chunks: Buffer[] = [];
  const stream = { write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)) > 0 };
  return { open: () => stream, bytes: () => Buffer.concat(chunks), opened: () => chunks.length > 0 };
}

describe('direct output: blocking writes to a file or a pipe', () => {
  it('writes every byte, going on after short writes, even inside a multi-byte character', () => {
    const fd = scripted([1, 2, 3]);
    const stream = streamSpy();
    const out = new DirectOutput(
      fd.descriptor,
      stream.open,
      () => {},
      () => {},
    );
    out.write('grüß dich ✓\n');
    expect(fd.text()).toBe('grüß dich ✓\n');
    expect(stream.opened()).toBe(false);
    expect(out.direct).toBe(true);
  });

  it('a full non-blocking pipe (EAGAIN) hands the rest of this write and every later one to Node’s stream, in order', () => {
    const fd = scripted([3, 'EAGAIN']);
    const stream = streamSpy();
    const out = new DirectOutput(
      fd.descriptor,
      stream.open,
      () => {},
      () => {},
    );
    out.write('grüß dich\n');
    out.write('second\n');
    expect(fd.bytes()).toHaveLength(3);
    expect(Buffer.concat([fd.bytes(), stream.bytes()]).toString('utf8')).toBe('grüß dich\nsecond\n');
    // The stream may still be writing: the run must not end before it has (see settled in process-io.ts).
    expect(out.direct).toBe(false);
  });

  it.each(['ENOSPC', 'EIO'])('%s goes to onFailure once; later writes are dropped', (code) => {
    const fd = scripted([2, code]);
    const stream = streamSpy();
    const failures: unknown[] = [];
    const out = new DirectOutput(
      fd.descriptor,
      stream.open,
      () => {},
      (error) => failures.push(error),
    );
    out.write('hello\n');
    out.write('more\n');
    expect(failures).toEqual([expect.objectContaining({ code })]);
    expect(fd.text()).toBe('he');
    expect(stream.opened()).toBe(false);
    expect(out.direct).toBe(false);
  });

  it('a closed reader (EPIPE) is reported once, on the next tick, and later writes are dropped', async () => {
    const fd = scripted(['EPIPE']);
    const stream = streamSpy();
    let closed = 0;
    const out = new DirectOutput(
      fd.descriptor,
      stream.open,
      () => closed++,
      () => {},
    );
    expect(out.write('one\n')).toBe(true);
    expect(closed).toBe(0);
    // The closed reader is still to be reported: the run must not end before it is.
    expect(out.direct).toBe(false);
    await new Promise((resolve) => process.nextTick(resolve));
    out.write('two\n');
    expect(closed).toBe(1);
    expect(fd.text()).toBe('');
    expect(stream.opened()).toBe(false);
  });

  it('is used for files and /dev/null; a terminal or a socket keeps Node’s stream', () => {
    const file = openSync(join(emptyHome(), 'out.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(writesDirectly(file, 'linux')).toBe(true);
      expect(writesDirectly(devNull, 'linux')).toBe(process.platform === 'linux');
      expect(writesDirectly(devNull, 'darwin')).toBe(false);
      expect(writesDirectly(file, 'win32')).toBe(false);
      expect(writesDirectly(987_654, 'linux')).toBe(false);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
  });

  it('limber list through a pipe and into a file prints the same bytes', () => {
    const home = tempHome();
    const piped = spawnSync(process.execPath, [binPath, 'list', '--json'], { env: cliEnv({ LIMBER_HOME: home }) });
    const path = join(emptyHome(), 'list.json');
    const file = openSync(path, 'w');
    const filed = spawnSync(process.execPath, [binPath, 'list', '--json'], { env: cliEnv({ LIMBER_HOME: home }), stdio: ['ignore', file, 'pipe'] });
    closeSync(file);
    expect(piped.status).toBe(0);
    expect(filed.status).toBe(0);
    expect(JSON.parse(piped.stdout.toString()).techniques.length).toBeGreaterThan(5);
    expect(readFileSync(path)).toEqual(piped.stdout);
  });

  it.runIf(process.platform === 'linux')('a full disk on stdout is one clear line and exit 1, not a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [binPath, 'list'], { env: cliEnv({ LIMBER_HOME: tempHome() }), stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toMatch(
      /^limber: cannot write the output \(the disk is full\)\. Free some space, or send the output somewhere else\.\n$/,
    );
  });
});
