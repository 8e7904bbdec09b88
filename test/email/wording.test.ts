/**
 * The wording model (src/email/wording.ts): a text-only model whose probability the evidence gate
 * reads as an ask beside a deception a rule found. It is read only where it can decide the gate, it
 * never opens the gate without a deception, and a model that is not text-only is refused.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { evaluateGate, type ModelSummary, type Signal } from '../../src/core/index.js';
import {
  analyzeEmail,
  analyzeEmailFacts,
  emailFeatures,
  WordingModel,
  type EmailScorer,
} from '../../src/email/index.js';
import { EMAIL_EVIDENCE_GATE } from '../../src/email/analyzer.js';
import { buildModel, FeatureHasher, trainLogistic } from '../../src/ml/index.js';
import { FEATURES_VERSION } from '../../src/email/features.js';
import { trainingFeatures } from '../../src/train/email.js';
import { EMAIL_FEATURE_OPTIONS, WORDING_FEATURE_OPTIONS } from '../../src/train/email-settings.js';
import { eml } from '../helpers/eml.js';

const config = resolveConfig({});

/**
 * A scorer whose email model gives `score` with the wording-only ask `askScore` (by default sure of
 * the message but reading no ask), and whose wording model reads `wording`, counting its reads.
 */
function stubScorer(wording: number | null, { score = 0.97, askScore = 0.05 } = {}) {
  let asked = 0;
  const scorer: EmailScorer = {
    score: () => ({
      summary: { name: 'email', version: 't', score, top_features: [] } as ModelSummary,
      signalContributions: new Map(),
      askScore,
    }),
    wordingScore: () => {
      asked++;
      return wording;
    },
  };
  return { scorer, asked: () => asked };
}

// a brand's display name on an unrelated domain (a deception), and wording no rule reads as an ask
const disguised = eml({
  from: '"PayPal" <team@northwind-mailer.example>',
  subject: 'Spring catalogue',
  text: 'Our spring catalogue is out, with forty new titles from independent publishers.',
});
// the same wording from the sender's own mailbox: no deception
const plain = eml({
  from: 'Northwind Team <team@northwind.example>',
  subject: 'Spring catalogue',
  text: 'Our spring catalogue is out, with forty new titles from independent publishers.',
});

describe('the evidence gate reads the wording model as an ask', () => {
  const deception = {
    id: 'email.sender.brand_display_name',
    category: 'impersonation',
    severity: 'high',
    message: 'm',
    evidence: [],
  } as Signal;
  it('at or above wordingMin, beside a deception, it opens the gate', () => {
    expect(evaluateGate([deception], 0.05, EMAIL_EVIDENCE_GATE, 0.5).open).toBe(true);
    expect(evaluateGate([deception], 0.05, EMAIL_EVIDENCE_GATE, 0.49).open).toBe(false);
    expect(evaluateGate([deception], 0.05, EMAIL_EVIDENCE_GATE, null).open).toBe(false);
  });
  it('never without a deception', () => {
    expect(evaluateGate([], 0.05, EMAIL_EVIDENCE_GATE, 0.99).open).toBe(false);
  });
  it('a gate with no wordingMin does not read it', () => {
    const { wordingMin: _, ...noWording } = EMAIL_EVIDENCE_GATE;
    expect(evaluateGate([deception], 0.05, noWording, 0.99).open).toBe(false);
  });
});

describe('analyzeEmail asks the wording model only where it can decide', () => {
  it('a deception and no other ask: read, and the message is flagged', async () => {
    const { scorer, asked } = stubScorer(0.9);
    const v = await analyzeEmail(disguised, { config, scorer });
    expect(asked()).toBe(1);
    expect(v.signals.map((s) => s.id)).toContain('email.sender.brand_display_name');
    expect(v.verdict).not.toBe('clean');
    expect(v.explanation?.gate).toMatchObject({ open: true, wording_score: 0.9, wording_min: 0.5 });
  });
  it('a low wording score leaves the gate closed', async () => {
    const { scorer } = stubScorer(0.2);
    const v = await analyzeEmail(disguised, { config, scorer });
    expect(v.verdict).toBe('clean');
    expect(v.explanation?.gate).toMatchObject({ open: false, wording_score: 0.2 });
  });
  it('no deception: never read, the message stays clean whatever its wording', async () => {
    const { scorer, asked } = stubScorer(0.99);
    const v = await analyzeEmail(plain, { config, scorer });
    expect(asked()).toBe(0);
    expect(v.verdict).toBe('clean');
    expect(v.explanation?.gate?.wording_score).toBeUndefined();
  });
  it('without a wording model (null) the gate is as before', async () => {
    const { scorer } = stubScorer(null);
    const v = await analyzeEmail(disguised, { config, scorer });
    expect(v.verdict).toBe('clean');
  });
});

