/** The blind rounds weigh, per label, as much as the other training sources together (src/train/email.ts). */
import { describe, expect, it } from 'vitest';
import { corpusWeights, trainingFeatures } from '../../src/train/email.js';

const rows = (label: string, source: string, n: number) =>
  Array.from({ length: n }, () => ({ label, source }));

describe('corpusWeights', () => {
  it('weighs each label of the rounds down to the size of the other sources', () => {
    const msgs = [
      ...rows('malicious', 'nazario', 2),
      ...rows('malicious', 'round067', 4),
      ...rows('malicious', 'round068', 4),
      ...rows('benign', 'enron', 3),
      ...rows('benign', 'round067', 12),
    ];
    const w = corpusWeights(msgs)!;
    expect(w.slice(0, 2)).toEqual([1, 1]);
    expect(w.slice(2, 10)).toEqual(Array(8).fill(0.25));
    expect(w.slice(10, 13)).toEqual([1, 1, 1]);
    expect(w.slice(13)).toEqual(Array(12).fill(0.25));
    // per label, the rounds sum to the other sources' count
    const sum = (label: string, rounds: boolean) =>
      msgs.reduce(
        (s, m, i) => s + (m.label === label && /^round\d+$/.test(m.source) === rounds ? w[i]! : 0),
        0,
      );
    expect(sum('malicious', true)).toBe(sum('malicious', false));
    expect(sum('benign', true)).toBe(sum('benign', false));
  });
  it('is null without rounds, or with rounds only (nothing to weigh against)', () => {
    expect(corpusWeights([...rows('malicious', 'nazario', 2), ...rows('benign', 'enron', 2)])).toBeNull();
    expect(corpusWeights([...rows('malicious', 'round067', 2), ...rows('benign', 'round067', 2)])).toBeNull();
  });
  it('leaves a label the other sources lack at weight 1', () => {
    const w = corpusWeights([...rows('malicious', 'nazario', 2), ...rows('benign', 'round070', 3)])!;
    expect(w).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('trainingFeatures', () => {
  const features = new Map([
    ['text: "invoice"', 1],
    ['text: "acme"', 1],
    ['rule: email.content.payment_change', 1],
    ['url: IP address host', 1],
  ]);
  const keep = new Set(['text: "invoice"']);
  it('keeps a dev source its rule signals, and drops the text the vocabulary filter left out', () => {
    expect([...trainingFeatures({ features, source: 'nazario' }, keep).keys()]).toEqual([
      'text: "invoice"',
      'rule: email.content.payment_change',
      'url: IP address host',
    ]);
  });
  it('trains a blind round on its wording and structure, never its rule signals', () => {
    expect([...trainingFeatures({ features, source: 'round067' }, keep).keys()]).toEqual([
      'text: "invoice"',
      'url: IP address host',
    ]);
    expect([...trainingFeatures({ features, source: 'round067' }, null).keys()]).toContain('text: "acme"');
  });
});
