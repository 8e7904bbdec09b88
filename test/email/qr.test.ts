/**
 * QR codes in pictures (src/email/qr.ts): the web address of a QR code in an inline or attached
 * PNG/JPEG picture becomes a link (source `qr`) that the link checks judge, and
 * email.link.qr_code_link names the picture and where it leads. A ticket id is no link; a QR code
 * to the sender's own site stays clean; hostile pictures end in a `skipped` entry, never a throw.
 * Fixtures: test/fixtures/qr/ (made once by scripts/make-qr-fixtures.py).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget, MAX_QR_IMAGES } from '../../src/core/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail, analyzeEmailFacts } from '../../src/email/index.js';
import { qrLinks, qrUrl } from '../../src/email/qr.js';
import type { AttachmentFacts } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { makePdf } from '../helpers/pdf.js';
import { PNG } from 'pngjs';
import { expectAbsent, expectFires, signal } from '../helpers/verdict.js';

const config = resolveConfig({ limits: { time_ms: 60_000 } });
const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/qr/${name}`, import.meta.url))));
const SIGNIN = fixture('signin.png'); // https://mailbox-reauth-portal.web.app/login?session=8841
const TICKET = fixture('ticket.png'); // TKT-2025-004815-A-ROW12-SEAT7
const OWN = fixture('own-site.jpg'); // https://tickets.venue.example/t/88121
const SIGNIN_URL = 'https://mailbox-reauth-portal.web.app/login?session=8841';

/** A PNG header claiming width x height, then `rest` (no valid image data). */
function pngHeader(width: number, height: number, rest: Uint8Array = new Uint8Array(64)): Uint8Array {
  const head = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head, 0);
  head.writeUInt32BE(13, 8);
  head.write('IHDR', 12, 'ascii');
  head.writeUInt32BE(width, 16);
  head.writeUInt32BE(height, 20);
  head[24] = 8; // bit depth
  head[25] = 6; // RGBA
  return new Uint8Array(Buffer.concat([head, Buffer.from(rest)]));
}

const attachment = (filename: string, content: Uint8Array, disposition = 'attachment'): AttachmentFacts => ({
  filename,
  mimeType: 'image/png',
  disposition,
  size: content.length,
  content,
});

