/**
 * Links inside attachments: a PDF's link annotations (`/URI`, plain and in Flate-compressed object
 * streams) and an SVG picture's `xlink:href`. "Open to view secure document" PDFs and "sign in to
 * view your statement" SVGs carry the lure's only link there.
 */
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { isPdf, pdfLinks } from '../../src/email/pdf-links.js';
import { eml } from '../helpers/eml.js';

const config = resolveConfig({});
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const plainPdf = (uri: string) =>
  enc(
    `%PDF-1.4\n1 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (${uri}) >> >> endobj\ntrailer << >>\n%%EOF\n`,
  );
const compressedPdf = (uri: string) => {
  const body = deflateSync(Buffer.from(`<< /Type /Annot /A << /S /URI /URI (${uri}) >> >>`, 'latin1'));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(
        `%PDF-1.7\n5 0 obj << /Type /ObjStm /Filter /FlateDecode /Length ${body.length} >>\nstream\n`,
      ),
      body,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]),
  );
};

describe('pdfLinks', () => {
  it('reads a link annotation in plain text, with escaped parentheses', () => {
    expect(pdfLinks(plainPdf('https://secure-docs.example/view\\(1\\)'))).toEqual([
      'https://secure-docs.example/view(1)',
    ]);
  });
  it('reads a hex-string URI', () => {
    const hex = Buffer.from('https://hex.example/a').toString('hex');
    expect(pdfLinks(enc(`%PDF-1.4\n<< /A << /S /URI /URI <${hex}> >> >>\n`))).toEqual([
      'https://hex.example/a',
    ]);
  });
  it('reads one inside a Flate-compressed object stream', () => {
    expect(pdfLinks(compressedPdf('https://envelopes.example/sign'))).toEqual([
      'https://envelopes.example/sign',
    ]);
  });
  it('keeps web and mail addresses only', () => {
    expect(pdfLinks(plainPdf('file:///etc/passwd'))).toEqual([]);
  });
  it('tells a PDF by its header', () => {
    expect(isPdf(plainPdf('https://a.example/'))).toBe(true);
    expect(isPdf(enc('PK\u0003\u0004 not a pdf'))).toBe(false);
  });
  it('never throws and stays bounded on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.string({ maxLength: 200 }), (junk, s) => {
        const bytes = new Uint8Array([
          ...enc('%PDF-1.4\n/FlateDecode stream\n'),
          ...junk,
          ...enc(`/URI (${s})`),
        ]);
        const links = pdfLinks(bytes);
        expect(links.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 200 },
    );
  });
});

describe('links of attachments reach the link checks', () => {
  it("a PDF's link is judged like the body's", async () => {
    const v = await analyzeEmail(
      eml({
        text: 'Please find the document attached.',
        attachments: [
          {
            filename: 'Document.pdf',
            contentType: 'application/pdf',
            content: plainPdf('http://185.220.101.4/view/login.php'),
          },
        ],
      }),
      { config, scorer: null },
    );
    expect(v.signals.find((s) => s.id === 'url.host.ip_literal')?.evidence[0]?.where).toMatch(
      /attachment:Document\.pdf/,
    );
  });
  it("an SVG's xlink:href is a link", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="http://185.220.101.4/sso/login"><text x="10" y="20">Sign in to view statement</text></a></svg>';
    const v = await analyzeEmail(
      eml({
        text: 'Your statement is attached.',
        attachments: [{ filename: 'Statement.svg', contentType: 'image/svg+xml', content: svg }],
      }),
      { config, scorer: null },
    );
    expect(v.signals.some((s) => s.id === 'url.host.ip_literal')).toBe(true);
  });
});
