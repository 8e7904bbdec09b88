import { describe, expect, it } from 'vitest';
import { analyzeEmailFacts } from '../../src/email/index.js';
import { emailFeatures, STOPWORDS } from '../../src/email/features.js';
import { textVocabulary, type ExtractedMessage } from '../../src/train/index.js';
import { eml } from '../helpers/eml.js';

async function features(text: string, opts: Parameters<typeof emailFeatures>[2]) {
  const { facts, signals } = await analyzeEmailFacts(eml({ subject: 'Your account notice', text }));
  return emailFeatures(facts, signals, opts);
}

describe('email feature options', () => {
  it('stopwords: drops function words, pronouns and courtesy words; bigrams over content words', async () => {
    const f = await features('Please verify your account with us today.', { stopwords: true, charGrams: 0 });
    const names = [...f.keys()];
    expect(names).toContain('text: "verify account"');
    expect(names).toContain('subject: "account"');
    expect(names.some((n) => /"(please|your|with|us)"/.test(n))).toBe(false);
    for (const w of ['the', 'your', 'our', 'please', 'que', 'und', 'het', 'vous', 'para'])
      expect(STOPWORDS.has(w)).toBe(true);
    expect(STOPWORDS.has('verify')).toBe(false);
  });

  it('character n-grams only of obfuscated-looking tokens, and text down-weighting', async () => {
    const f = await features('Verify your acc0unt at p\u0430ypal now', {
      charGrams: 4,
      charGramsObfuscatedOnly: true,
    });
    const grams = [...f.keys()].filter((n) => n.startsWith('chars: '));
    expect(grams).toContain('chars: "payp"');
    expect(grams).toContain('chars: "acc0"');
    expect(grams.some((n) => n.includes('veri'))).toBe(false);
    const full = await features('Verify your account now', { charGrams: 0 });
    const half = await features('Verify your account now', { charGrams: 0, textWeight: 0.5 });
    expect(half.get('text: "verify"')!).toBeCloseTo(full.get('text: "verify"')! / 2, 6);
    const none = await features('Verify your account now', { charGrams: 0, textWeight: 0 });
    expect([...none.keys()].some((n) => n.startsWith('text: '))).toBe(false);
  });

  it('vocabulary filter keeps text features seen in at least two sources; other features untouched', () => {
    const msg = (source: string, names: string[]) =>
      ({ source, features: new Map(names.map((n) => [n, 1])) }) as unknown as ExtractedMessage;
    const keep = textVocabulary(
      [
        msg('a', ['text: "invoice"', 'text: "acme"', 'rule: x']),
        msg('b', ['text: "invoice"']),
        msg('a', ['text: "acme"']),
      ],
      2,
    );
    expect(keep.has('text: "invoice"')).toBe(true);
    expect(keep.has('text: "acme"')).toBe(false);
    expect(keep.has('rule: x')).toBe(false); // only text names are in the vocabulary; the rest are never filtered
  });
});
