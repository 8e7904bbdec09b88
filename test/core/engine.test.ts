import { describe, expect, it } from 'vitest';
import {
  blendScores,
  capClosedScore,
  combine,
  defineSignal,
  labelFor,
  rulesOnlyScore,
  VigilError,
  ERRORS,
} from '../../src/core/index.js';

const HIGH = defineSignal({ id: 'email.test.high', category: 'phishing', severity: 'high', summary: 'h' });
const CRIT = defineSignal({
  id: 'email.test.crit',
  category: 'malware_delivery',
  severity: 'critical',
  summary: 'c',
});
const LOW = defineSignal({ id: 'email.test.low', category: 'bec', severity: 'low', summary: 'l' });

describe('engine', () => {
  const base = { kind: 'email' as const, target: 't', skipped: [], input: {}, startedAt: performance.now() };

  it('scores rules-only as a noisy-OR of severities, counting an id once', () => {
    expect(rulesOnlyScore([])).toBe(0);
    expect(rulesOnlyScore([HIGH.fire('a'), HIGH.fire('b')])).toBeCloseTo(0.75);
    expect(rulesOnlyScore([HIGH.fire('a'), LOW.fire('b')])).toBeCloseTo(1 - 0.25 * 0.85);
    expect(rulesOnlyScore([HIGH.fire('a'), HIGH.fire('b'), CRIT.fire('c')])).toBeGreaterThan(0.9);
  });

  it('puts a floor under the score for a critical signal, even against the model', () => {
    const v = combine({
      ...base,
      signals: [CRIT.fire('exe')],
      model: { name: 'm', version: '1', score: 0.01, top_features: [] },
    });
    expect(v.score).toBe(0.95);
    expect(v.verdict).toBe('malicious');
    expect(v.model?.score).toBe(0.01);
  });

  it('orders signals by severity, then model contribution', () => {
    const MED = defineSignal({ id: 'email.test.med', category: 'bec', severity: 'medium', summary: 'm' });
    const v = combine({
      ...base,
      signals: [LOW.fire('l'), HIGH.fire('h'), MED.fire('m2'), CRIT.fire('c'), MED.fire('m1')],
      model: { name: 'm', version: '1', score: 0.7, top_features: [] },
      // the model weighs the low signal most: it still comes after every more severe one
      signalContributions: new Map([
        ['email.test.low', 3],
        ['email.test.high', 0.2],
        ['email.test.crit', -1],
        ['email.test.med', 1],
      ]),
    });
    expect(v.signals.map((s) => `${s.severity}:${s.message}`)).toEqual([
      'critical:c',
      'high:h',
      'medium:m1',
      'medium:m2',
      'low:l',
    ]);
    const W = defineSignal({ id: 'email.test.w', category: 'phishing', severity: 'high', summary: 'w' });
    const byContribution = combine({
      ...base,
      signals: [HIGH.fire('h'), W.fire('w')],
      model: { name: 'm', version: '1', score: 0.7, top_features: [] },
      signalContributions: new Map([
        ['email.test.w', 2],
        ['email.test.high', 1],
      ]),
    });
    expect(byContribution.signals.map((s) => s.id)).toEqual(['email.test.w', 'email.test.high']);
  });

  it('explains the score: method, model, gate and floor, with the numbers the engine used', () => {
    const gate = { roleOf: () => 'context' as const, askModelMin: 0.25 };
    const blend = { model: 0.35, rules: 1 };
    const v = combine({
      ...base,
      signals: [LOW.fire('l')],
      model: { name: 'm', version: '1', score: 0.99, top_features: [] },
      blend,
      gate,
      askScore: 0.97,
    });
    expect(v.verdict).toBe('clean');
    expect(v.explanation).toMatchObject({
      method: 'blend',
      model_score: 0.99,
      rules_score: 0.15,
      blend,
      gate: {
        open: false,
        ask: true,
        deception: false,
        strong: false,
        confirmed: false,
        ask_score: 0.97,
        cap: 0.49,
      },
      thresholds: { suspicious: 0.5, malicious: 0.9 },
    });
    expect(v.score).toBe(Math.round(capClosedScore(v.explanation!.blended_score!, 0.49) * 1e4) / 1e4);
    expect(v.score).toBeLessThan(0.49);
    const crit = combine({ ...base, signals: [CRIT.fire('exe')], model: null });
    expect(crit.explanation).toMatchObject({ method: 'rules', critical_floor: 0.95 });
    expect(crit.explanation?.gate).toBeUndefined();
  });

  it('joins the model with rule evidence when a blend is given', () => {
    const blend = { model: 0.35, rules: 1 };
    // wording alone (no rule fired) does not make a message suspicious
    expect(blendScores(0.99, 0, blend)).toBeLessThan(0.5);
    // the model and a high rule agreeing make it malicious; identity blend is the model itself
    expect(blendScores(0.999, rulesOnlyScore([HIGH.fire('a'), HIGH.fire('b')]), blend)).toBeGreaterThan(0.9);
    expect(blendScores(0.7, 0.5, { model: 1, rules: 0 })).toBeCloseTo(0.7);
    const v = combine({
      ...base,
      signals: [],
      model: { name: 'm', version: '1', score: 0.99, top_features: [] },
      blend,
    });
    expect(v.verdict).toBe('clean');
    expect(v.model?.score).toBe(0.99);
  });

  it('keeps the rank order of scores a closed gate lowers, all under the cap', () => {
    const gate = { roleOf: () => 'context' as const, askModelMin: 0.25 };
    const blend = { model: 0.35, rules: 1 };
    const scores = [0.2, 0.6, 0.9, 0.99, 0.9999].map(
      (p) =>
        combine({
          ...base,
          signals: [LOW.fire('l'), HIGH.fire('h')],
          model: { name: 'm', version: '1', score: p, top_features: [] },
          blend,
          gate,
        }).score,
    );
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThan(scores[i - 1]!);
    expect(Math.max(...scores)).toBeLessThan(0.49);
    // below the band under the cap a closed gate changes nothing
    expect(capClosedScore(0.3, 0.49)).toBe(0.3);
    expect(capClosedScore(1, 0.49)).toBeLessThan(0.49);
  });

  it('lists no categories on a clean verdict', () => {
    const v = combine({ ...base, signals: [LOW.fire('l')], model: null });
    expect(v.verdict).toBe('clean');
    expect(v.categories).toEqual([]);
  });

  it('maps scores to labels at the thresholds, inclusive', () => {
    expect(labelFor(0.5)).toBe('suspicious');
    expect(labelFor(0.4999)).toBe('clean');
    expect(labelFor(0.9)).toBe('malicious');
    expect(labelFor(0.6, { suspicious: 0.7, malicious: 0.8 })).toBe('clean');
  });

  it('clips evidence so one hostile header cannot bloat a verdict', () => {
    const s = HIGH.fire(
      'm',
      Array.from({ length: 50 }, () => ({ where: 'header:X', text: 'a'.repeat(10_000) })),
    );
    expect(s.evidence).toHaveLength(5);
    expect(s.evidence[0]!.text.length).toBeLessThanOrEqual(300);
  });

  it('rejects malformed signal ids at declaration', () => {
    expect(() => defineSignal({ id: 'Email.Bad', category: 'bec', severity: 'low', summary: '' })).toThrow();
  });
});

describe('VigilError', () => {
  it('carries code, hint, exit and HTTP status from one table', () => {
    const e = new VigilError('E_INPUT_TOO_LARGE', 'too big');
    expect(e.code).toBe('E_INPUT_TOO_LARGE');
    expect(e.httpStatus).toBe(ERRORS.E_INPUT_TOO_LARGE.http);
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(ERRORS.E_INPUT_TOO_LARGE.hint);
  });
});
