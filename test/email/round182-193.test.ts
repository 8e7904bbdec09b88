/**
 * Rounds 182-193 (a pharmaceutical wholesaler in Zagreb, an e-residency accounting service in
 * Tallinn, an automotive supplier in Žilina, a flower exporter in Naivasha, an oil-field contractor in
 * Atyrau, a geothermal consultancy in Reykjavík; a rose-oil distillery in Kazanlak, a Georgian winery
 * and four more), scored unread: their false alarms, read afterwards.
 * A Slovak clerk forwarding a bank-change lure to IT to ask whether it is a scam, under Outlook's
 * "Pôvodná správa" marker; a Dutch buyer's accounts desk ("Administratie Kortekaas") and a software
 * vendor's renewals desk ("Seequent Renewals") signed by the clerk who writes from them; UniCredit's
 * Bulgarian bank on its own domain; a Kyiv director telling his accountant that "no new details" are
 * used. Each beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

const GERMAN_LURE = `Od: Sabine Krüger – Schrauben Weber GmbH <buchhaltung@schrauben-weber.example>
Odoslané: utorok 10. marca 2026 8:53
Komu: Jana Oravcová <jana.oravcova@kovotech.example>
Predmet: Neue Bankverbindung ab 01.04.2026

Sehr geehrte Frau Oravcová,

zum 01.04.2026 ändert sich unsere Bankverbindung. Bitte hinterlegen Sie ab sofort folgende Daten in Ihren Kreditorenstammdaten:

IBAN: LT49 3250 0671 2845 9902`;

const forward = (note: string, marker = '-----Pôvodná správa-----') =>
  scan({
    from: 'Jana Oravcová <jana.oravcova@kovotech.example>',
    to: 'Michal Kuruc <michal.kuruc@kovotech.example>',
    subject: 'FW: Neue Bankverbindung ab 01.04.2026 – je to podvod?',
    text: `${note}\n\n${marker}\n${GERMAN_LURE}`,
  });

describe('a lure forwarded to ask whether it is real, in Slovak (round 184)', () => {
  it('"Je to podvod?" above Outlook\'s Slovak marker', async () => {
    const v = await forward(
      'Michal, ahoj,\nprišiel mi tento mail, chcú meniť účet na litovský IBAN. Nič som neplatila ani neodpovedala. Je to podvod? Mám to niekam nahlásiť?\nVďaka\nJana',
    );
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.payment_change')).toBe('info');
    expect(v.verdict).toBe('clean');
  });
  it('Outlook\'s Slovak marker over a lure without its header block, and "je to podvod?" alone', async () => {
    const v = await scan({
      from: 'Jana Oravcová <jana.oravcova@kovotech.example>',
      to: 'Michal Kuruc <michal.kuruc@kovotech.example>',
      subject: 'Neue Bankverbindung',
      text: `Michal, ahoj,\nje to podvod?\nJana\n\n-----Pôvodná správa-----\n${GERMAN_LURE.split('\n\n').slice(1).join('\n\n')}`,
    });
    expectFires(v, 'email.content.reported_forward');
  });
  it('the quoted "Od: … Odoslané:" block alone, under the forward\'s subject, is the marker too', async () => {
    const v = await forward('Michal, ahoj,\nje to podvod? Nič som neplatila.\nJana', '');
    expectFires(v, 'email.content.reported_forward');
  });
  it('English "I suspect" (a guess, not a report) is no report word: Romanian "suspectă" is', async () => {
    const v = await forward('Hi Michal,\nI suspect the vendor master needs this before the April run.\nJana');
    expectAbsent(v, 'email.content.reported_forward');
    const ro = await forward('Michal, bună,\nadresa e suspectă.\nJana');
    expectFires(ro, 'email.content.reported_forward');
  });
  it('the same forward asking for the change to be made keeps the bank change', async () => {
    const v = await forward('Michal, ahoj,\nprosím, zmeň to v systéme do piatku.\nVďaka\nJana');
    expectAbsent(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
});

describe("a company desk's mailbox signed by the clerk who writes from it", () => {
  it('"Administratie Kortekaas <administratie@…>" signed "Linda Bos" (round 185)', async () => {
    const v = await scan({
      from: 'Administratie Kortekaas <administratie@kortekaasbloemen.example>',
      to: 'faith.achieng@mavunoflora.example',
      subject: 'Remittance advice - Bloemenhandel Kortekaas B.V.',
      text: 'Dear Faith,\n\nPlease find attached our remittance advice for the payment made today to your EUR account (the account on file): EUR 38,214.50.\n\nKind regards,\nLinda Bos\nCrediteurenadministratie',
    });
    expectAbsent(v, 'email.sender.signed_by_another');
    expect(v.verdict).toBe('clean');
  });
  it('"Seequent Renewals <renewals@…>" signed "Sophie Tait" (round 187)', async () => {
    const v = await scan({
      from: 'Seequent Renewals <renewals@seequent.example>',
      to: 'kristjan@gufuhver.example',
      subject: 'Your subscription expires on 31 March – renewal quote Q-118842',
      text: "Hi Kristján,\n\nYour subscription expires on 31 March 2026. To avoid any interruption to your users, please review the attached renewal quote and let me know if you'd like to go ahead.\n\nKind regards,\nSophie Tait\nRenewals Specialist",
    });
    expectAbsent(v, 'email.sender.signed_by_another');
  });
  it('the same desk on free mail, signed by a person, still is', async () => {
    const v = await scan({
      from: 'Administratie Kortekaas <administratie.kortekaas@gmail.com>',
      to: 'faith.achieng@mavunoflora.example',
      subject: 'Remittance',
      text: 'Dear Faith,\n\nPlease send your updated bank details today so we can release the payment.\n\nKind regards,\nLinda Bos',
    });
    expectFires(v, 'email.sender.signed_by_another');
  });
});

describe("a banking group's bank in another country, on its own domain (round 188)", () => {
  it('"UniCredit Bulbank <swift-notify@unicreditbulbank.bg>" is UniCredit\'s own', async () => {
    const v = await scan({
      from: 'UniCredit Bulbank <swift-notify@unicreditbulbank.bg>',
      to: 'm.koleva@rozovizvor.example',
      subject: 'Incoming payment credited – EUR 14,280.00',
      text: 'Dear Client,\n\nAn incoming payment has been credited to your account.\nAmount: EUR 14,280.00\n\nThis is an automated notification. For details please use Bulbank Online.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('the same name from a look-alike of it still names a brand it is not', async () => {
    const v = await scan({
      from: 'UniCredit Bulbank <swift-notify@unicredit-bulbank-online.com>',
      to: 'm.koleva@rozovizvor.example',
      subject: 'Incoming payment on hold',
      text: 'Dear Client,\n\nAn incoming payment of EUR 14,280.00 is on hold. Sign in to release it.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe('"no new details are used", in Russian (round 190)', () => {
  const note = (line: string) =>
    scan({
      from: 'Олександр Коваленко <o.kovalenko@vynnyidim.example>',
      to: 'Людмила Гнатюк <buh@vynnyidim.example>',
      subject: 'Срочно завтра: оплата Vazi Cellars 2026/031',
      text: `Людмила Петровна, добрый вечер.\n\nЗавтра, пожалуйста, оплата Vazi Cellars по инвойсу 2026/031, 21 360,00 EUR. Реквизиты — те же, что по договору. ${line}\n\nСпасибо,\nА. Коваленко`,
    });
  it('"Никаких новых реквизитов не используем" is no bank change', async () => {
    const v = await note('Никаких новых реквизитов не используем.');
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"оплатите на новые реквизиты" still is', async () => {
    const v = await note('Оплатите, пожалуйста, на новые реквизиты ниже.');
    expectFires(v, 'email.content.payment_change');
  });
});

describe('rounds 194-199 (scored at arrival, false alarms read)', () => {
  it("Trendyol's shipping mail from trendyolmail.com is its own (round 195)", async () => {
    const v = await scan({
      from: 'Trendyol <siparis@trendyolmail.com>',
      to: 'ayse@example.com',
      subject: 'Siparişin kargoya verildi!',
      text: 'Merhaba Ayşe, siparişin kargoya verildi. Kargonu takip etmek için uygulamayı açabilirsin.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
  const polish = (note: string) =>
    scan({
      from: 'Agnieszka Kowalczyk <zakupy@ptu.example>',
      to: 'Kamil Nowak <kamil.nowak@mearkoat.example>',
      subject: 'PD: Nowy rachunek do płatności w PLN',
      text: `${note}\n\n-------- Wiadomość przekazana --------\nOd: Mearkoat Polska <naleznosci@mearkoat-pl.example>\nTemat: Nowy rachunek do płatności w PLN\n\nSzanowni Państwo,\nod 1 maja 2026 r. prosimy o płatności na nowy rachunek: PL75 1090 1056 0000 0001 5230 8871`,
    });
  it('a Polish buyer asking "czy to od Was?" above the forwarded bank change (round 199)', async () => {
    const v = await polish(
      'Panie Kamilu,\ndostaliśmy dziś poniższą wiadomość. Czy to od Was? Nie zmieniamy nic w systemie, dopóki Pan nie potwierdzi.\nAgnieszka',
    );
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
  it('the same forward asking for the change keeps it', async () => {
    const v = await polish('Panie Kamilu,\nproszę o zmianę w systemie od maja.\nAgnieszka');
    expectAbsent(v, 'email.content.reported_forward');
  });
});

describe("IT's answer naming a government's own site above the quoted lure (round 189)", () => {
  const reply = (advice: string) =>
    `Hola Lucía:\nEs phishing: el dominio es sunat-buzonelectronico.com, no sunat.gob.pe. ${advice}\nSaludos,\nÓscar\n\n-----Mensaje original-----\nDe: Lucía Paredes\nEnviado el: lunes, 9 de marzo de 2026 09:48\nAsunto: ¿esto es de SUNAT?\n\n> SUNAT - Buzón Electrónico\n> Para visualizar el documento ingrese con su Clave SOL: https://sunat-buzonelectronico.com/ol-ti-itvisornoti/ingreso`;
  it('"entren escribiendo www.sunat.gob.pe" keeps the report a report', async () => {
    const v = await scan({
      from: 'Óscar Tapia <otapia@altomaranon.example>',
      to: 'lucia@altomaranon.example',
      subject: 'RE: ¿esto es de SUNAT?',
      text: reply(
        'Para revisar notificaciones reales siempre entren escribiendo www.sunat.gob.pe en el navegador.',
      ),
    });
    expect(severityOf(v, 'domain.lookalike.combosquat')).toBe('info');
    expect(v.verdict).toBe('clean');
  });
  it('a link to any other site in the note is the writer’s own', async () => {
    const v = await scan({
      from: 'Óscar Tapia <otapia@altomaranon.example>',
      to: 'lucia@altomaranon.example',
      subject: 'RE: ¿esto es de SUNAT?',
      text: reply('Para revisar notificaciones reales entren en www.sunat-consultas.com con su Clave SOL.'),
    });
    expect(severityOf(v, 'domain.lookalike.combosquat')).toBe('high');
  });
});
