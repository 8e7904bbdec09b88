/**
 * email.sender.combosquat_action_link: a one-to-one message from the display name's organisation
 * plus another word (companieshouse-filing, app-dext) that sends the reader to act on a page of that
 * domain. Each case beside the legitimate mail of the same shape it must leave alone: a company's
 * newsletter from its own hyphenated domain, a person's firm named after them, a name respelt
 * (Köln as koeln), a password reset, a configured partner.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { wordsBesideName } from '../../src/email/combosquat-sender.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.combosquat_action_link';
const config = resolveConfig({});
const scan = (o: EmlOptions, cfg = config) =>
  analyzeEmail(eml({ subject: 'Notice', to: 'Tanvir <tanvir@brickfield-accounts.example>', ...o }), {
    config: cfg,
    scorer: null,
  });

/** A quiet notice: no pressure, no threat, no credential words a content rule reads. */
const notice = (url: string) =>
  `A new company authentication code was requested for this company today. If you did not ask for it, you can cancel the request before 17:00 tomorrow: ${url}`;

describe('email.sender.combosquat_action_link', () => {
  it('fires for the name plus a word, at either end, with a page of that domain to act on', async () => {
    for (const [from, url] of [
      [
        'Companies House <noreply@companieshouse-filing.co.uk>',
        'https://companieshouse-filing.co.uk/webfiling/authcode/cancel?company=13579246',
      ],
      [
        'Dext <notifications@app-dext.com>',
        'https://app-dext.com/practice/integrations/xero/reconnect?c=mirchi',
      ],
      [
        'RICS Member Services <memberservices@rics-cpd.org>',
        'https://members.rics-cpd.org/account/login?returnUrl=%2Fcpd%2Fdeclaration%2F2025',
      ],
    ]) {
      const v = await scan({ from, text: notice(url!) });
      const s = expectFires(v, ID);
      expect(s.evidence.map((e) => e.where)).toEqual(['header:From', 'body:text']);
      // strong on its own: flagged whatever the (absent) model says
      expect(v.verdict).not.toBe('clean');
    }
  });

  it('leaves the same domain alone when the message sends nowhere to act, or is bulk mail', async () => {
    const from = 'Companies House <noreply@companieshouse-filing.co.uk>';
    // the site's root and its logo: nothing to act on
    expectAbsent(
      await scan({
        from,
        html: '<p>Your filing was accepted.</p><img src="https://companieshouse-filing.co.uk/logo.png"><a href="https://companieshouse-filing.co.uk/">Home</a>',
      }),
      ID,
    );
    // a shop's promotion from its own hyphenated domain, with its unsubscribe link
    expectAbsent(
      await scan({
        from: 'Viking <offers@e.viking-direct.co.uk>',
        html: '<p>30% off paper this week.</p><a href="https://www.viking-direct.co.uk/en/paper?utm_source=mail">Shop now</a> <a href="https://e.viking-direct.co.uk/u/?q=9a3c1f">Unsubscribe</a>',
      }),
      ID,
    );
  });

  it("leaves a person's own firm, a respelt name, a name repeated and a password reset alone", async () => {
    for (const [from, url] of [
      // a surveyor's firm named after him: the display name is a person, not the organisation
      [
        'DI Markus Winkler <m.winkler@winkler-bauphysik.at>',
        'https://cloud.winkler-bauphysik.at/s/Tq8ZrW3mKx2',
      ],
      // Köln written koeln in the domain: every word of it is the display name's
      [
        'Sparkasse KölnBonn <noreply@sparkasse-koelnbonn.de>',
        'https://sparkasse-koelnbonn.de/de/home/login.html',
      ],
      // the bilingual name of one organisation: postescanada repeats "Canada Post"
      [
        'Canada Post <noreply@canadapost-postescanada.ca>',
        'https://www.canadapost-postescanada.ca/track-reperage/en#/details/LX4589',
      ],
      // a password reset the reader asked for
      [
        'Kestner B2B-Shop <shop@kestner-filterwerk.de>',
        'https://shop.kestner-filterwerk.de/account/recover/password?hash=3f9a0c',
      ],
    ])
      expectAbsent(await scan({ from: from!, text: notice(url!) }), ID);
  });

  it('leaves a domain the configuration names as a partner alone', async () => {
    const partner = resolveConfig({
      organization: {
        domains: ['brickfield-accounts.example'],
        partners: [{ name: 'Companies House', domains: ['companieshouse-filing.co.uk'] }],
      },
    });
    expectAbsent(
      await scan(
        {
          from: 'Companies House <noreply@companieshouse-filing.co.uk>',
          text: notice('https://companieshouse-filing.co.uk/webfiling/authcode/cancel?company=1'),
        },
        partner,
      ),
      ID,
    );
  });

  it('reads the words beside the name', () => {
    expect(wordsBesideName('companieshouse-filing', 'Companies House')).toEqual(['filing']);
    expect(wordsBesideName('app-dext', 'Dext')).toEqual(['app']);
    expect(wordsBesideName('miles-and-more', 'Miles & More')).toEqual([]);
    expect(wordsBesideName('winkler-bauphysik', 'DI Markus Winkler')).toEqual([]);
    // a name respelt (ö as oe), or repeated in another language's order
    expect(wordsBesideName('sparkasse-koelnbonn', 'Sparkasse KölnBonn')).toEqual([]);
    expect(wordsBesideName('muenchner-bank', 'Münchner Bank')).toEqual([]);
    expect(wordsBesideName('canadapost-postescanada', 'Canada Post')).toEqual([]);
    expect(wordsBesideName('canadapost-tracking', 'Canada Post')).toEqual(['tracking']);
    // a short name only as the display name's first word
    expect(wordsBesideName('vvt-leden', 'VVT Ledenadministratie')).toEqual([]);
    expect(wordsBesideName('vvt-leden', 'VVT')).toEqual(['leden']);
    expect(wordsBesideName('ups-support', 'Support Groups Network')).toEqual([]);
  });
});

