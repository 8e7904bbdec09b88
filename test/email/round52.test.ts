/**
 * From the fifty-second round of hand-made mail (a family's personal mail in English, Italian,
 * Polish and Spanish; measured unread, then read): Xfinity's bill from a system subdomain of
 * comcast.net, a payroll platform linking a student to the university's own tenant. Each beside its
 * look-alike.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('round 52', () => {
  it("an ISP's bill from its own system subdomain (alerts.comcast.net) is the ISP's, not a free mail user's; a mailbox at the apex still is anyone's", async () => {
    const text =
      'Your Xfinity bill is ready.\n\nAmount due: $89.99\nDue date: December 21\n\nView and pay your bill: https://customer.xfinity.com/billing';
    const bill = await scan({
      from: 'Xfinity <online.communications@alerts.comcast.net>',
      to: 'anna@ferraro-family.example',
      subject: 'Your Xfinity bill is ready',
      text,
    });
    expectAbsent(bill, 'email.sender.brand_display_name');
    expectAbsent(bill, 'email.sender.freemail_business_ask');
    expectFires(
      await scan({
        from: 'Xfinity <xfinity.billing.dept@comcast.net>',
        to: 'anna@ferraro-family.example',
        subject: 'Your Xfinity bill is ready',
        text,
      }),
      'email.sender.brand_display_name',
    );
  });

  it("a payroll platform's mail linking the reader to their own organisation's tenant is not a brand linking elsewhere; a stranger's host still is", async () => {
    const text = (url: string) =>
      `Welcome to UT Austin Student Employment.\n\nPlease sign in to Workday to complete your Form I-9 and set up direct deposit before your first day:\n${url}\n\nReview and accept your offer in your Workday inbox.`;
    const from = 'UT Austin Workday <utaustin@myworkday.com>';
    expectAbsent(
      await scan({ from, to: 'mateo.nowak@utexas.edu', text: text('https://workday.utexas.edu/') }),
      'email.link.brand_links_elsewhere',
    );
    expectFires(
      await scan({ from, to: 'mateo.nowak@gmail.com', text: text('https://workday.utexas.edu/') }),
      'email.link.brand_links_elsewhere',
    );
    expectFires(
      await scan({ from, to: 'mateo.nowak@utexas.edu', text: text('https://workday-utexas.example/') }),
      'email.link.brand_links_elsewhere',
    );
  });
});
