/**
 * Blind rounds 194-211 (written by helpers who never saw Vigil), scored unread: their false alarms,
 * read afterwards. A Brazilian fruit exporter's grower-payments calendar saying bank changes are only
 * made in person; an Australian hospital group's HR desk ("People & Culture") signed by the adviser
 * who writes from it. Each beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a payer stating how bank details are changed (round 194)', () => {
  it('"alteração de conta bancária … só é feita pessoalmente" is no bank change', async () => {
    const v = await scan({
      from: 'Pagamento a Produtores <pagamentos@valedoce.example>',
      to: 'produtores@valedoce.example',
      text: 'Segue o calendário de pagamento das entregas de abril. Importante: alteração de conta bancária ou chave Pix só é feita pessoalmente no escritório de Petrolina, com documento do titular.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('a grower told his new account "is already registered" still is', async () => {
    const v = await scan({
      from: 'Pagamento a Produtores <pagamentos.valedoce@gmail.com>',
      to: 'produtor@example.com',
      text: 'Informamos a alteração de conta bancária da Vale Doce: a partir de hoje os pagamentos devem ser feitos para a nova conta, Banco Inter, agência 0001, conta 4412339-0.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('an HR desk named for its people, signed by the adviser who writes from it (round 197)', () => {
  it('"Harbourline People & Culture <people@…>" signed "Rebecca Liu"', async () => {
    const v = await scan({
      from: 'Harbourline People & Culture <people@harbourlinemedical.example>',
      to: 'staff@harbourlinemedical.example',
      subject: 'Reminder: update your leave balance before 30 June',
      text: 'Hi team,\n\nA reminder that leave requests for July should be entered in the HR system by 30 June so rosters can be finalised.\n\nThanks,\nRebecca Liu\nPeople & Culture Adviser',
    });
    expectAbsent(v, 'email.sender.signed_by_another');
    expect(v.verdict).toBe('clean');
  });
  it('the same desk on free mail, signed by a person, still is', async () => {
    const v = await scan({
      from: 'Harbourline People Culture <harbourline.people.culture@gmail.com>',
      to: 'staff@harbourlinemedical.example',
      subject: 'Payroll update',
      text: 'Hi,\n\nPlease send your updated bank details today so payroll can be processed.\n\nThanks,\nRebecca Liu',
    });
    expectFires(v, 'email.sender.signed_by_another');
  });
});

describe("a brand's name as a person's surname, spelt in their own address (round 204)", () => {
  it('"Sabine Kröger <s.kroeger@…>" is no Kroger', async () => {
    const v = await scan({
      from: 'Sabine Kröger <s.kroeger@hanse-verpackung.example>',
      to: 'einkauf@example.com',
      text: 'Guten Tag, anbei die Auftragsbestätigung für die Faltschachteln. Viele Grüße, Sabine Kröger',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('"Aviso Correios <infocorreios…@…>" is no person named Correios', async () => {
    const v = await scan({
      from: 'Aviso Correios <infocorreios095394@alfandega-taxas.example>',
      to: 'cliente@example.com',
      text: 'Sua encomenda está retida na alfândega. Pague a taxa de R$ 54,90 para liberar a entrega.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
  it('"Kroger Rewards" from another domain still is', async () => {
    const v = await scan({
      from: 'Kroger Rewards <rewards@kroger-points.example>',
      to: 'einkauf@example.com',
      text: 'Your fuel points expire today. Sign in to keep them.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe('a tax office is no Microsoft Office (round 201)', () => {
  it('a Reply-To at fujii-tax-office is no look-alike', async () => {
    const v = await scan({
      from: 'Box <noreply@box.example>',
      replyTo: '藤井 直子 <fujii@fujii-tax-office.jp>',
      to: 'keiri@example.com',
      text: '藤井 直子さんがフォルダ「決算資料」に招待しました。',
    });
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
  it('office beside a lure word alone still is', async () => {
    const v = await scan({
      from: 'Mail Admin <admin@secure-office-login.example>',
      replyTo: 'Mail Admin <admin@secure-office-login.com>',
      to: 'keiri@example.com',
      text: 'Your mailbox is full. Sign in to keep receiving mail.',
    });
    expectFires(v, 'email.sender.lookalike_domain');
  });
});

const FORWARDED = (note: string, marker: string) =>
  `${note}\n\n${marker}\nFrom: PayPal <service@paypal-billing.example>\nSent: Saturday, 7 March 2026 16:55\nSubject: Receipt for your payment to Apple Store\n\nYou paid 899,00 EUR to Apple Store. If you did not make this purchase, call our support today: +49 30 2555 8914`;

describe('reported forwards in Norwegian, Albanian, Persian and Nepali (rounds 200-205)', () => {
  const cases: [string, string][] = [
    [
      'Norwegian "er denne ekte? … har ikke ringt"',
      'Hei,\nDenne kom i går. Er denne ekte? Jeg har ikke ringt nummeret.\nKari',
    ],
    [
      'Albanian "a është i vërtetë? … mashtrim"',
      'Ilir,\nMë erdhi ky email sot. Nuk kam klikuar asgjë. Nëse është mashtrim, lajmëroji të tjerët.\nElira',
    ],
    [
      'Persian "جعلی … زنگ بزنم یا نه"',
      'داریوش جان\nاین ایمیل امروز آمده. به این شماره زنگ بزنم یا نه؟\nپدر',
    ],
    ['Nepali "लिङ्क खोलेको छैन"', 'सञ्जय जी,\nयो इमेल आयो, तर ठेगाना हाम्रो अफिसको होइन। मैले लिङ्क खोलेको छैन।\nसुष्मा'],
  ];
  for (const [name, note] of cases)
    it(name, async () => {
      const v = await scan({
        from: 'Colleague <colleague@roastery.example>',
        to: 'it@roastery.example',
        subject: 'Fwd: Receipt for your payment',
        text: FORWARDED(note, '---------- Forwarded message ---------'),
      });
      expect(v.verdict).toBe('clean');
    });
  it('the same forward with a note that only says "see below" is still read', async () => {
    const v = await scan({
      from: 'Colleague <colleague@roastery.example>',
      to: 'it@roastery.example',
      subject: 'Fwd: Receipt for your payment',
      text: FORWARDED('Hei,\nSe under.\nKari', '---------- Forwarded message ---------'),
    });
    expectFires(v, 'email.content.callback');
  });
});

describe('false alarms of rounds 206-211', () => {
  it("Zoho's password reset from zohoaccounts.com is Zoho's own (round 208)", async () => {
    const v = await scan({
      from: 'Zoho Accounts <noreply@zohoaccounts.com>',
      to: 'finance@example.com',
      subject: 'Reset your Zoho account password',
      html: '<p>We received a request to reset your password.</p><p><a href="https://accounts.zoho.in/password/reset?token=fa51b8">Reset password</a></p><p>If you did not request this, you can ignore this email.</p>',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('a reminder that says the "updated" wire instructions sent in a colleague\'s name "were not from us" (round 210)', async () => {
    const v = await scan({
      from: 'Northbridge Billing <billing@northbridgereg.example>',
      to: 'ap@example.com',
      subject: 'Reminder: invoice 2026-038 is 15 days past due',
      text: 'Invoice 2026-038 was due on April 8 and is still open. Last month emails went out in Karen\'s name with "updated" wire instructions - those were not from us.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('the same "updated wire instructions" announced as ours still is a bank change', async () => {
    const v = await scan({
      from: 'Northbridge Billing <billing@northbridgereg.example>',
      to: 'ap@example.com',
      subject: 'Updated wire instructions',
      text: 'Please use our updated wire instructions for invoice 2026-038: account 4471 2209 1183, routing 026009593.',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('a Greek employee asking IT "είναι γνήσιο;" above a forwarded bank change (round 209)', async () => {
    const v = await scan({
      from: 'Μαρία Κοντού <m.kontou@kymaferries.example>',
      to: 'it@kymaferries.example',
      subject: 'FW: Update of bank details - είναι γνήσιο;',
      text: 'Καλησπέρα Κατερίνα,\nμου ήρθε το παρακάτω. Αν είναι απάτη να το μπλοκάρουμε.\nΜαρία\n\n-----Original Message-----\nFrom: Akti Marine Accounts\nSent: Tuesday, February 10, 2026 1:31 PM\nSubject: Update of bank details\n\nPlease be informed that our company bank details have been updated. Kindly use the new account for all outstanding and future payments.',
    });
    expect(v.verdict).toBe('clean');
  });
  it('an Uzbek accountant: "Ochmadim … haqiqiymi yoki yo\'q?" above a forwarded document lure (round 211)', async () => {
    const v = await scan({
      from: 'Malika Yusupova <m.yusupova@zarafshontrade.example>',
      to: 'it@zarafshontrade.example',
      subject: 'Fw: Imzolash uchun yangi hujjat',
      text: "Timur, salom.\nBugun shu xat keldi. Ochmadim, hech narsa kiritmadim. Haqiqiymi yoki yo'q?\nMalika\n\n---------- Forwarded message ---------\nFrom: Didox\nDate: Wed, 4 Mar 2026 at 16:20\nSubject: Imzolash uchun yangi hujjat\n\nHujjatni ochish: https://didox-hujjatlar.netlify.app/login?doc=147",
    });
    expect(v.verdict).toBe('clean');
  });
  it('IT\'s Russian warning listing fake mails, "любые новые реквизиты … подтверждаем звонком" (round 211)', async () => {
    const v = await scan({
      from: 'Тимур Хасанов <t.khasanov@zarafshontrade.example>',
      to: 'staff@zarafshontrade.example',
      subject: 'Осторожно: поддельные письма',
      text: 'Коллеги, к нам пришло несколько поддельных писем со ссылкой на didox-hujjatlar[.]netlify[.]app. Напоминаю: любые новые реквизиты и срочные платежи подтверждаем звонком по известному номеру.',
    });
    expectAbsent(v, 'email.content.payment_change');
    // the defanged addresses are quoted indicators in a warning, shown, not weighed
    expect(severityOf(v, 'email.link.obfuscated_url')).toBe('info');
    expect(v.verdict).toBe('clean');
  });
});

describe("a newsletter's tracking links on its own domain, and a mail service's tracker (rounds 216-217)", () => {
  const html =
    '<p>Il Buongiorno del Sole</p><p><a href="https://tracking.ilsole24ore.com/c/?u=d1c7&l=fisco-fe">Fisco</a> · <a href="https://tracking.ilsole24ore.com/c/?u=d1c7&l=moda-pelle">Moda</a></p><p><a href="https://tracking.ilsole24ore.com/c/?u=d1c7&l=unsub">Annulla iscrizione</a></p>';
  it("Il Sole 24 Ore's links on tracking.ilsole24ore.com are its own site (a number inside a plain name)", async () => {
    const v = await scan({
      from: '"Il Sole 24 Ore" <newsletter@ilsole24ore.com>',
      to: 'a@example.com',
      html,
    });
    expect(['low', 'none']).toContain(severityOf(v, 'url.model.phishing'));
  });
  it('the same links in mail from another domain keep the model’s opinion', async () => {
    const v = await scan({
      from: '"Il Sole 24 Ore" <newsletter@sole-notizie.example>',
      to: 'a@example.com',
      html,
    });
    expect(['medium', 'high']).toContain(severityOf(v, 'url.model.phishing'));
  });
  it("CleverReach's tracker is a mail service's click tracker", async () => {
    const v = await scan({
      from: 'MEININGER Weinwirtschaft <newsletter@meininger.example>',
      to: 'a@example.com',
      html: '<p>WEINWIRTSCHAFT aktuell</p><p><a href="https://seu2.cleverreach.com/rmftlp.php?cid=x">Zum Artikel</a></p>',
    });
    expect(['low', 'none']).toContain(severityOf(v, 'url.model.phishing'));
  });
});
