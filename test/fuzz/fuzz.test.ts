/**
 * The short fuzz run: each target of `npm run fuzz` (test/fuzz/targets.mjs) for a few hundred
 * fixed-seed cases against src/. Properties: only VigilErrors escape the analyzers, parseHtml never
 * throws, the HTTP API never answers 5xx and every error body is JSON with an `E_` code. Time is not
 * asserted here (vitest's timeout catches a hang); the long run reports the slowest case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with scripts/fuzz.mjs
import { fuzzTarget } from './targets.mjs';
import { isVigilError } from '../../src/core/index.js';
import { defaultConfig } from '../../src/config/index.js';
import { parseHtml } from '../../src/email/index.js';
import { createScanner } from '../../src/scanner.js';
import { buildApp, createApiKey, type VigilApp } from '../../src/server/index.js';
import { createVigil } from '../../src/vigil.js';
import { SqliteStore } from '../../src/store/index.js';

const deps = {
  isVigilError,
  defaultConfig,
  parseHtml,
  createScanner,
  buildApp,
  createApiKey,
  createVigil,
  SqliteStore,
};
const SEED = 20261203;

/** API answers the fuzzer may see that are known and accepted (none: the router's own errors now map to E_ codes). */
const KNOWN: RegExp[] = [];

describe('fuzz (short run)', () => {
  it.each([
    ['email', 200],
    ['html', 300],
    ['url', 500],
    ['http', 200],
  ])(
    '%s: %i cases keep the properties',
    async (target, runs) => {
      const stats = await fuzzTarget(target, deps, {
        seed: SEED,
        runs,
        strict: true,
        known: KNOWN,
        maxCaseMs: Number.POSITIVE_INFINITY,
      });
      expect(stats.runs).toBe(runs);
    },
    120_000,
  );
});

// found by the fuzzer: fastify's router errors once skipped the app's error handler
describe('router errors the fuzzer found answer in the one error shape', () => {
  let app: VigilApp;
  let store: SqliteStore;
  let auth: string;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    auth = `Bearer ${(await createApiKey(store, 'fuzz')).key}`;
    app = await buildApp(defaultConfig(), {
      store,
      vigil: createVigil(defaultConfig()),
      logger: false,
      processMetrics: false,
      webRoot: null,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  it.each([
    ['a bad percent-encoding in the path (FST_ERR_BAD_URL)', '/v1/scan/url%'],
    ['a path parameter over maxParamLength (FST_ERR_MAX_PARAM_LENGTH)', `/v1/verdicts/${'a'.repeat(500)}`],
  ])('%s answers with an E_ code', async (_, url) => {
    const res = await app.inject({ method: 'GET', url, headers: { authorization: auth } });
    expect(res.json()).toMatchObject({ error: { code: expect.stringMatching(/^E_/) } });
  });
});
