import { VERDICT_SCHEMA, VigilError, type Verdict } from '../../src/core/index.js';
import { defaultConfig, type VigilConfig } from '../../src/config/index.js';
import { buildApp, createApiKey, type AppDeps, type Scanners, type VigilApp } from '../../src/server/index.js';
import { SqliteStore } from '../../src/store/index.js';

/** A fake analyzer: "phish" in the input makes it malicious, "empty" throws like the real one. */
export const fakeScanners: Scanners = {
  async email(raw, opts) {
    const text = Buffer.from(raw).toString('utf8');
    if (!/^[\w-]+:/m.test(text)) throw new VigilError('E_NOT_EMAIL', 'no header block');
    const subject = /^Subject: (.*)$/m.exec(text)?.[1] ?? '';
    const from = /^From: (.*)$/m.exec(text)?.[1] ?? '';
    const bad = /phish/i.test(text);
    return verdict('email', opts.target ?? 'message.eml', bad, { subject, from, bytes: raw.byteLength });
  },
  url(url, opts) {
    if (!/^https?:\/\//.test(url)) throw new VigilError('E_INVALID_URL', `not a URL: ${url}`);
    return verdict('url', opts.target ?? url, /login|verify/.test(url), { normalized: url });
  },
  domain(name, opts) {
    if (!/^[a-z0-9.-]+$/i.test(name)) throw new VigilError('E_INVALID_DOMAIN', `not a domain: ${name}`);
    return verdict('domain', opts.target ?? name, /paypa1/.test(name), { normalized: name });
  },
};

function verdict(kind: Verdict['kind'], target: string, bad: boolean, input: Verdict['input']): Verdict {
  return {
    schema: VERDICT_SCHEMA,
    kind,
    target,
    verdict: bad ? 'malicious' : 'clean',
    score: bad ? 0.97 : 0.02,
    categories: bad ? ['phishing', 'credential_harvest'] : [],
    signals: bad
      ? [
          {
            id: `${kind}.link.text_href_mismatch`,
            category: 'phishing',
            severity: 'high',
            message: 'Link text shows bank.example but goes to http://login.bank-example.test/verify',
            evidence: [{ where: 'body:html', text: '<a href="http://login.bank-example.test/verify">bank.example</a>' }],
          },
        ]
      : [],
    model: null,
    skipped: [],
    input,
    elapsed_ms: 0.1,
  };
}

export interface TestApp {
  app: VigilApp;
  store: SqliteStore;
  key: string;
  keyId: string;
  auth: { authorization: string };
  config: VigilConfig;
}

export async function makeApp(opts: Partial<AppDeps> & { config?: VigilConfig } = {}): Promise<TestApp> {
  const config = opts.config ?? defaultConfig();
  const store = new SqliteStore({ path: ':memory:' });
  const { key, record } = await createApiKey(store, 'test');
  const app = await buildApp(config, {
    store,
    scanners: fakeScanners,
    logger: false,
    processMetrics: false,
    webRoot: null,
    ...opts,
  });
  await app.ready();
  return { app, store, key, keyId: record.id, auth: { authorization: `Bearer ${key}` }, config };
}

export const eml = (subject: string, body = 'Hello.', from = 'Ines <ines@fabrikam.example>') =>
  `From: ${from}\r\nTo: ap@contoso.example\r\nSubject: ${subject}\r\nMessage-ID: <1@fabrikam.example>\r\n\r\n${body}\r\n`;
