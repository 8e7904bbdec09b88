/**
 * A display name that is a brand and nothing else presents as that brand, even when the brand is
 * also an ordinary word; a From with no valid address cannot be the brand's mail.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.brand_display_name';
const scan = (from: string) =>
  analyzeEmail(eml({ from, to: 'user@fabrikam.example', subject: 'Notice', text: 'Hello.' }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe('email.sender.brand_display_name for a bare brand name or no valid address', () => {
  it.each([
    ['Correios <alfandega016306@correios>', 'Correios'],
    ['Correios <avisos@rastreio-entrega.example>', 'Correios'],
    ['"Facebook" <>', 'Facebook'],
    ['Amazon <orders@shipping-updates.example>', 'Amazon'],
    // service words of the languages delivery and tax lures are written in
    ['Entrega Correios <alfandega698521@correios>', 'Correios'],
    ['Correios S/A <aviso092550@rastreio.example>', 'Correios'],
    ['Paketzustellung DHL <info@paket-status.example>', 'DHL'],
    ['Suivi Colis La Poste <suivi@colis-livraison.example>', 'La Poste'],
    ['Notificação Bradesco <aviso@atendimento-cliente.example>', 'Bradesco'],
    ['Banco.Bradesco <bradescpontoslivelo@outlook.com>', 'Bradesco'],
    ['USPS Tracking Status <social201612216@social.university.example>', 'USPS'],
    // brands of the extended list, and a German compound for the team
    ['Starbucks - Thank You! <info@secaccinfo.example>', 'Starbucks'],
    ['McAfee Cybersicherheitsteam <support@norskdesign.example>', 'McAfee'],
    ['Livelo <resgate84@carstock.example>', 'Livelo'],
    ['Exodus Wallet <exodus.com-wallet7@support.example>', 'Exodus'],
    ['Techniker Krankenkasse <support@camping.example>', 'Techniker Krankenkasse'],
  ])('fires for %s', async (from, brand) => {
    const s = expectFires(await scan(from), ID);
    expect(s.message).toContain(`names ${brand}`);
  });
  it('says when there is no valid sender address at all', async () => {
    expect(expectFires(await scan('"Facebook" <>'), ID).message).toContain('no valid address');
  });
  it.each([
    ['a person called Chase', 'Chase <chase.miller@northwind.example>'],
    ['a surname that is a brand, with a first name', 'Ann Norton <ann@northwind.example>'],
    ['the brand on its own domain', 'Correios <avisos@correios.com.br>'],
    ['the brand on its own domain with a service word', 'Entrega Correios <avisos@correios.com.br>'],
    ['a person whose surname is a brand word', 'Pedro Correios <pedro.c@northwind.example>'],
    [
      'a person with a brand-word surname and an article',
      'Maria da Costa Santander <maria@northwind.example>',
    ],
    ['a company whose name contains a brand word', 'Apple Valley Dental <office@applevalleydental.example>'],
    ['a person called Otto', 'Otto <otto.berg@northwind.example>'],
    ['an insurer naming the programme it sells', 'Humana Medicare <news@humana.example>'],
    ['a hotel named after its street', 'Hilton Street Guesthouse <stay@hiltonstreet.example>'],
    ['a brand on its own domain from the extended list', 'Starbucks Rewards <rewards@starbucks.com>'],
  ])('stays silent for %s', async (_, from) => {
    expectAbsent(await scan(from), ID);
  });
});
