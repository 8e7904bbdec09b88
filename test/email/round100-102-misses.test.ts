/**
 * Rounds 100 and 102 (an olive-oil producer in Puglia and its German distributors; an IT
 * managed-service provider in Leeds), scored unread, then their missed attacks read: the schemes and
 * the languages the rules did not read (Italian and Polish executive fraud, an English one that
 * never says "wire", a German factoring notice, a reputational threat paid in Bitcoin, directory
 * fine print in German, Italian and Polish). Each beside a legitimate message it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Ciao', ...o }), { config, scorer: null });
const to = 'Rosaria <rosaria@frantoio.example>';

describe('executive fraud in the words people write', () => {
  it('English: "I need a payment to go out to a new supplier … can\'t get into the banking app"', async () => {
    const v = await scan({
      from: 'Gareth Holroyd <gareth.holroyd.kgs@gmail.com>',
      to: 'Jo <jo@msp.example>',
      subject: 'Are you at your desk?',
      text: "Jo,\n\nAre you around this afternoon? I need a payment to go out to a new supplier before the cut-off. I'm sat in with the partners at the surgery and can't get into the banking app on this phone.\n\nLet me know and I'll send you the details over.\n\nGareth",
    });
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });
  it('Italian: "ti scrivo dal personale … dobbiamo versare oggi la caparra … per ora non ne parlare"', async () => {
    const v = await scan({
      from: 'Vito <vito.ciccarese.bitonto@gmail.com>',
      to,
      subject: 'cosa riservata',
      text: "Rosaria buongiorno,\n\nsono a Verona dal notaio per la faccenda del terreno, ti scrivo dal personale perché il cellulare aziendale qui dentro non prende.\n\nDobbiamo versare oggi la caparra confirmatoria al venditore, 28.500 euro.\n\nPer ora non ne parlare con Nicola, glielo voglio dire io quando è tutto chiuso. Dimmi quando sei davanti a Inbiz che ti giro l'IBAN del conto dedicato del notaio.\n\nVito",
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expectFires(v, 'email.content.secrecy_urgency');
  });
  it('Polish: "piszę z prywatnej skrzynki … zaliczkę na rachunek powierniczy … nie rozmawiaj o tym z nikim"', async () => {
    const v = await scan({
      from: 'Piotr <p.wroblewski.kgs@proton.me>',
      to: 'Asia <joanna@msp.example>',
      subject: 'Poufne - zaliczka',
      text: 'Asia,\n\npiszę z prywatnej skrzynki, bo to na razie nie może iść przez firmowego maila. Kancelaria sprzedającego chce zaliczkę na rachunek powierniczy jeszcze przed 15:00.\n\nKwota: 18 400,00 GBP\n\nProszę, nie rozmawiaj o tym z nikim w biurze, dopóki nie ogłosimy. Daj znać, jak przelew wyjdzie.\n\nPiotr',
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expectFires(v, 'email.content.secrecy_urgency');
  });
  it('a colleague at the notary with no money asked stays clean', async () => {
    const v = await scan({
      from: 'Vito <vito@frantoio.example>',
      to,
      subject: 'rogito',
      text: 'Rosaria, sono dal notaio per il rogito del magazzino, non posso rispondere al telefono fino alle 13. Ci sentiamo nel pomeriggio per il resto.\n\nVito',
    });
    expectAbsent(v, 'email.content.secrecy_urgency');
    expect(v.verdict).toBe('clean');
  });
});

describe("a factoring company's notice of assignment", () => {
  it('payments "ab der nächsten Fälligkeit auf das in der Anzeige genannte Treuhandkonto" change the payee account', async () => {
    const v = await scan({
      from: 'Factor Forderungsmanagement <dach@factor-forderungen.example>',
      to: 'Tobias <tobias@olivenhaus.example>',
      subject: 'Abtretungsanzeige Frantoio / Olivenhaus',
      text: 'Sehr geehrter Herr Renner,\n\nim Auftrag unserer Mandantin übersenden wir Ihnen anbei die Abtretungsanzeige. Für Sie ändert sich in der Abwicklung nichts. Lediglich die Zahlungen erfolgen ab der nächsten Fälligkeit auf das in der Anzeige genannte Treuhandkonto.\n\nMit freundlichen Grüßen',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('"Zahlungen erfolgen wie bisher auf unser bekanntes Konto" changes nothing', async () => {
    const v = await scan({
      from: 'Frantoio <amministrazione@frantoio.example>',
      to: 'Tobias <tobias@olivenhaus.example>',
      subject: 'Rechnung EX-2026-014',
      text: 'Sehr geehrter Herr Renner,\n\nanbei die Rechnung EX-2026-014. Die Zahlungen erfolgen wie bisher auf unser bekanntes Konto.\n\nMit freundlichen Grüßen',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
});

describe('a reputational threat paid in Bitcoin', () => {
  const complaint = (demand: string) =>
    scan({
      from: '"M. K." <verbraucher.hinweis@proton.me>',
      to: 'info@olivenhaus.example',
      subject: 'Glassplitter in Ihrem Olivenöl',
      text: `Sehr geehrte Damen und Herren,\n\nmein Sohn hat sich an einem Glassplitter im Öl verletzt. Bevor ich mich an die Lebensmittelüberwachung und die Redaktion der Morgenpost wende und die Fotos auf Google und Instagram veröffentliche, gebe ich Ihnen die Gelegenheit, die Angelegenheit diskret zu regeln.\n\n${demand}\n\nM. K.`,
    });
  it('is extortion with a wallet', async () => {
    const v = await complaint(
      'Ich erwarte eine Entschädigung von 3.500 EUR in Bitcoin an folgende Adresse: bc1q7m2x9hd4wz0kq5f3t8yv6lsn3cgp2e4r0aj8uf',
    );
    expectFires(v, 'email.content.extortion');
  });
  it("is a customer's complaint without one", async () => {
    const v = await complaint(
      'Ich erwarte Ihre Stellungnahme und eine Erstattung des Kaufpreises bis Freitag.',
    );
    expectAbsent(v, 'email.content.extortion');
  });
});

describe('directory fine print in German, Italian and Polish', () => {
  const billed = (text: string) =>
    scan({
      from: 'Register <info@register-zentral.example>',
      to: 'info@olivenhaus.example',
      subject: 'Datenabgleich 2026',
      text,
    });
  it('a three-year term, a "private optional service", a private register whose returned form is an order', async () => {
    for (const text of [
      'Bitte unterschrieben zurücksenden. Kleingedruckt: Mit Unterschrift wird ein Eintrag im Online-Verzeichnis für eine Laufzeit von 3 Jahren zum Jahrespreis von EUR 798,00 beauftragt.',
      "Avviso di pagamento della quota annuale 2026 per il mantenimento della posizione BA-04471 nel Registro Operatori. Importo: EUR 486,00. L'iscrizione al Registro è un servizio privato facoltativo.",
      'Prosimy o podpisanie i odesłanie formularza wraz z uiszczeniem opłaty 890,00 zł za utrzymanie wpisu w rejestrze. Rejestr jest rejestrem prywatnym i nie jest powiązany z CEIDG. Odesłanie podpisanego formularza stanowi zamówienie płatnej usługi na okres 3 lat.',
    ])
      expectFires(await billed(text), 'email.content.directory_scam');
  });
  it("a chamber's real membership fee, with no fine print, is no directory scam", async () => {
    const v = await billed(
      'Gentile socio, in allegato la fattura per la quota associativa 2026 della Camera di Commercio italo-tedesca (EUR 450,00) e la conferma della sua iscrizione nel nostro elenco dei soci.',
    );
    expectAbsent(v, 'email.content.directory_scam');
  });
});