describe('the wording model confirms a gate other evidence opened', () => {
  const deception = {
    id: 'email.sender.brand_display_name',
    category: 'impersonation',
    severity: 'high',
    message: 'm',
    evidence: [],
  } as Signal;
  const ruleAsk = {
    id: 'email.content.payment_change',
    category: 'bec',
    severity: 'high',
    message: 'm',
    evidence: [],
  } as Signal;
  it("open by the email model's ask and a deception: confirmed at or above wordingConfirmMin", () => {
    expect(evaluateGate([deception], 0.3, EMAIL_EVIDENCE_GATE, 0.5)).toMatchObject({
      open: true,
      confirmed: true,
      wording_confirms: true,
    });
    expect(evaluateGate([deception], 0.3, EMAIL_EVIDENCE_GATE, 0.49)).toMatchObject({
      open: true,
      confirmed: false,
      wording_confirms: false,
    });
  });
  it('never a gate the wording model opened itself', () => {
    const g = evaluateGate([deception], 0.05, EMAIL_EVIDENCE_GATE, 0.99);
    expect(g).toMatchObject({ open: true, confirmed: false });
    expect(g.wording_confirms).toBeUndefined();
  });
  it('a gate a rule confirmed needs no second reading', () => {
    const g = evaluateGate([deception, ruleAsk], 0.05, EMAIL_EVIDENCE_GATE, 0.01);
    expect(g.confirmed).toBe(true);
    expect(g.wording_confirms).toBeUndefined();
  });
  it('a gate with no wordingConfirmMin is not confirmed by it', () => {
    const { wordingConfirmMin: _, ...noConfirm } = EMAIL_EVIDENCE_GATE;
    expect(evaluateGate([deception], 0.3, noConfirm, 0.99).confirmed).toBe(false);
  });

  /** The email model reads an ask (0.3) but scores the message low (0.01): open, unconfirmed, clean. */
  const lowScorer = (wording: number) => stubScorer(wording, { score: 0.01, askScore: 0.3 });
  it('analyzeEmail: read for an open, unconfirmed gate, and at 0.9 the message is flagged', async () => {
    const { scorer, asked } = lowScorer(0.9);
    const v = await analyzeEmail(disguised, { config, scorer });
    expect(asked()).toBe(1);
    expect(v.verdict).toBe('suspicious');
    expect(v.explanation?.wording_floor).toBe(0.5);
    expect(v.explanation?.gate).toMatchObject({ wording_confirms: true, wording_confirm_min: 0.5 });
  });
  it('analyzeEmail: not read where the blended score is flagged already', async () => {
    const { scorer, asked } = stubScorer(0.9, { score: 0.97, askScore: 0.3 });
    const v = await analyzeEmail(disguised, { config, scorer });
    expect(v.verdict).not.toBe('clean');
    expect(asked()).toBe(0);
    expect(v.explanation?.gate?.wording_confirms).toBeUndefined();
  });
  it('analyzeEmail: at 0.2 the blended score stands', async () => {
    const { scorer } = lowScorer(0.2);
    const v = await analyzeEmail(disguised, { config, scorer });
    expect(v.verdict).toBe('clean');
    expect(v.explanation?.wording_floor).toBeUndefined();
    expect(v.explanation?.gate).toMatchObject({ wording_confirms: false });
  });
});

describe('the wording model is text only', () => {
  it('textOnly features are the text block alone', async () => {
    const { facts, signals } = await analyzeEmailFacts(disguised, { config });
    const all = [...emailFeatures(facts, signals, EMAIL_FEATURE_OPTIONS).keys()];
    const text = [...emailFeatures(facts, signals, WORDING_FEATURE_OPTIONS).keys()];
    expect(all.some((k) => k.startsWith('rule: '))).toBe(true);
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((k) => /^(text|subject|chars): /.test(k))).toBe(true);
    // the same text block in both
    expect(all.filter((k) => /^(text|subject|chars): /.test(k))).toEqual(text);
  });
  it('training keeps only text features of a full extraction', () => {
    const m = {
      source: 'dev',
      features: new Map([
        ['text: "invoice"', 1],
        ['rule: email.content.payment_change', 1],
        ['from: free mail', 1],
      ]),
    };
    expect([...trainingFeatures(m, null, true).keys()]).toEqual(['text: "invoice"']);
    expect([...trainingFeatures(m, null).keys()]).toHaveLength(3);
  });
  const tiny = (featureOptions: object) => {
    const hasher = new FeatureHasher({ bits: 12 });
    const rows = [new Map([['text: "wire"', 1]]), new Map([['text: "lunch"', 1]])].map((f) =>
      hasher.vectorize(f),
    );
    const w = trainLogistic(rows, [1, 0], { bits: 12, epochs: 20 });
    return buildModel(w, {
      name: 'email_wording',
      version: 't',
      signed: true,
      calibration: { kind: 'identity' },
      meta: { features: FEATURES_VERSION, featureOptions },
    });
  };
  it('a text-only model scores; any other is refused (E_MODEL)', async () => {
    const model = new WordingModel(tiny(WORDING_FEATURE_OPTIONS));
    const wire = (await analyzeEmailFacts(eml({ text: 'wire wire wire' }), { config })).facts;
    const lunch = (await analyzeEmailFacts(eml({ text: 'lunch lunch lunch' }), { config })).facts;
    expect(model.score(wire)).toBeGreaterThan(0.5);
    expect(model.score(lunch)).toBeLessThan(0.5);
    expect(() => new WordingModel(tiny(EMAIL_FEATURE_OPTIONS))).toThrow(
      expect.objectContaining({ code: 'E_MODEL' }),
    );
  });
});
