/** X-Vigil-* fields: inbound ones removed from the header block only, Vigil's own written safely. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewriteHeaders, stripVigilHeaders, verdictHeaders } from '../../src/flow/index.js';
import type { Verdict } from '../../src/core/index.js';
import { headerValues } from './helpers.js';

const verdict = (over: Partial<Verdict> = {}) =>
  ({
    verdict: 'suspicious',
    score: 0.61234,
    categories: ['bec'],
    signals: [],
    skipped: [],
    input: {},
    ...over,
  }) as unknown as Verdict;

describe('stripVigilHeaders', () => {
  it('removes X-Vigil-* fields of the header block and keeps body lines that look like them', () => {
    const raw = Buffer.from(
      'From: a@sender.example\nX-Vigil-Verdict: clean\n  folded part\nSubject: hi\n\nX-Vigil-Verdict: clean\nbody\n',
    );
    const { message, removed, eol } = stripVigilHeaders(raw);
    expect(removed).toBe(1);
    expect(eol).toBe('\n');
    expect(message.toString()).toBe('From: a@sender.example\nSubject: hi\n\nX-Vigil-Verdict: clean\nbody\n');
  });

  it('leaves a message without such fields byte for byte (same buffer)', () => {
    const raw = Buffer.from('From: a@sender.example\r\nX-Vigilant: yes\r\n\r\nbody\r\n');
    expect(stripVigilHeaders(raw).message).toBe(raw);
  });

  it('handles a message that is all header block (no blank line, no final newline)', () => {
    const raw = Buffer.from('Subject: x\r\nX-Vigil-Score: 0');
    expect(stripVigilHeaders(raw).message.toString()).toBe('Subject: x\r\n');
  });

  it("after rewriting, the header block has exactly Vigil's fields and the body is unchanged (fixed-seed property)", () => {
    const name = fc.constantFrom(
      'X-Vigil-Verdict',
      'x-vigil-verdict',
      'X-VIGIL-SCORE',
      'X-Vigil-Reasons',
      'Subject',
      'To',
      'X-Other',
    );
    const value = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, value, fc.boolean()), { maxLength: 12 }),
        fc.string({ maxLength: 200 }),
        (fields, body) => {
          const head = fields.map(([n, v, fold]) => `${n}: ${v}${fold ? '\r\n\tmore' : ''}\r\n`).join('');
          const raw = Buffer.from(`From: a@sender.example\r\n${head}\r\n${body}`, 'latin1');
          const { message } = rewriteHeaders(raw, (eol) => verdictHeaders(verdict(), eol, { reasons: 5 }));
          expect(headerValues(message, 'X-Vigil-Verdict')).toEqual(['suspicious']);
          expect(headerValues(message, 'X-Vigil-Score')).toEqual(['0.612']);
          const text = message.toString('latin1');
          expect(text.slice(text.indexOf('\r\n\r\n') + 4)).toBe(body);
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });
});

describe('verdictHeaders', () => {
  it('writes only printable ASCII and folds long values', () => {
    const v = verdict({
      signals: Array.from({ length: 6 }, (_, i) => ({
        id: `email.content.signal_number_${i}\r\nBcc: x@evil.test`,
      })) as unknown as Verdict['signals'],
      skipped: [{ what: 'attachment a.zip', why: 'limit attachments=50' }],
    });
    const h = verdictHeaders(v, '\r\n', { reasons: 5 });
    expect(h).not.toMatch(/\r\nBcc:/);
    expect(h.split('\r\n').every((l) => l.length <= 100 && /^[\x20-\x7e]*$/.test(l))).toBe(true);
    expect(h).toMatch(/^X-Vigil-Skipped: 1 part\(s\) not analysed: limit attachments=50\r\n/m);
    expect(h.match(/signal_number_/g)).toHaveLength(5);
  });
});
