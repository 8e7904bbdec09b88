/**
 * The false alarms of rounds 67 (dental clinics in Lyon and Brussels), 72 (an architecture firm in
 * Osaka) and 74 (a contractor in Dubai), read after the rounds were scored; their attacks stay
 * unread. A landlord's "any change of bank details would come by registered letter" in French, a
 * Singapore payroll service's payslip notice, and a colleague's forward to IT ("It looks like ENBD
 * but the address is odd … I haven't clicked anything"). Each beside the lure it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('rounds 67, 72 and 74: false alarms', () => {
  it('"toute modification de coordonnées bancaires vous serait notifiée par courrier" is no change', async () => {
    const v = await scan({
      from: 'Régie Fontaine <gestion@regie-fontaine.example>',
      to: 'nathalie@cabinet.example',
      text: "Veuillez trouver ci-joint l'avis d'échéance. Votre virement permanent reste inchangé. Toute modification de coordonnées bancaires vous serait notifiée par courrier recommandé.",
    });
    expectAbsent(v, 'email.content.payment_change');
    const changed = await scan({
      from: 'Régie Fontaine <gestion@regie-fontaine-paiements.example>',
      to: 'nathalie@cabinet.example',
      text: 'Suite à un changement de banque, nous vous informons de la modification de nos coordonnées bancaires : merci de régler le loyer sur le nouveau RIB ci-joint.',
    });
    expectFires(changed, 'email.content.payment_change');
  });

  it("a payroll service's payslip notice (Talenox) is the employer's provider, not an outside HR notice", async () => {
    const v = await scan({
      from: 'Talenox <no-reply@talenox.com>',
      to: 'darren@architects.example',
      subject: 'Your payslip for February 2026 is ready',
      text: 'Your employer has published your payslip for February 2026. Log in to Talenox to view and download it.',
    });
    expectAbsent(v, 'email.sender.outside_employer_notice');
    expect(v.verdict).toBe('clean');
  });

  it('a forward to IT, "It looks like ENBD but the address is odd … I haven\'t clicked anything", reports the lure', async () => {
    const lure =
      'From: Emirates NBD Card Services <cardservices@enbd-cardsecure.example>\nSubject: Important: verify your corporate card\n\nWe were unable to verify a recent transaction on your corporate card ending 2210. To avoid suspension please confirm your card details within 12 hours: https://enbd-cardsecure.example/verify?id=PN2210';
    const v = await scan({
      from: 'Priya Nair <priya.nair@meridian.example>',
      to: 'it.helpdesk@meridian.example',
      subject: 'FW: Important: verify your corporate card - is this genuine?',
      text: `Hi Dennis,\n\nGot this last night on my work email. I haven't clicked anything. It looks like ENBD but the address is odd. Can you check please?\n\nPriya\n\n________________________________\n${lure}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.credential_lure')).toBe('info');
    expect(v.verdict).toBe('clean');
    const passedOn = await scan({
      from: 'Emirates NBD Card Services <cardservices@enbd-cardsecure.example>',
      to: 'priya.nair@meridian.example',
      text: lure.split('\n\n')[1]!,
    });
    expect(severityOf(passedOn, 'email.content.credential_lure')).not.toBe('info');
  });
});

describe("round 73's two remaining alarms, read in the session after", () => {
  it('"Dear Consular Officer," in a quoted invitation letter is whom it is to, not a signature', async () => {
    const v = await scan({
      from: 'Thao Vy <thaovy.n97@gmail.com>',
      to: 'minh@senvang-nails.example',
      text: 'Chú viết giúp con một thư mời ngắn nhé.\n\nCon Vy\n\n---\nDear Consular Officer,\nI would like to invite my niece to visit my family.',
    });
    expectAbsent(v, 'email.sender.freemail_role_claim');
    const signed = await scan({
      from: 'Visa Desk <visa.desk.us@gmail.com>',
      to: 'minh@senvang-nails.example',
      text: 'Your interview is cancelled; call us today to rebook.\n\nConsular Office\nUS Consulate General',
    });
    expectFires(signed, 'email.sender.freemail_role_claim');
  });

  it("a bank's survey on its own Qualtrics tenant (chase.qualtrics.com) is the bank's", async () => {
    const v = await scan({
      from: 'Chase <chase@email.chase.com>',
      to: 'minh@senvang-nails.example',
      html: '<p>How was your visit? <a href="https://chase.qualtrics.com/jfe/form/SV_4O1?score=9">9</a> <a href="https://chase.qualtrics.com/jfe/form/SV_4O1?score=10">10</a></p>',
    });
    expectAbsent(v, 'email.link.brand_links_elsewhere');
    const other = await scan({
      from: 'Chase <chase@email.chase.com>',
      to: 'minh@senvang-nails.example',
      html: '<p>How was your visit? <a href="https://survey-rewards.example/chase?score=9">9</a></p>',
    });
    expectFires(other, 'email.link.brand_links_elsewhere');
  });
});
