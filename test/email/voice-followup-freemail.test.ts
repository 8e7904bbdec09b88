/**
 * "Following up on my voice message" from a personal free mail address, by someone who signs as a
 * bank's fraud desk, its business adviser or an auditor, or who excuses the address ("Apologies for
 * using this address, our secure mail is having issues"). Read after the blind rounds' missed
 * callbacks: 27 voicemail follow-ups were missed, a third of them from free mail. The signature's
 * role (`email.sender.freemail_role_claim`) or the excuse (`email.content.personal_address_pretext`)
 * is the deception beside the call-back ask; a resident's own follow-up and the IT department's
 * maintenance notice stay clean.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(
    eml({ subject: 'Following up on my voicemail', to: 'Ciaran <ciaran@lisburn-housing.example>', ...o }),
    {
      config,
      scorer: null,
    },
  );
const FOLLOW_UP =
  'Hi Ciarán,\nFollowing up on the voice message I left you this morning. A payment submission on your account has been placed on hold and I need to go through a couple of questions with an authorised signatory. Could you ring me back on my direct line, 028 9544 1873?';

describe('a role signed from free mail', () => {
  it.each([
    ["a bank's fraud desk", 'Kind regards,\nGareth Lyttle\nBusiness Fraud Operations\nDanske Bank'],
    ['a merchant disputes team', 'Kind regards,\nMark Reynolds\nMerchant Disputes'],
    ['an auditor', 'Kind regards,\nPieter Claes\nSenior Auditor, EU Grants Assurance'],
    [
      "a French bank's business adviser",
      "Bien cordialement,\nStéphanie Garnier\nChargée d'affaires Professionnels",
    ],
    ['a Portuguese account manager', 'Com os melhores cumprimentos,\nRicardo Paiva\nGestor de Empresas'],
  ])('%s: the role claim, and the follow-up is flagged', async (_, signature) => {
    const v = await scan({ from: 'Caller <caller.desk@gmail.com>', text: `${FOLLOW_UP}\n\n${signature}` });
    expectFires(v, 'email.sender.freemail_role_claim');
    expectFires(v, 'email.content.voice_followup');
    expect(v.verdict).not.toBe('clean');
  });
  it("a resident's own follow-up about their bill, signed with a name only, stays clean", async () => {
    const v = await scan({
      from: 'Aoife Byrne <aoife.byrne@gmail.com>',
      text: 'Hi Ciarán,\nFollowing up on the voice message I left you this morning about my rent statement. Could you ring me back on 028 9544 1873 when you get a chance?\n\nThanks,\nAoife Byrne\nFlat 4, Riverside Court',
    });
    expectAbsent(v, 'email.sender.freemail_role_claim');
    expect(v.verdict).toBe('clean');
  });
});

describe('an excuse for the address', () => {
  it('"Apologies for using this address, our secure mail is having issues today"', async () => {
    const v = await scan({
      from: 'Gareth Lyttle <gareth.lyttle@gmail.com>',
      text: `${FOLLOW_UP}\nApologies for using this address, our secure mail is having issues today.\n\nGareth`,
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expect(v.verdict).not.toBe('clean');
  });
  it('"Je vous écris depuis ma messagerie externe"', async () => {
    const v = await scan({
      from: 'Stéphanie Garnier <s.garnier@outlook.fr>',
      subject: 'Suite à mon message vocal',
      text: 'Bonjour Madame Roux,\nJe fais suite au message vocal que je vous ai laissé ce matin. Pourriez-vous me rappeler sur ma ligne directe au 01 99 00 47 21 ? Je vous écris depuis ma messagerie externe car notre messagerie interne est en maintenance cette semaine.\n\nStéphanie',
    });
    expectFires(v, 'email.content.personal_address_pretext');
  });
  it("the IT department's own notice that the mail system is under maintenance is no excuse", async () => {
    const v = await scan({
      from: 'IT Service Desk <it@lisburn-housing.example>',
      subject: 'Planned maintenance',
      text: 'Hi all,\nOur email system is under maintenance tonight from 22:00 to 23:00, and our internal mail is having issues with large attachments until then. No action is needed.\n\nIT Service Desk',
    });
    expectAbsent(v, 'email.content.personal_address_pretext');
  });
});
