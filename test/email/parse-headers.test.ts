/**
 * The header block: recognising a message whose first header is long (issue 10, rspamd's
 * dkim_huge_hlist.eml / dkim_large_hlist.eml), the header limits (issue 10: padding in front of a
 * phishing message), and the structural signals they feed (email.structure.*).
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmail, extractFacts } from '../../src/email/index.js';
import { resolveConfig, type VigilConfig } from '../../src/config/index.js';
import { Budget, DEFAULT_LIMITS, type Limits } from '../../src/core/index.js';
import { eml } from '../helpers/eml.js';
import { errorCode, expectAbsent, expectFires } from '../helpers/verdict.js';

const OVERSIZED = 'email.structure.oversized_headers';
const DUPLICATE_FROM = 'email.structure.duplicate_from';

/** Config with some limits changed (header_lines is not in the config schema yet: see README "Limits"). */
function withLimits(limits: Partial<Limits>): VigilConfig {
  const base = resolveConfig({});
  return { ...base, limits: { ...base.limits, ...limits } };
}

/** A folded DKIM-Signature of about `bytes` bytes with a long h= list, as large signers write. */
function dkimHeader(bytes: number): string {
  const lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.example; s=sel1;'];
  const line = '\th=from:to:cc:subject:date:message-id:reply-to:mime-version:content-type:';
  const last = '\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==';
  let size = lines[0]!.length + 2;
  while (size + line.length + 2 + last.length + 2 <= bytes) {
    lines.push(line);
    size += line.length + 2;
  }
  lines.push(last);
  return lines.join('\r\n') + '\r\n';
}

/** Header fields and bytes (without the blank line) of a built message's header block. */
function blockOf(msg: Buffer): { fields: number; bytes: number } {
  const text = msg.toString('latin1');
  const end = text.indexOf('\r\n\r\n') + 2;
  const lines = text.slice(0, end).split('\r\n').slice(0, -1);
  return { fields: lines.filter((l) => !/^[ \t]/.test(l)).length, bytes: end };
}

