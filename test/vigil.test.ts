/**
 * The runtime (src/vigil.ts) and the analyzer contract (src/core/analyzer.ts): kinds and signals
 * come from the registered analyzers, each analyzer is prepared once, a new kind needs nothing but
 * its analyzer, and the runtime's verdicts are the per-function library's.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig } from '../src/config/index.js';
import { SIGNAL_ID_PATTERN, VigilError, type Analyzer, type Verdict } from '../src/core/index.js';
import {
  ALL_SIGNALS,
  ANALYZERS,
  KINDS,
  analyzeDomain,
  analyzeEmail,
  analyzeUrl,
  createScanner,
  createVigil,
} from '../src/index.js';
import { buildApp, createApiKey } from '../src/server/index.js';
import { SqliteStore } from '../src/store/index.js';
import { eml } from './helpers/eml.js';
import { URGENT_LINK, smsAnalyzer } from './kinds/sms.js';

const config = defaultConfig();
const strip = ({ elapsed_ms: _e, ...rest }: Verdict) => rest;

describe('createVigil', () => {
  const vigil = createVigil(config);

  it('lists the registered kinds and every signal once', () => {
    expect(vigil.kinds).toEqual(['email', 'url', 'domain']);
    expect(KINDS).toEqual(vigil.kinds);
    const ids = vigil.signals.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ALL_SIGNALS.map((s) => s.id).sort());
    // every id starts with a registered kind (the id pattern no longer lists them)
    for (const id of ids) {
      expect(id).toMatch(SIGNAL_ID_PATTERN);
      expect(KINDS).toContain(id.split('.')[0]);
    }
    const email = vigil.kindInfo.find((k) => k.kind === 'email')!;
    expect(email).toMatchObject({ input: 'bytes', models: ['email', 'email_wording', 'url', 'domain'] });
    expect(email.signals).toContain('email.sender.reply_to_mismatch');
    expect(email.signals).toContain('domain.lookalike.homoglyph');
    expect(vigil.inputOf('url')).toBe('text');
  });

  it('gives the same verdicts as the per-function library', async () => {
    const raw = eml({
      from: 'PayPal <service@paypa1-secure.example>',
      subject: 'Verify your account now',
      html: '<a href="http://paypa1-secure.example/login">https://www.paypal.com/signin</a>',
    });
    const scorer = (await import('../src/email/index.js')).loadEmailModel();
    expect(strip(await vigil.scan('email', raw, { target: 'a.eml' }))).toEqual(
      strip(await analyzeEmail(raw, { config, scorer, target: 'a.eml' })),
    );
    for (const u of ['http://paypa1-secure.example/login', 'https://www.example.com/docs'])
      expect(strip(await vigil.scan('url', u))).toEqual(strip(analyzeUrl(u, { config })));
    for (const d of ['micros0ft-sso-verify.com', 'xkqzvbnmrtplw.example', 'example.com'])
      expect(strip(await vigil.scan('domain', d))).toEqual(strip(analyzeDomain(d, { config })));
  });

  it('refuses an unknown kind with E_USAGE, and passes the analyzer errors through', async () => {
    await expect(vigil.scan('sms', 'hi')).rejects.toMatchObject({ code: 'E_USAGE' });
    expect(() => vigil.inputOf('fax')).toThrow(VigilError);
    await expect(vigil.scan('domain', 'not a domain!')).rejects.toMatchObject({ code: 'E_INVALID_DOMAIN' });
    await expect(vigil.scan('email', '')).rejects.toBeInstanceOf(VigilError);
  });

  it('converts inputs to the form a kind takes', async () => {
    const asBytes = await vigil.scan('domain', new TextEncoder().encode('micros0ft-sso-verify.com'));
    expect(asBytes.input.normalized).toBe('micros0ft-sso-verify.com');
    const asText = await vigil.scan('email', 'From: a@b.example\r\nSubject: hi\r\n\r\nHello.\r\n');
    expect(asText.kind).toBe('email');
  });

  it('--no-model turns every model off without rewriting the config', async () => {
    const before = JSON.stringify(config);
    const rules = createVigil(config, { model: false });
    expect(rules.config).toBe(config);
    expect(JSON.stringify(config)).toBe(before);
    const v = await rules.scan('url', 'http://paypa1-secure.example/login');
    expect(v.model).toBeNull();
    expect((await vigil.scan('url', 'http://paypa1-secure.example/login')).model).not.toBeNull();
    // and it is the same as a config that names no model
    const off = resolveConfig({ models: { email: null, url: null, domain: null } });
    const raw = eml({
      from: 'IT <it@fabrikam.example>',
      subject: 'Password expires today',
      text: 'Log in at http://login.fabrikam-it.example/reset now.',
    });
    expect(strip(await rules.scan('email', raw))).toEqual(strip(await createVigil(off).scan('email', raw)));
  });

  it('loads a configured model that is missing as E_MODEL when it is created, not on a scan', () => {
    const bad = resolveConfig({ models: { url: '/nonexistent/url.json' } });
    expect(() => createVigil(bad)).toThrow(expect.objectContaining({ code: 'E_MODEL' }));
    expect(() => createVigil(bad, { model: false })).not.toThrow();
  });
});

describe('the analyzer contract', () => {
  /** An analyzer that counts how often it is prepared and which models it was given. */
  function counting() {
    const seen = { prepared: 0, models: [] as unknown[], sharedBuilds: 0 };
    const a: Analyzer<string> = {
      kind: 'probe',
      description: 'a probe',
      input: 'text',
      signals: [],
      features: [],
      models: ['url'],
      prepare(cfg, ctx) {
        seen.prepared++;
        seen.models.push(ctx.models.get('url'), ctx.models.get('email'));
        ctx.shared('probe-index', () => seen.sharedBuilds++);
        ctx.shared('probe-index', () => seen.sharedBuilds++);
        return { analyze: (text) => ({ ...probeVerdict, target: text }) };
      },
    };
    return { a, seen };
  }
  const probeVerdict: Verdict = {
    schema: 'vigil.verdict/1',
    kind: 'probe',
    target: '',
    verdict: 'clean',
    score: 0,
    categories: [],
    signals: [],
    model: null,
    skipped: [],
    input: {},
    elapsed_ms: 0,
  };

  it('prepares each analyzer once, loads only the models analyzers name, and shares built state', async () => {
    const { a, seen } = counting();
    const vigil = createVigil(config, { analyzers: [a] });
    for (let i = 0; i < 50; i++) await vigil.scan('probe', `x${i}`);
    expect(seen.prepared).toBe(1);
    expect(seen.sharedBuilds).toBe(1);
    // url was named and is shipped; email was not named, so it was never loaded
    expect(seen.models[0]).toMatchObject({ name: expect.any(String), bits: expect.any(Number) });
    expect(seen.models[1]).toBeNull();
    expect(vigil.kinds).toEqual(['probe']);
  });

  it('refuses a registry that is not well-formed', () => {
    const { a } = counting();
    expect(() => createVigil(config, { analyzers: [a, a] })).toThrow(/registered twice/);
    expect(() => createVigil(config, { analyzers: [{ ...a, kind: 'Bad Kind' }] })).toThrow(/lower-case/);
    // a signal must belong to a registered kind: email signals without the email analyzer
    expect(() => createVigil(config, { analyzers: [{ ...a, signals: [ALL_SIGNALS[0]!] }] })).toThrow(
      /names no registered kind/,
    );
  });
});

