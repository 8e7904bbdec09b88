/**
 * Lure phrasing that LLM-written BEC uses and the lists missed: gift cards "secured" with their
 * "redemption codes" sent to a phone, a payment "processed" with the sum right after the verb,
 * "corrected" wiring details. Each beside legitimate mail with the same words.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (subject: string, text: string) =>
  analyzeEmail(
    eml({
      from: 'Amanda Peterson <amanda@northgate.example.com>',
      to: 'evelyn@northgate.example.com',
      subject,
      text,
    }),
    {
      config: resolveConfig({}),
      scorer: null,
    },
  );

describe('lure phrasing of generated BEC', () => {
  it('gift cards secured for a retreat, codes sent to my mobile', async () => {
    const v = await scan(
      'Mandate: client incentives',
      'Proceed with securing 50 digital gift cards for the client retreat. Upon completion, transmit all redemption codes to my mobile.',
    );
    expectFires(v, 'email.content.gift_card');
  });
  it('a payment processed with the sum right after the verb, under pressure', async () => {
    const v = await scan(
      'Priority transfer',
      'Process the $66,838 audit payment for Chavez Ltd. Immediate execution is required.',
    );
    expectFires(v, 'email.content.urgent_payment');
  });
  it('corrected wiring details after a rejected payment', async () => {
    const v = await scan(
      'Re: audit invoice',
      'The bank rejected the payment. Please find the corrected wiring details attached and send the payment today.',
    );
    expectFires(v, 'email.content.payment_change');
  });
  it('a sum said to be outstanding, to look into urgently', async () => {
    const v = await scan(
      'Friendly reminder - outstanding balance',
      'A quick check-in regarding the $82,956 outstanding for the consulting services. If not yet sent, could you please look into it urgently?',
    );
    expectFires(v, 'email.content.urgent_payment');
  });
  it('a receipt saying nothing is outstanding is no urgent payment', async () => {
    const v = await scan(
      'Receipt',
      'Thank you, we received your payment today. Your account shows no balance due.',
    );
    expectAbsent(v, 'email.content.urgent_payment');
  });
  it.each([
    [
      'a QR code to scan for the new Wi-Fi profile',
      'Wi-Fi profile',
      'Just scan the QR code below to install the security profile.',
    ],
    [
      'an RSU grant to execute via DocuSign',
      'RSU grant',
      'To finalize this grant, please execute the enclosed agreement via DocuSign.',
    ],
    [
      'a recording to download before deletion',
      'Recording',
      'The design review recording is scheduled for auto-deletion. Download it before deletion.',
    ],
    [
      'a root key to generate through a link',
      'Key rotation',
      'IT says our old AWS root key needs a swap. Hit this link to generate a new key.',
    ],
  ])('a credential pretext: %s', async (_, subject, text) => {
    expectFires(await scan(subject, text), 'email.content.credential_lure');
  });
  it.each([
    [
      'a boarding pass',
      'Your trip',
      'Your boarding pass QR code will be checked at the gate. Have a good flight.',
    ],
    [
      'a signed contract returned',
      'Contract',
      'Thanks, I signed the contract on paper and posted it back yesterday.',
    ],
  ])('no credential pretext in %s', async (_, subject, text) => {
    expectAbsent(await scan(subject, text), 'email.content.credential_lure');
  });
  it('new bank details for a payment flag the message on their own, from a colleague with a clean sender', async () => {
    const v = await scan(
      'urgent bank info',
      'Our bank was acquired. New routing number for the Wilson Group payment of $2,327. Please update it and pay today.',
    );
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
    expect(v.verdict).not.toBe('clean');
  });
  it("a supplier's notice that its bank details have not changed stays clean", async () => {
    const v = await scan(
      'Fraud warning',
      'Our bank details have not changed. If you receive an email claiming new bank details for a payment, call us before you pay.',
    );
    expect(v.verdict).toBe('clean');
  });
  it.each([
    [
      'an adjusted amount due',
      'Invoice #ML-25644',
      'We applied the 5% early payment discount. The updated amount due is $25,644.',
    ],
    ['a sum to go through', 'Holmes-Yang', 'That $65,807 needs to go through. Confirm when it is done.'],
    [
      'a credit routed to another account',
      'Credit memo',
      'Please make sure the $77,845 credit is routed to the correct account on file.',
    ],
  ])('a payment request without time pressure: %s', async (_, subject, text) => {
    expectFires(await scan(subject, text), 'email.content.payment_request');
  });
  it.each([
    ['a receipt', 'Receipt', 'Thank you for your payment of $500. Your account shows no balance due.'],
    ['a price in a newsletter', 'Spring sale', 'The new model costs $1,299 and ships in May.'],
  ])('no payment request in %s', async (_, subject, text) => {
    expectAbsent(await scan(subject, text), 'email.content.payment_request');
  });
  it('a retainer to be wired today', async () => {
    const v = await scan('Retainer', 'We need that $83,669 retainer wired to the escrow account today.');
    expectFires(v, 'email.content.urgent_payment');
  });
  it('a thank-you for a gift card, its code already redeemed, is no ask', async () => {
    const v = await scan(
      'Thanks!',
      'Thank you for the gift card you gave me at the party. The redemption code worked and I ordered a book.',
    );
    expectAbsent(v, 'email.content.gift_card');
  });
  it('a newsletter asking for a contribution of any amount is no urgent payment', async () => {
    const v = await scan(
      'Our spring appeal',
      'Our volunteers keep the shelter open. If you can, make a contribution of any amount today.',
    );
    expectAbsent(v, 'email.content.urgent_payment');
  });
  it.each([
    [
      'an amount to be processed',
      'Discounted payment',
      'We applied the discount. The amount to be processed is $51,807.00.',
    ],
    [
      'a fee paid via SWIFT',
      'Audit fee',
      'The $22,210 audit fee should be paid via SWIFT to our holding account.',
    ],
    [
      'bank details asked for',
      'Funds rejected',
      'The $70,676 payment was rejected. Could you send me the most current bank wire details?',
    ],
  ])('a payment request of invoice fraud: %s', async (_, subject, text) => {
    expectFires(await scan(subject, text), 'email.content.payment_request');
  });
  it.each([
    [
      'an electronic signature to affix',
      'RSU grant',
      'Access the portal below to review and affix your electronic signature.',
    ],
    [
      'a recording to download against loss',
      'Recording',
      'You are required to download this recording immediately to prevent irreversible loss.',
    ],
  ])('a credential pretext of generated BEC: %s', async (_, subject, text) => {
    expectFires(await scan(subject, text), 'email.content.credential_lure');
  });
  it("no payment request in the reader's own bill", async () => {
    const v = await scan(
      'Statement',
      'Your payment of $30 is due on the 5th. Thank you for banking with us.',
    );
    expectAbsent(v, 'email.content.payment_request');
  });
});
