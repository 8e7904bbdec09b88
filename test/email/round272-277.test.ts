/**
 * Blind rounds 272-277 (written by helpers who never saw Vigil), scored at arrival; only their false
 * alarms were read. Two real hauliers announcing a bank change and sending the payer to check it on
 * the number already held ("na numer, który macie Państwo w umowie", "our office number already held
 * by you"): a change to verify, not one talked out of checking; and MitID Erhverv, MitID's business
 * portal, on its own domain mitid-erhverv.dk.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const CHANGE = 'email.content.payment_change';

describe('a bank change sent to be checked on the number already held (rounds 273, 274)', () => {
  for (const [lang, subject, text] of [
    [
      'Polish',
      'Zmiana rachunku bankowego',
      'W załączeniu pismo o zmianie naszego rachunku bankowego od 1 kwietnia. Prosimy o przelew faktury 441 na nowy rachunek: PL12 3456 7890 1234 5678 9012 3456. Bardzo prosimy NIE zmieniać danych wyłącznie na podstawie tego maila. Proszę zadzwonić do prezesa na numer, który macie Państwo w umowie.',
    ],
    [
      'English',
      'Change of bank account',
      'Change of bank account with effect from 01 April 2026: please pay invoice 441 to our new account, IBAN LK12 3456 7890. Please confirm by telephone on our office number already held by you before amending your records.',
    ],
  ] as const)
    it(`${lang}: medium, and says so`, async () => {
      const v = await scan({ from: 'Biuro <biuro@haulier.example>', subject, text });
      const s = expectFires(v, CHANGE);
      if (s.severity !== 'medium' || !s.message.includes('verify them by the number already on file'))
        throw new Error(`expected a verified change, got ${s.severity}: ${s.message}`);
    });
  it('Polish: the same change with no word of checking stays high', async () => {
    const v = await scan({
      from: 'Biuro <biuro@haulier.example>',
      subject: 'Zmiana rachunku bankowego',
      text: 'Uprzejmie informujemy o zmianie naszego rachunku bankowego od 1 kwietnia. Prosimy o przelew faktury 441 na nowy rachunek: PL12 3456 7890 1234 5678 9012 3456.',
    });
    const s = expectFires(v, CHANGE);
    if (s.severity !== 'high') throw new Error(`expected high, got ${s.severity}`);
  });
});

describe('MitID Erhverv from its own domain (round 275)', () => {
  it('mitid-erhverv.dk is MitID', async () => {
    const v = await scan({
      from: 'MitID Erhverv <noreply@mitid-erhverv.dk>',
      subject: 'Du har fået tildelt en ny rettighed i MitID Erhverv',
      text: 'Din administrator har tildelt dig en ny rettighed.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
  it('mitid-erhverv-login.com still is not', async () => {
    const v = await scan({
      from: 'MitID Erhverv <noreply@mitid-erhverv-login.example>',
      subject: 'Bekræft din rettighed',
      text: 'Log ind for at bekræfte.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});
