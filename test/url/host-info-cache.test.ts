import { describe, expect, it } from 'vitest';
import { hostInfo, hostInfoCacheSize, parseDomain, parseUrl } from '../../src/url/parse.js';

describe('hostInfo: the public-suffix parts of a name are looked up once per host', () => {
  it('a host seen again is answered from the cache, with the same parts in a fresh object', () => {
    const first = parseUrl('https://login.secure-mail.co.uk.example/a?b=1')!;
    const size = hostInfoCacheSize();
    expect(size).toBeGreaterThan(0);
    const again = parseUrl('https://LOGIN.secure-mail.co.uk.example/other/path')!;
    // no new entry: the second URL of the host did not parse its name again
    expect(hostInfoCacheSize()).toBe(size);
    for (const k of [
      'host',
      'hostUnicode',
      'registrableDomain',
      'publicSuffix',
      'privateSuffix',
      'label',
      'subdomain',
      'subdomainDepth',
      'ip',
    ] as const)
      expect(again[k]).toEqual(first[k]);
    // callers own what they get: changing one answer does not change the next
    const a = parseDomain('shop.example.co.uk')!;
    a.label = 'changed';
    expect(parseDomain('shop.example.co.uk')!.label).toBe('example');
    expect(hostInfo('shop.example.co.uk')).not.toBe(hostInfo('shop.example.co.uk'));
  });
  it('IP literals are not cached (their notation depends on how they were written)', () => {
    const before = hostInfoCacheSize();
    expect(parseUrl('http://0x7f.1/')!.ip!.notation).not.toBe(parseUrl('http://127.0.0.1/')!.ip!.notation);
    expect(hostInfoCacheSize()).toBe(before);
  });
  it('stays bounded under a flood of distinct hosts', () => {
    for (let i = 0; i < 25_000; i++) hostInfo(`h${i}.flood.example`);
    expect(hostInfoCacheSize()).toBeLessThanOrEqual(20_000);
    expect(hostInfo('h24999.flood.example').registrableDomain).toBe('flood.example');
  });
});
