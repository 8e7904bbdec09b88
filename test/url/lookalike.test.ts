import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeDomain, inspectDomain } from '../../src/url/index.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({
  organization: {
    name: 'Fabrikam',
    domains: ['fabrikam.example'],
    partners: [{ name: 'Contoso Logistics', domains: ['contoso-logistics.example'] }],
  },
});
const ctx = { config, where: 'header:From' };
const look = (d: string) => inspectDomain(d, ctx).lookalike;
const ids = (d: string) => inspectDomain(d, ctx).signals.map((s) => s.id);
const LOOKALIKE_IDS = ['homoglyph', 'idn', 'typosquat', 'combosquat', 'subdomain', 'tld_swap'].map(
  (t) => `domain.lookalike.${t}`,
);

describe('lookalike families (dnstwist names)', () => {
  it.each([
    ['paypall.com', 'typosquat', 'repetition', 'paypal.com'],
    ['paypl.com', 'typosquat', 'omission', 'paypal.com'],
    ['pyapal.com', 'typosquat', 'transposition', 'paypal.com'],
    ['pay-pal.com', 'typosquat', 'hyphenation', 'paypal.com'],
    ['amazom.com', 'typosquat', 'replacement', 'amazon.com'],
    ['microsofty.com', 'typosquat', 'addition', 'microsoft.com'],
    ['micrososft.com', 'typosquat', 'insertion', 'microsoft.com'],
    ['dropbix.com', 'typosquat', 'replacement', 'dropbox.com'],
    ['netflex.com', 'typosquat', 'vowel_swap', 'netflix.com'],
    ['mercadolibri.com.ar', 'typosquat', 'vowel_swap', 'mercadolibre.com'],
    ['mic2osoft.com', 'typosquat', 'bitsquatting', 'microsoft.com'],
    ['rnicrosoft.com', 'homoglyph', 'homoglyph', 'microsoft.com'],
    ['paypa1.com', 'homoglyph', 'homoglyph', 'paypal.com'],
    ['faceb00k.com', 'homoglyph', 'homoglyph', 'facebook.com'],
    ['paypal.net', 'tld_swap', 'tld_swap', 'paypal.com'],
    ['pay.pal.com', 'subdomain', 'subdomain', 'paypal.com'],
    ['paypal.com.secure-login.example', 'subdomain', 'subdomain', 'paypal.com'],
    ['microsoft-sso-verify.com', 'combosquat', 'combosquat', 'microsoft.com'],
    ['paypal-login-secure.com', 'combosquat', 'combosquat', 'paypal.com'],
    // two lure words glued, as German and Dutch write them
    ['dhl-pakketservice.nl', 'combosquat', 'combosquat', 'dhl.com'],
    ['yahoo-accountrecovery.com', 'combosquat', 'combosquat', 'yahoo.com'],
    ['paypalsecure.com', 'combosquat', 'combosquat', 'paypal.com'],
    ['apple-support-id.com', 'combosquat', 'combosquat', 'apple.com'],
    ['ebay-team.com', 'combosquat', 'combosquat', 'ebay.com'],
    ['chase-official.com', 'combosquat', 'combosquat', 'chase.com'],
    // a brand glued to an ordinary word, beside a lure word of its own
    ['confirm-ebaymain.com', 'combosquat', 'combosquat', 'ebay.com'],
  ])('%s is a %s (%s) of %s', (domain, technique, family, protectedDomain) => {
    expect(look(domain)).toMatchObject({ technique, family, protectedDomain, ownerKind: 'brand' });
    // the technique reaches the verdict as its own signal, and no neighbour fires beside it
    const r = inspectDomain(domain, ctx);
    expect(expectFires(r, `domain.lookalike.${technique}`)).toMatchObject({
      category: 'lookalike_domain',
      evidence: [{ where: 'header:From', text: domain }],
    });
    expect(ids(domain).filter((i) => i.startsWith('domain.lookalike'))).toEqual([
      `domain.lookalike.${technique}`,
    ]);
  });

  it('reports an IDN homograph (Cyrillic а in pаypal.com) in either spelling', () => {
    for (const d of ['pаypal.com', 'xn--pypal-4ve.com']) {
      const m = look(d);
      expect(m).toMatchObject({ technique: 'idn', protectedDomain: 'paypal.com', owner: 'PayPal' });
      expect(m!.detail).toContain('Cyrillic');
      expectFires(inspectDomain(d, ctx), 'domain.lookalike.idn');
    }
  });

  it('Greek omicron in gοogle.com is an IDN homograph', () => {
    expect(look('gοogle.com')).toMatchObject({ technique: 'idn', protectedDomain: 'google.com' });
  });

  it('names the organization and partners as owners; a near copy of their domain is critical', () => {
    expect(look('fabrikarn.example')).toMatchObject({
      ownerKind: 'organization',
      owner: 'Fabrikam',
      technique: 'homoglyph',
    });
    expect(look('fabrikam-invoices.example')).toMatchObject({
      ownerKind: 'organization',
      technique: 'combosquat',
    });
    expect(look('contoso-logistlcs.example')).toMatchObject({
      ownerKind: 'partner',
      owner: 'Contoso Logistics',
    });
    const s = inspectDomain('fabrlkam.example', ctx).signals[0];
    expect(s).toMatchObject({
      id: 'domain.lookalike.homoglyph',
      severity: 'critical',
      evidence: [{ where: 'header:From', text: 'fabrlkam.example' }],
    });
    // an added word is no near copy: high, as before
    expect(inspectDomain('fabrikam-invoices.example', ctx).signals[0]).toMatchObject({
      id: 'domain.lookalike.combosquat',
      severity: 'high',
    });
  });
});

