/**
 * The evidence gate: a verdict is flagged only with evidence of an attack (a strong signal, or an
 * ask together with a deception). Wording, however lure-like, cannot flag mail on its own.
 */
import { describe, expect, it } from 'vitest';
import {
  combine,
  defineSignal,
  evaluateGate,
  gateCap,
  roleOf,
  type EvidenceGate,
  type Signal,
} from '../../src/core/index.js';

const ASK = defineSignal({ id: 'email.test.ask', category: 'bec', severity: 'high', summary: 'a' });
const DECEIVE = defineSignal({
  id: 'email.test.deceive',
  category: 'impersonation',
  severity: 'high',
  summary: 'd',
});
const CONTEXT = defineSignal({
  id: 'email.test.context',
  category: 'malicious_url',
  severity: 'low',
  summary: 'c',
});
const STRONG = defineSignal({
  id: 'email.test.strong',
  category: 'prompt_injection',
  severity: 'high',
  summary: 's',
});
const CRIT = defineSignal({
  id: 'email.test.crit',
  category: 'malware_delivery',
  severity: 'critical',
  summary: 'x',
});
const DECLARED_STRONG = defineSignal({
  id: 'email.test.declared',
  category: 'bec',
  severity: 'high',
  summary: 'g',
  roles: { high: 'strong' },
});
const LOW_DECEIVE = defineSignal({
  id: 'email.test.lowdeceive',
  category: 'malicious_url',
  severity: 'low',
  summary: 'l',
  roles: { low: 'deception' },
});
const defs = new Map(
  [ASK, DECEIVE, LOW_DECEIVE, CONTEXT, STRONG, CRIT, DECLARED_STRONG].map((d) => [d.id, d]),
);
const gate: EvidenceGate = {
  roleOf: (s: Signal) => roleOf(s.category, s.severity, defs.get(s.id)?.roles),
  askModelMin: 0.5,
};
const model = (score: number) => ({ name: 'm', version: '1', score, top_features: [] });
const base = {
  kind: 'email' as const,
  target: 't',
  skipped: [],
  input: {},
  startedAt: 0,
  blend: { model: 1, rules: 0 },
  gate,
};

describe('roleOf', () => {
  it('derives roles from category and severity, and a declaration overrides them', () => {
    expect(roleOf('bec', 'high')).toBe('ask');
    expect(roleOf('callback', 'medium')).toBe('ask');
    expect(roleOf('impersonation', 'medium')).toBe('deception');
    expect(roleOf('lookalike_domain', 'low')).toBe('context');
    expect(roleOf('prompt_injection', 'medium')).toBe('strong');
    // a discussed, quoted injection phrase fires at info: shown, never evidence
    expect(roleOf('prompt_injection', 'info')).toBe('context');
    expect(roleOf('phishing', 'critical')).toBe('strong');
    expect(roleOf('bec', 'high', { high: 'strong' })).toBe('strong');
    expect(roleOf('bec', 'medium', { high: 'strong' })).toBe('ask');
  });
});

