/**
 * Blind rounds 260-265 (written by helpers who never saw Vigil), read after scoring at arrival.
 * The false alarm (round 264): a German dental lab's reply "AW: Neue Bankverbindung?" ("we have NOT
 * changed our bank details"), quoting the clinic's question "wir haben heute eine Mitteilung über
 * eine neue Bankverbindung erhalten": a question in the subject and a notice the writer reports
 * receiving are no announcement of a change. Missed bank changes (rounds 260-262) said it in words
 * the rules did not know: "The previous HSBC account should no longer be used", "Top-ups made to
 * the old account after 30 April will be reversed", "New pre-funding account:", receivables assigned
 * to a factoring partner, "remit the net charter proceeds", "settle invoices … to". Each beside the
 * legitimate look-alike that must stay quiet.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ from: 'Petra Schreiber <p.schreiber@zahnlabor.example>', ...o }), {
    config,
    scorer: null,
  });
const CHANGE = 'email.content.payment_change';

describe('asking about a bank change is no bank change (round 264)', () => {
  for (const [subject, text] of [
    [
      'AW: Neue Bankverbindung?',
      'Wir haben unsere Bankverbindung NICHT geändert. Bitte weiterhin auf das bekannte Konto.',
    ],
    ['RE: New bank details?', 'We have not changed our bank details. Please keep paying the usual account.'],
  ] as const)
    it(`subject "${subject}"`, async () => expectAbsent(await scan({ subject, text }), CHANGE));
  for (const text of [
    'Wir haben heute eine Mitteilung über eine neue Bankverbindung erhalten. Können Sie das bestätigen?',
    'We received an email today about new bank details for your company. Can you confirm?',
    'Nous avons reçu un mail concernant un changement de RIB de votre société. Pouvez-vous confirmer ?',
    'Hemos recibido un correo sobre un cambio de cuenta bancaria de su empresa. ¿Pueden confirmarlo?',
  ])
    it(text, async () => expectAbsent(await scan({ subject: 'Frage', text }), CHANGE));

  it('"Neue Bankverbindung" as a statement still is one', async () => {
    const v = await scan({
      subject: 'Neue Bankverbindung',
      text: 'Bitte beachten Sie ab sofort unsere neue Bankverbindung: IBAN DE12 3456 7890.',
    });
    expectFires(v, CHANGE);
  });
  it('a question mark after more than the change still is one', async () => {
    const v = await scan({
      subject: 'New bank details - can you update before Friday?',
      text: 'Please find our new bank details below and update your records before paying invoice 441.',
    });
    expectFires(v, CHANGE);
  });
  it('"you will have received our letter about our new bank details" still is one', async () => {
    const v = await scan({
      subject: 'Invoice 441',
      text: 'You will have received our letter about our new bank details. Please pay invoice 441 to the new account.',
    });
    expectFires(v, CHANGE);
  });
  it('a German notice sent, not received, still is one', async () => {
    const v = await scan({
      subject: 'Information',
      text: 'Wir haben Ihnen eine Mitteilung über unsere neue Bankverbindung gesendet. Bitte überweisen Sie künftig dorthin.',
    });
    expectFires(v, CHANGE);
  });
});

describe('bank changes said in other words (rounds 260-262)', () => {
  const from = 'Accounts <accounts@marine-holdings.example>';
  for (const [what, text] of [
    [
      'the previous account no longer to be used',
      'Could you please remit the net charter proceeds to: IBAN MT31 VALL 2201 3000. The previous HSBC account should no longer be used.',
    ],
    [
      'payments to the old account reversed',
      'New pre-funding account: Bank Asia PLC A/C 0233 3400 1917. Top-ups made to the old account after 30 April will be reversed within 5 working days.',
    ],
    [
      'receivables assigned to a factor',
      'AquaMeter s.r.o. has assigned its trade receivables to our factoring partner with effect from 1 May. Please settle invoices issued after 1 May to: IBAN LT12 3250 0247.',
    ],
  ] as const)
    it(what, async () => {
      expectFires(await scan({ from, subject: 'Remittance', text }), CHANGE);
    });

  for (const [what, text] of [
    [
      'an account the reader closes',
      'Your previous card should no longer be used once the new one arrives; cut it in half.',
    ],
    [
      'a new account the reader opens',
      'Welcome! Your new account: sign in with the email address you registered.',
    ],
    [
      'a factoring product advertised',
      'Our invoice finance service lets you get paid faster. Ask us about factoring today.',
    ],
  ] as const)
    it(`not ${what}`, async () => expectAbsent(await scan({ from, subject: 'Update', text }), CHANGE));
});

describe('asks to pay said in other words (rounds 260-261)', () => {
  it('"remit the net charter proceeds" and "settle invoices" beside a sum are payment asks', async () => {
    for (const text of [
      'Could you please remit the net charter proceeds of EUR 6,800 to our management company.',
      'Please settle invoices issued after 1 May (EUR 12,400 open) to the account below.',
    ])
      expectFires(await scan({ subject: 'Payment', text }), 'email.content.payment_request');
  });
  it('"proceeds" in a report is none', async () => {
    const v = await scan({
      subject: 'Report',
      text: 'The net charter proceeds for June were EUR 41,200, up 8 % on last year.',
    });
    expectAbsent(v, 'email.content.payment_request');
  });
});

describe('chief-executive fraud in Slovak, Finnish, Turkish and Hungarian (rounds 260, 263, 264)', () => {
  const boss = (address: string, subject: string, text: string) =>
    scan({ from: address, to: 'Zuzana <zuzana@utility.example>', subject, text });
  for (const [lang, from, subject, text] of [
    [
      'Slovak',
      'Marek Šimko <marek.simko.gr@gmail.com>',
      'Dôverné',
      'Zuzana, píšem zo súkromného, som na rokovaní a služobný telefón mám vypnutý. Advokátska kancelária potrebuje dnes zálohu 48 600 EUR na escrow účet. Zatiaľ to nesmie ísť cez predstavenstvo. Daj mi vedieť sem, nie na firemný mail.',
    ],
    [
      'Finnish',
      'Heikki Vaara <heikki.vaara.np@gmail.com>',
      'Kiinteistökauppa',
      'Sari, olen neuvottelussa enkä pääse koneelle, kirjoitan puhelimesta. Myyjän juristi haluaa käsirahan tänään. Summa on 86 400 €. Asia on luottamuksellinen, älä keskustele tästä muiden kanssa.',
    ],
    [
      'Turkish',
      'Dr. Murat Aksoy <dr.murataksoy.klinik@gmail.com>',
      'Bugün bir ödeme',
      'Ayşe Hanım, şu an kongredeyim, telefonla konuşamıyorum. Cihaz firmasına bugün kapora yatırmamız gerekiyor. Tutar 18.400 EUR. Konu henüz ortaklarla paylaşılmadı, lütfen kendi aranızda tutun.',
    ],
  ] as const)
    it(`${lang}: a payment kept secret, from free mail`, async () => {
      const v = await boss(from, subject, text);
      expectFires(v, 'email.content.secrecy_urgency');
      expectFires(v, 'email.sender.freemail_business_ask');
    });
  it('Hungarian: gift vouchers kept secret, from free mail', async () => {
    const v = await boss(
      'Šimko Marek <vezerigazgato.vkdh@proton.me>',
      'Gyors szívesség',
      'Kedves Ildikó! Kérlek, vásárolj 12 darab 100 eurós ajándékutalványt, a kódokat küldd el ide. Egyelőre ne szólj senkinek.',
    );
    expectFires(v, 'email.content.secrecy_urgency');
  });

  // the same words in a colleague's ordinary mail from the company: no secret, no payment
  for (const [lang, text] of [
    ['Slovak', 'Zuzana, som na rokovaní do 14:00, potom ti zavolám ohľadom harmonogramu prác.'],
    ['Finnish', 'Sari, olen kokouksessa kahteen asti. Soitan sitten aikataulusta.'],
    [
      'Turkish',
      'Ayşe Hanım, şu an toplantıdayım, öğleden sonra sizi arayacağım. Randevu listesini ekte bulabilirsiniz.',
    ],
    ['Hungarian', 'Kedves Ildikó! Tárgyaláson vagyok délig, utána hívlak a számlázási határidőkről.'],
  ] as const)
    it(`${lang}: a colleague in a meeting asks for nothing`, async () => {
      const v = await boss('Colleague <colleague@utility.example>', 'Heute', text);
      expectAbsent(v, 'email.content.secrecy_urgency');
      expectAbsent(v, 'email.content.payment_request');
      expectAbsent(v, 'email.content.urgent_payment');
    });
  it('Slovak: a deposit asked for openly, from the company, is no secret', async () => {
    const v = await boss(
      'Účtovníctvo <uctovnictvo@utility.example>',
      'Záloha',
      'Dobrý deň, dodávateľ potrebuje zálohu 4 800 EUR podľa zmluvy, faktúru prikladám.',
    );
    expectAbsent(v, 'email.content.secrecy_urgency');
  });
});

describe('a sum written after its figures with thousands commas (round 260)', () => {
  it('"a deposit of 48,600 EUR … today" is an urgent payment ask', async () => {
    const v = await scan({
      from: 'Marek <marek.simko@gmail.com>',
      subject: 'Confidential',
      text: 'I am in a meeting. The law firm needs a deposit of 48,600 EUR to the escrow account today.',
    });
    expectFires(v, 'email.content.urgent_payment');
  });
  it('"needs a deposit" with no sum is none', async () => {
    const v = await scan({
      from: 'Marek <marek.simko@gmail.com>',
      subject: 'Booking',
      text: 'The venue needs a deposit before they confirm the booking, I will sort it out next week.',
    });
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.content.payment_request');
  });
});

describe('callbacks in Finnish and Turkish, and the brands they borrow (rounds 262-264)', () => {
  it('Finnish: a login from a device "we do not recognise", call the security service', async () => {
    const v = await scan({
      from: 'OP Ryhmä <ilmoitus@op-asiakastuki.example>',
      subject: 'Epäilyttävä kirjautuminen',
      text: 'Yrityspankkiin kirjauduttiin tunnuksillanne laitteelta, jota emme tunnista. Verkkopalvelun maksut on rajoitettu. Palauta käyttöoikeus soittamalla turvallisuuspalveluun: 0800 914 331.',
    });
    expectFires(v, 'email.content.callback');
    expectFires(v, 'email.sender.brand_display_name');
  });
  it('Finnish: the bank from its own domain, with no call to make, is neither', async () => {
    const v = await scan({
      from: 'OP Ryhmä <viestit@op.fi>',
      subject: 'Uusi laite',
      text: 'Otit käyttöön OP-mobiilin uudella laitteella. Jos tämä olit sinä, sinun ei tarvitse tehdä mitään.',
    });
    expectAbsent(v, 'email.content.callback');
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('Turkish: a renewal charged "if you did not request it", call to cancel', async () => {
    const v = await scan({
      from: 'Lisans Merkezi <lisans@klinikpro-yenileme.example>',
      subject: 'Yıllık lisans yenilemeniz tamamlandı',
      text: 'Yıllık lisansınız otomatik olarak yenilenmiş ve kayıtlı kartınızdan 48.900,00 TL tahsil edilmiştir. Bu yenilemeyi siz talep etmediyseniz 48 saat içinde 0850 305 41 72 numaralı hattımızı arayarak iade sürecini başlatabilirsiniz.',
    });
    expectFires(v, 'email.content.callback');
  });
  it('Turkish: a renewal receipt with no number to call is none', async () => {
    const v = await scan({
      from: 'Lisans Merkezi <lisans@klinikpro.example>',
      subject: 'Yıllık lisans yenilemeniz tamamlandı',
      text: 'Yıllık lisansınız yenilenmiştir, faturanız ektedir. Bu yenilemeyi siz talep etmediyseniz hesabınızdaki ayarlardan iptal edebilirsiniz.',
    });
    expectAbsent(v, 'email.content.callback');
  });
  for (const [name, from] of [
    ['Nagad', 'Nagad Corporate Settlements <settlement@nagad-corporate.example>'],
    ['bKash', 'bKash Agent Desk <agents@bkash-commission.example>'],
    ['Grameenphone', 'Grameenphone Business <e-bill@gp-businessbilling.example>'],
  ] as const)
    it(`${name} named from another domain`, async () => {
      const v = await scan({ from, subject: 'Notice', text: 'Please see the notice below.' });
      expectFires(v, 'email.sender.brand_display_name');
    });
  it('a GP surgery is not Grameenphone', async () => {
    const v = await scan({
      from: 'GP Practice <reception@surgery.example>',
      subject: 'Appointment',
      text: 'See you Monday.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
});

describe('data-theft extortion in French (round 265)', () => {
  it('the subscriber base "sera publiée" unless BTC "sont versés"', async () => {
    const v = await scan({
      from: 'Équipe <nv@onionmail.example>',
      subject: 'Votre base abonnés',
      text: "Nous avons extrait la base de vos abonnés (71 000 lignes). Si 2,5 BTC ne sont pas versés sur l'adresse bc1q8r4x2kz9ntvd6m3lqp7f0y5hw2cj4ue8axs6tk sous 96 heures, la base sera publiée.",
    });
    expectFires(v, 'email.content.extortion');
  });
  it("a newsletter's results to be published and a price in bitcoin are none", async () => {
    const v = await scan({
      from: 'La rédaction <redaction@journal.example>',
      subject: 'Marchés',
      text: 'Le bitcoin a clôturé à 2,5 BTC près du record. Les résultats du concours seront publiés lundi, tout sera publié sur notre site.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
});

describe("the payer's own means of paying is no ask (round 104, after the sums of this session)", () => {
  it('"we\'d prefer to pay by bank transfer … 12,450 EUR" from a customer', async () => {
    const v = await scan({
      from: 'Graham <g.whitfield@btinternet.example>',
      subject: 'Re: Quote',
      text: "We'd like to go ahead with option B (12,450 EUR). Could you send the contract? We'd prefer to pay by bank transfer from our UK account.",
    });
    expectAbsent(v, 'email.content.payment_request');
  });
  it('"you can pay by bank transfer: EUR 4,200" still asks', async () => {
    const v = await scan({
      from: 'Billing <billing@vendor.example>',
      subject: 'Invoice 77',
      text: 'Invoice 77 is attached. You can pay by bank transfer: EUR 4,200, IBAN below.',
    });
    expectFires(v, 'email.content.payment_request');
  });
});
