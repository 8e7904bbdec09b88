import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import {
  buildModel,
  deserializeModel,
  initCharNet,
  mulberry32,
  serializeCharNet,
  serializeModel,
} from '../../src/ml/index.js';
import { dgaProbability, prepareUrlEnv, scoreDga } from '../../src/url/analyzer.js';
import { buildDgaTables } from '../../src/url/dga.js';
import { DGA_NET_DENSE, dgaNetMargin, domainNetOf } from '../../src/url/dga-net.js';
import { analyzeDomain } from '../../src/url/index.js';
import { combineDomainNet, trainDomainNet } from '../../src/train/domain-net.js';
import { trainDomainModel } from '../../src/train/index.js';

const TIERS = [
  ['town', 'search', 'winter', 'face', 'book', 'shop'],
  ['attach', 'proud'],
  ['involved', 'garden'],
];
const WORDS = TIERS.flat();

/** A linear domain model with zero weights (bias -3) carrying the given network. */
function modelWithNet(charnet: unknown, mean: unknown = new Array(DGA_NET_DENSE).fill(0)) {
  const model = buildModel(
    { bits: 12, bias: -3, weights: new Float32Array(1 << 12) },
    {
      name: 'domain',
      version: 'test.net',
      signed: true,
      calibration: { kind: 'platt', a: 1, b: 0 },
      meta: { alert_threshold: 0.9, words: WORDS, word_tiers: TIERS, charnet, charnet_dense_mean: mean },
    },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-net-')), 'domain.json');
  writeFileSync(path, JSON.stringify(serializeModel(model)));
  return path;
}

/** A network whose output is large when the "rare-letter share" input is high (index 10). */
function rareLetterNet() {
  const net = initCharNet({ buckets: 1 << 8, dim: 4, dense: DGA_NET_DENSE, hidden: 2, maxGram: 2 }, 1);
  net.emb.fill(0);
  net.w1.fill(0);
  net.w1[4 + 10] = 1; // hidden 0 reads rare-letter share
  net.w2.fill(0);
  net.w2[0] = 20;
  return net;
}

describe('a domain model with a character network', () => {
  const path = modelWithNet(serializeCharNet(rareLetterNet()));
  const config = resolveConfig({ models: { domain: path, url: null } });
  it('adds the network to the score: fires on rare letters, explained by the network input in words', () => {
    const v = analyzeDomain('qxzjkvwqxz.example', { config });
    expect(v.signals.map((s) => s.id)).toContain('domain.dga');
    expect(v.model!.top_features[0]!.feature).toBe('network: rare-letter share');
    // the linear part alone (bias -3, no weights) would score 0.047
    expect(analyzeDomain('gardenshop.example', { config }).signals.map((s) => s.id)).not.toContain(
      'domain.dga',
    );
  });
  it('the hot path and the named path give the same probability', () => {
    const model = deserializeModel(readFileSync(path, 'utf8'));
    for (const label of ['qxzjkvwqxz', 'gardenshop', 'a', 'x'.repeat(80), '55be98592d81905d']) {
      expect(dgaProbability(model, label)).toBeCloseTo(scoreDga(model, label).p, 12);
    }
    const tables = buildDgaTables(WORDS, TIERS);
    const p = dgaProbability(model, 'qxzjkvwqxz', tables);
    expect(p).toBeCloseTo(
      1 / (1 + Math.exp(-(-3 + dgaNetMargin('qxzjkvwqxz', domainNetOf(model)!.net, tables)))),
      9,
    );
  });
  it('a model whose network does not parse fails at load with E_MODEL', () => {
    const bad = modelWithNet({ ...serializeCharNet(rareLetterNet()), w1: 'AAAA' });
    const model = deserializeModel(readFileSync(bad, 'utf8'));
    expect(() => prepareUrlEnv(resolveConfig({}), { url: null, domain: model })).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
    const noMean = deserializeModel(
      readFileSync(modelWithNet(serializeCharNet(rareLetterNet()), [1, 2]), 'utf8'),
    );
    expect(() => prepareUrlEnv(resolveConfig({}), { url: null, domain: noMean })).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
  });
});

describe('training the network beside the linear model', () => {
  it('combines out-of-fold margins row by row and ships the network and its input means', () => {
    const rnd = mulberry32(3);
    const letters = 'qxzjkvwbcdfghlmnprst';
    const rows = [
      ...Array.from({ length: 120 }, (_, i) => ({
        domain: `${Array.from({ length: 10 }, () => letters[Math.floor(rnd() * letters.length)]).join('')}.example`,
        malicious: true,
        family: `fam${i % 3}`,
      })),
      ...Array.from({ length: 120 }, (_, i) => ({
        domain: `${TIERS[0]![i % 6]}${TIERS[2]![i % 2]}${i}.example`,
        malicious: false,
        family: '',
      })),
    ];
    const o = { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3, wordTiers: TIERS };
    const lin = trainDomainModel(rows, WORDS, o, 't.3');
    const net = trainDomainNet(rows, WORDS, TIERS, {
      folds: 3,
      seed: 1,
      epochs: 3,
      shape: { buckets: 1 << 10, dim: 8, hidden: 8 },
    });
    expect(net.oof.map((r) => r.url)).toEqual(lin.oof!.map((r) => r.url));
    const both = combineDomainNet(lin, net, 3, lin.cv.grouping);
    both.oof!.forEach((r, i) => expect(r.margin).toBeCloseTo(lin.oof![i]!.margin + net.oof[i]!.margin, 9));
    expect(both.cv.auc).toBeGreaterThan(0.95);
    expect(domainNetOf(both.model)).not.toBeNull();
    expect((both.model.meta.charnet_dense_mean as number[]).length).toBe(DGA_NET_DENSE);
    // rows that differ cannot be combined
    expect(() => combineDomainNet(lin, { ...net, oof: net.oof.slice(1) }, 3, '')).toThrow(
      expect.objectContaining({ code: 'E_DATA' }),
    );
  });
});
