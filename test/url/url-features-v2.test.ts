import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { buildModel, hashFeature, mulberry32, serializeModel } from '../../src/ml/index.js';
import { inspectUrl } from '../../src/url/index.js';
import { trainUrlModel } from '../../src/train/index.js';
import { parseUrl, type ParsedUrl } from '../../src/url/parse.js';
import { URL_FEATURES_V2, urlExplainV2, urlFeaturesV2, urlMarginV2 } from '../../src/url/url-features-v2.js';
import { contributions, fastMargin } from '../../src/url/models.js';
import { urlFeatures } from '../../src/url/url-model.js';
import type { Signal } from '../../src/core/index.js';

function tinyModel(
  name: 'url' | 'domain',
  bias: number,
  weights: Record<string, number>,
  meta: Record<string, unknown> = {},
): string {
  const bits = 12;
  const w = new Float32Array(2 ** bits);
  for (const [f, v] of Object.entries(weights)) {
    const { index, sign } = hashFeature(f, bits, true);
    w[index] = v * sign;
  }
  const model = buildModel(
    { bits, bias, weights: w },
    { name, version: 'test.2', signed: true, calibration: { kind: 'platt', a: 1, b: 0 }, meta },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-url2-')), `${name}.json`);
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  return path;
}

const dgaSignal = {
  id: 'domain.dga',
  category: 'generated_domain',
  severity: 'medium',
  message: 'x',
  evidence: [],
} as unknown as Signal;

describe('url/2 features', () => {
  const p = parseUrl('https://secure-login.shop.example/wp-includes/js/a8f3k2m9q7z1x4c6/signin.php?email=x')!;
  it('adds path 4-grams, path shape and host word structure to the url/1 features', () => {
    const v1 = urlFeatures(p, []);
    const v2 = urlFeaturesV2(p, [], 0.93);
    expect(v2.names.slice(0, v1.names.length)).toEqual(v1.names);
    expect(v2.names).toContain('path chars "/wp-"');
    expect(v2.names).toContain('path chars "lude"');
    expect(v2.names).toContain('path segments 4');
    expect(v2.names).toContain('random-looking path segments 1');
    expect(v2.names).toContain('host generated-name score 0.9-1');
    expect(v2.names).toContain('registrable label parts 1');
  });
  it('reads every digit of a path as 0 (a year in a path dates the list, not the URL)', () => {
    const a = urlFeaturesV2(parseUrl('https://news.example/2007/05/story.html')!, [], null).names;
    const b = urlFeaturesV2(parseUrl('https://news.example/2025/11/story.html')!, [], null).names;
    expect(a).toContain('path chars "/000"');
    expect(a.some((n) => n.includes('2007') || n.includes('"/200'))).toBe(false);
    expect(a.filter((n) => n.startsWith('path chars'))).toEqual(b.filter((n) => n.startsWith('path chars')));
  });
  it('names what query values hold, never the values', () => {
    const q = urlFeaturesV2(
      parseUrl(
        'https://a.example/r?u=victim%40corp.example&t=QmFzZTY0IGVuY29kZWQgdG9rZW4gb2YgYSBjYW1wYWlnbg',
      )!,
      [],
      null,
    );
    expect(q.names).toContain('query value holds a long encoded token');
    expect(q.names.some((n) => n.includes('victim'))).toBe(false);
    // an address in a value is not a feature at all: crawled benign pages never carry a recipient,
    // so it was learnt as phishing and flagged newsletters' subscriber links
    expect(q.names.some((n) => /address|@|%40/i.test(n))).toBe(false);
    expect(
      urlFeaturesV2(parseUrl('https://a.example/r?page=2')!, [], null).names.some((n) =>
        n.startsWith('query value holds'),
      ),
    ).toBe(false);
    expect(urlFeaturesV2(p, [], null).names).toContain('host 4-chars "logi"');
  });
  it("host 4-grams leave out a hosting platform's name (a collection artefact of the data)", () => {
    const f = urlFeaturesV2(parseUrl('https://mybank-login.weebly.com/')!, [], null).names;
    expect(f).toContain('host 4-chars "bank"');
    expect(f.some((n) => /host 4-chars ".*(weeb|eebl|ebly)/.test(n))).toBe(false);
  });
  it('the host score is absent without a domain model, and domain.dga is never a learnt rule', () => {
    expect(urlFeaturesV2(p, [dgaSignal], null).names.some((n) => n.startsWith('host generated-name'))).toBe(
      false,
    );
    expect(urlFeaturesV2(p, [dgaSignal], 0.2).names).not.toContain('rule: domain.dga');
    expect(urlFeatures(p, [dgaSignal]).names).toContain('rule: domain.dga');
  });
  it('a legitimate documentation link gets no random-segment feature', () => {
    const doc = urlFeaturesV2(
      parseUrl('https://docs.example/guide/getting-started/installation.html')!,
      [],
      0.01,
    );
    expect(doc.names.some((n) => n.startsWith('random-looking'))).toBe(false);
    expect(doc.names).toContain('host generated-name score 0-0.1');
  });
});

describe('a url/2 model in the analyzer reads the domain model score of the host', () => {
  const domain = tinyModel(
    'domain',
    -4,
    { 'consonant run 7': 9 },
    { alert_threshold: 0.99, words: ['shop'] },
  );
  const url2 = tinyModel('url', -3, { 'host generated-name score 0.9-1': 6 }, { features: URL_FEATURES_V2 });
  const url1 = tinyModel('url', -3, { 'host generated-name score 0.9-1': 6 }, { features: 'url/1: test' });
  it('a generated host raises the url/2 score', () => {
    const config = resolveConfig({ models: { url: url2, domain } });
    const r = inspectUrl('https://xkcdqwrtzplmnbv.example/index.html', { config, where: 'body:html' });
    expect(r.dgaScore).toBeGreaterThan(0.9);
    expect(r.modelScore).toBeGreaterThan(0.9);
    expect(r.signals.map((s) => s.id)).toContain('url.model.phishing');
    // a word-like host on the same path: low generated-name score, the model stays low
    const clean = inspectUrl('https://gardenshop.example/index.html', { config, where: 'body:html' });
    expect(clean.modelScore).toBeLessThan(0.5);
  });
  it('a url/1 model never sees the url/2 features', () => {
    const config = resolveConfig({ models: { url: url1, domain } });
    expect(
      inspectUrl('https://xkcdqwrtzplmnbv.example/index.html', { config, where: 'body:html' }).modelScore,
    ).toBeLessThan(0.5);
  });
});

describe('training a url/2 model', () => {
  it('records url/2 in the model and uses the host score', () => {
    const rnd = mulberry32(9);
    const letters = 'bcdfghjklmnpqrstvwxz';
    const randomLabel = () =>
      Array.from(
        { length: 12 + Math.floor(rnd() * 6) },
        () => letters[Math.floor(rnd() * letters.length)],
      ).join('');
    const rows = [
      ...Array.from({ length: 60 }, (_, i) => ({
        url: `http://${randomLabel()}.example/a/${i}`,
        malicious: true,
        source: 'phish',
      })),
      ...Array.from({ length: 60 }, (_, i) => ({
        url: `https://garden${i}.example/a/${i}`,
        malicious: false,
        source: 'docs',
      })),
    ];
    const domainModel = tinyModel(
      'domain',
      -4,
      { 'consonant run 7': 9 },
      { alert_threshold: 0.99, words: ['garden'] },
    );
    const o = { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 };
    const r = trainUrlModel(rows, { ...o, domainModel }, 't.2');
    expect(String(r.model.meta.features)).toMatch(/^url\/2/);
    const h = hashFeature('host generated-name score 0.9-1', 12, true);
    expect(r.model.weights[h.index]! * h.sign).toBeGreaterThan(0);
    const v1 = trainUrlModel(rows, { ...o, features: 'url/1' }, 't.1');
    expect(String(v1.model.meta.features)).toMatch(/^url\/1/);
  });
});

describe('training with benign mail links weighted', () => {
  // phishing and a few benign mail links share a tracking-path word; the list's benign rows never have it
  const rows = [
    ...Array.from({ length: 60 }, (_, i) => ({
      url: `http://host${i}.example/track/${i}`,
      malicious: true,
      source: 'phish',
    })),
    ...Array.from({ length: 60 }, (_, i) => ({
      url: `https://site${i}.example/docs/${i}`,
      malicious: false,
      source: 'docs',
    })),
    ...Array.from({ length: 10 }, (_, i) => ({
      url: `https://news${i}.example/track/${i}`,
      malicious: false,
      source: 'mail_list',
    })),
  ];
  const o = {
    bits: 12,
    epochs: 3,
    l1: 0.1,
    l2: 1,
    alpha: 0.1,
    seed: 1,
    folds: 3,
    features: 'url/1' as const,
  };
  const weightOf = (m: ReturnType<typeof trainUrlModel>['model'], f: string) => {
    const h = hashFeature(f, 12, true);
    return m.weights[h.index]! * h.sign;
  };
  it('learns each mail link N times, scores and counts it once', () => {
    const once = trainUrlModel(rows, o, 't.1');
    const heavy = trainUrlModel(rows, { ...o, mailWeight: 5 }, 't.5');
    expect(heavy.model.meta.mail_weight).toBe(5);
    expect(once.model.meta.mail_weight).toBeUndefined();
    expect(heavy.oof).toHaveLength(rows.length);
    expect(heavy.cv.n_benign).toBe(70);
    expect(weightOf(heavy.model, 'path word "track"')).toBeLessThan(
      weightOf(once.model, 'path word "track"'),
    );
  });
});

describe('url/2 margin with the 4-grams hashed in place (urlMarginV2)', () => {
  // every bucket weighted, so a gram hashed to the wrong bucket changes the sum
  const bits = 14;
  const rnd = mulberry32(5);
  const model = buildModel(
    { bits, bias: -1.25, weights: Float32Array.from({ length: 2 ** bits }, () => rnd() * 8 - 4) },
    { name: 'url', version: 't.2', signed: true, calibration: { kind: 'platt', a: 1, b: 0 }, meta: {} },
  );
  const reference = (p: ParsedUrl, signals: Signal[], dga: number | null) => {
    const f = urlFeaturesV2(p, signals, dga);
    return fastMargin(model, f.names, f.values);
  };
  it('equals the margin of the named features, to the last bit (fixed-seed property)', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/);
    const segment = fc.stringMatching(/^[A-Za-z0-9._~%@-]{0,24}$/);
    const url = fc
      .tuple(
        fc.array(label, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('example', 'test', 'co.uk', 'weebly.com', 'github.io'),
        fc.array(segment, { maxLength: 8 }),
        fc.option(fc.stringMatching(/^[a-z]{1,6}=[A-Za-z0-9%@.]{0,60}(&[a-z]{1,4}=[a-z0-9]{0,8})?$/)),
        fc.boolean(),
      )
      .map(([ls, suffix, segs, q, ip]) =>
        ip
          ? `http://192.0.2.${ls[0]!.length}/${segs.join('/')}`
          : `https://${ls.join('.')}.${suffix}/${segs.join('/')}${q ? `?${q}` : ''}`,
      );
    const dga = fc.option(fc.double({ min: 0, max: 1, noNaN: true }));
    let compared = 0;
    fc.assert(
      fc.property(url, dga, fc.boolean(), (u, d, withSignal) => {
        const p = parseUrl(u);
        if (!p) return;
        const signals = withSignal ? [dgaSignal] : [];
        expect(Object.is(urlMarginV2(model, p, signals, d), reference(p, signals, d))).toBe(true);
        compared++;
      }),
      { seed: 2026, numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(300);
  });
  it('explained: the same margin, every named contribution (n-grams: the top ones) and the same top features (fixed-seed property)', () => {
    const top = (c: Map<string, number>) =>
      [...c]
        .filter(([, v]) => Math.abs(v) > 1e-6)
        .map(([f, v]) => [f, Math.round(v * 10_000) / 10_000] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .filter(([, v]) => v > 0)
        .slice(0, 8);
    const seg = fc.stringMatching(/^[a-z0-9._-]{0,20}$/);
    let withGramsOnTop = 0;
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 6 }), fc.stringMatching(/^[a-z0-9-]{1,30}$/), (segs, host) => {
        const p = parseUrl(`https://${host}.example/${segs.join('/')}`);
        if (!p) return;
        const f = urlFeaturesV2(p, [], 0.3);
        const ref = contributions(model, f.names, f.values);
        const got = urlExplainV2(model, p, [], 0.3, 8);
        expect(Object.is(got.margin, fastMargin(model, f.names, f.values))).toBe(true);
        for (const [name, v] of got.contributions) expect(Object.is(v, ref.get(name))).toBe(true);
        for (const [name, v] of ref)
          if (!/^(path chars|host 4-chars|host chars) /.test(name))
            expect(got.contributions.get(name)).toBe(v);
        expect(top(got.contributions)).toEqual(top(ref));
        if (top(ref).some(([n]) => n.startsWith('path chars'))) withGramsOnTop++;
      }),
      { seed: 31, numRuns: 300 },
    );
    expect(withGramsOnTop).toBeGreaterThan(50);
  });
  it('a long path with digits and a long host: every gram counted', () => {
    const p = parseUrl(
      `https://${'ab12-cd'.repeat(12)}.example/${'wp-includes/2007/x9z'.repeat(9)}/signin.php?email=a%40b.example`,
    )!;
    const f = urlFeaturesV2(p, [], 0.4);
    expect(f.names.filter((n) => n.startsWith('path chars')).length).toBe(96);
    expect(urlMarginV2(model, p, [], 0.4)).toBe(reference(p, [], 0.4));
  });
});
