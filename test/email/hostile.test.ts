/**
 * Hostile input: each case gets a clear error or a verdict that says what was skipped, in bounded
 * time and memory, never a crash. Timings are never asserted (that is bench/'s job); vitest's
 * timeout catches a hang.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmail, extractFacts } from '../../src/email/index.js';
import { MAX_BLANK_RUN } from '../../src/email/extract.js';
import { resolveConfig } from '../../src/config/index.js';
import { Budget, DEFAULT_LIMITS } from '../../src/core/index.js';
import { eml } from '../helpers/eml.js';
import { errorCode, signalIds, expectAbsent, expectFires } from '../helpers/verdict.js';

/** A brand-impersonation credential phish: the issue 10 message without its padding. */
function phish(extraHeaders: [string, string][] = []): Buffer {
  return eml({
    from: '"PayPal Service" <service@paypa1-secure.test>',
    replyTo: 'recovery@mail.example',
    subject: 'Your account has been suspended',
    headers: extraHeaders,
    html: '<p>Dear customer, your PayPal account has been suspended. Verify your password within 24 hours or it will be closed.</p><a href="http://192.0.2.7/paypal/login.php">https://www.paypal.com/signin</a>',
  });
}

/** `n` short `X-Pad:` lines (about 110 bytes each) in front of a message. */
function padded(n: number, msg: Buffer): Buffer {
  const pad = Array.from(
    { length: n },
    (_, i) => `X-Pad: ${'p'.repeat(96)} ${String(i).padStart(5, '0')}\r\n`,
  ).join('');
  return Buffer.concat([Buffer.from(pad), msg]);
}

