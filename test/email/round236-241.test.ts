/**
 * Blind rounds 236-241 (written by helpers who never saw Vigil), scored at arrival: only their false
 * alarms were read. A brother asking to be paid back into "the same account as last time"; a
 * caterer asking whether the reader got "an odd email from us" about changed bank details; an
 * institute's ethics dilemma about a client who asks to "just send the money to my son's account";
 * a payslip from BrightPay Connect. Each beside the attack it must still catch. (The fifth, a water
 * company's sign-in on its own hyphenated domain that the URL model scores high, is left flagged:
 * see test/email/round160-165.test.ts for why a hyphenated sender keeps the model's opinion.)
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('bank coordinates from free mail: a relative, the same account as before (round 239)', () => {
  const ask = (from: string, to: string, text: string) => scan({ from, to, subject: 'Tickets', text });
  it("a brother at the reader's work address is family money, not the diversion", async () => {
    const v = await ask(
      'Jamie Okafor <jamie.okafor@gmail.com>',
      'tom.okafor@wealth.example',
      'Got the tickets! You owe me £89.50 - send it whenever (Nationwide, 07-04-36 / 41188203).',
    );
    expect(severityOf(v, 'email.sender.freemail_bank_details')).toBe('medium');
  });
  it('"same account as last time" says nothing changed', async () => {
    const v = await ask(
      'Jamie <jamie.k@gmail.com>',
      'tom@wealth.example',
      'You owe me £89.50 - same account as last time (07-04-36 / 41188203).',
    );
    expect(severityOf(v, 'email.sender.freemail_bank_details')).toBe('medium');
  });
  it('a stranger giving the company an account to pay into stays strong', async () => {
    const v = await ask(
      'Jamie Okafor <jamie.okafor@gmail.com>',
      'accounts@wealth.example',
      'Please pay the invoice to our new account: sort code 07-04-36, account 41188203.',
    );
    expect(severityOf(v, 'email.sender.freemail_bank_details')).toBe('high');
  });
});

describe('a bank change told of as a warning or a dilemma (round 239)', () => {
  it('"did you get an odd email from us … about changed bank details? Our bank hasn\'t changed"', async () => {
    const v = await scan({
      from: 'Eilidh Ross <eilidh@catering.example>',
      to: 'morag@wealth.example',
      subject: 'Final invoice',
      text: "Hi Morag,\n\nThanks so much for having us on Saturday. Final invoice\nattached: 92 covers in the end, less the deposit, so\n£3,196.00 to pay. Amount due: £3,196.00. Bank details are the same as always.\n\nBy the way, Morag, did you get an odd email from us a couple of weeks ago\nabout changed bank details? Our IT man says someone got into our mailbox for\na day - we've changed all the passwords. Our bank hasn't changed and never\nhas. Sorry if it caused any bother.\n\nAll the best,\nEilidh",
    });
    expect(severityOf(v, 'email.content.payment_change')).not.toBe('high');
  });
  it('"a client who asks their adviser to just send the money to my son\'s account" is a case told', async () => {
    const v = await scan({
      from: 'CISI <communications@institute.example>',
      to: 'charlotte@wealth.example',
      subject: 'Your update',
      text: 'This month\'s dilemma looks at a client who asks their adviser to "just send the money to my son\'s account". What would you do?',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"please send the money to my son\'s account" written to the reader is the ask', async () => {
    const v = await scan({
      from: 'Client <client@example.com>',
      to: 'adviser@wealth.example',
      text: "Please just send the money to my son's account this week, £40,000.",
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('a payslip published to BrightPay Connect (round 241)', () => {
  const payslip = (from: string) =>
    scan({
      from,
      to: 'Tomasz <t.nowicki@wholesaler.example>',
      subject: 'Your payslip is now available',
      text: 'Your employer has published your payslip. To view your payslip, log in to your employee portal: https://login.brightpayconnect.com',
    });
  it("is the payroll service's own notice", async () => {
    expectAbsent(
      await payslip('BrightPay Connect <noreply@brightpayconnect.com>'),
      'email.sender.outside_employer_notice',
    );
  });
  it('the same notice from another domain is not', async () => {
    expectFires(
      await payslip('Payroll <noreply@payslip-portal.example>'),
      'email.sender.outside_employer_notice',
    );
  });
});
