/**
 * Sender and impersonation signals: each firing case sits beside the legitimate look-alikes that
 * must stay silent, with the reason they are legitimate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { matchBrandNames, matchPersonName, nearEdit, tokenizeName } from '../../src/email/names.js';
import { onDomain, SENDER_SIGNALS } from '../../src/email/sender.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { signalIds, expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({
  organization: {
    name: 'Fabrikam',
    domains: ['fabrikam.example', 'fabrikam-group.example'],
    vips: [
      {
        name: 'Ines Moreau',
        title: 'CFO',
        email: 'ines.moreau@fabrikam.example',
        aliases: ['ines.moreau.home@gmail.com'],
      },
      { name: 'Maria Lopez', title: 'CEO', email: 'maria.lopez@fabrikam.example' },
    ],
    partners: [{ name: 'Contoso', domains: ['contoso.example'] }],
  },
});
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config });
const senderIds = (ids: string[]) => ids.filter((i) => i.startsWith('email.sender.'));

describe('email.sender.reply_to_mismatch', () => {
  const ID = 'email.sender.reply_to_mismatch';
  const from = 'Ines <ines@fabrikam.example>';
  it('fires when replies leave the sender domain', async () => {
    const v = await scan({ from, replyTo: 'ines.m@outlook.com' });
    expect(expectFires(v, ID)).toMatchObject({
      category: 'bec',
      severity: 'medium',
      evidence: [{ where: 'header:Reply-To', text: 'ines.m@outlook.com' }, { where: 'header:From' }],
    });
  });
  it('fires when a free mail sender sends replies to another mailbox of the same provider', async () => {
    const v = await scan({
      from: 'Alex Randolph <alex58.office@yahoo.com>',
      replyTo: 'arandolph.private@yahoo.com',
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'medium',
      message: expect.stringContaining('not alex58.office@yahoo.com'),
    });
  });
  it("is medium for a domain dressed as the sender's, low for another company's domain", async () => {
    const dressed = await scan({ from, replyTo: 'ines@fabrikam-payments.example' });
    expect(expectFires(dressed, ID).severity).toBe('medium');
    // an assistant, a parent company or a sending service answers from another company's domain
    const other = await scan({ from, replyTo: 'Jane Doe <jane.doe@northwind.example>' });
    expect(expectFires(other, ID)).toMatchObject({
      severity: 'low',
      message: expect.stringContaining("another company's domain"),
    });
  });
  it("is medium from a free mail sender, and for mail.com's vanity domains", async () => {
    const fromGmail = await scan({ from: 'IMF <postpost808@gmail.com>', replyTo: 'desk@unrelated.example' });
    expect(expectFires(fromGmail, ID).severity).toBe('medium');
    const vanity = await scan({ from, replyTo: 'cfcubabankgroup@accountant.com' });
    expect(expectFires(vanity, ID).severity).toBe('medium');
  });
  it.each([
    ['a subdomain of the same company', { replyTo: 'ap@billing.fabrikam.example' }],
    ["another of the organization's domains", { replyTo: 'ap@fabrikam-group.example' }],
    [
      'a mailing list',
      { replyTo: 'team@lists.example', headers: { 'List-Id': 'Team <team.lists.example>' } },
    ],
    [
      'a list announced by Mailing-List',
      {
        replyTo: 'team@groups.example',
        headers: { 'Mailing-List': 'list team@groups.example; contact team-owner@groups.example' },
      },
    ],
    [
      'a list that rewrote From to itself',
      {
        from: 'Ines via Team <team@lists.example>',
        replyTo: 'ines@gmail.com',
        headers: { 'List-Id': '<team.lists.example>' },
      },
    ],
    [
      'a list known by List-Subscribe',
      {
        replyTo: 'swap@lists.listhost.example',
        headers: { 'List-Subscribe': '<mailto:swap-on@lists.listhost.example>' },
      },
    ],
    [
      'a Reply-To that is one of the recipients (a group thread)',
      { to: 'team@groups.example', replyTo: 'team@groups.example' },
    ],
    ['no Reply-To at all', {}],
    [
      'a free mail sender whose Reply-To is the same mailbox',
      { from: 'Alex <alex58.office@yahoo.com>', replyTo: 'Alex58.Office@yahoo.com' },
    ],
  ] as [string, EmlOptions][])('stays silent for %s', async (_, extra) => {
    expectAbsent(await scan({ from, ...extra }), ID);
  });
  it('still fires when a List-Id names another domain than the Reply-To (a forged list header)', async () => {
    const v = await scan({
      from: 'Alice <alice@sender.example>',
      replyTo: 'alice.payments@gmail.com',
      headers: { 'List-Id': '<team.lists.example>' },
    });
    expectFires(v, ID);
  });
  it("stays silent when both domains are one brand's (microsoft.com / outlook.com)", async () => {
    const v = await scan({ from: 'Microsoft <msa@microsoft.com>', replyTo: 'feedback@outlook.com' });
    expectAbsent(v, ID);
  });
});

describe('email.sender.return_path_mismatch', () => {
  const ID = 'email.sender.return_path_mismatch';
  const from = 'Alice <alice@sender.example>';
  it('fires (low) when the envelope sender is on an unrelated domain', async () => {
    const v = await scan({ from, returnPath: '<mailer@unrelated.example>' });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'low',
      evidence: [{ where: 'header:Return-Path', text: 'mailer@unrelated.example' }, { where: 'header:From' }],
    });
  });
  it.each([
    ['the same domain', '<alice@sender.example>'],
    ["an ESP bounce host of the sender's domain", '<bounce+x7@bounces.sender.example>'],
    ['Amazon SES', '<0100018f2a-4c1e@amazonses.com>'],
    ['SendGrid', '<bounces+123-abc=recipient.example@em1234.sendgrid.net>'],
    ["an ESP's bounce domain", '<b.x9@bounces.esp.example>'],
    ['an SRS-rewritten forward', '<SRS0=AbCd=QZ=sender.example=alice@forwarder.example>'],
    ['a null sender (a bounce)', '<>'],
    ['a bounce from a mail server', '<MAILER-DAEMON@mx.relay.example>'],
    ['a Gmail auto-forward', '<me.again+caf_=me=work.example@gmail.com>'],
    ['an unparsable envelope domain', '<root@localhost>'],
  ])('stays silent for %s', async (_, returnPath) => {
    expectAbsent(await scan({ from, returnPath }), ID);
  });
  it('stays silent for a mailing list, which bounces to itself', async () => {
    const v = await scan({
      from,
      returnPath: '<team-bounces@lists.example>',
      headers: { 'List-Id': '<team.lists.example>' },
    });
    expectAbsent(v, ID);
  });
});

describe('email.sender.sender_header_mismatch', () => {
  const ID = 'email.sender.sender_header_mismatch';
  it('fires (low) when Sender is on an unrelated domain', async () => {
    const v = await scan({ from: 'Alice <alice@sender.example>', sender: 'agent@elsewhere.example' });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'low',
      evidence: [{ where: 'header:Sender' }, { where: 'header:From' }],
    });
  });
  it.each([
    ['a Sender on the same domain', { sender: 'assistant@sender.example' }],
    ['an old-style list owner', { sender: 'owner-team@lists.example', headers: { Precedence: 'list' } }],
    [
      'a list with List-Id',
      { sender: 'team-bounces@lists.example', headers: { 'List-Id': '<team.lists.example>' } },
    ],
    ['a LISTSERV host', { sender: 'Words <words@listserv.university.example>' }],
  ] as [string, EmlOptions][])('stays silent for %s', async (_, extra) => {
    expectAbsent(await scan({ from: 'Alice <alice@sender.example>', ...extra }), ID);
  });
});

describe('email.sender.vip_display_name and email.sender.freemail_vip', () => {
  const VIP = 'email.sender.vip_display_name';
  const FREE = 'email.sender.freemail_vip';
  it('fires both for the CFO name at a free mail address', async () => {
    const v = await scan({ from: '"Ines Moreau" <ines.moreau.cfo@gmail.com>', subject: 'Urgent payment' });
    expect(expectFires(v, VIP)).toMatchObject({
      category: 'impersonation',
      severity: 'high',
      message: expect.stringContaining('Ines Moreau (CFO)'),
      evidence: [{ where: 'header:From', text: '"Ines Moreau" <ines.moreau.cfo@gmail.com>' }],
    });
    expect(expectFires(v, FREE)).toMatchObject({ category: 'bec', severity: 'high' });
  });
  it.each([
    ['a look-alike company domain', 'Ines Moreau <ines@fabrikam-finance.example>'],
    ['name order and role words', '"Moreau, Ines (CFO)" <ceo.office@northwind.example>'],
    ['diacritics', 'Inés Moreau <ines@northwind.example>'],
    ['a Greek omicron for o', 'Ines M\u03bfreau <ines@northwind.example>'],
    ['a doubled letter', 'Ines Moreeau <ines@northwind.example>'],
    ['the name as one word', 'InesMoreau <ines@northwind.example>'],
    ['a title around the name', 'Ines Moreau CFO <ines@northwind.example>'],
  ])('vip_display_name fires for %s', async (_, from) => {
    expectFires(await scan({ from }), VIP);
  });
  it('freemail_vip fires when only the address spells the VIP', async () => {
    const v = await scan({ from: 'Payments <inesmoreau1980@gmail.com>' });
    expect(expectFires(v, FREE).message).toContain('the address inesmoreau1980@gmail.com');
    expectAbsent(v, VIP);
  });
  it.each([
    ['the real CFO on her own address', 'Ines Moreau <ines.moreau@fabrikam.example>'],
    ["another address on the organization's domain", 'Ines Moreau <i.moreau@fabrikam-group.example>'],
    ['the VIP writing from her configured personal alias', 'Ines Moreau <ines.moreau.home@gmail.com>'],
    ['John Smith at gmail.com, who is not a VIP', 'John Smith <john.smith@gmail.com>'],
    ['someone sharing only the first name', 'Ines Dubois <ines.dubois@gmail.com>'],
    ['a different person one letter away (Mario, not Maria)', 'Mario Lopez <mario.lopez@northwind.example>'],
    [
      'the list copy of a VIP post',
      ['Ines Moreau via Team <team@lists.example>', { 'List-Id': '<team.lists.example>' }],
    ],
  ] as [string, string | [string, Record<string, string>]][])('stays silent for %s', async (_, f) => {
    const [from, headers] = Array.isArray(f) ? f : [f, undefined];
    const v = await scan({ from, ...(headers ? { headers } : {}), subject: 'Payment run for Friday' });
    expectAbsent(v, VIP);
    expectAbsent(v, FREE);
  });
});

describe('email.sender.brand_display_name', () => {
  const ID = 'email.sender.brand_display_name';
  it("stays silent for the mail platform's notice inside one organisation, and fires for bulk mail addressed to itself", async () => {
    const quota = {
      from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>',
      subject: 'Your mailbox is almost full',
      text: 'Your mailbox is almost full. Delete items you do not need from your mailbox.',
    };
    expectAbsent(await scan({ ...quota, to: 'Alex Morgan <alex.morgan@contoso.example>' }), ID);
    // "To: Recipients <its own address>", everyone else in Bcc: no colleague is written to
    expectFires(
      await scan({
        ...quota,
        from: 'Trust Wallet <noreply@mtn.example>',
        to: 'Recipients <noreply@mtn.example>',
      }),
      ID,
    );
    // another organisation's address in From is not a colleague's
    expectFires(await scan({ ...quota, to: 'alex.morgan@fabrikam.example' }), ID);
  });
  it.each([
    ['PayPaI (capital i for l)', 'PayPaI Service <service@mailer-notice.example>', 'PayPal'],
    ['Micr0soft (zero for o)', 'Micr0soft Support <support@helpdesk.example>', 'Microsoft'],
    ['Аpple with a Cyrillic А', '\u0410pple <id@account-check.example>', 'Apple'],
    ['spaced letters', 'P a y P a l <billing@notices.example>', 'PayPal'],
    ['a zero-width space', 'Pay\u200bPal Billing <billing@notices.example>', 'PayPal'],
    ['a doubled letter', 'Paypall Billing <billing@notices.example>', 'PayPal'],
    ['swapped letters', 'Mircosoft Account Team <team@notices.example>', 'Microsoft'],
    ['a short brand with service words', 'UPS Delivery Notification <track@parcel-info.example>', 'UPS'],
    ['an ordinary-word brand with service words', 'Chase Fraud Alert <alerts@secure-mail.example>', 'Chase'],
    ['a bare short brand from a service mailbox', 'DHL <noreply@parcel-info.example>', 'DHL'],
    [
      "the brand's free mail domain, which anyone can use",
      'Microsoft Support <ms.help.desk@outlook.com>',
      'Microsoft',
    ],
    [
      "the free mail provider's country site, which anyone can use too",
      'Microsoft 365 Abrechnung <rechnung.ms365.service@outlook.de>',
      'Microsoft',
    ],
    ['a plain brand name', 'Netflix <info@billing-update.example>', 'Netflix'],
    ['a one-letter brand leading a service name', 'X Support <noreply@account-help.example>', 'X'],
    ['an ordinary-word brand with a payout word', 'Tether Cashback <support@kandypens.example>', 'Tether'],
    ['a crypto brand with an airdrop word', 'zkSync Airdrop <seagyn@church.example>', 'zkSync'],
    ['a person speaking for a brand', 'Hiba from Ledger <ledger-notifications@noonspain.example>', 'Ledger'],
    ['a Portuguese last notice', 'Correios Ultimo Aviso <004464@electra.example>', 'Correios'],
    ['a brand glued to a service word', 'PayPalSupport <help@account-help.example>', 'PayPal'],
    ['glued, with capital i for l', 'TrustwaIIetTeam <support@mjnpanbt.example>', 'Trust Wallet'],
    ['a renewal desk', 'McAfee Renewals <billing@renew-center.example>', 'McAfee'],
    [
      "the charity arm's name on another domain",
      'PayPal Giving Fund UK <grants@givingfund-payouts.example>',
      'PayPal',
    ],
  ])('fires for %s', async (_, from, brand) => {
    const s = expectFires(await scan({ from }), ID);
    expect(s).toMatchObject({
      category: 'impersonation',
      severity: 'high',
      evidence: [{ where: 'header:From' }],
    });
    expect(s!.message).toContain(brand);
  });
  it.each([
    [
      'a real Microsoft sign-in alert from a subdomain of microsoft.com',
      'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
    ],
    ['PayPal from paypal.com', 'PayPal <service@paypal.com>'],
    [
      'PayPal Giving Fund, the charity arm, from its own domain',
      'PayPal Giving Fund UK <noreply@paypalgivingfund.org>',
    ],
    ["the mail provider's system mailbox on its country site", 'Microsoft Outlook <no-reply@outlook.de>'],
    ["a brand's other domain", 'Amazon Web Services <no-reply@amazonaws.com>'],
    ['a person called Chase Miller', 'Chase Miller <chase.miller@northwind.example>'],
    ['a person called Chase (first name only)', 'Chase <chase@northwind.example>'],
    ['a business named after an ordinary word', 'Apple Valley Dental <frontdesk@applevalley.example>'],
    ['a word containing a short brand (Marketing ⊃ ing)', 'Marketing Team <news@northwind.example>'],
    ['Finance (one letter from Binance)', 'Finance Department <finance@northwind.example>'],
    ['Telecom (one letter from Telekom)', 'Telecom Services <care@telco.example>'],
    ['a visa service, not Visa', 'Visa Application Center <info@visas.example>'],
    ['a person called Tether (first name and surname)', 'Tether Smith <tether.smith@northwind.example>'],
    ['a wallet that is not a brand', 'Harbor Wallet <hello@harborwallet.example>'],
    [
      'a person from a business named after an ordinary word',
      'Jane from Apple Valley Dental <jane@applevalley.example>',
    ],
    ['a person from a department', 'Tom from Accounting <tom@northwind.example>'],
    ["Google's Gemini from google.com", 'Gemini <gemini-noreply@google.com>'],
    ['Malcolm X, not X', 'Malcolm X <malcolm@northwind.example>'],
    ['a team named with a letter, not X', 'Team X <team@northwind.example>'],
    ['LNG, not ING', 'LNG Shipping Desk <ops@lng-shipping.example>'],
    ["the organization's own IT mail naming a service", 'Microsoft 365 Admin <it@fabrikam.example>'],
    ['a person whose name has an inner capital', 'DeShawn Chase <deshawn@northwind.example>'],
    ['a business whose glued name holds a brand word', 'AppleValleyDental <frontdesk@applevalley.example>'],
    [
      'a service word one edit from an alias (online vs T-Online)',
      'Instant On-Line Alert <alerts@northwind.example>',
    ],
  ])('stays silent for %s', async (_, from) => {
    expectAbsent(await scan({ from }), ID);
  });
});

describe('email.sender.lookalike_domain', () => {
  const ID = 'email.sender.lookalike_domain';
  it("fires for a homoglyph of the organization's domain, naming it and the technique", async () => {
    const v = await scan({ from: 'Ines Moreau <ines.moreau@fabrikarn.example>' });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({
      category: 'lookalike_domain',
      severity: 'high',
      evidence: [{ where: 'header:From' }],
    });
    expect(s!.message).toMatch(/fabrikam\.example.*homoglyph/);
  });
  it("fires for a partner's domain and for a brand combosquat", async () => {
    expect(expectFires(await scan({ from: 'Contoso AP <ap@c0ntoso.example>' }), ID).message).toMatch(
      /partner Contoso.*contoso\.example/,
    );
    expect(expectFires(await scan({ from: 'Billing <billing@paypal-support.example>' }), ID).message).toMatch(
      /PayPal.*paypal\.com.*combosquat/,
    );
  });
  it('fires for a look-alike Reply-To domain with Reply-To evidence', async () => {
    const v = await scan({
      from: 'Ines <ines.moreau@fabrikam.example>',
      replyTo: 'ines.moreau@fabrikam-payments.example',
    });
    expect(expectFires(v, ID)).toMatchObject({ evidence: [{ where: 'header:Reply-To' }] });
  });
  it.each([
    [
      'a subdomain of a brand domain',
      'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
    ],
    ["the organization's own domain", 'Ines Moreau <ines.moreau@fabrikam.example>'],
    ['a subdomain of the organization', 'Payroll <payroll@hr.fabrikam.example>'],
    ['an unrelated ordinary domain', 'Alice <alice@northwind.example>'],
    ['a free mail provider named like a brand (verizon.net)', 'Bob <bob@verizon.net>'],
  ])('stays silent for %s', async (_, from) => {
    expectAbsent(await scan({ from }), ID);
  });
});

describe('email.sender.display_name_address_spoof', () => {
  const ID = 'email.sender.display_name_address_spoof';
  it('fires (high) for an address in the display name that is not the sender', async () => {
    const v = await scan({ from: '"security@paypal.com" <x@evil.example>' });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      message: expect.stringContaining('security@paypal.com'),
      evidence: [{ where: 'header:From' }],
    });
  });
  it('fires (low) for a bare domain in the display name; a brand domain there is also brand impersonation', async () => {
    // brands name their product sites in display names ("CNNMoney.com Alerts" <alerts@mail.cnn.com>):
    // context only; a protected brand's domain is caught by brand_display_name
    const v = await scan({ from: '"paypal.com" <x@evil.example>' });
    expect(expectFires(v, ID).severity).toBe('low');
    expect(expectFires(v, 'email.sender.brand_display_name').severity).toBe('high');
  });
  it('fires (low) for a bare domain of no brand under a real suffix', async () => {
    const v = await scan({ from: '"Example.net Accounts" <accounts@northwind.example>' });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'low',
      message: expect.stringContaining('example.net'),
    });
  });
  it.each([
    ['its own address', '"alice@sender.example" <alice@sender.example>'],
    ['a sibling domain of the same brand', '"Amazon.de" <store-news@amazon.com>'],
    // example.com/.net/.org (RFC 2606) are reserved names under real public suffixes: the real path
    ['its own domain', '"Example.com Billing" <billing@mail.example.com>'],
    [
      'a name under no public suffix (the reserved .example TLD)',
      '"Billing.example" <billing@northwind.example>',
    ],
    ['an abbreviation that is not a domain', '"St.Louis Office" <office@northwind.example>'],
    ['initials', '"J.R. Smith" <jr@northwind.example>'],
    ['a version number', '"Release Bot v1.2" <bot@northwind.example>'],
    ['an initial glued to a surname that is also a brand TLD', '"Craig R.Hughes" <craig@northwind.example>'],
  ])('stays silent for %s', async (_, from) => {
    expectAbsent(await scan({ from }), ID);
  });
});

describe('an ordinary message', () => {
  it('fires no sender signal', async () => {
    expect(senderIds(signalIds(await scan({})))).toEqual([]);
  });
  it('a hostile From header is read within bounds and quoted short', async () => {
    const from = `"${'\u0410p\u200b'.repeat(5000)}${'x.'.repeat(5000)}" <${'a'.repeat(60)}@${'b'.repeat(60)}.example>`;
    const v = await scan({ from, replyTo: 'y@z.example' });
    // bounded work and output: the name is read as at most 32 tokens, and evidence quotes at most
    // 300 characters of the 25,000-character header
    expect(tokenizeName(from).tokens.length).toBeLessThanOrEqual(32);
    for (const x of v.signals) {
      expect(x.message.length).toBeLessThanOrEqual(500);
      for (const e of x.evidence) expect(e.text.length).toBeLessThanOrEqual(300);
    }
  });
});

describe('names', () => {
  it('folds confusables, diacritics, leet and invisible characters', () => {
    expect(tokenizeName('Micr0soft Supp\u043ert').tokens.map((t) => t.letters)).toEqual([
      'microsoft',
      'support',
    ]);
    expect(tokenizeName('Ｐａｙｐａｌ').tokens[0]!.letters).toBe('paypal');
    expect(tokenizeName('Office365').tokens[0]!.letters).toBe('office365');
    expect(tokenizeName('Pay\u200bPal').invisible).toBe(true);
  });
  it('nearEdit allows typing slips, not substitutions on short names', () => {
    expect(nearEdit('mircosoft', 'microsoft')).toBe('swapped letters');
    expect(nearEdit('paypall', 'paypal')).toBe('doubled letter');
    expect(nearEdit('flnance', 'blnance')).toBeNull();
    expect(nearEdit('telecom', 'telekom')).toBeNull();
  });
  it('onDomain answers as domain === d || domain.endsWith(`.${d}`) (fixed seed)', () => {
    const name = fc.array(fc.constantFrom(...'ab.'), { maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(name, name, (domain, d) => {
        expect(onDomain(domain, d)).toBe(domain === d || domain.endsWith(`.${d}`));
        expect(onDomain(`${domain}.${d}`, d)).toBe(true);
      }),
      { seed: 20261206, numRuns: 5000 },
    );
  });
  it('nearEdit answers as it did before its first-or-last-letter shortcut (fixed seed)', () => {
    // the function without the shortcut
    const reference = (seen: string, name: string): string | null => {
      if (seen === name) return null;
      const ls = seen.length;
      const ln = name.length;
      if (ln < 5 || Math.abs(ls - ln) > 1) return null;
      let i = 0;
      while (i < ls && i < ln && seen[i] === name[i]) i++;
      if (ls === ln) {
        if (
          i + 1 < ls &&
          seen[i] === name[i + 1] &&
          seen[i + 1] === name[i] &&
          seen.slice(i + 2) === name.slice(i + 2)
        )
          return 'swapped letters';
        if (ln >= 8 && seen.slice(i + 1) === name.slice(i + 1)) return 'one letter changed';
        return null;
      }
      if (ls === ln + 1) {
        if (seen.slice(i + 1) !== name.slice(i)) return null;
        if (seen[i] === seen[i - 1] || seen[i] === seen[i + 1]) return 'doubled letter';
        return ln >= 7 ? 'extra letter' : null;
      }
      if (seen.slice(i) !== name.slice(i + 1)) return null;
      if (name[i] === name[i - 1] || name[i] === name[i + 1]) return 'missing double letter';
      return ln >= 7 ? 'missing letter' : null;
    };
    const word = fc
      .array(fc.constantFrom(...'abab0l1i'), { minLength: 0, maxLength: 10 })
      .map((a) => a.join(''));
    // a name and one random edit of it (or another word), so that every answer comes up
    const edit = fc
      .tuple(word, fc.nat(12), fc.constantFrom(...'abl'), fc.nat(4), word)
      .map(([n, at, c, how, other]) => {
        const k = Math.min(at, n.length);
        const seen = [
          n.slice(0, k) + c + n.slice(k + 1),
          n.slice(0, k) + c + n.slice(k),
          n.slice(0, k) + n.slice(k + 1),
          n.slice(0, k) + n.slice(k + 1, k + 2) + n.slice(k, k + 1) + n.slice(k + 2),
          other,
        ][how]!;
        return [seen, n] as const;
      });
    const answers = new Set<string | null>();
    fc.assert(
      fc.property(edit, ([seen, name]) => {
        const want = reference(seen, name);
        answers.add(want);
        expect(nearEdit(seen, name)).toBe(want);
      }),
      { seed: 20261206, numRuns: 20000 },
    );
    expect(answers.size).toBe(7);
  });
  it('person names match in any order, not on a shared first name', () => {
    expect(matchPersonName(tokenizeName('Moreau Ines'), 'Ines Moreau')).toEqual({ how: 'exact' });
    expect(matchPersonName(tokenizeName('Ines Dubois'), 'Ines Moreau')).toBeNull();
  });
  it('brand matching respects word boundaries', () => {
    expect(matchBrandNames(tokenizeName('Purchase Order Desk'), config)).toEqual([]);
    expect(matchBrandNames(tokenizeName('Wells Fargo Online'), config)[0]?.brand.name).toBe('Wells Fargo');
  });
  it('every sender signal is declared once with the email.sender prefix', () => {
    const ids = SENDER_SIGNALS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^email\.sender\.[a-z0-9_]+$/);
  });
});

describe('name matching properties (fixed seed)', () => {
  it('never throws and stays bounded on arbitrary display names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const t = tokenizeName(s);
        expect(t.tokens.length).toBeLessThanOrEqual(32);
        matchBrandNames(t, config, 'x');
        matchPersonName(t, 'Ines Moreau');
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("email.sender.brand_display_name: a brand inside the sender's own name", () => {
  const ID = 'email.sender.brand_display_name';
  const from = async (f: string) =>
    analyzeEmail(
      eml({
        from: f,
        to: 'reader@example.org',
        subject: 'Your plan renewed',
        text: 'Your plan has renewed.',
      }),
      {
        config: resolveConfig({}),
        scorer: null,
      },
    );
  it('stays silent for "CloudLedger Billing" at cloudledger.co.uk (Ledger is part of its own name)', async () => {
    expectAbsent(await from('CloudLedger Billing <billing@cloudledger.co.uk>'), ID);
  });
  it('still fires for a brand name that is not the sender domain word for word', async () => {
    expectFires(await from('AppleCare Team <care@applecareteam.example>'), ID);
    expectFires(await from('Ledger Billing <billing@cloudledger.co.uk>'), ID);
  });
  it('leaves a combosquat to the look-alike check, which still flags it', async () => {
    const v = await from('PayPalSupport <service@paypalsupport.com>');
    expectFires(v, 'email.sender.lookalike_domain');
  });
});
