/**
 * End to end with Debian's Postfix on loopback (started here, stopped after; scripts/postfix-harness.mjs):
 * SMTP in (nodemailer) → Postfix → vigil filter → Postfix → Maildir, after the queue
 * (content_filter) and before it (smtpd_proxy_filter). Skipped only outside CI when Postfix is
 * missing or we are not root; in CI (`CI` set) a missing Postfix fails the run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFilterCli } from '../../src/cli/filter.js';
import type { FilterHandle } from '../../src/flow/index.js';
// @ts-expect-error: a plain JS module shared with bench/flow.js
import { freePort, postfixMissing, startPostfix, waitFor } from '../../scripts/postfix-harness.mjs';
import { fakeIo } from '../helpers/io.js';
import { benign, headerValues, phish, sendSmtp } from './helpers.js';

const missing: string | null = postfixMissing();
if (missing && process.env.CI) throw new Error(`CI must run the Postfix end-to-end test: ${missing}`);
if (missing) console.warn(`test/flow/postfix.test.ts skipped: ${missing}`);

interface Postfix {
  ports: { aq: number; bq: number; plain: number; reinject: number; filter: number; proxyFilter: number };
  delivered(): Buffer[];
  queue(): { queue_name: string; recipients: { address: string; delay_reason?: string }[] }[];
  flush(): void;
  log(): string;
  stop(): void;
}

describe.skipIf(missing !== null)('Postfix → vigil filter → Postfix → Maildir', () => {
  let pf: Postfix;
  let work: string;
  const filters: Record<'aq' | 'bq', FilterHandle | null> = { aq: null, bq: null };
  const io = fakeIo();

  const start = async (which: 'aq' | 'bq') => {
    const port = which === 'aq' ? pf.ports.filter : pf.ports.proxyFilter;
    const h = await startFilterCli(
      {
        listen: `127.0.0.1:${port}`,
        nextHop: `127.0.0.1:${pf.ports.reinject}`,
        config: join(work, `${which}.json`),
      },
      io,
    );
    if (typeof h === 'number') throw new Error(`vigil filter did not start: ${io.err}`);
    filters[which] = h;
  };
  const stop = async (which: 'aq' | 'bq') => {
    await filters[which]?.close();
    filters[which] = null;
  };
  const bySubject = (subject: string) => () =>
    pf.delivered().find((m) => headerValues(m, 'Subject')[0] === subject);
  const to = ['bob@vigil.test'];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'vigil-flow-e2e-'));
    // after the queue: tag only (the default); before the queue: reject malicious mail
    writeFileSync(join(work, 'aq.json'), JSON.stringify({}));
    writeFileSync(join(work, 'bq.json'), JSON.stringify({ filter: { policy: { malicious: 'reject' } } }));
    const filter = await freePort();
    let proxyFilter = await freePort();
    while (proxyFilter === filter) proxyFilter = await freePort();
    pf = (await startPostfix({ filter, proxyFilter })) as Postfix;
    await start('aq');
    await start('bq');
  });

  afterAll(async () => {
    await stop('aq');
    await stop('bq');
    pf?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('after the queue: a benign and a malicious message are delivered with their X-Vigil-* fields', async () => {
    expect((await sendSmtp(pf.ports.aq, benign({ subject: 'aq benign' }), { to })).code).toBe(250);
    expect(
      (
        await sendSmtp(
          pf.ports.aq,
          phish({ subject: 'aq phish: your account will be suspended, verify your password' }),
          { to },
        )
      ).code,
    ).toBe(250);
    const good = await waitFor(bySubject('aq benign'), { what: 'delivery of the benign message' });
    const bad = await waitFor(bySubject('aq phish: your account will be suspended, verify your password'), {
      what: 'delivery of the phish',
    });
    expect(headerValues(good, 'X-Vigil-Verdict')).toEqual(['clean']);
    expect(headerValues(good, 'X-Vigil-Categories')).toEqual(['none']);
    expect(headerValues(bad, 'X-Vigil-Verdict')).toEqual(['malicious']);
    expect(Number(headerValues(bad, 'X-Vigil-Score')[0])).toBeGreaterThanOrEqual(0.9);
    expect(headerValues(bad, 'X-Vigil-Reasons')[0]).toMatch(/^(email|url|domain)\./);
    // it went through Postfix twice: in on the filtered port, back in on the re-injection port
    expect(headerValues(bad, 'Received').length).toBeGreaterThanOrEqual(2);
  });

  it('a forged inbound X-Vigil-Verdict is replaced', async () => {
    const forged = phish({
      subject: 'aq forged',
      headers: [
        ['X-Vigil-Verdict', 'clean'],
        ['X-Vigil-Score', '0.000'],
      ],
    });
    expect((await sendSmtp(pf.ports.aq, forged, { to })).code).toBe(250);
    const got = await waitFor(bySubject('aq forged'), { what: 'delivery of the forged message' });
    expect(headerValues(got, 'X-Vigil-Verdict')).toEqual(['malicious']);
    expect(headerValues(got, 'X-Vigil-Score')).not.toContain('0.000');
  });

  it('before the queue with the reject policy: the client gets 550 5.7.1 for malicious mail; benign mail is delivered', async () => {
    const r = await sendSmtp(pf.ports.bq, phish({ subject: 'bq phish' }), { to });
    expect(r.ok).toBe(false);
    expect(r.code).toBe(550);
    expect(r.response).toMatch(/5\.7\.1 Message rejected as malicious by Vigil/);
    expect((await sendSmtp(pf.ports.bq, benign({ subject: 'bq benign' }), { to })).code).toBe(250);
    const got = await waitFor(bySubject('bq benign'), { what: 'delivery through the before-queue filter' });
    expect(headerValues(got, 'X-Vigil-Verdict')).toEqual(['clean']);
    expect(pf.delivered().some((m) => headerValues(m, 'Subject')[0] === 'bq phish')).toBe(false);
  });

  it('before the queue with Vigil stopped: the client gets a 4xx, and its retry is delivered once Vigil is back', async () => {
    await stop('bq');
    const msg = benign({ subject: 'bq while vigil is down' });
    const r = await sendSmtp(pf.ports.bq, msg, { to });
    expect(r.ok).toBe(false);
    expect(r.code).toBeGreaterThanOrEqual(400);
    expect(r.code).toBeLessThan(500);
    await start('bq');
    expect((await sendSmtp(pf.ports.bq, msg, { to })).code).toBe(250); // the client's retry
    const got = await waitFor(bySubject('bq while vigil is down'), {
      what: 'delivery of the retried message',
    });
    expect(headerValues(got, 'X-Vigil-Verdict')).toEqual(['clean']);
  });

  it('after the queue with Vigil stopped: the message waits in the queue (deferred) and is delivered, scanned, once Vigil is back', async () => {
    await stop('aq');
    expect((await sendSmtp(pf.ports.aq, benign({ subject: 'aq while vigil is down' }), { to })).code).toBe(
      250,
    );
    const deferred = await waitFor(
      () =>
        pf
          .queue()
          .find((q) => q.recipients.some((r) => r.delay_reason && /127\.0\.0\.1/.test(r.delay_reason))),
      { what: 'the message to be deferred' },
    );
    expect(deferred.recipients[0]!.address).toBe('bob@vigil.test');
    expect(bySubject('aq while vigil is down')()).toBeUndefined();
    await start('aq');
    pf.flush();
    const got = await waitFor(bySubject('aq while vigil is down'), { what: 'delivery after the retry' });
    expect(headerValues(got, 'X-Vigil-Verdict')).toEqual(['clean']);
    await waitFor(() => pf.queue().length === 0, { what: 'the queue to empty' });
  });
});
