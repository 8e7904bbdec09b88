/**
 * Missed attacks of blind rounds 224-229, read after they were scored (a second reading): a
 * cousin domain of the reader's own company asking for a new payee or the year's T4 slips, a
 * bank's fraud desk on outlook.ie, a domain-renewal listing slam, a hijacked reply telling the
 * reader not to pay the tax office directly, the ICO's fee billed by phone, a "student" locked out
 * of his mailbox, a country's domain written as a name (thepsi-ie.org). Each beside the legitimate
 * message it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { countryDressing } from '../../src/email/domain-dressing.js';
import { isFreemailDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a new payee asked for, and the colleague kept out of it (round 228)', () => {
  const ask = (
    extra: string,
    request = 'Could you set them up as a new payee in Barclays and queue the payment for my approval?',
  ) =>
    scan({
      from: 'Hannah Whitcombe <hannah@brindlepay-inc.example>',
      to: 'Tom Ashdown <tom@brindlepay.example>',
      subject: 'Halvard advisory fee - payee set-up',
      text: `Hi Tom,\n\nThe headline is £26,750.00 to Marlow Advisory Partners Ltd.\n\n${request}\n\nSort code: 20-45-77\nAccount no: 53918264\n\n${extra}\n\nH`,
    });
  it('reads the payee set-up as a payment ask', async () => {
    expectFires(
      await ask('', 'Could you set them up as a new payee in Barclays?'),
      'email.content.payment_request',
    );
  });
  it('and the queued payment', async () => {
    expectFires(
      await ask('', 'Could you queue the payment for my approval?'),
      'email.content.payment_request',
    );
  });
  it('and "no need to loop Diego in" beside it as a payment kept secret', async () => {
    const v = await ask("No need to loop Diego in, I'll update the US ledger myself.");
    expect(severityOf(v, 'email.content.secrecy_urgency')).toBe('high');
  });
  it("a bank's notice that the reader's own new payee was added asks nothing", async () => {
    const v = await scan({
      from: 'Barclays <no-reply@barclays.example>',
      to: 'tom@brindlepay.example',
      subject: 'New payee added',
      text: 'You added Marlow Advisory Partners Ltd as a new payee in Online Banking at 10:42 today. If this was you, there is nothing more to do.',
    });
    expectAbsent(v, 'email.content.payment_request');
  });
  it('"no need to loop Diego in" with no payment is no secret payment', async () => {
    const v = await scan({
      from: 'Hannah <hannah@brindlepay.example>',
      to: 'tom@brindlepay.example',
      text: "Hi Tom, the offsite agenda is attached. No need to loop Diego in, he's on leave until the 20th.",
    });
    expect(severityOf(v, 'email.content.secrecy_urgency')).not.toBe('high');
  });
});

describe('the T4 slips asked for from a cousin domain (round 227)', () => {
  it('reads "all employee slips (SINs included) … reply to me with both files" as a records request', async () => {
    const v = await scan({
      from: 'Manpreet Gill <manpreet@gillnorthland-ca.example>',
      to: 'Kulwinder <kulwinder@gillnorthland.example>',
      subject: 'T4 package',
      text: 'Hi Kulwinder,\n\nAnita at our accountants asked for the complete T4 package - the PDF with all employee slips (SINs included) plus the PD7A reconciliation. Their upload portal has been giving her trouble, so could you just reply to me with both files attached?\n\nThanks,\nManpreet',
    });
    expectFires(v, 'email.content.data_request');
  });
  it("an employee's own T4 slip in the payroll portal is no such request", async () => {
    const v = await scan({
      from: 'Payroll <payroll@gillnorthland.example>',
      to: 'driver@gillnorthland.example',
      subject: 'Your T4 is ready',
      text: 'Your 2025 T4 slip is now available in the employee portal. Log in to download it.',
    });
    expectAbsent(v, 'email.content.data_request');
  });
});

describe("Microsoft's national consumer domains are free mail (round 225)", () => {
  it('outlook.ie, outlook.com.au and live.ca are personal mailboxes', () => {
    expect(isFreemailDomain('outlook.ie')).toBe(true);
    expect(isFreemailDomain('outlook.com.au')).toBe(true);
    expect(isFreemailDomain('live.ca')).toBe(true);
  });
  it("a company's own domain with outlook in it is not", () => {
    expect(isFreemailDomain('outlookconsulting.ie')).toBe(false);
    expect(isFreemailDomain('mail.outlook.ie')).toBe(false);
  });
  it("a bank's fraud desk on outlook.ie asking for a call back is flagged", async () => {
    const v = await scan({
      from: 'Gavin Moloney | AIB Business Fraud <gavin.moloney.aibfraud@outlook.ie>',
      to: 'aoife@pharmacy.example',
      subject: 'Following up on my voice message this morning',
      text: "Hi Aoife,\n\nI left you a voicemail earlier this morning. Our monitoring flagged two outgoing SEPA payments. Could you call me directly on 01 695 3318 and quote case reference FR-26-118804?\n\nI'm emailing from my mobile mailbox because our secure mail is restricted outside the bank network.\n\nGavin Moloney\nBusiness Fraud Prevention\nAIB",
    });
    expectFires(v, 'email.sender.freemail_role_claim');
    expectFires(v, 'email.content.personal_address_pretext');
    expect(v.verdict).not.toBe('clean');
  });
});

describe("domain slamming's renewal notice (round 229)", () => {
  const notice = (fine: string) =>
    scan({
      from: 'AU Domain Administration <renewals@audomain-administration.example>',
      to: 'kate@vetgroup.example',
      subject: 'vetgroup.example - renewal and search listing notice',
      text: `DOMAIN NAME RENEWAL NOTICE\n\nDomain: vetgroup.example\nAmount: $249.00 (GST inclusive)\n\nThis notice relates to the renewal of the above domain name and its inclusion in our search engine listing service.\n\nTo renew, please call our renewals desk on 1300 160 392.\n\n${fine}`,
    });
  it('reads the listing renewal and "under no obligation to pay … unless you accept" as the slammer', async () => {
    expectFires(
      await notice(
        'This is not a bill. You are under no obligation to pay the amount stated above unless you accept this offer.',
      ),
      'email.content.listing_slam',
    );
  });
  it("a registrar's renewal reminder without the disclaimer is no slam", async () => {
    expectAbsent(await notice('Thank you for choosing us as your registrar.'), 'email.content.listing_slam');
  });
});

describe('a hijacked reply under Outlook\'s "Original Message" marker (round 225)', () => {
  const reply = (subject: string, top: string) =>
    scan({
      from: 'Pat Hegarty <pat@hegartylynch.example>',
      to: 'Aoife <aoife@pharmacy.example>',
      subject,
      text: `${top}\n\n-----Original Message-----\nFrom: Aoife <aoife@pharmacy.example>\nSent: Wednesday, March 18, 2026 4:51 PM\nTo: Pat Hegarty <pat@hegartylynch.ie>\nSubject: RE: Preliminary tax 2026\n\nHi Pat,\n\nDeclan is happy with option 2, so €38,450.\n\nAoife`,
    });
  const hijack =
    "Hi Aoife,\n\nCould you transfer the €38,450 to our client account instead of paying it directly on ROS? Please don't pay it on ROS as well or it will be paid twice.\n\nIBAN: IE64 BOFI 9000 1734 2290 58\nBIC: BOFIIE2D\n\nKind regards,\nPat";
  it('a reply whose new words write out the account is not a reported forward', async () => {
    const v = await reply('RE: Preliminary tax 2026', hijack);
    expectAbsent(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.sender.thread_lookalike')).toBe('medium');
  });
  it('a forward to IT that says "don\'t pay it" still is one', async () => {
    const v = await reply(
      'FW: Preliminary tax 2026',
      "Hi IT,\n\nThis came in from an address that is not our accountant's. Please don't pay it, is this a scam?\n\nAoife",
    );
    expectFires(v, 'email.content.reported_forward');
  });
});

describe("the ICO's data-protection fee (round 224)", () => {
  const from = (sender: string) =>
    scan({
      from: sender,
      to: 'anjali@accountants.example',
      subject: 'Data protection fee - renewal overdue',
      text: "Our records show that the annual data protection fee has not been renewed. You can renew by telephone with our renewals team on 0330 818 0472.\n\nInformation Commissioner's Office",
    });
  it('a registry on another domain naming itself ICO imitates it', async () => {
    expectFires(
      await from('ICO Registration Team <renewals@ico-dataprotection-fee.example>'),
      'email.sender.lookalike_domain',
    );
  });
  it("the ICO's own domain does not", async () => {
    expectAbsent(await from('ICO Registration Team <renewals@ico.org.uk>'), 'email.sender.lookalike_domain');
  });
});

describe('a "student" locked out of his mailbox asks for his records elsewhere (round 226)', () => {
  it('reads the excuse and the redirect', async () => {
    const v = await scan({
      from: 'Luis Rangel <luisf.rangel04@gmail.com>',
      to: 'finaid@college.example',
      subject: 'award letter and 1098-T',
      text: "Hi,\n\nI got a new phone and I can't get into my student email because the Duo code goes to my old number.\n\nMy parents need my award letter and my 1098-T. Could you please send them to this email instead?\n\nThank you,\nLuis",
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expectFires(v, 'email.content.private_mailbox_ask');
  });
  it('a student asking for them at the address on file asks nothing of the kind', async () => {
    const v = await scan({
      from: 'Luis Rangel <luis.rangel@students.college.example>',
      to: 'finaid@college.example',
      text: 'Hi, could you please send my award letter and 1098-T to my student email? Thank you, Luis',
    });
    expectAbsent(v, 'email.content.personal_address_pretext');
    expectAbsent(v, 'email.content.private_mailbox_ask');
  });
});

describe("a country's domain written as a name (rounds 225, 227 and many before)", () => {
  it('finds the country code in front of another suffix', () => {
    expect(countryDressing('thepsi-ie.org')).toBe('ie');
    expect(countryDressing('sspcrs-ie.com')).toBe('ie');
    expect(countryDressing('postbank-de.com')).toBe('de');
  });
  it('leaves IT firms, phrases and a country domain of its own alone', () => {
    expect(countryDressing('ravensbourne-it.com')).toBeUndefined();
    expect(countryDressing('join-us.com')).toBeUndefined();
    expect(countryDressing('sign-in.com')).toBeUndefined();
    expect(countryDressing('acme-ie.ie')).toBeUndefined();
    expect(countryDressing('thepsi.ie')).toBeUndefined();
  });
  const notice = (sender: string, signed = 'Registration Unit') =>
    scan({
      from: sender,
      to: 'ciaran@pharmacy.example',
      subject: 'Your 2026 registration',
      text: `Dear Registrant,\n\nYour retention fee shows as unpaid. Please contact the Registration Team on 01 564 2291.\n\n${signed}`,
    });
  it('fires on the PSI at thepsi-ie.org', async () => {
    expectFires(
      await notice('PSI Registration Unit <registration@thepsi-ie.org>'),
      'email.sender.country_dressed_domain',
    );
  });
  it('not on thepsi.ie, nor on chartered accountants at a "-ca" domain', async () => {
    expectAbsent(
      await notice('PSI Registration Unit <registration@thepsi.ie>'),
      'email.sender.country_dressed_domain',
    );
    expectAbsent(
      await notice(
        'Hamdan & Iyer - Audit <confirmations@hamdaniyer-ca.com>',
        'Hamdan & Iyer Chartered Accountants',
      ),
      'email.sender.country_dressed_domain',
    );
  });
});

describe("an auditor's balance confirmation (round 74)", () => {
  const confirmation = (extra: string) =>
    scan({
      from: 'Audit Confirmations <confirmations@auditors.example>',
      to: 'ap@contractor.example',
      subject: 'Audit confirmation request - balance as at 31 Dec 2025',
      text: `Our client has authorised you to confirm directly to us the balance payable by you to them as at that date: AED 1,118,402.75.\n\n${extra}`,
    });
  it('"This is not a request for payment" is no payment ask', async () => {
    expectAbsent(await confirmation('This is not a request for payment.'), 'email.content.payment_request');
  });
  it('without the sentence the balance payable is one', async () => {
    expectFires(
      await confirmation('Please settle the balance payable by Friday.'),
      'email.content.payment_request',
    );
  });
});

describe('"sign in to PCRS Online Services" with the link on the name (round 225)', () => {
  it('reads the sign-in as an ask', async () => {
    const v = await scan({
      from: 'PCRS Online Services <claims@sspcrs-ie.example>',
      to: 'ciaran@pharmacy.example',
      html: '<p>Fourteen items in your claim were returned.</p><p>To view the returned items, sign in to <a href="https://sspcrs-ie.example/portal/returned">PCRS Online Services</a>.</p>',
    });
    expectFires(v, 'email.content.link_or_file_ask');
  });
  it('"you signed in to PCRS Online Services" is a record, not an ask', async () => {
    const v = await scan({
      from: 'PCRS Online Services <claims@sspcrs.example>',
      to: 'ciaran@pharmacy.example',
      text: 'You signed in to PCRS Online Services at 09:14 from a new browser.',
    });
    expectAbsent(v, 'email.content.link_or_file_ask');
  });
});
