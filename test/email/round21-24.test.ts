/**
 * Held-out rounds 21 and 24, read after they were measured: what the release before missed or
 * flagged, each with a case that fires and a legitimate look-alike that must not.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: null });

/** What the recipients' own MX stamps: no trusted authserv-id is configured. */
const ownMx = (domain: string, dmarc: string) => ({
  'Authentication-Results': `mx.${domain}; spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=${dmarc} header.from=${domain}`,
});

describe('the recipients own domain, failing DMARC at their own MX', () => {
  const ceo = {
    from: 'Anders Lindqvist <anders.lindqvist@halvorsenbygg.example>',
    to: 'Johanna Berg <johanna.berg@halvorsenbygg.example>',
    subject: 'Brådskande',
    text: 'Hej Johanna, har du möjlighet att hjälpa mig med en sak idag? Jag sitter i styrelsemöte. Mvh Anders',
  };
  it('is an outsider posing as a colleague, with no organisation configured', async () => {
    const v = await scan({ ...ceo, headers: ownMx('halvorsenbygg.example', 'fail') });
    const s = expectFires(v, 'email.auth.org_domain_spoof');
    expect(s.message).toContain("recipients' own domain");
    expect(v.verdict).not.toBe('clean');
  });
  it('not when DMARC passes', async () => {
    const v = await scan({ ...ceo, headers: ownMx('halvorsenbygg.example', 'pass') });
    expectAbsent(v, 'email.auth.org_domain_spoof');
  });
  it('not on a mailing list of the same domain, which breaks alignment itself', async () => {
    const v = await scan({
      ...ceo,
      headers: { ...ownMx('halvorsenbygg.example', 'fail'), 'List-Id': '<staff.halvorsenbygg.example>' },
    });
    expectAbsent(v, 'email.auth.org_domain_spoof');
  });
  it('not between two addresses of a free mail service', async () => {
    const v = await scan({
      from: 'Ann <ann.smith@gmail.com>',
      to: 'Bob <bob.jones@gmail.com>',
      headers: { 'Authentication-Results': 'mx.google.com; dmarc=fail header.from=gmail.com' },
    });
    expectAbsent(v, 'email.auth.org_domain_spoof');
  });
});

