/**
 * email.content.callback in Central and Eastern European and Nordic-island languages: the charge
 * disowned ("pokud jste tuto platbu neprovedli", "ako niste izvršili", "ha nem Ön kezdeményezte",
 * "kui te seda tehingut ei teinud", "dacă nu ați efectuat", "ef þú kannast ekki við"), their billing
 * words, and the vishing frame (a blocked card or a new device, then "call our security department").
 * Look-alikes: a shop's order with its account links, a colleague's mobile number, a bank's warning
 * that it never asks for a call, and the "call us with questions" of an ordinary invoice reminder.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.callback';
const scan = (subject: string, text: string, html?: string) =>
  analyzeEmail(
    eml({
      from: 'Zákaznický servis <servis@predplatne-info.example>',
      to: 'jana@example.cz',
      subject,
      text,
      html,
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe(`${ID}: the charge disowned`, () => {
  it.each([
    [
      'Czech',
      'Potvrzení obnovení předplatného',
      'Vaše roční předplatné Norton 360 bylo automaticky obnoveno a z vašeho účtu bylo strženo 2 899,00 Kč. Pokud jste tuto platbu neprovedli, zavolejte na naši zákaznickou linku +420 228 881 540.',
      '+420 228 881 540',
    ],
    [
      'Slovak',
      'Vaša objednávka',
      'Vaša objednávka č. 88412 bola spracovaná, suma 349,99 € bola odpísaná z vášho účtu. Ak ste túto objednávku nevykonali, zavolajte nám na číslo +421 2 3300 4127.',
      '+421 2 3300 4127',
    ],
    [
      'Croatian',
      'Obnova pretplate',
      'Vaša pretplata McAfee Total Protection je obnovljena i terećeno je 2.399,00 kn. Ako niste izvršili ovu transakciju, nazovite našu korisničku službu na broj +385 1 5555 014.',
      '+385 1 5555 014',
    ],
    [
      'Slovene',
      'Podaljšanje naročnine',
      'Vaša letna naročnina je bila podaljšana, bremenitev v znesku 299,99 € je izvedena. Če tega niste opravili vi, pokličite naš klicni center na številko +386 1 600 3412.',
      '+386 1 600 3412',
    ],
    [
      'Hungarian',
      'Előfizetés megújítása',
      'Előfizetését megújítottuk, kártyáját 119 990 Ft összeggel megterheltük. Ha nem Ön kezdeményezte a megújítást, hívja ügyfélszolgálatunkat a +36 1 555 0142 számon.',
      '+36 1 555 0142',
    ],
    [
      'Estonian',
      'Teie tellimus',
      'Teie tellimus nr 55102 on kinnitatud ja kaardilt debiteeriti 349,00 €. Kui te seda tellimust ei teinud, helistage meile numbril +372 600 4127.',
      '+372 600 4127',
    ],
    [
      'Romanian',
      'Reînnoirea abonamentului',
      'Abonamentul dumneavoastră a fost reînnoit și contul a fost debitat cu 1.499,00 lei. Dacă nu ați efectuat această plată, sunați la numărul +40 21 555 0142.',
      '+40 21 555 0142',
    ],
    [
      'Icelandic',
      'Endurnýjun áskriftar',
      'Áskriftin þín hefur verið endurnýjuð og 49.900 kr. hafa verið skuldfærðar. Ef þú kannast ekki við þessa færslu, hringdu í okkur í síma +354 555 0142.',
      '+354 555 0142',
    ],
  ])('fires on %s', async (_, subject, text, number) => {
    const v = await scan(subject, text);
    const s = expectFires(v, ID);
    expect(s.severity).toBe('high');
    expect(s.message).toContain(`Call ${number} `);
  });
});

describe(`${ID}: a security event and the security desk`, () => {
  it.each([
    [
      'Czech',
      'Bezpečnostní upozornění',
      'Do vašeho internetového bankovnictví bylo přidáno nové zařízení. Pokud jste to nebyli vy, kontaktujte ihned naše bezpečnostní oddělení na čísle +420 228 881 540.',
    ],
    [
      'Croatian',
      'Sigurnosna obavijest',
      'Vaša kartica je privremeno blokirana zbog sumnjive aktivnosti. Nazovite odjel za sprječavanje prijevara na +385 1 5555 014.',
    ],
    [
      'Hungarian',
      'Biztonsági figyelmeztetés',
      'Kártyája zárolva lett egy szokatlan bejelentkezés miatt. Kérjük, hívja biztonsági osztályunkat a +36 1 555 0142 számon.',
    ],
    [
      'Romanian',
      'Alertă de securitate',
      'Cardul dumneavoastră a fost blocat temporar. Vă rugăm să sunați departamentul antifraudă la +40 21 555 0142.',
    ],
    [
      'Estonian',
      'Turvateade',
      'Teie kontole lisati uus seade. Kui see polnud teie, helistage turvaosakonda numbril +372 600 4127.',
    ],
  ])('fires on %s', async (_, subject, text) => {
    const v = await scan(subject, text);
    expect(['medium', 'high']).toContain(expectFires(v, ID).severity);
  });
});

describe(`${ID}: a held payment order and the bank's name (read round 182)`, () => {
  const held = (from: string) =>
    analyzeEmail(
      eml({
        from,
        to: 'cfo@farmadria.example',
        subject: 'Zaustavljen nalog 23.870,00 EUR',
        text: 'Sustav za sprječavanje prijevara zaustavio je nalog za plaćanje u iznosu od 23.870,00 EUR. Ako nalog NISTE zadali, molimo da odmah nazovete naš Centar za sigurnost na +385 1 7757 410.',
      }),
      { config: resolveConfig({}), scorer: null },
    );
  it('"ako nalog niste zadali … nazovete naš Centar za sigurnost", the bank named on a look-alike', async () => {
    const v = await held('Zagrebačka banka – Sigurnost <sigurnost@zaba-obavijesti.example>');
    expect(expectFires(v, ID).severity).toBe('high');
    expectFires(v, 'email.sender.brand_display_name');
    expect(v.verdict).not.toBe('clean');
  });
  it("the bank's own domain is no brand impersonation", async () => {
    const v = await held('Zagrebačka banka – Sigurnost <sigurnost@zaba.hr>');
    expectAbsent(v, 'email.sender.brand_display_name');
  });
});

describe(`${ID}: look-alikes stay silent`, () => {
  it("a shop's order confirmation that links to the account pages", async () => {
    const links = ['ucet', 'objednavky', 'vraceni', 'napoveda', 'doprava', 'faktury']
      .map((p) => `<a href="https://www.obchod-priklad.cz/${p}">${p}</a>`)
      .join(' ');
    const text =
      'Děkujeme za objednávku v hodnotě 2 899,00 Kč. Pokud jste tuto objednávku nevytvořili, zavolejte na naši zákaznickou linku +420 228 881 540.';
    const v = await scan('Vaše objednávka', text, `<p>${text}</p><p>${links}</p>`);
    expectAbsent(v, ID);
  });

  it("a colleague's mobile number", async () => {
    const v = await scan(
      'Sutra',
      'Bok Ivana, za sutrašnji sastanak nazovi me na +385 91 555 0142 ako ne nađeš ured. Pozdrav, Marko',
    );
    expectAbsent(v, ID);
  });

  it('a bank warning that it never asks for a call', async () => {
    const v = await scan(
      'Upozornění na podvody',
      'Upozorňujeme na podvodné e-maily: banka vás nikdy nepožádá, abyste zavolali na číslo z e-mailu. Pokud jste tuto platbu neprovedli, volejte pouze číslo na zadní straně vaší karty, +420 800 100 100.',
    );
    expectAbsent(v, ID);
  });

  it("an invoice reminder's 'call us with questions' has no hook without an amount", async () => {
    const v = await scan(
      'Faktura za listopad',
      'Dobrý den, v příloze zasíláme fakturu za listopad. V případě dotazů nás kontaktujte na čísle +420 228 881 540. S pozdravem, účtárna',
    );
    expectAbsent(v, ID);
  });
});