describe("calibration: lookalikes of your own, a partner's and a disguised brand name read at least as serious as a generated name", () => {
  it.each([
    ['fabrikarn.example', 'domain.lookalike.homoglyph'],
    ['contoso-logistlcs.example', 'domain.lookalike.homoglyph'],
    ['micros0ft-sso-verify.com', 'domain.lookalike.combosquat'],
  ])('%s is malicious (%s critical)', (domain, id) => {
    const v = analyzeDomain(domain, { config: ctx.config });
    expect(v.signals[0]).toMatchObject({ id, severity: 'critical' });
    expect(v.verdict).toBe('malicious');
  });

  it.each([
    ['microsoft-sso-verify.com', 'the brand name spelled right: a combosquat, high'],
    ['paypa1.com', "a brand's homoglyph alone stays high"],
  ])('%s stays high (%s)', (domain) => {
    const v = analyzeDomain(domain, { config: ctx.config });
    expect(v.signals[0]?.severity).toBe('high');
  });
});

describe('legitimate look-alikes stay clean', () => {
  it.each([
    ['microsoftonline.com', 'a Microsoft sign-in domain'],
    ['login.microsoftonline.com', 'a subdomain of a protected domain'],
    ['paypal.co.uk', "PayPal's UK domain"],
    ['docusign.net', "DocuSign's second domain"],
    ['www.paypal.com', 'a real subdomain'],
    ['mail.fabrikam.example', "a subdomain of the organization's domain"],
    ['fabrikam.example', "the organization's own domain"],
    ['purchase-orders.com', '"chase" inside another word'],
    ['pineapple.com', '"apple" inside another word'],
    ['orange-county.org', 'a common word that is also a brand, without lure words'],
    ['stream.com', 'a common word one edit from a brand'],
    ['vista.com', 'one edit from a four-letter brand (visa)'],
    ['acrobatusers.com', "a brand's own community site: user(s) is no lure word"],
    ['upstream.example', 'a short brand (ups) inside a word'],
    ['ingredients.example', 'a short brand (ing) inside a word'],
    ['x.org', 'a one-letter brand name under another TLD'],
    ['example.com', 'an unrelated domain'],
    ['github.com', 'a protected brand domain'],
    ['vodafone.ro', "a brand's own country site (TLD swap counts only for generic TLDs)"],
    ['airbnb.ru', "a brand's own country site"],
    [
      'mercadolibre.com.ar',
      "a brand's own country site one letter from its other name (mercadolivre.com.br)",
    ],
    ['twitter.map.fastly.net', 'a CDN host name carrying a brand without lure words'],
    ['barclaysus.com', 'a brand glued to a two-letter word'],
    ['livechat.com', 'a common-word brand (live) glued to a word'],
    ['ebaymain-shop.com', 'a brand glued to a word, beside no lure word'],
    ['canada.com', 'a portal named like a public service (canada.ca), a country name'],
    ['sstatic.net', 'one non-adjacent replacement in a 7-letter name'],
  ])('%s (%s)', (domain) => {
    expect(look(domain)).toBeNull();
    const r = inspectDomain(domain, ctx);
    for (const id of LOOKALIKE_IDS) expectAbsent(r, id);
  });
});

describe('dictionary words are not typosquats (needs the shipped domain model word list)', () => {
  it.skipIf(!existsSync(new URL('../../models/domain.json', import.meta.url)))('finance, mail', () => {
    expect(look('finance.si')).toBeNull(); // one bit from binance
    expect(look('mail.mn')).toBeNull(); // gmail without g
    expect(look('binanse.com')).toMatchObject({ technique: 'typosquat' });
  });
});

describe('inspectDomain on bad input', () => {
  it.each(['', ' ', 'a b', 'http://x', '..', 'a'.repeat(300), 'user@host'])('does not throw on %j', (d) => {
    const r = inspectDomain(d, ctx);
    expect(r.lookalike).toBeNull();
  });
});

