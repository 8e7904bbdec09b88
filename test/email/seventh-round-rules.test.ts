/**
 * Rules added from the seventh round of hand-written probes (test/fixtures/README.md, "probes/"):
 * attacks rewritten to slip past keyword rules. Each with the legitimate look-alike it must leave
 * alone (an ask without a deception stays clean by design of the evidence gate):
 * - a link whose text shows a brand's address and goes to a look-alike is critical;
 * - pay pointed "somewhere else", a fee "got away today", "confirmation once released";
 * - "no need to raise a PO", "do not discuss this letter with your bank";
 * - a staff census with the "full social column".
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('email.link.text_href_mismatch to a look-alike of the brand shown', () => {
  const ID = 'email.link.text_href_mismatch';
  it('is critical, and flags the message without an ask', async () => {
    const v = await scan({
      from: 'Teams <noreply@chat-notify.example>',
      html: '<p>Priya sent you a message about the accruals file.</p><p><a href="https://teams.rnicrosoft-live.com/l/chat/19:abc">https://teams.microsoft.com/l/chat/19:abc</a></p>',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'critical' });
    expect(v.verdict).not.toBe('clean');
  });
  it('stays high for a brand address over an unrelated site', async () => {
    const v = await scan({
      html: '<p><a href="https://files.unrelated-host.example/x">https://teams.microsoft.com/l/chat/19:abc</a></p>',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
  });
});

describe('BEC asks said in other words', () => {
  it('reads "point my pay somewhere else" as a payroll diversion, flagged with a private Reply-To', async () => {
    const v = await scan({
      from: 'Kevin Hartlyle <kevin.hartlyle@dunmore.example>',
      replyTo: 'kevin.hartlyle.dunmore@gmail.com',
      to: 'Dana Whitley <dana.whitley@dunmore.example>',
      text: "What do you need from me to point my pay somewhere else? Also can you tell me which account it's going to at the moment.",
    });
    expectFires(v, 'email.content.payroll_diversion');
    expect(v.verdict).not.toBe('clean');
  });
  it("leaves the same question from the employee's own work address clean", async () => {
    const v = await scan({
      from: 'Kevin Hartlyle <kevin.hartlyle@dunmore.example>',
      to: 'Dana Whitley <dana.whitley@dunmore.example>',
      text: 'What do you need from me to point my pay somewhere else? I opened an account with my credit union.',
    });
    expect(v.verdict).toBe('clean');
  });
  it('reads "get the fee away today … confirmation once released" as a payment ask, and "no need to raise a PO" as secrecy', async () => {
    const v = await scan({
      from: 'Erik Lindqvist <erik.lindqvist@halvorsengroup-finance.example>',
      to: 'Sara Mehta <sara.mehta@halvorsengroup.example>',
      text: "Could you get the Brennan Advisory fee away today? No need to raise a PO for this one - I'll sort the paperwork after the fact. Please send me the confirmation once released.",
    });
    expectFires(v, 'email.content.urgent_payment');
    expectFires(v, 'email.content.secrecy_urgency');
    expect(v.verdict).not.toBe('clean');
  });
  it('reads "do not discuss this letter with your bank" as secrecy', async () => {
    expectFires(
      await scan({
        text: 'I would ask that you not discuss this letter with your bank or advisers at this stage.',
      }),
      'email.content.secrecy_urgency',
    );
  });
  it('reads a staff census with the full social column as a data request', async () => {
    const v = await scan({
      from: 'Rachel Imbert <rachel.imbert@corvane-hq.example>',
      to: 'Nicole Varga <nvarga@corvane.example>',
      text: 'Can you export the full staff census and send it to me by 2? They need names, dates of birth, home addresses and the full social column.',
    });
    expectFires(v, 'email.content.data_request');
    expect(v.verdict).not.toBe('clean');
  });
  it("leaves HR's census request between colleagues clean", async () => {
    const v = await scan({
      from: 'Rachel Imbert <rachel.imbert@corvane.example>',
      to: 'Nicole Varga <nvarga@corvane.example>',
      text: 'Can you upload the staff census to the broker portal by Friday? Names and dates of birth only, as agreed.',
    });
    expect(v.verdict).toBe('clean');
  });
  it.each([
    ['a fee paid out of a shared account', 'The fee was paid out of the shared account last month.'],
    ['a PO raised as usual', 'Please raise a PO for this one as usual.'],
  ])('stays silent for %s', async (_, text) => {
    const v = await scan({ text });
    expectAbsent(v, 'email.content.secrecy_urgency');
    expectAbsent(v, 'email.content.urgent_payment');
  });
});

/**
 * Ninth round (test/fixtures/README.md): "use our new ING account", an admin's approval or
 * attestation, and a password asked for outright in a form builder's invitation.
 */
describe('ninth-round asks', () => {
  it('reads "all customers to use our new ING account" as a bank change', async () => {
    const v = await scan({
      from: 'Henrik Vos <h.vos@meridlan-components.example>',
      text: 'Please note our finance department has asked all customers to use our new ING account from this month. The balance of EUR 38,640.00 needs to be received by Friday. IBAN NL42 INGB 0008 7716 53.',
    });
    expect(expectFires(v, 'email.content.payment_change').message).toContain('use our new ING account');
  });
  it('reads an approval request and an attestation as asks', async () => {
    expectFires(
      await scan({
        text: 'As a Workspace Admin you can approve or deny this request: https://apps.example/r',
      }),
      'email.content.link_or_file_ask',
    );
    expectFires(
      await scan({ text: 'Review affected users and attest: https://admin.example/attest' }),
      'email.content.link_or_file_ask',
    );
  });
  it('flags a Google Form that asks for the work password', async () => {
    const v = await scan({
      from: 'IT Helpdesk (via Google Forms) <forms-receipts-noreply@google.com>',
      text: 'Every mailbox must be validated before Friday. Please enter your work email and current password so the migration tool can copy your folders. FILL OUT FORM: https://docs.google.com/forms/d/e/1FAIpQLSd7kRt0/viewform',
    });
    expect(expectFires(v, 'email.link.sign_in_on_free_host').message).toContain('a form builder');
    expect(v.verdict).not.toBe('clean');
  });
  it("leaves a Google Form invitation with Google's own password warning clean", async () => {
    const v = await scan({
      from: 'Team Social (via Google Forms) <forms-receipts-noreply@google.com>',
      text: "I've invited you to fill out a form: Summer party RSVP. https://docs.google.com/forms/d/e/1FAIpQLSabc/viewform Never submit passwords through Google Forms.",
    });
    expectAbsent(v, 'email.link.sign_in_on_free_host');
    expect(v.verdict).toBe('clean');
  });
});
