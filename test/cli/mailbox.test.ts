/**
 * `vigil scan` on mailboxes: an mbox file (split as a stream, one verdict per message, named by
 * byte offset) and a Maildir (cur/ and new/, files without .eml), with the summary line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { splitMbox, type MboxMessage } from '../../src/cli/mbox.js';
import { eml } from '../helpers/eml.js';
import { fakeIo } from '../helpers/io.js';
import { phish } from '../flow/helpers.js';

const run = async (args: string[], io: CliIo & { out: string; err: string } = fakeIo()) => {
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};
const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const ENVELOPE = (who: string) => `From ${who} Thu Dec  3 08:28:28 2026\n`;
const msg = (subject: string, text = 'Hi Bob,\n\nSee you at noon.\n', messageId?: string) =>
  eml({ subject, text, eol: '\n', ...(messageId ? { messageId } : {}) }).toString('latin1');

async function split(chunks: Uint8Array[], maxBytes = 1 << 20): Promise<MboxMessage[]> {
  async function* gen() {
    for (const c of chunks) yield c;
  }
  const out: MboxMessage[] = [];
  for await (const m of splitMbox(gen(), maxBytes)) out.push(m);
  return out;
}

describe('splitMbox', () => {
  // a plain-text body (no transfer encoding), so the body lines are in the mailbox as written
  const a =
    ENVELOPE('alice@sender.example') +
    'From: Alice <alice@sender.example>\nSubject: first\n\nHello,\n\nFrom here on we meet on Mondays.\n\n' +
    '>From alice@sender.example Thu Dec  3 08:28:28 2026\n>>From the archive\n';
  const b = ENVELOPE('MAILER-DAEMON') + msg('second');
  const box = `${a}\n${b}`;

  it('splits at envelope lines after a blank line, with byte offsets, and unquotes >From lines', async () => {
    const ms = await split([Buffer.from(box, 'latin1')]);
    expect(ms.map((m) => m.offset)).toEqual([0, a.length + 1]);
    expect(ms.map((m) => m.index)).toEqual([1, 2]);
    const first = ms[0]!.raw.toString('latin1');
    // the body line "From here on" is no envelope (no date): it stays in the first message
    expect(first).toContain('\nFrom here on we meet on Mondays.\n');
    expect(first).toContain('\nFrom alice@sender.example Thu Dec  3 08:28:28 2026\n');
    expect(first).toContain('\n>From the archive\n');
    expect(first.startsWith('From: ')).toBe(true); // the envelope line is not part of the message
    // the blank line before the next envelope is the separator's
    expect(first.endsWith('\n\n')).toBe(false);
    expect(ms[1]!.raw.toString('latin1')).toBe(b.slice(b.indexOf('\n') + 1));
  });

  it('cuts a message at maxBytes + 1 but reads through it, and the next message is found', async () => {
    const big = ENVELOPE('a@b.example') + msg('big', `${'x'.repeat(70)}\n`.repeat(200));
    const ms = await split([Buffer.from(`${big}\n${b}`, 'latin1')], 2048);
    expect(ms).toHaveLength(2);
    expect(ms[0]!.raw.length).toBe(2049);
    expect(ms[0]!.bytes).toBeGreaterThan(10_000);
    expect(ms[1]!.raw.toString('latin1')).toContain('Subject: second');
  });

  it('gives the same messages however the stream is chunked (fixed-seed property)', async () => {
    const whole = await split([Buffer.from(box.replace(/\n/g, '\r\n'), 'latin1')]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 40 }),
        async (sizes) => {
          const buf = Buffer.from(box.replace(/\n/g, '\r\n'), 'latin1');
          const chunks: Buffer[] = [];
          for (let i = 0, k = 0; i < buf.length; k++) {
            const n = sizes[k % sizes.length]!;
            chunks.push(buf.subarray(i, i + n));
            i += n;
          }
          const got = await split(chunks);
          expect(got.map((m) => [m.offset, m.raw.toString('latin1')])).toEqual(
            whole.map((m) => [m.offset, m.raw.toString('latin1')]),
          );
        },
      ),
      { seed: 14, numRuns: 150 },
    );
  });
});

describe('vigil scan on an mbox file', () => {
  const parts = [
    ENVELOPE('alice@sender.example') + msg('Lunch on Thursday', undefined, '<lunch-1@sender.example>'),
    ENVELOPE('security@paypal-account-verify.test') +
      phish({ eol: '\n', messageId: '<phish-2@paypal-account-verify.test>' }).toString('latin1'),
    ENVELOPE('carol@sender.example') + msg('Minutes', undefined, '<minutes-3@sender.example>'),
  ];
  const box = parts.join('\n');
  const offsets = [0, parts[0]!.length + 1, parts[0]!.length + 1 + parts[1]!.length + 1];

  it('gives one verdict per message, named by file and byte offset, then a summary line (--json: on stderr)', async () => {
    const dir = tmp('vigil-mbox-');
    const file = join(dir, 'inbox.mbox');
    writeFileSync(file, box, 'latin1');
    const r = await run(['scan', '--json', file]);
    expect(r.code).toBe(1);
    const vs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(vs.map((v) => v.target)).toEqual(offsets.map((o) => `${file}:${o}`));
    expect(vs.map((v) => v.input.message_id)).toEqual([
      '<lunch-1@sender.example>',
      '<phish-2@paypal-account-verify.test>',
      '<minutes-3@sender.example>',
    ]);
    expect(vs.map((v) => v.verdict)).toEqual(['clean', 'malicious', 'clean']);
    expect(r.err).toBe('vigil: 3 messages (1 mailbox): 1 malicious, 0 suspicious, 2 clean, 0 not analysed\n');
  });

  it('prints offset, Message-ID, From and Subject per message and the summary on stdout', async () => {
    const dir = tmp('vigil-mbox-');
    const file = join(dir, 'inbox.mbox');
    writeFileSync(file, box, 'latin1');
    const r = await run(['scan', file]);
    expect(r.out).toContain(`${file}:${offsets[1]}  MALICIOUS`);
    expect(r.out).toMatch(
      /from "PayPal Security" <security@paypal-account-verify\.test> · subject "Urgent: [^"]*" · message-id <phish-2@paypal-account-verify\.test>/,
    );
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      'vigil: 3 messages (1 mailbox): 1 malicious, 0 suspicious, 2 clean, 0 not analysed',
    );
  });

  it('scans a message over limits.message_bytes from its first bytes (skipped says so) and goes on', async () => {
    const dir = tmp('vigil-mbox-');
    const file = join(dir, 'big.mbox');
    const big =
      ENVELOPE('a@sender.example') + msg('big', `${'All agreed on the plan. '.repeat(3)}\n`.repeat(400));
    writeFileSync(file, `${big}\n${parts[2]}`, 'latin1');
    const cfg = join(dir, 'c.json');
    writeFileSync(cfg, JSON.stringify({ limits: { message_bytes: 4096 } }));
    const r = await run(['scan', '--json', '--config', cfg, file]);
    const vs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(vs).toHaveLength(2);
    expect(JSON.stringify(vs[0].skipped)).toMatch(/message_bytes=4096/);
    expect(vs[1].input.subject).toBe('Minutes');
  });
});

describe('vigil scan on one large message with an envelope line on top', () => {
  it('is that message, named by its file, without a summary line', async () => {
    const dir = tmp('vigil-mbox-');
    const file = join(dir, 'one.eml');
    writeFileSync(
      file,
      ENVELOPE('a@sender.example') + msg('one big', `${'All agreed on the plan. '.repeat(3)}\n`.repeat(400)),
      'latin1',
    );
    const cfg = join(dir, 'c.json');
    writeFileSync(cfg, JSON.stringify({ limits: { message_bytes: 4096 } }));
    const r = await run(['scan', '--json', '--config', cfg, file]);
    const vs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(vs).toHaveLength(1);
    expect(vs[0].target).toBe(file);
    expect(vs[0].input.subject).toBe('one big');
    expect(r.err).toBe('');
  });
});

describe('vigil scan on a Maildir', () => {
  it('scans cur/ and new/ (files without .eml, Maildir++ subfolders), leaves tmp/ and dotfiles out, then a summary', async () => {
    const md = tmp('vigil-maildir-');
    for (const d of ['cur', 'new', 'tmp', '.Sent/cur', '.Sent/new', '.Sent/tmp'])
      mkdirSync(join(md, d), { recursive: true });
    writeFileSync(
      join(md, 'cur', '1764750000.M1P1.mx:2,S'),
      msg('seen one', undefined, '<seen@sender.example>'),
    );
    writeFileSync(
      join(md, 'new', '1764750001.M2P1.mx'),
      phish({ messageId: '<new-phish@paypal-account-verify.test>' }),
    );
    writeFileSync(join(md, 'tmp', '1764750002.M3P1.mx'), msg('half written'));
    writeFileSync(join(md, 'new', '.hidden'), msg('dotfile'));
    writeFileSync(join(md, '.Sent', 'cur', '1764750003.M4P1.mx:2,S'), msg('sent one'));
    // not a Maildir: a folder named new/ without a cur/ beside it
    mkdirSync(join(md, 'notes', 'new'), { recursive: true });
    writeFileSync(join(md, 'notes', 'new', 'todo'), msg('not mail'));

    const r = await run(['scan', '--json', md]);
    const vs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(vs.map((v) => v.input.subject).sort()).toEqual([
      'Urgent: your account will be suspended, verify your password now',
      'seen one',
      'sent one',
    ]);
    expect(vs.find((v) => v.input.subject === 'seen one').target).toBe(
      join(md, 'cur', '1764750000.M1P1.mx:2,S'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'vigil: 3 messages (2 mailboxes): 1 malicious, 0 suspicious, 2 clean, 0 not analysed\n',
    );

    const human = await run(['scan', md]);
    expect(human.out).toContain('message-id <new-phish@paypal-account-verify.test>');
    expect(human.out).toMatch(
      /vigil: 3 messages \(2 mailboxes\): 1 malicious, 0 suspicious, 2 clean, 0 not analysed\n$/,
    );
  });

  it('keeps a folder of .eml files as before: no summary line', async () => {
    const dir = tmp('vigil-emls-');
    writeFileSync(join(dir, 'a.eml'), msg('a'));
    const r = await run(['scan', dir]);
    expect(r.out).not.toContain('vigil: ');
    expect(r.out).not.toContain('message-id');
  });
});
