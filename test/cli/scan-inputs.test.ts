/**
 * `vigil scan` on hostile inputs: mailboxes given as one message, symlink mazes, endless streams
 * and devices. Each case asserts bounded work (a limit reached, a refusal), never a time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/cli/files.js';
import { listEml } from '../../src/cli/scan.js';
import { MAX_LIST_DEPTH } from '../../src/core/index.js';
import { main } from '../../src/cli/index.js';
import { createStreamIo, readLines, type CliIo } from '../../src/cli/io.js';
import { countMboxMessages } from '../../src/cli/mbox.js';
import { eml } from '../helpers/eml.js';
import { fakeIo } from '../helpers/io.js';

const run = async (args: string[], io: CliIo & { out: string; err: string } = fakeIo()) => {
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

/** A config file with small limits, so a test reaches them with little data. */
function smallLimits(limits: Record<string, number>): string {
  const f = join(tmp('vigil-cfg-'), 'c.json');
  writeFileSync(f, JSON.stringify({ limits }));
  return f;
}

/** A stream that never ends: `byte` repeated, 64 KiB at a time; counts what was pulled from it. */
function endless(byte = 0x41): Readable & { pulled: number } {
  const chunk = Buffer.alloc(64 * 1024, byte);
  const r = new Readable({
    read() {
      r.pulled += chunk.length;
      this.push(chunk);
    },
  }) as Readable & { pulled: number };
  r.pulled = 0;
  return r;
}

const ENVELOPE = (who: string) => `From ${who} Thu Dec  3 08:28:28 2026\n`;
const msg = (subject: string, text = 'Hi Bob,\n\nSee you at noon.\n') =>
  eml({ subject, text, eol: '\n' }).toString();

describe('mbox input', () => {
  const mbox = [
    ENVELOPE('alice@sender.example') + msg('first'),
    ENVELOPE('MAILER-DAEMON') + msg('second, a lure', 'Verify your password now'),
    ENVELOPE('carol@sender.example') + msg('third'),
  ].join('\n');

  it('scans a mailbox of three messages one by one (file and stdin) instead of one mixed verdict', async () => {
    const dir = tmp('vigil-mbox-');
    writeFileSync(join(dir, 'inbox.mbox'), mbox);
    const r = await run(['scan', '--json', join(dir, 'inbox.mbox'), '-'], fakeIo(mbox));
    const verdicts = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(verdicts.map((v) => v.input.subject)).toEqual([
      'first',
      'second, a lure',
      'third',
      'first',
      'second, a lure',
      'third',
    ]);
    expect(verdicts[3].target).toBe('stdin:0');
    expect(r.err).toMatch(/^vigil: 6 messages \(2 mailboxes\): /m);
  });

  it('scans one message with a single envelope line on top (SpamAssassin corpus style) as that message', async () => {
    const one = ENVELOPE('alice@sender.example') + msg('only one');
    const r = await run(['scan', '--json', '-'], fakeIo(one));
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).input.subject).toBe('only one');
  });

  it.each([
    [
      'a body line "From here on" after a blank line',
      ENVELOPE('a@b.example') + msg('s', 'Hello,\n\nFrom here on we meet on Mondays.\n'),
    ],
    [
      'an escaped >From line',
      ENVELOPE('a@b.example') + msg('s', 'Hello,\n\n>From alice@sender.example Thu Dec  3 08:28:28 2026\n'),
    ],
    ['no envelope line on top', msg('s', 'Hello,\n\nFrom alice@sender.example Thu Dec  3 08:28:28 2026\n')],
  ])('is not a mailbox: %s', (_, text) => {
    expect(countMboxMessages(Buffer.from(text))).toBe(0);
  });

  it('counts CRLF mailboxes too', () => {
    expect(countMboxMessages(Buffer.from(mbox.replace(/\n/g, '\r\n')))).toBe(3);
  });
});

describe('directory listing', () => {
  it('survives two symlink loops: each file listed once, the walk ends', async () => {
    const dir = tmp('vigil-loop-');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'top.eml'), eml({ subject: 'top' }));
    writeFileSync(join(dir, 'a', 'one.eml'), eml({ subject: 'one' }));
    writeFileSync(join(dir, 'a', 'b', 'two.eml'), eml({ subject: 'two' }));
    symlinkSync(dir, join(dir, 'a', 'b', 'loop-to-root'));
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'loop-to-a'));
    const files = await listEml(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a/b/two.eml', 'a/one.eml', 'top.eml']);
    const r = await run(['scan', '--json', dir]);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).input.subject),
    ).toEqual(['two', 'one', 'top']);
  });

  it('stops at the entry limit and says so', async () => {
    const dir = tmp('vigil-many-');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `m${String(i).padStart(2, '0')}.eml`), 'x');
    const skipped: string[] = [];
    const files = await listEml(dir, {
      maxEntries: 10,
      onSkip: (what, why) => skipped.push(`${what}: ${why}`),
    });
    expect(files).toHaveLength(10);
    expect(skipped).toEqual([expect.stringMatching(/entries after #10 .*limit of 10 listed entries/)]);
  });

  it('follows at most maxDepth directories down and names the deeper one', async () => {
    const dir = tmp('vigil-deep-');
    let d = dir;
    for (let i = 0; i < 5; i++) {
      d = join(d, `d${i}`);
      mkdirSync(d);
      writeFileSync(join(d, `m${i}.eml`), 'x');
    }
    const skipped: string[] = [];
    const files = await listEml(dir, { maxDepth: 3, onSkip: (what) => skipped.push(what) });
    expect(files).toHaveLength(3);
    expect(skipped).toEqual([join(dir, 'd0', 'd1', 'd2', 'd3')]);
  });

  it('scans what it listed and exits 2 naming what it did not (a tree deeper than MAX_LIST_DEPTH)', async () => {
    const dir = tmp('vigil-deeper-');
    let d = dir;
    for (let i = 0; i <= MAX_LIST_DEPTH; i++) d = join(d, 'd');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(dir, 'top.eml'), eml({ subject: 'top' }));
    writeFileSync(join(d, 'deep.eml'), eml({ subject: 'deep' }));
    const r = await run(['scan', '--json', dir]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).input.subject).toBe('top');
    expect(r.err).toMatch(/not scanned: deeper than 32 directories/);
  });
});

