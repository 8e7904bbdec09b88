import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/ml/index.js';
import { trainDomainModel, trainUrlModel } from '../../src/train/index.js';

describe('training on small synthetic data', () => {
  const rnd = mulberry32(7);
  const letters = 'bcdfghjklmnpqrstvwxz';
  const randomLabel = () =>
    Array.from(
      { length: 12 + Math.floor(rnd() * 6) },
      () => letters[Math.floor(rnd() * letters.length)],
    ).join('');
  const words = [
    'shop',
    'news',
    'blue',
    'garden',
    'travel',
    'music',
    'photo',
    'city',
    'house',
    'market',
    'green',
    'home',
  ];
  const wordLabel = () => words[Math.floor(rnd() * words.length)]! + words[Math.floor(rnd() * words.length)]!;

  it('trains a domain model with leave-family-out CV and a threshold', () => {
    const rows = [
      ...Array.from({ length: 120 }, (_, i) => ({
        domain: `${randomLabel()}${i}.example`,
        malicious: true,
        family: i % 3 === 0 ? 'fam-a' : i % 3 === 1 ? 'fam-b' : 'fam-c',
      })),
      ...Array.from({ length: 120 }, (_, i) => ({
        domain: `${wordLabel()}${i % 2 ? '' : 'x'}.example`,
        malicious: false,
        family: '',
      })),
    ];
    const r = trainDomainModel(
      rows,
      words,
      { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 },
      'test.1',
    );
    expect(r.model).toMatchObject({ name: 'domain', version: 'test.1', bits: 12 });
    expect(r.cv.slices.map((s) => s.slice)).toEqual(['benign', 'fam-a', 'fam-b', 'fam-c']);
    expect(r.cv.auc).toBeGreaterThan(0.8);
    expect(typeof r.model.meta.alert_threshold).toBe('number');
    expect(r.model.meta.words).toContain('garden');
  });

  it('trains a URL model grouped by registrable domain', () => {
    const rows = [
      ...Array.from({ length: 80 }, (_, i) => ({
        url: `http://${randomLabel()}.example/secure/login/verify.php?id=${i}`,
        malicious: true,
        source: 'phish-a',
      })),
      ...Array.from({ length: 80 }, (_, i) => ({
        url: `https://docs${i % 10}.example/guide/${wordLabel()}.html`,
        malicious: false,
        source: 'docs',
      })),
      { url: 'not a url at all', malicious: false, source: 'docs' },
    ];
    const r = trainUrlModel(
      rows,
      { bits: 12, epochs: 3, l1: 0.1, l2: 1, alpha: 0.1, seed: 1, folds: 3 },
      'test.1',
    );
    expect(r.rows).toEqual({ used: 160, dropped: 1 });
    expect(r.cv.auc).toBeGreaterThan(0.8);
    expect(r.coarse!.map((s) => s.slice)).toEqual(['docs', 'phish-a']);
  });
});
