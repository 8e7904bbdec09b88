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
