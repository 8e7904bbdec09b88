import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { inspectUrl } from '../../src/url/index.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({ models: { url: null, domain: null } });
const ctx = { config, where: 'body:text' };
const fires = (url: string, id: string) => expectFires(inspectUrl(url, ctx), id);
const absent = (url: string, id: string) => expectAbsent(inspectUrl(url, ctx), id);

describe('url.path.brand_mismatch', () => {
  it('fires when a brand is named off its domain, stronger with credential words', () => {
    expect(fires('https://cdn-host.example/paypal/signin/', 'url.path.brand_mismatch')).toMatchObject({
      severity: 'medium',
    });
    expect(fires('https://cdn-host.example/microsoft/docs/', 'url.path.brand_mismatch')).toMatchObject({
      severity: 'low',
    });
    fires('https://cdn-host.example/x?brand=apple&step=verify', 'url.path.brand_mismatch');
  });
  it.each([
    ['https://www.paypal.com/signin', "the brand's own domain"],
    ['https://www.linkedin.com/company/paypal', 'another protected domain'],
    ['https://news.example/apple-harvest-festival', 'a common-word brand without credential words'],
    ['https://shop.example/purchase/confirm', '"chase" inside another word'],
  ])('stays silent for %s (%s)', (url) => {
    absent(url, 'url.path.brand_mismatch');
  });
});

describe('url.path.credential_words', () => {
  it('fires and names the words', () => {
    const s = fires('http://host.example/cgi-bin/webscr?cmd=_login', 'url.path.credential_words');
    expect(s!.message).toContain('webscr');
  });
  it('stays silent for ordinary paths', () => {
    absent('https://docs.example/guide/install.html', 'url.path.credential_words');
  });
});

describe('url.query.redirect', () => {
  it('fires for a URL carried in a redirect parameter', () => {
    expect(
      fires('https://news.example/out?url=https://evil.example/login', 'url.query.redirect').message,
    ).toContain('evil.example');
    fires('https://r.example/?next=%2F%2Fevil.example%2F', 'url.query.redirect');
  });
  it("judges the destination of Google's /url redirect, not the redirect (a link rewriter)", () => {
    absent('https://www.google.com/url?q=https://evil.example/login', 'url.query.redirect');
  });
  it('stays silent for relative or non-URL values', () => {
    absent('https://app.example/login?next=/dashboard', 'url.query.redirect');
    absent('https://search.example/?q=weather', 'url.query.redirect');
  });
});
