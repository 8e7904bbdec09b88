/**
 * What the service stores (issue 10 #14): no evidence text or fired message unless asked
 * (--keep-evidence), retention with hourly purges, and request logs without query strings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERDICT_SCHEMA, defineSignal, type Verdict } from '../../src/core/index.js';
import { defaultConfig, resolveConfig, type VigilConfig } from '../../src/config/index.js';
import { buildApp, createApiKey, type AppDeps } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';
import { eml, fakeAnalyzer, fakeVigil } from './helpers.js';

const IBAN = 'DE89 3704 0044 0532 0130 00';
const SUMMARY = 'Body asks to pay to new bank details';

/** An analyzer whose verdict quotes the mail the way the real one does. */
const BANK_CHANGE = defineSignal({
  id: 'email.content.bank_change',
  category: 'bec',
  severity: 'high',
  summary: SUMMARY,
});
const quoting = fakeVigil({
  email: fakeAnalyzer(
    'email',
    async (raw: Uint8Array, opts) => {
      const text = Buffer.from(raw).toString('utf8');
      const v: Verdict = {
        schema: VERDICT_SCHEMA,
        kind: 'email',
        target: opts?.target ?? 'message.eml',
        verdict: 'malicious',
        score: 0.95,
        categories: ['bec'],
        signals: [
          {
            id: 'email.content.bank_change',
            category: 'bec',
            severity: 'high',
            message: `Asks to pay 48,200 EUR to ${IBAN}`,
            evidence: [{ where: 'body:text', text: /please pay .*/.exec(text)?.[0] ?? '' }],
          },
          {
            id: 'email.link.unknown_to_registry',
            category: 'phishing',
            severity: 'low',
            message: 'Link to http://pay.bank-example.test/confirm?who=ana',
            evidence: [{ where: 'link', text: 'http://pay.bank-example.test/confirm?who=ana' }],
          },
        ],
        model: {
          name: 'email',
          version: 't',
          score: 0.9,
          top_features: [
            { feature: 'text: "48,200 eur"', weight: 1.2 },
            { feature: 'rule: email.content.bank_change', weight: 1.1 },
            { feature: 'subject: "ana"', weight: 0.4 },
            { feature: 'structure: links 1', weight: 0.2 },
          ],
        },
        skipped: [],
        input: { subject: 'Payment', from: 'CFO <cfo@fabrikam.example>', bytes: raw.byteLength },
        elapsed_ms: 1,
      };
      return v;
    },
    [BANK_CHANGE],
  ),
});

const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
  vi.useRealTimers();
});

async function start(
  deps: Partial<AppDeps> = {},
  config: VigilConfig = defaultConfig(),
  store = new SqliteStore({ path: ':memory:' }),
) {
  const { key } = await createApiKey(store, `k${Math.random()}`);
  const app = await buildApp(config, {
    store,
    vigil: quoting,
    logger: false,
    processMetrics: false,
    webRoot: null,
    ...deps,
  });
  await app.ready();
  apps.push(store, app);
  const auth = { authorization: `Bearer ${key}` };
  const scan = async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/scan/email?filename=ana-payslip.eml',
      headers: { ...auth, 'content-type': 'message/rfc822' },
      payload: eml('Payment', `Hello, please pay 48,200 EUR to ${IBAN} today.`),
    });
    expect(res.statusCode).toBe(200);
    return res.json() as Verdict & { id: string };
  };
  return { app, store, auth, scan };
}

const row = (store: SqliteStore) =>
  store.db.prepare('SELECT verdict_json, urls, evidence_stored FROM verdicts').get() as {
    verdict_json: string;
    urls: string;
    evidence_stored: number;
  };