describe('workplace services on the brand list', () => {
  it('a Confluence notice whose page is on a transposed copy of atlassian.net', async () => {
    const v = await scan({
      from: 'Confluence <confluence@northwindfab-notify.example>',
      subject: 'Dana mentioned you on a page',
      html: '<p>Dana mentioned you on "Q3 vendor review".</p><a href="https://northwindfab.atlassain.net/wiki/spaces/FIN/pages/4481">View page</a>',
    });
    expectFires(v, 'domain.lookalike.typosquat');
  });
  it("Jira at the customer's tenant linking to the customer's own help centre is the customer's mail", async () => {
    const v = await scan({
      from: 'Frontier Freight IT <jira@frontierfreight.atlassian.net>',
      to: 'pat@frontierfreight.example',
      subject: '[IT-4821] Laptop running slowly',
      text: 'Your request IT-4821 was updated. View it at https://support.frontierfreight.net/servicedesk/requests/4821',
    });
    expectAbsent(v, 'email.link.brand_links_elsewhere');
  });
  it("the company's own intranet page about Okta, between colleagues, is context, not a brand mismatch", async () => {
    const v = await scan({
      from: 'Information Security <infosec@calder-partners.example>',
      to: 'staff@calder-partners.example',
      subject: 'Enroll in Okta Verify before December 1',
      html: '<p>Please follow the steps on <a href="https://intranet.calder-partners.example/it/okta-verify">our Okta Verify page</a>.</p>',
    });
    const s = v.signals.find((x) => x.id === 'url.path.brand_mismatch');
    expect(s?.severity ?? 'low').toBe('low');
  });
  it('… while the same page sent from outside is a brand mismatch', async () => {
    const v = await scan({
      from: 'Information Security <infosec@calder-helpdesk.example>',
      to: 'staff@calder-partners.example',
      subject: 'Enroll in Okta Verify before December 1',
      html: '<p>Please follow the steps on <a href="https://intranet.calder-helpdesk.example/it/okta-verify">our Okta Verify page</a>.</p>',
    });
    expect(expectFires(v, 'url.path.brand_mismatch').severity).toBe('medium');
  });
  it('a tech-support scam signing as Windows Defender from a stranger domain', async () => {
    const v = await scan({
      from: 'Windows Defender <security-alert@defender-support-center.example>',
      subject: 'Security alert: threat detected',
      text: 'Threat detected on your device: Trojan:Win32/Emotet. Do not restart your computer. Contact a certified technician at 1-888-406-2271.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
  it('a person whose surname is one letter from a utility brand is a person', async () => {
    const v = await scan({ from: 'Troy Engel <tengel@fluid.example>', subject: 'netatalk-1.5.5' });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
});

describe('scams read by meaning', () => {
  it('the crypto giveaway: coins sent to an address come back doubled', async () => {
    const v = await scan({
      from: 'Ethereum Foundation Events <events@ethereum-rewards.example>',
      subject: '5,000 ETH community distribution',
      text: 'To celebrate 10 years of Ethereum we are distributing 5,000 ETH. Send any amount between 0.1 and 20 ETH to the event address and receive 2x back instantly.\n\n0x7a2F9c41E0b83dA19c7E6B1f04D3a5c8b92F61e0',
    });
    expect(expectFires(v, 'email.content.investment_fraud').message).toContain('giveaway');
  });
  it("an exchange's promotion of double rewards names no coins sent first", async () => {
    const v = await scan({
      from: 'Kraken <news@kraken.com>',
      subject: 'Double rewards this week',
      text: 'Buy ETH or SOL this week and earn double staking rewards. Staking starts from the app.',
    });
    expectAbsent(v, 'email.content.investment_fraud');
  });
  it('a disaster appeal taking crypto because bank transfers are "delayed by sanctions"', async () => {
    const v = await scan({
      from: 'Hope Relief <donate@hope-relief.example>',
      subject: 'Winter emergency appeal',
      text: 'The earthquake has left thousands of families without shelter and our volunteers distribute tents every day. Because bank transfers to the region are delayed by sanctions checks, we ask supporters to donate in cryptocurrency: BTC bc1q9yf2e4pk0m3u8t6l5h7r2w0s3d6c8n4v1x9qz',
    });
    expectFires(v, 'email.content.stranger_payment');
  });
});

describe('bank changes a vendor announces properly', () => {
  it('German: confirm by phone with your known contact; never by e-mail', async () => {
    const v = await scan({
      from: 'Schmid Elektrotechnik Buchhaltung <buchhaltung@schmid-elektrotechnik.example>',
      subject: 'Ankündigung: Wechsel der Bankverbindung',
      text: 'Sehr geehrte Damen und Herren,\n\nim Rahmen der Zusammenführung unserer Standorte wechseln wir die Hausbank. Die neue Bankverbindung gilt ab dem 1. Mai.\n\nBitte bestätigen Sie die Änderung vor der Umstellung telefonisch bei Ihrem bekannten Ansprechpartner. Offene Rechnungen begleichen Sie bitte wie gewohnt.\n\nMit freundlichen Grüßen',
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('medium');
  });
  it('English: call us on the number in our contract', async () => {
    const v = await scan({
      from: 'David Hartwell <dhartwell@hartwelllogistics.example>',
      subject: 'Advance notice: banking partner change from April 1',
      text: 'Following our move to a new banking partner, our receiving account will change on April 1. We are happy for you to call us back on the number in our contract before making any change to future payments.',
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('medium');
  });
  it('… but "update your records and confirm" is the fraud\'s own ask, and stays strong', async () => {
    const v = await scan({
      from: 'Accounts <accounts@hartwell-logistics.example>',
      subject: 'Updated remittance details',
      text: 'Please note our new bank account for all future payments: IBAN DE89 3704 0044 0532 0130 00. Kindly update your records and confirm once done.',
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });
  it('a policy reminder that any changes to bank details go through the callback process', async () => {
    const v = await scan({
      from: 'Jonathan Ashby <jonathan.ashby@ashbyprecision.example>',
      to: 'martin.keller@ashbyprecision.example',
      subject: 'RE: Wire approval',
      text: 'Approved in Kyriba. Please remember that any changes to their bank details go through the callback process, no exceptions.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it("the security team's warning quoting a fake bank-change mail", async () => {
    const v = await scan({
      from: 'IT-Sicherheit <it-sicherheit@kessler-mb.example>',
      to: 'Alle <alle@kessler-mb.example>',
      subject: 'Warnung: gefälschte Bankverbindungs-Mails von Lieferanten',
      text: 'Liebe Kolleginnen und Kollegen,\n\nein Beispiel aus dieser Woche: "Im Zuge der Umstellung haben wir ab sofort eine neue Bankverbindung. Offene Rechnungen bitte nur noch dorthin." Bitte ändern Sie Bankdaten niemals aufgrund einer E-Mail.\n\nIhre IT-Sicherheit',
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('medium');
  });
});

describe('asks in compounds and in Turkish and Czech', () => {
  it('Swedish CEO gift cards written as a hyphenated compound ("Apple-presentkort")', async () => {
    const v = await scan({
      from: 'Anders Nordström <anders.nordstrom.vd@gmail.com>',
      to: 'sara.holm@nordstrombygg.example',
      subject: 'Re: Snabb tjänst',
      text: 'Jag behöver att du köper 10 st Apple-presentkort à 1 000 kr. Skrapa fram koderna och skicka en bild på dem här i mejlet. Säg inget till de andra än.',
    });
    expectFires(v, 'email.content.gift_card');
  });
  it('a Turkish salary into a new account', async () => {
    const v = await scan({
      from: 'Emre Yilmaz <emre.yilmaz1987@gmail.com>',
      to: 'ik@ornek-lojistik.example',
      subject: 'Maaş hesabı',
      text: 'Merhaba, bu ay maaşımı yeni banka hesabıma yatırır mısınız? IBAN: TR33 0006 1005 1978 6457 8413 26. Teşekkürler, Emre',
    });
    expectFires(v, 'email.content.payroll_diversion');
  });
  it("a Czech payroll notice about the employee's usual account asks for no new one", async () => {
    const v = await scan({
      from: 'Mzdová účtárna <mzdy@firma.example>',
      to: 'jan.novak@firma.example',
      subject: 'Výplatní páska',
      text: 'Dobrý den, výplatní páska za listopad je k dispozici v portálu. Mzda bude vyplacena 10. prosince.',
    });
    expectAbsent(v, 'email.content.payroll_diversion');
  });
});
