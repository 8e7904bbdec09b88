/**
 * Legitimate look-alikes from the tenth probe round (test/fixtures/README.md, "probes/") that the
 * rules flagged, each with the attack it must still catch:
 * - a warning about a scam names the scam's ask ("staff will never ask you for gift cards", "neither
 *   I nor the title company will ever email you to change wiring instructions", German "angeblich");
 * - a security newsletter's article quoting three or more lures;
 * - a shop platform's mail for a merchant (Shopify for a coffee roaster).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a warning names the ask it warns about', () => {
  it('leaves "staff will never ask you for gift cards" without a gift-card ask', async () => {
    const v = await scan({
      from: 'St. Brendan Parish <office@stbrendan.example>',
      to: 'priya@example.com',
      text: 'Parishioners have received emails pretending to be from Fr. Tom asking for a "quick favor" to buy gift cards. Fr. Tom and parish staff will never ask you for gift cards. Easter flowers can be dedicated for $15 each.',
    });
    expectAbsent(v, 'email.content.gift_card');
  });
  it('still reads the gift-card ask itself', async () => {
    const v = await scan({
      from: 'Fr. Tom <frtom.stbrendan@gmail.com>',
      to: 'priya@example.com',
      text: 'I need a quick favor. Please buy four $100 Apple gift cards today and send me the codes, it is for the parish.',
    });
    expectFires(v, 'email.content.gift_card');
  });
  it('leaves "neither I nor the title company will ever email you to change wiring instructions" without a bank change', async () => {
    const v = await scan({
      from: 'Jess Moreno <jess@rosewoodrealty.example>',
      to: 'buyer@example.com',
      text: 'Neither I nor Stonebridge will ever email you to change wiring instructions. If you get an email like that, it is fraud.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('leaves the German "eine Mail, die angeblich eine neue Bankverbindung mitteilt" without a bank change', async () => {
    const v = await scan({
      from: 'Thomas Weidner <kasse@rc-altneckar.example>',
      to: 'mitglieder@rc-altneckar.example',
      text: 'Falls ihr jemals eine Mail bekommt, die angeblich von mir eine "neue Bankverbindung" mitteilt: bitte nicht überweisen, sondern mich anrufen.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('still reads the German bank change itself', async () => {
    const v = await scan({
      from: 'Thomas Weidner <kasse@rc-altneckar.example>',
      text: 'Bitte beachten: ab sofort gilt unsere neue Bankverbindung, bitte überweisen Sie den Beitrag heute.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe("a security newsletter's article quoting lures", () => {
  const text =
    'This month in phishing: attackers wrote "please update our bank details, we changed banks", "buy gift cards and send me the codes", and "your password expires today, verify your account". Stay alert.\n\nUnsubscribe: https://news.secvendor.example/unsubscribe?u=1';
  it('shows the quoted lures as info', async () => {
    const v = await scan({
      from: 'SecVendor Insights <news@secvendor.example>',
      to: 'reader@example.com',
      text,
    });
    expect(
      v.signals.filter((s) => s.id.startsWith('email.content.')).every((s) => s.severity === 'info'),
    ).toBe(true);
    expect(v.verdict).toBe('clean');
  });
  it('keeps them in one-to-one mail without an unsubscribe link', async () => {
    const v = await scan({
      from: 'SecVendor Insights <news@secvendor.example>',
      to: 'reader@example.com',
      text: text.replace(/\n\nUnsubscribe.*$/, ''),
    });
    expect(v.signals.some((s) => s.id.startsWith('email.content.') && s.severity !== 'info')).toBe(true);
  });
});

describe("email.link.brand_links_elsewhere and a shop platform's mail for a merchant", () => {
  const ID = 'email.link.brand_links_elsewhere';
  const shopify = resolveConfig({
    brands: [{ name: 'Shopify', domains: ['shopify.com', 'shopifyemail.com'] }],
  });
  const scanShop = (o: EmlOptions) =>
    analyzeEmail(eml({ subject: 'Your order', ...o }), { config: shopify, scorer: null });
  const html =
    '<p>Your order is on the way.</p><p><a href="https://kettleandember.example/orders/123/authenticate?key=abc">View your order</a> <a href="https://www.ups.com/track?tracknum=1Z">Track</a></p>';
  it("leaves the merchant's name, Reply-To and shop links alone", async () => {
    const v = await scanShop({
      from: 'Kettle & Ember Coffee <store+691@t.shopifyemail.com>',
      replyTo: 'hello@kettleandember.example',
      html,
    });
    expectAbsent(v, ID);
  });
  it("still fires when the display name is the platform's", async () => {
    const v = await scanShop({
      from: 'Shopify Support <store+691@t.shopifyemail.com>',
      replyTo: 'hello@kettleandember.example',
      html,
    });
    expectFires(v, ID);
  });
});

describe("url.model.phishing on a mail service's click tracker", () => {
  it('is context (low), not evidence, on a Brevo tracker', async () => {
    const { createScanner } = await import('../../src/scanner.js');
    const scanner = createScanner(resolveConfig({}));
    const v = await scanner.email(
      eml({
        from: 'Grimpe en Seine <contact@grimpeenseine.example>',
        to: 'membre@example.fr',
        subject: 'La lettre du club',
        html: '<p>Réinscriptions ouvertes.</p><p><a href="https://9x2mb.r.sp1-brevo.net/mk/cl/f/sh/X5ra5LNbvacUbi0TVjbuFU_oaVwgELk-V4hD9Pc9/Li1eAG4YXGHkI-P8cJP0Z5vTrFe3uG1PW47lq0CX7cpYBourMMmld4DDTdrj">Je me réinscris</a></p>',
      }),
    );
    const s = v.signals.find((x) => x.id === 'url.model.phishing');
    if (s) expect(s.severity).toBe('low');
    expect(v.verdict).toBe('clean');
  });
});

describe('a newsletter about fraud quoting the red flag', () => {
  it('does not read \'a "new remittance instructions" email\' as a bank change', async () => {
    const v = await scan({
      from: 'Jenna at Clearpath <jenna@clearpathpay.example>',
      to: 'ap@customer.example',
      text: 'Webinar: stopping vendor impersonation and wire fraud in AP. The five red flags in a "new remittance instructions" email, and building a call-back control.\n\nUnsubscribe: https://clearpathpay.example/unsubscribe?u=1',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('still reads the change unquoted in one-to-one mail', async () => {
    const v = await scan({
      from: 'Jenna <jenna@vendor.example>',
      text: 'Please note our new remittance instructions: pay all open invoices to the account below from today.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('sixteenth round (held out, read after its numbers were taken)', () => {
  const brands = resolveConfig({
    brands: [
      { name: 'KLM', domains: ['klm.com'] },
      { name: 'Intuit', domains: ['intuit.com', 'turbotax.com'] },
    ],
  });
  const scanBrand = (o: EmlOptions) =>
    analyzeEmail(eml({ subject: 'Your trip', ...o }), { config: brands, scorer: null });
  it("leaves a brand's mail linking to its own country site (klm.nl from klm.com) alone", async () => {
    const v = await scanBrand({
      from: 'KLM Royal Dutch Airlines <noreply@info.klm.com>',
      html: '<p>Inchecken is geopend.</p><p><a href="https://www.klm.nl/check-in">Nu inchecken</a></p>',
    });
    expectAbsent(v, 'email.link.brand_links_elsewhere');
  });
  it("leaves a tax app's mail linking to irs.gov alone, but not a sign-in page on a .gov host", async () => {
    const irs = await scanBrand({
      from: 'TurboTax <TurboTax@em1.turbotax.intuit.com>',
      text: 'The IRS accepted your federal return. Track your refund at https://www.irs.gov/refunds',
    });
    expectAbsent(irs, 'email.link.brand_links_elsewhere');
    const kit = await scanBrand({
      from: 'TurboTax <service@turbotax.intuit.com>',
      text: 'Restore your account access: http://gate1.pmis.gov.mn/gobi/..secure/cgi-bin/webscr_login.php',
    });
    expectFires(kit, 'email.link.brand_links_elsewhere');
  });
  it('reads "I called her on the number in our vendor master … $1.00 test deposit … confirmed" as a verified change', async () => {
    const v = await scan({
      from: 'Owen Pratt <owen.pratt@kestrel.example>',
      to: 'AP Team <ap-team@kestrel.example>',
      subject: 'Vendor master update: new remittance account (verified)',
      text: 'Alderbrook submitted a bank change through the supplier portal. I called Lena on the number in our vendor master; she confirmed the change. Treasury sent a $1.00 test deposit and Lena confirmed receipt today.',
    });
    expect(v.verdict).toBe('clean');
    expect(v.signals.find((s) => s.id === 'email.content.payment_change')?.severity ?? 'medium').toBe(
      'medium',
    );
  });
});