describe('email.sender.combosquat_sender_ask', () => {
  const ASK = 'email.sender.combosquat_sender_ask';
  /** A bank change announced with an invoice: the content rules read new bank details to pay into. */
  const INVOICE =
    'Dear customer, please find attached invoice INV-26-0418 for the March consignment. Please note that our bank details have changed: kindly transfer the amount to our new account IBAN DE44 5001 0517 5407 3249 31 within 14 days.';
  /** An ordinary invoice: its only ask is to be paid. */
  const PLAIN_INVOICE =
    'Dear customer, please find attached invoice INV-26-0418 for the March consignment. Amount due: EUR 18,420.00, payable within 14 days.';
  it('fires for the name plus a word in a one-to-one bank change, and flags it', async () => {
    const v = await scan({
      from: 'Zimmer Biomet Accounts Receivable <ar@zimmerbiomet-ar.example>',
      subject: 'Invoice INV-26-0418',
      text: INVOICE,
    });
    const s = expectFires(v, ASK);
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('plus "ar"');
    expect(s.evidence[0]!.where).toBe('header:From');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent for a plain invoice from the same domain: every vendor on such a domain sends them', async () => {
    const v = await scan({
      from: 'Northwind Accounts <accounts@northwind-supplies.example>',
      subject: 'Invoice INV-26-0418',
      text: PLAIN_INVOICE,
    });
    expectFires(v, 'email.content.payment_request');
    expectAbsent(v, ASK);
  });
  it('stays silent when the display name\'s "organisation" is a desk word ("Centre Management" at rosebank-centre)', async () => {
    const v = await scan({
      from: 'Centre Management <centremanagement@rosebank-centre.example>',
      subject: 'New rental payment details',
      text: INVOICE,
    });
    expectFires(v, 'email.content.payment_change');
    expectAbsent(v, ASK);
  });
  it("stays silent for the company's own name as its domain, for the same invoice", async () => {
    const v = await scan({
      from: 'Zimmer Biomet Accounts Receivable <ar@zimmerbiomet.example>',
      subject: 'Invoice INV-26-0418',
      text: INVOICE,
    });
    expectAbsent(v, ASK);
  });
  it('stays silent for the same domain when nothing is asked', async () => {
    const v = await scan({
      from: 'Zimmer Biomet Accounts Receivable <ar@zimmerbiomet-ar.example>',
      subject: 'Thank you',
      text: 'Thank you for meeting our team at the congress last week. We look forward to working with you.',
    });
    expectAbsent(v, ASK);
  });
  it('stays silent for bulk mail and for mail between colleagues of that domain', async () => {
    const bulk = await scan({
      from: 'Zimmer Biomet Accounts Receivable <ar@zimmerbiomet-ar.example>',
      subject: 'Invoice INV-26-0418',
      headers: { 'List-Unsubscribe': '<https://zimmerbiomet-ar.example/unsub>' },
      text: INVOICE,
    });
    expectAbsent(bulk, ASK);
    const colleagues = await scan({
      from: 'Zimmer Biomet Accounts Receivable <ar@zimmerbiomet-ar.example>',
      to: 'Credit Control <credit@zimmerbiomet-ar.example>',
      subject: 'Invoice INV-26-0418',
      text: INVOICE,
    });
    expectAbsent(colleagues, ASK);
  });
  it("stays silent for a government office's own domain (nobody else registers under .gov)", async () => {
    const v = await scan({
      from: 'Maricopa County Treasurer <tax@maricopa-tax.gov>',
      subject: 'Second-half property tax',
      text: 'The second half of your 2026 property tax, USD 2,418.60, is due by May 1. Please pay by bank transfer to the account shown on your statement.',
    });
    expectFires(v, 'email.content.payment_request');
    expectAbsent(v, ASK);
  });
  it('defers to combosquat_action_link when the message sends the reader to a page of the domain', async () => {
    const v = await scan({
      from: 'Companies House <noreply@companieshouse-filing.example>',
      text: `${INVOICE} Pay online: https://companieshouse-filing.example/pay/INV-26-0418`,
    });
    expectFires(v, ID);
    expectAbsent(v, ASK);
  });
});
