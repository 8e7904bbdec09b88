import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { MAX_UNWRAP_DEPTH, analyzeUrl, inspectUrl, unwrapUrl } from '../../src/url/index.js';

const rulesOnly = resolveConfig({ models: { url: null, domain: null } });
const DEST = 'https://www.shop.example/orders?id=42';
const enc = encodeURIComponent;
/** Proofpoint v2 encoding: percent-encode, then `%`→`-` and `/`→`_`. */
const ppV2 = (u: string) =>
  enc(u)
    .replace(/%2F/g, '/')
    .replace(/-/g, '%2D')
    .replace(/_/g, '%5F')
    .replace(/%/g, '-')
    .replace(/\//g, '_');

// one line per rewriter: the wrapped form as the gateway writes it, and the rewriter named in `via`
const WRAPPED: [string, string, string][] = [
  [
    'safelinks',
    `https://nam12.safelinks.protection.outlook.com/?url=${enc(DEST)}&data=05%7C02%7Cbob%40recipient.example%7C0a1b%7C0%7C0%7C638000000000000000&sdata=AbCdEf%2BgH%3D&reserved=0`,
    'safelinks',
  ],
  [
    'safelinks (GCC)',
    `https://gcc02.safelinks.protection.office365.us/?url=${enc(DEST)}&data=x&reserved=0`,
    'safelinks',
  ],
  [
    'proofpoint v1',
    `https://urldefense.proofpoint.com/v1/url?u=${enc(DEST)}&k=abc%3D%0A&r=def%0A&m=ghi%0A&s=jkl`,
    'proofpoint v1',
  ],
  [
    'proofpoint v2',
    `https://urldefense.proofpoint.com/v2/url?u=${ppV2(DEST)}&d=DwMFaQ&c=abc&r=def&m=ghi&s=jkl&e=`,
    'proofpoint v2',
  ],
  ['proofpoint v3', `https://urldefense.com/v3/__${DEST}__;!!ABcdEF!GhIjKl$`, 'proofpoint v3'],
  [
    'barracuda',
    `https://linkprotect.cudasvc.com/url?a=${enc(DEST).toLowerCase().replace(/%3f/, '%3F')}&c=E,1,AbCd,&typo=1`,
    'barracuda',
  ],
  ['google ?q=', `https://www.google.com/url?q=${enc(DEST)}&sa=D&source=editors&ust=1&usg=AOvVaw0`, 'google'],
  ['google ?url=', `https://www.google.com/url?sa=t&url=${enc(DEST)}&usg=AOvVaw0`, 'google'],
  [
    'trend micro',
    `https://imsva91-ctp.trendmicro.com/wis/clicktime/v1/query?url=${enc(DEST)}&umid=0a1b&auth=abc-def`,
    'trend micro',
  ],
  [
    'sophos',
    `https://eu-central-1.protection.sophos.com?d=shop.example&u=${Buffer.from(DEST).toString('base64')}&i=abc&t=def&h=ghi`,
    'sophos',
  ],
  ['cisco with the URL', `https://secure-web.cisco.com/1AbCdEfGhIj/${enc(DEST)}`, 'cisco'],
  ['symantec', `https://clicktime.symantec.com/a/1/AbCd?d=xyz&u=${enc(DEST)}`, 'symantec'],
  [
    'bing click redirect',
    `https://www.bing.com/ck/a?!&&p=6178ff9dbdb28091JmltdHM9&ptn=3&hsh=3&fclid=39dd905f&u=a1${Buffer.from(DEST).toString('base64url')}&ntb=1`,
    'bing',
  ],
  ['google AMP viewer', `https://www.google.com/amp/s/www.shop.example/orders?id=42`, 'google'],
  [
    'youtube description link',
    `https://www.youtube.com/redirect?event=video_description&redir_token=QUFFLUhq&q=${enc(DEST)}&v=dQw4w9WgXcQ`,
    'youtube',
  ],
  [
    'doubleclick ad click (?URL)',
    `https://ad.doubleclick.net/ddm/trackclk/N1234.5678/B9;dc_trk_aid=1?${DEST}`,
    'doubleclick',
  ],
  [
    'doubleclick ad click (adurl=)',
    `https://googleads.g.doubleclick.net/pcs/click?xai=AKAOjs&sig=Cg0ArKJSzA&adurl=${enc(DEST)}`,
    'doubleclick',
  ],
];

describe('unwrapUrl', () => {
  it.each(WRAPPED)('follows %s to the destination', (_, wrapped, via) => {
    const u = unwrapUrl(wrapped);
    expect(u.url?.toLowerCase()).toBe(DEST.toLowerCase());
    expect(u.via).toEqual([via]);
    expect(u.opaque).toBe(false);
  });

  it('restores characters Proofpoint v3 replaced (* and **X runs, base64url after __;)', () => {
    // '*' = one replaced character, '**A' = a run of 2; the replaced text is "&" then "%20" (3 = **B)
    const bytes = Buffer.from('&%20').toString('base64url');
    const u = unwrapUrl(
      `https://urldefense.com/v3/__https://www.shop.example/a?x=1*y=2**Bz__;${bytes}!!Tok!en$`,
    );
    expect(u.url).toBe('https://www.shop.example/a?x=1&y=2%20z');
  });

  it('reads a Proofpoint v3 link whose tail was cut off (a text URL cut at a quote or backtick)', () => {
    expect(unwrapUrl(`https://urldefense.com/v3/__${DEST}`)).toMatchObject({
      url: DEST,
      via: ['proofpoint v3'],
    });
    expect(unwrapUrl(`https://urldefense.com/v3/__${DEST}__`).url).toBe(DEST);
    // a '*' stands for a character carried in the lost tail: not recoverable, so unknown
    expect(unwrapUrl('https://urldefense.com/v3/__https://www.shop.example/a*b').url).toBeNull();
  });

  it('decodes Proofpoint v2 including an encoded hyphen and underscore', () => {
    const d = 'https://my-shop.example/a_b/c?d=e-f';
    expect(unwrapUrl(`https://urldefense.proofpoint.com/v2/url?u=${ppV2(d)}&d=DwMF&c=x`).url).toBe(d);
  });

  it('recognises a wrapper written without its scheme', () => {
    expect(unwrapUrl(`nam12.safelinks.protection.outlook.com/?url=${enc(DEST)}&reserved=0`)).toMatchObject({
      url: DEST,
      via: ['safelinks'],
    });
  });

  it('follows nested wrappers and names each, outermost first', () => {
    const inner = `https://urldefense.proofpoint.com/v2/url?u=${ppV2(DEST)}&d=DwMF&c=x`;
    const u = unwrapUrl(
      `https://eur01.safelinks.protection.outlook.com/?url=${enc(inner)}&data=x&reserved=0`,
    );
    expect(u).toMatchObject({ url: DEST, via: ['safelinks', 'proofpoint v2'], opaque: false });
  });

  it(`stops after ${MAX_UNWRAP_DEPTH} nested wrappers (unknown, not suspicious)`, () => {
    let url = DEST;
    for (let i = 0; i <= MAX_UNWRAP_DEPTH; i++) url = `https://www.google.com/url?q=${enc(url)}`;
    const u = unwrapUrl(url);
    expect(u).toMatchObject({ url: null, opaque: true, truncated: true });
    expect(u.via).toHaveLength(MAX_UNWRAP_DEPTH);
  });

  it.each([
    ['mimecast', 'https://protect-eu.mimecast.com/s/AbCdEfGhIjKlMnOp?domain=shop.example'],
    ['mimecast (US)', 'https://protect-us.mimecast.com/s/XyZ123'],
    ['cisco token only', 'https://secure-web.cisco.com/1AbCdEfGhIjKlMnOpQrStUvWxYz'],
    ['safelinks without url=', 'https://nam12.safelinks.protection.outlook.com/?data=x'],
  ])('treats %s as opaque', (_, url) => {
    expect(unwrapUrl(url)).toMatchObject({ url: null, opaque: true });
  });

  it.each([
    ['an ordinary URL', DEST],
    ['a Google page that is not the redirect', 'https://www.google.com/search?q=https%3A%2F%2Fevil.example'],
    [
      'a host that only starts like Safe Links',
      `https://safelinks.protection.outlook.com.attacker.example/?url=${enc(DEST)}`,
    ],
    [
      'a host that only contains urldefense',
      `https://urldefense.proofpoint.com.attacker.example/v2/url?u=${ppV2(DEST)}`,
    ],
    ['a Trend Micro page', 'https://www.trendmicro.com/en_us/business.html'],
    ['a YouTube video', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a Google page', 'https://www.google.com/maps/place/Bielefeld'],
    [
      'a Bing search page',
      'https://www.bing.com/search?q=https%3A%2F%2Fevil.example&u=a1aHR0cHM6Ly9ldmlsLmV4YW1wbGU',
    ],
  ])('leaves %s as it is', (_, url) => {
    expect(unwrapUrl(url)).toEqual({ url, via: [], opaque: false });
  });

  it('never throws and never returns more text than it was given (fixed seed)', () => {
    const prefixes = WRAPPED.map(([, w]) => w.slice(0, w.indexOf('?') > 0 ? w.indexOf('?') + 1 : 40));
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.string({ maxLength: 300 }), (p, tail) => {
        const u = unwrapUrl(p + tail);
        expect(u.via.length).toBeLessThanOrEqual(MAX_UNWRAP_DEPTH);
        if (u.url !== null) expect(u.url.length).toBeLessThanOrEqual((p + tail).length);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});

describe('URL verdicts judge the destination', () => {
  it('flags a phishing destination behind Safe Links and keeps the wrapper in the evidence', () => {
    const phish = 'http://198.51.100.23/owa/login.php';
    const v = analyzeUrl(
      `https://nam12.safelinks.protection.outlook.com/?url=${enc(phish)}&data=x&reserved=0`,
      { config: rulesOnly },
    );
    const ip = v.signals.find((s) => s.id === 'url.host.ip_literal');
    expect(ip?.evidence[0]?.text).toBe(`${phish} (via safelinks)`);
    expect(v.input.normalized).toBe(phish);
  });

  it.each(WRAPPED)('gives the wrapper host no signal of its own (%s)', (_, wrapped) => {
    const i = inspectUrl(wrapped, { config: rulesOnly, where: 'body:html' });
    // url.query.redirect, url.host.deep_subdomain and the like would describe the gateway, not the link
    expect(i.signals).toEqual([]);
    expect(i.host).toBe('www.shop.example');
    expect(i.via).toHaveLength(1);
  });

  it('returns an opaque link as unknown: no signals, and says what was not analysed', () => {
    const url = 'https://protect-eu.mimecast.com/s/AbCdEfGhIjKlMnOp?domain=shop.example';
    expect(inspectUrl(url, { config: rulesOnly, where: 'body:html' })).toMatchObject({
      signals: [],
      opaque: true,
      via: ['mimecast'],
    });
    const v = analyzeUrl(url, { config: rulesOnly });
    expect(v).toMatchObject({ verdict: 'clean', signals: [] });
    expect(v.skipped[0]?.what).toContain('mimecast');
  });
});

describe('click trackers that carry their destination', () => {
  it("reads Mailjet's base64 destination", () => {
    const dest = 'https://www.evergreenvalleycu.example/business-online-banking';
    const b64 = Buffer.from(dest).toString('base64').replace(/=+$/, '');
    expect(unwrapUrl(`https://n3qx.mjt.lu/lnk/pc1gimaSWM4ldH4I6/5/OlcAmMrS60bi/${b64}`)).toEqual({
      url: dest,
      via: ['mailjet'],
      opaque: false,
    });
  });
  it("reads Postmark's percent-encoded host and path", () => {
    expect(
      unwrapUrl(
        'https://click.pstmrk.it/3s/portal.pacgateway.example%2Fbilling%2Fentries%2F9XH%2Fpay/kMsvoJox/MM9KZr9B/R_-Zw0',
      ),
    ).toMatchObject({ url: 'https://portal.pacgateway.example/billing/entries/9XH/pay', via: ['postmark'] });
  });
  it('leaves a tracker link without a readable destination as it is', () => {
    const u = 'https://n3qx.mjt.lu/lnk/pc1gimaSWM4ldH4I6/5/OlcAmMrS60bi/not-base64!';
    expect(unwrapUrl(u)).toEqual({ url: u, via: [], opaque: false });
  });
});
