/**
 * The incremental window scorer (src/email/window-score.ts) gives, bit for bit, the margin of the
 * reference path: emailFeatures of the window, hashed, dotted with the weights. A small table
 * (2^10 buckets) makes names collide, so the order in which collisions sum is checked too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEmailFacts } from '../../src/email/index.js';
import {
  emailFeatures,
  FEATURES_VERSION,
  normalizeText,
  normalizeTextReference,
  type EmailFeatureOptions,
} from '../../src/email/features.js';
import { loadEmailModel, scoreEmail, scoreWindows } from '../../src/email/model.js';
import { WindowScorer, windowStarts, windowTokens } from '../../src/email/window-score.js';
import { SCORE_WINDOW_WORDS } from '../../src/core/index.js';
import {
  buildModel,
  calibrate,
  explain,
  hasherFor,
  hashFeature,
  modelMargin,
  mulberry32,
  type LinearModel,
} from '../../src/ml/index.js';
import type { EmailFacts } from '../../src/email/facts.js';
import type { Signal } from '../../src/core/index.js';
import { eml } from '../helpers/eml.js';

const SEED = 20261203;

function randomModel(bits: number, options: EmailFeatureOptions, seed: number): LinearModel {
  const rnd = mulberry32(seed);
  const weights = new Float32Array(2 ** bits);
  // integer-scaled like a shipped model, a third of the buckets empty
  for (let i = 0; i < weights.length; i++)
    weights[i] = rnd() < 0.33 ? 0 : Math.round((rnd() - 0.5) * 20_000) / 10_000;
  return buildModel(
    { bits, bias: -0.37, weights },
    {
      name: 'email',
      version: 'test',
      signed: true,
      calibration: { kind: 'platt', a: 1, b: 0 },
      meta: { features: FEATURES_VERSION, featureOptions: options },
    },
  );
}

function referenceMargin(
  model: LinearModel,
  facts: EmailFacts,
  signals: Signal[],
  opts: EmailFeatureOptions,
) {
  return modelMargin(model, hasherFor(model).vectorize(emailFeatures(facts, signals, opts)));
}

/** Tokens that stress each step of normalizeText and of the window cut. */
const VOCAB = [
  'verify',
  'your',
  'account',
  'the',
  'Payment',
  'WIRE',
  'transfer',
  'today',
  'a',
  'I',
  'pаypаl', // Cyrillic а
  'Ϲlick', // Greek lunate sigma
  'ΟΔΟΣ',
  'Σοφία',
  'naïve',
  'verificação',
  'ＡＢＣ',
  'x¨y', // NFKC gives a space inside the token
  '´acute',
  'pay\u200bpal',
  'pay\ufeffpal', // U+FEFF is \s to split(), invisible to normalizeText
  "don't",
  'don’t',
  'ann@corp.example',
  'https://login.example/verify?x=1',
  'www.example.test',
  'hxxp://bad.example',
  '12/05/2024',
  '$4,500.00',
  'ab12cd34ef56gh78',
  'inv-000123456789',
  '>',
  '>quoted',
  '--',
  '-----Original',
  'Message-----',
  'original',
  'message',
  '____________________',
  '___',
  'wrote:',
  'phishing@pot',
  'spamassassin',
  'zebulon', // the recipient's name
  'supercalifragilisticexpialidociousness-extra',
  '😀',
  '\ud83d', // lone surrogate
  'a’b’c',
  '0day',
  'p0ypal',
  'Hello,',
  'ACCOUNT.',
  'www.',
  'Www,',
  'Invoice)',
  'now!',
  'Rodrigo',
];

async function fixture(): Promise<{ facts: EmailFacts; signals: Signal[] }> {
  const { facts, signals } = await analyzeEmailFacts(
    eml({
      from: 'Accounts <billing@vendor.example>',
      to: 'Zebulon Quartermaine <zquartermaine@corp.example>',
      subject: 'Re: Verify your account: payment ΟΔΟΣ today',
      html: '<p>Please <a href="http://192.0.2.7/login/verify.php">verify</a> and <a href="https://pay.vendor.example/invoice">pay</a> <img src="https://cdn.vendor.example/a.png"></p>',
    }),
  );
  return { facts, signals };
}

