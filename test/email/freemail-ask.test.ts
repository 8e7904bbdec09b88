/**
 * email.sender.freemail_business_ask: a personal free mail account asking a company address for a
 * payment, new bank details or a sign-in. Firing lures beside the legitimate look-alikes that must
 * stay silent (private mail between free mail users, a list post, a company's own invoice, a note
 * without an ask).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, signalIds } from '../helpers/verdict.js';

const ID = 'email.sender.freemail_business_ask';
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config: resolveConfig({}), scorer: null });

const DISCOUNTED_INVOICE =
  'Great news about the merger! We applied the 5% early payment discount to the Jacobson invoice, ' +
  'so the amount due is now $80,097. Please process the wire transfer today, before the cut-off.\n\nAlexis';

describe(ID, () => {
  it('fires for a yahoo.com sender asking a company to wire money today, and the message flags', async () => {
    const v = await scan({
      from: 'Alexis Green <alexis.green909@yahoo.com>',
      to: 'Jean Woods <jean.woods@jacobson.example>',
      subject: 'Adjusted payment - today please',
      text: DISCOUNTED_INVOICE,
    });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({ category: 'impersonation', severity: 'medium' });
    expect(s.evidence[0]).toMatchObject({ where: 'header:From', text: expect.stringContaining('yahoo.com') });
    // the ask it read is named and quoted, so an analyst sees why
    expect(s.message).toMatch(/urgent_payment|payment_request/);
    expect(s.evidence.length).toBe(2);
    // a deception beside the content rules' ask: the evidence gate opens even with no model
    expect(v.explanation?.gate).toMatchObject({ ask: true, deception: true, open: true });
    expect(v.verdict).not.toBe('clean');
  });

  it('fires for a credential ask from an outlook.com address', async () => {
    const v = await scan({
      from: 'Joyce Patel <joycepatel@outlook.com>',
      to: 'elizabeth_powell@ironwood.example',
      subject: 'Your password expires today',
      text:
        'Your mailbox password expires today. To keep access to your email, verify your account ' +
        'now at https://ironwood-portal.example/login or your account will be suspended.',
    });
    expectFires(v, ID);
  });

  it('reads every From: a second From header does not hide the free mail sender', async () => {
    const v = await scan({
      from: 'Accounts <ap@vendor.example>',
      headers: [['From', 'Alexis Green <alexis.green909@yahoo.com>']],
      to: 'jean.woods@jacobson.example',
      text: DISCOUNTED_INVOICE,
    });
    expect(expectFires(v, ID).message).toContain('yahoo.com');
  });

  it('takes a picture-only body under a subject about money as the ask (the words are in the picture)', async () => {
    const png = new Uint8Array(4096).fill(7);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const picture = (subject: string) =>
      scan({
        from: 'Stephanie Rivera <s.rivera@outlook.com>',
        to: 'tpatel@watson.example',
        subject,
        text: 'See attached.',
        attachments: [{ filename: 'status.png', contentType: 'image/png', content: png }],
      });
    const v = await picture('Watson Group payment status: $19,983');
    expect(expectFires(v, ID).message).toContain('image_only_body');
    expect(v.verdict).not.toBe('clean');
    // the same picture under a plain subject is a friend's photo
    expectAbsent(await picture('from Saturday'), ID);
  });

  it.each<[string, EmlOptions, boolean]>([
    [
      'friends settling a bill between free mail addresses',
      {
        from: 'Sam <sam.r@gmail.com>',
        to: 'Kim <kim.t@yahoo.com>',
        text: 'Can you wire transfer me the $80 for the concert tickets today? The payment is due tonight.',
      },
      true,
    ],
    [
      'a free mail note to a company without an ask',
      {
        from: 'Dana Lee <dana.lee@gmail.com>',
        to: 'careers@northwind.example',
        subject: 'Thank you for the interview',
        text: 'Thank you for taking the time to meet me yesterday. I enjoyed learning about the team.',
      },
      false,
    ],
    [
      'a mailing-list post from gmail.com that talks about payments',
      {
        from: 'Lee <lee.dev@gmail.com>',
        to: 'users@lists.project.example',
        headers: { 'List-Id': '<users.lists.project.example>' },
        text: DISCOUNTED_INVOICE,
      },
      true,
    ],
    [
      "a company's own invoice reminder from its own domain",
      {
        from: 'Accounts Receivable <ar@vendor.example>',
        to: 'jean.woods@jacobson.example',
        text: DISCOUNTED_INVOICE,
      },
      true,
    ],
  ])('stays silent for %s', async (_, o, asks) => {
    const v = await scan(o);
    // the look-alikes that carry the same ask prove it is the sender, not the words, that decides
    expect(signalIds(v).some((id) => /^email\.content\.(urgent_payment|payment_request)$/.test(id))).toBe(
      asks,
    );
    expectAbsent(v, ID);
  });

  it('leaves a sender that already claims a company role to email.sender.freemail_role_claim', async () => {
    const v = await scan({
      from: 'Robert Hale CEO <robert.hale.ceo@gmail.com>',
      to: 'ap@jacobson.example',
      text: DISCOUNTED_INVOICE,
    });
    expect(signalIds(v)).toContain('email.sender.freemail_role_claim');
    expectAbsent(v, ID);
  });
});

describe('email.sender.freemail_brand_billing', () => {
  const BRAND_ID = 'email.sender.freemail_brand_billing';
  const RECEIPT =
    'PayPal Receipt. Transaction: BTC - Coinbase. Total charges: $1,483.81. If you did not authorize this ' +
    'purchase, call our billing department at 1 888 343 5062 within 24 hours.';
  it('fires for a PayPal charge with a number to call sent from gmail.com, to anyone, and the message flags', async () => {
    const v = await scan({
      from: 'Paid Customer <ruchita.s732@gmail.com>',
      to: 'someone@gmail.com',
      text: RECEIPT,
    });
    expectFires(v, 'email.content.callback');
    const s = expectFires(v, BRAND_ID);
    expect(s.message).toContain('paypal');
    expect(s.evidence[0]).toMatchObject({ where: 'header:From' });
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it("stays silent for PayPal's own receipt from its own domain", async () => {
    const v = await scan({ from: 'PayPal <service@paypal.com>', to: 'someone@gmail.com', text: RECEIPT });
    expectAbsent(v, BRAND_ID);
  });
  it('stays silent for a freelancer billing from gmail in their own name (no brand, no call hook)', async () => {
    const v = await scan({
      from: 'Dana Web Design <dana.webdesign@gmail.com>',
      to: 'office@bakery.example',
      text: 'Invoice 2024-07 for the new website: $850. You can pay by bank transfer or PayPal. Thanks, Dana',
    });
    expectAbsent(v, 'email.content.callback');
    expectAbsent(v, BRAND_ID);
  });
  it('fires without a brand when a charge from free mail carries the dispute hook and no links', async () => {
    const v = await scan({
      from: '"Kundenservice" <kundenservice.abrechnung@gmx.net>',
      to: 'kunde@example.de',
      text: 'Ihre Bestellung Nr. 88412: Jahresverlängerung 349,99 EUR. Falls Sie diese Verlängerung nicht wünschen, rufen Sie uns innerhalb von 24 Stunden an: 0800 555 0142.',
    });
    expect(expectFires(v, 'email.content.callback')).toMatchObject({ severity: 'high' });
    expect(expectFires(v, BRAND_ID).message).toContain('dispute');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent without a brand when the free mail sender only says to call with questions (medium callback)', async () => {
    const v = await scan({
      from: 'Rosa Plumbing <rosa.plumbing@gmail.com>',
      to: 'office@bakery.example',
      text: 'Invoice 118 for the boiler repair: $420. Call me at 555-201-3344 with any questions. Pay online at https://rosaplumbing.example/pay or https://rosaplumbing.example/invoices, or see https://rosaplumbing.example/terms.',
    });
    expectAbsent(v, BRAND_ID);
  });
  it('stays silent for a friend forwarding a Norton renewal notice with no number to call', async () => {
    const v = await scan({
      from: 'Tom <tom.k@gmail.com>',
      to: 'ana@gmail.com',
      text: 'Is this real? ---- Your Norton 360 subscription renews on 3 May for $89.99. Manage it in your account.',
    });
    expectAbsent(v, BRAND_ID);
  });
});

describe('email.sender.stranger_brand_billing', () => {
  const ID = 'email.sender.stranger_brand_billing';
  const NORTON =
    'Your Norton 360 Plus annual plan renews today. Amount: $299.99. If you did not authorize this renewal, ' +
    'call our billing team at +1 (805) 248 4054 before the charge is final.';
  it('fires for a Norton renewal with a number to call from a domain that is not Norton’s, and the message flags', async () => {
    const v = await scan({
      from: 'E-Receipt Team <billing@nt.mapelmoulds.example>',
      to: 'ana@gmail.com',
      text: NORTON,
    });
    expectFires(v, 'email.content.callback');
    const s = expectFires(v, ID);
    expect(s.message).toContain('nt.mapelmoulds.example');
    expect(s.evidence[0]).toMatchObject({ where: 'header:From' });
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    ["Norton's own notice", 'Norton <billing@norton.com>'],
    ["the brand's other domain", 'NortonLifeLock <no-reply@nortonlifelock.com>'],
    [
      "a brand domain the brand list does not hold (Kaspersky's regional one)",
      'Kaspersky <billing@kaspersky.co.uk>',
    ],
    ['free mail (freemail_brand_billing says that)', 'Billing <billing.team77@gmail.com>'],
  ])('stays silent for %s', async (_, from) => {
    const text = from.includes('kaspersky') ? NORTON.replace('Norton 360 Plus', 'Kaspersky Premium') : NORTON;
    expectAbsent(await scan({ from, to: 'ana@gmail.com', text }), ID);
  });
  it("stays silent for a reseller's receipt that names itself beside the product", async () => {
    const v = await scan({
      from: 'Best Buy <receipts@bestbuy.com>',
      to: 'ana@gmail.com',
      text: `Thank you for shopping at Best Buy. ${NORTON}`,
    });
    expectAbsent(v, ID);
  });
  it('stays silent for a generic "antivirus" renewal that names no company', async () => {
    const v = await scan({
      from: 'Shop <billing@softshop.example>',
      to: 'ana@gmail.com',
      text: NORTON.replace('Norton 360 Plus', 'antivirus'),
    });
    expectAbsent(v, ID);
  });
});
