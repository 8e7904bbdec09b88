/**
 * From the thirty-fourth round of hand-made mail (measured unread, then read): legitimate mail the
 * rules flagged — an intranet link, DHL's own top-level domain, Italian certified mail (PEC), a
 * Japanese supplier's password-protected quote whose password comes in a second mail — each with the
 * attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { imitatesDomain, inspectUrl } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';
import { makeZip } from '../helpers/zip.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a link to a host under a name reserved for private networks', () => {
  it("is the organisation's own network: the URL model's opinion is not evidence", () => {
    for (const u of [
      'https://itss.jinhe-auto.local/pwd/change?user=zhang',
      'https://wiki.corp.internal/login',
      'http://portal.home.arpa/reset',
    ])
      expectAbsent(inspectUrl(u, { config, where: 'body:html' }), 'url.model.phishing');
  });
  it('a public look-alike of the same path is still judged', () => {
    expectFires(
      inspectUrl('https://itss-jinhe-auto-pwd.top/pwd/change/verify-login.php?user=zhang', {
        config,
        where: 'body:html',
      }),
      'url.model.phishing',
    );
  });
});

describe("DHL's own top-level domain", () => {
  it("a link to mydhl.express.dhl is DHL's in DHL's mail", async () => {
    const v = await scan({
      from: 'DHL Express <noreply@dhl.com>',
      to: 'a@example.com',
      html: '<p>Duty payment required for waybill 4418220931.</p><p><a href="https://mydhl.express.dhl/gb/en/pay.html?awb=4418220931">Pay now</a></p>',
    });
    expectAbsent(v, 'email.link.brand_links_elsewhere');
  });
  it('a link to another site from dhl.com still fires', async () => {
    const v = await scan({
      from: 'DHL Express <noreply@dhl.com>',
      to: 'a@example.com',
      html: '<p>Duty payment required.</p><p><a href="https://customs-payments.example/pay">Pay now</a></p>',
    });
    expectFires(v, 'email.link.brand_links_elsewhere');
  });
});

describe('Italian certified mail (PEC)', () => {
  it('"Per conto di: <sender>" from the provider\'s posta-certificata is the envelope, not a spoof', async () => {
    const v = await scan({
      from: '"Per conto di: sdi01@pec.fatturapa.it" <posta-certificata@legalmail.it>',
      text: 'Consegna fattura elettronica.',
    });
    expectAbsent(v, 'email.sender.display_name_address_spoof');
  });
  it('the same display name from any other mailbox still fires', async () => {
    const v = await scan({
      from: '"Per conto di: sdi01@pec.fatturapa.it" <avvisi@fatture-pec.example>',
      text: 'Consegna fattura.',
    });
    expectFires(v, 'email.sender.display_name_address_spoof');
  });
});

describe('a password-protected archive whose password comes in a second mail, in Japanese', () => {
  const zip = { filename: '御見積書.zip', contentType: 'application/zip', content: encryptedZip() };
  it('is context (low)', async () => {
    const v = await scan({
      from: '小林 <t.kobayashi@gohaku-metal.example>',
      to: 'sato@buyer.example',
      text: 'お見積書を添付にてお送りいたします。パスワードは別途メールにてお送りいたします。',
      attachments: [zip],
    });
    expect(expectFires(v, 'email.attachment.encrypted_archive').severity).toBe('low');
  });
  it('is not when nothing says the password comes another way', async () => {
    const v = await scan({
      from: '小林 <t.kobayashi@gohaku-metal.example>',
      to: 'sato@buyer.example',
      text: 'お見積書を添付にてお送りいたします。ご確認ください。',
      attachments: [zip],
    });
    expect(expectFires(v, 'email.attachment.encrypted_archive').severity).not.toBe('low');
  });
});

/** A zip whose one entry has the encryption flag set (the content is never read). */
function encryptedZip(): Uint8Array {
  const z = Buffer.from(makeZip([{ name: 'quote.pdf', data: '%PDF-1.4 quote' }], false));
  z.writeUInt16LE(1, 6); // local header: general purpose flag bit 0
  const cd = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  z.writeUInt16LE(1, cd + 8); // central directory: the same flag
  return new Uint8Array(z);
}

describe("a cousin that keeps the recipient's first name-word and swaps the rest for company words", () => {
  it('brightwater-hr.com for brightwater-analytics.com, hadar-it-support.co.il for hadar-ins.co.il: weak', () => {
    expect(imitatesDomain('brightwater-hr.com', 'brightwater-analytics.com')).toMatchObject({
      strength: 'weak',
    });
    expect(imitatesDomain('hadar-it-support.co.il', 'hadar-ins.co.il')).toMatchObject({ strength: 'weak' });
  });
  it('not another suffix, a short first word, another company word only, or two company names', () => {
    expect(imitatesDomain('brightwater-hr.net', 'brightwater-analytics.com')).toBeNull();
    expect(imitatesDomain('acme-hr.com', 'acme-foods.com')).toBeNull();
    expect(imitatesDomain('brightwater-hr.com', 'brightwater-group.com')).toBeNull();
    expect(imitatesDomain('north-star.com', 'north-wind.com')).toBeNull();
  });
});

describe("a payee's wire-fraud warning", () => {
  const warning =
    "Funds to close: $86,412.19. You can bring a cashier's check or send a wire.\n" +
    'WIRE FRAUD WARNING: Lumen Ridge Title will never change our wiring instructions by email, text, or phone. ' +
    'Before sending any wire, call our office at the number on our website or your contract, (512) 555-0102, to confirm. ' +
    'If you receive any email that appears to come from us with "updated" instructions, do not act on it; call us immediately.';
  it('is no pressed payment and no callback lure', async () => {
    const v = await scan({
      from: 'Melissa Grant <mgrant@lumenridgetitle.example>',
      to: 'buyer@example.com',
      text: warning,
    });
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.content.callback');
  });
  it('the pressed wire without the warning still fires', async () => {
    const v = await scan({
      from: 'Melissa Grant <mgrant@lumenridgetitle.example>',
      to: 'buyer@example.com',
      text: 'Funds to close: $86,412.19. Please send the wire transfer immediately, today, or the closing is cancelled.',
    });
    expectFires(v, 'email.content.urgent_payment');
  });
});
