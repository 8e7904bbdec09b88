/**
 * From the seventy-first round of hand-made mail (veterinary practices in Cork, Galway and Belfast;
 * English and Irish), read after it was measured unread: its four false alarms (a supplier's payment
 * reminder, a webinar platform's join link, Parcelforce, Ryanair's mail domain) and two of its
 * English attacks (One4all gift cards, a card acquirer's look-alike). Each beside the lure or the
 * legitimate mail it must still tell apart.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { analyzeDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'accounts@tobarvets.example';

describe('round 71: four false alarms', () => {
  it('"if paid already, disregard this reminder, or send remittance details" is no bank change', async () => {
    const v = await scan({
      from: 'Zoetis Ireland Credit Control <creditcontrol.ireland@zoetis.com>',
      to,
      subject: 'Payment reminder – invoice 9154418820',
      text: 'Our records show invoice 9154418820 (€1,284.60) is now 14 days overdue. Payment can be made to the bank account shown on the invoice. If payment has already been made, please accept our thanks and disregard this reminder, or send remittance details to this address so that we can allocate it.',
    });
    expectAbsent(v, 'email.content.payment_change');
    expect(v.verdict).toBe('clean');
  });

  it('"please disregard the bank details on our previous invoices" is still the bank change', async () => {
    const v = await scan({
      from: 'Accounts <accounts@vet-supplies.example>',
      to,
      text: 'Please disregard the bank details on our previous invoices and make this payment to our new account, details attached.',
    });
    expectFires(v, 'email.content.payment_change');
  });

  it("Parcelforce is no Salesforce look-alike, while Salesforce's name beside a lure word still is", () => {
    expect(analyzeDomain('parcelforce.co.uk', { config }).signals.map((s) => s.id)).not.toContain(
      'domain.lookalike.combosquat',
    );
    expect(analyzeDomain('salesforce-login-verify.com', { config }).signals.map((s) => s.id)).toContain(
      'domain.lookalike.combosquat',
    );
  });

  it("Ryanair's check-in reminder from ryanairemail.com is Ryanair's own", async () => {
    const v = await scan({
      from: 'Ryanair <do_not_reply@ryanairemail.com>',
      to,
      text: 'Check in now for your flight to Málaga. Airport check-in costs €55 per passenger.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });

  it("a webinar registration from on24event.com with its join link on event.on24.com: the URL model's view is no evidence", async () => {
    const v = await scan({
      from: 'MSD Animal Health Webinars <noreply@on24event.com>',
      to,
      text: 'Your registration is confirmed. Join here: https://event.on24.com/wcc/r/4817302/A1C3E9F05B7D2E44F9C0/1138842?mode=login&email=padraig@tobarvets.example',
    });
    expect(v.signals.find((s) => s.id === 'url.model.phishing')?.severity ?? 'info').not.toBe('high');
    expect(v.verdict).toBe('clean');
  });
});

describe('round 71: One4all cards and a card acquirer', () => {
  it('One4all cards bought quietly, the backs scratched and photographed, from free mail', async () => {
    const v = await scan({
      from: "Gráinne O'Mahony <grainne.omahony.tobarvets@gmail.com>",
      to,
      subject: 'Small favour',
      text: "Are you on the desk today? I'm stuck in a meeting all afternoon. Could you nip out and get six €100 One4all cards? When you have them, scratch the back and send me a clear photo of each one. Don't say anything to the girls, it's a surprise!",
    });
    expectFires(v, 'email.content.gift_card');
    expect(v.verdict).not.toBe('clean');
  });

  it('Google Play cards in German and PCS coupons in French, their codes asked for, are the same scam', async () => {
    const de = await scan({
      from: 'Direktor <chef.mueller@gmx.de>',
      to,
      text: 'Hallo, ich brauche dringend 5 Google-Play-Karten zu je 100 Euro. Bitte kratzen Sie die Rückseite frei und schicken Sie mir Fotos der Codes.',
    });
    expectFires(de, 'email.content.gift_card');
    const fr = await scan({
      from: 'Directeur <dir.martin@gmail.com>',
      to,
      text: "Bonjour, achetez 4 coupons PCS de 100 euros aujourd'hui et envoyez-moi les codes par mail.",
    });
    expectFires(fr, 'email.content.gift_card');
    const shop = await scan({
      from: 'Markt <news@markt.example>',
      to,
      text: 'Jetzt neu: Google-Play-Karten und Guthabenkarten an der Kasse. Codes einlösen unter play.google.com.',
    });
    expectAbsent(shop, 'email.content.gift_card');
  });

  it('Elavon glued to "merchantservices" is a look-alike; elavon.ie is Elavon', async () => {
    const fake = await scan({
      from: 'Ciara Brennan <ciara.brennan@elavon-merchantservices.com>',
      to,
      text: "I'm following up on the voice message I left this morning. A non-compliance charge of €79.99 per terminal will be added from your next statement. You can reach me directly on 01 513 4472.",
    });
    expectFires(fake, 'email.sender.lookalike_domain');
    const real = await scan({
      from: 'Ciara Brennan <ciara.brennan@elavon.ie>',
      to,
      text: 'Your new terminal ships on Monday.',
    });
    expectAbsent(real, 'email.sender.lookalike_domain');
  });
});
