/**
 * Rounds 142-147 (a mining-equipment dealer in Perth, a hospital group in Istanbul, a hotel company
 * in Cancún, a railway consultancy in Lille, opticians in Vienna, a video studio in Seoul), scored
 * unread: their four false alarms, all in the Istanbul round, read afterwards. A clerk's report of a
 * lure in Turkish, Allianz Care's own domain, a patient's son asking where to pay, Zoom's own help
 * desk on Zendesk. Each beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a lure reported in Turkish', () => {
  const LURE =
    '-----Original Message-----\nFrom: Nilgün Sarıkaya (SharePoint Online) <paylasim@asterya-finans.example>\nSent: Tuesday, February 17, 2026 10:42 AM\nTo: Deniz Yalçınkaya\nSubject: Nilgün Sarıkaya sizinle bir dosya paylaştı\n\nNilgün Sarıkaya sizinle bir dosya paylaştı: 2026-Q1 Tedarikçi Ödeme Planı.xlsx. Dosyayı açmak için Microsoft hesabınızla oturum açın: https://asterya-finans-paylasim.web.app/login';
  it('"ben tıklamadım. Gerçek mi bakabilir misiniz?" above the forwarded message: shown, not weighed', async () => {
    const v = await scan({
      from: 'Deniz Yalçınkaya <deniz@asterya-saglik.example>',
      to: 'Hakan <hakan@asterya-saglik.example>',
      subject: 'İLT: Nilgün Sarıkaya sizinle bir dosya paylaştı',
      text: `Hakan Bey merhaba, bu e-posta biraz önce geldi. Gönderen adres bir yapı denetim firması gibi görünüyor, ben tıklamadım. Gerçek mi bakabilir misiniz?\n\n${LURE}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'url.model.phishing') ?? 'info').toBe('info');
  });
  it('the same forward with no word that it is a lure is weighed as it stands', async () => {
    const v = await scan({
      from: 'Deniz Yalçınkaya <deniz@asterya-saglik.example>',
      to: 'Hakan <hakan@asterya-saglik.example>',
      subject: 'İLT: Nilgün Sarıkaya sizinle bir dosya paylaştı',
      text: `Hakan Bey merhaba, dosya aşağıda, ödeme planını bugün hazırlayalım.\n\n${LURE}`,
    });
    expectAbsent(v, 'email.content.reported_forward');
  });
});

describe("a brand's own domains and help desk", () => {
  it('"Allianz Care Medical Assistance" from allianzcare.com is Allianz speaking', async () => {
    const v = await scan({
      from: 'Allianz Care Medical Assistance <medical.assistance@allianzcare.com>',
      to: 'Billing <billing@asterya-saglik.example>',
      subject: 'Guarantee of payment',
      text: 'Please find attached our guarantee of payment for the surgery of our member. Please invoice us directly after discharge.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('the same name from another domain names the brand', async () => {
    const v = await scan({
      from: 'Allianz Care Medical Assistance <medical.assistance@allianzcare-claims.example>',
      to: 'Billing <billing@asterya-saglik.example>',
      subject: 'Guarantee of payment',
      text: 'Please find attached our guarantee of payment for the surgery of our member.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
  it('"Zoom Support" from zoom.zendesk.com is Zoom\'s own help desk', async () => {
    const v = await scan({
      from: 'Zoom Support <support@zoom.zendesk.com>',
      to: 'IT <it@asterya-saglik.example>',
      subject: 'How did we do?',
      text: 'Your ticket 14829377 was solved. Tell us how we did by clicking either link below.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('"Zoom Support" from another tenant of the platform names the brand', async () => {
    const v = await scan({
      from: 'Zoom Support <support@zoom-billing.zendesk.com>',
      to: 'IT <it@asterya-saglik.example>',
      subject: 'How did we do?',
      text: 'Your ticket 14829377 was solved. Tell us how we did by clicking either link below.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe('a payer from free mail asking where to pay', () => {
  const ASK = 'email.sender.freemail_business_ask';
  const to = 'Billing <billing@asterya-saglik.example>';
  it('"should I make a bank transfer? … send me the hospital\'s account details": the writer pays', async () => {
    const v = await scan({
      from: 'Omar Al-Sayegh <omar.alsayegh@gmail.com>',
      to,
      subject: 'Remaining balance for my father - how to pay?',
      text: "We received the final invoice with a remaining balance of USD 2,340. Can I pay by card over the phone, or should I make a bank transfer? If transfer, could you please send me the hospital's account details on your letterhead.",
    });
    expectAbsent(v, ASK);
    expect(v.verdict).toBe('clean');
  });
  it('a donor\'s "could someone send me your bank details" for a gift by bank transfer', async () => {
    const v = await scan({
      from: 'Moira Henderson <moira.henderson.edin@gmail.com>',
      to: 'Donations <donations@solas-children.example>',
      subject: 'Donation by bank transfer',
      text: "I would like to make a one-off gift of £1,000 in memory of my father. I'd rather do it by bank transfer than card. Could someone send me your bank details?",
    });
    expectAbsent(v, ASK);
  });
  it('"or should I make a bank transfer?" is the payer\'s question, not a payment asked', async () => {
    const asked = async (text: string) =>
      severityOf(
        await scan({ from: 'Omar <omar@family-mail.example>', to, subject: 'Deposit', text }),
        'email.content.payment_request',
      );
    expect(await asked('Can I pay the £250 deposit by card, or should I make a bank transfer?')).toBe('none');
    expect(await asked('I would like to make a bank transfer for the £250 deposit.')).toBe('none');
    expect(await asked('Please make a bank transfer of £250 for the deposit by Friday.')).toBe('low');
  });
  it('free mail that gives the account to pay into is still the company asked for money', async () => {
    const v = await scan({
      from: 'Omar Al-Sayegh <omar.alsayegh@gmail.com>',
      to,
      subject: 'Invoice 2231',
      text: 'Please make a bank transfer of USD 2,340 for invoice 2231 today to our new account: IBAN GB33 BUKB 2020 1555 5555 55. Send me the confirmation once done.',
    });
    expectFires(v, ASK);
  });
});
