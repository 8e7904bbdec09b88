/**
 * Rules from the eleventh probe round (test/fixtures/README.md, "probes/"), each with the legitimate
 * look-alike it must leave alone:
 * - sextortion said without "I recorded you": "I've had access to your devices", "the videos go to
 *   every contact";
 * - a mule's "personal checking account"; a reshipping job in Dutch; the crypto exchange's "tax
 *   must be settled before funds can be released";
 * - a courier collecting the bank card (strong);
 * - a document service named in a link's text ("View workbook (Excel Online)") on a free host.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('eleventh round: fraud said in other words', () => {
  it('reads "I\'ve had access to your devices … send 1450 USD in Bitcoin" as extortion', async () => {
    const v = await scan({
      from: 'nathan@example.com',
      to: 'nathan@example.com',
      text: "I've had access to your devices for some time now. I have recordings of you. Send 1450 USD in Bitcoin to this address: bc1q8r7nw0x4ulm3kz5d6t2yqv9e0h7gf3jca5s8pd. If not, the videos go to every contact I have.",
    });
    expectFires(v, 'email.content.extortion');
    expect(v.verdict).not.toBe('clean');
  });
  it("leaves a security team's description of the scam alone", async () => {
    const v = await scan({
      text: "Sextortion mails claim the sender has had access to the recipient's camera and demand Bitcoin. Do not pay.",
    });
    expectAbsent(v, 'email.content.extortion');
  });
  it('reads "into your personal checking account … forward … keep 8%" as a money mule', async () => {
    const v = await scan({
      from: 'Meridian Pay <meridianpay.recruiting@gmail.com>',
      text: 'Receive customer payments from our clients into your personal checking account. Forward the funds within 24 hours to our partner vendors by Zelle or Bitcoin ATM. Keep 8% of every transfer as your commission.',
    });
    expectFires(v, 'email.content.money_mule');
  });
  it('reads a Dutch reshipping job as a money mule', async () => {
    const v = await scan({
      from: 'Kestrel Logistics <werving@kestrel-logistiek.example>',
      subject: 'Logistiek coördinator thuiswerk',
      text: 'Je ontvangt pakketten van onze webwinkelpartners op je woonadres. Je plakt de nieuwe verzendlabels die wij je digitaal toesturen. Vergoeding: € 25 per verwerkt pakket.',
    });
    expectFires(v, 'email.content.money_mule');
  });
  it("leaves a webshop's return instructions in Dutch alone", async () => {
    const v = await scan({
      text: 'Je ontvangt je pakket binnen twee werkdagen. Retourneren? Plak het retourlabel op de doos en breng het naar een PostNL-punt.',
    });
    expectAbsent(v, 'email.content.money_mule');
  });
  it("reads the exchange's tax before withdrawal, paid to an address, as advance fee", async () => {
    const v = await scan({
      from: 'NexaCoin Compliance <compliance@nexacoin.example>',
      subject: 'Withdrawal request WD-2026-330918 - status: on hold',
      text: 'Personal income tax on realised gains must be settled before funds can be released to an external wallet. A tax deposit of 20% (16,842.11 USDT) must be sent to the designated settlement address below.\nTQ7rX2mHc9vLpWk4sNa8JfD3eYbU6tGz1P',
    });
    expectFires(v, 'email.content.advance_fee');
    expect(v.verdict).not.toBe('clean');
  });
});

describe('email.content.card_courier', () => {
  const ID = 'email.content.card_courier';
  it('is strong for "een koerier haalt uw oude pas bij u thuis op"', async () => {
    const v = await scan({
      from: 'Rijnland Bank <klantenservice@rijnlandbank-service.example>',
      text: 'Na uw aanvraag neemt een medewerker telefonisch contact met u op. Een koerier haalt vervolgens uw oude pas bij u thuis op.',
    });
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
  });
  it("leaves the bank's warning that it never sends a courier alone", async () => {
    const v = await scan({
      text: 'We will never send a courier to collect your card. Cut your old card in half and throw it away.',
    });
    expectAbsent(v, ID);
  });
});

describe('a document service named in a link on a free host', () => {
  it('flags "View workbook (Excel Online): <pages.dev>"', async () => {
    const v = await scan({
      from: 'Owen Price <owen.price@cartwright.example>',
      to: 'Ken Moreau <ken.moreau@halvorsen.example>',
      text: "I've put the reconciliation workbook in our shared area.\nView workbook (Excel Online): https://cartwright-files-7e21.pages.dev/view?f=Q2.xlsx&u=ken.moreau%40halvorsen.example",
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
    expect(v.verdict).not.toBe('clean');
  });
  it('leaves a project page on GitHub Pages linked from a plain sentence alone', async () => {
    const v = await scan({
      text: 'The slides from my talk are on the project page: https://someone.github.io/talk-2026/',
    });
    expectAbsent(v, 'email.link.sign_in_on_free_host');
    expect(v.verdict).toBe('clean');
  });
});
