/**
 * Rounds 104-105 (a solar installer in Valencia and Marseille, a wealth manager in Edinburgh and
 * Dublin), scored unread: their four false alarms, read afterwards. Each rule beside the attack it
 * must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Bonjour', ...o }), { config, scorer: null });

describe('false alarms of rounds 104-105', () => {
  it('a carrier\'s duty notice that says "DHL ne vous demandera jamais de paiement par carte cadeau"', async () => {
    const notice = (line: string) =>
      scan({
        from: 'DHL Express <noreply@dhl.com>',
        to: 'Sophie <sophie@solaire.example>',
        subject: 'DHL Express – Paiement des droits et taxes requis',
        text: `Votre envoi 4839 2061 57 en provenance de SHENZHEN est arrivé en France. Des droits de douane et taxes à l'importation sont dus avant la livraison : TVA import 86,40 €, total 101,40 €. Réglez en ligne sur le site DHL. ${line}`,
      });
    expectAbsent(
      await notice(
        'DHL ne vous demandera jamais de paiement par carte cadeau ou par virement vers un particulier.',
      ),
      'email.content.stranger_payment',
    );
    expectFires(
      await notice(
        'Merci de régler les frais de douane par carte cadeau Transcash et de nous envoyer le code.',
      ),
      'email.content.stranger_payment',
    );
  });

  it('a colleague reporting a fake "changement de RIB" the supplier never made; a real announcement asks', async () => {
    const report = await scan({
      from: 'Romain <romain@solaire.example>',
      to: 'Claire <claire@solaire.example>',
      subject: 'Virement PED à valider',
      text: "Bonjour Claire, j'ai préparé le virement de 12 480,00 € à PED. Petite précision : on a reçu fin février un mail « de PED » annonçant un changement de RIB, envoyé depuis ped-distributions.fr. J'ai appelé Nathalie : c'est un faux. Le virement part sur l'IBAN historique.",
    });
    expectAbsent(report, 'email.content.payment_change');
    const change = await scan({
      from: 'PED <compta@ped-distributions.example>',
      to: 'Claire <claire@solaire.example>',
      subject: 'Changement de RIB',
      text: 'Bonjour, suite au changement de RIB de notre société, merci de régler les factures en cours sur le nouveau compte ci-joint.',
    });
    expectFires(change, 'email.content.payment_change');
  });

  it('a customer who will "ring the office tomorrow to confirm the account details" asks for no credentials', async () => {
    const v = await scan({
      from: 'Graham <g.whitfield@btinternet.com>',
      to: 'Lucía <lucia@solaire.example>',
      subject: 'Re: Quote for solar + battery',
      text: "Hi Lucía,\n\nWe'd like to go ahead with option B. Could you send over the contract, and explain how the deposit works? I'll ring the office tomorrow to confirm the account details with you before sending anything, as our bank insists on that nowadays.\n\nGraham",
    });
    expectAbsent(v, 'email.content.credential_lure');
    expect(v.verdict).toBe('clean');
  });

  it("a reported forward's quoted look-alike sender is the lure's, shown and not weighed", async () => {
    const v = await scan({
      from: 'Kirsty <kirsty.munro@brodiekinsella.example>',
      to: 'Marek <marek.nowak@brodiekinsella.example>',
      subject: 'FW: You have 3 messages held in quarantine',
      text: "Morning Marek,\n\nIs this one of ours? The address is brodiekinsela with one L. I haven't clicked anything.\n\nKirsty\n\n________________________________\nFrom: IT Service Desk <servicedesk@brodiekinsela.example>\nSent: 09 March 2026 07:02\nTo: Kirsty Munro <kirsty.munro@brodiekinsella.example>\nSubject: You have 3 messages held in quarantine\n\nReview them within 14 days: https://security.brodiekinsela.example/quarantine/review",
    });
    expectFires(v, 'email.content.reported_forward');
    const t = v.signals.find((s) => s.id === 'email.sender.thread_lookalike');
    expect(t?.severity ?? 'info').toBe('info');
    expect(v.verdict).toBe('clean');
  });
});

describe('false alarms of rounds 106 and 108, read after scoring', () => {
  it("a quarantine digest lists a held message's subject 'Wijziging bankgegevens'; the same words sent are a change", async () => {
    const digest = await scan({
      from: 'Microsoft 365 Security <quarantine@messaging.microsoft.com>',
      to: 'Sanne <s.devries@vet.example>',
      subject: 'Microsoft 365 security: You have messages in quarantine',
      text: '3 messages are being held for you to review. Review them within 30 days by going to the Quarantine page.\n\nfinance@alfasan.example  Wijziging bankgegevens Alfasan per 1 april 2026  Review\nnewsletter@promo.example  Exclusive wholesale prices  Review',
    });
    expectAbsent(digest, 'email.content.payment_change');
    const sent = await scan({
      from: 'Alfasan Finance <finance@alfasan.example>',
      to: 'Sanne <s.devries@vet.example>',
      subject: 'Wijziging bankgegevens Alfasan per 1 april 2026',
      text: 'Beste klant, per 1 april 2026 wijzigen onze bankgegevens. Wilt u de nieuwe rekening in uw administratie aanpassen vóór de volgende betaling?',
    });
    expectFires(sent, 'email.content.payment_change');
  });
  it('a finance director\'s note of a fake "change of bank details" email already blocked announces no change', async () => {
    const v = await scan({
      from: 'Ciarán <ciaran@housing.example>',
      to: 'Moira <moira@housing.example>',
      subject: 'Second authorisation needed today',
      text: 'Moira, the CHAPS for the completion is set up and waiting for your second authorisation. We also had a fake "change of bank details" email on Monday from a look-alike domain, which Rory has blocked.\n\nCiarán',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it("MijnOverheid's own mail from mijn.overheid.nl is no look-alike of it", async () => {
    const v = await scan({
      from: 'MijnOverheid <noreply@mijn.overheid.nl>',
      to: 'marieke@example.nl',
      subject: 'U heeft een nieuw bericht in uw Berichtenbox',
      text: 'U heeft een nieuw bericht van Belastingdienst in uw Berichtenbox op MijnOverheid. Ga hiervoor zelf naar mijn.overheid.nl.',
    });
    expectAbsent(v, 'email.sender.lookalike_domain');
    expectAbsent(v, 'email.sender.brand_display_name');
  });
});
