/**
 * postal-mime's part decoders finished without a Blob (src/email/postal-sync.ts): the same bytes as
 * `new Blob(chunks).arrayBuffer()`, the same parsed message as postal-mime's own path, and no Blob
 * built while parsing.
 */
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import { concatBlobParts, installSyncDecoders, setSyncDecoders } from '../../src/email/postal-sync.js';
import { eml } from '../helpers/eml.js';

const SEED = 20261203;

afterEach(() => setSyncDecoders(true));

/** A parse result as comparable JSON: attachment bytes as hex. */
async function parsed(raw: Uint8Array): Promise<string> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  return JSON.stringify(email, (_k, v: unknown) =>
    v instanceof ArrayBuffer ? `bytes:${Buffer.from(v).toString('hex')}` : v,
  );
}

const CRLF = '\r\n';
const MESSAGES: [string, Buffer][] = [
  [
    'base64 text and html, attachments',
    eml({
      text: 'Grüße aus Köln — 請求書 🚀',
      html: '<p>Caf\u00e9 <a href="https://pay.example/x">pay</a></p>',
      attachments: [
        { filename: 'a.bin', content: new Uint8Array([0, 1, 2, 255, 254, 10, 13]) },
        { filename: 'empty.txt', content: '' },
      ],
    }),
  ],
  [
    'quoted-printable with soft breaks and bad escapes',
    Buffer.from(
      [
        'From: a@sender.example',
        'To: b@recipient.example',
        'Subject: qp',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Caf=E9 au lait, =3D sign, soft=',
        'break, broken =ZZ escape, trailing =',
        '=C3=A9 end',
        '',
      ].join(CRLF),
      'latin1',
    ),
  ],
  [
    '8bit pass-through, LF only, nested message/rfc822 with base64 padding per line',
    Buffer.from(
      [
        'From: a@sender.example',
        'To: b@recipient.example',
        'Subject: nested',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        'Plain 8bit text: naïve façade',
        '--b1',
        'Content-Type: message/rfc822',
        '',
        'From: c@inner.example',
        'Subject: inner',
        'Content-Type: text/plain',
        'Content-Transfer-Encoding: base64',
        '',
        'aGVsbG8=',
        'IHdvcmxk',
        'IQ==',
        '',
        '--b1--',
        '',
      ].join('\n'),
      'utf8',
    ),
  ],
];

describe('postal-mime without a Blob', () => {
  it('is installed on the parser postal-mime exports', () => {
    expect(installSyncDecoders()).toBe(true);
    expect(installSyncDecoders()).toBe(true); // idempotent
  });

  it.each(MESSAGES)('parses %s exactly as postal-mime alone does', async (_name, raw) => {
    installSyncDecoders();
    setSyncDecoders(false);
    const reference = await parsed(raw);
    setSyncDecoders(true);
    expect(await parsed(raw)).toBe(reference);
    expect(reference).toContain('"text"');
  });

  it('builds no Blob while parsing (and postal-mime alone does)', async () => {
    installSyncDecoders();
    const g = globalThis as { Blob: typeof Blob };
    const RealBlob = g.Blob;
    let built = 0;
    g.Blob = class CountingBlob extends RealBlob {
      constructor(...args: ConstructorParameters<typeof Blob>) {
        super(...args);
        built++;
      }
    };
    try {
      setSyncDecoders(false);
      await parsed(MESSAGES[0]![1]);
      expect(built).toBeGreaterThan(0);
      built = 0;
      setSyncDecoders(true);
      await parsed(MESSAGES[0]![1]);
      expect(built).toBe(0);
      expect(g.Blob.name).toBe('CountingBlob'); // the swap is undone: the global is what it was
    } finally {
      g.Blob = RealBlob;
    }
  });

  it('concatenates exactly what new Blob(parts) holds (fixed-seed property)', async () => {
    const part = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((a) => a.buffer as ArrayBuffer),
      fc.uint8Array({ maxLength: 40 }).map((a) => new Uint8Array(a.buffer, 0, a.length)),
      fc.uint8Array({ minLength: 4, maxLength: 40 }).map((a) => a.subarray(1, a.length - 1)),
      fc.uint8Array({ minLength: 4, maxLength: 40 }).map((a) => new DataView(a.buffer, 2)),
      fc.string({ maxLength: 20 }), // ASCII mostly: copied without encoding
      fc.string({ unit: 'binary', maxLength: 20 }), // lone surrogates: replaced by U+FFFD
      fc.constant('\n'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 12 }), async (parts) => {
        const expected = Buffer.from(await new Blob(parts).arrayBuffer());
        expect(Buffer.from(concatBlobParts(parts)).equals(expected)).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
