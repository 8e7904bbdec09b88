import { describe, expect, it } from 'vitest';
import {
  charGramTokens,
  charNetAttribution,
  charNetMargin,
  deserializeCharNet,
  initCharNet,
  mulberry32,
  rocAuc,
  serializeCharNet,
  trainCharNet,
  type CharNetData,
  type CharNetShape,
} from '../../src/ml/index.js';

const SHAPE: CharNetShape = { buckets: 1 << 10, dim: 8, dense: 1, hidden: 8, maxGram: 3 };

/** Random strings over two alphabets (class 1 uses q x z j, class 0 a e i o), one dense input. */
function toyData(n: number, seed: number, denseSignal: boolean): { data: CharNetData; texts: string[] } {
  const rnd = mulberry32(seed);
  const texts: string[] = [];
  const labels = new Int8Array(n);
  const dense = new Float32Array(n);
  const tok = new Int32Array(256);
  const parts: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const y = i % 2;
    const alpha = y ? 'qxzjbcdf' : 'aeiobcdf';
    let s = '';
    for (let k = 0; k < 8; k++) s += alpha[Math.floor(rnd() * alpha.length)];
    texts.push(s);
    labels[i] = y;
    dense[i] = denseSignal ? y : rnd();
    const c = charGramTokens(s, SHAPE.maxGram, SHAPE.buckets, tok);
    for (let k = 0; k < c; k++) parts.push(tok[k]!);
    offsets[i + 1] = parts.length;
  }
  return { data: { tokens: Int32Array.from(parts), offsets, dense, labels }, texts };
}

function scores(net: ReturnType<typeof initCharNet>, d: CharNetData): number[] {
  return Array.from(d.labels, (_, i) =>
    charNetMargin(net, d.tokens, d.offsets[i]!, d.offsets[i + 1]!, d.dense, i * net.dense),
  );
}

describe('character n-gram tokens', () => {
  it('hashes 1..maxGram-grams of ^text$ into the buckets, marks alone excluded', () => {
    const out = new Int32Array(64);
    // "ab": 1-grams a b; 2-grams ^a ab b$; 3-grams ^ab ab$ → 7
    expect(charGramTokens('ab', 3, 1024, out)).toBe(7);
    for (const t of out.subarray(0, 7)) expect(t).toBeGreaterThanOrEqual(0);
    for (const t of out.subarray(0, 7)) expect(t).toBeLessThan(1024);
    // the same text gives the same tokens; a different one does not
    const again = new Int32Array(64);
    charGramTokens('ab', 3, 1024, again);
    expect([...again.subarray(0, 7)]).toEqual([...out.subarray(0, 7)]);
    const other = new Int32Array(64);
    charGramTokens('ba', 3, 1024, other);
    expect([...other.subarray(0, 7)]).not.toEqual([...out.subarray(0, 7)]);
  });
  it('never writes past the output buffer', () => {
    const out = new Int32Array(5);
    expect(charGramTokens('a'.repeat(100), 4, 1024, out)).toBe(5);
  });
});

