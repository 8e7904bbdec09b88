import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import {
  inspectUrl,
  isFreeHosting,
  isFreemailDomain,
  isShortener,
  registrableDomain,
} from '../../src/url/index.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';
import { isPrivateAddress } from '../../src/url/host.js';

const config = resolveConfig({ models: { url: null, domain: null } });
const ctx = { config, where: 'body:html' };
const fires = (url: string, id: string) => expectFires(inspectUrl(url, ctx), id);
const absent = (url: string, id: string) => expectAbsent(inspectUrl(url, ctx), id);

describe('url.host.ip_literal in every notation', () => {
  it.each([
    ['http://192.0.2.1/login', 'dotted', 'medium'],
    ['http://3221225985/login', 'decimal', 'high'],
    ['http://0xC0000201/', 'hex', 'high'],
    ['http://0300.0000.0002.0001/', 'octal', 'high'],
    ['http://0xc0.0.2.1/', 'mixed', 'high'],
    ['http://0300.0.0x2.1/', 'mixed', 'high'],
    ['http://192.2.1/', 'short', 'high'],
    ['http://[2001:db8::1]/x', 'ipv6', 'medium'],
    ['http://[::ffff:192.0.2.1]/', 'ipv6', 'medium'],
  ])('%s (%s)', (url, notation, severity) => {
    const s = fires(url, 'url.host.ip_literal');
    expect(s).toMatchObject({ severity, evidence: [{ where: 'body:html', text: url }] });
    if (notation !== 'dotted' && notation !== 'ipv6') expect(s!.message).toContain(notation);
    expect(inspectUrl(url, ctx).registrableDomain).toBeNull();
  });
  it('normalises the hidden address', () => {
    expect(inspectUrl('http://3221225985/', ctx).host).toBe('192.0.2.1');
  });
  it.each(['http://192-0-2-1.example/', 'http://v1.example/', 'http://1.example/'])(
    'stays silent for a name %s',
    (url) => {
      absent(url, 'url.host.ip_literal');
    },
  );
});

describe('url.host.ip_in_name', () => {
  it.each([
    ['http://12.62.205.92.host.secureserver.net/x', '12.62.205.92', 'medium'],
    ['http://ec2-3-138-125-44.us-east-2.compute.amazonaws.com/login', '3.138.125.44', 'medium'],
    ['http://ajtpcdys.40-127-9-38.cprapid.com/', '40.127.9.38', 'medium'],
    ['http://61-220-209-198.hinet-ip.hinet.net/bank/', '61.220.209.198', 'medium'],
    ['http://192-168-1-1.nip.io/', '192.168.1.1', 'low'],
  ])('fires on %s', (url, ip, severity) => {
    const s = fires(url, 'url.host.ip_in_name');
    expect(s).toMatchObject({ severity });
    expect(s!.message).toContain(ip);
  });
  it.each([
    // a registered name of digits is a chosen name, not a machine's
    'http://09-f9-11-02-9d-74-e3-5b-d8-41-56-c5-63-56-88-c0.com/',
    'http://1-800-flowers.com/',
    // an octet above 255 is no address; fewer than four is a version
    'http://v1.2.3.4000.example.com/',
    'http://release-2-4-1.docs.example.org/',
    'http://farm1.static.flickr.com/a.jpg',
    'http://192.0.2.1/',
  ])('stays silent for %s', (url) => {
    absent(url, 'url.host.ip_in_name');
  });
});

describe('url.host.userinfo', () => {
  it('fires high when the user name poses as a host', () => {
    expect(fires('https://paypal.com@evil.example/', 'url.host.userinfo')).toMatchObject({
      severity: 'high',
    });
    expect(inspectUrl('https://paypal.com@evil.example/', ctx).host).toBe('evil.example');
  });
  it('fires medium for a plain user name', () => {
    expect(fires('ftp://anon@files.example/', 'url.host.userinfo')).toMatchObject({ severity: 'medium' });
  });
  it('stays silent for an @ in the path or query', () => {
    absent('https://shop.example/profile/@alice', 'url.host.userinfo');
    absent('https://shop.example/?mail=a@b.example', 'url.host.userinfo');
  });
});

describe('url.host.punycode and url.host.mixed_script', () => {
  it('fires on a Cyrillic homograph', () => {
    fires('https://pаypal.com/', 'url.host.punycode');
    expect(fires('https://pаypal.com/', 'url.host.mixed_script')).toMatchObject({ severity: 'high' });
    fires('https://xn--pypal-4ve.com/', 'url.host.mixed_script');
  });
  it('a single-script IDN is punycode but not mixed script', () => {
    fires('https://пример.рф/', 'url.host.punycode');
    absent('https://пример.рф/', 'url.host.mixed_script');
    absent('https://münchen.example/', 'url.host.mixed_script');
  });
  it('stays silent for ASCII hosts', () => {
    absent('https://www.example.com/', 'url.host.punycode');
  });
});

