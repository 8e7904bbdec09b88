import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { buildModel, hashFeature, mulberry32, serializeModel } from '../../src/ml/index.js';
import { trainUrlModel } from '../../src/train/index.js';
import { inspectUrl } from '../../src/url/index.js';
import { contributions, fastMargin } from '../../src/url/models.js';
import {
  URL_FEATURES_V2,
  URL_FEATURES_V4,
  urlExplainV2,
  urlFeaturesV2,
  urlMarginV2,
} from '../../src/url/url-features-v2.js';
import { LURE_WORDS } from '../../src/url/lists.js';
import { parseUrl, type ParsedUrl } from '../../src/url/parse.js';
import {
  BRAND_AND_LURE,
  BRAND_FEATURES,
  COMMON_BRAND,
  BrandFlag,
  GLUED_LURE,
  MAX_HOST_WORD,
  MIN_GLUED_BRAND,
  MIN_NEAR_BRAND,
  brandDomains,
  brandFlags,
  brandTokens,
  emitBrandFeatures,
} from '../../src/url/url-features-brand.js';

const parsed = (u: string): ParsedUrl => {
  const p = parseUrl(u);
  if (!p) throw new Error(u);
  return p;
};
const names = (u: string): string[] => {
  const out: string[] = [];
  emitBrandFeatures(parsed(u), { add: (n) => out.push(n) });
  return out;
};

// The same features spelled out with slices and sets: brandFlags must agree with it.
const TOKENS = brandTokens();
const DOMAINS = brandDomains();
const NEAR = new Set<string>();
for (const [t, strong] of TOKENS) {
  if (!strong || t.length < MIN_NEAR_BRAND) continue;
  NEAR.add(t);
  for (let i = 0; i < t.length; i++) NEAR.add(t.slice(0, i) + t.slice(i + 1));
}
function glued(w: string, min: number, max: number, has: (s: string) => boolean): boolean {
  for (let i = 0; i < w.length; i++)
    for (let len = min; len <= max && i + len <= w.length; len++)
      if (len < w.length && has(w.slice(i, i + len))) return true;
  return false;
}
function naiveFlags(p: ParsedUrl): number {
  if (p.ip) return 0;
  const own = p.registrableDomain !== null && DOMAINS.has(p.registrableDomain);
  let flags = 0;
  const scan = (text: string, where: number) => {
    for (const w0 of text.split(/[.\-_]+/)) {
      const w = w0.slice(0, MAX_HOST_WORD);
      if (!w || w === 'www') continue;
      const tok = TOKENS.get(w);
      if (!own) {
        if (tok === true) flags |= where ? BrandFlag.BrandLabel : BrandFlag.BrandSub;
        else if (tok === false) flags |= BrandFlag.CommonBrandHost;
        else if (w.length >= 6 && glued(w, MIN_GLUED_BRAND, 24, (s) => TOKENS.get(s) === true))
          flags |= BrandFlag.GluedBrandHost;
        if (tok === undefined && w.length >= MIN_NEAR_BRAND && w.length <= 25) {
          let hit = NEAR.has(w);
          for (let i = 0; i < w.length && !hit; i++) hit = NEAR.has(w.slice(0, i) + w.slice(i + 1));
          if (hit) flags |= BrandFlag.NearBrandHost;
        }
      }
      if (LURE_WORDS.has(w)) flags |= BrandFlag.LureHost;
      else if (w.length >= 6 && glued(w, GLUED_LURE[0], GLUED_LURE[1], (s) => LURE_WORDS.has(s)))
        flags |= BrandFlag.GluedLureHost;
    }
  };
  if (p.registrableDomain && p.subdomain) scan(p.subdomain, 0);
  scan(p.label || p.host.split('.')[0]!, 1);
  return flags;
}

