/**
 * email.sender.freemail_new_number: a personal address, a company recipient, the work phone or
 * work mail out of reach, a new number or a lost phone, and a messenger to continue on. Each part
 * removed in turn leaves it silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Kurze Frage', ...o }), { config, scorer: null });
const ID = 'email.sender.freemail_new_number';
const FROM = 'Sabine Brandt <sabine.brandt.hh@gmail.com>';
const TO = 'Can Karaca <can@mavifirinseramik.example>';
const GERMAN =
  'Hallo Can, ich bin bis Ende nächster Woche unterwegs und komme nur schlecht an meine Firmenmails. Hast du kurz Zeit für eine Frage zur nächsten Bestellung? Am einfachsten per WhatsApp, meine neue Nummer ist +49 1575 5508 214. Liebe Grüße, Sabine';

describe(ID, () => {
  it.each([
    ['German: Firmenmails, neue Nummer, WhatsApp', GERMAN],
    [
      'English: the work phone quit, text me',
      "Hey Deb, my work phone quit on me this morning and I'm stuck out at a grower's place most of the afternoon. When you get a minute could you text me at 712-555-0186? Need a hand with something. Thanks, Travis",
    ],
    [
      'Dutch: werkmail, nieuw nummer, berichtje op WhatsApp',
      'Hey Koen, mijn gsm is gisteren gestolen op de trein, ik heb voorlopig een nieuw nummer: +32 460 21 74 58. Kan je me daar even een berichtje sturen op WhatsApp? Ik kan niet aan mijn werkmail.',
    ],
    [
      'Portuguese: telemóvel da empresa, novo número',
      'Daniel, olá! Fiquei sem o telemóvel da empresa (avariou) e estou com um novo número: +351 931 874 502. Manda-me mensagem por WhatsApp quando puderes.',
    ],
  ])('fires: %s', async (_, text) => {
    const v = await scan({ from: FROM, to: TO, text });
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
  });
  it("stays silent when the reader is at a private address (a friend's new number)", async () => {
    expectAbsent(await scan({ from: FROM, to: 'can.karaca@gmail.com', text: GERMAN }), ID);
  });
  it('stays silent from the company domain itself', async () => {
    expectAbsent(
      await scan({ from: 'Sabine Brandt <sabine.brandt@brandt-handel.example>', to: TO, text: GERMAN }),
      ID,
    );
  });
  it('stays silent on a customer asking a practice to text a new number (no work channel)', async () => {
    const v = await scan({
      from: 'Maria Lopez <maria.lopez77@gmail.com>',
      to: 'reception@smiledental.example',
      subject: 'Appointment',
      text: 'Hi, I lost my phone last week so I have a new number: 404-555-0199. Could you text me there to confirm my cleaning on Thursday? Thanks, Maria',
    });
    expectAbsent(v, ID);
  });
  it('stays silent without a number written out', async () => {
    const v = await scan({
      from: FROM,
      to: TO,
      text: 'Hallo Can, ich komme nicht an meine Firmenmails und habe eine neue Nummer. Schreib mir einfach auf WhatsApp, Liebe Grüße, Sabine',
    });
    expectAbsent(v, ID);
  });
  it('stays silent without a number or messenger to move to', async () => {
    const v = await scan({
      from: FROM,
      to: TO,
      text: 'Hallo Can, ich komme diese Woche nur schlecht an meine Firmenmails, mein Firmenhandy ist kaputt. Ich melde mich nächste Woche wegen der Bestellung. Liebe Grüße, Sabine',
    });
    expectAbsent(v, ID);
  });
});
