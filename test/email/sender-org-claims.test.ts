/**
 * The sender's claim to speak for an organisation, read in the From header's form rather than the
 * body's wording: a domain that is the organisation's name plus a service-desk word
 * (`clickpay-notices.net`), and an organisation's name over a personal free mail address
 * ("Daniel Hart - DHL Global Forwarding" <…@outlook.com>). Both are deceptions for the evidence
 * gate: flagged beside an ask, never alone. Each beside the legitimate mail it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ subject: 'Account notice', to: 'Anna <anna@harbour-marine.example>', ...o }), {
    config,
    scorer: null,
  });

/** A voicemail follow-up asking for a call back: an ask a rule reads. */
const CALL_BACK =
  'Hello Anna, I left you a voicemail this morning about the hold on your account. Please call me back today on 0161 555 0142 so we can release it.';

describe('email.sender.security_dressed_domain: the name plus a service-desk word', () => {
  const ID = 'email.sender.security_dressed_domain';
  it('fires for clickpay-notices, erstebank-kundenservice, cegid-facturation and businessalerts glued', async () => {
    for (const from of [
      'ClickPay Remittance <remittance@clickpay-notices.example>',
      'Erste Bank Sicherheitsteam <sicherheit@erstebank-kundenservice.example>',
      'Cegid – Service Facturation <facturation@cegid-facturation.example>',
      'Chase Business Fraud Prevention <alerts@chase-businessalerts.example>',
      'Microsoft Entra <no-reply@entra-accountprotection.example>',
    ])
      expectFires(await scan({ from }), ID);
  });
  it('fires for notices, certificates, refunds and billing in more languages (tolletaten-kundeportal, isabel-certificats, flywire-pagamenti)', async () => {
    for (const from of [
      'Tolletaten <innkreving@tolletaten-kundeportal.example>',
      'Isabel Group <service@isabel-certificats.example>',
      'Flywire – Gestione Contestazioni <contestazioni@flywire-pagamenti.example>',
      'Santos Brasil – Cobrança <cobranca@santosbrasil-faturamento.example>',
      'ESTV ePortal <noreply@estv-rueckerstattung.example>',
      'Dokobit <no-reply@dokobit-notify.example>',
    ])
      expectFires(await scan({ from }), ID);
    // the company's own name with a plain word of the same languages: no dressing
    for (const from of [
      'Enedis Pro <contact@enedis-pro.example>',
      'Kunde Service Kiel <info@kunde-kiel.example>',
      'Empresas Lusas <geral@empresas-lusas.example>',
    ])
      expectAbsent(await scan({ from }), ID);
  });
  it('fires for a three-letter name only as a word of the display name ("KCB Bank Kenya")', async () => {
    expectFires(await scan({ from: 'KCB Bank Kenya <payments@kcb-notifications.example>' }), ID);
    expectAbsent(await scan({ from: 'Support Groups Network <hello@ups-support.example>' }), ID);
  });
  it("flags a call back from such a domain, which the sender's real domain would not", async () => {
    const dressed = await scan({
      from: 'Tatra banka Client Care <klient@tatrabanka-notices.example>',
      text: CALL_BACK,
    });
    expectFires(dressed, ID);
    expect(dressed.verdict).not.toBe('clean');
    const own = await scan({ from: 'Tatra banka <info@tatrabanka.example>', text: CALL_BACK });
    expectAbsent(own, ID);
  });
  it('leaves companies whose own name carries a plain word: orange-business, sncf-connect, viking-direct, leva-eu, accor-mail', async () => {
    for (const from of [
      'Orange Business <ne_pas_repondre@orange-business.example>',
      'SNCF Connect <confirmation@sncf-connect.example>',
      'Viking Direct <offers@viking-direct.example>',
      'LEVA-EU <info@leva-eu.example>',
      'ALL – Accor Live Limitless <noreply@accor-mail.example>',
      'DocuSign via Martina <dse@docusign-mailservice.example>',
    ])
      expectAbsent(await scan({ from }), ID);
  });
});

