/**
 * From rounds 75-78 (a payroll bureau in Manchester, a research lab in Montréal and Toronto, hotels
 * in Lisbon and Porto, a ceramics shop in Istanbul), read after they were scored unread: the four
 * false alarms of the four rounds, and the attacks of round 75. Each rule in words of its own, beside
 * the mail it must leave alone or still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { analyzeDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'Saima Akhtar <saima@ledgerline-payroll.example>';

describe('false alarms of rounds 75-78', () => {
  it('"Redbrick IT Services Ltd" invoicing through an accounting platform is a vendor, not the IT department', async () => {
    const v = await scan({
      from: 'Northgate IT Services Ltd <messaging-service@post.invoicing-platform.example>',
      replyTo: 'accounts@northgate-it.example',
      to,
      text: "Here's invoice NG-2214 for £612.00, due 2 March. View and pay online: https://in.invoicing-platform.example/abc",
    });
    expectAbsent(v, 'email.sender.external_it_role');
    const desk = await scan({
      from: 'IT Service Desk <helpdesk@mailbox-quota.example>',
      to,
      text: 'Your mailbox is full. Sign in today to keep receiving mail.',
    });
    expectFires(desk, 'email.sender.external_it_role');
  });

  it("Expedia's confirmations from expediamail.com are Expedia's", async () => {
    const v = await scan({
      from: 'Expedia <expedia@ca.expediamail.com>',
      to,
      text: 'Your reservation is booked. Itinerary # 7301. View your itinerary.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
    expect(analyzeDomain('expediamail.com', { config }).verdict).toBe('clean');
  });

  it('"it\'s an international transfer so it might take a couple of days" names money already sent', async () => {
    const v = await scan({
      from: 'Claire W <claire.w.1984@gmail.com>',
      to,
      text: "Hi Sofia, we've sent the second deposit (€7,500) this morning. It's an international transfer so it might take a couple of days to land. Could you send us a receipt once it arrives?",
    });
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.sender.freemail_business_ask');
    const ask = await scan({
      from: 'Claire W <claire.w.1984@gmail.com>',
      to,
      text: 'Hi Sofia, please make an international transfer of €7,500 to the account below this morning, it is urgent.',
    });
    expectFires(ask, 'email.sender.freemail_business_ask');
  });

  it('a German customer forwarding a bank-change mail with "kommt mir komisch vor" reports it', async () => {
    const forwarded =
      'Von: Can Kaya <can@mavi-seramik.example>\nGesendet: Donnerstag, 9. April 2026 21:14\nAn: Buchhaltung <buchhaltung@brandt.example>\nBetreff: Neue Bankverbindung\n\nBitte überweisen Sie die offene Rechnung ab sofort auf unser neues Konto: IBAN LT42 3250 0774 1865 3021.';
    const v = await scan({
      from: 'Tobias Hahn <t.hahn@brandt.example>',
      to: 'Can Kaya <can@maviseramik.example>',
      subject: 'WG: Neue Bankverbindung – ist das von euch?',
      text: `Hallo Can,\n\ndie Mail unten kam gestern an. Die IBAN kommt mir komisch vor. Wir zahlen natürlich nichts, bevor du es bestätigst.\n\nGrüße\nTobias\n\n${forwarded}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
    // … the same quoted block under a reply's subject is a thread, not a report
    const reply = await scan({
      from: 'Can Kaya <can@mavi-seramik.example>',
      to: 'Buchhaltung <buchhaltung@brandt.example>',
      subject: 'AW: Rechnung RE 2026-047',
      text: `Wegen eines Betrugsversuchs auf unserem alten Konto: bitte ab sofort auf das neue Konto überweisen, IBAN LT42 3250 0774 1865 3021.\n\n${forwarded}`,
    });
    expectAbsent(reply, 'email.content.reported_forward');
    expectFires(reply, 'email.content.payment_change');
  });
});

describe('attacks of round 75', () => {
  it('"update my details before the March run" with a new account is a payroll diversion', async () => {
    const v = await scan({
      from: 'Tom W <tom.w.1990@gmail.com>',
      to,
      text: "Hi Imran, I've moved my current account to Monzo. Could you update my details before the March run please?\nSort code: 04-00-04\nAccount number: 17730952",
    });
    expectFires(v, 'email.content.payroll_diversion');
    const own = await scan({
      from: 'HR <hr@ledgerline-payroll.example>',
      to,
      text: 'Reminder: if your bank account has changed, fill in the paper form in the office before the March run.',
    });
    expectAbsent(own, 'email.content.payroll_diversion');
  });

  it("a client's SA302s and a passport copy asked to a new gmail address are a data request", async () => {
    const v = await scan({
      from: 'Tariq H <tariq.h.lets@gmail.com>',
      to,
      text: "Hi Bilal, my broker wants the SA302s and tax year overviews for the last three years. Could you email them here? I'm using this address now. Also could you send a copy of my passport from last year's ID check?",
    });
    expectFires(v, 'email.content.data_request');
    expectFires(v, 'email.sender.freemail_business_ask');
  });

  it('"complete the form using your Microsoft 365 login" on a form builder is a credential ask on a form', async () => {
    const v = await scan({
      from: 'Ledgerline HR <hr.ledgerline@outlook.com>',
      to: 'staff@ledgerline-payroll.example',
      html: '<p>Please complete the handbook acknowledgement using your Ledgerline Microsoft 365 login: <a href="https://forms.office.com/Pages/ResponsePage.aspx?id=Xk9">Handbook 2026</a></p>',
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
  });

  it('a sign-in pretext whose only link is in the attached PDF, on a free host', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Annot/Subtype/Link/A<</S/URI/URI(https://doc-viewer-77.firebaseapp.com/view)>>>>endobj\ntrailer<<>>\n%%EOF',
    );
    const v = await scan({
      from: 'Paul W <paul@joinery-client.example>',
      to,
      text: 'Please see the signed engagement letter attached. Open it and sign in with your email account to view.',
      attachments: [{ filename: 'Engagement_Letter.pdf', contentType: 'application/pdf', content: pdf }],
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
  });

  it('"updated payee details" is a bank change', async () => {
    const v = await scan({
      from: 'Karen <accounts@brightwell-clean.example>',
      to,
      subject: 'Updated payee details from April',
      text: 'Please see the attached letter about our updated payee details from 1 April and update your records.',
    });
    expectFires(v, 'email.content.payment_change');
  });

  it('"employee report with bank details" asked for is a data request', async () => {
    const v = await scan({
      from: 'Rebecca H <rebecca@joinery-client.example>',
      to,
      text: 'Could you send me the latest employee report with bank details so I can check it against our HR records?',
    });
    expectFires(v, 'email.content.data_request');
  });

  it('Starling and ICAEW look-alikes are combosquats; a starling-watch club is not', () => {
    for (const d of ['starling-account-alerts.com', 'icaew-practiceassurance.org.uk'])
      expect(analyzeDomain(d, { config }).signals.map((s) => s.id)).toContain('domain.lookalike.combosquat');
    expect(analyzeDomain('starling-watchers.org', { config }).signals.map((s) => s.id)).not.toContain(
      'domain.lookalike.combosquat',
    );
  });
});

describe('attacks of round 76', () => {
  it('a French grant paid into "mon nouveau compte", from a personal address, is a payroll diversion', async () => {
    const v = await scan({
      from: 'Priya R <priya.r.phd@outlook.com>',
      to,
      text: "Bonjour Nadia, j'ai changé de banque et je voudrais que le versement de ma bourse soit fait dans mon nouveau compte à partir de la prochaine période. Je t'écris de mon adresse personnelle.",
    });
    expectFires(v, 'email.content.payroll_diversion');
  });

  it('"si vous ne reconnaissez pas cette transaction, communiquez avec notre Centre de prévention de la fraude" is the callback hook', async () => {
    const v = await scan({
      from: 'Alertes <alertes@banque-avis.example>',
      to,
      text: 'Nous avons bloqué une transaction de 1 489,00 $ sur votre carte. Si vous ne reconnaissez pas cette transaction, communiquez immédiatement avec notre Centre de prévention de la fraude au 1 866 555-0123.',
    });
    expectFires(v, 'email.content.callback');
  });

  it('"Utilisez vos identifiants habituels" with the page on web.app is a sign-in on a free host', async () => {
    const v = await scan({
      from: 'Fonds de recherche <ne-pas-repondre@fonds-portail.example>',
      to,
      text: 'Votre attestation n’a pas encore été reçue. Accédez à votre portail : https://fonds-portfolio.web.app/connexion\nUtilisez vos identifiants habituels.',
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
  });

  it('a scholarship "won" whose fee is "refunded with the first payment" is advance fee', async () => {
    const v = await scan({
      from: 'Fondation <bourses@fondation-excellence.example>',
      to,
      text: 'Vous êtes lauréat d’une bourse de mobilité de 18 000 €. Les frais de dossier de 245 € doivent être acquittés avant le 28 février. Ces frais sont intégralement remboursés avec le premier versement de la bourse.',
    });
    expectFires(v, 'email.content.advance_fee');
    const en = await scan({
      from: 'Foundation <awards@excellence-fund.example>',
      to,
      text: 'You have been selected for a research award of $12,000. A processing fee of $190 is due by Friday; the fee will be refunded with the first disbursement.',
    });
    expectFires(en, 'email.content.advance_fee');
  });

  it("a real funder's award letter without a fee is no advance fee", async () => {
    const v = await scan({
      from: 'Awards Office <awards@funder.example>',
      to,
      text: 'You have been selected for a research award of $12,000. The first payment will be made to your institution in May; no action is needed.',
    });
    expectAbsent(v, 'email.content.advance_fee');
  });

  it('the recipient\'s name with "partage" added is a cousin domain', async () => {
    const v = await scan({
      from: 'Julien B (SharePoint) <no-reply@ledgerline-payroll-partage.example>',
      to,
      text: 'Julien a partagé un fichier avec vous.',
    });
    expectFires(v, 'email.sender.recipient_lookalike');
  });

  it('Air Canada, MathWorks, Frontiers and Desjardins look-alikes are combosquats', () => {
    for (const d of [
      'aircanada-itinerary.com',
      'mathworks-facturation.com',
      'frontiersin-publishing.org',
      'desjardins-avis.info',
    ])
      expect(analyzeDomain(d, { config }).signals.map((s) => s.id)).toContain('domain.lookalike.combosquat');
  });
});
