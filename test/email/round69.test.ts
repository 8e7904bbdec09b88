/**
 * From the sixty-ninth round of hand-made mail (a health charity in Nairobi; English, Swahili,
 * French), read after it was measured unread: M-Pesa payment asks, the boss out of reach, the
 * fraud-desk callback and a colleague's "is this real?" in Swahili, a new Paybill number, identity
 * confirmed by phone, a school's fee statement on a merchant number, and a job title named in a
 * sentence rather than signed. Each beside its legitimate look-alike or the lure it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'f.chebet@tumainiafya.or.ke';
const lure =
  'Faith,\n\nNiko Garissa na gari letu limeharibika. Tafadhali tuma KES 148,000 kupitia M-Pesa kwa nambari 0798 214 663 (Joseph Mwangi) leo. Mtandao hapa ni mbaya sana, sipatikani kwa simu.\n\nWanjiru';

describe('round 69: Swahili BEC and its report', () => {
  it('"tafadhali tuma KES 148,000 kupitia M-Pesa … sipatikani kwa simu" from a cousin domain is flagged', async () => {
    const v = await scan({
      from: 'Wanjiru Kamau <w.kamau@tumainiafya.co.ke>',
      to,
      subject: 'Ombi la haraka - malipo ya M-Pesa',
      text: lure,
    });
    expectFires(v, 'email.content.urgent_payment');
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });

  it('the same lure forwarded to a colleague with "hii ni kweli?" is a reported forward and stays clean', async () => {
    const v = await scan({
      from: 'Faith Chebet <f.chebet@tumainiafya.or.ke>',
      to: 'k.ochieng@tumainiafya.or.ke',
      subject: 'Fw: Ombi la haraka - malipo ya M-Pesa (hii ni kweli?)',
      text: `Kevin,\n\nNimepokea barua hii sasa hivi. Sijatuma chochote. Naomba uangalie kama ni ulaghai.\n\nFaith\n\n-----Original Message-----\nFrom: Wanjiru Kamau <w.kamau@tumainiafya.co.ke>\nSubject: Ombi la haraka - malipo ya M-Pesa\n\n${lure}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.urgent_payment')).toBe('info');
    expect(v.verdict).toBe('clean');
  });

  it('"Ikiwa hukuidhinisha, piga simu … Kitengo chetu cha Ulaghai" with a sum and a number is the callback', async () => {
    const v = await scan({
      from: 'KCB Kitengo cha Usalama <usalama@kcb-tahadhari.example>',
      to,
      text: 'Mfumo wetu umesimamisha muamala wa KES 1,240,000.00 kutoka kwenye akaunti yako. Ikiwa HUKUidhinisha, piga simu mara moja Kitengo chetu cha Ulaghai kwa nambari 0709 555 014.',
    });
    expect(severityOf(v, 'email.content.callback')).toBe('high');
  });

  it('"malipo yote … kupitia Paybill yetu mpya" announces a changed payment number', async () => {
    const v = await scan({
      from: 'Tana Pharma Distributors <malipo@tanapharma-ke.example>',
      to,
      text: 'Habari Faith, kuanzia tarehe 1 Aprili 2026, malipo yote ya ankara zetu yatapokelewa kupitia Paybill yetu mpya. Paybill ya zamani itafungwa. Paybill mpya 4127093.',
    });
    expectFires(v, 'email.content.payment_change');
    const same = await scan({
      from: 'Tana Pharma Distributors <malipo@tanapharma.example>',
      to,
      text: 'Habari Faith, ankara TPD-8821 imeambatishwa. Malipo kupitia Paybill 4127093 kama kawaida.',
    });
    expectAbsent(same, 'email.content.payment_change');
  });

  it('"un conseiller doit confirmer votre identité par téléphone" after a new device is the vishing hook', async () => {
    const v = await scan({
      from: 'Service Sécurité <securite@wallet-assistance.example>',
      to,
      text: 'Nous avons détecté une connexion depuis un nouvel appareil. Les virements sortants ont été suspendus. Pour lever la restriction, un conseiller doit confirmer votre identité par téléphone au +33 1 99 00 47 21.',
    });
    expect(severityOf(v, 'email.content.callback')).toBe('medium');
  });
});

describe("round 69: a school's bill and a title named in passing", () => {
  it("a school's fee statement paid to an M-Pesa Paybill is its own bill, not a stranger's emergency", async () => {
    const v = await scan({
      from: 'Karura Hills School - Bursar <bursar@karurahillsschool.example>',
      to,
      subject: 'Term 2 2026 fee statement',
      text: 'Tuition: KES 128,000\nTotal due: KES 167,500 (by 4 May 2026)\n\nPayment options (unchanged):\n  M-Pesa Paybill 222111, account: admission number + "T2"\n  Bank transfer to the school account listed in the parents\' handbook.',
    });
    expectAbsent(v, 'email.content.stranger_payment');
    expect(v.verdict).toBe('clean');
  });

  it("a stranger's emergency paid by a transfer service is still the stranger's ask", async () => {
    const v = await scan({
      from: 'Daniel <daniel.travels88@gmail.com>',
      to,
      text: "My dear, I am stuck at the hospital after the accident and they will not treat me. Please send $900 by Western Union today, I will pay you back when I'm home. I love you.",
    });
    expectFires(v, 'email.content.stranger_payment');
  });

  it('a friend congratulating on a promotion to "Senior Finance Officer" claims no role; a signed title does', async () => {
    const friend = await scan({
      from: 'Otieno Ouma <otienoouma77@gmail.com>',
      to: 'p.otieno@tumainiafya.or.ke',
      subject: 'Hongera bro!',
      text: 'Peter!\n\nNimeona kwa LinkedIn umepandishwa cheo - Senior Finance Officer! Hongera sana kaka, ulistahili.\n\nTukutane Ijumaa hii jioni?\n\nOuma',
    });
    expectAbsent(friend, 'email.sender.freemail_role_claim');
    expect(friend.verdict).toBe('clean');
    const signed = await scan({
      from: 'Peter Otieno <p.otieno.finance@gmail.com>',
      to,
      text: 'Faith, please process the attached supplier invoice today.\n\nPeter Otieno\nSenior Finance Officer',
    });
    expectFires(signed, 'email.sender.freemail_role_claim');
  });
});
