/**
 * From rounds 83-85 (a hospital's procurement office in Leeds and Glasgow, a winery in Mendoza, a game
 * studio in Kraków and Montréal), read after they were scored unread: the false alarms of the three,
 * and the English attacks of round 83. Each rule in words of its own, beside the mail it must leave
 * alone or still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { analyzeDomain, imitatesDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'Dean A <dean.a@northgate-hospital.nhs.uk>';

describe('false alarms of rounds 83-85', () => {
  it("NHSmail's payslip notice to a trust's staff is the NHS's own", async () => {
    const v = await scan({
      from: 'ESR Notifications <esr.notifications@nhs.net>',
      to,
      text: 'Your payslip for March is now available in ESR Self Service. We will never include a link to log in to ESR in an email.',
    });
    expectAbsent(v, 'email.sender.outside_employer_notice');
    const other = await scan({
      from: 'Payroll Notifications <notify@payroll-portal.example>',
      to,
      text: 'Your payslip for March is now available. Sign in to view it.',
    });
    expectFires(other, 'email.sender.outside_employer_notice');
  });

  it('a Spanish forward to IT, "¿me podés decir si esto es real? … No hice clic en nada", is a report', async () => {
    const v = await scan({
      from: 'Pablo <psosa@bodega.example>',
      to: 'Soporte <soporte@andes-it.example>',
      subject: 'Fwd: Su envío está retenido',
      text: 'Hola Nico, ¿me podés decir si esto es real? No hice clic en nada.\n\n---------- Forwarded message ---------\nDe: DHL Express <no-reply@dhl-aduanas.example>\n\nAbone dentro de 24 h en: hxxps://dhl-aduanas[.]example/pago',
    });
    expectFires(v, 'email.content.reported_forward');
  });

  it('a Polish forward, "Nic nie klikałam … domena wygląda inaczej", is a report', async () => {
    const v = await scan({
      from: 'Agnieszka <agnieszka@studio.example>',
      to: 'Tomek <tomek@studio.example>',
      subject: 'FW: zmiana rachunku bankowego',
      text: 'Tomek,\n\ndomena wygląda inaczej. Nic nie klikałam. Możesz sprawdzić?\n\n-----Original Message-----\nFrom: Ksiegowosc <ksiegowosc@vendor-studio.example>\n\nProsimy o realizację płatności na nowy rachunek bankowy.',
    });
    expectFires(v, 'email.content.reported_forward');
  });

  it('Steamworks linking to steamgames.com and a Tiendanube store on mitiendanube.com are their own', async () => {
    const steam = await scan({
      from: 'Steamworks <noreply@steampowered.com>',
      to,
      text: 'Register from the Steamworks page: https://partner.steamgames.com/nextfest/register',
    });
    expectAbsent(steam, 'email.link.brand_links_elsewhere');
    const shop = await scan({
      from: 'Tiendanube <no-responder@tiendanube.com>',
      to,
      html: '<p>¡Nueva venta! <a href="https://bodega.mitiendanube.com/admin/orders/1043">Ver orden</a></p>',
    });
    expectAbsent(shop, 'email.link.correspondent_name_in_domain');
  });
});

describe('attacks of round 83', () => {
  it('"Payroll Services" on outlook.com asking to have the password to hand for a form', async () => {
    const v = await scan({
      from: 'Northgate Payroll Services <northgate.payroll@outlook.com>',
      to: 'undisclosed-recipients:;',
      text: 'Please have your ESR username and password and your National Insurance number to hand, and complete the form: https://forms.office.com/Pages/ResponsePage.aspx?id=Qm7s',
    });
    expectFires(v, 'email.sender.freemail_role_claim');
    expectFires(v, 'email.link.sign_in_on_free_host');
  });

  it('"GBP 27,914.36 to the HMRC account below please. Can it go today?" with patchy signal, from outlook.com', async () => {
    const v = await scan({
      from: 'Martin A <martin.a.hosp@outlook.com>',
      to,
      text: "GBP 27,914.36 to the HMRC account below please: Sort code 23-14-70, Account 10682241. Can it go today? I'm on the train with patchy signal so email is easiest.",
    });
    expectFires(v, 'email.sender.freemail_business_ask');
    expectFires(v, 'email.content.unavailable_pretext');
  });

  it('a bank submission "held for review by our fraud prevention team" and a number to call is the callback', async () => {
    const v = await scan({
      from: 'Bank Fraud Prevention <fraud@bank-businessalerts.example>',
      to,
      text: 'Your Bacs submission has been held for review by our fraud prevention team. Value: GBP 1,184,306.52. Please call our Business Fraud Prevention team on 0141 496 0552 before 2pm today.',
    });
    expectFires(v, 'email.content.callback');
  });

  it('HSBCnet look-alikes are combosquats', () => {
    expect(analyzeDomain('hsbcnet-securenotice.com', { config }).signals.map((s) => s.id)).toContain(
      'domain.lookalike.combosquat',
    );
  });

  it("the recipient's public-sector domain retyped outside its zone (pcrh-nhs.co.uk) is a cousin", async () => {
    expect(imitatesDomain('northgate-hospital-nhs.co.uk', 'northgate-hospital.nhs.uk')?.strength).toBe(
      'weak',
    );
    expect(imitatesDomain('riverside-clinic-nhs.co.uk', 'northgate-hospital.nhs.uk')).toBeNull();
    const v = await scan({
      from: 'Helen L <helen.l@northgate-hospital-nhs.co.uk>',
      to,
      text: "Could you send me your mobile number? I'm between sites all day, so WhatsApp will be easier than Teams.",
    });
    expectFires(v, 'email.sender.recipient_lookalike');
    expectFires(v, 'email.content.private_mailbox_ask');
  });
});
