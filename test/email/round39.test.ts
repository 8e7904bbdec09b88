/**
 * From the thirty-ninth round of hand-made mail (measured unread, then read): extortion with its
 * words spelt out letter by letter ("v i d e o", "B-T-C"), a club's mailing list announcing its new
 * account, and a tax office writing from its second domain. Each with the legitimate look-alike
 * or the attack that must keep firing.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('scam schemes read words spelt out letter by letter', () => {
  const extortion = (video: string, coin: string) =>
    scan({
      from: 'sam@greene-architects.example',
      to: 'sam@greene-architects.example',
      subject: 'Your account',
      text: `I have had access to your device for months. I installed a program that watched your screen while you visited certain s i t e s. I will send the ${video} to all your contacts unless you pay 1450 USD in ${coin} to the wallet below. You have 48 hours.`,
    });
  it('reads "v i d e o" and "B-T-C" as the words they spell', async () => {
    expectFires(await extortion('v i d e o', 'B-T-C'), 'email.content.extortion');
  });
  it('stays silent when the spelt-out letters spell nothing the scheme reads', async () => {
    expectAbsent(await extortion('r e p o r t', 'B-T-X'), 'email.content.extortion');
  });
});

describe('email.content.payment_change announced to a mailing list', () => {
  const announce = (headers: Record<string, string>) =>
    scan({
      from: 'Kassenwart TSV <kasse@tsv-ostalb.example>',
      to: 'mitglieder@tsv-ostalb.example',
      subject: '[TSV-Mitglieder] Beitragseinzug Januar + neue Kontoverbindung des Vereins',
      headers,
      text: 'Liebe Mitglieder,\n\nwie beschlossen wechselt der Verein zur Kreissparkasse. Der Beitrag wird per Lastschrift eingezogen. Wer selbst überweist: Die neue IBAN steht ab sofort im Mitgliederbereich.\n\nHeike',
    });
  it('is an ask (medium), not evidence on its own, in list mail', async () => {
    const v = await announce({
      'List-Id': 'TSV Mitglieder <mitglieder.tsv-ostalb.example>',
      Precedence: 'list',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
    expect(v.verdict).toBe('clean');
  });
  it('stays high when the same words come to one reader', async () => {
    const v = await announce({});
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
});

describe("a tax office's second domain", () => {
  it('Agencia Tributaria writing from aeat.es is its own name', async () => {
    const v = await scan({
      from: 'Agencia Tributaria <notificaciones@correo.aeat.es>',
      subject: 'Aviso de notificación electrónica',
      text: 'Tiene una notificación pendiente en su Dirección Electrónica Habilitada. Acceda a la Sede Electrónica para consultarla.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
    const fake = await scan({
      from: 'Agencia Tributaria <notificaciones@aeat-devoluciones.example>',
      subject: 'Aviso de notificación electrónica',
      text: 'Tiene una notificación pendiente en su Dirección Electrónica Habilitada. Acceda a la Sede Electrónica para consultarla.',
    });
    expectFires(fake, 'email.sender.brand_display_name');
  });
});

describe('lures read in the scripts the normaliser now keeps', () => {
  it('a callback in a Hebrew PayPal invoice fires the relayed callback; a seller note without the hook does not', async () => {
    const invoice = (note: string) =>
      scan({
        from: 'service@paypal.co.il',
        to: 'dana@levi.example',
        subject: 'חשבונית חדשה מ-Secure Billing Team (₪1,849.00)',
        text: `Secure Billing Team שלח לך חשבונית על סך ₪1,849.00.\n\nהערה מהמוכר: "${note}"\n\nצפה בחשבונית ושלם: https://www.paypal.com/invoice/p/#INV2-LK4T`,
      });
    const scam = await invoice('אם לא ביצעת הזמנה זו, התקשר מיד למחלקת ההחזרים שלנו: 03-376-4412.');
    expectFires(scam, 'email.sender.relayed_callback');
    expect(scam.verdict).not.toBe('clean');
    const shop = await invoice('תודה על ההזמנה! לשאלות אפשר לפנות אלינו בטלפון 03-376-4412.');
    expectAbsent(shop, 'email.sender.relayed_callback');
    expect(shop.verdict).toBe('clean');
  });

  it("a wallet's recovery phrase asked for in Persian and Russian is read; the exchange's warning is not an ask", async () => {
    const ask = await scan({
      from: 'پشتیبانی <support@nobitex-security.example>',
      subject: 'هشدار: برداشت مشکوک',
      text: 'برای لغو برداشت، عبارت بازیابی (۱۲ کلمه) کیف پول خود را در صفحه زیر وارد کنید: https://nobitex-security.example/fa/cancel',
    });
    expectFires(ask, 'email.content.seed_phrase_request');
    const russian = await scan({
      from: 'Поддержка <support@wallet-help.example>',
      subject: 'Синхронизация кошелька',
      text: 'Чтобы сохранить доступ, введите вашу сид-фразу на странице синхронизации: https://wallet-help.example/sync',
    });
    expectFires(russian, 'email.content.seed_phrase_request');
    const warning = await scan({
      from: 'Биржа <security@exchange.example>',
      subject: 'Безопасность',
      text: 'Напоминаем: никогда не вводите сид-фразу на сторонних сайтах и не сообщайте её сотрудникам.',
    });
    expectAbsent(warning, 'email.content.seed_phrase_request');
  });

  it("a Turkish tax office's sign-in asked on a look-alike site is flagged; the real notice is not", async () => {
    const text = (link: string) =>
      `Sayın Mükellef,\n\nAdınıza kayıtlı 1.240,00 TL tutarında gecikmiş vergi borcu bulunmaktadır. Borcun 3 iş günü içinde ödenmemesi halinde icra takibi başlatılacaktır.\n\nBorç sorgulama ve ödeme için e-Devlet şifrenizle giriş yapınız:\n${link}`;
    const fake = await scan({
      from: '"T.C. Gelir İdaresi Başkanlığı" <bilgi@gib-borcsorgu.example>',
      subject: 'Ödenmemiş vergi borcunuz hakkında son bildirim',
      text: text('https://gib-borcsorgu.example/edevlet/giris'),
    });
    expectFires(fake, 'email.content.credential_lure');
    expect(fake.verdict).not.toBe('clean');
    const real = await scan({
      from: '"T.C. Gelir İdaresi Başkanlığı" <bilgi@gib.gov.tr>',
      subject: 'Vergi borcunuz hakkında bilgilendirme',
      text: text('https://ivd.gib.gov.tr/'),
    });
    expect(real.verdict).toBe('clean');
  });
});

describe('scam schemes read in Korean, Hindi and Bengali', () => {
  it("a stranger's wrong-address opener that moves to Telegram and brings up an investment (Korean)", async () => {
    const v = await scan({
      from: '이수진 <sujin.lee8802@naver.com>',
      to: 'jh.park@hanbit-tech.example',
      subject: '김 대표님 맞으시죠?',
      text: '안녕하세요, 지난주 모임에서 명함 주신 김 대표님 맞으시죠? 말씀하신 해외 투자 건 자료 정리해 두었어요.\n\n메일보다는 텔레그램이 편하실 것 같아서요. @sujin_invest 로 연락 주시면 바로 보내드릴게요. 혹시 제가 잘못 보냈다면 죄송합니다.',
    });
    expectFires(v, 'email.content.stranger_opener');
    // a colleague's apology for a misdirected mail brings up no chat and no money
    const apology = await scan({
      from: '이수진 <sujin.lee@hanbit-tech.example>',
      to: 'jh.park@hanbit-tech.example',
      subject: '메일 재전송',
      text: '안녕하세요, 어제 회의 자료를 제가 잘못 보냈습니다. 수정본을 첨부합니다. 확인 부탁드립니다.',
    });
    expectAbsent(apology, 'email.content.stranger_opener');
  });

  it('a task scam recruiting in Hindi (tasks paid daily, WhatsApp); a real part-time posting is not one', async () => {
    const v = await scan({
      from: 'Neha Sharma - HR <neha.hr.recruit2026@gmail.com>',
      to: 'rahul.verma@rediffmail.example',
      subject: 'पार्ट-टाइम काम: रोज़ ₹3,000 तक कमाएँ (घर से)',
      text: 'नमस्ते राहुल जी,\n\nकाम बहुत आसान है: यूट्यूब वीडियो को लाइक करें, स्क्रीनशॉट भेजें और हर टास्क के लिए ₹150 पाएँ। रोज़ ₹3,000 तक कमाई संभव है।\n\nशुरू करने के लिए व्हाट्सऐप पर "JOB" लिखें: +91 98000 41277',
    });
    expectFires(v, 'email.content.advance_fee');
    const posting = await scan({
      from: 'HR <careers@sharma-retail.example>',
      to: 'rahul.verma@rediffmail.example',
      subject: 'पार्ट-टाइम स्टोर सहायक की नौकरी',
      text: 'नमस्ते राहुल जी,\n\nहमारे स्टोर में पार्ट-टाइम सहायक का पद खाली है। वेतन ₹12,000 प्रति माह। आवेदन के लिए अपना बायोडाटा इस ईमेल पर भेजें।',
    });
    expectAbsent(posting, 'email.content.advance_fee');
  });

  it('a prize held behind a processing fee sent by bKash (Bengali)', async () => {
    const v = await scan({
      from: 'বিকাশ পুরস্কার <bkash.rewards.bd@gmail.com>',
      subject: 'অভিনন্দন! আপনি ৫০,০০০ টাকার পুরস্কার জিতেছেন',
      text: 'প্রিয় গ্রাহক,\n\nবার্ষিক লাকি ড্র ২০২৬-এ আপনার নম্বর বিজয়ী হয়েছে! পুরস্কারের ৫০,০০০ টাকা পেতে প্রসেসিং ফি হিসেবে ৯৯৯ টাকা নিচের নম্বরে "সেন্ড মানি" করুন।',
    });
    expectFires(v, 'email.content.advance_fee');
  });
});