function nestRfc822(levels: number): Buffer {
  let inner = eml({ subject: 'innermost', text: 'deep inside' }).toString('latin1');
  for (let i = 0; i < levels; i++) {
    inner = [
      'From: a@sender.example',
      'To: b@recipient.example',
      `Subject: level ${i}`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="b${i}"`,
      '',
      `--b${i}`,
      'Content-Type: message/rfc822',
      '',
      inner,
      `--b${i}--`,
      '',
    ].join('\r\n');
  }
  return Buffer.from(inner, 'latin1');
}

function manyParts(n: number): Buffer {
  const parts = [
    'From: a@sender.example',
    'To: b@recipient.example',
    'Subject: parts',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="X"',
    '',
  ];
  for (let i = 0; i < n; i++) parts.push('--X', 'Content-Type: text/plain', '', `part ${i}`);
  parts.push('--X--', '');
  return Buffer.from(parts.join('\r\n'));
}

describe('hostile input', () => {
  it('rejects a file that is not an email with E_NOT_EMAIL', async () => {
    expect(await errorCode(analyzeEmail(Buffer.from('Dear diary,\nToday nothing happened.\n')))).toBe(
      'E_NOT_EMAIL',
    );
  });

  it('rejects an empty file with E_EMPTY_INPUT', async () => {
    expect(await errorCode(analyzeEmail(Buffer.alloc(0)))).toBe('E_EMPTY_INPUT');
    expect(await errorCode(analyzeEmail(Buffer.from('\n\n  \n')))).toBe('E_EMPTY_INPUT');
  });

  it('rejects binary garbage with E_NOT_EMAIL', async () => {
    let x = 12345;
    const bytes = Buffer.alloc(64 * 1024, 0).map(() => (x = (x * 1103515245 + 12345) & 0xff));
    expect(await errorCode(analyzeEmail(bytes))).toBe('E_NOT_EMAIL');
    // a PNG header and a zip local header are not mail either
    expect(await errorCode(analyzeEmail(Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1')))).toBe(
      'E_NOT_EMAIL',
    );
    expect(await errorCode(analyzeEmail(Buffer.from('PK\x03\x04\x14\0\0\0', 'latin1')))).toBe('E_NOT_EMAIL');
  });

  it('scans a 50 MB message from its headers and first 25 MB, and says so', async () => {
    const head = eml({ subject: 'big', text: 'start' });
    const big = Buffer.concat([head, Buffer.alloc(50 * 1024 * 1024, 'a')]);
    const v = await analyzeEmail(big);
    expect(v.input.subject).toBe('big');
    expect(v.skipped).toContainEqual({
      what: `bytes after ${25 * 1024 * 1024}`,
      why: `limit message_bytes=${25 * 1024 * 1024}`,
    });
  });

  it('cuts the message exactly at the limit, not one byte earlier', async () => {
    const msg = eml({ text: 'x'.repeat(1500) }); // over the 1 KiB minimum of message_bytes
    const config = resolveConfig({ limits: { message_bytes: msg.length } });
    expect((await analyzeEmail(msg, { config })).skipped).toEqual([]);
    const tight = resolveConfig({ limits: { message_bytes: msg.length - 1 } });
    expect((await analyzeEmail(msg, { config: tight })).skipped[0]?.why).toBe(
      `limit message_bytes=${msg.length - 1}`,
    );
  });

  it('parses 10,000 MIME parts within the part limit and says what was skipped', async () => {
    const v = await analyzeEmail(manyParts(10_000));
    expect(v.skipped.some((s) => s.why === 'limit mime_parts=1000')).toBe(true);
  });

  it('keeps exactly mime_parts parts without a skip', async () => {
    const config = resolveConfig({ limits: { mime_parts: 11 } });
    const v = await analyzeEmail(manyParts(10), { config }); // 10 parts + the multipart itself
    expect(v.skipped).toEqual([]);
    const v2 = await analyzeEmail(manyParts(11), { config });
    expect(v2.skipped.some((s) => s.why === 'limit mime_parts=11')).toBe(true);
  });

  it('drops a 1 MB header line and still analyses the rest', async () => {
    const msg = eml({ headers: { 'X-Junk': 'a'.repeat(1024 * 1024) }, subject: 'still here' });
    const v = await analyzeEmail(msg);
    expect(v.input.subject).toBe('still here');
    expect(v.skipped).toContainEqual({ what: 'header X-Junk', why: `limit header_bytes=${64 * 1024}` });
  });

  it('keeps a header of exactly header_bytes', async () => {
    const base = eml({ headers: { 'X-Pad': '' } });
    const config = resolveConfig({ limits: { header_bytes: 1024 } }); // the minimum
    const exact = 'X-Pad: '.length + 2; // name, colon, space, CRLF
    const msg = eml({ headers: { 'X-Pad': 'p'.repeat(1024 - exact) } });
    expect((await analyzeEmail(msg, { config })).skipped).toEqual([]);
    const over = eml({ headers: { 'X-Pad': 'p'.repeat(1025 - exact) } });
    expect((await analyzeEmail(over, { config })).skipped.map((s) => s.what)).toContain('header X-Pad');
    expect(base.length).toBeGreaterThan(0);
  });

  it('survives invalid and unknown charsets', async () => {
    const msg = Buffer.from(
      [
        'From: =?x-unknown-charset?B?SGVsbG8=?= <a@sender.example>',
        'To: b@recipient.example',
        'Subject: =?utf-8?B?invalid base64!!?=',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="no-such-charset-42"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'caf=E9 =ZZ broken soft break=',
        '',
      ].join('\r\n'),
    );
    const v = await analyzeEmail(msg);
    // an unknown charset falls back (the From name still decodes), the sender is still read
    expect(v.input).toMatchObject({ from: 'Hello <a@sender.example>' });
    expect(v.verdict).toBe('clean');
  });

  it('handles deeply nested message/rfc822 without a crash and says what was skipped', async () => {
    const v = await analyzeEmail(nestRfc822(60));
    expect(v.kind).toBe('email');
    expect(v.skipped.length).toBeGreaterThan(0);
  });

  it('handles deeply nested multiparts past mime_depth', async () => {
    let body = 'Content-Type: text/plain\r\n\r\nbottom\r\n';
    for (let i = 0; i < 200; i++)
      body = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${body}--n${i}--\r\n`;
    const msg = Buffer.from(
      `From: a@sender.example\r\nTo: b@recipient.example\r\nSubject: nest\r\nMIME-Version: 1.0\r\n${body}`,
    );
    const v = await analyzeEmail(msg);
    expect(v.input.subject).toBe('nest');
    expect(v.skipped.some((s) => s.what === 'MIME structure')).toBe(true);
  });

  it('handles deeply nested HTML and a link flood within the URL limit', async () => {
    const html =
      '<div>'.repeat(50_000) +
      Array.from({ length: 5000 }, (_, i) => `<a href="https://s${i}.sender.example/">x</a>`).join('') +
      '</div>'.repeat(50_000);
    const v = await analyzeEmail(eml({ html }));
    expect(v.skipped).toContainEqual({ what: 'URLs after #2000', why: 'limit urls=2000' });
  });

  it('accepts a message with headers only and no body', async () => {
    const v = await analyzeEmail(Buffer.from('From: a@sender.example\r\nSubject: hi\r\n'));
    expect(v.input.subject).toBe('hi');
  });

  it('accepts a leading mbox envelope line', async () => {
    const v = await analyzeEmail(
      Buffer.concat([
        Buffer.from('From a@sender.example  Sat Oct  5 10:00:00 2024\n'),
        eml({ subject: 'mbox' }),
      ]),
    );
    expect(v.input.subject).toBe('mbox');
  });

  describe('a header block padded past the header limits (issue 10)', () => {
    const OVERSIZED = 'email.structure.oversized_headers';

    it('keeps the headers that matter, reads the body, flags the padding and names the cut', async () => {
      const clean = await analyzeEmail(phish(), { scorer: null });
      const msg = padded(10_000, phish());
      expect(msg.length).toBeGreaterThan(1024 * 1024);
      const v = await analyzeEmail(msg, { scorer: null });
      expect(v.verdict).toBe('malicious');
      expect(v.input).toMatchObject({
        subject: 'Your account has been suspended',
        from: '"PayPal Service" <service@paypa1-secure.test>',
      });
      // every signal of the unpadded message, from headers and from the HTML body, plus the padding itself
      expect(signalIds(v).sort()).toEqual([...signalIds(clean), OVERSIZED].sort());
      expect(expectFires(v, OVERSIZED)).toMatchObject({
        severity: 'medium',
        evidence: [
          {
            where: 'header',
            text: expect.stringMatching(/^X-Pad: [\d,]+ of the first [\d,]+ header lines$/),
          },
        ],
      });
      expect(v.skipped).toHaveLength(1);
      expect(v.skipped[0]).toMatchObject({ why: 'limit headers_total_bytes=1048576' });
      expect(v.skipped[0]!.what).toMatch(/^headers after 1 MB \([\d,]+ lines\)$/);
    });

    it('keeps a second From placed behind the padding, so it is still seen', async () => {
      const msg = padded(10_000, phish([['From', 'IT Desk <it@fabrikam.example>']]));
      const v = await analyzeEmail(msg, { scorer: null });
      expectFires(v, 'email.structure.duplicate_from');
      expectFires(v, OVERSIZED);
    });

    it('keeps From, Subject and the MIME structure past the header line count', async () => {
      const tiny = Array.from({ length: 30_000 }, (_, i) => `X-P: ${i}\r\n`).join('');
      const v = await analyzeEmail(Buffer.concat([Buffer.from(tiny), phish()]), { scorer: null });
      expect(v.input.subject).toBe('Your account has been suspended');
      expect(signalIds(v)).toEqual(
        expect.arrayContaining([OVERSIZED, 'email.content.credential_lure', 'email.link.text_href_mismatch']),
      );
      expect(v.skipped).toContainEqual({
        what: 'headers after #10,000 (20,000 lines)',
        why: 'limit header_lines=10000',
      });
    });

    it('stays silent for a legitimate message with a long Received chain and a big DKIM/ARC set (40 KB)', async () => {
      const headers: [string, string][] = [];
      for (let i = 0; i < 40; i++) {
        headers.push([
          'Received',
          `from mx${i}.relay.example (mx${i}.relay.example [192.0.2.${i + 1}])\r\n\tby mx${i + 1}.relay.example (Postfix) with ESMTPS id 4Q${i}Z9abc\r\n\tfor <bob@recipient.example>; Tue, 03 Jun 2025 10:00:${String(i).padStart(2, '0')} +0000`,
        ]);
      }
      const sig = (n: number) =>
        Array.from(
          { length: n },
          (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.slice(i % 8) + 'x',
        ).join('\r\n\t');
      for (let i = 1; i <= 16; i++) {
        headers.push([
          'ARC-Seal',
          `i=${i}; a=rsa-sha256; t=1748944800; cv=${i === 1 ? 'none' : 'pass'}; d=relay.example; s=arc-2025;\r\n\tb=${sig(12)}`,
        ]);
        headers.push([
          'ARC-Message-Signature',
          `i=${i}; a=rsa-sha256; c=relaxed/relaxed; d=relay.example; s=arc-2025;\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\tb=${sig(12)}`,
        ]);
        headers.push([
          'ARC-Authentication-Results',
          `i=${i}; mx${i}.relay.example; dkim=pass header.d=sender.example; spf=pass smtp.mailfrom=sender.example; dmarc=pass header.from=sender.example`,
        ]);
      }
      for (let i = 0; i < 3; i++) {
        headers.push([
          'DKIM-Signature',
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.example; s=s${i};\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\tb=${sig(6)}`,
        ]);
      }
      const msg = eml({ headers });
      const block = msg.toString('latin1').indexOf('\r\n\r\n');
      expect(block).toBeGreaterThan(40 * 1024);
      const v = await analyzeEmail(msg, { scorer: null });
      expectAbsent(v, OVERSIZED);
      expect(v.skipped).toEqual([]);
    });
  });

  it('cuts a 100,000-blank run in the text the checks read (a white-space regex downstream took 35 s on it)', async () => {
    const gap = ' '.repeat(100_000);
    const plain = await extractFacts(
      eml({ text: `Hello${gap}world\n\n${'\t'.repeat(70)}end` }),
      't',
      new Budget(DEFAULT_LIMITS),
    );
    expect(plain.text).toBe(`Hello${' '.repeat(MAX_BLANK_RUN)}world\n\n${'\t'.repeat(MAX_BLANK_RUN)}end`);
    // em spaces survive the HTML reader's own collapsing (it folds only space, tab and NBSP)
    const html = await extractFacts(
      eml({ html: `<p>Hello${'\u2003'.repeat(100_000)}world</p>` }),
      't',
      new Budget(DEFAULT_LIMITS),
    );
    expect(html.visibleText).toBe(`Hello${'\u2003'.repeat(MAX_BLANK_RUN)}world`);
    // and the whole analysis finishes (vitest's timeout is the hang check; no timing asserted)
    const v = await analyzeEmail(eml({ text: `Hello${gap}world` }), { scorer: null });
    expect(v.skipped).toEqual([]);
  });
});

describe('a huge single text part', () => {
  it('is cut before the MIME parser at 1.5 x text_bytes_per_part, and says so', async () => {
    const body = 'hello http://x.example/ world\n'.repeat(400_000); // 12 MB of plain text
    const raw = Buffer.from(`From: a@b.example\nTo: c@d.example\nSubject: hi\n\n${body}`);
    const v = await analyzeEmail(raw, { scorer: null });
    expect(v.skipped).toContainEqual({
      what: `body after ${1.5 * 2 * 1024 * 1024} bytes`,
      why: 'limit text_bytes_per_part=2097152',
    });
    expect(v.input.subject).toBe('hi');
  });
  it('leaves a multipart message and a small text message to the parser', async () => {
    const v = await analyzeEmail(eml({ text: 'short' }), { scorer: null });
    expect(v.skipped).toEqual([]);
  });
});
