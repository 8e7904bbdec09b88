/** Fixed-seed properties of the parser and the URL extractor: never throw, stay bounded, deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEmail, extractTextUrls, parseHtml } from '../../src/email/index.js';
import { isVigilError } from '../../src/core/index.js';

const SEED = 20261129;
const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/);
const message = fc
  .record({
    headers: fc.array(fc.tuple(headerName, fc.string({ maxLength: 200 })), { maxLength: 12 }),
    body: fc.string({ maxLength: 2000 }),
    ct: fc.constantFrom(
      'text/plain',
      'text/html',
      'multipart/mixed; boundary="b"',
      'multipart/alternative',
      'message/rfc822',
      'application/pdf',
    ),
  })
  .map(({ headers, body, ct }) =>
    Buffer.from(
      [
        'From: a@sender.example',
        ...headers.map(([k, v]) => `${k}: ${v}`),
        `Content-Type: ${ct}`,
        '',
        body,
      ].join('\r\n'),
    ),
  );

describe('parser properties', () => {
  it('never throws anything but a VigilError, and is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          message,
          fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
        ),
        async (raw) => {
          let first: string | undefined;
          try {
            const v = await analyzeEmail(raw, { scorer: null });
            first = JSON.stringify({ ...v, elapsed_ms: 0 });
          } catch (err) {
            expect(isVigilError(err)).toBe(true);
            return;
          }
          const again = await analyzeEmail(raw, { scorer: null });
          expect(JSON.stringify({ ...again, elapsed_ms: 0 })).toBe(first);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('parses arbitrary HTML without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (html) => {
        const f = parseHtml(html);
        expect(f.visibleText.length).toBeLessThanOrEqual(html.length + 1000);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('URL extractor properties', () => {
  it('finds every embedded URL, returns http(s) URLs only, and respects the cap', () => {
    const host = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}\.example$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 40 }), host), { maxLength: 20 }),
        fc.integer({ min: 0, max: 25 }),
        (pieces, cap) => {
          const text = pieces
            .map(([junk, h]) => `${junk.replace(/[^\sA-Za-z]/g, ' ')} https://${h}/path `)
            .join('');
          const urls = extractTextUrls(text, cap);
          expect(urls.length).toBeLessThanOrEqual(cap);
          for (const u of urls) expect(u.url).toMatch(/^https?:\/\//);
          if (cap >= pieces.length)
            for (const [, h] of pieces) expect(urls.some((u) => u.url.includes(h))).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and only returns http(s) URLs no longer than the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (t) => {
        const urls = extractTextUrls(t, 2000);
        for (const u of urls) {
          expect(u.url).toMatch(/^https?:\/\//i);
          expect(u.url.length).toBeLessThanOrEqual(t.length + 8); // refanging hxxp -> http adds nothing, [.] -> . shortens
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
