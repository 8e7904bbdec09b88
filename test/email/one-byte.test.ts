/**
 * oneByte (src/email/one-byte.ts) holds a Latin-1 string one byte a character for speed: the
 * characters must come back the same for any string, and a message whose text V8 builds two-byte
 * (a curly quote or a dash somewhere in its HTML) must read the same, its lure still found and its
 * evidence still quoting the message's own characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../src/email/index.js';
import { normalizeForMatch, normalizeForMatchUncached } from '../../src/email/normalize.js';
import { oneByte } from '../../src/email/one-byte.js';
import { eml } from '../helpers/eml.js';
import { expectFires } from '../helpers/verdict.js';

describe('oneByte', () => {
  it('gives back the same characters for any string (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)) }),
          fc.string({ unit: 'binary' }),
        ),
        (s) => {
          // … and once more as a two-byte string's slice, the way V8 builds a body's text
          expect(oneByte(s)).toBe(s);
          expect(oneByte(`\u2019${s}`.slice(1))).toBe(s);
        },
      ),
      { seed: 31, numRuns: 2000 },
    );
  });
  it('gives back Latin-1 text cut or folded out of a two-byte string', () => {
    const wide = 'Caf\u00e9 \u00a0r\u00e9sum\u00e9 \u2019quoted\u2019 \u2014 na\u00efve';
    for (const s of [wide.slice(0, 14), wide.replace(/[\u2019\u2014]/g, "'"), wide.toLowerCase().slice(5)])
      expect(oneByte(s)).toBe(s);
    expect(oneByte(wide)).toBe(wide);
  });
  it('leaves normalizeForMatch what the computation gives', () => {
    for (const text of [
      'Please \u2018update\u2019 our banking details \u2014 send payments to the new account',
      'Caf\u00e9 r\u00e9sum\u00e9\u00a0na\u00efve',
      'Ｐａｙ ｎｏｗ',
    ])
      expect(normalizeForMatch(text)).toBe(normalizeForMatchUncached(text));
  });
});

describe('a message built two-byte', () => {
  it('still has its lure found, with the evidence in its own characters', async () => {
    // the curly quotes and the dash make the HTML, and so every text cut from it, two-byte
    const v = await analyzeEmail(
      eml({
        from: 'Accounts <ar@contoso-supplies.example>',
        subject: 'Invoices',
        html: '<p>Hello,</p><p>Please note that we have updated our banking details \u2014 kindly update your records and send all future payments for outstanding invoices to the new account below.</p><p>\u201cAccounts\u201d</p>',
      }),
      { scorer: null },
    );
    const s = expectFires(v, 'email.content.payment_change');
    expect(s.evidence.map((e) => e.text).join(' ')).toContain('updated our banking details \u2014 kindly');
  });
});
