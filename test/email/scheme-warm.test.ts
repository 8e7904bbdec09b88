/**
 * The scheme concepts' patterns (src/email/scam-schemes.ts SCHEME_PATTERNS) are first run on the
 * phrases' WARM_TEXT, once per process (speed only: V8 compiles them to machine code at once). The
 * run must not be seen: none matches WARM_TEXT (so RegExp.lastMatch and lastIndex are left alone),
 * and the first findSchemes of a process finds what a later one finds.
 */
import { describe, expect, it, vi } from 'vitest';
import { normalizeForMatch } from '../../src/email/normalize.js';

const TEXTS = [
  'Invest 500 usd today and earn 3% per day, withdraw within 48 hours. Send 0.1 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  'I recorded you. Pay 1450 USD in Bitcoin to 1BoatSLRnSpAeC7FhEngkzjq9EgxNkB2Q within 2 days or your contacts get the video.',
  'Our bank details changed: IBAN DE89 3704 0044 0532 0130 00, please wire $48,750 today and keep this between us.',
  'Earn $180-$420 per day, we double every deposit: send 1 ETH to 0x52908400098527886E0F7030069857D2E4169EE7 and get 2x back.',
  'nothing to see here, just lunch on friday',
];

async function fresh() {
  vi.resetModules();
  const schemes = await import('../../src/email/scam-schemes.js');
  const phrases = await import('../../src/email/phrases.js');
  return { ...schemes, ...phrases };
}

const segsOf = (text: string) => [
  { where: 'header:Subject', text: normalizeForMatch(text.slice(0, 60)), source: text.slice(0, 60) },
  { where: 'body:text', text: normalizeForMatch(text), source: text },
];

describe('scheme pattern warm-up', () => {
  it('no scheme pattern matches WARM_TEXT', async () => {
    const m = await fresh();
    expect(m.SCHEME_PATTERNS.length).toBeGreaterThanOrEqual(8);
    for (const re of m.SCHEME_PATTERNS)
      expect(new RegExp(re.source, re.flags).test(m.WARM_TEXT), re.source.slice(0, 80)).toBe(false);
  });

  it('leaves RegExp.lastMatch; the first search of a process finds what later ones find', async () => {
    const m = await fresh();
    // the warm-up run itself changes no regex state a search reads
    /^(lead)/.exec('leading');
    for (const re of m.SCHEME_PATTERNS) {
      m.warmUp(re);
      expect(re.lastIndex).toBe(0);
    }
    expect(RegExp.lastMatch).toBe('lead');
    const firsts = [];
    for (const t of TEXTS) firsts.push(m.findSchemes(segsOf(t)));
    expect(firsts.some((f) => f.length > 0)).toBe(true);
    // the same texts again in this process, and in another whose first search was of each text
    for (const [i, t] of TEXTS.entries()) expect(m.findSchemes(segsOf(t))).toEqual(firsts[i]);
    for (const [i, t] of TEXTS.entries()) {
      const other = await fresh();
      expect(other.findSchemes(segsOf(t))).toEqual(firsts[i]);
    }
  });
});