describe('stored verdicts', () => {
  it('keep no evidence text, fired message or quoting feature by default; the caller still gets them', async () => {
    const { app, store, auth, scan } = await start();
    const v = await scan();
    expect(v.signals[0]?.message).toContain(IBAN);
    expect(v.signals[0]?.evidence[0]?.text).toContain(IBAN);

    const stored = row(store);
    expect(stored.verdict_json).not.toContain('3704');
    expect(stored.verdict_json).not.toContain('48,200');
    expect(stored.verdict_json).not.toContain('who=ana');
    expect(stored.evidence_stored).toBe(0);

    const one = (await app.inject({ method: 'GET', url: `/v1/verdicts/${v.id}`, headers: auth })).json();
    expect(one.evidence_stored).toBe(false);
    expect(one.signals[0]).toEqual({
      id: 'email.content.bank_change',
      category: 'bec',
      severity: 'high',
      message: SUMMARY,
      evidence: [{ where: 'body:text' }],
    });
    // a signal the analyzer did not declare still gets a message that quotes nothing
    expect(one.signals[1]).toMatchObject({
      message: 'signal email.link.unknown_to_registry',
      evidence: [{ where: 'link' }],
    });
    expect(one.model.top_features.map((f: { feature: string }) => f.feature)).toEqual([
      'rule: email.content.bank_change',
      'structure: links 1',
    ]);
    // what the README says is stored: subject, sender, target, URLs named in evidence
    expect(one).toMatchObject({
      subject: 'Payment',
      sender: 'CFO <cfo@fabrikam.example>',
      target: 'ana-payslip.eml',
    });
    expect(one.urls).toEqual(['http://pay.bank-example.test/confirm?who=ana']);
  });

  it('keep evidence under keepEvidence or server.keep_evidence', async () => {
    for (const opts of [
      { deps: { keepEvidence: true } },
      { config: resolveConfig({ server: { keep_evidence: true } }) },
    ]) {
      const { app, store, auth, scan } = await start(opts.deps ?? {}, opts.config);
      const v = await scan();
      expect(row(store).verdict_json).toContain(IBAN);
      const one = (await app.inject({ method: 'GET', url: `/v1/verdicts/${v.id}`, headers: auth })).json();
      expect(one.evidence_stored).toBe(true);
      expect(one.signals[0].evidence[0].text).toContain(IBAN);
    }
  });
});

describe('retention', () => {
  const DAY = 86_400_000;
  const T0 = Date.parse('2026-12-03T09:00:00Z');

  async function seeded(store: SqliteStore) {
    const v = (await quoting.scan('email', Buffer.from(eml('x')))) as Verdict;
    const old = await store.saveVerdict({ verdict: v, createdAt: new Date(T0 - 40 * DAY) });
    const recent = await store.saveVerdict({ verdict: v, createdAt: new Date(T0 - 1 * DAY) });
    await store.addFeedback({
      verdictId: old.id,
      label: 'benign',
      note: 'old',
      keyId: null,
      createdAt: new Date(T0 - 39 * DAY),
    });
    await store.addFeedback({
      verdictId: recent.id,
      label: 'benign',
      note: 'new',
      keyId: null,
      createdAt: new Date(T0 - 1 * DAY),
    });
    return { old, recent };
  }
  const ids = (store: SqliteStore) =>
    (store.db.prepare('SELECT id FROM verdicts ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
  const notes = (store: SqliteStore) =>
    (store.db.prepare('SELECT note FROM feedback ORDER BY created_at').all() as { note: string }[]).map(
      (r) => r.note,
    );

  it('purges verdicts and feedback older than 30 days on start, then hourly', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = T0;
    const store = new SqliteStore({ path: ':memory:' });
    const { old, recent } = await seeded(store);
    await start({ clock: () => new Date(now) }, defaultConfig(), store);
    expect(ids(store)).toEqual([recent.id]);
    expect(ids(store)).not.toContain(old.id);
    expect(notes(store)).toEqual(['new']);

    now += 30 * DAY;
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(ids(store)).toEqual([]);
    expect(notes(store)).toEqual([]);
  });

  it('follows server.retention_days, and keeps everything with null', async () => {
    const a = new SqliteStore({ path: ':memory:' });
    await seeded(a);
    await start({ clock: () => new Date(T0) }, resolveConfig({ server: { retention_days: 90 } }), a);
    expect(ids(a)).toHaveLength(2);
    const b = new SqliteStore({ path: ':memory:' });
    await seeded(b);
    await start(
      { clock: () => new Date(T0 + 1000 * DAY) },
      resolveConfig({ server: { retention_days: null } }),
      b,
    );
    expect(ids(b)).toHaveLength(2);
    expect(() => resolveConfig({ server: { retention_days: 0 } })).toThrow(/retention_days/);
  });
});

describe('request logs', () => {
  it('name the route pattern, never the query string or file name', async () => {
    const lines: string[] = [];
    const { app, auth, scan } = await start({
      logger: { level: 'info', stream: { write: (s: string) => void lines.push(s) } },
    });
    const v = await scan();
    await app.inject({
      method: 'GET',
      url: `/v1/verdicts/${v.id}?since=ana@fabrikam.example`,
      headers: auth,
    });
    await app.inject({ method: 'GET', url: '/v1/verdicts?since=7d&cursor=secret-cursor', headers: auth });
    await app.inject({ method: 'GET', url: '/nothing-here?token=abc' });
    const text = lines.join('');
    expect(text).toContain('"route":"/v1/scan/email"');
    expect(text).toContain('"route":"/v1/verdicts/:id"');
    expect(text).toContain('"route":"unmatched"');
    for (const leak of ['ana-payslip', 'filename', 'secret-cursor', 'ana@fabrikam', 'token=abc', '?', v.id])
      expect(text).not.toContain(leak);
  });
});
