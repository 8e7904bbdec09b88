import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { SIGNAL_ID_PATTERN, VigilError } from '../../src/core/index.js';
import { buildModel, hashFeature, serializeModel } from '../../src/ml/index.js';
import {
  SIGNALS,
  analyzeDomain,
  analyzeUrl,
  inspectDomain,
  inspectUrl,
  prepareUrlEnv,
} from '../../src/url/index.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const rulesOnly = resolveConfig({ models: { url: null, domain: null } });

/** A tiny hand-made model: bias plus named feature weights, identity calibration. */
function tinyModel(
  name: 'url' | 'domain',
  bias: number,
  weights: Record<string, number>,
  meta: Record<string, unknown> = {},
): string {
  const bits = 10;
  const w = new Float32Array(2 ** bits);
  for (const [f, v] of Object.entries(weights)) {
    const { index, sign } = hashFeature(f, bits, true);
    w[index] = v * sign;
  }
  const model = buildModel(
    { bits, bias, weights: w },
    { name, version: 'test.1', signed: true, calibration: { kind: 'identity' }, meta },
  );
  const dir = mkdtempSync(join(tmpdir(), 'vigil-url-'));
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  return path;
}

describe('SIGNALS', () => {
  it('ids are unique, well-formed and in the url/domain namespaces', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SIGNALS) {
      expect(s.id).toMatch(SIGNAL_ID_PATTERN);
      expect(s.id).toMatch(/^(url|domain)\./);
      expect(s.summary.length).toBeGreaterThan(10);
    }
    for (const id of [
      'url.host.ip_literal',
      'url.host.userinfo',
      'url.host.punycode',
      'url.host.mixed_script',
      'url.host.shortener',
      'url.host.free_hosting',
      'url.host.suspicious_tld',
      'url.path.brand_mismatch',
      'url.path.credential_words',
      'url.model.phishing',
      'domain.lookalike.homoglyph',
      'domain.lookalike.typosquat',
      'domain.lookalike.combosquat',
      'domain.lookalike.idn',
      'domain.dga',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('analyzeUrl / analyzeDomain', () => {
  it('returns a url verdict with the normalised URL, rules only', () => {
    const v = analyzeUrl('HTTP://PayPal.com@192.0.2.7/webscr?cmd=_login', { config: rulesOnly });
    expect(v).toMatchObject({
      schema: 'vigil.verdict/1',
      kind: 'url',
      model: null,
      input: { normalized: 'http://PayPal.com@192.0.2.7/webscr?cmd=_login' },
    });
    expect(v.verdict).not.toBe('clean');
    expect(v.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['url.host.userinfo', 'url.host.ip_literal', 'url.path.credential_words']),
    );
  });
  it('accepts a URL without a scheme', () => {
    expect(analyzeUrl('www.example.com/about', { config: rulesOnly }).input.normalized).toBe(
      'http://www.example.com/about',
    );
  });
  it('a clean URL is clean', () => {
    expect(analyzeUrl('https://www.example.com/docs/intro.html', { config: rulesOnly }).verdict).toBe(
      'clean',
    );
  });
  it.each(['', '   ', 'mailto:a@b.example', 'javascript:alert(1)', 'http://', 'http://[::1'])(
    'throws E_INVALID_URL for %j',
    (u) => {
      expect(() => analyzeUrl(u, { config: rulesOnly })).toThrowError(VigilError);
      try {
        analyzeUrl(u, { config: rulesOnly });
      } catch (err) {
        expect((err as VigilError).code).toBe('E_INVALID_URL');
      }
    },
  );
  it.each(['', 'a b', 'http://x.example/', 'user@x.example', 'x..example', '-'.repeat(300)])(
    'throws E_INVALID_DOMAIN for %j',
    (d) => {
      try {
        analyzeDomain(d, { config: rulesOnly });
        expect.unreachable();
      } catch (err) {
        expect((err as VigilError).code).toBe('E_INVALID_DOMAIN');
      }
    },
  );
  it('a domain verdict names the imitated domain', () => {
    const v = analyzeDomain('micros0ft-sso-verify.com', { config: rulesOnly, target: 'cli-arg' });
    expect(v).toMatchObject({
      kind: 'domain',
      target: 'cli-arg',
      verdict: 'malicious',
      categories: ['lookalike_domain'],
    });
    expect(v.signals[0]!.message).toContain('microsoft.com');
  });
  it('is deterministic apart from elapsed_ms', () => {
    const a = analyzeUrl('https://paypa1.com/signin', { config: rulesOnly });
    const b = analyzeUrl('https://paypa1.com/signin', {
      config: resolveConfig({ models: { url: null, domain: null } }),
    });
    expect({ ...a, elapsed_ms: 0 }).toEqual({ ...b, elapsed_ms: 0 });
  });
});

describe('with models', () => {
  const domainPath = tinyModel(
    'domain',
    -3,
    { 'consonant run 7': 8, 'length 4-5': -1 },
    { alert_threshold: 0.9, words: ['secure', 'login'] },
  );
  const urlPath = tinyModel('url', -2, {
    'path word "webscr"': 10,
    'path word "leans"': 5.2, // a lone path word has value 0.5: p = sigmoid(-2 + 2.6) = 0.65
    'path word "confident"': 6.6, // p = sigmoid(-2 + 3.3) = 0.79
    'rule: url.host.ip_literal': 1,
  });
  const config = resolveConfig({ models: { url: urlPath, domain: domainPath } });

  it('domain.dga fires above the alert threshold and the verdict explains in words', () => {
    const v = analyzeDomain('xkcdqwrtzplmnbv.example', { config });
    expect(expectFires(v, 'domain.dga')).toMatchObject({ category: 'generated_domain', severity: 'medium' });
    expect(v.model).toMatchObject({ name: 'domain', version: 'test.1' });
    expect(v.model!.top_features[0]!.feature).toBe('consonant run 7');
    expect(
      inspectDomain('xkcdqwrtzplmnbv.example', { config, where: 'header:From' }).dgaScore,
    ).toBeGreaterThan(0.9);
    const clean = analyzeDomain('shop.example', { config });
    // an ordinary short name: the model scores it below the alert threshold
    expectAbsent(clean, 'domain.dga');
  });
  it('url.model.phishing fires from the URL model', () => {
    const r = inspectUrl('http://shop.example/cgi-bin/webscr', { config, where: 'body:html' });
    expect(r.modelScore).toBeGreaterThan(0.9);
    expectFires(r, 'url.model.phishing');
    const v = analyzeUrl('http://shop.example/cgi-bin/webscr', { config });
    expect(v.model!.top_features.map((f) => f.feature)).toContain('path word "webscr"');
    // the same shop's ordinary page
    expectAbsent(
      inspectUrl('http://shop.example/about', { config, where: 'body:html' }),
      'url.model.phishing',
    );
  });
  it('url.model.phishing says how far the score went: low under the midpoint of the thresholds', () => {
    // low is context to a message's evidence gate: a model that only leans towards phishing is not
    // deception on its own (benign newsletters' links scored 0.52-0.70 on mail the model never saw)
    const at = (path: string) => inspectUrl(`http://shop.example/${path}`, { config, where: 'body:html' });
    expect(at('leans').modelScore).toBeCloseTo(0.65, 2);
    expect(expectFires(at('leans'), 'url.model.phishing').severity).toBe('low');
    expect(expectFires(at('confident'), 'url.model.phishing').severity).toBe('medium');
    expect(expectFires(at('webscr'), 'url.model.phishing').severity).toBe('high');
  });
  it('a missing configured model is E_MODEL', () => {
    const bad = resolveConfig({ models: { url: '/nonexistent/url.json', domain: null } });
    try {
      analyzeUrl('https://a.example/', { config: bad });
      expect.unreachable();
    } catch (err) {
      expect((err as VigilError).code).toBe('E_MODEL');
    }
  });
});

describe('hostile input (fixed-seed properties)', () => {
  // prepared once, as a runtime does; a second state checks that cached host results change nothing
  const ctx = { env: prepareUrlEnv(rulesOnly, { url: null, domain: null }), where: 'body:html' };
  const fresh = prepareUrlEnv(rulesOnly, { url: null, domain: null });
  const arbUrl = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(
        fc.constantFrom('http://', 'https://', '//', 'hxxp://', ''),
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom('', '/', '/login?x=', '@', ':99999'),
      )
      .map((t) => t.join('')),
  );
  it('inspectUrl never throws and is deterministic', () => {
    fc.assert(
      fc.property(arbUrl, (u) => {
        const a = inspectUrl(u, ctx);
        const b = inspectUrl(u, { env: fresh, where: 'body:html' });
        expect(b).toEqual(a);
      }),
      { seed: 4242, numRuns: 2000 },
    );
  });
  it('inspectDomain never throws and only ever fires domain signals that quote the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.domain(), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 })),
        (d) => {
          const r = inspectDomain(d, ctx);
          for (const s of r.signals) {
            expect(s.id).toMatch(/^domain\./);
            expect(s.evidence.length).toBeGreaterThan(0);
            for (const e of s.evidence) expect(e.text.length).toBeLessThanOrEqual(Math.max(d.length, 253));
          }
          // a lookalike match and its signal go together
          expect(r.signals.some((s) => s.id.startsWith('domain.lookalike.'))).toBe(r.lookalike !== null);
        },
      ),
      { seed: 4242, numRuns: 2000 },
    );
  });
  it('a 1 MB URL is analysed up to the 8,192-character limit, and the verdict says what was skipped', () => {
    const huge = `https://a.example/${'login/'.repeat(200_000)}?${'a=b&'.repeat(10_000)}`;
    const v = analyzeUrl(huge, { config: rulesOnly });
    expect(v.skipped).toContainEqual({
      what: 'URL characters after #8192',
      why: 'limit 8192 characters per URL',
    });
    // path words are scanned in the first 2,048 characters only: the evidence stays small
    const r = inspectUrl(huge, ctx);
    for (const s of [...v.signals, ...r.signals]) {
      expect(s.message.length).toBeLessThanOrEqual(2048);
      for (const e of s.evidence) expect(e.text.length).toBeLessThanOrEqual(8192);
    }
    const atLimit = `https://a.example/${'x'.repeat(8192 - 'https://a.example/'.length)}`;
    expect(analyzeUrl(atLimit, { config: rulesOnly }).skipped).toEqual([]);
  });
});

describe('in-place n-gram hashing', () => {
  it('scores exactly like the named features', async () => {
    const { dgaProbability, scoreDga } = await import('../../src/url/analyzer.js');
    const { deserializeModel } = await import('../../src/ml/index.js');
    const { readFileSync } = await import('node:fs');
    const weights: Record<string, number> = {};
    for (const g of ['^x', 'xk', 'kcd', 'cdq$', 'q$', '^ab', 'bc', 'e-f'])
      weights[`chars "${g}"`] = g.length / 3;
    weights['length 4-5'] = -0.7;
    const path = tinyModel('domain', 0.1, weights, { words: ['abc', 'def'] });
    const model = deserializeModel(readFileSync(path, 'utf8'));
    for (const label of [
      'xkcdq',
      'abc',
      'e-f',
      'a',
      'paypal',
      'xn--pypal-4ve',
      '0123456789',
      'ab'.repeat(40),
    ]) {
      expect(dgaProbability(model, label)).toBeCloseTo(scoreDga(model, label).p, 12);
    }
  });
});
