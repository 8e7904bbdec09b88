/**
 * Scams read by meaning (src/email/scam-schemes.ts): each scheme fires on a lure worded so that no
 * phrase rule reads it, and stays silent on the legitimate mail that shares its words (a market
 * newsletter's percentages, an exchange's withdrawal notice, a real job, a security newsletter that
 * describes the scheme).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { findSchemes, isBase58CheckAddress, MAX_SCHEME_TOKENS } from '../../src/email/scam-schemes.js';
import { normalizeForMatch } from '../../src/email/normalize.js';
import { CONCEPT_WORDS } from '../../src/email/scam-concepts.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const schemesOf = (text: string) =>
  findSchemes([{ where: 'body:text', text: normalizeForMatch(text), source: text }]).map((h) => h.scheme);

describe('extortion read by meaning', () => {
  const ID = 'email.content.extortion';
  const lure =
    'I know Harbour2019! is one of your passwords. A program I placed on a site you visited gave me your device. ' +
    'While you were watching adult videos your webcam made a split-screen clip. I also have every contact from your mailbox. ' +
    'My price is modest: 1450 USD in Bitcoin, to this address: bc1qz7p3m0tw4xq2k9yv6l5hfd8r3cj2n4s7ue0a9k. ' +
    'You have 48 hours. If nothing arrives, the clip goes out to all your contacts, family and colleagues.';
  it('fires (strong) on a sextortion lure no phrase rule reads, and flags it', async () => {
    const v = await scan({ from: 'kevin@mail.example', to: 'kevin@mail.example', text: lure });
    expect(expectFires(v, ID).message).toContain('read by meaning');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent in a security newsletter that describes the same scheme', async () => {
    const v = await scan({
      from: 'Safe Online <news@safeonline.example>',
      to: 'reader@example.com',
      text: `How sextortion scams work. A typical message reads: "${lure}" Such emails are scams: delete them.\n\nUnsubscribe: https://safeonline.example/u?x=1`,
    });
    expectAbsent(v, ID);
  });
  it('stays silent on a personal mail about a family video and a Bitcoin purchase', async () => {
    const v = await scan({
      from: 'Dana <dana@mail.example>',
      to: 'sam@example.com',
      text: 'I posted the video of the wedding and sent the link to the whole family and our friends. Also I finally bought some bitcoin, 48 hours after you told me to. Love, Dana',
    });
    expectAbsent(v, ID);
  });
});

describe('investment fraud read by meaning', () => {
  const ID = 'email.content.investment_fraud';
  it('fires on an AI trading pitch with a daily return and a USDT top-up', async () => {
    const v = await scan({
      from: 'Sophie Lambert <sophie.lambert.pm@outlook.example>',
      to: 'greg@example.com',
      text: 'Great speaking with you last week. The Quantix engine has averaged 3.4% per day for members over the last 90 days. You can start with as little as $250 and withdraw at any time. Your account manager will walk you through funding with USDT.',
    });
    expect(expectFires(v, ID).message).toContain('read by meaning');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent on a fund letter quoting a yearly return and on a cashback promotion', async () => {
    const letter = await scan({
      from: 'Harbor Funds <investor.relations@harborfunds.example>',
      to: 'client@example.com',
      text: 'The Global Equity fund returned 3.4% in the quarter and 11.2% per year since inception. The minimum investment remains $2,500; you can add to your portfolio from your account.',
    });
    expectAbsent(letter, ID);
    const promo = await scan({
      from: 'ShopMore <offers@shopmore.example>',
      to: 'client@example.com',
      text: 'Earn 5% back every week on groceries with your ShopMore card. No minimum spend.',
    });
    expectAbsent(promo, ID);
  });
});

describe('recovery and advance-fee scams read by meaning', () => {
  const ID = 'email.content.advance_fee';
  it('fires on a crypto-recovery firm asking a release fee in USDT (Italian)', async () => {
    const v = await scan({
      from: 'Studio Legale Ferri <recuperi@ferri-legal.example>',
      to: 'mario@example.com',
      text: 'Gentile cliente, abbiamo individuato e recuperato i fondi rubati dalla piattaforma. Per lo sblocco è richiesta una commissione del 4% (678 EUR), da versare in USDT entro venerdì.',
    });
    expect(expectFires(v, ID).message).toContain('read by meaning');
  });
  it('fires on a compensation held behind a delivery fee paid in gift cards', async () => {
    expect(
      schemesOf(
        'The board approved your compensation of $1.5M on an ATM card. Only the delivery fee of $280 remains, payable in Apple gift cards.',
      ),
    ).toContain('advance_fee');
  });
  it('stays silent on an exchange withdrawal notice with a network fee and an address', async () => {
    const v = await scan({
      from: 'Coinbase <no-reply@coinbase.com>',
      to: 'client@example.com',
      text: 'You sent 0.0100 BTC to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa. Network fee: 0.00002 BTC. If you did not make this withdrawal, lock your account from the app.',
    });
    expectAbsent(v, ID);
  });
});

describe('money mules read by meaning', () => {
  const ID = 'email.content.money_mule';
  it('fires on a Swedish job receiving client funds, sending them on and keeping 10 %', async () => {
    const v = await scan({
      from: 'Nordvik Capital <rekrytering.nordvik@gmail.example>',
      to: 'anna@example.se',
      text: 'Hej Anna! Vi erbjuder ett jobb på distans. Du kommer att ta emot betalningar från våra kunder på ditt privata konto, skicka vidare beloppet via krypto och behålla 10 % som provision.',
    });
    expect(expectFires(v, ID).message).toContain('read by meaning');
  });
  it('stays silent on a real accounts-receivable job posting', async () => {
    const v = await scan({
      from: 'Talent Team <jobs@northwind.example>',
      to: 'anna@example.com',
      text: 'We are hiring an accounts receivable clerk. You will process incoming payments from customers, reconcile them in SAP and keep the ledger up to date. Salary and benefits on our careers page.',
    });
    expectAbsent(v, ID);
  });
  it('fires on a reshipping job and not on a warehouse notice', () => {
    expect(
      schemesOf(
        'Quality Control Inspector, work from home: you receive packages at your address, check them and reship them within 24h with the prepaid labels we email you.',
      ),
    ).toContain('reshipping');
    expect(
      schemesOf(
        'Our warehouse received your packages and will ship them on Monday with our standard carrier.',
      ),
    ).not.toContain('reshipping');
  });
});

describe('email.content.stranger_payment: a stranger paid in vouchers or crypto', () => {
  const ID = 'email.content.stranger_payment';
  it('fires on a romance scam asking for Bitcoin for school fees, and flags it', async () => {
    const v = await scan({
      from: 'Captain Daniel Moore <dan.moore.rig@yahoo.example>',
      to: 'helen@example.com',
      text: 'My darling, I think of you every night out here on the oil rig. My daughter must pay her school fees by Friday and my account is frozen until I am back. Could you send $2,400 in Bitcoin to my agent? I will repay you the day I land.',
    });
    expect(expectFires(v, ID).message).toContain('read by meaning');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent on a friend asking to be paid back for a trip, and on a love letter', async () => {
    const trip = await scan({
      from: 'Maya <maya@mail.example>',
      to: 'helen@example.com',
      text: 'Hi love! The cabin came to $240 each. Can you pay me back on Venmo when you get a chance? Miss you already.',
    });
    expectAbsent(trip, ID);
    const card = await scan({
      from: 'Maya <maya@mail.example>',
      to: 'helen@example.com',
      text: 'My darling, happy birthday! I bought you a gift card for the spa, it is in your drawer.',
    });
    expectAbsent(card, ID);
  });
});

describe('crypto addresses', () => {
  it('accepts a base58check address whose checksum holds and rejects one with a changed character', () => {
    expect(isBase58CheckAddress('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(true);
    expect(isBase58CheckAddress('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toBe(false);
    expect(isBase58CheckAddress('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
  });
  it('reads a valid address as the crypto part of a scheme, not a hash of the same shape', () => {
    const story = 'We traced your stolen savings and can recover them; the release fee is due to ';
    expect(schemesOf(`${story}1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa today.`)).toContain('recovery');
    expect(schemesOf(`${story}1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb today.`)).not.toContain('recovery');
  });
  it('reads a huge body (a scheme past the first MAX_SCHEME_TOKENS words is not looked for)', () => {
    expect(schemesOf('bitcoin fee release inheritance '.repeat(50_000))).toContain('advance_fee');
    const late = `${'word '.repeat(MAX_SCHEME_TOKENS)} the release fee of your inheritance is payable in bitcoin`;
    expect(schemesOf(late)).not.toContain('advance_fee');
  });
});

describe('records asked for, read by meaning (email.content.data_request)', () => {
  const ID = 'email.content.data_request';
  it("fires on an 'auditor' asking for the staff register by return mail (French), and flags it beside a Reply-To at free mail", async () => {
    const v = await scan({
      from: 'Claire Moreau - Cabinet Vellin Audit <c.moreau@vellin-audit.example>',
      to: 'rh@client.example',
      replyTo: 'claire.moreau.audit@gmail.com',
      text: "Dans le cadre de notre mission, merci de nous transmettre avant ce soir l'export complet du registre du personnel, avec pour chaque salarié le numéro de sécurité sociale et le RIB.",
    });
    expect(expectFires(v, ID).message).toContain('read by meaning');
    expect(v.verdict).not.toBe('clean');
  });
  it("is not read in a tax preparer's ask for the client's own W-2, nor in a warning not to email staff data", async () => {
    expect(
      schemesOf('To finish your return, please email your W-2 and the 1099 from your bank.'),
    ).not.toContain('records');
    const warning = await scan({
      from: 'HR <hr@northwind.example>',
      to: 'managers@northwind.example',
      text: 'Reminder: never email the employee list or payroll data outside the company, whoever asks.',
    });
    expectAbsent(warning, ID);
  });
});

describe('more schemes read by meaning (round 17)', () => {
  it('business extortion: bad reviews unless BTC is paid (and not a reputation-management offer)', async () => {
    const v = await scan({
      from: 'Reputation Services <repsvc@proton.example>',
      to: 'owner@bistro.example',
      text: 'From Monday our network will post one-star reviews about your restaurant every day. You can avoid all of this: send 0.15 BTC to bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg before Sunday.',
    });
    // (the phrase rules read this one too now: REPUTATION_THREAT beside a crypto demand)
    expectFires(v, 'email.content.extortion');
    expect(
      schemesOf(
        'From Monday our network will post one-star reviews about your restaurant every day. You can avoid all of this: send 0.15 BTC to bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg before Sunday.',
      ),
    ).toContain('business_extortion');
    expect(
      schemesOf(
        'Our reputation service helps you answer one-star reviews and avoid losing bookings. Plans from $49 a month; we also accept BTC.',
      ),
    ).not.toContain('business_extortion');
  });
  it('a relative\'s "new number" asking for a payment, and not the same news with a promise not to ask for money', async () => {
    const v = await scan({
      from: 'Lucía <lucia.fdez@gmail.example>',
      to: 'mama@example.es',
      text: 'Hola mamá, se me ha caído el móvil al agua, esta es mi dirección nueva. ¿Me puedes pagar hoy 780 € a la cuenta de mi amiga? Te lo devuelvo el lunes.',
    });
    expect(expectFires(v, 'email.content.stranger_payment').message).toContain('new number');
    const mum = await scan({
      from: 'Mum <mum@icloud.example>',
      to: 'tom@example.com',
      text: "Hi love, I lost my phone in the canal, this is my new number for now. I'm not asking you to transfer 50 € or anything, if anyone texts asking for money it isn't me. Call me tonight.",
    });
    expectAbsent(mum, 'email.content.stranger_payment');
  });
  it('a disaster appeal into a personal USDT wallet over WhatsApp, and not a project newsletter with a donation address', () => {
    expect(
      schemesOf(
        'Since the floods we feed 240 people a day. Please send what you can: USDT (TRC20) TVmbzYgqUgFhPT43Qge1ubPg7i1ZtB8ZXt, or WhatsApp me on +977 980 1443 219.',
      ),
    ).toContain('charity_wallet');
    expect(
      schemesOf(
        'Release 4.2 is out. The project runs on donations: bitcoin bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg or GitHub Sponsors.',
      ),
    ).not.toContain('charity_wallet');
  });
  it("a cashier's check for more than the price with the rest sent on, and not a buyer paying the price by check", async () => {
    const v = await scan({
      from: 'Dr. Paul Keating <dr.paulkeating@aol.example>',
      to: 'sarah@example.com',
      text: "My assistant will mail you a cashier's check for $3,850, which includes the $2,400 for the piano plus $1,450 for the movers. Once it clears, please send the movers' portion to them via Zelle.",
    });
    expect(expectFires(v, 'email.content.money_mule').message).toContain('read by meaning');
    expect(
      schemesOf("I'll bring a cashier's check for the $2,400 when I pick up the piano on Saturday."),
    ).not.toContain('fake_check');
  });
  it('paid tasks unlocked by a USDT top-up, and not a job ad that lists tasks and a salary', () => {
    expect(
      schemesOf(
        'O trabalho consiste em avaliar produtos: 40 tarefas por dia. Algumas tarefas combinadas exigem carregar o saldo da conta de trabalho em USDT.',
      ),
    ).toContain('task_scam');
    expect(
      schemesOf('Job: operations assistant. Tasks: scheduling, invoicing, supplier calls. Salary €32,000.'),
    ).not.toContain('task_scam');
  });
});

describe('gift cards: "call the number on the back of your card"', () => {
  it("is a bank's advice, not a gift card's code asked for", async () => {
    const v = await scan({
      from: 'Harbor Bank <alerts@harborbank.example>',
      to: 'client@example.com',
      html: '<p>We will never:</p><ul><li>Ask you to pay with gift cards or cryptocurrency to fix a problem</li><li>Ask for your one-time code</li></ul><p>If something feels off, hang up and call the number on the back of your card.</p>',
    });
    expectAbsent(v, 'email.content.gift_card');
  });
  it('still reads a scammer asking for the codes on the back of the cards', async () => {
    const v = await scan({
      from: 'Director <director.office@gmail.example>',
      to: 'assistant@firm.example',
      text: 'I need six Apple gift cards of $200 for clients today. Scratch them and send me the pictures of the codes on the back of the cards.',
    });
    expectFires(v, 'email.content.gift_card');
  });
});

describe('bank changes read by meaning (email.content.payment_change)', () => {
  const ID = 'email.content.payment_change';
  it('is strong for closing funds sent to a "secondary trust account" while the phones are down', async () => {
    const v = await scan({
      from: 'Karen Lowell <klowell@lowell-titlelaw.example>',
      to: 'buyers@example.com',
      text: 'Your cash-to-close is $86,412.57. Our primary escrow account is in its annual reconciliation, so funds for this closing go to our secondary trust account: Routing 122043561, Account 330922817745. Our office phones are being upgraded this week, so please reply here once the transfer is sent.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
    expect(v.verdict).not.toBe('clean');
  });
  it('reads a vendor that moved its operating account, in a thread, with coordinates and future remittances', async () => {
    const v = await scan({
      from: 'Priya N <priya.n@harlowpack.example>',
      to: 'megan@northbeam.example',
      text: 'We completed the move of our operating account to First Meridian, so the March and April remittances (and everything going forward) should go to the account below.\nABA 071926184\nAccount 5520 4819 0073',
    });
    expect(expectFires(v, ID).message).toContain('move of our operating account');
  });
  it('is read within one sentence only (a payee added to your account is read here, and dropped by the rule below)', () => {
    const coords = ' Routing 122043561, account 330922817745, amount $120.';
    expect(schemesOf(`A new beneficiary was added to your account.${coords}`)).toContain('bank_change');
    expect(
      schemesOf(`Your annual statement for the Konto. Ihr neuer Abschlag is lower.${coords}`),
    ).not.toContain('bank_change');
  });
  it("leaves the reader's own account and an unchanged account as no payment change", async () => {
    const own = await scan({
      from: 'Banco Exemplo <avisos@bancoexemplo.example>',
      to: 'cliente@example.pt',
      text: 'Foi adicionado um novo beneficiário à sua conta. Conta 0035 0123 0001 2345 6789 0, valor 2.500 €.',
    });
    expectAbsent(own, ID);
    const same = await scan({
      from: 'Administración Fincas Sol <admin@fincassol.example>',
      to: 'propietarios@example.es',
      text: 'Recuerde: nuestra cuenta no ha cambiado. IBAN ES91 2100 0418 4502 0005 1332. La derrama de 300 € vence el día 15.',
    });
    expectAbsent(same, ID);
  });
});

describe('gift-card codes read by meaning (email.content.gift_card)', () => {
  const ID = 'email.content.gift_card';
  it('fires on Google Play top-ups whose scratched codes go back to the asker (Spanish), and flags it', async () => {
    const v = await scan({
      from: 'Alberto Ferrer <alberto.ferrer.direccion@gmail.example>',
      to: 'marta@grupoandalmar.example',
      text: 'Quiero tener un detalle con el equipo: 10 recargas de Google Play de 100 € cada una. Cuando las tengas, rasca la parte de atrás y mándame una foto donde se vean bien los códigos.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent on an IT notice about an app from Google Play and its code, and on cards whose codes HR emails out', async () => {
    expect(
      schemesOf(
        'Install Microsoft Authenticator from Google Play, scan the QR code and enter the six-digit code. We will email you a guide.',
      ),
    ).not.toContain('gift_codes');
    expect(
      schemesOf(
        'Thank you, volunteers! Each of you gets a $25 gift card; HR will email you the codes on Friday.',
      ),
    ).not.toContain('gift_codes');
  });
});

describe('the callback hook read by meaning', () => {
  const ID = 'email.content.callback';
  it('reads "se non ha richiesto il rinnovo" and a toll-free number spaced one digit at a time (Italian)', async () => {
    const v = await scan({
      from: 'Servizio Clienti <rinnovi.protezione@outlook.example>',
      to: 'giorgio@studio.example',
      text: 'Il Suo piano annuale è stato rinnovato. Importo addebitato: € 349,99. Se non ha richiesto il rinnovo, chiami entro 48 ore il numero 8 0 0 . 5 5 . 0 1 . 4 7 per il rimborso.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
  });
  it('reads a receipt\'s bare "Not you?" before the number', async () => {
    const v = await scan({
      from: 'Receipt <receipts@shop-notices.example>',
      to: 'ann@example.com',
      text: 'Thank you for your purchase. Streaming + Cloud bundle, 3 years: $549.00. Not you? +1 805 555 0186',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
  });
  it('reads the hook asked as a question ("Did not authorise this renewal?") and "cancellations and refunds"', async () => {
    const text = (hook: string) =>
      `Your AutoCAD subscription was renewed automatically. Amount charged: EUR 6,147.00. ${hook} Call Renewals: +44 20 3808 5172.`;
    const v = await scan({
      from: 'Billing Center <renewals.center@mail-notices.example>',
      to: 'agnieszka@meble.example',
      text: text('Did not authorise this renewal?'),
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
    const w = await scan({
      from: 'Billing Center <renewals.center@mail-notices.example>',
      to: 'agnieszka@meble.example',
      text: text('Cancellations and refunds are possible within 48 hours.'),
    });
    expect(expectFires(w, ID)).toMatchObject({ severity: 'high' });
    // a seller's thanks that names the renewal without disowning it is no hook
    expectAbsent(
      await scan({
        from: 'Billing Center <renewals.center@mail-notices.example>',
        to: 'agnieszka@meble.example',
        text: text('We did authorise this renewal on your instruction of 2 January.'),
      }),
      ID,
    );
  });
  it('is no dispute hook without the condition, or with the words in another order', () => {
    expect(schemesOf('There is no additional cost or request needed for the refund.')).not.toContain(
      'dispute',
    );
    expect(schemesOf('Your authorization was not needed for this change.')).not.toContain('dispute');
    expect(schemesOf('If this renewal was not requested by you, write to us.')).toContain('dispute');
  });
});

describe('secrecy read by meaning (email.content.secrecy_urgency)', () => {
  const ID = 'email.content.secrecy_urgency';
  it('reads "please don\'t loop in the deal team or treasury" (an order shutting out who would check)', async () => {
    const v = await scan({
      from: 'Elaine Voss <e.voss@ridgeline-partners.example>',
      to: 'marcus@ridgeline.example',
      text: "This is about Project Harbor. Please don't loop in the deal team or treasury until Monday.",
    });
    expect(expectFires(v, ID).message).toContain('loop in the deal team');
  });
  it('is not a sign-in notice\'s "do not share this code with anyone", nor reported speech', () => {
    expect(schemesOf('Do not share this code with anyone, not even our staff.')).toContain('secrecy'); // read, then …
    expect(
      schemesOf('I promised him not to tell anyone about the party.').filter((s) => s.startsWith('secrecy')),
    ).toEqual([]);
  });
  it("drops the reader's own code or password from the secrecy the rule sees", async () => {
    const v = await scan({
      from: 'Northfield Credit Union <no-reply@northfieldcu.example>',
      to: 'member@example.com',
      text: 'Your sign-in code is 482913. Do not share this code with anyone, not even our staff. Please pay your card balance of $120 today.',
    });
    expectAbsent(v, ID);
  });
});

describe('findSchemes properties', () => {
  // words the concepts read, so random texts do reach the schemes' code paths
  const word = fc.constantFrom(
    'bitcoin',
    'fee',
    'release',
    'inheritance',
    'if',
    'not',
    'requested',
    'video',
    'contacts',
    'new',
    'account',
    'routing 122043561',
    '3.4% per day',
    '$250',
    'send me',
    'gift card',
    'codes',
    'job',
    'receive',
    'payments',
    'forward',
    'keep',
    "don't",
    'tell',
    'treasury',
    'bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg',
    '.',
    '\n',
    'ł',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 3000 }),
    fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 400 }).map((w) => w.join(' ')),
  );
  it('never throws, is deterministic, and every hit quotes text of its segment', () => {
    fc.assert(
      fc.property(text, (t) => {
        const segs = [{ where: 'body:text', text: normalizeForMatch(t), source: t }];
        const a = findSchemes(segs);
        expect(findSchemes(segs)).toEqual(a);
        for (const h of a.flatMap((s) => s.hits)) expect(segs[0]!.text.slice(h.index)).toContain(h.match);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

describe('round 18 generalisations', () => {
  it('extortion: the threat\'s "if" may come later than the recording and the contacts', () => {
    expect(
      schemesOf(
        'I have recordings from evenings you would not want your colleagues or your family to see. I want 1450 USD in Bitcoin. BTC: bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg. You have 72 hours from opening this message. I can see when it is read and I will know. If you talk to anyone about this, the file goes out.',
      ),
    ).toContain('extortion');
  });
  it('investment: a monthly range read by its top ("9-14% miesięcznie"), not a 2 % monthly coupon', () => {
    expect(
      schemesOf(
        'Algorytm sam zarządza pozycjami. Uczestnicy osiągali średnio 9-14% miesięcznie. Minimalny udział to 1 000 zł.',
      ),
    ).toContain('investment');
    expect(
      schemesOf(
        'Our note pays a fixed coupon of 2.1% monthly with principal protection; the minimum deposit is $5,000.',
      ),
    ).not.toContain('investment');
  });
  it('a disaster appeal that takes crypto because "card payments are temporarily unavailable" fires even with an unsubscribe link', async () => {
    const v = await scan({
      from: 'Coastal Relief Alliance <appeal@coastalrelief.example>',
      to: 'donor@example.com',
      text: 'Our volunteer teams are distributing water after the cyclone. Ways to give: Bitcoin bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg. Card payments are temporarily unavailable.\n\nUnsubscribe: https://coastalrelief.example/unsubscribe',
    });
    expectFires(v, 'email.content.stranger_payment');
    const real = await scan({
      from: 'Red Cross <news@redcross.example>',
      to: 'donor@example.com',
      text: 'Our volunteer teams are distributing water after the cyclone. Give by card, PayPal, bank transfer or Bitcoin bc1qcqu5g3n7m7xq7swwsc5cspjz9kcnetym7u3vpg.\n\nUnsubscribe: https://redcross.example/unsubscribe',
    });
    expectAbsent(real, 'email.content.stranger_payment');
  });
  it('closing funds: "disregard the funding sheet in your original packet" is a bank change, and the phones "being moved" talk the reader out of calling', async () => {
    const v = await scan({
      from: 'Melissa Tran | Keystone Title <m.tran@keystonetitle-escrow.example>',
      to: 'buyers@example.com',
      text: 'Your final cash to close is $86,412.37. Please use the funding sheet attached here and disregard the funding sheet in your original closing packet. Our office phones are being moved to the new system this week, so please reply here rather than calling the main line.',
    });
    expect(expectFires(v, 'email.content.payment_change')).toMatchObject({ severity: 'high' });
    expect(
      schemesOf(
        'Please disregard the previous invoice, the amount was wrong; the corrected one is attached.',
      ),
    ).not.toContain('disregard_old');
  });
  it('a callback number with the letter o for zero, behind "if you didn\'t plan to renew"', async () => {
    const v = await scan({
      from: 'Account Services <acct.desk4471@outlook.example>',
      to: 'ann@example.com',
      text: "Your yearly plan has been renewed. Amount: $449.99. If you didn't plan to renew, our billing desk can reverse it: +1 (8O8) 555 - O147.",
    });
    expect(expectFires(v, 'email.content.callback')).toMatchObject({ severity: 'high' });
  });
});

describe('round 19 legitimate look-alikes (held-out false alarms, read after their numbers)', () => {
  it('HR\'s policy "bank details are changed only in the portal" is no bank change', async () => {
    const v = await scan({
      from: 'Recursos Humanos <rh@lusomar.example>',
      to: 'ana@lusomar.example',
      text: 'O seu recibo de vencimento já está disponível no portal. Os Recursos Humanos nunca lhe vão pedir o IBAN por email. A alteração de dados bancários é feita apenas no portal, com confirmação por SMS.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('a university\'s alert quoting a sextortion mail ("This is a sextortion scam") is no extortion', async () => {
    const v = await scan({
      from: 'University IT Security <itsecurity@carroway.example>',
      to: 'students@carroway.example',
      text: '"I hacked your device months ago and recorded you through your webcam. Transfer $1,450 in Bitcoin to the wallet below within 48 hours or I will send the video to everyone you know." This is a sextortion scam. Do not reply and do not pay.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
  it('a landlord\'s "if you don\'t agree with the deductions, call me" is no disputed charge', async () => {
    const v = await scan({
      from: 'Graham Tulley <graham.tulley@btinternet.com>',
      to: 'tenant@example.com',
      text: "Your deposit of £1,200 less £85 for cleaning will be repaid to your bank this week; the receipt is attached. If you don't agree with the deductions, call me on 07700 900 236.",
    });
    expectAbsent(v, 'email.sender.freemail_brand_billing');
  });
  it('a buyer\'s cashier\'s check from "Affinity Plus" for the exact price is no fake cheque', () => {
    expect(
      schemesOf(
        "I'll bring a cashier's check from my credit union (Affinity Plus) for the $8,500 we agreed, and we can forward the title paperwork to the DMV together.",
      ),
    ).not.toContain('fake_check');
  });
  it("IT's notice quoting the CEO gift-card text is no gift-card ask", async () => {
    const v = await scan({
      from: 'IT Security <itsecurity@norland.example>',
      to: 'allstaff@norland.example',
      text: '"I need you to get 5 Apple gift cards, $200 each. Scratch off the back, send me photos of the codes." Our CEO will never ask you to buy gift cards; these scams spike in the holidays.',
    });
    expectAbsent(v, 'email.content.gift_card');
  });
});

describe("the security team's round-up that warns without naming fraud", () => {
  it('shows its quoted lures and its defanged look-alike as info', async () => {
    const v = await scan({
      from: 'Security Team <security@marlowe.example>',
      to: 'allstaff@marlowe.example',
      text: '1. "Are you at your desk?" from a Gmail address with Michael\'s name; next comes "buy gift cards for a client and send me the codes". Michael will never ask this.\n2. A look-alike domain harborline-logistcs[.]com asked AP to settle to a new account with an "urgent wire transfer today".\n3. We will never ask you to verify your account by scanning a code. Report anything odd with the Report button.',
    });
    expect(v.signals.filter((s) => s.severity !== 'info').map((s) => s.id)).toEqual([]);
    expect(v.verdict).toBe('clean');
  });
});

describe('the concept lexicon', () => {
  it('writes every word as the normaliser reads the text (a word it would change never matches)', () => {
    const unread = Object.entries(CONCEPT_WORDS).flatMap(([c, words]) =>
      words
        .filter((w) => normalizeForMatch(w.replace(/\*$/, '')) !== w.replace(/\*$/, ''))
        .map((w) => `${c}: ${w}`),
    );
    expect(unread).toEqual([]);
  });
});
