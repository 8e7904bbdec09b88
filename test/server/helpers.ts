import {
  VERDICT_SCHEMA,
  VigilError,
  defineSignal,
  type Analyzer,
  type ScanOptions,
  type SignalDef,
  type Verdict,
} from '../../src/core/index.js';
import { defaultConfig, type VigilConfig } from '../../src/config/index.js';
import { buildApp, createApiKey, type AppDeps, type VigilApp } from '../../src/server/index.js';
import { createVigil, type Vigil } from '../../src/vigil.js';
import { SqliteStore } from '../../src/store/index.js';

/** The fake analyzers' one signal per kind (declared, so the runtime and GET /v1/signals list it). */
const FAKE_SIGNALS = Object.fromEntries(
  ['email', 'url', 'domain'].map((k) => [
    k,
    defineSignal({
      id: `${k}.link.text_href_mismatch`,
      category: 'phishing',
      severity: 'high',
      summary: 'Link text shows one site, the link goes to another',
    }),
  ]),
) as Record<string, SignalDef>;

type FakeAnalyzer = Analyzer<never, VigilConfig, ScanOptions>;
const fake = (
  kind: string,
  input: 'bytes' | 'text',
  analyze: (input: never, opts?: ScanOptions) => Verdict | Promise<Verdict>,
  http = {},
): FakeAnalyzer => ({
  kind,
  description: `a fake ${kind}`,
  input,
  signals: [FAKE_SIGNALS[kind]!],
  features: [],
  models: [],
  http,
  prepare: () => ({ analyze }),
});

/** Fake analyzers: "phish" in the input makes it malicious, "empty" throws like the real one. */
export const fakeAnalyzers = {
  email: fake(
    'email',
    'bytes',
    async (raw: Uint8Array, opts) => {
      const text = Buffer.from(raw).toString('utf8');
      if (!/^[\w-]+:/m.test(text)) throw new VigilError('E_NOT_EMAIL', 'no header block');
      const subject = /^Subject: (.*)$/m.exec(text)?.[1] ?? '';
      const from = /^From: (.*)$/m.exec(text)?.[1] ?? '';
      const bad = /phish/i.test(text);
      return verdict('email', opts?.target ?? 'message.eml', bad, { subject, from, bytes: raw.byteLength });
    },
    {
      contentTypes: ['message/rfc822', 'application/octet-stream', 'text/plain'],
      defaultTarget: 'message.eml',
    },
  ),
  url: fake(
    'url',
    'text',
    (url: string, opts) => {
      if (!/^https?:\/\//.test(url)) throw new VigilError('E_INVALID_URL', `not a URL: ${url}`);
      return verdict('url', opts?.target ?? url, /login|verify/.test(url), { normalized: url });
    },
    { maxLength: 8192 },
  ),
  domain: fake(
    'domain',
    'text',
    (name: string, opts) => {
      if (!/^[a-z0-9.-]+$/i.test(name)) throw new VigilError('E_INVALID_DOMAIN', `not a domain: ${name}`);
      return verdict('domain', opts?.target ?? name, /paypa1/.test(name), { normalized: name });
    },
    { maxLength: 253 },
  ),
};

/** A runtime over the fake analyzers, with some of them replaced. */
export function fakeVigil(
  replace: Partial<Record<'email' | 'url' | 'domain', FakeAnalyzer>> = {},
  config: VigilConfig = defaultConfig(),
): Vigil {
  const a = { ...fakeAnalyzers, ...replace };
  return createVigil(config, { analyzers: [a.email, a.url, a.domain] });
}

/** A fake analyzer of `kind` whose verdicts come from `analyze`. */
export function fakeAnalyzer(
  kind: 'email' | 'url' | 'domain',
  analyze: (input: never, opts?: ScanOptions) => Verdict | Promise<Verdict>,
  signals?: SignalDef[],
): FakeAnalyzer {
  return { ...fakeAnalyzers[kind], ...(signals ? { signals } : {}), prepare: () => ({ analyze }) };
}

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
            evidence: [
              {
                where: 'body:html',
                text: '<a href="http://login.bank-example.test/verify">bank.example</a>',
              },
            ],
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
    vigil: fakeVigil({}, config),
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
