import { describe, expect, it } from 'vitest';
import { blendScores, combine, defineSignal, labelFor, rulesOnlyScore, VigilError, ERRORS } from '../../src/core/index.js';

const HIGH = defineSignal({ id: 'email.test.high', category: 'phishing', severity: 'high', summary: 'h' });
const CRIT = defineSignal({ id: 'email.test.crit', category: 'malware_delivery', severity: 'critical', summary: 'c' });
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
    const v = combine({ ...base, signals: [CRIT.fire('exe')], model: { name: 'm', version: '1', score: 0.01, top_features: [] } });
    expect(v.score).toBe(0.95);
    expect(v.verdict).toBe('malicious');
    expect(v.model?.score).toBe(0.01);
  });

  it('orders signals by model contribution, then severity', () => {
    const v = combine({ ...base, signals: [HIGH.fire('h'), LOW.fire('l')], model: { name: 'm', version: '1', score: 0.7, top_features: [] }, signalContributions: new Map([['email.test.low', 2]]) });
    expect(v.signals.map((s) => s.id)).toEqual(['email.test.low', 'email.test.high']);
    expect(v.verdict).toBe('suspicious');
    expect(v.categories).toEqual(['bec', 'phishing']);
  });

  it('joins the model with rule evidence when a blend is given', () => {
    const blend = { model: 0.35, rules: 1 };
    // wording alone (no rule fired) does not make a message suspicious
    expect(blendScores(0.99, 0, blend)).toBeLessThan(0.5);
    // the model and a high rule agreeing make it malicious; identity blend is the model itself
    expect(blendScores(0.999, rulesOnlyScore([HIGH.fire('a'), HIGH.fire('b')]), blend)).toBeGreaterThan(0.9);
    expect(blendScores(0.7, 0.5, { model: 1, rules: 0 })).toBeCloseTo(0.7);
    const v = combine({ ...base, signals: [], model: { name: 'm', version: '1', score: 0.99, top_features: [] }, blend });
    expect(v.verdict).toBe('clean');
    expect(v.model?.score).toBe(0.99);
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
    const s = HIGH.fire('m', Array.from({ length: 50 }, () => ({ where: 'header:X', text: 'a'.repeat(10_000) })));
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