describe('url/4 brand and lure words of the host', () => {
  it('names a brand in a subdomain, glued, or misspelt, on hosts that are not the brand', () => {
    expect(names('http://icloud.com-ios.me/')).toContain(BRAND_FEATURES[0]!.name);
    expect(names('https://mfacebook-com.vn/x')).toContain('brand name glued inside a host word');
    expect(names('http://steamcomunity-tradelink.github.io/')).toContain(
      'host word one edit from a brand name',
    );
    expect(names('https://paypal-resolution-center.com/')).toContain(BRAND_FEATURES[1]!.name);
    expect(names('https://secure-login.example.org/')).toContain('lure word in the host');
    expect(names('https://signinverify.example.org/')).toContain('lure word glued inside a host word');
    expect(names('https://appleid.apple.com.verify-login.net/')).toContain(BRAND_AND_LURE.name);
  });

  it("is silent on a brand's own domains, IP hosts and ordinary names", () => {
    expect(names('https://www.paypal.com/signin')).toEqual([]);
    expect(names('https://login.microsoftonline.com/')).not.toContain(BRAND_FEATURES[0]!.name);
    expect(names('http://192.168.0.1/paypal')).toEqual([]);
    expect(names('https://github.com/foo/bar')).toEqual([]);
    // gmail (5 letters) is too short to count glued inside a word; a name in the path is not read
    // an ordinary-word brand name only beside a lure word
    expect(names('http://www.post-gazette.com/')).toEqual([]);
    expect(names('https://apple-verify.example/')).toEqual(['lure word in the host', COMMON_BRAND.name]);
    expect(names('http://qmail-scanner.sf.net/')).not.toContain('host word one edit from a brand name');
    expect(names('http://enigmail.mozdev.org/')).not.toContain('brand name glued inside a host word');
    expect(names('http://www.networkworld.com/news/2007/adobe-ceo-responds-to-microsofts.html')).toEqual([]);
  });

  it('agrees with the spelled-out version', () => {
    const hosts = [
      'http://upholdfdlogin.weebly.com/',
      'https://secure.paypa1.com.account-verify.xyz/a',
      'https://netflix-billing-update.info/',
      'https://www.amazon.co.uk.orderstatus.help/',
      'https://docusign.sharepoint.com/sites/x',
      'https://outlook-office365-mail.web.app/',
      'https://chase.bankonline-secure.com/',
      'https://a.b.c.d.e.example.com/',
      'https://xn--pypal-4ve.com/',
      `https://${'a'.repeat(40)}paypal.example/`,
      'https://www.microsoftonlinesupport.net/',
    ];
    for (const u of hosts) expect([u, brandFlags(parsed(u))]).toEqual([u, naiveFlags(parsed(u))]);
    const word = fc.string({ unit: fc.constantFrom(...'paylogincufebkmsotrd0-'.split('')), maxLength: 36 });
    fc.assert(
      fc.property(word, word, fc.constantFrom('com', 'net', 'co.uk', 'pages.dev'), (a, b, sfx) => {
        const u = `https://${a ? `${a}.` : ''}${b || 'x'}.${sfx}/`;
        const p = parseUrl(u);
        if (!p) return;
        expect(brandFlags(p)).toBe(naiveFlags(p));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});

describe('url/4: url/2 followed by the brand words of the host', () => {
  const bits = 14;
  const rnd = mulberry32(7);
  const model = buildModel(
    { bits, bias: -0.5, weights: Float32Array.from({ length: 2 ** bits }, () => rnd() * 8 - 4) },
    { name: 'url', version: 't.4', signed: true, calibration: { kind: 'platt', a: 1, b: 0 }, meta: {} },
  );
  const urls = [
    'http://icloud.com-ios.me/',
    'https://paypal-resolution-center.com/signin?x=1',
    'http://steamcomunity-tradelink.github.io/trade/offer',
    'https://secure-login.example.org/account/verify',
    'https://docs.example.org/guide/intro.html',
  ];
  it('urlMarginV2 and urlExplainV2 equal the margin of the named features, to the last bit', () => {
    for (const u of urls) {
      const p = parsed(u);
      const f = urlFeaturesV2(p, [], 0.2, [], [], true);
      const plain = urlFeaturesV2(p, [], 0.2);
      expect(f.names.slice(0, plain.names.length)).toEqual(plain.names);
      expect(f.names.slice(plain.names.length)).toEqual(names(u));
      expect(Object.is(urlMarginV2(model, p, [], 0.2, true), fastMargin(model, f.names, f.values))).toBe(
        true,
      );
      const got = urlExplainV2(model, p, [], 0.2, 8, true);
      expect(Object.is(got.margin, fastMargin(model, f.names, f.values))).toBe(true);
      const ref = contributions(model, f.names, f.values);
      for (const n of names(u)) expect(got.contributions.get(n)).toBe(ref.get(n));
    }
  });

  const tiny = (features: string) => {
    const w = new Float32Array(2 ** 12);
    const { index, sign } = hashFeature('host word one edit from a brand name', 12, true);
    w[index] = 8 * sign;
    const m = buildModel(
      { bits: 12, bias: -3, weights: w },
      {
        name: 'url',
        version: 't.4',
        signed: true,
        calibration: { kind: 'platt', a: 1, b: 0 },
        meta: { features },
      },
    );
    const path = join(mkdtempSync(join(tmpdir(), 'vigil-url4-')), 'url.json');
    writeFileSync(path, JSON.stringify(serializeModel(m)));
    return path;
  };
  it('the analyzer reads them for a url/4 model only', () => {
    const u = 'https://steamcomunity.example/offer';
    const v4 = inspectUrl(u, {
      config: resolveConfig({ models: { url: tiny(URL_FEATURES_V4) } }),
      where: 'body:html',
    });
    const v2 = inspectUrl(u, {
      config: resolveConfig({ models: { url: tiny(URL_FEATURES_V2) } }),
      where: 'body:html',
    });
    expect(v4.modelScore).toBeGreaterThan(0.9);
    expect(v2.modelScore).toBeLessThan(0.1);
  });

  it('training with features url/4 records it and learns the classes', () => {
    const brands = ['paypal', 'netflix', 'docusign', 'coinbase', 'dropbox', 'linkedin'];
    const rows = [
      ...Array.from({ length: 60 }, (_, i) => ({
        url: `https://${brands[i % brands.length]}.account${i}.example/a`,
        malicious: true,
        source: 'phish',
      })),
      ...Array.from({ length: 60 }, (_, i) => ({
        url: `https://docs.site${i}.example/a`,
        malicious: false,
        source: 'docs',
      })),
    ];
    const o = { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 };
    const r = trainUrlModel(rows, { ...o, features: 'url/4' }, 't.4');
    expect(String(r.model.meta.features)).toMatch(/^url\/4/);
    const h = hashFeature(BRAND_FEATURES[0]!.name, 12, true);
    expect(r.model.weights[h.index]! * h.sign).toBeGreaterThan(0);
  });
});
