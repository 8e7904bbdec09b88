/**
 * A sender whose domain misspells the organisation its display name gives
 * (src/email/misspelt-name.ts): one typing edit away from the name is a cousin domain; the
 * company's own spellings (a plural, spelt-out umlauts, a letter two words share, Polish ł) are not.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'contabilita@halvorsen-group.com', subject: 'Fattura', ...o }), {
    config,
    scorer: null,
  });
const ID = 'email.sender.misspelt_own_name';

describe('a domain that misspells its own sender name', () => {
  it('fires for a vendor writing from a cousin of its own name, and with a new IBAN flags the mail', async () => {
    const v = await scan({
      from: 'Amministrazione Ferri Imballaggi <amministrazione@ferri-imballagi.it>',
      subject: 'Aggiornamento coordinate bancarie',
      text: "Gentili colleghi, i pagamenti delle fatture dovranno essere effettuati sul seguente conto: IBAN IE29 AIBK 9311 5212 3456 78. Vi chiediamo di aggiornare l'anagrafica.",
    });
    expect(expectFires(v, ID).message).toContain('"g" left out');
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    ['Northfield Packaging AP <ap@northfield-packagimg.com>', 'northfield-packagimg.com'],
    ['Deutsche Bank <meine_bank@deutschebanc.de>', 'deutschebanc.de'],
  ])('fires for %s', async (from, domain) => {
    expect(
      expectFires(await scan({ from, text: 'Please see the attached statement.' }), ID).message,
    ).toContain(domain);
  });
  it('reads the company a signature names when the display name is a person', async () => {
    const text =
      'Sehr geehrte Frau Vogt,\n\nhat sich unsere Bankverbindung geändert.\n\nSabine Krüger\nDebitorenbuchhaltung\nBergmann Metallbau GmbH\nIndustriestraße 14';
    expect(
      expectFires(await scan({ from: 'Sabine Krüger <buchhaltung@bergmann-metalbau.de>', text }), ID).message,
    ).toContain('signature says "Bergmann Metallbau"');
    expectAbsent(await scan({ from: 'Sabine Krüger <buchhaltung@bergmann-metallbau.de>', text }), ID);
  });
  it.each([
    // the company's own spellings
    'Ferri Imballaggi <info@ferri-imballaggi.it>',
    'NF-e Distribuidora Serra Azul <nfe@distribuidoraserrazul.com.br>',
    'Drukarnia Wisła – Księgowość <ksiegowosc@drukarnia-wisla.pl>',
    'Bäckerei Müller <info@baeckerei-mueller.de>',
    'Fairmont Hotels <reservations@fairmonthotel.com>',
    // a name and the initials of its other words (round 132's SAP payment advice)
    'Brenner Automotive Systems – AP <sap-noreply@brenner-as.com>',
    // a short name has real neighbours; a person at a free mail address is no company domain
    'Acme Co <billing@acne.com>',
    'Northfield Packaging <northfield.packaging@gmail.com>',
  ])('stays silent for %s', async (from) => {
    expectAbsent(await scan({ from, text: 'Please see the attached statement.' }), ID);
  });
});