describe("'domain.lookalike.subdomain': a protected domain or brand in another domain's subdomain", () => {
  it.each([
    [
      'paypal.com.secure-login.example',
      'paypal.com',
      'brand',
      'starts with paypal.com but belongs to secure-login.example',
    ],
    [
      'login.microsoft.com.evil.example',
      'microsoft.com',
      'brand',
      'starts with microsoft.com but belongs to evil.example',
    ],
    ['pay.pal.com', 'paypal.com', 'brand', 'splits paypal.com with a dot'],
    ['paypal.secure-verify.example', 'paypal.com', 'brand', 'names PayPal in the subdomain'],
    ['paypal.github.io', 'paypal.com', 'brand', 'on the hosting platform github.io'],
    ['fabrikam.example.invoices.test', 'fabrikam.example', 'organization', 'starts with fabrikam.example'],
  ])('%s fires (imitates %s)', (domain, protectedDomain, ownerKind, detail) => {
    expect(look(domain)).toMatchObject({
      technique: 'subdomain',
      family: 'subdomain',
      protectedDomain,
      ownerKind,
    });
    expect(look(domain)!.detail).toContain(detail);
    const s = expectFires(inspectDomain(domain, ctx), 'domain.lookalike.subdomain');
    expect(s).toMatchObject({ severity: 'high', evidence: [{ where: 'header:From', text: domain }] });
  });

  it.each([
    ['login.microsoft.com', 'a real subdomain of a protected domain'],
    ['accounts.google.com', 'a real subdomain of a protected domain'],
    ['www.paypal.com', 'a real subdomain of a protected domain'],
    ['mail.fabrikam.example', "a real subdomain of the organization's domain"],
    ['twitter.map.fastly.net', 'a CDN host name carrying a brand, no lure word'],
    ['paypal.map.fastly.net', 'a CDN host name carrying a brand, no lure word'],
  ])('%s stays clean (%s)', (domain) => {
    expect(look(domain)).toBeNull();
    expectAbsent(inspectDomain(domain, ctx), 'domain.lookalike.subdomain');
  });
});

describe("'domain.lookalike.tld_swap': the same name under another suffix", () => {
  it.each([
    ['paypal.net', 'paypal.com', 'brand', 'medium'],
    ['microsoft.net', 'microsoft.com', 'brand', 'medium'],
    ['paypal.xyz', 'paypal.com', 'brand', 'medium'],
    // the organization's and partners' names count under any suffix, country ones included, at high severity
    ['fabrikam.net', 'fabrikam.example', 'organization', 'high'],
    ['fabrikam.ro', 'fabrikam.example', 'organization', 'high'],
    ['fabrikam.co.uk', 'fabrikam.example', 'organization', 'high'],
    ['contoso-logistics.com', 'contoso-logistics.example', 'partner', 'high'],
  ])('%s fires (imitates %s, %s, %s)', (domain, protectedDomain, ownerKind, severity) => {
    expect(look(domain)).toMatchObject({
      technique: 'tld_swap',
      family: 'tld_swap',
      protectedDomain,
      ownerKind,
    });
    const s = expectFires(inspectDomain(domain, ctx), 'domain.lookalike.tld_swap');
    expect(s).toMatchObject({ severity, evidence: [{ where: 'header:From', text: domain }] });
  });

  it.each([
    ['vodafone.ro', "a brand's own country site: brands count only under generic TLDs"],
    ['microsoft.de', "a brand's own country site"],
    ['paypal.co', 'a two-letter country TLD'],
    ['paypal.co.uk', "PayPal's UK domain"],
    ['docusign.net', "a brand's listed second domain"],
    ['apple.xyz', 'a common-word brand (apple) is too weak for a bare TLD swap'],
    ['paypal.com', 'the protected domain itself'],
  ])('%s stays clean (%s)', (domain) => {
    expect(look(domain)).toBeNull();
    expectAbsent(inspectDomain(domain, ctx), 'domain.lookalike.tld_swap');
  });
});

describe("a brand's regional members (Sparkasse, Volksbank)", () => {
  // each German savings bank writes from its own sparkasse-<region>.de: the brand's network, no impostor
  it.each([
    'sparkasse-koelnbonn.de',
    'sparkasse-musterstadt.de',
    'kreis-sparkasse.de',
    'volksbank-mittelhessen.de',
  ])('%s is a member, not a lookalike', (d) => expect(look(d)).toBeNull());
  // … unless the name carries a lure word, in German or English, or sits outside the members' suffix
  it.each([
    'sparkasse-pushtan-aktualisierung.de',
    'sparkasse-sicherheit.de',
    'sparkasse-login.de',
    'sparkasse-musterstadt.com',
    'volksbank-konto.de',
  ])('%s is a combosquat', (d) => expect(look(d)?.technique).toBe('combosquat'));
  it('a configured brand may declare its own members', () => {
    const own = resolveConfig({
      brands: [{ name: 'Northbank', domains: ['northbank.example'], members: ['northbank-*.example'] }],
    });
    const of = (d: string) => inspectDomain(d, { config: own, where: 'header:From' }).lookalike;
    expect(of('northbank-leeds.example')).toBeNull();
    expect(of('northbank-verify.example')?.technique).toBe('combosquat');
  });
});
