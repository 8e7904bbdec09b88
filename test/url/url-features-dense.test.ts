import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { buildModel, hashFeature, mulberry32, serializeModel, type GbdtTree } from '../../src/ml/index.js';
import { inspectUrl, prepareUrlEnv } from '../../src/url/index.js';
import { trainUrlStackModel, URL_STACK_DEFAULTS } from '../../src/train/url-stack.js';
import { parseUrl } from '../../src/url/parse.js';
import {
  DENSE_URL_FEATURES,
  denseUrlFeatures,
  urlStackOf,
  urlV3Features,
} from '../../src/url/url-features-dense.js';
import type { Signal } from '../../src/core/index.js';

const at = (x: Float64Array, name: string) => x[DENSE_URL_FEATURES.indexOf(name)]!;
const dense = (u: string, signals: Signal[] = [], dga: number | null = null) =>
  denseUrlFeatures(parseUrl(u)!, signals, 0.5, dga);

describe('dense URL features (url/3)', () => {
  it('describe a credential-harvest URL without naming it', () => {
    const x = dense(
      'http://secure-login.paypa1-verify.example/wp-content/plugins/a8f3k2m9q7z1x4c6/signin.php?u=victim%40corp.example',
      [],
      0.8,
    );
    expect(x.length).toBe(DENSE_URL_FEATURES.length);
    expect(at(x, 'linear margin')).toBe(0.5);
    expect(at(x, 'host generated-name score')).toBe(0.8);
    expect(at(x, 'host lure words')).toBe(3); // secure, login, verify
    expect(at(x, 'registrable label hyphens')).toBe(1);
    expect(at(x, 'registrable label digits')).toBe(1);
    expect(at(x, 'path wordpress folder')).toBe(1);
    expect(at(x, 'path file type script')).toBe(1);
    expect(at(x, 'random-looking path segments')).toBe(1);
    expect(at(x, 'path credential words')).toBeGreaterThanOrEqual(1);
    expect(at(x, 'query value holds an email address')).toBe(1);
  });
  it('a documentation link of a legitimate site has none of those', () => {
    const x = dense('https://gardening.example/guide/getting-started/installation.html', [], 0.01);
    for (const f of [
      'host lure words',
      'path wordpress folder',
      'path file type script',
      'random-looking path segments',
      'path credential words',
      'query value holds an email address',
    ])
      expect(at(x, f)).toBe(0);
    expect(at(x, 'path file type page')).toBe(1);
  });
  it('ignore how a list was collected: scheme and www. change nothing', () => {
    expect([...dense('http://www.shop.example/a/b/')]).toEqual([...dense('https://shop.example/a/b/')]);
  });
  it("leave a hosting platform's name out: the tenant is the registrable label", () => {
    const x = dense('https://mybank-login.weebly.com/');
    expect(at(x, 'registrable label length')).toBe('mybank-login'.length);
    expect(at(x, 'host labels')).toBe(1);
  });
  it('read rule signals as 0/1 inputs, but never the free-hosting or TLD rules', () => {
    const sig = (id: string) => ({ id }) as unknown as Signal;
    const x = dense('https://a.example/', [sig('domain.lookalike.combosquat'), sig('url.host.free_hosting')]);
    expect(at(x, 'rule: domain.lookalike.combosquat')).toBe(1);
    expect(DENSE_URL_FEATURES.some((f) => f.includes('free_hosting') || f.includes('suspicious_tld'))).toBe(
      false,
    );
  });
  it('an absent domain model is -1, not a score', () => {
    expect(at(dense('https://a.example/'), 'host generated-name score')).toBe(-1);
  });
});

