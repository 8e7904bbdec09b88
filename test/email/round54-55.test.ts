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
});
