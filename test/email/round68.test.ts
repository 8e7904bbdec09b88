/**
 * From the sixty-eighth round of hand-made mail (a freight company in Poznań; Polish, German,
 * English), read after it was measured unread: the asks of BEC and vishing in Polish, sums written
 * with a space between thousands, a card blocked and the reader sent to the "security team" by
 * phone, a file's name as a link's text, and two road-freight brands. Each beside a legitimate
 * look-alike that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { shownHost } from '../../src/email/text-urls.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'agnieszka.kolodziej@brzask.example';

describe('round 68: BEC asks in Polish', () => {
  it('"proszę zrób przelew 38 400 EUR … jeszcze dziś" from a free mail "CEO" is an urgent payment asked of the company', async () => {
    const v = await scan({
      from: 'Tomasz Wierzbicki <t.wierzbicki.prezes@gmail.com>',
      to,
      subject: 'pilne – zaliczka dla nowego przewoźnika',
      text: 'Agnieszka,\n\nprzewoźnik wymaga zaliczki za pierwszy miesiąc jeszcze dziś. Proszę zrób przelew 38 400 EUR:\nNordlys Kold Transport ApS\nIBAN DK50 0040 0440 1162 43\n\nJestem na spotkaniu, odpisz tylko jak pójdzie przelew.\n\nT.',
    });
    expectFires(v, 'email.content.urgent_payment');
    expectFires(v, 'email.sender.freemail_business_ask');
    expect(v.verdict).not.toBe('clean');
  });

  it('a colleague saying the transfer was made ("zrobiłem przelew") asks for nothing', async () => {
    const v = await scan({
      from: 'Tomasz Wierzbicki <tomasz.wierzbicki@brzask.example>',
      to,
      text: 'Agnieszka, zrobiłem przelew 38 400 EUR dziś rano, potwierdzenie w załączniku. Fakturę mają przysłać w poniedziałek.',
    });
    expectAbsent(v, 'email.content.urgent_payment');
    expect(v.verdict).toBe('clean');
  });

  it('gift cards bought quietly and their codes photographed, in Polish, is the gift-card scam', async () => {
    const v = await scan({
      from: 'Tomasz Wierzbicki <tw.brzask@proton.me>',
      to,
      subject: 'Nagrody dla kierowców – niespodzianka',
      text: 'Pani Doroto,\n\nma to być niespodzianka, więc proszę na razie nikomu nie mówić.\n\nProszę kupić 10 kart podarunkowych Allegro po 500 zł i przesłać mi zdjęcia kodów z tyłu kart.\n\nTomasz Wierzbicki',
    });
    expectFires(v, 'email.content.gift_card');
    expectFires(v, 'email.content.secrecy_urgency');
    expect(v.verdict).not.toBe('clean');
  });

  it("a shop's note about its gift cards sells them and asks nothing of the reader", async () => {
    const v = await scan({
      from: 'Allegro <powiadomienia@allegromail.pl>',
      to,
      text: 'Szukasz prezentu? Karty podarunkowe Allegro kupisz w każdej Żabce. Kod aktywujesz na allegro.pl.',
    });
    expectAbsent(v, 'email.content.gift_card');
    expect(v.verdict).toBe('clean');
  });

  it('"nawiązuję do mojej wiadomości głosowej" backing a request is the voice follow-up', async () => {
    const v = await scan({
      from: 'Karolina Wysocka <k.wysocka.leasing@gmail.com>',
      to,
      text: 'Dzień dobry Pani Agnieszko,\n\nnawiązuję do mojej wiadomości głosowej zostawionej wczoraj. Najszybciej złapie mnie Pani pod numerem 22 307 41 96.\n\nKarolina Wysocka',
    });
    expectFires(v, 'email.content.voice_followup');
    const plain = await scan({
      from: 'Karolina Wysocka <k.wysocka@leasing.example>',
      to,
      text: 'Dzień dobry, dziękuję za wczorajszą rozmowę. Umowa jest w załączniku, do zobaczenia w czwartek.',
    });
    expectAbsent(plain, 'email.content.voice_followup');
  });

  it('"rozliczamy się przez nowy rachunek" is a bank change; an invoice paid to the account on file is not', async () => {
    const v = await scan({
      from: 'Monika Kaczmarek <m.kaczmarek@trans-bud.example>',
      to,
      text: 'Dzień dobry,\n\nuprzejmie informuję, że od marca rozliczamy się przez nowy rachunek w banku Pekao. Dotyczy to także faktur już wystawionych.\n\nNowy numer: 27 1240 1789 1111 0011 4598 2230',
    });
    expectFires(v, 'email.content.payment_change');
    const routine = await scan({
      from: 'Monika Kaczmarek <m.kaczmarek@trans-bud.example>',
      to,
      text: 'Dzień dobry, w załączeniu faktura FV 41/02/2026, płatna jak zwykle na rachunek z umowy w ciągu 30 dni.',
    });
    expectAbsent(routine, 'email.content.payment_change');
  });

  it('"prosimy zalogować się do Internetowego Konta Klienta" under a threatened block is a credential pretext', async () => {
    const v = await scan({
      from: 'e-TOLL <powiadomienia@etoll-gov.example>',
      to,
      text: 'Urządzenia OBU zostaną zablokowane po upływie 24 godzin. Aby uniknąć blokady, prosimy zalogować się do Internetowego Konta Klienta i doładować saldo: https://etoll-gov.example/ikk/logowanie',
    });
    expectFires(v, 'email.content.credential_lure');
  });
});

describe('round 68: the card blocked and the security desk by phone', () => {
  const blocked = (from: string) =>
    scan({
      from,
      to,
      subject: 'DKV CARD vorsorglich gesperrt – Rückruf erforderlich',
      text: 'Die Karte wurde vorsorglich gesperrt. Um die Vorgänge zu prüfen, benötigen wir Ihre telefonische Bestätigung. Bitte rufen Sie unser Sicherheitsteam an: +49 2102 966 31 08',
    });

  it('"Karte … gesperrt … rufen Sie unser Sicherheitsteam an" with a number is a callback ask', async () => {
    const v = await blocked('Card Security <sicherheit@card-security.example>');
    expect(severityOf(v, 'email.content.callback')).toBe('medium');
  });

  it('in Polish the event disowned ("jeżeli nie zlecali Państwo") is the strong hook', async () => {
    const v = await scan({
      from: 'mBank – Departament Bezpieczeństwa <bezpieczenstwo@mbank-alerty.example>',
      to,
      text: 'System monitorowania wstrzymał zlecenie przelewu 48 300,00 PLN. Jeżeli nie zlecali Państwo tej operacji, prosimy o pilny kontakt z Departamentem Bezpieczeństwa pod numerem +48 22 104 88 60.',
    });
    expect(severityOf(v, 'email.content.callback')).toBe('high');
    expectFires(v, 'email.sender.brand_display_name');
    expect(v.verdict).not.toBe('clean');
  });

  it("a bank's own alert from its own domain shows the ask and stays clean", async () => {
    const v = await scan({
      from: 'mBank <powiadomienia@mbank.pl>',
      to,
      text: 'Nowe logowanie do mBank CompanyNet z nowej przeglądarki. Jeśli to Ty – nic nie musisz robić. Jeśli nie rozpoznajesz tego logowania, zadzwoń do nas na numer z odwrotu karty: +48 42 300 82 00.',
    });
    expect(v.verdict).toBe('clean');
  });

  it('a fuel card notice without a security event sends nobody to a security desk', async () => {
    const v = await scan({
      from: 'Fleet Cards <service@fleetcards.example>',
      to,
      text: 'Ihre neue Tankkarte ist unterwegs. Fragen? Rufen Sie unser Sicherheitsteam an: +49 2102 966 31 08',
    });
    expectAbsent(v, 'email.content.callback');
  });
});

describe("round 68: a file's name as a link's text, and road-freight brands", () => {
  it('a file name is no site a link could contradict; an address with a scheme still is', () => {
    expect(shownHost('carrier-guide-2026.pdf')).toBeNull();
    expect(shownHost('Rechnung_2026.xlsx')).toBeNull();
    expect(shownHost('statement.zip')).toBeNull();
    expect(shownHost('www.statement.zip')).toBe('www.statement.zip');
    expect(shownHost('www.harrowpike.co.uk')).toBe('www.harrowpike.co.uk');
    expect(shownHost('http://signin.ebay/ws/eBayISAPI.dll')).toBe('signin.ebay');
  });

  it("a customer's PDF link through Proofpoint, its text the file's name, is no mismatch", async () => {
    const v = await scan({
      from: 'Oliver Pike <oliver.pike@harrowpike.example>',
      to,
      html: '<p>The carrier guide is on our supplier site: <a href="https://urldefense.com/v3/__https://www.harrowpike.example/suppliers/carrier-guide-2026.pdf__;!!Kx7Lp2!Yb2Nd8fR1sQ6$">carrier-guide-2026.pdf</a>.</p>',
    });
    expectAbsent(v, 'email.link.text_href_mismatch');
    expect(v.verdict).toBe('clean');
  });

  it('TIMOCOM with rn for m (tirnocom.de) is a look-alike; TIMOCOM from timocom.de is itself', async () => {
    const fake = await scan({
      from: 'TIMOCOM <service@tirnocom.de>',
      to,
      html: '<p>Ein Auftraggeber hat eine Bewertung abgegeben.</p><p><a href="https://tirnocom.de/smartlogistics/login?ref=rating">Stellungnahme verfassen</a></p>',
    });
    expectFires(fake, 'email.sender.lookalike_domain');
    expect(fake.verdict).not.toBe('clean');
    const real = await scan({
      from: 'TIMOCOM <service@timocom.de>',
      to,
      html: '<p>Ein Auftraggeber hat eine Bewertung abgegeben.</p><p><a href="https://my.timocom.com/app/ratings">Stellungnahme verfassen</a></p>',
    });
    expectAbsent(real, 'email.sender.lookalike_domain');
    expect(real.verdict).toBe('clean');
  });
});
