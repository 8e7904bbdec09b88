import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { quickParse } from '../../src/config/quick.js';
import { configSchemas } from '../../src/config/schema.js';
import { mulberry32 } from '../../src/ml/index.js';

// quickParse (src/config/quick.ts) reads the common config file without zod: whatever it answers
// must be what the schema answers (deep, and in key order), and it must answer the usual files.

const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);

/** quickParse against the schema: undefined is always allowed (the schema then decides). */
function agrees(input: unknown): boolean | 'deferred' {
  const quick = quickParse(input);
  if (quick === undefined) return 'deferred';
  const slow = configSchemas().configSchema.safeParse(input);
  return slow.success && same(quick, slow.data);
}

const STRINGS: unknown[] = [
  '',
  'a',
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(253),
  'x'.repeat(254),
  ' Example.COM. ',
  'example.com',
  'exa mple.com',
  'a_b.example',
  'xn--p1ai',
  'XN--P1AI.',
  'bücher.de',
  'mx.fabrikam.example',
  'a@b.co',
  'A@B.CO',
  '.a@b.co',
  'a.@b.co',
  'a..b@c.de',
  "o'neil@x.org",
  'a+b@c-d.ef',
  'a@-b.co',
  'a@b',
  'a@b.c',
  'é@b.co',
  'a b@c.de',
  'sparkasse-*.de',
  '*.*.de',
  'a*b*.de',
  'mail.sparkasse-*.DE',
  'x.d3',
  'Microsoft',
  'microsoft',
  'PAYPAL',
  'Nope Bank',
  'models/email.json',
  123,
  0,
  null,
  undefined,
  true,
  false,
  [],
  {},
];

function gen(rnd: () => number) {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const maybe = (p = 0.5) => rnd() < p;
  const s = () => pick(STRINGS);
  const arr = (item: () => unknown) =>
    maybe(0.05) ? s() : Array.from({ length: Math.floor(rnd() * 3) }, item);
  const obj = (fields: Record<string, () => unknown>, extra = 0.03) => {
    if (maybe(0.03)) return s();
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(fields).sort(() => rnd() - 0.5)) if (maybe(0.6)) o[k] = fields[k]!();
    if (maybe(extra)) o[pick(['nope', 'filter', 'limits', 'Name'])] = s();
    return o;
  };
  const domains = () => arr(s);
  return obj(
    {
      $schema: s,
      organization: () =>
        obj({
          name: s,
          domains,
          vips: () => arr(() => obj({ name: s, title: s, email: s, aliases: () => arr(s) })),
          partners: () => arr(() => obj({ name: s, domains })),
        }),
      brands: () =>
        arr(() =>
          maybe(0.4) ? s() : obj({ name: s, domains, aliases: () => arr(s), members: () => arr(s) }),
        ),
      default_brands: () => (maybe(0.8) ? maybe() : s()),
      ocr: () => (maybe(0.8) ? maybe() : s()),
      trusted_authserv_ids: () => arr(s),
      models: () => obj({ email: s, url: s, domain: s }),
      limits: () => ({}),
    },
    0.05,
  );
}

describe('quickParse', () => {
  it('answers what the schema answers on random configs (fixed seed), or defers', () => {
    const rnd = mulberry32(13);
    let answered = 0;
    for (let i = 0; i < 20_000; i++) {
      const input = gen(rnd);
      const r = agrees(input);
      if (r === false) expect.fail(`differs from the schema: ${JSON.stringify(input)}`);
      if (r === true) answered++;
    }
    // many random configs hold one bad value somewhere; still, a good share is answered here
    expect(answered).toBeGreaterThan(1_000);
  });

  it('answers valid configs built from valid values only', () => {
    const rnd = mulberry32(14);
    const good = {
      domain: ['example.com', ' Example.COM. ', 'xn--p1ai', 'bücher.de', 'a_b.example'.replace('_', '-')],
      email: ['a@b.co', 'A@B.CO', "o'neil@x.org", 'a+b@c-d.ef'],
      name: ['a', 'Fabrikam', 'x'.repeat(100)],
      brand: ['Microsoft', 'paypal', 'DocuSign'],
      member: ['sparkasse-*.de', 'mail.sparkasse-*.DE'],
    };
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
    for (let i = 0; i < 2_000; i++) {
      const input = {
        organization: {
          name: pick(good.name),
          domains: [pick(good.domain)],
          vips: [{ name: pick(good.name), email: pick(good.email), aliases: [pick(good.email)] }],
          partners: [{ name: pick(good.name), domains: [pick(good.domain), pick(good.domain)] }],
        },
        brands: [
          pick(good.brand),
          { name: pick(good.name), domains: [pick(good.domain)], members: [pick(good.member)] },
        ],
        trusted_authserv_ids: [pick(good.domain)],
        ...(rnd() < 0.5 ? { default_brands: rnd() < 0.5 } : {}),
        ...(rnd() < 0.5 ? { models: { email: null, url: 'u.json' } } : {}),
      };
      expect(agrees(input), JSON.stringify(input)).toBe(true);
    }
  });

  it('agrees with zod on e-mail addresses (its default pattern)', () => {
    const rnd = mulberry32(15);
    const chars = "aZ0._+-'@é -";
    const email = z.string().email();
    for (let i = 0; i < 20_000; i++) {
      const addr = Array.from(
        { length: 1 + Math.floor(rnd() * 12) },
        () => chars[Math.floor(rnd() * chars.length)],
      ).join('');
      const input = { organization: { vips: [{ name: 'x', email: addr }] } };
      const r = agrees(input);
      expect(r === true, addr).toBe(email.safeParse(addr).success);
      if (r === 'deferred') expect(configSchemas().configSchema.safeParse(input).success).toBe(false);
    }
  });

  it('answers the shipped and test config files the schema accepts', () => {
    const files = [join('examples', 'config.json')];
    for (const dir of ['test/fixtures', 'examples'])
      for (const f of readdirSync(dir, { recursive: true }) as string[])
        if (/config[^/]*\.json$/.test(f)) files.push(join(dir, f));
    for (const f of files) {
      const input = JSON.parse(readFileSync(f, 'utf8')) as unknown;
      if (configSchemas().configSchema.safeParse(input).success && quickParse(input) !== undefined)
        expect(agrees(input), f).toBe(true);
    }
    expect(agrees(JSON.parse(readFileSync('examples/config.json', 'utf8')))).toBe(true);
  });

  it('defers on what is not a plain JSON object', () => {
    expect(quickParse([])).toBeUndefined();
    expect(quickParse(null)).toBeUndefined();
    expect(quickParse(Object.create(null))).toBeUndefined();
    expect(quickParse({ ocr: undefined })).toBeUndefined();
    expect(quickParse({ filter: {} })).toBeUndefined();
    const getter = {};
    Object.defineProperty(getter, 'ocr', { get: () => true, enumerable: true });
    expect(quickParse(getter)).toBeUndefined();
  });
});