describe('character network', () => {
  it('learns which characters mark a class (held-out AUC), from the n-grams alone', () => {
    const train = toyData(2000, 1, false);
    const test = toyData(500, 2, false);
    const untrained = initCharNet(SHAPE, 1);
    const net = trainCharNet(SHAPE, train.data, { epochs: 4, seed: 1, tokenDropout: 0 });
    const auc = rocAuc(scores(net, test.data), test.data.labels)!;
    expect(auc).toBeGreaterThan(0.98);
    // the untrained network is no better than chance on the same rows
    expect(Math.abs(rocAuc(scores(untrained, test.data), test.data.labels)! - 0.5)).toBeLessThan(0.15);
  });

  it('uses the dense inputs (a dense input that is the label is learnt)', () => {
    const rnd = mulberry32(5);
    const n = 1000;
    const labels = new Int8Array(n);
    const dense = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = rnd() < 0.5 ? 1 : 0;
      dense[i] = labels[i]!;
    }
    // no tokens at all: only the dense input can separate the classes
    const data: CharNetData = { tokens: new Int32Array(0), offsets: new Int32Array(n + 1), dense, labels };
    const net = trainCharNet(SHAPE, data, { epochs: 3, seed: 1 });
    expect(rocAuc(scores(net, data), labels)).toBe(1);
  });

  it('is deterministic for a seed', () => {
    const { data } = toyData(400, 3, true);
    const a = trainCharNet(SHAPE, data, { epochs: 2, seed: 9 });
    const b = trainCharNet(SHAPE, data, { epochs: 2, seed: 9 });
    expect(Buffer.from(a.emb.buffer).equals(Buffer.from(b.emb.buffer))).toBe(true);
    expect(Buffer.from(a.w1.buffer).equals(Buffer.from(b.w1.buffer))).toBe(true);
    expect(a.b2).toBe(b.b2);
  });

  it('round-trips through JSON with the embedding quantised to int8 (margins within 2 %)', () => {
    const { data } = toyData(600, 4, false);
    const net = trainCharNet(SHAPE, data, { epochs: 2, seed: 1 });
    const json = JSON.parse(JSON.stringify(serializeCharNet(net)));
    const back = deserializeCharNet(json);
    const s0 = scores(net, data);
    const s1 = scores(back, data);
    const span = Math.max(...s0) - Math.min(...s0);
    for (let i = 0; i < s0.length; i++) expect(Math.abs(s0[i]! - s1[i]!)).toBeLessThan(0.02 * span);
    // the same file twice gives the same network
    expect(JSON.stringify(serializeCharNet(back))).toBe(
      JSON.stringify(serializeCharNet(deserializeCharNet(json))),
    );
  });

  it('rejects malformed files with E_MODEL', () => {
    const json = serializeCharNet(initCharNet(SHAPE, 1));
    expect(() => deserializeCharNet({ ...json, format: 'x' })).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
    expect(() => deserializeCharNet({ ...json, buckets: 1000 })).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
    expect(() => deserializeCharNet({ ...json, w1: json.b1 })).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
    expect(() => deserializeCharNet({ ...json, emb_q8: json.b1 })).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
    expect(() => deserializeCharNet(null)).toThrow(expect.objectContaining({ code: 'E_MODEL' }));
  });

  it('rejects a training set whose offsets do not match the labels', () => {
    const { data } = toyData(10, 1, false);
    expect(() => trainCharNet(SHAPE, { ...data, offsets: data.offsets.subarray(0, 5) })).toThrow(
      expect.objectContaining({ code: 'E_DATA' }),
    );
  });
});

describe('character network attribution', () => {
  it('splits the margin exactly into n-grams, dense inputs and the rest', () => {
    const { data } = toyData(300, 6, true);
    const net = trainCharNet(SHAPE, data, { epochs: 2, seed: 1 });
    for (let i = 0; i < 20; i++) {
      const a = charNetAttribution(
        net,
        data.tokens,
        data.offsets[i]!,
        data.offsets[i + 1]!,
        data.dense,
        i,
        [0.5],
      );
      const m = charNetMargin(net, data.tokens, data.offsets[i]!, data.offsets[i + 1]!, data.dense, i);
      expect(a.margin).toBeCloseTo(m, 9);
      expect(a.embedding + a.dense[0]! + a.rest).toBeCloseTo(m, 9);
    }
  });
  it("a dense input's share is what moving it to the baseline takes away (same active units)", () => {
    // one hidden unit that stays active: the network is linear in its inputs
    const net = initCharNet({ buckets: 16, dim: 2, dense: 2, hidden: 1, maxGram: 1 }, 1);
    net.emb.fill(0);
    net.w1.set([0, 0, 3, -1]);
    net.b1[0] = 10;
    net.w2[0] = 2;
    const a = charNetAttribution(net, [], 0, 0, [1, 2], 0, [0, 0]);
    expect(a.margin).toBeCloseTo(2 * (10 + 3 - 2), 9);
    expect(a.dense[0]).toBeCloseTo(6, 9);
    expect(a.dense[1]).toBeCloseTo(-4, 9);
    expect(a.dense[0]).toBeCloseTo(a.margin - charNetMargin(net, [], 0, 0, [0, 2], 0), 9);
    expect(a.rest).toBeCloseTo(20, 9);
  });
});