describe('reading at most limits.message_bytes', () => {
  it('reads an endless stdin up to the limit plus one byte, then stops', async () => {
    const stdin = endless();
    const buf = await createStreamIo({
      stdin,
      stdout: new PassThrough(),
      stderr: new PassThrough(),
    }).readStdin(100_000);
    expect(buf.length).toBe(100_001);
    expect(stdin.pulled).toBeLessThan(100_000 + 4 * 64 * 1024);
  });

  it('scans an endless message on stdin from its first message_bytes, with skipped saying so', async () => {
    const head = Buffer.from(msg('endless').replace(/\n$/, '') + '\n');
    const body = endless(0x61);
    const stdin = Readable.from(
      (async function* () {
        yield head;
        for await (const c of body) yield c;
      })(),
    );
    const out = new PassThrough();
    const io = createStreamIo({ stdin, stdout: out, stderr: new PassThrough() });
    let text = '';
    out.on('data', (c) => (text += c));
    const code = await main(
      ['node', 'vigil', 'scan', '--json', '--config', smallLimits({ message_bytes: 8192 }), '-'],
      io,
    );
    expect(code).toBe(0);
    const v = JSON.parse(text);
    expect(v.input.subject).toBe('endless');
    expect(v.skipped).toContainEqual({ what: 'bytes after 8192', why: 'limit message_bytes=8192' });
    expect(body.pulled).toBeLessThan(8192 + 4 * 64 * 1024);
  });

  it('reads a large file only up to the limit plus one byte', async () => {
    const f = join(tmp('vigil-big-'), 'big.eml');
    writeFileSync(f, Buffer.concat([eml({ subject: 'big' }), Buffer.alloc(300_000, 0x61)]));
    expect((await readInputFile(f, 4096)).length).toBe(4097);
    expect((await readInputFile(f, 10_000_000)).length).toBeGreaterThan(300_000);
  });

  it('reads a regular file (synchronously) as the bytes on disk, cut at the limit plus one byte', async () => {
    const dir = tmp('vigil-read-');
    for (const size of [0, 1, 4095, 4096, 4097, 4098, 70_000, (1 << 20) + 5]) {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + size) & 0xff;
      const f = join(dir, `f${size}.eml`);
      writeFileSync(f, bytes);
      for (const max of [4096, 10_000_000])
        expect((await readInputFile(f, max)).equals(bytes.subarray(0, max + 1))).toBe(true);
    }
    // what is not a regular file is still read (a directory fails as before; a missing file too)
    await expect(readInputFile(dir, 4096)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readInputFile(join(dir, 'none.eml'), 4096)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.runIf(process.platform !== 'win32' && existsSync('/usr/bin/mkfifo'))(
    'reads a FIFO (not a regular file) as before, without waiting for a writer to open it',
    async () => {
      const fifo = join(tmp('vigil-fifo-'), 'in.eml');
      execFileSync('/usr/bin/mkfifo', [fifo]);
      const reading = readInputFile(fifo, 4096);
      writeFileSync(fifo, 'Subject: x\r\n\r\nbody\r\n');
      expect((await reading).toString()).toBe('Subject: x\r\n\r\nbody\r\n');
    },
  );

  it.runIf(existsSync('/dev/zero'))('reads /dev/zero up to the limit and fails that input only', async () => {
    expect((await readInputFile('/dev/zero', 2048)).length).toBe(2049);
    const r = await run(['scan', '--json', '--config', smallLimits({ message_bytes: 2048 }), '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\/dev\/zero: .*E_NOT_EMAIL/);
  });

  it('streams --kind url lines and ends the input at a line over the limit', async () => {
    const lines = Readable.from([
      Buffer.from('http://a.example/x\n\nhttp://b.example/'),
      Buffer.from('y\r\n'),
      Buffer.alloc(5000, 0x62),
    ]);
    const got = [];
    for await (const l of readLines(lines, 1024)) got.push(l);
    expect(got).toEqual([
      { line: 'http://a.example/x', n: 1 },
      { line: 'http://b.example/y', n: 3 },
      { tooLong: true, n: 4 },
    ]);

    const out = new PassThrough();
    let text = '';
    out.on('data', (c) => (text += c));
    let err = '';
    const errs = new PassThrough();
    errs.on('data', (c) => (err += c));
    const stdin = Readable.from(
      (async function* () {
        yield Buffer.from('example.com\n');
        for await (const c of endless()) yield c;
      })(),
    );
    const code = await main(
      [
        'node',
        'vigil',
        'scan',
        '--kind',
        'domain',
        '--json',
        '--config',
        smallLimits({ message_bytes: 4096 }),
        '-',
      ],
      createStreamIo({ stdin, stdout: out, stderr: errs }),
    );
    expect(code).toBe(2);
    expect(JSON.parse(text).target).toBe('example.com');
    expect(err).toMatch(/stdin line 2: .*E_INPUT_TOO_LARGE/);
  });
});
