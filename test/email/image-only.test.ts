/**
 * Image-only lures without OCR (issue 12): the words moved into a picture, the picture is the link.
 * What evidence remains — the picture hides a link to another site, a pressing subject, a login or
 * throwaway page — fires email.structure.image_link_elsewhere (a deception), so with the image-only
 * ask the verdict is flagged. An image-only promotion linking to the shop's own site and a newsletter
 * with one hero image stay clean.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { loadEmailModel } from '../../src/email/model.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.structure.image_link_elsewhere';
const config = resolveConfig({ limits: { time_ms: 60_000 } });
const model = loadEmailModel();
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: model });
const png = new Uint8Array(4096).fill(7);
png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const picture = (href: string) =>
  `<p>Please see the notice below.</p><a href="${href}"><img src="https://img.notice-cdn.example/n.png" width="600"></a>`;

describe('email.structure.image_link_elsewhere', () => {
  it('fires on a picture linking to another site under a pressing subject, and the verdict is flagged', async () => {
    const v = await scan({
      from: 'Mail Administrator <admin@mailhost-services.example>',
      subject: 'Action required: your mailbox will be suspended within 24 hours',
      html: picture('https://webmail-restore.example/account/validate'),
    });
    const s = expectFires(v, ID);
    expect(s.message).toMatch(
      /links to webmail-restore\.example, not the sender's mailhost-services\.example/,
    );
    expect(s.evidence[0]).toMatchObject({
      where: 'body:html',
      text: 'https://webmail-restore.example/account/validate',
    });
    expectFires(v, 'email.structure.image_only_body');
    expect(v.verdict).not.toBe('clean');
  });

  it('fires on a plain subject when the hidden link goes to a login page on an IP address', async () => {
    const v = await scan({
      from: 'Billing <billing@shop-notices.example>',
      subject: 'Statement',
      html: picture('http://192.0.2.44/secure/signin.php'),
    });
    expect(expectFires(v, ID).message).toMatch(/login or throwaway page/);
  });

  it('fires on an attached picture with a link elsewhere and an urgent subject', async () => {
    const v = await scan({
      from: 'Accounts <ar@vendor-billing.example>',
      subject: 'URGENT: payment due today',
      text: 'Please see the attached notice. https://pay-portal.example/invoice',
      attachments: [{ filename: 'notice.png', contentType: 'image/png', content: png }],
    });
    expect(expectFires(v, ID).message).toMatch(/attached picture and a link to pay-portal\.example/);
  });

  it('counts visible link addresses as links, not words: an attached picture with long payment links is image only', async () => {
    const links = [
      'https://pay-portal.example/invoice/INV-88412/settle?customer=fabrikam-ap&ref=20261201',
      'https://pay-portal.example/invoice/INV-88412/download?format=pdf&copy=remittance-advice',
      'https://pay-portal.example/support/contact-billing-team?topic=overdue-invoice-88412',
    ];
    const v = await scan({
      from: 'Accounts <ar@vendor-billing.example>',
      subject: 'URGENT: payment due today',
      html: `<p>Please see the attached notice.</p>${links.map((l) => `<p><a href="${l}">${l}</a></p>`).join('')}`,
      attachments: [{ filename: 'notice.png', contentType: 'image/png', content: png }],
    });
    expect(expectFires(v, 'email.structure.image_only_body').message).toMatch(/5 readable word\(s\)/);
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
  });

  it('fires on a prize to claim in the subject of one-to-one mail', async () => {
    const v = await scan({
      from: 'Northwind Opinion Requested <noreply@survey-mailer.example>',
      subject: "Congrats! You've received a Northwind reward!",
      html: picture('http://cxoggs.rewards-landing.example/4CxOGG17866ndwI177'),
    });
    expect(expectFires(v, ID).message).toMatch(
      /the subject presses \("you've received a northwind reward"\)/,
    );
    expect(v.verdict).not.toBe('clean');
  });

  it('fires on a hidden link that carries a mail address, as kits do to prefill the sign-in', async () => {
    const v = await scan({
      from: '"Banco Northwind S.A." <nao-responder@northwind-prime.example>',
      subject: 'Beneficios disponivel para pagamento',
      html: picture('https://mtec-net.example/ib2www/?cliente=rodrigo.p%40mail.example'),
    });
    expect(expectFires(v, ID).message).toMatch(/carries a mail address/);
    expect(v.verdict).not.toBe('clean');
  });

  it.each<[string, EmlOptions]>([
    [
      "a shop's loyalty mail (unsubscribe header) with an image-only reward through its mailer's links",
      {
        from: 'Northwind Rewards <rewards@news.northwind-shop.example>',
        subject: 'Congrats! You have earned a reward - claim your voucher',
        headers: { 'List-Unsubscribe': '<https://mailer-esp.example/u/abc123>' },
        html: picture('https://click.mailer-esp.example/ls/click?upn=abc123'),
      },
    ],
    [
      "a newsletter's picture link carrying the subscriber's address (unsubscribe header)",
      {
        from: 'Garden Club <news@garden-club.example>',
        subject: 'Spring catalogue',
        headers: { 'List-Unsubscribe': '<mailto:leave@garden-club.example>' },
        html: picture('https://catalogue-host.example/spring?reader=bob%40recipient.example'),
      },
    ],
  ])('stays clean for %s', async (_, o) => {
    const v = await scan(o);
    expectAbsent(v, ID);
    expect(v.verdict).toBe('clean');
  });

  it('does not read an unsubscribe link carrying the address as a kit prefilling its sign-in', async () => {
    // (the URL model has its own view of an address in a query; this rule must not add to it)
    const v = await scan({
      from: 'Garden Club <news@garden-club.example>',
      subject: 'Spring catalogue',
      html: picture('https://catalogue-host.example/unsubscribe?email=bob%40recipient.example'),
    });
    expectAbsent(v, ID);
  });

  it.each<[string, EmlOptions]>([
    [
      'a newsletter with an attached flyer and its own text',
      {
        from: 'Garden Club <news@garden-club.example>',
        subject: 'Spring fair: flyer attached',
        html: '<p>Dear members, the spring fair takes place on Saturday in the town hall garden from ten until four. Stalls sell seedlings, cakes and second-hand tools; the choir sings at noon. The flyer is attached, please print it for the notice board.</p><p>https://www.garden-club.example/fair</p>',
        attachments: [{ filename: 'flyer.png', contentType: 'image/png', content: png }],
      },
    ],
    [
      'an invitation with an attached poster and a link to an event site',
      {
        from: 'Garden Club <news@garden-club.example>',
        subject: 'Invitation: summer concert',
        html: '<p>Our poster for the summer concert is attached.</p><p><a href="https://tickets-host.example/e/summer-concert-2026">https://tickets-host.example/e/summer-concert-2026</a></p>',
        attachments: [{ filename: 'poster.png', contentType: 'image/png', content: png }],
      },
    ],
  ])('stays clean for %s', async (_, o) => {
    const v = await scan(o);
    expectAbsent(v, ID);
    expect(v.verdict).toBe('clean');
  });

  it('stays silent for an image-only promotion linking to the shop itself, however pressing', async () => {
    const v = await scan({
      from: 'Northwind Shop <offers@news.northwind-shop.example>',
      subject: 'Last chance: 50% off ends today',
      html: picture('https://www.northwind-shop.example/sale/spring'),
    });
    expectAbsent(v, ID);
    expect(v.verdict).toBe('clean');
  });

  it('stays silent for an image-only invitation with a plain subject and an ordinary link elsewhere', async () => {
    const v = await scan({
      from: 'Garden Club <news@garden-club.example>',
      subject: 'Spring catalogue',
      html: picture('https://catalogue-host.example/spring-2026'),
    });
    expectAbsent(v, ID);
    expect(v.verdict).toBe('clean');
  });

  it('stays silent for a newsletter with one hero image and readable text', async () => {
    const v = await scan({
      from: 'Garden Club <news@garden-club.example>',
      subject: 'Act now: volunteers needed today',
      html: `<a href="https://photos-host.example/album"><img src="https://img.garden-club.example/hero.png"></a><h1>Spring is here</h1><p>The committee met on Tuesday to review the garden plans for the spring season. Volunteers will water the seedlings each morning until the end of the month, and the library hosts a reading hour for children every Saturday at ten.</p>`,
    });
    expectAbsent(v, 'email.structure.image_only_body');
    expectAbsent(v, ID);
    expect(v.verdict).toBe('clean');
  });
});

describe('email.structure.image_only_body without a link: a BEC request as a screenshot', () => {
  it('is the ask beside a sender deception, so a cousin domain sending only a picture is flagged', async () => {
    const v = await scan({
      from: 'Dana Whitfield <dana@northwindtrading-inc.example>',
      to: 'ap@northwindtrading.example',
      subject: 'Request',
      text: 'See attached.',
      attachments: [{ filename: 'request.png', contentType: 'image/png', content: png }],
    });
    expect(expectFires(v, 'email.structure.image_only_body').severity).toBe('low');
    expect(expectFires(v, 'email.sender.recipient_lookalike').severity).toBe('medium');
    expect(v.explanation?.gate).toMatchObject({ open: true, ask: true, deception: true, confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it("stays clean for a friend's photo with one line from an ordinary sender", async () => {
    const v = await scan({
      from: 'Sam <sam.r@gmail.com>',
      to: 'kim@fabrikam.example',
      subject: 'from Saturday',
      text: 'Here is the photo from the picnic!',
      attachments: [{ filename: 'picnic.png', contentType: 'image/png', content: png }],
    });
    expectFires(v, 'email.structure.image_only_body');
    expect(v.explanation?.gate?.deception).toBe(false);
    expect(v.verdict).toBe('clean');
  });
});

describe('email.structure.image_link_elsewhere: image maps, brand senders and abused top-level domains', () => {
  const mapped = (brandHref: string, areaHref: string) =>
    `<a href="${brandHref}"><map name="m"><area coords="0,0,623,349" shape="rect" href="${areaHref}"></map><img src="https://img.notice-cdn.example/n.png" usemap="#m" width="600"></a>`;
  it('reads an image map region as the picture’s link', async () => {
    const v = await scan({
      from: 'Customer Service <support@bank-notices.example>',
      subject: 'Customer notification: details confirmation',
      html: mapped('https://bank-notices.example/confirm', 'http://userconf.example:880'),
    });
    expect(expectFires(v, ID).message).toMatch(/links to userconf\.example:880/);
  });
  it('fires when a brand’s own domain sends a picture linking to a site no brand owns', async () => {
    const v = await scan({
      from: 'eBay <support_ref_377489@ebay.com>',
      subject: 'Protect your account',
      html: mapped('https://signin.ebay.com/ws/eBayISAPI.dll?SignIn', 'http://ebay-global.example'),
    });
    expect(expectFires(v, ID).message).toMatch(/a brand whose pictures do not link to ebay-global\.example/);
  });
  it('fires when the picture links to a throwaway name under an abused top-level domain', async () => {
    const v = await scan({
      from: 'Grady Hurt <ttdrv@logistics-uk.example>',
      subject: 'We cannot cancel your payment N939607837',
      html: picture('http://perspiration.bobzaz.xyz/?02254e73c8ebf'),
    });
    expect(expectFires(v, ID).message).toMatch(/login or throwaway page \(perspiration\.bobzaz\.xyz/);
  });
  it.each([
    [
      'a brand’s image map to its own pages',
      'eBay <deals@ebay.com>',
      mapped('https://www.ebay.com/deals', 'https://www.ebay.com/b/Toys'),
    ],
    [
      'a shop under .xyz linking its picture to its own site',
      'Glow Shop <news@glow.xyz>',
      picture('https://glow.xyz/sale'),
    ],
  ])('stays silent for %s', async (_, from, html) => {
    expectAbsent(await scan({ from, subject: 'Spring deals', html }), ID);
  });
});
