import { describe, expect, it } from 'vitest';
import { parseUrl } from '../../src/url/parse.js';
import {
  URL_NET_DENSE,
  URL_NET_DENSE_NAMES,
  URL_NET_MAX_TOKENS,
  urlNetDense,
  urlNetHost,
  urlNetKeys,
  urlNetPath,
  urlNetTokens,
} from '../../src/url/url-net.js';

const parsed = (u: string) => {
  const p = parseUrl(u);
  if (!p) throw new Error(`unparsable ${u}`);
  return p;
};
const tokens = (u: string, buckets = 1 << 16) => {
  const out = new Int32Array(URL_NET_MAX_TOKENS);
  return [...out.subarray(0, urlNetTokens(parsed(u), buckets, out))];
};

describe('URL network inputs', () => {
  it('reads the host without public suffix or www, the path with digits as 0, the key names only', () => {
    const p = parsed(
      'https://www.Secure-Login.example.co.uk/Account/2024/verify.php?user=bob&Token2=xyz#frag',
    );
    expect(urlNetHost(p)).toBe('secure-login.example');
    expect(urlNetPath(p)).toBe('/account/0000/verify.php');
    expect(urlNetKeys(p)).toBe('user&token0');
  });

  it('with opaque, reads token-like runs of the path as * and leaves words and numbers', () => {
    const path = (u: string) => urlNetPath(parsed(u), true);
    expect(path('http://email.news.example/cgi-bin1/DM/y/nBNJ50TcLcT0SxT0IU1b0EG')).toBe('/cgi-bin0/dm/y/*');
    expect(path('http://p.example/Preview?a=1')).toBe('/preview');
    expect(path('https://shop.example/Raspberry-Supports/dp/B003MTTJOY/')).toBe('/raspberry-supports/dp/*/');
    expect(path('https://x.example/MyAccountLogin/ASIN/0140248951')).toBe('/myaccountlogin/asin/0000000000');
    expect(path('https://x.example/khJCfXBEGIBermvXPgV')).toBe('/*');
    // without opaque the token's characters stay
    expect(urlNetPath(parsed('https://x.example/hgG7TyTTrKj'))).toBe('/hgg0tyttrkj');
  });

  it('gives the same tokens for the same URL and ignores scheme, TLD, fragment and query values', () => {
    const a = tokens('https://login.bank-example.com/signin?next=abc');
    expect(tokens('https://login.bank-example.com/signin?next=abc')).toEqual(a);
    expect(tokens('http://login.bank-example.net/signin?next=zzz#top')).toEqual(a);
    // a year in the path reads as any other number
    expect(tokens('https://x.example/2007/05/post')).toEqual(tokens('https://x.example/2025/11/post'));
  });

  it('salts each field: the same text as host and as path gives other tokens', () => {
    const host = tokens('https://paypal.example/');
    const path = tokens('https://x.example/paypal');
    const common = host.filter((t) => path.includes(t));
    // only the tokens of "x" host and "/" path pieces could coincide by hash; "paypal" grams must not
    expect(common.length).toBeLessThanOrEqual(1);
  });

  it('stays within the token budget and the bucket range on long URLs', () => {
    const long = `https://${'a'.repeat(200)}.example/${'b/'.repeat(400)}?${Array.from({ length: 60 }, (_, i) => `k${i}=v`).join('&')}`;
    const t = tokens(long, 1 << 10);
    expect(t.length).toBeLessThanOrEqual(URL_NET_MAX_TOKENS);
    expect(t.every((x) => x >= 0 && x < 1 << 10)).toBe(true);
  });

  it('writes every dense input, finite and mostly within [0, 1]', () => {
    expect(URL_NET_DENSE_NAMES.length).toBe(URL_NET_DENSE);
    const out = new Float32Array(URL_NET_DENSE + 2).fill(NaN);
    urlNetDense(parsed('http://10.1.2.3:8080/a/bb/ccc?x=1&y=2'), null, out, 1);
    const d = Object.fromEntries(URL_NET_DENSE_NAMES.map((n, i) => [n, out[1 + i]!]));
    expect(Number.isNaN(out[0]!) && Number.isNaN(out[URL_NET_DENSE + 1]!)).toBe(true);
    for (const v of Object.values(d)) expect(v >= 0 && v <= 1.5).toBe(true);
    expect(d['host is an IP address']).toBe(1);
    expect(d['host generated-name score absent']).toBe(1);
    expect(d['explicit port']).toBe(1);
    expect(d['path segments']).toBeCloseTo(3 / 8);
    expect(d['query keys']).toBeCloseTo(2 / 10);
  });
});
