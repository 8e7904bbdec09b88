/**
 * Addresses in training URLs (scripts/mail-links.mjs extract and neutralise): rewritten to one neutral
 * address on both classes, so the URL model learns that a link carries an address, never whose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_ADDRESS, neutraliseAddresses } from '../../src/train/index.js';

describe('neutraliseAddresses', () => {
  it.each([
    [
      'a subscriber in a query value',
      'http://news.example/unsub?nl=52&email=reader.one@mail.recipient.example',
      'http://news.example/unsub?nl=52&email=user@example.com',
    ],
    [
      'a percent-encoded @ keeps its encoding',
      'http://lists.example/d.jsp?m=1&ea=reader%40recipient.example&se=4',
      'http://lists.example/d.jsp?m=1&ea=user%40example.com&se=4',
    ],
    [
      'an address in a path segment',
      'http://letters.example/links/p34/83107-13329r/reader3@recipient.example/?url=x',
      'http://letters.example/links/p34/83107-13329r/user@example.com/?url=x',
    ],
    [
      'a percent escape before the local part stays outside it',
      'http://news.example/change.cfm?x=unspun%2Creader-list@recipient.example%2Ctxt',
      'http://news.example/change.cfm?x=unspun%2Cuser@example.com%2Ctxt',
    ],
    [
      'a page named like an address keeps its file type',
      'http://shop.example/info@paradise-shop.example.html',
      'http://shop.example/user@example.com.html',
    ],
    [
      "the honeypot's placeholder and what a template glued to it",
      'https://track.example/t.php?a=phishing@pot&b=phishing@pot.org&c=phishing%40pot@hotmail.com',
      'https://track.example/t.php?a=user@example.com&b=user@example.com&c=user%40example.com',
    ],
    ['the fragment too', 'https://a.example/#to=x%40y.example', 'https://a.example/#to=user%40example.com'],
  ])('rewrites %s', (_, input, expected) => {
    expect(neutraliseAddresses(input)).toBe(expected);
  });

  it.each([
    ['user-info before the host (a lure, not an address)', 'https://paypal.example@evil.test/login'],
    ['a file with an @ but no dotted domain', 'http://x.example/min@accounts.php'],
    ['a versioned file name', 'http://x.example/3a643c1f-c1ba@18.1.pdf'],
    ['a double-encoded @', 'http://x.example/?e=a%2540b.example'],
    ['no address at all', 'https://docs.example/guide/intro?page=2'],
    ['not a URL', 'mailto:someone@recipient.example'],
  ])('leaves alone %s', (_, input) => {
    expect(neutraliseAddresses(input)).toBe(input);
  });

  it("with `only`, rewrites the corpus's recipients and the placeholder, keeps a list's own address", () => {
    const recipients = /recipient\.example/i;
    expect(
      neutraliseAddresses(
        'https://archive.example/list@lists.example/msg1.html?to=reader%40recipient.example&p=phishing@pot',
        recipients,
      ),
    ).toBe('https://archive.example/list@lists.example/msg1.html?to=user%40example.com&p=user@example.com');
  });

  it('never changes the host, is idempotent and leaves no other address behind', () => {
    const local = fc.stringMatching(/^[a-z0-9._+-]{1,12}$/);
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const tld = fc.stringMatching(/^[a-z]{2,6}$/);
    const address = fc
      .tuple(local, fc.array(label, { minLength: 1, maxLength: 3 }), tld, fc.boolean())
      .map(([l, ls, t, enc]) => `${l}${enc ? '%40' : '@'}${ls.join('.')}.${t}`);
    const piece = fc.oneof(fc.stringMatching(/^[a-z0-9/=&?.-]{0,10}$/), address);
    fc.assert(
      fc.property(label, fc.array(piece, { maxLength: 5 }), (host, pieces) => {
        const href = `https://${host}.example/${pieces.join('/')}`;
        const out = neutraliseAddresses(href);
        expect(out.startsWith(`https://${host}.example/`)).toBe(true);
        expect(neutraliseAddresses(out)).toBe(out);
        const left = out
          .slice(`https://${host}.example/`.length)
          .replaceAll(NEUTRAL_ADDRESS, '')
          .replaceAll('user%40example.com', '');
        for (const p of pieces)
          if (p.includes('@') || p.includes('%40')) expect(left.includes(p)).toBe(false);
      }),
      { seed: 17, numRuns: 500 },
    );
  });
});