describe('recognising a message with a long first header', () => {
  it.each([
    ['9 KB', 9 * 1024],
    ['60 KB', 60 * 1024],
  ])('accepts a %s folded DKIM-Signature as the first header', async (_, size) => {
    const head = dkimHeader(size);
    expect(head.length).toBeGreaterThan(size - 200);
    expect(head.length).toBeLessThanOrEqual(size);
    const v = await analyzeEmail(Buffer.concat([Buffer.from(head), eml({ subject: 'signed' })]), {
      scorer: null,
    });
    expect(v.input.subject).toBe('signed');
    expect(v.skipped).toEqual([]);
  });

  it('accepts a long run of unknown but valid header lines before the first known one', async () => {
    const pad = Array.from({ length: 400 }, (_, i) => `Y-Trace-${i}: ${'t'.repeat(60)}\r\n`).join('');
    const v = await analyzeEmail(Buffer.concat([Buffer.from(pad), eml({ subject: 'after a trace' })]), {
      scorer: null,
    });
    expect(v.input.subject).toBe('after a trace');
  });

  it.each([
    ['prose', 'Dear diary,\nToday nothing happened.\nFrom: me\n\nbody\n'],
    ['prose with a colon in the first line', 'Note: buy milk\nand bread\nand eggs\n'],
    ['a header line followed by binary', 'X-Trace: a\r\n\0\0\0\x01\x02PK\x03\x04'],
    ['a long valid first header followed by binary', `${dkimHeader(20 * 1024)}\0\0\0binary`],
    ['a PNG', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'],
  ])('still refuses %s with E_NOT_EMAIL', async (_, text) => {
    expect(await errorCode(analyzeEmail(Buffer.from(text, 'latin1')))).toBe('E_NOT_EMAIL');
  });
});

describe('email.structure.duplicate_from', () => {
  it('counts a second From and fires', async () => {
    const msg = eml({
      from: 'Payroll <payroll@fabrikam.example>',
      headers: { From: 'Ines <ines@attacker.test>' },
    });
    const facts = await extractFacts(msg, 't', new Budget(DEFAULT_LIMITS));
    expect(facts.fromHeaders).toBe(2);
    const v = await analyzeEmail(msg, { scorer: null });
    expect(expectFires(v, DUPLICATE_FROM)).toMatchObject({
      severity: 'medium',
      evidence: [
        { where: 'header:From', text: 'Payroll <payroll@fabrikam.example>' },
        { where: 'header:From', text: 'Ines <ines@attacker.test>' },
      ],
    });
  });

  it('stays silent for one From with a folded, encoded display name', async () => {
    const msg = eml({
      from: '"=?utf-8?Q?Ren=C3=A9e_Dupont-Lefebvre?=\r\n =?utf-8?Q?_de_la_Comptabilit=C3=A9?=" <renee@sender.example>',
    });
    const facts = await extractFacts(msg, 't', new Budget(DEFAULT_LIMITS));
    expect(facts.fromHeaders).toBe(1);
    expectAbsent(await analyzeEmail(msg, { scorer: null }), DUPLICATE_FROM);
  });

  it('stays silent for a forwarded message attached with its own From', async () => {
    const inner = eml({ from: 'Vendor <billing@vendor.example>', subject: 'Invoice 42' });
    const msg = eml({
      attachments: [
        { filename: 'fwd.eml', contentType: 'message/rfc822', content: inner, disposition: 'inline' },
      ],
    });
    const facts = await extractFacts(msg, 't', new Budget(DEFAULT_LIMITS));
    expect(facts.fromHeaders).toBe(1);
    expectAbsent(await analyzeEmail(msg, { scorer: null }), DUPLICATE_FROM);
  });

  it('stays silent for Resent-From and a From: line quoted in the body', async () => {
    const msg = eml({
      headers: { 'Resent-From': 'desk@sender.example' },
      text: 'Forwarded:\nFrom: someone@else.example\n',
    });
    expectAbsent(await analyzeEmail(msg, { scorer: null }), DUPLICATE_FROM);
  });
});

describe('header limits at the limit and one past it', () => {
  it('keeps exactly header_lines fields, and cuts one more', async () => {
    const msg = eml({ headers: { 'X-A': '1', 'X-B': '2' } });
    const { fields } = blockOf(msg);
    const exact = withLimits({ header_lines: fields });
    const v = await analyzeEmail(msg, { config: exact, scorer: null });
    expect(v.skipped).toEqual([]);
    expectAbsent(v, OVERSIZED);
    const tight = withLimits({ header_lines: fields - 1 });
    const v2 = await analyzeEmail(msg, { config: tight, scorer: null });
    // the last field (Content-Transfer-Encoding) is one the checks read: kept, nothing else to drop
    expect(v2.skipped).toEqual([]);
    expectFires(v2, OVERSIZED);
  });

  it('names the fields dropped past header_lines', async () => {
    const msg = eml({
      headers: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`X-Pad-${i}`, 'p'])),
    });
    const { fields } = blockOf(msg);
    const config = withLimits({ header_lines: 10 });
    const v = await analyzeEmail(msg, { config, scorer: null });
    // 5 standard fields + 5 pads kept; 25 pads dropped; MIME-Version, Content-Type and CTE kept past the cut
    expect(fields).toBe(38);
    expect(v.skipped).toEqual([{ what: 'headers after #10 (25 lines)', why: 'limit header_lines=10' }]);
  });

  it('keeps a block of exactly headers_total_bytes, and cuts one byte less', async () => {
    // padded past the 1 KiB minimum a config accepts for the limit
    const msg = eml({ headers: { 'X-Pad': 'p'.repeat(500), 'X-Pad-2': 'p'.repeat(900) } });
    const { bytes } = blockOf(msg);
    const exact = resolveConfig({ limits: { headers_total_bytes: bytes } });
    const v = await analyzeEmail(msg, { config: exact, scorer: null });
    expect(v.skipped).toEqual([]);
    expectAbsent(v, OVERSIZED);
    const tight = resolveConfig({ limits: { headers_total_bytes: bytes - 1 } });
    const v2 = await analyzeEmail(msg, { config: tight, scorer: null });
    expectFires(v2, OVERSIZED);
    expect(v2.input.subject).toBe('Lunch on Thursday');
  });

  it('past the cut, reads a From only at the start of a line (not after a lone CR)', async () => {
    const head = 'From: Real <real@sender.example>\r\nSubject: hi\r\n' + 'X-Pad: p\r\n'.repeat(20);
    const msg = Buffer.from(`${head}X-Note: a\rFrom: Evil <e@attacker.test>\r\n\r\nbody\r\n`, 'latin1');
    const budget = new Budget(withLimits({ header_lines: 5 }).limits);
    const facts = await extractFacts(msg, 't', budget);
    expect(facts.fromHeaders).toBe(1);
    expect(facts.from?.address).toBe('real@sender.example');
    expect(budget.skipped).toEqual([{ what: 'headers after #5 (18 lines)', why: 'limit header_lines=5' }]);
  });

  it('past the cut, drops a kept-name header over header_bytes and says so', async () => {
    const msg = Buffer.from(
      'From: a@sender.example\r\n' +
        'X-Pad: p\r\n'.repeat(10) +
        `Subject: ${'s'.repeat(300)}\r\nTo: b@recipient.example\r\n\r\nbody\r\n`,
    );
    const budget = new Budget(withLimits({ header_lines: 3, header_bytes: 200 }).limits);
    const facts = await extractFacts(msg, 't', budget);
    expect(facts.subject).toBe('');
    expect(facts.to[0]?.address).toBe('b@recipient.example');
    expect(budget.skipped).toEqual([
      { what: 'header Subject', why: 'limit header_bytes=200' },
      { what: 'headers after #3 (8 lines)', why: 'limit header_lines=3' },
    ]);
  });
});