describe('a new kind (README "Extending Vigil")', () => {
  const vigil = createVigil(config, { analyzers: [...ANALYZERS, smsAnalyzer] });

  it('is scanned, listed and judges its links with the shared URL analysis', async () => {
    expect(vigil.kinds).toEqual(['email', 'url', 'domain', 'sms']);
    expect(vigil.signals.map((s) => s.id)).toContain(URGENT_LINK.id);
    const v = await vigil.scan(
      'sms',
      'Your account is locked: verify now at http://paypal.com@192.0.2.7/login',
      { target: '+1 555 0100' },
    );
    expect(v).toMatchObject({ kind: 'sms', target: '+1 555 0100' });
    const ids = v.signals.map((s) => s.id);
    expect(ids).toContain(URGENT_LINK.id);
    expect(ids.some((id) => id.startsWith('url.'))).toBe(true);
    expect(v.verdict).not.toBe('clean');
    // a look-alike: a link without urgency, and urgency without a link, stay silent
    expect(
      (await vigil.scan('sms', 'Docs are at https://www.example.com/help')).signals.map((s) => s.id),
    ).not.toContain(URGENT_LINK.id);
    expect((await vigil.scan('sms', 'Call me now, please')).signals).toEqual([]);
  });

  it('gets its HTTP route, OpenAPI entry and GET /v1/signals listing from the runtime', async () => {
    const store = new SqliteStore({ path: ':memory:', kinds: vigil.kinds });
    const { key } = await createApiKey(store, 'sms');
    const app = await buildApp(config, { store, vigil, logger: false, processMetrics: false, webRoot: null });
    try {
      const auth = { authorization: `Bearer ${key}` };
      const listed = (await app.inject({ method: 'GET', url: '/v1/signals', headers: auth })).json();
      expect(listed.kinds.map((k: { kind: string }) => k.kind)).toEqual(['email', 'url', 'domain', 'sms']);
      expect(listed.signals).toContainEqual({
        id: URGENT_LINK.id,
        kind: 'sms',
        category: 'phishing',
        severity: 'medium',
        summary: URGENT_LINK.summary,
      });
      const api = (await app.inject({ method: 'GET', url: '/v1/openapi.json', headers: auth })).json();
      expect(api.paths['/v1/scan/sms']).toBeDefined();
      expect(api.components.schemas.ScanResult.properties.kind.enum).toEqual([
        'email',
        'url',
        'domain',
        'sms',
      ]);
      const res = await app.inject({
        method: 'POST',
        url: '/v1/scan/sms',
        headers: auth,
        payload: { sms: 'Final notice: pay today at http://parcel-fee.example.test/pay' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ kind: 'sms', id: expect.stringMatching(/^vrd_/) });
      // too long for this kind's declared limit: refused by the schema, before the analyzer
      const long = await app.inject({
        method: 'POST',
        url: '/v1/scan/sms',
        headers: auth,
        payload: { sms: 'x'.repeat(2001) },
      });
      expect(long.json().error.code).toBe('E_BAD_REQUEST');
      const stats = (await app.inject({ method: 'GET', url: '/v1/stats', headers: auth })).json();
      expect(stats.by_kind).toEqual({ email: 0, url: 0, domain: 0, sms: 1 });
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe('createScanner (kept for library users)', () => {
  it('is a view of the runtime', async () => {
    const s = createScanner(config);
    expect(s.vigil.kinds).toEqual(KINDS);
    // url and domain verdicts come back directly, as before the runtime (bulk callers rely on it)
    expect(s.url('https://www.example.com/')).toMatchObject({ kind: 'url', verdict: 'clean' });
    expect(s.vigil.analyze('domain', 'example.com')).not.toBeInstanceOf(Promise);
    expect(strip(await s.domain('micros0ft-sso-verify.com', 'x'))).toEqual(
      strip(await s.vigil.scan('domain', 'micros0ft-sso-verify.com', { target: 'x' })),
    );
  });
});
