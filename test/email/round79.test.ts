/**
 * From the seventy-ninth round of hand-made mail (a real-estate law firm in Chicago; English and
 * Spanish), read after it was scored unread: its one false alarm and the attacks it missed. Each rule
 * in words of its own, beside the mail it must leave alone or still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'Renee W <renee@lakeview-closings.example>';

describe("a company name's comma in an unquoted From", () => {
  it('"Microsoft on behalf of Acme & Co, LLC <…>" is one name, not a decoy', async () => {
    const v = await scan({
      from: 'Microsoft on behalf of Lakeview & Vega, LLC <msonlineservicesteam@microsoftonline.com>',
      to,
      text: 'Your code is 408271.',
    });
    expectAbsent(v, 'email.sender.from_name_decoy');
  });
  it("a decoy name before a stranger's address still is one", async () => {
    const v = await scan({
      from: 'Microsoft Security, Alerts <alerts@secure-mailbox.example>',
      to,
      text: 'Your code is 408271.',
    });
    expectFires(v, 'email.sender.from_name_decoy');
  });
});

describe('the writer explaining an unknown address', () => {
  it('"I\'m sending from my personal email because …" beside a bank change flags', async () => {
    const v = await scan({
      from: 'Carla M <carla.m.homes@gmail.com>',
      to,
      text: "Could you make sure my side of the commission goes by direct deposit instead of the check? Routing 031101279, Account 4550 8827 10391. I'm sending from my personal email because my brokerage account gets shut off when I leave.",
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expectFires(v, 'email.content.payment_change');
    expect(v.verdict).not.toBe('clean');
  });
  it('"Le escribo desde este correo nuevo" and a new account opened to receive the payment', async () => {
    const v = await scan({
      from: 'Rosa B <rosa.b.chi@outlook.com>',
      to,
      text: 'Licenciado, le escribo desde este correo nuevo porque me hackearon el otro. Abrí una cuenta nueva solo a mi nombre para recibir el pago: Ruta 026073150, Cuenta 8312 0047 5529.',
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expectFires(v, 'email.content.payment_change');
  });
  it('a newsletter warning about "I\'m writing from my personal email" scams is no pretext', async () => {
    const v = await scan({
      from: 'Bar Association <news@bar.example>',
      to,
      text: 'Fraud alert: be wary of messages saying "I\'m writing from my personal email" that ask for wire changes. This is a common scam.',
    });
    expectAbsent(v, 'email.content.personal_address_pretext');
  });
  it('a colleague writing from the company domain about a shared address names no excuse', async () => {
    const v = await scan({
      from: 'Lucia O <lucia@lakeview-closings.example>',
      to,
      text: 'The closing team now writes from closings@ — please add it to your contacts.',
    });
    expectAbsent(v, 'email.content.personal_address_pretext');
  });
});

describe('the voicemail follow-up of an official on free mail', () => {
  it('a "Recordings Examiner, County Clerk\'s Office" on gmail with "my direct line is" is a role claim and a voice follow-up', async () => {
    const v = await scan({
      from: 'Greg L <g.l.recordings@gmail.com>',
      to,
      text: "Following up on the voice message I left you Friday about the deed. It's a quick fix over the phone. My direct line is (312) 555-0187.\n\nGreg L\nRecordings Examiner\nCounty Clerk's Office",
    });
    expectFires(v, 'email.sender.freemail_role_claim');
    expect(severityOf(v, 'email.content.voice_followup')).not.toBe('none');
  });
});

describe('Spanish share notices', () => {
  it('"compartió un archivo con usted" linking to web.app is a sign-in on a free host', async () => {
    const v = await scan({
      from: 'Plomería <oficina@plumbing-partner.example>',
      to,
      html: '<p>Plomería compartió un archivo con usted: Presupuesto.pdf</p><p><a href="https://share-docs-24.web.app/abrir">Abrir</a></p>',
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
  });
});
