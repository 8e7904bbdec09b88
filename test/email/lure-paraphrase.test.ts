/**
 * Paraphrase by meaning (issue 12): an AI tool rewrites a lure with synonyms and other verb forms.
 * The rules match a verb of the intent with an object of the intent at lemma level
 * (src/email/lures.ts "Paraphrase by meaning"), so wordings no list names still match; legitimate
 * mail with the same words (the reader's own details, a thank-you, a finance report) stays silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { askLemmas, lemmas } from '../../src/email/phrases.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (subject: string, text: string, html?: string) =>
  analyzeEmail(
    eml({
      from: 'Dana Whitfield <dana@supplier-billing.example>',
      to: 'ap@fabrikam.example',
      subject,
      ...(html ? { html } : { text }),
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe('lemmas', () => {
  it('inflects verbs and nouns, irregular forms included, longest first', () => {
    const re = new RegExp(`^${lemmas('update', 'buy', 'ship', 'verify')}$`);
    for (const w of [
      'update',
      'updates',
      'updated',
      'updating',
      'buy',
      'bought',
      'buying',
      'ships',
      'shipped',
      'shipping',
      'verifies',
      'verified',
    ])
      expect(re.test(w), w).toBe(true);
    expect(re.test('updater')).toBe(false);
  });
  it('askLemmas leaves out past forms (an ask is not a report of what was done)', () => {
    const re = new RegExp(`^${askLemmas('order', 'buy', 'pick up')}$`);
    expect(['order', 'ordering', 'buy', 'buying', 'pick up', 'picking up'].every((w) => re.test(w))).toBe(
      true,
    );
    expect(['ordered', 'bought', 'picked up', 'orders', 'buys'].some((w) => re.test(w))).toBe(false);
  });
});

describe('paraphrased lures fire', () => {
  it.each([
    [
      'We have modified our remittance particulars. Kindly direct the outstanding balance to the account below today.',
    ],
    [
      'Please note our banking coordinates were recently amended; settle the open invoice into the revised account.',
    ],
    [
      'Our receiving bank account has been switched. Please route all future remittances to the new account listed below.',
    ],
    ['Kindly adjust the beneficiary account number on file before the next disbursement.'],
  ])('payment change: %s', async (text) => {
    expectFires(await scan('Remittance', text), 'email.content.payment_change');
  });

  it('gift cards: "procure redeemable vouchers", "text me the serial numbers"', async () => {
    const v = await scan(
      'Quick favour',
      'Are you at your desk? I need you to procure six redeemable vouchers of $100 for a client. Text me the serial numbers once you have them.',
    );
    expectFires(v, 'email.content.gift_card');
  });

  it('credential lure: "your passcode lapses", "revalidate your profile"', async () => {
    const v = await scan(
      'Profile notice',
      'Your passcode lapses in 24 hours. Revalidate your profile at https://portal.secure-login.example/ to avoid interruption.',
    );
    expectFires(v, 'email.content.credential_lure');
  });

  it('credential lure: "inbox has surpassed its quota", "access will be paused"', async () => {
    const v = await scan(
      'Storage',
      'Your inbox has surpassed its quota. Your access will be paused within 24 hours unless you sign in: https://portal.secure-login.example/',
    );
    const s = expectFires(v, 'email.content.credential_lure');
    expect(s.message).toMatch(/mailbox full/);
  });

  it('urgent payment: "move the funds promptly"', async () => {
    const v = await scan(
      'Transfer',
      'Please move the funds to the supplier promptly, it must land before the cut-off.',
    );
    expectFires(v, 'email.content.urgent_payment');
  });
});

describe('legitimate mail with the same words stays silent', () => {
  it.each([
    [
      'the reader updating their own details',
      'You can update your banking details at any time in the supplier portal.',
    ],
    [
      'an anti-fraud notice',
      'Our bank details have not changed. If you receive an email claiming our remittance particulars were modified, call us.',
    ],
    [
      'a finance report',
      'I updated the payment schedule and the forecast for March. The deck is on the shared drive.',
    ],
    [
      'a payment run report',
      'We transferred the payment to the account on file last Tuesday, as every month.',
    ],
  ])('no payment change: %s', async (_, text) => {
    expectAbsent(await scan('Note', text), 'email.content.payment_change');
  });

  it('a thank-you for a store voucher someone bought', async () => {
    const v = await scan(
      'Thanks!',
      'Thank you for the store voucher! I bought a lamp with it, the serial numbers of the gift were on the receipt.',
    );
    expectAbsent(v, 'email.content.gift_card');
  });

  it.each([
    ['a charity appeal', 'He is sending the emergency funding to the shelter today, wired through the city.'],
    [
      'a news digest',
      'Senate pushes government funding bill today; markets shift by tiny amounts this morning.',
    ],
    [
      'a shop advertising gift certificates',
      'Buy a gift certificate today! Please visit our store for the spring sale.',
    ],
  ])('no urgent payment or gift-card ask: %s', async (_, text) => {
    const v = await scan('News', text);
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.content.gift_card');
  });

  it('a login page note about session length is no credential pretext', async () => {
    const v = await scan(
      'Portal',
      'For your security the portal logs you out after 30 minutes; your login at the end of the day is unaffected.',
    );
    expectAbsent(v, 'email.content.credential_lure');
  });
});
