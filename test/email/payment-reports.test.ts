/**
 * Business mail that talks about payments without asking for one: "nothing has changed with our
 * remittance details" is no bank change (email.content.payment_change), and a quoted "was paid by
 * ACH today" is news of a payment made, not a request (email.content.payment_request and
 * urgent_payment). The fraud look-alikes still fire: "our remittance details have changed", "the
 * payment needs to be sent by ACH today".
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (text: string) =>
  analyzeEmail(
    eml({
      from: 'Lena Park <lena.park@ostrander-supply.example>',
      to: 'Karen Liu <karen.liu@tidecrest.example>',
      subject: 'Re: Remittance for INV-20788',
      text,
    }),
    { config: resolveConfig({}), scorer: null },
  );

const THREAD =
  "Hi Karen,\n\nGot it - the payment for INV-20788 showed up this morning. Thanks for the quick turnaround!\n\nI've marked it paid on our side. Nothing has changed with our remittance details, so the next statement will go out as usual.\n\nLena\n\nOn Thu, Jun 18, 2026 at 3:40 PM Karen Liu wrote:\n> Hi Lena,\n> INV-20788 ($6,412.00) was paid by ACH today, reference TC-ACH-88120.\n> Best, Karen";

describe('a vendor confirming a payment received', () => {
  it('is no bank change and no payment request, and stays clean', async () => {
    const v = await scan(THREAD);
    expectAbsent(v, 'email.content.payment_change');
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.content.payment_request');
    expect(v.verdict).toBe('clean');
  });

  it('still reads "our remittance details have changed" with a payment ask as a bank change', async () => {
    const v = await scan(
      'Hi Karen,\n\nPlease note our remittance details have changed. Kindly process the payment for INV-20788 ($6,412.00) to the new account below today.\n\nLena',
    );
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });

  it('still reads "needs to be sent by ACH today" as an urgent payment request', async () => {
    const v = await scan(
      'Hi Karen,\n\nThe balance of $6,412.00 needs to be sent by ACH today, the payment must go out before 3 pm.\n\nLena',
    );
    expectFires(v, 'email.content.urgent_payment');
  });
});

describe("a supplier's genuine bank change that sends the reader to the phone", () => {
  it('is medium (an ask, not evidence) when it says to call the number in the service agreement', async () => {
    const v = await scan(
      'Dear colleagues,\n\nWe are moving our main business account to a new bank. Because changes of bank details are a common target for fraud, we ask that you do NOT update your records on the strength of this email alone. Please call our finance team on the number in your service agreement to confirm the new details before the first payment.\n\nAlison',
    );
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('medium');
    expect(v.verdict).toBe('clean');
  });
});
