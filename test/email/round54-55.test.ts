/**
 * From the fifty-fourth and fifty-fifth rounds of hand-made mail (an accounting practice in Leeds
 * and Cork; an NGO in Geneva, Nairobi and Manila; measured unread, then read): Companies House
 * linking to its government's service, GoCardless telling of a Direct Debit moved with its payer's
 * bank switch, a client's reply quoting the accountant's own payment advice, the IT help desk on
 * its own Freshservice tenant. Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { inspectDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('rounds 54 and 55', () => {
  it("a government office's link to its government's services is its own site to the URL model; the same link from a company is judged as before", async () => {
    const text =
      'Your confirmation statement is due.\n\nFile a confirmation statement: https://find-and-update.company-information.service.gov.uk/company/09876543/confirmation-statement/login';
    const gov = await scan({
      from: 'Companies House <noreply@companieshouse.gov.uk>',
      to: 'accounts@practice.example',
      text,
    });
    const other = await scan({
      from: 'Filing Team <noreply@filing-reminders.example>',
      to: 'accounts@practice.example',
      text,
    });
    const sev = severityOf(other, 'url.model.phishing');
    expect(sev === 'medium' || sev === 'high').toBe(true);
    expect([undefined, 'low']).toContain(severityOf(gov, 'url.model.phishing'));
  });

  it("a Direct Debit moved with its payer's switched account is no bank change; a supplier's new account to pay into still is", async () => {
    const from = 'GoCardless <help@gocardless.com>';
    expectAbsent(
      await scan({
        from,
        to: 'accounts@practice.example',
        text: "The Direct Debit mandate for Pennine Joinery Ltd has been transferred to a new bank account by the customer's bank under the Current Account Switch Service. No action is required; future payments will be collected from the new account.",
      }),
      'email.content.payment_change',
    );
    expectFires(
      await scan({
        from: 'Pennine Joinery <accounts@penninejoinery.example>',
        to: 'accounts@practice.example',
        text: 'We have transferred to a new bank account. Please make all future payments to the new account below.\n\nSort code 20-45-77, account 43917720.',
      }),
      'email.content.payment_change',
    );
  });

  it("a client's reply from free mail quoting the accountant's own payment advice asks the accountant for nothing; the same ask in the client's own words still does", async () => {
    const from = 'Rachel Lumb <rachel.lumb@outlook.com>';
    const to = 'Priya Naidoo <priya.naidoo@practice.example>';
    const quoted =
      '________________________________\nFrom: Priya Naidoo <priya.naidoo@practice.example>\nSent: 08 January 2026 16:12\nTo: Rachel Lumb <rachel.lumb@outlook.com>\nSubject: Your tax return\n\nDear Rachel,\n\nThe total due to HMRC by 31 January is £4,212.60. You can pay by bank transfer to HMRC using your UTR as the reference.\n\nKind regards,\nPriya';
    expectAbsent(
      await scan({
        from,
        to,
        subject: 'RE: Your tax return',
        text: `Hi Priya,\n\nThanks. Is the second payment on account the same amount again?\n\nRachel\n\n${quoted}`,
      }),
      'email.sender.freemail_business_ask',
    );
    expectFires(
      await scan({
        from,
        to,
        subject: 'RE: Your tax return',
        text: `Hi Priya,\n\nPlease pay the £4,212.60 by bank transfer from the client account today, I will settle with you later.\n\nRachel\n\n${quoted}`,
      }),
      'email.sender.freemail_business_ask',
    );
  });

  it("the IT help desk writing from the organisation's own Freshservice tenant is its own; another company's tenant is not", async () => {
    const text =
      'Your ticket #4471 "Password expired" has been resolved. Your password was reset by the service desk.';
    expectAbsent(
      await scan({
        from: 'UBF IT Service Desk <helpdesk@ubuntubridges.freshservice.com>',
        to: 'olivia@ubuntubridges.org',
        text,
      }),
      'email.sender.external_it_role',
    );
    expectFires(
      await scan({
        from: 'UBF IT Service Desk <helpdesk@ubf-support.freshservice.com>',
        to: 'olivia@ubuntubridges.org',
        text,
      }),
      'email.sender.external_it_role',
    );
  });

  it("a tax office's short name joined to a registration or penalty word is a combosquat; the office's own domain and the word alone are not", () => {
    const ctx = { config, where: 'header:From' };
    expect(inspectDomain('hmrc-mtd-registration.com', ctx).lookalike?.technique).toBe('combosquat');
    expect(inspectDomain('hmrc-penalty.com', ctx).lookalike?.technique).toBe('combosquat');
    expect(inspectDomain('hmrc.gov.uk', ctx).lookalike).toBeNull();
    expect(inspectDomain('event-registration.com', ctx).lookalike).toBeNull();
  });

  it("a PayPal invoice whose seller note renews a plan nobody ordered and gives a number for 'queries or cancellation' is the relayed callback; a seller's note with an office number is not", async () => {
    const invoice = (note: string) =>
      scan({
        from: 'PayPal <service@paypal.co.uk>',
        to: 'eleanor@practice.example',
        subject: 'Invoice from Geek Tech Support Services (0042)',
        text: `Geek Tech Support Services sent you an invoice for £349.00 GBP\n\nDue on receipt\n\nSeller note to customer: ${note}\n\nView and Pay Invoice https://www.paypal.com/invoice/p/#INV2-K7QX-8MPV`,
      });
    const scam = await invoice(
      'Your Total Protection plan has been renewed for 1 year. No action is required if you recognise this charge. For billing queries or cancellation call 0 2 0 - 3 8 0 8 - 4 4 1 9 (Mon-Fri).',
    );
    expect(severityOf(scam, 'email.content.callback')).toBe('high');
    expectFires(scam, 'email.sender.relayed_callback');
    expectAbsent(
      await invoice(
        'Thank you for your order of 12 oak shelves. For delivery times call our workshop on 020 3808 4419.',
      ),
      'email.sender.relayed_callback',
    );
  });

  it('a sum spelt out in words is a sum: "go ahead with the advance … sixty-one thousand five hundred euros" from a personal address after a call is a payment ask; the same words without a sum are not', async () => {
    const text = (sum: string) =>
      `Thank you for picking up. My work phone is almost out of battery, which is why I'm writing from my personal address.\n\nAs discussed, please go ahead with the advance to the water partner.${sum}\n\nIBAN: IT40 S050 3401 6330 0000 0187 493\n\nCould you send me the payment confirmation here when it's done?`;
    const from = 'Nadia Okonkwo <n.okonkwo@proton.me>';
    const to = 'matthias@ngo.example';
    const spelt = await scan({
      from,
      to,
      subject: 'Following our call just now',
      text: text(' The figure is sixty-one thousand five hundred euros.'),
    });
    expectFires(spelt, 'email.content.payment_request');
    expectFires(spelt, 'email.sender.freemail_business_ask');
    expectAbsent(
      await scan({
        from,
        to,
        subject: 'Following our call just now',
        text: text('')
          .replace(/\n\nIBAN[^\n]*/, '')
          .replace(/Could you send me the payment confirmation here when it's done\?/, 'Talk soon.'),
      }),
      'email.content.payment_request',
    );
  });
});
