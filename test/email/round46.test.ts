/**
 * From the forty-sixth round of hand-made mail (a university on three continents, half of it not in
 * English; measured unread, then read): a journal named "Applied Energy", the Foreign Office's
 * scholarship commission under gov.uk, finance's reminder to check bank changes at the number in the
 * supplier register; and the attacks in Norwegian, Thai, Chinese and Urdu that no rule read. Each
 * beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { normalizeForMatch } from '../../src/email/normalize.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('email.sender.brand_display_name and a common word', () => {
  const invite = (name: string) =>
    scan({
      from: `${name} <onbehalfof@manuscriptcentral.example>`,
      to: 'reviewer@halvorsen.example',
      subject: 'Invitation to Review Manuscript',
      text: 'Dear Dr Reviewer, I would like to invite you to review the above manuscript.',
    });
  it('"Applied Energy" is a journal, not "Apple ID" with two letters swapped', async () => {
    expectAbsent(await invite('Applied Energy'), 'email.sender.brand_display_name');
  });
  it('"Appel ID Support" (no word) still reads as Apple', async () => {
    expectFires(await invite('Appel ID Support'), 'email.sender.brand_display_name');
  });
});

describe('email.link.brand_links_elsewhere under a public suffix a brand is listed by', () => {
  const offer = (from: string) =>
    scan({
      from,
      to: 'brian@students.halvorsen.example',
      subject: 'Provisional offer',
      text: 'Please log in to the Electronic Application System to accept or decline the offer: https://apply.scholarship-forms.example/m7YHV1/',
    });
  it("the Foreign Office's scholarship commission (cscuk.fcdo.gov.uk) is not HMRC's own domain", async () => {
    expectAbsent(
      await offer('Commonwealth Scholarship Commission <no-reply@cscuk.fcdo.gov.uk>'),
      'email.link.brand_links_elsewhere',
    );
  });
  it("HMRC's own hmrc.gov.uk linking elsewhere still is", async () => {
    expectFires(await offer('HMRC <no-reply@hmrc.gov.uk>'), 'email.link.brand_links_elsewhere');
  });
});

describe('a bank change to be checked at the number in the supplier register', () => {
  it('is verification (medium), as the vendor master is', async () => {
    const v = await scan({
      from: 'Kari Nordby <kari@halvorsen.example>',
      to: 'budget-holders@halvorsen.example',
      subject: 'URGENT: year-end deadlines',
      text: "Reminder: any request to change a supplier's bank account must be verified by phone with the supplier, using the number in the supplier register, before it is changed. Pay all open invoices by 10 December.",
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
});

describe('lures in Norwegian, Thai, Chinese and Urdu', () => {
  it('Norwegian: "Jeg la igjen en talemelding" backing "en fortrolig sak … ikke nevner det for andre"', async () => {
    const v = await scan({
      from: 'Erik Haugland <erik.haugland@halvorsen-rektor.example>',
      to: 'kari@halvorsen.example',
      subject: 'Talemelding',
      text: 'Hei Kari,\n\nJeg la igjen en talemelding til deg for litt siden. Kan du ringe meg tilbake på +47 462 18 907? Det gjelder en fortrolig sak, og jeg setter pris på om du ikke nevner det for andre før vi har snakket sammen.',
    });
    expectFires(v, 'email.content.voice_followup');
    expectFires(v, 'email.content.secrecy_urgency');
    // a colleague's ordinary voicemail note asks for nothing secret
    const plain = await scan({
      from: 'Erik Haugland <erik.haugland@halvorsen.example>',
      to: 'kari@halvorsen.example',
      subject: 'Talemelding',
      text: 'Hei Kari,\n\nJeg la igjen en talemelding om møtet i morgen. Agendaen ligger i Teams.',
    });
    expectAbsent(plain, 'email.content.voice_followup');
  });
  it('Thai: "กรุณายืนยันบัญชีของคุณ" (please verify your account) is a credential pretext', async () => {
    const v = await scan({
      from: 'ผู้ดูแลระบบ <postmaster@mail-admin.example>',
      to: 'somchai@halvorsen.example',
      text: 'กล่องจดหมายของคุณใช้พื้นที่ไปแล้ว 98% กรุณายืนยันบัญชีของคุณเพื่อรับพื้นที่เพิ่มเติม',
    });
    expectFires(v, 'email.content.credential_lure');
    const notice = await scan({
      from: 'ฝ่ายไอที <it@halvorsen.example>',
      to: 'somchai@halvorsen.example',
      text: 'ระบบอีเมลจะปิดปรับปรุงในวันเสาร์ เวลา 22:00 น.',
    });
    expectAbsent(notice, 'email.content.credential_lure');
  });
  it('Chinese: returns of 18 % a month for a first deposit in USDT are investment fraud', async () => {
    const text = (returns: string) =>
      `陈老师您好：我们团队的AI量化策略最近三个月${returns}，资金随时可以提取。平台注册地址（首充500 USDT以上送20%体验金）。`;
    const v = await scan({
      from: '李婉清 <wanqing.li@outlook.example>',
      to: 'chen@halvorsen.example',
      text: text('平均每月收益在18%左右'),
    });
    expectFires(v, 'email.content.investment_fraud');
    const plain = await scan({
      from: '李婉清 <wanqing.li@outlook.example>',
      to: 'chen@halvorsen.example',
      text: text('表现稳定'),
    });
    expectAbsent(plain, 'email.content.investment_fraud');
  });
  it('Urdu: a grant released for a processing fee, ID and passport copies asked for, is advance-fee fraud', async () => {
    const v = await scan({
      from: 'ریسرچ گرانٹس <nrpu@grants-office.example>',
      to: 'bilal@halvorsen.example',
      text: 'آپ کی تجویز کے لیے ایک کروڑ روپے کی گرانٹ منظور کر لی گئی ہے۔ گرانٹ کی رقم جاری کرنے سے پہلے، دستاویزات کی تصدیق اور پروسیسنگ فیس: 45,000 روپے۔ ادائیگی کی رسید، شناختی کارڈ کی کاپی اور پاسپورٹ کی کاپی 20 جنوری 2027 تک اس ای میل پر بھیج دیں۔',
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it('Arabic-script and Indic full stops read as full stops (a word before them ends there)', () => {
    expect(normalizeForMatch('بھیج دیں۔ ٹھیک ہے، جی؟')).toBe('بھیج دیں. ٹھیک ہے, جی?');
    expect(normalizeForMatch('भुगतान करें।')).toBe('भुगतान करें.');
  });
  it('Malay: digital vouchers bought and a photo of the back with the code sent to me is the gift-card ask', async () => {
    const v = await scan({
      from: '"Prof. Siti Rahimah" <sitirahimah.pengarah@gmail.com>',
      to: 'hafiz@halvorsen.example',
      subject: 'Permintaan segera',
      text: 'Saya perlukan bantuan awak untuk membeli baucar digital Apple sebagai cenderahati kepada tetamu kita. Selepas membeli, ambil gambar bahagian belakang yang menunjukkan kod dan hantar kepada saya melalui e-mel ini.',
    });
    expectFires(v, 'email.content.gift_card');
    const shop = await scan({
      from: 'Kedai Buku <jualan@kedaibuku.example>',
      to: 'hafiz@halvorsen.example',
      text: 'Terima kasih kerana membeli baucar digital kami. Kod baucar anda akan dihantar dalam e-mel berasingan.',
    });
    expectAbsent(shop, 'email.content.gift_card');
  });
  it('Indonesian: tasks paid every day and a coordinator on Telegram is the task scam’s first mail', async () => {
    const text = (chat: string) =>
      `Halo Arif,\n\nTugas: menilai dan memberi rating pada aplikasi serta produk e-commerce. Komisi per tugas Rp 45.000 – Rp 300.000, dibayar setiap hari melalui transfer bank.\n\n${chat}`;
    const from = 'Rekrutmen Riset <riset.rekrutmen@gmail.com>';
    expectFires(
      await scan({
        from,
        to: 'arif@halvorsen.example',
        text: text('Silakan hubungi koordinator kami lewat Telegram: https://t.me/RaniKoordinator'),
      }),
      'email.content.advance_fee',
    );
    expectAbsent(
      await scan({
        from,
        to: 'arif@halvorsen.example',
        text: text('Silakan kirim CV Anda ke bagian personalia.'),
      }),
      'email.content.advance_fee',
    );
  });
  it('Spanish: "le solicitamos cubrir la cuota de registro" asks for a payment', async () => {
    const v = await scan({
      from: 'Comité Organizador <comite@congreso-ciis.example>',
      to: 'mariana@halvorsen.example',
      text: 'Para confirmar su participación le solicitamos cubrir la cuota de registro de ponente (USD 390) antes del 31 de marzo.',
    });
    expectFires(v, 'email.content.payment_request');
  });
  it('an invitation into a closed trading group on WhatsApp with money made there is investment fraud (Portuguese, English)', async () => {
    const pt = await scan({
      from: 'Camila Ribeiro <camila.ribeiro.invest@gmail.com>',
      to: 'beatriz@halvorsen.example',
      subject: 'Oi Beatriz, lembra de mim?',
      text: 'Entrei num grupo de mentoria de investimentos com um analista que opera criptomoedas com robô de IA. Já estou tirando uma renda extra todo mês. O grupo é fechado, mas posso te colocar: https://chat.whatsapp.com/Kq8Zr2VbN4xTj7LmP0sWd3',
    });
    expectFires(pt, 'email.content.investment_fraud');
    const en = await scan({
      from: 'Dana Wells <dana.wells88@gmail.com>',
      to: 'beatriz@halvorsen.example',
      text: 'I joined a trading group with an analyst who trades crypto with an AI bot, and I already make extra income every month. I can add you: https://chat.whatsapp.com/Kq8Zr2VbN4xTj7LmP0sWd3',
    });
    expectFires(en, 'email.content.investment_fraud');
    // a reading group on WhatsApp with nothing invested or earned is a reading group
    const club = await scan({
      from: 'Dana Wells <dana.wells88@gmail.com>',
      to: 'beatriz@halvorsen.example',
      text: 'Our reading group meets on Thursday; the WhatsApp group has the book list: https://chat.whatsapp.com/Kq8Zr2VbN4xTj7LmP0sWd3',
    });
    expectAbsent(club, 'email.content.investment_fraud');
  });
});
