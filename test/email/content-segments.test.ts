/**
 * contentSegments is made once per message and shared by the analyzers that read the text: the
 * same facts give the same segments, and facts whose text changed give new ones (a cache that
 * outlived an edit would have the rules read the old text).
 */
import { describe, expect, it } from 'vitest';
import { contentSegments } from '../../src/email/content.js';
import { Budget, DEFAULT_LIMITS } from '../../src/core/index.js';
import { extractFacts } from '../../src/email/extract.js';
import { eml } from '../helpers/eml.js';

describe('contentSegments', () => {
  it('returns the same segments for the same facts, and new ones when a field they read changes', async () => {
    const facts = await extractFacts(
      eml({ subject: 'Invoice 4471', text: 'Please find the invoice attached.' }),
      't',
      new Budget(DEFAULT_LIMITS),
    );
    const first = contentSegments(facts);
    expect(contentSegments(facts)).toBe(first);
    expect(first.map((s) => s.text).join(' | ')).toContain('invoice 4471');
    facts.subject = 'Payment reminder';
    const second = contentSegments(facts);
    expect(second).not.toBe(first);
    expect(second[0]!.text).toBe('payment reminder');
    facts.documentText = [{ where: 'attachment:a.pdf', text: 'Bank details changed' }];
    expect(contentSegments(facts).at(-1)).toMatchObject({
      where: 'attachment:a.pdf',
      text: 'bank details changed',
    });
  });
});