describe('QR code in a picture', () => {
  it('an inline QR to a sign-in page on a free host, "scan to re-authenticate your mailbox": flagged, the QR link judged', async () => {
    const raw = eml({
      from: 'IT Service Desk <helpdesk@mail-notices.test>',
      to: 'Bob Example <bob@recipient.example>',
      subject: 'Action required: mailbox re-authentication',
      html:
        '<p>Dear user,</p><p>Your mailbox password expires today. Scan the QR code below with your phone ' +
        'to re-authenticate your mailbox and verify your account, or your mailbox will be suspended within 24 hours.</p>' +
        '<p><img src="cid:qr1" alt="QR"></p><p>IT Service Desk</p>',
      attachments: [
        {
          filename: 'signin.png',
          contentType: 'image/png',
          content: SIGNIN,
          disposition: 'inline',
          contentId: 'qr1',
        },
      ],
    });
    const { facts } = await analyzeEmailFacts(raw, { config });
    const qr = facts.links.filter((l) => l.source === 'qr');
    expect(qr).toEqual([
      { url: SIGNIN_URL, source: 'qr', text: '', where: 'body:html (QR code in image signin.png)' },
    ]);
    const v = await analyzeEmail(raw, { config });
    const s = expectFires(v, 'email.link.qr_code_link');
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('signin.png');
    expect(s.message).toContain('mailbox-reauth-portal.web.app');
    expect(s.evidence[0]).toEqual({ where: 'body:html (QR code in image signin.png)', text: SIGNIN_URL });
    // the URL checks judge the QR's destination like any link in the body
    const free = expectFires(v, 'url.host.free_hosting');
    expect(free.evidence.some((e) => e.text.includes('mailbox-reauth-portal.web.app'))).toBe(true);
    expect(v.verdict).not.toBe('clean');
  });

  it('an attached QR picture: where names the attachment', async () => {
    const raw = eml({
      text: 'Hi Bob,\n\nthe code for the parking is attached.\n\nAlice',
      attachments: [{ filename: 'scan.png', contentType: 'image/png', content: SIGNIN }],
    });
    const { facts } = await analyzeEmailFacts(raw, { config });
    expect(facts.links.filter((l) => l.source === 'qr').map((l) => l.where)).toEqual([
      'attachment:scan.png (QR code)',
    ]);
  });

  it('an event ticket whose QR code is a ticket id adds no link and no signal', async () => {
    const raw = eml({
      from: 'Riverside Hall <tickets@venue.example>',
      subject: 'Your tickets for Saturday',
      text: 'Hi Bob,\n\nyour ticket is attached. Show the QR code at the door.\n\nRiverside Hall',
      attachments: [{ filename: 'ticket.png', contentType: 'image/png', content: TICKET }],
    });
    const { facts, budget } = await analyzeEmailFacts(raw, { config });
    expect(facts.links.filter((l) => l.source === 'qr')).toEqual([]);
    expect(budget.skipped).toEqual([]);
    const v = await analyzeEmail(raw, { config });
    expectAbsent(v, 'email.link.qr_code_link');
    expect(v.verdict).toBe('clean');
  });

  it("a QR code (JPEG) to the sender's own site stays clean: the signal is info only", async () => {
    const raw = eml({
      from: 'Riverside Hall <tickets@venue.example>',
      subject: 'Your tickets for Saturday',
      text: 'Hi Bob,\n\nthanks for your order. Scan the QR code to see your seats.\n\nRiverside Hall',
      attachments: [{ filename: 'seats.jpg', contentType: 'image/jpeg', content: OWN }],
    });
    const v = await analyzeEmail(raw, { config });
    const s = expectFires(v, 'email.link.qr_code_link');
    expect(s.severity).toBe('info');
    expect(s.evidence[0]).toEqual({
      where: 'attachment:seats.jpg (QR code)',
      text: 'https://tickets.venue.example/t/88121',
    });
    expect(v.verdict).toBe('clean');
  });

  it('only http(s) URLs of at most 2048 characters are links', () => {
    expect(qrUrl(SIGNIN_URL)).toBe(SIGNIN_URL);
    expect(qrUrl('TKT-2025-004815')).toBeNull();
    expect(qrUrl('WIFI:S:guest;T:WPA;P:secret;;')).toBeNull();
    expect(qrUrl('javascript:alert(1)')).toBeNull();
    expect(qrUrl(`https://a.example/${'x'.repeat(2100)}`)).toBeNull();
    expect(qrUrl('https://a.example/ with space')).toBeNull();
  });
});

describe('QR code in a picture on a PDF page', () => {
  // the sign-in fixture's pixels in grey, painted on the letter's first page
  const png = PNG.sync.read(Buffer.from(SIGNIN));
  const gray = new Uint8Array(png.width * png.height);
  for (let i = 0; i < gray.length; i++) gray[i] = png.data[i * 4]!;
  const image = { width: png.width, height: png.height, gray };
  const letter = (pdf: Uint8Array) =>
    eml({
      from: 'HR Portal <hr@salary-review.test>',
      to: 'Bob Example <bob@recipient.example>',
      subject: 'Your 2027 salary adjustment letter',
      text: 'Please find your letter attached.',
      attachments: [{ filename: 'Salary_Letter.pdf', contentType: 'application/pdf', content: pdf }],
    });

  it("a QR code printed in a PDF letter ('scan the code below to sign in') becomes a link, judged like the body's, where naming the PDF", async () => {
    const v = await analyzeEmail(
      letter(
        makePdf(['To view and acknowledge your letter, scan the code below with your phone and sign in.'], {
          image,
        }),
      ),
      { config },
    );
    const s = signal(v, 'email.link.qr_code_link');
    expect(
      s?.evidence.some((e) => e.text === SIGNIN_URL && e.where.startsWith('attachment:Salary_Letter.pdf')),
    ).toBe(true);
    expect(s?.message).toMatch(/a picture on the pages of Salary_Letter\.pdf/i);
    expect(v.signals.some((x) => x.id.startsWith('url.') || x.id.startsWith('domain.'))).toBe(true);
  });

  it("a scan's picture too big to decode in time costs the pictures, never the PDF's text", async () => {
    // 6,000 x 6,000 grey pixels (36 MB, a few KB compressed): pdf.js decodes it before any bound applies
    const big = { width: 6000, height: 6000, gray: new Uint8Array(6000 * 6000) };
    const v = await analyzeEmail(
      letter(
        makePdf(['If you did not authorise this renewal of $499.99, call 1-808-555-0172 to cancel.'], {
          image: big,
        }),
      ),
      { config },
    );
    expectFires(v, 'email.content.callback');
    expectAbsent(v, 'email.link.qr_code_link');
  });

  it('a PDF letter without a picture adds no QR link', async () => {
    const v = await analyzeEmail(letter(makePdf(['Your salary is adjusted from 1 January.'])), { config });
    expectAbsent(v, 'email.link.qr_code_link');
  });
});

