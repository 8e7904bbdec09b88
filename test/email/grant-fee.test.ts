/**
 * The fee-first grant letter (scheme `grant_fee`, fires email.content.advance_fee): a grant, subsidy
 * or bequest for the reader's organisation, held behind a fee the reader must pay first, by
 * transfer. Written from the missed advance-fee attacks of the read blind rounds (67-153), in their
 * shapes, not their words. Its look-alikes: a real award letter whose grant pays the eligible costs,
 * a student's grant applied to tuition and fees, a conference's travel grant beside its registration
 * fee, a funder's warning about exactly this scam.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.advance_fee';
const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(
    eml({ from: 'Programme Office <awards@grantsdesk.example>', to: 'director@company.example', ...o }),
    { config, scorer: null },
  );

describe('the fee-first grant letter (grant_fee)', () => {
  it.each([
    [
      'English, the fee to an escrow agent',
      'Grant award NGMF/2026/0417',
      'We are pleased to inform you that your company has been selected for a non-dilutive grant of EUR 180,000 under the 2026 call. To release the first tranche, the Fund requires the signed acceptance letter and payment of the one-time compliance and registration fee of EUR 2,900 to our escrow agent. Payment details follow on receipt of your acceptance.',
    ],
    [
      'German, the fee to an IBAN',
      'Bewilligung Ihres Zuschusses',
      'Wir freuen uns, Ihnen mitzuteilen, dass Ihr Unternehmen für einen nicht rückzahlbaren Zuschuss in Höhe von 36.000,00 EUR vorgesehen ist. Zur Auszahlung ist lediglich die einmalige Bearbeitungsgebühr von 980,00 EUR zu entrichten. Bitte überweisen Sie den Betrag an: IBAN LT62 3250 0447 1823 5590.',
    ],
    [
      'Spanish, the fee paid before the transfer',
      'Resolución provisional',
      'Nos complace comunicarle que su centro ha sido preseleccionado para una subvención de 52.000,00 €. Para elevar la resolución a definitiva es necesario abonar la tasa de tramitación del expediente (980,00 €) en la cuenta ES14 0128 0250 8101 0012 6634. Una vez verificado el pago, la ayuda se transferirá en 30 días.',
    ],
  ])('fires: %s', async (_name, subject, text) => {
    const v = await scan({ subject, text });
    expect(expectFires(v, ID).message).toContain('grant, subsidy or bequest');
    expect(v.verdict).not.toBe('clean');
  });

  it('a real award letter whose grant pays the eligible costs and fees stays clean', async () => {
    const v = await scan({
      subject: 'Award notice 2026-114',
      text: 'Congratulations: your project has been awarded a grant of EUR 48,000. The grant covers up to 50% of eligible costs, including audit fees and equipment. The first payment of EUR 19,200 will be transferred to your account within 30 days of the signed agreement.',
    });
    expectAbsent(v, ID);
    expect(v.verdict).toBe('clean');
  });
  it("a student's grant applied to tuition and fees stays clean", async () => {
    const v = await scan({
      from: 'Financial Aid <finaid@university.example>',
      subject: 'Your aid has been disbursed',
      text: 'Your Federal Pell Grant of $3,100 has been applied to your tuition and fees for the spring semester. Please pay any remaining balance of $420 by January 15 in the student portal.',
    });
    expectAbsent(v, ID);
  });
  it("a conference's travel grant beside its registration fee stays clean", async () => {
    const v = await scan({
      from: 'ICSE 2027 Travel Awards <travel@conf.example>',
      subject: 'Your travel grant',
      text: 'We are pleased to offer you a travel grant of EUR 600 to attend the conference. The registration fee of EUR 350 is due separately: please pay it by 15 May in the registration portal.',
    });
    expectAbsent(v, ID);
  });
  it('"grant" as a name or a verb is no grant: an audit firm\'s fee, a licence for a fee', async () => {
    expectAbsent(
      await scan({
        from: 'Billing <billing@grantthornton.example>',
        subject: 'Audit fee',
        text: 'Regarding the Grant Thornton audit fee of $54,808 for the 2026 year end, please ensure the transfer is made to our account by Friday.',
      }),
      ID,
    );
    expectAbsent(
      await scan({
        from: 'Licensing <licensing@software.example>',
        subject: 'Your licence',
        text: 'We grant you a non-exclusive licence to the software for a fee of EUR 4,000 per year, payable by bank transfer within 30 days.',
      }),
      ID,
    );
  });
  it('a subsidy that lowers the fee the reader pays, with nobody told they were chosen, stays clean', async () => {
    const v = await scan({
      from: 'Club de voile <secretariat@cvlorient.example>',
      subject: 'Inscriptions saison 2027',
      text: "Grâce à la subvention de la mairie, les frais d'inscription sont de 120 € cette saison (au lieu de 180 €). Merci de les régler par virement avant le 15 septembre.",
    });
    expectAbsent(v, ID);
  });
  it("a funder's warning about the scam stays clean", async () => {
    const v = await scan({
      subject: 'Beware of fake grant letters',
      text: 'We never charge a fee to release a grant. If anybody tells you that your grant of EUR 25,000 will be paid after you transfer a processing fee of EUR 500, do not pay: report it to us.',
    });
    expectAbsent(v, ID);
  });
});
