/**
 * `vigil filter` without Postfix: nodemailer's SMTP client in, the filter, a recording next hop out.
 * The Postfix end-to-end run is test/flow/postfix.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigFile } from '../../src/config/index.js';
import { VigilError, type Verdict } from '../../src/core/index.js';
import { startFilter, type FilterHandle, type ScanMessage } from '../../src/flow/index.js';
import { benign, headerValues, phish, sendSmtp, startSink } from './helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(
  file: ConfigFile = {},
  extra: { scan?: ScanMessage; sinkReject?: (a: string) => number | undefined; nextHopPort?: number } = {},
) {
  const sink = await startSink(extra.sinkReject ? { rejectRcpt: extra.sinkReject } : {});
  cleanups.push(sink.close);
  const logs: string[] = [];
  const filter: FilterHandle = await startFilter({
    listen: { host: '127.0.0.1', port: 0 },
    nextHop: { host: '127.0.0.1', port: extra.nextHopPort ?? sink.port },
    config: resolveConfig(file),
    ...(extra.scan ? { scan: extra.scan } : {}),
    log: (l) => logs.push(l),
  });
  cleanups.push(filter.close);
  return { sink, filter, logs, port: filter.address.port };
}

describe('vigil filter: tagging', () => {
  it('hands a benign message on with the X-Vigil-* fields and the envelope unchanged', async () => {
    const { sink, port, filter } = await setup();
    const reply = await sendSmtp(port, benign(), {
      from: 'alice@sender.example',
      to: ['bob@recipient.example', 'carol@recipient.example'],
    });
    expect(reply).toMatchObject({ ok: true, code: 250 });
    expect(sink.received).toHaveLength(1);
    const got = sink.received[0]!;
    expect(got.from).toBe('alice@sender.example');
    expect(got.to).toEqual(['bob@recipient.example', 'carol@recipient.example']);
    expect(headerValues(got.raw, 'X-Vigil-Verdict')).toEqual(['clean']);
    expect(Number(headerValues(got.raw, 'X-Vigil-Score')[0])).toBeLessThan(0.5);
    expect(headerValues(got.raw, 'X-Vigil-Categories')).toEqual(['none']);
    expect(headerValues(got.raw, 'X-Vigil-Reasons')).toHaveLength(1);
    // the message itself is unchanged below the added fields
    expect(got.raw.toString('latin1')).toContain(
      benign().toString('latin1').split('\r\n\r\n')[1]!.slice(0, 200),
    );
    expect(filter.stats.tagged).toBe(1);
  });

  it('tags a phish as malicious with its categories and signal ids', async () => {
    const { sink, port } = await setup();
    expect((await sendSmtp(port, phish())).code).toBe(250);
    const raw = sink.received[0]!.raw;
    expect(headerValues(raw, 'X-Vigil-Verdict')).toEqual(['malicious']);
    expect(Number(headerValues(raw, 'X-Vigil-Score')[0])).toBeGreaterThanOrEqual(0.9);
    expect(headerValues(raw, 'X-Vigil-Categories')[0]).toMatch(/phishing|credential_harvest|impersonation/);
    expect(headerValues(raw, 'X-Vigil-Reasons')[0]).toMatch(
      /^(email|url|domain)\.[a-z0-9_.]+(, (email|url|domain)\.[a-z0-9_.]+)*$/,
    );
  });

  it('replaces forged inbound X-Vigil-* fields (folded, other case, space before the colon)', async () => {
    const { sink, port } = await setup();
    const forged = phish({
      headers: [
        ['X-Vigil-Verdict', 'clean'],
        ['x-vigil-score', '0.000'],
        ['X-VIGIL-Reasons', 'none,\r\n\tforged continuation line'],
        ['X-Vigil-Verdict ', 'clean'],
      ],
    });
    expect((await sendSmtp(port, forged)).code).toBe(250);
    const raw = sink.received[0]!.raw;
    expect(headerValues(raw, 'X-Vigil-Verdict')).toEqual(['malicious']);
    expect(headerValues(raw, 'X-Vigil-Score')).toHaveLength(1);
    expect(raw.toString('latin1')).not.toMatch(/forged continuation|X-Vigil-Verdict :|0\.000/i);
  });

  it('hands a message over limits.message_bytes on whole, saying what was not analysed', async () => {
    const { sink, port } = await setup({ limits: { message_bytes: 4096 } });
    const big = benign({
      text: `Minutes of the meeting.\n${'All agreed on the plan for the next quarter. '.repeat(400)}`,
    });
    expect(big.length).toBeGreaterThan(8192);
    expect((await sendSmtp(port, big)).code).toBe(250);
    const raw = sink.received[0]!.raw;
    expect(raw.length).toBeGreaterThan(big.length);
    expect(raw.subarray(raw.length - 500).toString('latin1')).toBe(
      big.subarray(big.length - 500).toString('latin1'),
    );
    expect(headerValues(raw, 'X-Vigil-Skipped')[0]).toMatch(/message_bytes=4096/);
  });

  it('reuses its connection to the next hop, and opens a new one when the next hop closed it', async () => {
    const { sink, port } = await setup();
    for (let i = 0; i < 3; i++) expect((await sendSmtp(port, benign())).code).toBe(250);
    expect(sink.received).toHaveLength(3);
    expect(sink.stats.connections).toBe(1);
    // the next hop restarts: the idle connection is gone, the next message still goes through
    await sink.close();
    const again = await startSink({ port: sink.port });
    cleanups.push(again.close);
    expect((await sendSmtp(port, benign())).code).toBe(250);
    expect(again.received).toHaveLength(1);
  });

  it('hands on bounces (null sender) as MAIL FROM:<>', async () => {
    const { sink, port } = await setup();
    expect((await sendSmtp(port, benign(), { from: '' })).code).toBe(250);
    expect(sink.received[0]!.from).toBe('');
  });
});

describe('vigil filter: policies', () => {
  it('rejects a malicious message with 550 5.7.1 and the reason under the reject policy; clean mail still passes', async () => {
    const { sink, port, filter } = await setup({ filter: { policy: { malicious: 'reject' } } });
    const r = await sendSmtp(port, phish());
    expect(r.ok).toBe(false);
    expect(r.code).toBe(550);
    expect(r.response).toMatch(
      /^550 5\.7\.1 Message rejected as malicious by Vigil \(score [01]\.\d\d\): .*(phishing|credential_harvest)/,
    );
    expect(sink.received).toHaveLength(0);
    expect((await sendSmtp(port, benign())).code).toBe(250);
    expect(sink.received).toHaveLength(1);
    expect(filter.stats).toMatchObject({ rejected: 1, tagged: 1 });
  });

  it('quarantines into a Maildir and hands on a notice (no content of the message)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-q-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { sink, port } = await setup({
      filter: { policy: { malicious: 'quarantine' }, quarantine_dir: dir },
    });
    const r = await sendSmtp(port, phish());
    expect(r.code).toBe(250);
    const kept = readdirSync(join(dir, 'new'));
    expect(kept).toHaveLength(1);
    const stored = readFileSync(join(dir, 'new', kept[0]!));
    expect(headerValues(stored, 'X-Vigil-Verdict')).toEqual(['malicious']);
    expect(stored.toString('latin1')).toContain('Subject: Urgent: your account will be suspended');
    expect(sink.received).toHaveLength(1);
    const notice = sink.received[0]!.raw.toString('latin1');
    expect(notice).toMatch(/^X-Vigil-Verdict: malicious/m);
    expect(notice).toContain(`quarantine id ${kept[0]}`);
    expect(notice).not.toContain('login-verify.test');
    expect(sink.received[0]!.to).toEqual(['bob@recipient.example']);
  });

  it('quarantines and hands on nothing with quarantine_notice: false', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-q-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { sink, port } = await setup({
      filter: { policy: { malicious: 'quarantine' }, quarantine_dir: dir, quarantine_notice: false },
    });
    const r = await sendSmtp(port, phish());
    expect(r.response).toMatch(/^250 2\.0\.0 Ok: quarantined as /);
    expect(readdirSync(join(dir, 'new'))).toHaveLength(1);
    expect(sink.received).toHaveLength(0);
  });

  it('defers (451) when the quarantine cannot be written: the message is not acknowledged', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'vigil-q-'));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
    writeFileSync(join(parent, 'a-file'), 'not a folder');
    const { sink, port } = await setup({
      filter: { policy: { malicious: 'quarantine' }, quarantine_dir: join(parent, 'a-file', 'quarantine') },
    });
    const r = await sendSmtp(port, phish());
    expect(r.code).toBe(451);
    expect(sink.received).toHaveLength(0);
  });

  it('refuses a quarantine policy without a folder (E_CONFIG)', () => {
    expect(() => resolveConfig({ filter: { policy: { suspicious: 'quarantine' } } })).toThrow(
      /filter\.quarantine_dir: a quarantine policy needs/,
    );
  });
});

describe('vigil filter: failures never lose mail', () => {
  const failing: ScanMessage = async () => {
    throw new Error('model exploded');
  };

  it('answers 451 when the scan fails (on_error: tempfail, the default)', async () => {
    const { sink, port, filter } = await setup({}, { scan: failing });
    const r = await sendSmtp(port, benign());
    expect(r.code).toBe(451);
    expect(r.response).toMatch(/^451 4\.3\.0 Vigil could not scan/);
    expect(sink.received).toHaveLength(0);
    expect(filter.stats.deferred).toBe(1);
  });

  it('hands the message on marked unscanned when the scan fails (on_error: pass), forged fields still removed', async () => {
    const { sink, port } = await setup({ filter: { on_error: 'pass' } }, { scan: failing });
    const r = await sendSmtp(port, benign({ headers: { 'X-Vigil-Verdict': 'clean' } }));
    expect(r.code).toBe(250);
    const raw = sink.received[0]!.raw;
    expect(headerValues(raw, 'X-Vigil-Verdict')).toEqual(['unscanned']);
    expect(headerValues(raw, 'X-Vigil-Reasons')[0]).toMatch(/scan failed: E_INTERNAL/);
  });

  it('hands on input Vigil cannot read (E_NOT_EMAIL) as unscanned even under tempfail: a retry cannot help', async () => {
    const notEmail: ScanMessage = async () => {
      throw new VigilError('E_NOT_EMAIL', 'no header block');
    };
    const { sink, port } = await setup({}, { scan: notEmail });
    expect((await sendSmtp(port, benign())).code).toBe(250);
    expect(headerValues(sink.received[0]!.raw, 'X-Vigil-Verdict')).toEqual(['unscanned']);
  });

  it('answers 451 4.3.2 when overloaded (max_concurrent_scans and max_queued full), and scans again once free', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow: ScanMessage = async (raw, target) => {
      calls++;
      if (calls === 1) await held;
      return {
        verdict: 'clean',
        score: 0.01,
        categories: [],
        signals: [],
        skipped: [],
        target,
      } as unknown as Verdict;
    };
    const { sink, port } = await setup(
      { filter: { max_concurrent_scans: 1, max_queued: 0 } },
      { scan: slow },
    );
    const first = sendSmtp(port, benign());
    while (calls === 0) await new Promise((r) => setImmediate(r));
    const second = await sendSmtp(port, benign());
    expect(second.code).toBe(451);
    expect(second.response).toMatch(/4\.3\.2 Vigil is overloaded/);
    release();
    expect((await first).code).toBe(250);
    expect((await sendSmtp(port, benign())).code).toBe(250);
    expect(sink.received).toHaveLength(2);
  });

  it('answers 451 when the next hop is down, and passes on its 5xx when it refuses', async () => {
    const down = await setup({}, { nextHopPort: 1 });
    const r = await sendSmtp(down.port, benign());
    expect(r.code).toBe(451);
    expect(r.response).toMatch(/^451 4\.4\.1 next hop 127\.0\.0\.1:1 .*ECONNREFUSED/);

    const refusing = await setup({}, { sinkReject: (a) => (a.startsWith('nobody') ? 550 : undefined) });
    expect((await sendSmtp(refusing.port, benign(), { to: ['nobody@recipient.example'] })).code).toBe(550);
    // one of two recipients refused: deferred (retried), never acknowledged for both
    const partial = await sendSmtp(refusing.port, benign(), {
      to: ['bob@recipient.example', 'nobody@recipient.example'],
    });
    expect(partial.code).toBe(451);
  });

  it('refuses a message over filter.max_message_bytes with 552 (never truncates it)', async () => {
    const { sink, port } = await setup({ filter: { max_message_bytes: 2048 } });
    const r = await sendSmtp(port, benign({ text: 'x'.repeat(5000) }));
    expect(r.code).toBe(552);
    expect(sink.received).toHaveLength(0);
  });
});