describe('evidence gate', () => {
  it('caps wording alone below the suspicious threshold, however sure the model is', () => {
    const v = combine({ ...base, signals: [], model: model(0.999) });
    expect(v.verdict).toBe('clean');
    expect(v.score).toBeLessThan(gateCap({ suspicious: 0.5, malicious: 0.9 }));
    expect(v.score).toBeGreaterThan(0.47);
    expect(v.model?.score).toBe(0.999);
  });
  it('keeps a model-only ask closed without a deception, and context signals never open it', () => {
    expect(
      combine({ ...base, signals: [CONTEXT.fire('short link'), CONTEXT.fire('b')], model: model(0.99) })
        .verdict,
    ).toBe('clean');
    expect(combine({ ...base, signals: [ASK.fire('pay now')], model: model(0.99) }).verdict).toBe('clean');
  });
  it('opens for an ask with a deception, where the model ranks', () => {
    expect(
      combine({ ...base, signals: [ASK.fire('pay'), DECEIVE.fire('spoof')], model: model(0.95) }).verdict,
    ).toBe('malicious');
    // the model's ask with a deception: open, and the model decides
    expect(
      combine({ ...base, signals: [DECEIVE.fire('spoof')], model: model(0.55), askScore: 0.6 }).score,
    ).toBe(0.55);
    expect(
      combine({ ...base, signals: [LOW_DECEIVE.fire('short link')], model: model(0.3), askScore: 0.6 })
        .verdict,
    ).toBe('clean');
  });
  it("flags a rule's ask beside a firm deception however unfamiliar the wording reads to the model", () => {
    const v = combine({ ...base, signals: [ASK.fire('pay'), DECEIVE.fire('spoof')], model: model(0.1) });
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: true, strong: false });
    expect(v.verdict).toBe('suspicious');
    expect(v.score).toBe(0.5);
    expect(v.explanation?.evidence_floor).toBe(0.5);
    expect(v.explanation?.strong_floor).toBeUndefined();
    // a low-severity deception (a shortened link) beside the same ask is no floor: the model decides
    const weak = combine({
      ...base,
      signals: [ASK.fire('pay'), LOW_DECEIVE.fire('short link')],
      model: model(0.1),
    });
    expect(weak.explanation?.gate).toMatchObject({ open: true, confirmed: false });
    expect(weak.verdict).toBe('clean');
  });
  it('opens for firm deceptions in two different areas without an ask, and the model ranks', () => {
    const HIDDEN = defineSignal({
      id: 'email.hidden.test',
      category: 'hidden_content',
      severity: 'medium',
      summary: 'h',
      roles: { medium: 'deception' },
    });
    const DECOY = defineSignal({
      id: 'email.sender.test',
      category: 'impersonation',
      severity: 'medium',
      summary: 's',
    });
    const DECOY2 = defineSignal({
      id: 'email.sender.test2',
      category: 'impersonation',
      severity: 'high',
      summary: 's',
    });
    const LINKMODEL = defineSignal({
      id: 'url.model.test',
      category: 'phishing',
      severity: 'high',
      summary: 'u',
      roles: { high: 'deception' },
    });
    const areaGate: EvidenceGate = {
      ...gate,
      roleOf: (s) =>
        roleOf(
          s.category,
          s.severity,
          ({ [HIDDEN.id]: HIDDEN, [LINKMODEL.id]: LINKMODEL } as Record<string, typeof HIDDEN>)[s.id]?.roles,
        ),
      confirms: (s) => s.id !== LINKMODEL.id,
      areaOf: (s) => s.id.split('.')[1]!,
    };
    const two = combine({
      ...base,
      gate: areaGate,
      signals: [HIDDEN.fire('h'), DECOY.fire('d')],
      model: model(0.8),
      askScore: 0.1,
    });
    expect(two.explanation?.gate).toMatchObject({
      open: true,
      ask: false,
      corroborated: true,
      confirmed: false,
    });
    expect(two.verdict).toBe('suspicious');
    // open is not confirmed: an unsure model still decides
    expect(
      combine({
        ...base,
        gate: areaGate,
        signals: [HIDDEN.fire('h'), DECOY.fire('d')],
        model: model(0.2),
        askScore: 0.1,
      }).verdict,
    ).toBe('clean');
    // two disguises of the same thing (the sender) are one
    const same = combine({
      ...base,
      gate: areaGate,
      signals: [DECOY.fire('a'), DECOY2.fire('b')],
      model: model(0.8),
      askScore: 0.1,
    });
    expect(same.explanation?.gate).toMatchObject({ open: false, corroborated: false });
    // a learned model's opinion is not a firm deception, and a low one is not either
    expect(
      combine({
        ...base,
        gate: areaGate,
        signals: [LINKMODEL.fire('u'), DECOY.fire('d')],
        model: model(0.8),
        askScore: 0.1,
      }).verdict,
    ).toBe('clean');
    expect(
      combine({
        ...base,
        gate: areaGate,
        signals: [LOW_DECEIVE.fire('l'), DECOY.fire('d')],
        model: model(0.8),
        askScore: 0.1,
      }).verdict,
    ).toBe('clean');
    // without areaOf, deceptions alone never open
    expect(
      combine({ ...base, signals: [HIDDEN.fire('h'), DECOY.fire('d')], model: model(0.8), askScore: 0.1 })
        .verdict,
    ).toBe('clean');
  });
  it("lets a gate decide which signals confirm: a learned model's opinion opens, never confirms", () => {
    const firmGate: EvidenceGate = { ...gate, confirms: (s) => s.id !== DECEIVE.id };
    const v = combine({
      ...base,
      gate: firmGate,
      signals: [ASK.fire('pay'), DECEIVE.fire('url model')],
      model: model(0.1),
    });
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: false });
    expect(v.verdict).toBe('clean');
  });
  it('lets the model supply the ask (lure wording) but never the deception', () => {
    expect(combine({ ...base, signals: [DECEIVE.fire('lookalike')], model: model(0.8) }).verdict).toBe(
      'suspicious',
    );
    expect(combine({ ...base, signals: [DECEIVE.fire('lookalike')], model: model(0.45) }).score).toBeLessThan(
      0.5,
    );
    expect(evaluateGate([DECEIVE.fire('x')], 0.8, gate)).toEqual({
      open: true,
      ask: true,
      deception: true,
      strong: false,
      confirmed: false,
      corroborated: false,
    });
  });
  it("reads the ask from the model's wording score, not from a probability the deception itself raised", () => {
    // the model's own probability is high because the rule fired; without the rule it reads 0.2
    expect(
      combine({ ...base, signals: [DECEIVE.fire('reply-to elsewhere')], model: model(0.9), askScore: 0.2 })
        .verdict,
    ).toBe('clean');
    expect(
      combine({ ...base, signals: [DECEIVE.fire('reply-to elsewhere')], model: model(0.9), askScore: 0.7 })
        .verdict,
    ).toBe('malicious');
  });
  it('opens for one strong signal: declared, prompt injection, or critical', () => {
    expect(evaluateGate([DECLARED_STRONG.fire('gift cards')], null, gate).open).toBe(true);
    expect(evaluateGate([STRONG.fire('ignore previous instructions')], null, gate).open).toBe(true);
    expect(combine({ ...base, signals: [CRIT.fire('invoice.pdf.exe')], model: model(0.01) }).score).toBe(
      0.95,
    );
  });
  it('flags a message with one strong signal however unfamiliar its wording reads to the model', () => {
    const v = combine({ ...base, signals: [DECLARED_STRONG.fire('new bank details')], model: model(0.05) });
    expect(v.verdict).toBe('suspicious');
    expect(v.score).toBe(0.5);
    expect(v.explanation?.strong_floor).toBe(0.5);
    // above the threshold the model still ranks, and no floor is reported
    const sure = combine({ ...base, signals: [DECLARED_STRONG.fire('x')], model: model(0.95) });
    expect(sure.score).toBe(0.95);
    expect(sure.explanation?.strong_floor).toBeUndefined();
    // the model's ask with a deception opens the gate but is no floor: there the model decides
    expect(
      combine({ ...base, signals: [DECEIVE.fire('spoof')], model: model(0.1), askScore: 0.6 }).score,
    ).toBeLessThan(0.5);
  });
  it('follows a configured suspicious threshold', () => {
    const v = combine({
      ...base,
      signals: [],
      model: model(0.9),
      thresholds: { suspicious: 0.3, malicious: 0.8 },
    });
    expect(v.verdict).toBe('clean');
    expect(v.score).toBeLessThan(0.3);
  });
});

