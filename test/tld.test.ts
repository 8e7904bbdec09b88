/**
 * src/tld.ts loads tldts from its ES module build (start-up: no CommonJS export scan). It must
 * answer exactly what the package's main build answers: same release, same suffix list.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDomain, parse } from '../src/tld.js';

const cjs = createRequire(import.meta.url)('tldts') as typeof import('tldts');

const HOSTS = [
  'www.example.co.uk',
  'login.microsoftonline.com',
  'a.b.github.io',
  'foo.blogspot.com',
  'xn--pypal-4ve.com',
  'пример.рф',
  '192.0.2.1',
  '[2001:db8::1]',
  'localhost',
  'x7f3k.mooo.com',
  'shop.example',
  'a..b.test',
  '',
  'http://user@www.sub.example.com.au:8080/path?q=1',
];

describe('tldts through src/tld.ts', () => {
  it('parses like the package main build, allowPrivateDomains on and off', () => {
    for (const h of HOSTS)
      for (const opts of [undefined, { allowPrivateDomains: true }]) {
        expect(parse(h, opts)).toStrictEqual(cjs.parse(h, opts));
        expect(getDomain(h, opts)).toBe(cjs.getDomain(h, opts));
      }
  });

  it('agrees on generated hosts (fixed seed)', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const tld = fc.constantFrom(
      'com',
      'co.uk',
      'github.io',
      'example',
      'blogspot.com',
      'jp',
      'kawasaki.jp',
      'ck',
    );
    fc.assert(
      fc.property(fc.array(label, { minLength: 0, maxLength: 3 }), tld, (labels, t) => {
        const h = [...labels, t].join('.');
        expect(parse(h, { allowPrivateDomains: true })).toStrictEqual(
          cjs.parse(h, { allowPrivateDomains: true }),
        );
      }),
      { seed: 1303, numRuns: 300 },
    );
  });
});