describe('QR decoding of hostile pictures', () => {
  it('a truncated PNG, a header claiming 60,000 x 60,000 pixels and a PNG header over random bytes: skipped, no link, quickly', async () => {
    const budget = new Budget(config.limits);
    const started = performance.now();
    const links = await qrLinks(
      {
        attachments: [
          attachment('truncated.png', SIGNIN.slice(0, 300)),
          attachment('huge.png', pngHeader(60_000, 60_000)),
          attachment(
            'noise.png',
            pngHeader(
              200,
              200,
              new Uint8Array(2000).map((_, i) => (i * 7919) % 251),
            ),
          ),
        ],
      },
      budget,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(links).toEqual([]);
    const skipped = budget.skipped.map((s) => `${s.what}: ${s.why}`);
    expect(skipped.some((s) => /truncated\.png \(QR code\): could not be decoded/.test(s))).toBe(true);
    expect(skipped.some((s) => /huge\.png \(QR code\): 60000x60000 pixels over MAX_QR_PIXELS/.test(s))).toBe(
      true,
    );
    expect(skipped.some((s) => /noise\.png \(QR code\): could not be decoded/.test(s))).toBe(true);
  });

  it('random bytes named .png: no link, no throw, the message still analysed', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    const raw = eml({ attachments: [{ filename: 'scan.png', contentType: 'image/png', content: noise }] });
    const v = await analyzeEmail(raw, { config });
    expect(signal(v, 'email.link.qr_code_link')).toBeUndefined();
  });

  it(`at most MAX_QR_IMAGES=${MAX_QR_IMAGES} pictures are decoded per message`, async () => {
    const budget = new Budget(config.limits);
    const many = Array.from({ length: MAX_QR_IMAGES + 2 }, (_, i) => attachment(`t${i}.png`, TICKET));
    await qrLinks({ attachments: [...many, attachment('last.png', SIGNIN)] }, budget);
    const over = budget.skipped.filter((s) => /MAX_QR_IMAGES/.test(s.why)).map((s) => s.what);
    expect(over).toEqual(['image t4.png (QR code)', 'image t5.png (QR code)', 'image last.png (QR code)']);
  });

  it('a time limit spent: later pictures are skipped', async () => {
    const budget = new Budget(config.limits);
    const links = await qrLinks({ attachments: [attachment('a.png', SIGNIN)] }, budget, 0);
    expect(links).toEqual([]);
    expect(budget.skipped.map((s) => s.why)).toEqual(['limit MAX_QR_MS=0']);
  });

  it('property: random bytes (with or without a PNG header) as a picture never throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 3000 }),
        async (bytes, header, side) => {
          const content = header ? pngHeader(side, side, bytes) : bytes;
          const budget = new Budget(config.limits);
          const links = await qrLinks({ attachments: [attachment('r.png', content)] }, budget);
          expect(links.every((l) => l.source === 'qr' && /^https?:\/\//.test(l.url))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    const raw = eml({
      attachments: [{ filename: 'r.png', contentType: 'image/png', content: pngHeader(64, 64) }],
    });
    await expect(analyzeEmail(raw, { config })).resolves.toBeDefined();
  });
});
