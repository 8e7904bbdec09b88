/**
 * From the eighty-sixth round of hand-made mail (a pharmacy chain in Johannesburg and Cape Town;
 * English, Afrikaans, Zulu), read after it was scored unread: its three false alarms and some of the
 * English attacks it missed. Each rule in words of its own, beside the mail it must leave alone or
 * still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'Accounts <accounts@fynbos-pharmacy.example>';

describe('false alarms of round 86', () => {
  it('IT\'s warning to staff naming defanged look-alikes ("fake e-mails", "thanks to Farah for reporting") quotes them', async () => {
    const v = await scan({
      from: 'Jaco <jaco@fynbos-pharmacy.example>',
      to: 'All Staff <allstaff@fynbos-pharmacy.example>',
      subject: 'Heads-up: fake supplier e-mails doing the rounds',
      html: '<p>Thanks to Farah for reporting this one. We have seen fake e-mails: a supplier statement from kaapmedsuppiies[.]co.za asking us to use new bank details, and hxxps://yoco-merchant[.]com. Bank detail changes are only made after we phone the supplier.</p>',
    });
    expect(severityOf(v, 'email.link.obfuscated_url')).toBe('info');
    expect(v.verdict).toBe('clean');
  });
  it("a landlord's bank change that says to verify it in person or on the office number is the real one's shape", async () => {
    const v = await scan({
      from: 'Centre Management <centremanagement@rosebank-centre.example>',
      to,
      subject: 'Tenant notice: new rental payment details from 1 June',
      text: 'The rental for June will be payable to the new agent. Please do not change your payment details on the basis of an e-mail. Before you pay, verify the new details with the Centre Management office in person or on the office number on your lease. We will never notify you of a change in banking details by e-mail alone.',
    });
    // the change is read, and so is the check it asks for
    expect(expectFires(v, 'email.content.payment_change').message).toMatch(/verify them/);
    expect(v.verdict).toBe('clean');
  });
  it("SimplePay's payslip notice for the employer is a payroll service's", async () => {
    const v = await scan({
      from: 'SimplePay <noreply@simplepay.co.za>',
      replyTo: 'Payroll <payroll@fynbos-pharmacy.example>',
      to: 'Zanele <zanele@fynbos-pharmacy.example>',
      subject: 'Your payslip for March 2026',
      text: 'Please find attached your payslip for March 2026. If you have questions, reply to contact your employer.',
    });
    expectAbsent(v, 'email.sender.outside_employer_notice');
  });
});

describe('attacks of round 86', () => {
  it('"change of collection account" with the new account is a bank change', async () => {
    const v = await scan({
      from: 'Credit Department <credit@wholesaler-za.example>',
      to,
      subject: 'Notice: change of collection account effective 1 April',
      text: 'All payments from 1 April must be made into our dedicated collection account below. Account number: 10 24 775 318 3. Branch code: 051001. Please update your supplier records.',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('a "Verification Officer" on outlook.com following up a voicemail with "call me back directly on" is a role claim and a call-back ask', async () => {
    const v = await scan({
      from: 'R Naidoo <r.naidoo.verification@outlook.com>',
      to,
      text: "I'm following up on the voice message I left on your office line about your VAT return. Please call me back directly on 012 942 6617 quoting case reference VRF-88231.\n\nR Naidoo\nVerification Officer",
    });
    expectFires(v, 'email.sender.freemail_role_claim');
    expect(severityOf(v, 'email.content.voice_followup')).toBe('medium');
  });
  it("a colleague's voicemail follow-up from the company domain stays a low note", async () => {
    const v = await scan({
      from: 'Pieter <pieter@fynbos-pharmacy.example>',
      to,
      text: 'Following up on my voicemail about the stock count: call me back on 082 555 0101 when you can.',
    });
    expect(v.verdict).toBe('clean');
  });
});