describe('service lists', () => {
  it('url.host.shortener', () => {
    expect(fires('https://bit.ly/3xYz', 'url.host.shortener')).toMatchObject({ severity: 'low' });
    absent('https://bitly.example/', 'url.host.shortener');
    expect(isShortener('tinyurl.com')).toBe(true);
    expect(isShortener('tinyurl.com.example')).toBe(false);
  });
  it('url.host.free_hosting is low severity', () => {
    for (const u of [
      'https://x.pages.dev/',
      'https://pub-1.r2.dev/a',
      'https://a.weebly.com/',
      'https://a.webflow.io/',
      'https://a.workers.dev/',
      'https://a.000webhostapp.com/',
      'https://a.firebaseapp.com/',
      'https://a.web.app/',
      'https://a.glitch.me/',
      'https://a.wixsite.com/b',
      'https://a.github.io/',
    ]) {
      expect(fires(u, 'url.host.free_hosting'), u).toMatchObject({ severity: 'low' });
    }
    absent('https://pages.example/', 'url.host.free_hosting');
    expect(isFreeHosting('foo.vercel.app')).toBe(true);
    expect(isFreeHosting('vercel.example')).toBe(false);
  });
  it('url.host.suspicious_tld', () => {
    fires('https://login-update.tk/', 'url.host.suspicious_tld');
    absent('https://shop.co.uk/', 'url.host.suspicious_tld');
    // a hosting tenant on a private suffix is not judged by the platform's TLD
    absent('https://a.pages.dev/', 'url.host.suspicious_tld');
  });
  it('url.host.nonstandard_port and url.host.deep_subdomain', () => {
    fires('http://a.example:8081/', 'url.host.nonstandard_port');
    absent('http://a.example:8080/', 'url.host.nonstandard_port');
    fires('https://a.b.c.d.e.example/', 'url.host.deep_subdomain');
    absent('https://a.b.example/', 'url.host.deep_subdomain');
  });
  it('isFreemailDomain', () => {
    for (const d of [
      'gmail.com',
      'outlook.com',
      'yahoo.fr',
      'yahoo.com.tw',
      'gmx.de',
      'web.de',
      'proton.me',
      'icloud.com',
      'mail.ru',
      'qq.com',
      'uol.com.br',
      'bol.com.br',
      'GMAIL.COM',
      'user@gmail.com',
      'vip.qq.com',
    ]) {
      expect(isFreemailDomain(d), d).toBe(true);
    }
    // a provider's own subdomains are its systems (Xfinity's bills come from alerts.comcast.net)
    for (const d of [
      'fabrikam.example',
      'google.com',
      'microsoft.com',
      '',
      'yahoo',
      'alerts.comcast.net',
      'mail.yahoo.co.uk',
    ])
      expect(isFreemailDomain(d), d).toBe(false);
  });
  it('registrableDomain uses private suffixes', () => {
    expect(registrableDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('x.pages.dev')).toBe('x.pages.dev');
    expect(registrableDomain('192.0.2.1')).toBeNull();
    expect(registrableDomain('')).toBeNull();
    expect(registrableDomain('WWW.Example.COM.')).toBe('example.com');
  });
});

describe('private-network addresses', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.1',
    '192.168.10.1',
    '127.0.0.1',
    '169.254.1.1',
    '[::1]',
    '[fe80::1]',
    '[fd12:3456::1]',
  ])('%s is private: url.host.ip_literal is context only and the URL model says nothing', (ip) => {
    const r = inspectUrl(`http://${ip}/admin/login.php`, { config: resolveConfig({}), where: 'body:text' });
    expect(expectFires(r, 'url.host.ip_literal').severity).toBe('low');
    expectAbsent(r, 'url.model.phishing');
  });
  it.each(['172.32.0.1', '198.51.100.7', '8.8.8.8', '192.169.1.1'])('%s is public: stays medium', (ip) => {
    const r = inspectUrl(`http://${ip}/admin/login.php`, { config: resolveConfig({}), where: 'body:text' });
    expect(expectFires(r, 'url.host.ip_literal').severity).toBe('medium');
  });
  it('isPrivateAddress', () => {
    expect(isPrivateAddress('192.168.0.1')).toBe(true);
    expect(isPrivateAddress('192.0.2.1')).toBe(false);
  });
});
