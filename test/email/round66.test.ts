/**
 * From the sixty-sixth round of hand-made mail (an Ohio online retailer and the owner's retired
 * parents), whose four false alarms were read after the round was measured unread: a family
 * forwarding a scam to ask about it, a family forwarding a sheriff's scam warning, an agency's
 * newsletter through the government mass-notice service, and a streaming service's mail domain.
 * Each beside the lure it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const lure =
  'Your subscription has been renewed for $449.99. If you did not authorize this, contact billing at +1 (888) 555-0199.';
const forwarded = (note: string) =>
  `${note}\n\n---------- Forwarded message ---------\nFrom: Norton Billing <support.billingteam0417@gmail.com>\nDate: Tue, Jun 15, 2027 at 9:02 AM\nSubject: Order Confirmation #NRT-88120\n\n${lure}`;

describe('round 66: a family forwarding a lure to ask about it', () => {
  it('"Matt, got this today. Is this one of those? I didn\'t call." forwards a lure: its asks are shown, not weighed', async () => {
    const v = await scan({
      from: 'Rick Kessler <rkessler.venice@gmail.com>',
      to: 'matt@ridgeline.example',
      subject: 'Fwd: Order Confirmation #NRT-88120',
      text: forwarded("Matt, got this today. Is this one of those? I didn't call.\n\nDad"),
    });
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.callback')).toBe('info');
    expect(severityOf(v, 'email.sender.freemail_brand_billing')).toBe('info');
    expect(v.verdict).toBe('clean');
  });

  it('the same lure sent as it is, or forwarded with a note that does not report it, is still weighed', async () => {
    const plain = await scan({ from: 'Norton Billing <support.billingteam0417@gmail.com>', text: lure });
    expect(severityOf(plain, 'email.content.callback')).toBe('high');
    expect(plain.verdict).not.toBe('clean');
    const passedOn = await scan({
      from: 'Norton Billing <support.billingteam0417@gmail.com>',
      text: forwarded('Matt, please see the renewal below and call us today.'),
    });
    expectAbsent(passedOn, 'email.content.reported_forward');
    expect(severityOf(passedOn, 'email.content.callback')).toBe('high');
  });

  it("a sheriff's scam warning forwarded to the parents is a warning, not a bail demand", async () => {
    const v = await scan({
      from: 'Amy Patel <amy.patel.clt@gmail.com>',
      to: 'carolkessler52@aol.com',
      subject: 'Fwd: Scam Alert: grandparent and bail scams',
      text: `Mom, Dad - please read this. Nobody legit will ever ask you to pay with gift cards. If anyone calls saying Jake is in jail, hang up and call me.\n\nLove, Amy\n\n---------- Forwarded message ---------\nFrom: Mecklenburg County Sheriff's Office <news@mecksheriff.example>\nSubject: Scam Alert\n\nResidents are receiving calls from people claiming a grandchild has been arrested and needs bail money urgently. They ask for payment by wire transfer or gift cards and ask you to keep it confidential.`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
});

describe("round 66: a government's mass-notice service and a streaming service's mail domain", () => {
  it("an agency's name from GovDelivery is the agency's own; from another relay it is not", async () => {
    const text = 'Protect yourself from Social Security scams. We will never threaten you with arrest.';
    expectAbsent(
      await scan({ from: 'Social Security Administration <ssa@public.govdelivery.com>', text }),
      'email.sender.brand_display_name',
    );
    expectFires(
      await scan({ from: 'Social Security Administration <ssa@notices-mailer.example>', text }),
      'email.sender.brand_display_name',
    );
  });

  it("Hulu's hulumail.com is Hulu's", async () => {
    expectAbsent(
      await scan({ from: 'Hulu <hulu@hulumail.com>', text: 'Your plan price is changing next month.' }),
      'email.sender.brand_display_name',
    );
  });
});