/** A url/3 model file: linear weights on url/1 features, one tree on `host lure words`. */
function stackedModel(tree: GbdtTree | Record<string, unknown>, features = [...DENSE_URL_FEATURES]): string {
  const bits = 12;
  const w = new Float32Array(2 ** bits);
  const h = hashFeature('path word "invoice"', bits, true);
  w[h.index] = 2 * h.sign;
  const model = buildModel(
    { bits, bias: -3, weights: w },
    {
      name: 'url',
      version: 'test.3',
      signed: true,
      calibration: { kind: 'platt', a: 1, b: 0 },
      meta: {
        features: urlV3Features('url/1'),
        stack_base: 'url/1',
        trees: { features, base: 0, trees: [tree] },
      },
    },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-url3-')), 'url.json');
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  return path;
}

// leaf values: the linear margin passes through only where it is read; lure words in the host add 8
const lure = DENSE_URL_FEATURES.indexOf('host lure words');
const TREE: GbdtTree = {
  feature: [lure, -1, -1],
  threshold: [1, 0, 0],
  left: [1, -1, -1],
  right: [2, -1, -1],
  value: [0, -4, 4],
};

describe('a url/3 model in the analyzer', () => {
  it('scores through the trees: host lure words raise the score the linear part alone keeps low', () => {
    const config = resolveConfig({ models: { url: stackedModel(TREE), domain: null } });
    const phish = inspectUrl('https://secure-login.shop.example/a', { config, where: 'body:html' });
    const plain = inspectUrl('https://garden.shop.example/a', { config, where: 'body:html' });
    expect(phish.modelScore).toBeGreaterThan(0.95);
    expect(plain.modelScore).toBeLessThan(0.05);
    expect(phish.signals.map((s) => s.id)).toContain('url.model.phishing');
    expect(plain.signals.map((s) => s.id)).not.toContain('url.model.phishing');
  });
  it('a model whose trees cannot be read is E_MODEL when it is loaded', () => {
    const load = (path: string) => {
      const config = resolveConfig({ models: { url: path, domain: null } });
      return () => inspectUrl('https://a.example/', { config, where: 'body:html' });
    };
    const looping = { ...TREE, left: [0, -1, -1] };
    expect(load(stackedModel(looping))).toThrow(expect.objectContaining({ code: 'E_MODEL' }));
    expect(load(stackedModel(TREE, ['other input']))).toThrow(expect.objectContaining({ code: 'E_MODEL' }));
    expect(load(stackedModel({ feature: ['x'] }))).toThrow(expect.objectContaining({ code: 'E_MODEL' }));
    expect(load(stackedModel({ ...TREE, feature: [DENSE_URL_FEATURES.length, -1, -1] }))).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
  });
  it('url/1 and url/2 models have no stack', () => {
    const config = resolveConfig({ models: { domain: null } });
    const env = prepareUrlEnv(config, { url: null, domain: null });
    expect(env.urlModel).toBeNull();
    expect(
      urlStackOf(
        buildModel(
          { bits: 12, bias: 0, weights: new Float32Array(4096) },
          {
            name: 'url',
            version: 't',
            signed: true,
            calibration: { kind: 'identity' },
            meta: { features: 'url/2: x' },
          },
        ),
      ),
    ).toBeNull();
  });
});

describe('training a url/3 model', () => {
  it('stacks trees on out-of-fold linear margins and ships both', () => {
    const rnd = mulberry32(5);
    const word = () => ['garden', 'river', 'stone', 'maple', 'cedar'][Math.floor(rnd() * 5)]!;
    const rows = [
      // phishing: lure words in a hyphenated host, random path segments
      ...Array.from({ length: 80 }, (_, i) => ({
        url: `http://secure-login-${word()}${i}.example/x/${Math.floor(rnd() * 1e9).toString(36)}a9k${i}q2z7/`,
        malicious: true,
        source: 'phish',
      })),
      ...Array.from({ length: 80 }, (_, i) => ({
        url: `https://${word()}${i}.example/guide/${word()}.html`,
        malicious: false,
        source: i % 4 === 0 ? 'mail_test' : 'docs',
      })),
    ];
    const o = { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 };
    const r = trainUrlStackModel(
      rows,
      {
        ...o,
        base: 'url/1',
        mailWeight: 2,
        trees: { ...URL_STACK_DEFAULTS.trees, trees: 20, minChildWeight: 1 },
      },
      't.3',
    );
    expect(String(r.model.meta.features)).toMatch(/^url\/3/);
    expect(r.model.meta.stack_base).toBe('url/1');
    expect(r.model.meta.mail_weight).toBe(2);
    expect(urlStackOf(r.model)!.trees.trees.length).toBe(20);
    expect(r.cv.auc).toBeGreaterThan(0.9);
    expect(r.oof).toHaveLength(160);
    expect(r.splits.length).toBeGreaterThan(0);
  });
});