describe('declared roles of real signals', () => {
  it('a shortened link hides its destination: deception, still low severity', async () => {
    const { HOST_SHORTENER } = await import('../../src/url/host.js');
    expect(roleOf(HOST_SHORTENER.category, 'low', HOST_SHORTENER.roles)).toBe('deception');
    expect(HOST_SHORTENER.severity).toBe('low');
  });
  it('new bank details next to a payment request are evidence on their own (high), a bare notice is an ask', async () => {
    const { PAYMENT_CHANGE } = await import('../../src/email/content.js');
    expect(roleOf(PAYMENT_CHANGE.category, 'high', PAYMENT_CHANGE.roles)).toBe('strong');
    expect(roleOf(PAYMENT_CHANGE.category, 'medium', PAYMENT_CHANGE.roles)).toBe('ask');
  });
  it('a credential pretext is an ask even when nothing presses (low)', async () => {
    const { CREDENTIAL_LURE } = await import('../../src/email/content.js');
    expect(roleOf(CREDENTIAL_LURE.category, 'low', CREDENTIAL_LURE.roles)).toBe('ask');
  });
  it('a URL model that only leans towards phishing (low) is context, not deception', async () => {
    const { URL_MODEL_PHISHING } = await import('../../src/url/url-model.js');
    expect(roleOf(URL_MODEL_PHISHING.category, 'low', URL_MODEL_PHISHING.roles)).toBe('context');
    expect(roleOf(URL_MODEL_PHISHING.category, 'medium', URL_MODEL_PHISHING.roles)).toBe('deception');
  });
});

describe('a sender domain built to pass for a known one opens the gate on its own', () => {
  it('declares lookalike_domain and recipient_lookalike strong when high, deception when weaker', async () => {
    const { LOOKALIKE_DOMAIN, RECIPIENT_LOOKALIKE } = await import('../../src/email/sender.js');
    for (const d of [LOOKALIKE_DOMAIN, RECIPIENT_LOOKALIKE]) {
      expect(roleOf(d.category, 'high', d.roles)).toBe('strong');
      expect(roleOf(d.category, 'medium', d.roles)).toBe('deception');
    }
  });
  it('flags a no-ask note from a one-letter cousin of the recipient domain (the first step of a BEC thread)', async () => {
    const { resolveConfig } = await import('../../src/config/index.js');
    const { analyzeEmail } = await import('../../src/email/index.js');
    const { eml } = await import('../helpers/eml.js');
    const v = await analyzeEmail(
      eml({
        from: 'Samuel Hansen <shansen@pinecrestengineeriing.example>',
        to: 'samantha@pinecrestengineering.example',
        subject: 'Quick one',
        text: 'Are you at your desk? I need a hand with something today.',
      }),
      { config: resolveConfig({}) },
    );
    expect(v.verdict).not.toBe('clean');
    // the same note from the real domain stays clean
    const ok = await analyzeEmail(
      eml({
        from: 'Samuel Hansen <shansen@pinecrestengineering.example>',
        to: 'samantha@pinecrestengineering.example',
        subject: 'Quick one',
        text: 'Are you at your desk? I need a hand with something today.',
      }),
      { config: resolveConfig({}) },
    );
    expect(ok.verdict).toBe('clean');
  });
});
