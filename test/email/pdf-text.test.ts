/**
 * The text of PDF attachments (src/email/pdf-text.ts): a callback lure or a bank-detail change whose
 * words are only in the PDF is read like the body, evidence naming the attachment; a vendor's
 * ordinary invoice stays clean; hostile PDFs (truncated, encrypted, a huge page count, deep nesting,
 * a decompression bomb, random bytes) end in a `skipped` entry within the time limit, never a throw.
 * The PDFs are built at test time (test/helpers/pdf.ts).
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Budget, MAX_PDF_PAGES, MAX_PDF_READERS } from '../../src/core/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail, closePdfReaders, pdfTexts, readPdfText } from '../../src/email/index.js';
import type { AttachmentFacts } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { makePdf } from '../helpers/pdf.js';
import { pdfReadersAlive } from '../../src/email/pdf-text.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

// the message's time_ms is raised only so a loaded CI machine does not skip stages (PDF reading has
// its own clock, MAX_PDF_MS)
const config = resolveConfig({ limits: { time_ms: 60_000 } });
afterAll(() => closePdfReaders());

const CALLBACK_PDF = [
  'Geek Squad Protection Plan\nInvoice number: GS-7734-2291\n\n' +
    'Thank you for renewing your Geek Squad Total Tech Support membership.\n' +
    'Your renewal of $499.99 has been charged to the card on file and will appear on your statement.\n\n' +
    'If you did not authorize this renewal or wish to cancel, call our billing department at\n' +
    '+1 (808) 555-0147 within 24 hours to get a full refund.',
];
const BANK_PDF = [
  'Harbor Freight Logistics Ltd\nAccounts Receivable\n\n' +
    'Please note our new bank details. Our previous account is no longer in use.\n' +
    'Kindly update your records and send all future payments, including the outstanding invoices,\n' +
    'to the new account below.\n\n' +
    'Bank: Meridian Trust Bank\nIBAN: GB29 NWBK 6016 1331 9268 19\nSWIFT: NWBKGB2L',
];
const INVOICE_PDF = [
  'Northwind Office Supplies\nINVOICE INV-20418\nDate: 2 June 2025\n\n' +
    'Bill to: Contoso Ltd, 1 Main Street\n\n' +
    'Printer paper A4, 20 boxes      $180.00\nToner cartridges, 4      $260.00\nTotal amount due: $440.00\n\n' +
    'Payment terms: net 30. Please pay by bank transfer to the account on your supplier record, quoting the invoice number.\n\n' +
    'Thank you for your business.',
];

function withPdf(pdf: Uint8Array, o: { from?: string; subject?: string; text?: string; name?: string } = {}) {
  return eml({
    from: o.from ?? 'Billing <billing.notice.center@gmail.com>',
    subject: o.subject ?? 'Your document',
    text: o.text ?? 'Hello,\n\nPlease find the attached document.\n\nRegards',
    attachments: [{ filename: o.name ?? 'document.pdf', contentType: 'application/pdf', content: pdf }],
  });
}
const attachment = (content: Uint8Array, filename = 'x.pdf'): AttachmentFacts => ({
  filename,
  mimeType: 'application/pdf',
  disposition: 'attachment',
  size: content.length,
  content,
});

describe('PDF attachment text', () => {
  it('a callback lure only in the PDF fires callback, evidence naming the attachment', async () => {
    for (const flate of [false, true]) {
      const raw = withPdf(makePdf(CALLBACK_PDF, { flate }), { name: 'renewal.pdf' });
      const v = await analyzeEmail(raw, { config, scorer: null });
      const s = expectFires(v, 'email.content.callback');
      expect(s.evidence.some((e) => e.where === 'attachment:renewal.pdf')).toBe(true);
      expect(v.verdict).not.toBe('clean');
      expect(v.skipped).toEqual([]);
    }
  });

  it('the same body without the PDF is clean (the PDF is what fires)', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Billing <billing.notice.center@gmail.com>',
        subject: 'Your document',
        text: 'Hello,\n\nPlease find the attached document.\n\nRegards',
      }),
      { config, scorer: null },
    );
    expectAbsent(v, 'email.content.callback');
    expect(v.verdict).toBe('clean');
  });

  it('a bank-detail change only in the PDF fires payment_change', async () => {
    const raw = withPdf(makePdf(BANK_PDF, { flate: true }), {
      from: 'Accounts <accounts@harborfreight-logistics.example>',
      subject: 'Updated remittance information',
      name: 'new-bank-details.pdf',
    });
    const v = await analyzeEmail(raw, { config, scorer: null });
    const s = expectFires(v, 'email.content.payment_change');
    expect(s.evidence.some((e) => e.where === 'attachment:new-bank-details.pdf')).toBe(true);
  });

  it("a vendor's ordinary invoice PDF stays clean", async () => {
    const raw = withPdf(makePdf(INVOICE_PDF, { flate: true }), {
      from: 'Northwind Accounts <accounts@northwind-supplies.example>',
      subject: 'Invoice INV-20418',
      text: 'Hi,\n\nPlease find attached invoice INV-20418 for your June order.\n\nKind regards,\nNorthwind Accounts',
      name: 'INV-20418.pdf',
    });
    const v = await analyzeEmail(raw, { config, scorer: null });
    expectAbsent(v, 'email.content.payment_change');
    expectAbsent(v, 'email.content.callback');
    expect(v.verdict).toBe('clean');
    expect(v.skipped).toEqual([]);
  });

  it("a vendor's real bank change, verified by a known number and the old account kept, stays clean", async () => {
    const letter = [
      'Fairway Components Inc.\n\nRe: Change of banking institution effective 1 July\n\n' +
        'Fairway Components will move its operating accounts to Lakeside Bank. Payments due before 1 July should continue to the current account on file.\n' +
        'New remittance details will be given to you by your account manager. Please do not act on any request to change our details that you cannot confirm through a known phone number.\n\n' +
        'Sincerely, Dana Whitfield, Controller',
    ];
    const raw = withPdf(makePdf(letter, { flate: true }), {
      from: 'Dana Whitfield <d.whitfield@fairway-components.example>',
      subject: 'Fairway Components: banking change from 1 July',
      text: 'Dear Accounts Payable,\n\nPlease see the attached letter about our change of bank. The change takes effect for payments due on or after 1 July. Until then, please keep paying to the account you have on file today.\n\nKind regards,\nDana Whitfield',
      name: 'Banking_Change_Notice.pdf',
    });
    const v = await analyzeEmail(raw, { config, scorer: null });
    const s = expectFires(v, 'email.content.payment_change');
    expect(s.severity).toBe('medium');
    expect(v.verdict).toBe('clean');
  });

  it('keeps at most maxChars characters (MAX_PDF_TEXT_CHARS), stopping at the page that reaches them', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i} ${'word '.repeat(16)}`).join('\n');
    const got = await readPdfText(makePdf([long, long]), { maxChars: 500 });
    expect(got).toMatchObject({ pages: 2, read: 1, failed: null });
    expect('text' in got && got.text).toBe(
      Array.from({ length: 6 }, (_, i) => `Line ${i} ${'word '.repeat(16).trim()}`)
        .join('\n')
        .slice(0, 500),
    );
  });

  it('a PDF with no text (a scan, a QR code page) is a skip, not silence', async () => {
    const budget = new Budget();
    const picture = makePdf(['x'], { rawContent: 'q 100 0 0 100 72 600 cm 0 0 1 rg 0 0 1 1 re f Q' });
    expect(await pdfTexts({ attachments: [attachment(picture, 'scan.pdf')] }, budget)).toEqual([]);
    expect(budget.skipped).toEqual([
      { what: 'PDF text of scan.pdf', why: 'no text on its first pages (pictures only)' },
    ]);
  });

  it('reads the first pages only and says so', async () => {
    const pages = Array.from({ length: MAX_PDF_PAGES + 2 }, (_, i) => `Page ${i + 1} text`);
    const budget = new Budget();
    const got = await pdfTexts({ attachments: [attachment(makePdf(pages))] }, budget);
    expect(got[0]!.text).toContain(`Page ${MAX_PDF_PAGES} text`);
    expect(got[0]!.text).not.toContain(`Page ${MAX_PDF_PAGES + 1} text`);
    expect(budget.skipped).toEqual([
      { what: `PDF text of x.pdf past page ${MAX_PDF_PAGES}`, why: `limit MAX_PDF_PAGES=${MAX_PDF_PAGES}` },
    ]);
  });
});

describe('hostile PDFs: bounded, never a throw, the skip recorded', () => {
  async function read(bytes: Uint8Array, limitMs?: number) {
    const budget = new Budget();
    const t0 = performance.now();
    const got = await pdfTexts({ attachments: [attachment(bytes)] }, budget, limitMs);
    return { got, skipped: budget.skipped, ms: performance.now() - t0 };
  }

  it('truncated', async () => {
    const whole = makePdf(CALLBACK_PDF, { flate: true });
    const r = await read(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(r.got).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.what).toBe('PDF text of x.pdf');
  });

  it('encrypted with a password', async () => {
    const r = await read(makePdf(CALLBACK_PDF, { encrypted: true }));
    expect(r.got).toEqual([]);
    expect(r.skipped).toEqual([
      { what: 'PDF text of x.pdf', why: 'could not be read: encrypted: it needs a password' },
    ]);
  });

  it('a page tree claiming 200,000 pages', async () => {
    const r = await read(makePdf(['Only the first page has words'], { extraPages: 200_000 }));
    expect(r.got[0]!.text).toContain('Only the first page has words');
    expect(r.skipped[0]!.why).toBe(`limit MAX_PDF_PAGES=${MAX_PDF_PAGES}`);
  });

  it('deeply nested arrays and dictionaries', async () => {
    // in the page's own dictionary: the page cannot be read (pdf.js's parser recurses), and the
    // skip says so
    for (const pageEntries of [
      `/Junk ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `/Junk ${'<< /A '.repeat(50_000)}1${' >>'.repeat(50_000)}`,
    ]) {
      const r = await read(makePdf(['Nested'], { pageEntries }));
      expect(r.ms).toBeLessThan(15_000);
      expect(r.got).toEqual([]);
      expect(r.skipped).toEqual([
        { what: 'PDF text of x.pdf', why: 'could not be read: page 1: Maximum call stack size exceeded' },
      ]);
    }
    // in the content stream: pdf.js gives up on the page's operators without an error
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)} BT /F1 11 Tf 72 700 Td (After) Tj ET`;
    const r = await read(makePdf(['x'], { rawContent: deep }));
    expect(r.ms).toBeLessThan(15_000);
    expect(r.got).toEqual([]);
  });

  // 100 MB of spaces inflating from ~100 kB: pdf.js lexes it for seconds
  let bombPdf: Uint8Array | undefined;
  const bombOf = () =>
    (bombPdf ??= makePdf(['x'], {
      flate: true,
      rawContent: Buffer.concat([Buffer.from('BT /F1 11 Tf ('), Buffer.alloc(100 * 1024 * 1024, 32)]),
    }));

  it('a decompression bomb is stopped at the time limit and the next PDF is still read', async () => {
    const bomb = bombOf();
    const r = await read(bomb, 300);
    expect(r.skipped).toEqual([{ what: 'PDF text of x.pdf', why: 'limit MAX_PDF_MS=300' }]);
    expect(r.ms).toBeLessThan(5_000);
    const after = await read(makePdf(['Read after the bomb']));
    expect(after.got[0]!.text).toBe('Read after the bomb');
  });

  it('a PDF that needs more memory than the reader has stops the reader, not the process', async () => {
    // a 30 MB string token from a 31 kB file: pdf.js's lexer holds it as an array of characters
    const hog = makePdf(['x'], {
      flate: true,
      rawContent: Buffer.concat([Buffer.from('BT /F1 11 Tf ('), Buffer.alloc(30 * 1024 * 1024, 97)]),
    });
    const r = await read(hog, 30_000);
    expect(r.got).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.why).toMatch(/^could not be read: the reader stopped: .*memory limit/);
    expect((await read(makePdf(['Read after the hog']))).got[0]!.text).toBe('Read after the hog');
  }, 60_000);

  it(`at most MAX_PDF_READERS (${MAX_PDF_READERS}) readers at once: concurrent PDFs wait their turn`, async () => {
    // six bombs, each stopped at 400 ms: two at a time take three turns, and never more than two
    // reader threads alive (a stopped one has exited before the next starts). Counted by the
    // module, not from /proc/self/status: V8 starts helper threads of its own under load
    const bomb = bombOf();
    await closePdfReaders();
    const before = pdfReadersAlive();
    let most = before;
    const sample = setInterval(() => (most = Math.max(most, pdfReadersAlive())), 1);
    const t0 = performance.now();
    const bombs = await Promise.all(Array.from({ length: 6 }, () => readPdfText(bomb, { limitMs: 400 })));
    const ms = performance.now() - t0;
    clearInterval(sample);
    expect(bombs).toEqual(Array.from({ length: 6 }, () => ({ skipped: 'limit MAX_PDF_MS=400' })));
    expect(ms).toBeGreaterThanOrEqual(Math.ceil(6 / MAX_PDF_READERS) * 400);
    expect(before).toBe(0);
    expect(most).toBe(MAX_PDF_READERS);
    // and each waiting PDF gets its own text back
    const texts = await Promise.all(
      Array.from({ length: 7 }, (_, i) => readPdfText(makePdf([`Letter number ${i}`]))),
    );
    expect(texts.map((t) => ('text' in t ? t.text.trim() : t.skipped))).toEqual(
      Array.from({ length: 7 }, (_, i) => `Letter number ${i}`),
    );
  }, 60_000);

  it('random bytes after a %PDF- header', async () => {
    const junk = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    ]);
    const r = await read(new Uint8Array(junk));
    expect(r.got).toEqual([]);
    expect(r.skipped[0]!.what).toBe('PDF text of x.pdf');
  });

  it('a message with a hostile PDF still gets its verdict, the skip in it', async () => {
    const v = await analyzeEmail(
      withPdf(makePdf(CALLBACK_PDF, { encrypted: true }), { name: 'locked.pdf' }),
      {
        config,
        scorer: null,
      },
    );
    expect(v.skipped).toContainEqual({
      what: 'PDF text of locked.pdf',
      why: 'could not be read: encrypted: it needs a password',
    });
  });

  it('property: any bytes after %PDF-1.4 give text or a skip, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) => {
        const bytes = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.4\n'), tail]));
        const got = await readPdfText(bytes);
        expect('text' in got || 'skipped' in got).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('the reader thread and the process', () => {
  // (run as `node --input-type=module -e`: the reader thread must not take that flag for itself)
  it("a library user's process exits on its own after a PDF was read (idle readers hold nothing open)", async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dist = join(process.cwd(), 'dist', 'index.js');
    if (!existsSync(dist)) return; // the suite's CLI tests build dist/; nothing to load without it
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-pdf-')), 'invoice.eml');
    writeFileSync(file, withPdf(makePdf(CALLBACK_PDF), { name: 'renewal.pdf' }));
    const script = `const pkg = await import(${JSON.stringify(dist)});
const vigil = pkg.createVigil(pkg.loadConfig(undefined), { model: false });
const v = await vigil.scan('email', (await import('node:fs')).readFileSync(${JSON.stringify(file)}));
console.log(JSON.stringify(v.skipped), v.verdict, v.signals.some((s) => s.id === 'email.content.callback'));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 30_000,
      encoding: 'utf8',
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\[\] (?:suspicious|malicious) true$/);
  }, 40_000);
});
