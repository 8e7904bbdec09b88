/**
 * email.sender.freemail_bank_details: bank coordinates to pay into, from a personal free mail address
 * to a company, read by their shape in any language. Each case beside the legitimate mail of the same
 * shape it must leave alone: a customer's account number with a company, a mistyped IBAN, money
 * between friends, a list post, a company's own domain, the company's coordinates quoted back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { bankCoordinates, validIban } from '../../src/email/freemail-bank-details.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.freemail_bank_details';
const scan = (o: EmlOptions) =>
  analyzeEmail(
    eml({
      from: 'Andi Saputra <andisaputra.cgk@gmail.com>',
      to: 'Fitri <fitri.hr@rimbunair.example>',
      subject: 'Perubahan rekening gaji',
      ...o,
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe(ID, () => {
  it('fires on coordinates in any language: a valid IBAN, a sort code and account, a labelled account number', async () => {
    for (const [text, shown] of [
      // Indonesian payroll diversion: the label and the number
      [
        'Selamat pagi Mbak Fitri, mulai gaji bulan Februari saya ingin mengganti rekening. Rekening baru: Bank Jago No. rekening 1087 2291 4410 a.n. Andi Saputra',
        'No. rekening 1087 2291 4410',
      ],
      // Welsh: a sort code and an eight-digit account
      [
        'Manylion newydd: Cod didoli: 07-04-36 Rhif cyfrif: 48199623. Diolch yn fawr iawn.',
        '07-04-36 Rhif cyfrif: 48199623',
      ],
      // a supplier's "new" IBAN, spaced in fours
      [
        'Please note our new account for the March invoices: IBAN LT35 3250 0822 1640 7143, Revolut.',
        'LT35 3250 0822 1640 7143',
      ],
      // Argentina's virtual account
      [
        '¿Me podés cambiar el destino del sueldo? CVU: 0000003100048213770529 Alias: rq.mp',
        'CVU: 0000003100048213770529',
      ],
      // the English label beside a bank word
      ['My new bank is Chase. Routing 122187238, account number 4471 0092 3381.', 'Routing 122187238'],
    ] as const) {
      const v = await scan({ text });
      expect(expectFires(v, ID).evidence[1]!.text).toBe(shown);
      // strong on its own
      expect(v.verdict).not.toBe('clean');
    }
  });

  it('leaves alone what is no bank account: a customer number, a mistyped IBAN, a date and a phone', async () => {
    // a customer writing to a company about their own account there (no bank named)
    expectAbsent(await scan({ text: 'Hello, I want to cancel my plan. Account number: 40118772.' }), ID);
    // check digits that do not hold
    expectAbsent(await scan({ text: 'Reference: LT36 3250 0822 1640 7143' }), ID);
    // a date and a phone number are not a sort code and an account
    expectAbsent(await scan({ text: 'See you on 12 03 26, call me on 07700 900123.' }), ID);
  });

  it('leaves alone money between friends, list posts, company domains and quoted coordinates', async () => {
    const text = 'Same account as before: IBAN LT35 3250 0822 1640 7143.';
    // to free mail only: private correspondence
    expectAbsent(await scan({ to: 'Kirsten <kirsten.r@gmail.com>', text }), ID);
    // a mailing-list post
    expectAbsent(await scan({ text, headers: { 'List-Id': '<members.club.example>' } }), ID);
    // a company writing from its own domain
    expectAbsent(await scan({ from: 'Accounts <accounts@kemascatering.example>', text }), ID);
    // the company's own coordinates quoted back in a reply
    expectAbsent(
      await scan({
        text: `Thanks, I will pay on Friday.\n\nOn Mon, 2 Mar 2026 at 10:00, Rimbun Accounts <ar@rimbunair.example> wrote:\n> ${text}`,
      }),
      ID,
    );
    // the same coordinates in the sender's own words fire
    expectFires(await scan({ text }), ID);
  });

  it('validates IBAN check digits: any IBAN built with its check digits holds, and one changed digit breaks it', () => {
    const mod97 = (s: string) => {
      let rest = 0;
      for (const c of s) rest = (rest * (c >= 'A' ? 100 : 10) + (c >= 'A' ? c.charCodeAt(0) - 55 : +c)) % 97;
      return rest;
    };
    fc.assert(
      fc.property(
        fc.constantFrom('DE', 'FR', 'LT', 'NL', 'ES', 'GB', 'PL'),
        fc.stringMatching(/^[0-9]{14,26}$/),
        fc.nat(),
        (country, bban, at) => {
          const check = String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
          const iban = `${country}${check}${bban}`;
          expect(validIban(iban)).toBe(true);
          // one digit of the account changed by one: mod 97 sees it
          const i = 4 + (at % bban.length);
          const changed = `${iban.slice(0, i)}${(+iban[i]! + 1) % 10}${iban.slice(i + 1)}`;
          expect(validIban(changed)).toBe(false);
        },
      ),
    );
    expect(bankCoordinates('no coordinates here, only 12-03-2026')).toBeNull();
  });
});
