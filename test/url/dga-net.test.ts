import { describe, expect, it } from 'vitest';
import { buildDgaTables } from '../../src/url/dga.js';
import {
  DGA_NET_DENSE,
  DGA_NET_DENSE_NAMES,
  DGA_NET_MAX_TOKENS,
  dgaNetDense,
  dgaNetTokens,
} from '../../src/url/dga-net.js';

// hand-written word list and tiers (0 = most common … 7 = rare), not the shipped one
const WORDS = [
  'town',
  'attach',
  'search',
  'involved',
  'winter',
  'proud',
  'face',
  'book',
  'garden',
  'zymurgy',
];
const TIERS = [
  ['town', 'search', 'winter', 'face', 'book'],
  ['attach', 'proud'],
  ['involved', 'garden'],
  [],
  [],
  [],
  [],
  ['zymurgy'],
];
const tables = buildDgaTables(WORDS, TIERS);

function dense(label: string): Record<string, number> {
  const out = new Float32Array(DGA_NET_DENSE);
  dgaNetDense(label, tables, out);
  return Object.fromEntries(DGA_NET_DENSE_NAMES.map((n, i) => [n, out[i]!]));
}

describe('dga-net inputs', () => {
  it('describe how a label splits into dictionary words and how rare they are', () => {
    const d = dense('townattachsearchinvolved');
    expect(d['letters not in dictionary words']).toBe(0);
    expect(d['dictionary words']).toBeCloseTo(4 / 6);
    expect(d['whole label is 2+ dictionary words']).toBe(1);
    expect(d['rarest word']).toBeCloseTo(2 / 7);
    expect(d['shortest word']).toBeCloseTo(0.4);
    const r = dense('gardenzymurgy');
    expect(r['rarest word']).toBe(1);
    // a random label: no words, every letter uncovered
    const x = dense('xqzkvjwp');
    expect(x['letters not in dictionary words']).toBe(1);
    expect(x['dictionary words']).toBe(0);
    expect(x['whole label is 2+ dictionary words']).toBe(0);
    expect(x['rare-letter share']).toBeCloseTo(7 / 8);
  });

  it('describe the character shape', () => {
    const h = dense('59cdcef1c8d74ef8');
    expect(h['hex label']).toBe(1);
    expect(h['digit share']).toBeCloseTo(7 / 16);
    expect(h['length']).toBeCloseTo(1);
    expect(dense('abcdef')['hex label']).toBe(0); // short: not a hash
    const a = dense('aaaa');
    expect(a['entropy']).toBe(0);
    expect(a['distinct-character share']).toBeCloseTo(0.25);
    expect(dense('a-b-c-d')['hyphens']).toBe(1);
    expect(dense('abc1d2')['digit-letter switches']).toBeCloseTo(3 / 8); // c1, 1d, d2
  });

  it('are the same for the same label whatever came before (no state leaks between calls)', () => {
    const a = dense('winterproud');
    dense('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz');
    dense('é-ü-ß');
    expect(dense('winterproud')).toEqual(a);
  });

  it('tokens of a label longer than 63 characters are those of its first 63', () => {
    const tok = new Int32Array(DGA_NET_MAX_TOKENS);
    const long = 'ab'.repeat(100);
    const n = dgaNetTokens(long, { maxGram: 4, buckets: 1 << 16 }, tok);
    const tok2 = new Int32Array(DGA_NET_MAX_TOKENS);
    const n2 = dgaNetTokens(long.slice(0, 63), { maxGram: 4, buckets: 1 << 16 }, tok2);
    expect(n).toBe(n2);
    expect([...tok.subarray(0, n)]).toEqual([...tok2.subarray(0, n2)]);
    expect(n).toBeLessThanOrEqual(DGA_NET_MAX_TOKENS);
  });
});
