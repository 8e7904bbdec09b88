/**
 * From the forty-eighth round of hand-made mail (a freight forwarder in five countries; measured
 * unread, then read): a Turkish carrier's own domain spelt "lojistik"; and the attacks: Polish gift
 * cards, a Turkish bank change asked to be paid into, German customs duty to "pay now", a Dutch
 * carrier's "updated details" for the supplier file before the next payment run. Each beside its
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('round 48', () => {
  it('"lojistik" is how Turkish spells logistics, not a misspelt trade word; "logistlk" still is one', async () => {
    const text = 'Değerli İş Ortağımız, aralık ayı faturamız ektedir.';
    expectAbsent(
      await scan({ from: 'Muhasebe <muhasebe@yildizlojistik.example>', to: 'burak@kessler.example', text }),
      'email.sender.misspelt_trade_word',
    );
    expectFires(
      await scan({ from: 'Accounts <ap@riversidelogistlcs.example>', to: 'burak@kessler.example', text }),
      'email.sender.misspelt_trade_word',
    );
  });
  it('Polish: gift cards bought, codes scratched and photos "przesłać mi" is the gift-card ask', async () => {
    const v = await scan({
      from: 'Tomasz Zieliński <tomasz.zielinski.lodz@gmail.com>',
      to: 'marta@kessler.example',
      subject: 'Pilna prośba',
      text: 'Potrzebuję pilnie 10 kart podarunkowych Allegro po 500 zł. Proszę kupić karty, zdrapać kody i przesłać mi zdjęcia wszystkich kart w odpowiedzi na tego maila.',
    });
    expectFires(v, 'email.content.gift_card');
    const shop = await scan({
      from: 'Allegro <powiadomienia@allegro-sklep.example>',
      to: 'marta@kessler.example',
      text: 'Dziękujemy za zakup kart podarunkowych. Kody znajdziesz na swoim koncie.',
    });
    expectAbsent(shop, 'email.content.gift_card');
  });
  it('Turkish: current account details and "bu hesaba aktarılmasını rica ederiz" is a bank change with the payment asked for (high)', async () => {
    const text = (ask: string) =>
      `Değerli İş Ortağımız,\n\nOcak 2027 itibarıyla tahsilatlarımızı Kuveyt Türk hesabımız üzerinden almaya başladık. Güncel hesap bilgilerimiz aşağıdadır: IBAN TR53 0020 5000 0971 8245 3300 01.${ask}`;
    const from = 'Muhasebe <muhasebe@yildiz-tasimacilik.example>';
    expect(
      severityOf(
        await scan({
          from,
          to: 'burak@kessler.example',
          text: text(' Faturalarımızın bu hesaba aktarılmasını rica ederiz.'),
        }),
        'email.content.payment_change',
      ),
    ).toBe('high');
    expect(
      severityOf(
        await scan({ from, to: 'burak@kessler.example', text: text('') }),
        'email.content.payment_change',
      ),
    ).toBe('medium');
  });
  it('German: "Einfuhrabgaben jetzt bezahlen" asks for a payment; a statement that the duty was paid does not', async () => {
    expectFires(
      await scan({
        from: 'Zahlungsstelle <zahlungsstelle@zoll-bescheid.example>',
        to: 'zoll@kessler.example',
        text: 'Einfuhrabgaben in Höhe von 1.284,37 EUR sind offen. Zahlen Sie jetzt sicher online: https://bit.ly/3Zoll-EUSt',
      }),
      'email.content.payment_request',
    );
    expectAbsent(
      await scan({
        from: 'Zollabteilung <zoll@kessler.example>',
        to: 'pieter@kessler.example',
        text: 'Die Einfuhrabgaben für die Sendung wurden gestern per ATLAS beglichen.',
      }),
      'email.content.payment_request',
    );
  });
  it('Dutch: "onze bijgewerkte gegevens … in jullie leveranciersbestand verwerken vóór de volgende betaalrun" is a bank change', async () => {
    const v = await scan({
      from: 'Ria van der Berg <administratie@vdberg-transport.example>',
      to: 'femke@kessler.example',
      text: 'Hoi Femke,\n\nIn de bijlage vind je onze bijgewerkte gegevens op briefpapier; wil je die in jullie leveranciersbestand verwerken vóór de volgende betaalrun?',
    });
    expectFires(v, 'email.content.payment_change');
    const address = await scan({
      from: 'Ria van der Berg <administratie@vdberg-transport.example>',
      to: 'femke@kessler.example',
      text: 'Hoi Femke,\n\nWe zijn verhuisd; ons nieuwe bezoekadres staat in de bijlage. Verder verandert er niets.',
    });
    expectAbsent(address, 'email.content.payment_change');
  });
});
