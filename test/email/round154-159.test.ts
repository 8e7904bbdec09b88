/**
 * Rounds 155-159 (an accounting firm in Jakarta, a printing house in Budapest, a CPA firm in Ohio, a
 * security startup in Tel Aviv, public adjusters in Tampa), scored unread: their false alarms, read
 * afterwards. A lender's statement linking to the company's own other domain, which its display name
 * spells; reports of lures in Spanish and English whose forwarders say "no lo abrí" or "don't change
 * anything"; a reported renewal scam, whose brand billing is the lure's, shown and not weighed; a
 * client portal and a training platform's sign-in, each its reader's or sender's own site. Each
 * beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a lure reported in Spanish: "no lo abrí … ¿me confirmas si es falso?"', () => {
  const LURE =
    '---------- Mensaje reenviado ----------\nDe: "Laura Ocampo a través de DocuSign" <dse@docusign-nam.example>\nAsunto: Complete con DocuSign: Acuerdo de liquidación\n\nLaura Ocampo le envió un documento para revisar y firmar: https://docusign-nam.example/Signing/EmailStart.aspx?a=6f1c2e0b';
  const report = (note: string) =>
    scan({
      from: 'Marisol Quintero <marisol@gulfline-adjusters.example>',
      to: 'Owen <owen@gulfline-adjusters.example>',
      subject: 'RV: Complete con DocuSign: Acuerdo de liquidación',
      text: `${note}\n\n${LURE}`,
    });
  it('is shown, not weighed', async () => {
    const v = await report(
      'Hola Owen, me llegó esto a nombre de Laura por DocuSign, pero el correo viene de otro dominio. No lo abrí. ¿Me confirmas si es falso y si hay que avisar a la gente de la oficina?',
    );
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.link_or_file_ask') ?? 'info').toBe('info');
  });
  it('the same forward asking only to sign it is weighed as it stands', async () => {
    const v = await report('Hola Owen, te reenvío el acuerdo de Laura para que lo firmes hoy, por favor.');
    expectAbsent(v, 'email.content.reported_forward');
  });
});

describe('a remittance change reported by the CFO: "please don\'t change anything"', () => {
  const LURE =
    '-----Original Message-----\nFrom: BoothCraft Exhibits - Accounts Receivable <ar@boothcraft-exhibits.example>\nSent: Thursday, March 12, 2026 3:15 PM\nSubject: Updated remittance instructions\n\nGood morning, please note that our bank account has changed, effective immediately. Please update our banking details and send all future ACH and wire payments to our new account at First Harbor Bank, routing 021000021, account 448812907.';
  const forward = (note: string) =>
    scan({
      from: 'Michal Adler <michal@tzurit-security.example>',
      to: 'Noa <noa@tzurit-security.example>',
      subject: 'FW: Updated remittance instructions - BoothCraft Exhibits LLC',
      text: `${note}\n\n${LURE}`,
    });
  it('is shown, not weighed', async () => {
    const v = await forward(
      "Noa, AP got this today. Please don't change anything in BILL. The domain has a hyphen; the real one is boothcraftexhibits.example. Call their accounting team on the number in the signed quote and confirm.",
    );
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.payment_change') ?? 'info').toBe('info');
  });
  it('the same forward asking to make the change is weighed', async () => {
    const v = await forward('Noa, AP got this today. Please update the vendor record before Friday’s run.');
    expectAbsent(v, 'email.content.reported_forward');
    expectFires(v, 'email.content.payment_change');
  });
});

describe('a reported renewal scam: the brand is quoted, not billed', () => {
  const LURE =
    '________________________________\nFrom: Geek Squad Facturación <facturas@gs-renovaciones.example>\nSent: Tuesday, November 24, 2026 7:41 AM\nSubject: Confirmación de renovación automática\n\nGeek Squad · Su plan de protección se renovó automáticamente. Total $489.99 USD. Si usted no autorizó esta renovación o desea cancelarla y recibir un reembolso, llame al +1 (888) 555-0147.';
  it('the brand billed in the forwarded lure is shown at info, as its callback is, not weighed', async () => {
    const v = await scan({
      from: 'Karla Mendoza <karla@gulfline-adjusters.example>',
      to: 'Owen <owen@gulfline-adjusters.example>',
      subject: 'FW: Confirmación de renovación automática',
      text: `Hi Owen, got this at my work email this morning. I did NOT call the number. Is it fake? Should I delete it?\n\n${LURE}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.sender.stranger_brand_billing')).toBe('info');
    expect(v.verdict).toBe('clean');
  });
  it('the renewal itself, from the stranger domain, still names the brand', async () => {
    const v = await scan({
      from: 'Geek Squad Facturación <facturas@gs-renovaciones.example>',
      to: 'Karla <karla@gulfline-adjusters.example>',
      subject: 'Confirmación de renovación automática',
      text: LURE.split('\n\n')[1]!,
    });
    expectFires(v, 'email.sender.stranger_brand_billing');
  });
});

describe("ShareFile's notice of an upload to the firm's own client portal", () => {
  const notice = (to: string) =>
    scan({
      from: 'ShareFile <mail@sf-notifications.com>',
      to,
      subject: 'Tom Ringler uploaded files to "Client Uploads / Ringler"',
      text: 'Tom Ringler uploaded 2 files to "Client Uploads / Ringler": IMG_4471.jpg IMG_4472.jpg\nAccess the folder: https://hartwellbrandt.sharefile.com/home/shared/fo6d2a13-e9a1-44c4-9c5b-0a2b8d1f77e3\nHartwell & Brandt CPAs - powered by ShareFile',
    });
  it("the portal named after the readers' firm (hartwellbrandt for hartwellbrandtcpa) is theirs: no URL-model opinion", async () => {
    const v = await notice('Megan Sollars <msollars@hartwellbrandtcpa.example>');
    expectAbsent(v, 'url.model.phishing');
    expect(v.verdict).toBe('clean');
  });
  it("another firm's portal is judged as it stands", async () => {
    const v = await notice('Megan Sollars <msollars@lakeshore-tax.example>');
    expectFires(v, 'url.model.phishing');
  });
});

describe("a security-awareness platform's assignment reminder, linking to its own sign-in", () => {
  const reminder = (from: string, href: string) =>
    scan({
      from,
      to: 'Ben Hartwell <ben@hartwellbrandtcpa.example>',
      subject: 'Reminder: 2026 Security Awareness Training due January 31',
      text: `Hi Ben,\nYou have been enrolled in "2026 Security Awareness Training - Tax Season Edition" by Hartwell & Brandt CPAs. This training takes about 25 minutes and is due January 31, 2026.\nStart your training: ${href}\nQuestions? Contact Ryan Miller at Buckeye Tech Solutions.`,
    });
  it('KnowBe4 from knowbe4.com to training.knowbe4.com: the URL model is shown at low, not weighed', async () => {
    const v = await reminder(
      'Buckeye Tech Solutions Security Training <training@knowbe4.com>',
      'https://training.knowbe4.com/ui/login',
    );
    expect(severityOf(v, 'url.model.phishing') ?? 'low').toBe('low');
    expect(v.verdict).toBe('clean');
  });
  it('the same reminder from a domain of its own, linking to itself, is judged by the model', async () => {
    const v = await reminder(
      'Buckeye Tech Solutions Security Training <training@knowbe4-training.example>',
      'https://training.knowbe4-training.example/ui/login',
    );
    expect(severityOf(v, 'url.model.phishing')).not.toBe('low');
  });
});