describe('email.sender.freemail_org_name', () => {
  const ID = 'email.sender.freemail_org_name';
  it('fires for a person joined to an organisation, and for an organisation noun, on a free mail address', async () => {
    for (const from of [
      'Daniel Hart - DHL Global Forwarding <daniel.hart.dgf@outlook.com>',
      'Anders Kjeldsen | Kjeldsen & Co <kjeldsen.revision@gmail.com>',
      'Planning Kela Pharma <kela.planning.benelux@gmail.com>',
      'Carla Reis – Compras Encosta do Tejo <compras.encostadotejo@gmail.com>',
    ])
      expectFires(await scan({ from }), ID);
  });
  it('flags a call back beside it, and leaves the same call back from a person', async () => {
    const claimed = await scan({
      from: 'Stuart Kelly | Import Desk <s.kelly.importdesk@outlook.com>',
      text: CALL_BACK,
    });
    expectFires(claimed, ID);
    expect(claimed.verdict).not.toBe('clean');
    expectAbsent(await scan({ from: 'Stuart Kelly <s.kelly@outlook.com>', text: CALL_BACK }), ID);
  });
  it('says nothing alone: a claim without an ask stays clean', async () => {
    const v = await scan({
      from: 'Rachel Quinn – Zoetis <rachel.quinn.zoetis@gmail.com>',
      text: 'Lovely to meet you at the conference last week. Hope the trip home was smooth!',
    });
    expectFires(v, ID);
    expect(v.verdict).toBe('clean');
  });
  it('leaves "Last, First", an organisation on its own domain, mail to free mail only, and an association newsletter', async () => {
    expectAbsent(await scan({ from: 'Littlefield, Tyler <compgeek13@gmail.com>' }), ID);
    expectAbsent(await scan({ from: 'Daniel Hart - DHL Global Forwarding <daniel.hart@dhl.example>' }), ID);
    expectAbsent(
      await scan({ from: 'Kjeldsen & Co <kjeldsen.revision@gmail.com>', to: 'Bo <bo.larsen@gmail.com>' }),
      ID,
    );
    expectAbsent(
      await scan({
        from: 'AÉGBM – Association des étudiants en génie biomédical <aegbm.udem@gmail.com>',
        headers: { 'List-Unsubscribe': '<https://us5.list-manage.example/unsubscribe?u=f4a19c2e7b>' },
        text: 'Inscrivez-vous à notre soirée de rentrée avec le formulaire ci-dessous.',
      }),
      ID,
    );
  });
  it('leaves a sender who already claims a company role to freemail_role_claim', async () => {
    const v = await scan({
      from: 'Mark Doyle - CFO <mark.doyle.cfo@gmail.com>',
      text: 'Are you at your desk? I need a quick favour.',
    });
    expectFires(v, 'email.sender.freemail_role_claim');
    expectAbsent(v, ID);
  });
});

describe("email.sender.lookalike_domain: a domain built on the brand's name, sending as the brand", () => {
  const ID = 'email.sender.lookalike_domain';
  it('is strong for "KBC Business" from kbc-businessdashboard and "Chase for Business" from chase-bizalerts, with no ask', async () => {
    for (const from of [
      'KBC Business <noreply@kbc-businessdashboard.example>',
      'Chase for Business <no-reply@chase-bizalerts.example>',
      'Exact Online Abonnementen <abonnement@exact-licentiebeheer.example>',
    ]) {
      const v = await scan({ from, text: 'Your statement is ready: https://statements.example/view' });
      expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
      expect(v.verdict).not.toBe('clean');
    }
  });
  it("leaves the brand's own hyphenated domains, a name the domain does not carry, and a brand of regional members", async () => {
    for (const from of [
      'Orange Business <ne_pas_repondre@orange-business.com>',
      'SNCF Connect <confirmation@sncf-connect.com>',
      'KBC Business <noreply@kbc.be>',
      'Northwind Traders <billing@kbc-northwind.example>',
      'Sparkasse KölnBonn <service@sparkasse-koelnbonn.de>',
    ])
      expectAbsent(
        await scan({ from, text: 'Your statement is ready: https://statements.example/view' }),
        ID,
      );
  });
});
