/**
 * email.content.callback in the languages its scams are written in: French numbers with a one-digit
 * area code ("01 84 60 27 19"), Italian ones ("02 1234 5678"), the charge disowned in French,
 * Italian, Spanish, Dutch, German and Swedish ("si vous n'êtes pas à l'origine de ce
 * renouvellement"), Italian and Swedish billing words, and "contactez notre service client" as the
 * weaker hook. Look-alikes: a shop's receipt with its account links, a friend's mobile number, a
 * date that is not a number to call.
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
      from: 'Service Facturation <facturation@abos-service.example>',
      to: 'jp@example.fr',
      subject,
      text,
      html,
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe(`${ID}: other languages`, () => {
  it.each([
    [
      'French, a one-digit area code',
      'Confirmation de renouvellement',
      "Nous vous confirmons le renouvellement automatique de votre abonnement McAfee Total Protection.\nMontant débité : 349,99 €\nSi vous n'êtes pas à l'origine de ce renouvellement, contactez notre service client au 01 84 60 27 19.",
      '01 84 60 27 19',
    ],
    [
      'Italian, a Milan number',
      'Rinnovo abbonamento',
      'Il suo abbonamento Norton è stato rinnovato e le sono stati addebitati 299,99 €. Se non ha effettuato lei questo rinnovo, chiami il servizio clienti al 02 4127 8890 entro 24 ore.',
      '02 4127 8890',
    ],
    [
      'Spanish',
      'Su pedido ha sido procesado',
      'Su suscripción anual ha sido renovada por 389,99 €. Si no ha realizado esta compra, llame a atención al cliente: +34 910 55 01 42.',
      '+34 910 55 01 42',
    ],
    [
      'Dutch',
      'Uw bestelling',
      'Uw abonnement is verlengd en er is € 299,00 afgeschreven. Als u dit niet heeft aangevraagd, bel dan onze klantenservice op +31 20 555 0142.',
      '+31 20 555 0142',
    ],
    [
      'German',
      'Ihre Bestellung',
      'Ihr Abonnement wurde verlängert, 349,99 € wurden abgebucht. Falls Sie diese Bestellung nicht getätigt haben, rufen Sie unseren Kundenservice an: +49 30 5550 1420.',
      '+49 30 5550 1420',
    ],
    [
      'Swedish',
      'Din prenumeration',
      'Din prenumeration har förnyats och 3 499,00 kr har debiterats. Om du inte har godkänt köpet, ring vår kundtjänst på +46 8 555 014 20.',
      '+46 8 555 014 20',
    ],
  ])('fires on %s', async (_, subject, text, number) => {
    const v = await scan(subject, text);
    const s = expectFires(v, ID);
    expect(s.severity).toBe('high');
    expect(s.message).toContain(`Call ${number} `);
  });

  it('reads "contactez notre service client" with an amount as the weaker hook (medium)', async () => {
    const v = await scan(
      'Votre commande',
      'Votre commande a été validée. Montant : 189,90 €. Pour toute question, contactez notre service client au 01 84 60 27 19.',
    );
    expect(expectFires(v, ID).severity).toBe('medium');
  });

  it("stays silent for a shop's receipt that links to the account pages", async () => {
    const links = ['compte', 'commandes', 'retours', 'aide', 'livraison', 'factures']
      .map((p) => `<a href="https://www.boutique-exemple.fr/${p}">${p}</a>`)
      .join(' ');
    const v = await scan(
      'Votre commande',
      'Merci pour votre commande de 189,90 €. Pour annuler, contactez notre service client au 01 84 60 27 19.',
      `<p>Merci pour votre commande de 189,90 €. Pour annuler, contactez notre service client au 01 84 60 27 19.</p><p>${links}</p>`,
    );
    expectAbsent(v, ID);
  });

  it("stays silent for a friend's mobile number", async () => {
    const v = await scan(
      'Samedi',
      "Salut Paul, pour samedi appelle-moi au 06 12 34 56 78 si tu n'es pas sûr de l'adresse. Bises, Claire",
    );
    expectAbsent(v, ID);
  });

  it('does not read a date or an amount as a number to call', async () => {
    const v = await scan(
      'Renouvellement',
      "Votre abonnement a été renouvelé le 01.05.2024 pour 1 234,56 €. Si vous n'êtes pas à l'origine de ce renouvellement, répondez à ce message.",
    );
    expectAbsent(v, ID);
  });
});
