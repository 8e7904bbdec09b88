/**
 * Sender signals that need no configuration: a cousin of the recipient's own domain, and a free
 * mail address that signs as an executive or a company function. Firing cases beside the
 * legitimate look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { imitatesDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (o: EmlOptions, config = resolveConfig({})) => analyzeEmail(eml(o), { config, scorer: null });

describe('imitatesDomain', () => {
  it.each([
    ['ha1cyonenergy.com', 'halcyonenergy.com', 'homoglyph_skeleton', 'strong'],
    ['pinecrestengineeriing.com', 'pinecrestengineering.com', 'repetition', 'strong'],
    ['fabrikarn.example', 'fabrikam.example', 'homoglyph_skeleton', 'strong'],
    ['whitmorelegal.us', 'whitmorelegal.com', 'tld_swap', 'weak'],
    ['raymond-co.com', 'raymond.com', 'combosquat', 'weak'],
    ['rockwelldental-inc.com', 'rockwelldental.com', 'combosquat', 'weak'],
    // look-alike letters are deliberate even in a short name
    ['1ang.example', 'lang.example', 'homoglyph_skeleton', 'strong'],
    // an edit under another suffix: a hyphen at any length, other edits on long names; weak
    ['northwind-traders.co', 'northwindtraders.com', 'hyphenation', 'weak'],
    ['halcyonenergi.net', 'halcyonenergy.com', 'bitsquatting', 'weak'],
    // a four-letter company name: only cousins nobody registers by accident, weak
    ['khaan.com', 'khan.com', 'repetition', 'weak'],
    ['wood.us', 'wood.com', 'tld_swap', 'weak'],
    ['dean-us.com', 'dean.com', 'combosquat', 'weak'],
    ['cook-co.com', 'cook.com', 'combosquat', 'weak'],
    ['northwindholdings.com', 'northwind.com', 'combosquat', 'weak'],
    // the executive office and back office a BEC sender claims to write from
    ['brightwaterfoods-exec.com', 'brightwaterfoods.com', 'combosquat', 'weak'],
    ['halcyonenergy-treasury.com', 'halcyonenergy.com', 'combosquat', 'weak'],
    // the IT and identity desks a sign-in lure claims to write from
    ['contoso-helpdesk.com', 'contoso.com', 'combosquat', 'weak'],
    ['northwindsso.com', 'northwind.com', 'combosquat', 'weak'],
    // a legal form added to the name (SA, GmbH, BV …)
    ['groupe-lemaire-sa.fr', 'groupe-lemaire.fr', 'combosquat', 'weak'],
    ['hendriksinstallatie-bv.nl', 'hendriksinstallatie.nl', 'combosquat', 'weak'],
    // the owner's country code added as a word under another suffix (round 14's thread hijack)
    ['vogt-verpackung-de.com', 'vogt-verpackung.de', 'combosquat', 'weak'],
  ])('%s imitates %s (%s)', (c, t, family, strength) => {
    expect(imitatesDomain(c, t)).toMatchObject({ family, strength });
  });
  it.each([
    ['the same domain', 'halcyonenergy.com', 'halcyonenergy.com'],
    ['unrelated names', 'northwind.com', 'halcyonenergy.com'],
    ['short names (too many real neighbours)', 'abce.com', 'abcd.com'],
    ['a short name one letter off', 'lane.example', 'lang.example'],
    ['a three-letter name in look-alike letters', '1td.example', 'ltd.example'],
    ['a word that merely contains the name', 'raymondsville.com', 'raymond.com'],
    ['a short name one letter off under another suffix', 'lanes.net', 'lanez.com'],
    ['a four-letter name with a letter changed', 'kahn.com', 'khan.com'],
    ['a four-letter name with a letter added', 'deans.com', 'dean.com'],
    ['a four-letter name inside a longer word', 'cookware.com', 'cook.com'],
    ['a four-letter name beside another word', 'dean-consulting.com', 'dean.com'],
    [
      'a longer name beside a word that is not a company or office word',
      'halcyonenergy-solar.com',
      'halcyonenergy.com',
    ],
    ['a three-letter name under another suffix', 'ibm.us', 'ibm.com'],
  ])('leaves %s alone', (_, c, t) => {
    expect(imitatesDomain(c, t)).toBeNull();
  });
});

describe('email.sender.recipient_lookalike', () => {
  const ID = 'email.sender.recipient_lookalike';
  it('fires (high) for a one-letter cousin of the recipient domain', async () => {
    const v = await scan({
      from: 'Samuel Hansen <shansen@pinecrestengineeriing.example>',
      to: 'samantha@pinecrestengineering.example',
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      category: 'lookalike_domain',
      evidence: [{ where: 'header:From' }, { where: 'header:To', text: 'pinecrestengineering.example' }],
    });
  });
  it('fires (medium) for the recipient name with a word added', async () => {
    const v = await scan({ from: 'Diane <d.tucker@raymondco-inc.example>', to: 'john@raymondco.example' });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
  it("fires (high) for the recipient's whole domain spelt in front of another one", async () => {
    const v = await scan({
      from: 'Dana Reyes <dana.reyes@contoso.com.mail-secure.co>',
      to: 'kim@contoso.com',
    });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('high');
    expect(s.message).toContain('spells contoso.com in front of mail-secure.co');
  });
  it("does not read the recipient's own country domain (contoso.com.au) as spelt in front of another", async () => {
    const v = await scan({ from: 'Ana <ana@contoso.com.au>', to: 'kim@contoso.com' });
    const s = v.signals.find((x) => x.id === ID);
    expect(s?.message ?? '').not.toContain('spells');
    expect(s?.severity).not.toBe('high');
  });
  it('fires for a cousin in Reply-To', async () => {
    const v = await scan({
      from: 'Ops <ops@northwind.example>',
      replyTo: 'ap@halcyonenerqy.example',
      to: 'ap@halcyonenergy.example',
    });
    expect(expectFires(v, ID).evidence[0]).toMatchObject({ where: 'header:Reply-To' });
  });
  it.each<[string, EmlOptions, Parameters<typeof resolveConfig>[0]?]>([
    ['a colleague on the same domain', { from: 'a@halcyonenergy.example', to: 'b@halcyonenergy.example' }],
    [
      'a subdomain of the recipient',
      { from: 'it@mail.halcyonenergy.example', to: 'b@halcyonenergy.example' },
    ],
    [
      'one company with two suffixes in one conversation',
      { from: 'a@enronco.net', to: 'b@enronco.com, c@enronco.net' },
    ],
    [
      'two suffixes configured as the organization',
      { from: 'a@fabrikam.co.uk', to: 'b@fabrikam.com' },
      { organization: { domains: ['fabrikam.com', 'fabrikam.co.uk'] } },
    ],
    ['a free mail sender', { from: 'someone@gmail.com', to: 'b@gmall-lovers.example' }],
    ['an unrelated business', { from: 'sales@northwind.example', to: 'b@halcyonenergy.example' }],
    [
      "the plain name of a recipient's numbered domain",
      { from: 'name@company.example', to: 'b@company2.example' },
    ],
  ])('stays silent for %s', async (_, o, cfg) => {
    expectAbsent(await scan(o, resolveConfig(cfg ?? {})), ID);
  });
});

describe('email.sender.freemail_role_claim', () => {
  const ID = 'email.sender.freemail_role_claim';
  it.each<[string, EmlOptions, string]>([
    ['a role in the address', { from: 'Wayne Riley <w.riley.ceo@outlook.com>' }, 'header:From'],
    ['a role in the display name', { from: 'Accounts Payable <ap.team.2291@gmail.com>' }, 'header:From'],
    [
      'an office mailbox on free mail',
      { from: 'Melissa Rice <melissa.rice.office@gmail.com>' },
      'header:From',
    ],
    [
      'a signed title',
      {
        from: 'Wayne Riley <wayne.riley1977@gmail.com>',
        text: 'Please handle the transfer today.\n\nWayne Riley\nChief Executive Officer\nGarrett and Sons',
      },
      'body:signature',
    ],
  ])('fires for %s', async (_, o, where) => {
    expect(expectFires(await scan(o), ID)).toMatchObject({
      severity: 'medium',
      category: 'impersonation',
      evidence: [{ where }, { where: 'header:From' }],
    });
  });
  it.each<[string, EmlOptions]>([
    [
      'a title on a company domain',
      { from: 'Wayne <wayne@garrett.example>', text: 'Thanks!\n\nWayne Riley\nChief Executive Officer' },
    ],
    [
      'a free mail address with a word that only contains a role word',
      { from: 'Wayne <wayne.officer77@gmail.com>', text: 'See you on Sunday.\n\nWayne' },
    ],
    [
      'a free mail address without a role',
      { from: 'Wayne <wayne.riley1977@gmail.com>', text: 'See you at the match on Sunday.\n\nWayne' },
    ],
    [
      'a mailing-list post with a work signature',
      {
        from: 'Wayne <wayne.riley1977@gmail.com>',
        text: 'The patch works for me.\n\nWayne\nCTO, Garrett Radio',
        headers: { 'List-Id': '<radio.lists.example>' },
      },
    ],
    [
      'a role word deep inside a long personal message',
      {
        from: 'Wayne <wayne.riley1977@gmail.com>',
        text: `Our CEO spoke at the event.\n${'We had a great time at the lake.\n'.repeat(20)}Wayne`,
      },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan(o), ID);
  });
});

describe('email.sender.reply_to_mismatch in bulk mail', () => {
  const ID = 'email.sender.reply_to_mismatch';
  const from = 'Weather Alerts <alerts@weather.example>';
  it.each([
    ["a newsletter's help mailbox", 'inboxhelp@weather-mail.example'],
    [
      'a tokenised per-recipient reply address',
      'reply.166646.140011985.4124639413003645019-bob_recipient.example@en.mailservice.example',
    ],
  ])('is only context (low) for %s', async (_, replyTo) => {
    expect(expectFires(await scan({ from, replyTo }), ID).severity).toBe('low');
  });
  it('stays medium when "unsubscribe" is only mentioned early in one-to-one mail', async () => {
    const v = await scan({
      from: 'Ines <ines@fabrikam.example>',
      replyTo: 'ines.moreau.office@outlook.com',
      text: `Did you unsubscribe from the supplier list yet?\n${'Please process the invoice today.\n'.repeat(200)}`,
    });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
  it("stays medium for a person's mailbox elsewhere (the BEC pattern)", async () => {
    expect(
      expectFires(
        await scan({ from: 'Ines <ines@fabrikam.example>', replyTo: 'ines.moreau.office@outlook.com' }),
        ID,
      ).severity,
    ).toBe('medium');
  });
});

describe('email.sender.reply_to_mismatch in newsletters', () => {
  const ID = 'email.sender.reply_to_mismatch';
  it.each<[string, EmlOptions]>([
    ['a List-Unsubscribe header', { headers: { 'List-Unsubscribe': '<https://news.example/unsub?u=1>' } }],
    ['an unsubscribe link', { html: '<p>News</p><a href="https://news.example/u?id=1">Unsubscribe</a>' }],
    [
      'a footer saying how to unsubscribe behind "click here"',
      {
        html: '<p>Earnings up.</p><p>To unsubscribe, please <a href="https://ir.example/donotsend.cfm?a=1">click here</a>.</p>',
      },
    ],
  ])('is only context (low) with %s', async (_, o) => {
    const v = await scan({
      from: 'News <news@paper.example>',
      replyTo: 'Jane Editor <jane.editor@agency.example>',
      ...o,
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'low',
      message: expect.stringContaining('bulk mail'),
    });
  });
});
