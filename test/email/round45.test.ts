/**
 * From the forty-fifth round of hand-made mail (a small online shop; measured unread, then read): a
 * shop platform's order notice answered by the customer, the bookkeeper's note of a bank change taken
 * over the phone, a director's "no new bank details on any of them"; and the attacks: a Reply-To on
 * the sender's name plus "accountants", a sender domain with the reader's name behind "gw-notify-", a
 * Polish bank change whose writer "has limited access to the phone", an Etsy-named page on a free host.
 * Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { imitatesDomain } from '../../src/url/imitates.js';
import { inspectUrl, prepareUrlEnv } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe("a shop platform's order notice", () => {
  const order = (from: string) =>
    scan({
      from,
      replyTo: 'Hannah Brooks <hannah.brooks.bs7@gmail.com>',
      to: 'orders@fernhollow.example',
      subject: '[Fernhollow Goods] Order #4821 placed by Hannah Brooks',
      text: 'Hannah Brooks placed order #4821.\n\nTotal £63.95\n\nPayment processing method: Shopify Payments\nDelivery method: Royal Mail Tracked 48',
    });
  it('answered by the customer is no redirected reply, and "processing method: Shopify Payments" no payment asked for', async () => {
    const v = await order('Fernhollow Goods <store+61840237@t.shopifyemail.com>');
    expect(severityOf(v, 'email.sender.reply_to_mismatch')).toBe('low');
    expectAbsent(v, 'email.content.payment_request');
  });
  it('the same Reply-To from a shop on its own domain still is one', async () => {
    const v = await order('Fernhollow Goods <orders@fernhollow-shop.example>');
    expect(severityOf(v, 'email.sender.reply_to_mismatch')).toBe('medium');
  });
});

describe('email.content.payment_change told as the payer’s own check or denied', () => {
  it('"I took the new details over the phone … read back the last four digits" is verification (medium)', async () => {
    const v = await scan({
      from: 'Olu Adebayo <olu@fernhollow.example>',
      to: 'peter@burslempottery.example',
      subject: 'Re: change of bank from 1 September',
      text: 'Hi Peter,\n\nThanks for the call this afternoon. Just confirming that I took the new Unity Trust details over the phone from you, read back the last four digits, and Tom has approved the change. First payment to the new account will be the September run.',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
  it('"no new bank details on any of them" is no bank change', async () => {
    const v = await scan({
      from: 'Tom Hart <tom@fernhollow.example>',
      to: 'olu@fernhollow.example',
      subject: 'Please pay today',
      text: 'Olu,\n\nCan you pay these three today please? All three are approved in Xero already, no new bank details on any of them.',
    });
    expectAbsent(v, 'email.content.payment_change');
    const changed = await scan({
      from: 'Tom Hart <tom@fernhollow.example>',
      to: 'olu@fernhollow.example',
      subject: 'Please pay today',
      text: 'Olu,\n\nCan you pay these three today please? Use the new bank details on the attached letter for all of them.',
    });
    expectFires(changed, 'email.content.payment_change');
  });
  it('a Polish bank change whose writer "has limited access to the phone" talks the reader out of checking (high)', async () => {
    const text = (tail: string) =>
      `Dzień dobry,\n\nprzesyłam w załączniku oficjalne zawiadomienie o zmianie numeru rachunku bankowego. Bardzo proszę o aktualizację danych przed opłaceniem faktury FV/318/10/2026.${tail}`;
    const from = 'Marta Kowalczyk <m.kowalczyk@logipak-fulfilment.example>';
    const fraud = await scan({
      from,
      to: 'bartek@fernhollow.example',
      text: text('\n\nW tym tygodniu jestem poza biurem i mam ograniczony dostęp do telefonu.'),
    });
    expect(severityOf(fraud, 'email.content.payment_change')).toBe('high');
    // "in case of questions please contact me by e-mail" is an ordinary closing, not the move
    const plain = await scan({
      from,
      to: 'bartek@fernhollow.example',
      text: `Dzień dobry,\n\nprzesyłam w załączniku zawiadomienie o zmianie numeru rachunku bankowego. Nowy numer prosimy potwierdzić telefonicznie pod znanym Państwu numerem.\n\nW razie pytań proszę o kontakt mailowy.`,
    });
    expect(severityOf(plain, 'email.content.payment_change')).toBe('medium');
  });
});

describe('cousins of a known name', () => {
  it('the sender\'s name plus "accountants" and the reader\'s name behind "gw-notify-" imitate it; an unrelated word does not', () => {
    expect(imitatesDomain('marshpell-accountants.co.uk', 'marshpell.co.uk')).not.toBeNull();
    expect(imitatesDomain('gw-notify-fernhollowgoods.com', 'fernhollowgoods.co.uk')).not.toBeNull();
    expect(imitatesDomain('marshpell-gardens.co.uk', 'marshpell.co.uk')).toBeNull();
    expect(imitatesDomain('xq-zz-fernhollowgoods.com', 'fernhollowgoods.co.uk')).toBeNull();
  });
  it('a Reply-To on that cousin of the From domain is a deception (medium)', async () => {
    const v = await scan({
      from: 'David Pell <david@marshpell.example>',
      replyTo: 'David Pell <david.pell@marshpell-accountants.example>',
      to: 'tom@fernhollow.example',
      text: 'Hi Tom, please transfer to our client account today; details in the PDF.',
    });
    expect(severityOf(v, 'email.sender.reply_to_mismatch')).toBe('medium');
  });
  it('a page on a free host named after Etsy is a combosquat of the brand', () => {
    const env = prepareUrlEnv(config, { url: null, domain: null });
    const ids = (u: string) => inspectUrl(u, { env, where: 'body:text' }).signals.map((s) => s.id);
    expect(ids('https://etsy-paiement-securise.vercel.app/recevoir?commande=9181802441')).toContain(
      'domain.lookalike.combosquat',
    );
    expect(ids('https://www.etsy.com/your/orders/9181802441')).not.toContain('domain.lookalike.combosquat');
  });
});
