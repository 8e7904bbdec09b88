import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { inspectUrl } from '../../src/url/index.js';

const config = resolveConfig({ models: { url: null, domain: null } });
const ctx = { config, where: 'body:text' };
const sig = (url: string, id: string) => inspectUrl(url, ctx).signals.find((s) => s.id === id);

describe('url.path.brand_mismatch', () => {
  it('fires when a brand is named off its domain, stronger with credential words', () => {
    expect(sig('https://cdn-host.example/paypal/signin/', 'url.path.brand_mismatch')).toMatchObject({ severity: 'medium' });
    expect(sig('https://cdn-host.example/microsoft/docs/', 'url.path.brand_mismatch')).toMatchObject({ severity: 'low' });
    expect(sig('https://cdn-host.example/x?brand=apple&step=verify', 'url.path.brand_mismatch')).toBeDefined();
  });
  it.each([
    ['https://www.paypal.com/signin', "the brand's own domain"],
    ['https://www.linkedin.com/company/paypal', 'another protected domain'],
    ['https://news.example/apple-harvest-festival', 'a common-word brand without credential words'],
    ['https://shop.example/purchase/confirm', '"chase" inside another word'],
  ])('stays silent for %s (%s)', (url) => {
    expect(sig(url, 'url.path.brand_mismatch')).toBeUndefined();
  });
});

describe('url.path.credential_words', () => {
  it('fires and names the words', () => {
    const s = sig('http://host.example/cgi-bin/webscr?cmd=_login', 'url.path.credential_words');
    expect(s!.message).toContain('webscr');
  });
  it('stays silent for ordinary paths', () => {
    expect(sig('https://docs.example/guide/install.html', 'url.path.credential_words')).toBeUndefined();
  });
});

describe('url.query.redirect', () => {
  it('fires for a URL carried in a redirect parameter', () => {
    expect(sig('https://news.example/out?url=https://evil.example/login', 'url.query.redirect')!.message).toContain('evil.example');
    expect(sig('https://r.example/?next=%2F%2Fevil.example%2F', 'url.query.redirect')).toBeDefined();
  });
  it('judges the destination of Google\'s /url redirect, not the redirect (a link rewriter)', () => {
    expect(sig('https://www.google.com/url?q=https://evil.example/login', 'url.query.redirect')).toBeUndefined();
  });
  it('stays silent for relative or non-URL values', () => {
    expect(sig('https://app.example/login?next=/dashboard', 'url.query.redirect')).toBeUndefined();
    expect(sig('https://search.example/?q=weather', 'url.query.redirect')).toBeUndefined();
  });
});
