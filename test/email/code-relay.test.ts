/**
 * email.content.code_relay: the one-time code about to reach the reader's phone, asked for by mail
 * from outside the organisation. Fires in the languages it reads; stays silent on the code notice
 * itself ("never share this code"), on a colleague of the same organisation, on gift-card codes
 * and on code that is not a sign-in code.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const ID = 'email.content.code_relay';
const TO = 'Jodie Campbell <jodie.campbell@laganclyde.example>';

describe(ID, () => {
  it.each([
    [
      'English, "reply here with it"',
      "I'm setting the reception line up on the new Teams Phone licence this afternoon. You'll get a text from Microsoft in the next couple of minutes with a 6-digit code - can you just reply here with it? Using my own email as the laptop's mid-update.",
    ],
    [
      'Portuguese, "me passa o código"',
      'Daqui a pouco vai chegar um código de 6 dígitos por SMS no seu celular. Assim que chegar, me passa o código por aqui que eu finalizo do meu lado.',
    ],
    [
      'German, "schick mir den"',
      'Ich komme nicht mehr ins Portal. Wenn gleich ein Code auf dein Handy kommt, schick mir den bitte auch.',
    ],
    [
      'French, "transmettez-moi le code"',
      'Je migre votre compte ce matin. Vous allez recevoir un code par SMS sur votre portable : transmettez-moi le code dès qu’il arrive.',
    ],
    [
      'Spanish, "envíamelo"',
      'Te va a llegar un código de verificación al móvil en unos minutos. Cuando te llegue el código, envíamelo por aquí, por favor.',
    ],
  ])('fires from a free mail address: %s', async (_, text) => {
    const v = await scan({ from: 'Rory Kerr <rory.kerr.it@outlook.example>', to: TO, text });
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
  });

  it('stays silent on the code notice itself, which warns never to share it', async () => {
    const v = await scan({
      from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
      to: TO,
      text: 'Your security code is 482913. It will arrive by SMS too. Do not reply with this code or send it to anyone: Microsoft will never ask you for it.',
    });
    expectAbsent(v, ID);
  });
  it('stays silent on "if anyone asks you to send them the code"', async () => {
    const v = await scan({
      from: 'Bank Security <security@bank.example>',
      to: TO,
      text: 'You will receive a one-time code by SMS when you sign in. If anyone asks you to send me the code or read it out, it is a scam.',
    });
    expectAbsent(v, ID);
  });
  it('stays silent between colleagues of one organisation', async () => {
    const v = await scan({
      from: 'Rory Kerr <rory.kerr@laganclyde.example>',
      to: TO,
      text: "When the FedEx login code arrives by SMS on the front desk phone, just send it to me and I'll book the courier.",
    });
    expectAbsent(v, ID);
  });
  it("stays silent on gift-card codes (the gift-card scam's own signal) and on a developer's code", async () => {
    const gift = await scan({
      from: 'Rory Kerr <rory.kerr.it@outlook.example>',
      to: TO,
      text: 'Buy five Apple gift cards on your phone and send me the codes, I will refund you today.',
    });
    expectAbsent(gift, ID);
    const dev = await scan({
      from: 'Priya <priya.dev@gmail.example>',
      to: TO,
      text: 'The script fails on line 40. Can you send me the code you wrote yesterday? I will look at it tonight.',
    });
    expectAbsent(dev, ID);
  });
});