describe('window scorer: the reference margins, bit for bit', () => {
  const configs: EmailFeatureOptions[] = [
    { bigrams: true, charGrams: 4, stopwords: true },
    { bigrams: false, charGrams: 3, stopwords: false, textWeight: 0.5 },
    { bigrams: true, charGrams: 0, stopwords: true, textWeight: 2 },
  ];

  it('every window and the whole body, on random bodies of tricky tokens (fixed seed)', async () => {
    const { facts, signals } = await fixture();
    let compared = 0;
    for (const [ci, opts] of configs.entries()) {
      const model = randomModel(10, opts, SEED + ci);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...VOCAB), { minLength: 0, maxLength: 700, size: 'max' }),
          fc.constantFrom(' ', '\n', '  \t', '\n> ', '\u00a0'),
          async (tokens, sep) => {
            const text = tokens.join(sep);
            const f = { ...facts, visibleText: text, text };
            const scorer = new WindowScorer(model, opts, f, signals);
            expect(Object.is(scorer.wholeMargin(text), referenceMargin(model, f, signals, opts))).toBe(true);
            expect([...scorer.namedFeatures(scorer.wholeWords(text))]).toEqual([
              ...emailFeatures(f, signals, opts),
            ]);
            // the verdict's explanation, built without n-gram names: the reference's, n-grams filtered out
            expect(
              explain(model, scorer.namedFeatures(scorer.wholeWords(text), { charGrams: false })),
            ).toEqual(
              explain(model, emailFeatures(f, signals, opts)).filter((c) => !c.feature.startsWith('chars: ')),
            );
            const toks = windowTokens(text);
            const windows = scoreWindows(text);
            const starts = windowStarts(toks.length);
            expect(starts.length).toBe(windows.length);
            for (const [k, start] of starts.entries()) {
              const w = windows[k]!;
              const wf = { ...facts, visibleText: w, text: w };
              const ref = referenceMargin(model, wf, signals, opts);
              expect(Object.is(scorer.windowMargin(toks, start), ref)).toBe(true);
              // the winner's named features (for the explanation): the same map, in the same order
              expect([...scorer.namedFeatures(scorer.windowWords(toks, start))]).toEqual([
                ...emailFeatures(wf, signals, opts),
              ]);
              compared++;
            }
          },
        ),
        { seed: SEED + ci, numRuns: 40 },
      );
    }
    // the property reached windows, not only short bodies
    expect(compared).toBeGreaterThan(200);
  });

  it('best(): the margin and the first list scoring one by one keeps, with only candidates sorted (fixed seed)', async () => {
    const { facts, signals } = await fixture();
    let lists = 0;
    for (const [ci, opts] of configs.entries()) {
      const model = randomModel(10, opts, SEED + 11 + ci);
      const scorer = new WindowScorer(model, opts, facts, signals);
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.constantFrom(...VOCAB), { maxLength: 120 }), { minLength: 1, maxLength: 12 }),
          fc.array(fc.nat(11), { maxLength: 4 }),
          (bodies, repeats) => {
            // repeated lists tie exactly: the first of them must win
            const ws = bodies.map((b) => scorer.wholeWords(b.join(' ')));
            for (const r of repeats) if (r < ws.length) ws.push(ws[r]!);
            let margin = 0;
            let index = -1;
            for (const [i, w] of ws.entries()) {
              const r = scorer.margin(w);
              const { low, high } = scorer.marginInterval(w);
              expect(low <= r && r <= high).toBe(true);
              if (index < 0 || r > margin) {
                margin = r;
                index = i;
              }
            }
            const got = scorer.best(ws);
            expect(Object.is(got.margin, margin)).toBe(true);
            expect(got.index).toBe(index);
            lists += ws.length;
          },
        ),
        { seed: SEED + ci, numRuns: 60 },
      );
    }
    expect(lists).toBeGreaterThan(500);
  });

  it('a body with more than 2,048 weighted features (sorted by float keys, not int32) still agrees', async () => {
    const { facts, signals } = await fixture();
    const opts = configs[0]!;
    const model = randomModel(12, opts, SEED + 7);
    const rnd = mulberry32(SEED);
    const word = () =>
      Array.from({ length: 7 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rnd() * 26)]).join('');
    const text = Array.from({ length: 1500 }, word).join(' ');
    const f = { ...facts, visibleText: text, text };
    const scorer = new WindowScorer(model, opts, f, signals);
    expect(Object.is(scorer.wholeMargin(text), referenceMargin(model, f, signals, opts))).toBe(true);
    // more than 2,048 named features carry weight in this body
    const named = [...emailFeatures(f, signals, opts).keys()].filter(
      (k) => model.weights[hashFeature(k, model.bits, model.signed).index] !== 0,
    );
    expect(named.length).toBeGreaterThan(2048);
  });

  it('a window longer than MAX_FEATURE_TEXT_CHARS takes the reference way and still agrees', async () => {
    const { facts, signals } = await fixture();
    const opts = configs[0]!;
    const model = randomModel(12, opts, SEED);
    const text = Array.from({ length: 200 }, (_, i) => `verify-${'ab'.repeat(150)}${i % 7}-account`).join(
      ' ',
    );
    const toks = windowTokens(text);
    const scorer = new WindowScorer(model, opts, { ...facts, visibleText: text, text }, signals);
    const starts = windowStarts(toks.length);
    expect(starts.length).toBeGreaterThan(0);
    let long = 0;
    for (const start of starts) {
      const w = toks.slice(start, start + SCORE_WINDOW_WORDS).join(' ');
      if (w.length > 20_000) long++;
      const ref = referenceMargin(model, { ...facts, visibleText: w, text: w }, signals, opts);
      expect(Object.is(scorer.windowMargin(toks, start), ref)).toBe(true);
    }
    expect(long).toBeGreaterThan(0);
  });

  it('scoreEmail with the shipped model equals the window-by-window reference (score, features, contributions)', async () => {
    const shipped = loadEmailModel();
    if (!shipped) throw new Error('no shipped email model');
    const neutral = 'The quarterly facilities report covers parking, catering and the new badge readers. ';
    const lure =
      'Please process a wire transfer of the outstanding invoice today to the new bank account below and confirm once done. ';
    for (const body of [
      neutral.repeat(40) + lure + neutral.repeat(40),
      lure + neutral.repeat(60),
      neutral.repeat(80),
      lure, // short: no windows, the whole body only
      'ok',
    ]) {
      const { facts, signals } = await analyzeEmailFacts(
        eml({ from: 'CFO <cfo@corp.example>', subject: 'Urgent', text: body }),
      );
      // the reference: every window extracted by name
      let features = emailFeatures(facts, signals, shipped.featureOptions);
      let raw = modelMargin(shipped.model, shipped.hasher.vectorize(features));
      for (const w of scoreWindows(facts.visibleText)) {
        const f = emailFeatures({ ...facts, visibleText: w, text: w }, signals, shipped.featureOptions);
        const r = modelMargin(shipped.model, shipped.hasher.vectorize(f));
        if (r > raw) {
          raw = r;
          features = f;
        }
      }
      const got = scoreEmail(shipped, facts, signals);
      const contribs = explain(shipped.model, features).filter((c) => !c.feature.startsWith('chars: '));
      expect(got.summary.top_features.map((t) => t.feature)).toEqual(
        contribs
          .filter((c) => (got.summary.score >= 0.5 ? c.weight > 0 : c.weight < 0))
          .slice(0, 6)
          .map((c) => c.feature),
      );
      expect(got.summary.score).toBe(calibrate(shipped.model.calibration, raw));
    }
  });

  it('rejects the obfuscated-only option, which scoreEmail scores the reference way', async () => {
    const { facts, signals } = await fixture();
    const opts = { charGramsObfuscatedOnly: true };
    expect(() => new WindowScorer(randomModel(10, opts, 1), opts, facts, signals)).toThrow(RangeError);
  });

  it('normalizeText: the plain-word shortcut gives what the full normalisation gives (fixed seed)', () => {
    const drop = new Set(['zebulon']);
    const token = fc.tuple(
      fc.stringMatching(/^[A-Za-z]{0,34}$/),
      fc.constantFrom('', '.', ',', ';', ':', '!', '?', ')', '..', "'s", '1', '@x.example'),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          token.map(([w, p]) => w + p),
          fc.constantFrom('Rodrigo', 'PHISHING!', 'Zebulon,', 'www.', 'wWw.x'),
        ),
        (t) => {
          expect(normalizeText(t, drop)).toEqual(normalizeTextReference(t, drop));
          const a = new Set<string>();
          const b = new Set<string>();
          normalizeText(t, drop, a);
          normalizeTextReference(t, drop, b);
          expect([...a]).toEqual([...b]);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
