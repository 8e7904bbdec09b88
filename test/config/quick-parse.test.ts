import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { regexes, z } from 'zod';
import { ZOD_EMAIL, quickParse } from '../../src/config/quick.js';
import { configSchemas } from '../../src/config/schema.js';
import { LIMIT_MINIMUMS } from '../../src/core/index.js';
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

/** Values most positions accept (the second run draws mostly these: more configs are valid). */
const GOOD: unknown[] = ['example.com', 'mx.example.org', 'Microsoft', 'a@b.co', 'Fabrikam'];

function gen(rnd: () => number, good: number) {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const maybe = (p = 0.5) => rnd() < p;
  const s = () => (maybe(good) ? pick(GOOD) : pick(STRINGS));
  const arr = (item: () => unknown) =>
    maybe(0.05) ? s() : Array.from({ length: Math.floor(rnd() * 3) }, item);
  const obj = (fields: Record<string, () => unknown>, extra = 0.03, each = 0.6) => {
    if (maybe(0.03)) return s();
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(fields).sort(() => rnd() - 0.5)) if (maybe(each)) o[k] = fields[k]!();
    if (maybe(extra)) o[pick(['nope', 'filter', 'limits', 'Name'])] = s();
    return o;
  };
  const domains = () => arr(s);
  const NUMBERS = [
    -1,
    0,
    0.5,
    1,
    2,
    5,
    20,
    21,
    64,
    99,
    100,
    1023,
    1024,
    4096,
    36_500,
    36_501,
    100_000,
    100_001,
    3_600_000,
    3_600_001,
    2 ** 53,
    2 ** 53 - 1,
    1e300,
    -0,
    0.25,
    0.9,
    1.5,
    NaN,
    Infinity,
  ];
  const num = () => (maybe(good) ? pick([5, 20, 100_000, 3_600_000]) : maybe(0.9) ? pick(NUMBERS) : s());
  const prob = () =>
    maybe(good) ? pick([0, 0.5, 1]) : maybe(0.9) ? pick([0, 0.1, 0.5, 0.9, 1, -0.1, 1.1, NaN, -0]) : s();
  const action = () =>
    maybe(good) ? pick(['tag', 'reject']) : pick(['tag', 'quarantine', 'reject', 'drop', 'TAG']);
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
      models: () => obj({ email: s, email_wording: s, url: s, domain: s }),
      limits: () => obj(Object.fromEntries(Object.keys(LIMIT_MINIMUMS).map((k) => [k, num]))),
      thresholds: () => obj({ suspicious: prob, malicious: prob }),
      server: () =>
        obj({
          body_limit_bytes: num,
          rate_limit_per_minute: num,
          keep_raw: () => (maybe(0.8) ? maybe() : s()),
          keep_evidence: () => (maybe(0.8) ? maybe() : s()),
          auth_failures_per_minute: num,
          retention_days: () => (maybe(0.2) ? null : num()),
          log_level: () => pick(['info', 'debug', 'silent', 'verbose', 'INFO', 7]),
        }),
      filter: () =>
        obj({
          policy: () => obj({ suspicious: action, malicious: action }),
          quarantine_dir: s,
          quarantine_notice: () => (maybe(0.8) ? maybe() : s()),
          on_error: () => pick(['tempfail', 'pass', 'drop', null]),
          max_concurrent_scans: num,
          max_queued: num,
          max_message_bytes: num,
          max_clients: num,
          timeout_ms: num,
          reasons: num,
        }),
    },
    0.05,
    good ? 0.2 : 0.6, // fewer sections: more configs with no bad value
  );
}

describe('quickParse', () => {
  it('answers what the schema answers on random configs (fixed seed), or defers', () => {
    const rnd = mulberry32(13);
    let answered = 0;
    for (let i = 0; i < 40_000; i++) {
      const input = gen(rnd, i % 2 ? 0.9 : 0);
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
        ...(rnd() < 0.5 ? { limits: { urls: 1 + Math.floor(rnd() * 500), time_ms: 100 } } : {}),
        ...(rnd() < 0.5
          ? { thresholds: rnd() < 0.5 ? { malicious: 0.95 } : { suspicious: 0.3, malicious: 0.3 } }
          : {}),
        ...(rnd() < 0.5
          ? { server: { log_level: 'warn', retention_days: rnd() < 0.5 ? null : 30, keep_raw: false } }
          : {}),
        ...(rnd() < 0.5
          ? {
              filter:
                rnd() < 0.5
                  ? {}
                  : { policy: { malicious: 'quarantine' }, quarantine_dir: '/var/q', reasons: 20 },
            }
          : {}),
      };
      expect(agrees(input), JSON.stringify(input)).toBe(true);
    }
  });

  it("writes out zod's e-mail pattern", () => {
    expect(ZOD_EMAIL.source).toBe(regexes.email.source);
    expect(ZOD_EMAIL.flags).toBe(regexes.email.flags);
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
    expect(quickParse({ nope: {} })).toBeUndefined();
    const getter = {};
    Object.defineProperty(getter, 'ocr', { get: () => true, enumerable: true });
    expect(quickParse(getter)).toBeUndefined();
  });
});
