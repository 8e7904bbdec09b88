/**
 * From the fifty-sixth and fifty-seventh rounds of hand-made mail (a property agency in Brisbane and
 * Auckland; a Franco-Moroccan import business), read after they were measured unread: a brand
 * writing from its own top-level domain, a regional member bank's domain or a provider's French
 * "do not reply" mailbox; an invoicing service's mail answered by its customer; a bank change a
 * colleague reports verified by phone. Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { isBrandTldOf } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'compta@atlas-saveurs.example';

describe('rounds 56 and 57', () => {
  it("a brand writing from its own top-level domain is the brand; the brand's name as a bare address or under an open TLD is not", async () => {
    const text = 'Votre virement international a bien été exécuté.';
    expectAbsent(
      await scan({ from: 'BNP Paribas <noreply@messages.bnpparibas>', to, text }),
      'email.sender.brand_display_name',
    );
    expectFires(
      await scan({ from: 'BNP Paribas <noreply@bnpparibas>', to, text }),
      'email.sender.brand_display_name',
    );
    expectFires(
      await scan({ from: 'BNP Paribas <noreply@bnp-virement.example>', to, text }),
      'email.sender.brand_display_name',
    );
    expect(isBrandTldOf('messages.bnpparibas', 'BNP Paribas')).toBe(true);
    // Google's .ing takes anyone's registration: no proof of ING
    expect(isBrandTldOf('alerts.bank.ing', 'ING')).toBe(false);
    expect(isBrandTldOf('bnpparibas', 'BNP Paribas')).toBe(false);
  });

  it("a regional bank's own listed domain is the brand's; a look-alike of it, or of a member bank's shape, is not", async () => {
    const text = 'Votre relevé de compte du mois est disponible dans votre espace.';
    expectAbsent(
      await scan({ from: 'Crédit Agricole Centre-est <noreply@ca-centrest.fr>', to, text }),
      'email.sender.brand_display_name',
    );
    expectFires(
      await scan({ from: 'Crédit Agricole Centre-est <relation.pro@ca-centrest-clientele.fr>', to, text }),
      'email.sender.brand_display_name',
    );
    // a savings bank's shape (`sparkasse-*.de`) is no proof: the callback fraud registers it too
    expectFires(
      await scan({
        from: 'Sparkasse Kundenservice <sicherheit@sparkasse-kundenschutz.de>',
        to,
        text: 'Bitte rufen Sie uns an.',
      }),
      'email.sender.brand_display_name',
    );
  });

  it("a free mail provider's own do-not-reply mailbox, in its own language, is the provider; a user's mailbox there is not", async () => {
    const text = 'Voici votre code de confirmation : 731 406. Ne le communiquez à personne.';
    expectAbsent(
      await scan({ from: 'Orange <ne-pas-repondre@orange.fr>', to, text }),
      'email.sender.brand_display_name',
    );
    // … and its billing desk for business and electronic bills
    for (const from of ['Orange Pro <facture.pro@orange.fr>', 'Orange <facture-electronique@orange.fr>'])
      expectAbsent(await scan({ from, to, text }), 'email.sender.brand_display_name');
    expectFires(
      await scan({ from: 'Orange <facture.dupont@orange.fr>', to, text }),
      'email.sender.brand_display_name',
    );
    expectFires(
      await scan({ from: 'Orange <service.client.orange@orange.fr>', to, text }),
      'email.sender.brand_display_name',
    );
  });

  it("an invoicing service's mail for its customer answers to the customer's own mailbox; a person's free mail address answering elsewhere still diverts", async () => {
    const text =
      "Hi, Here's the remittance advice for payment of $1,650.00 made to Southern Cross Property Group on 28 Jul 2026.";
    const relayed = await scan({
      from: 'Lindqvist Family Trust <messaging-service@post.xero.com>',
      replyTo: 'Margaret Lindqvist <margaret.lindqvist@bigpond.com>',
      to: 'accounts@southerncross.example',
      text,
    });
    expectAbsent(relayed, 'email.sender.reply_to_private_mailbox');
    expect(severityOf(relayed, 'email.sender.reply_to_mismatch')).toBe('low');
    // the company's own mail answering at its owner's free mail account is still the BEC shape
    expectFires(
      await scan({
        from: 'Lindqvist Family Trust <margaret@lindqvisttrust.example>',
        replyTo: 'Margaret Lindqvist <margaret.lindqvist@bigpond.com>',
        to: 'accounts@southerncross.example',
        text,
      }),
      'email.sender.reply_to_private_mailbox',
    );
    // … and a company's billing desk on free mail behind the real service is the invoice fraud's shape
    expectFires(
      await scan({
        from: 'FHG Logistics Services Ltd <messaging-service@post.xero.com>',
        replyTo: 'FHG Logistics Accounts <accounts.fhglogistics@gmail.com>',
        to: 'accounts@southerncross.example',
        text,
      }),
      'email.sender.reply_to_private_mailbox',
    );
    // … and a free mail account that also bills (zoho.com) is anyone's
    expectFires(
      await scan({
        from: 'Omar Kowalski <omar.kowalski19@zoho.com>',
        replyTo: 'o.kowalski.private@zoho.com',
        to: 'accounts@southerncross.example',
        text: 'Please process the attached invoice today.',
      }),
      'email.sender.reply_to_private_mailbox',
    );
  });

  it('a bank change a colleague reports verified by phone is an ask for the gate, not strong evidence; the same change unverified stays strong', async () => {
    const from = "Liam O'Connor <liam.oconnor@southerncross.example>";
    const cc = 'Rachel Nguyen <rachel.nguyen@southerncross.example>';
    const verified = await scan({
      from,
      to: 'SCPG Accounts <accounts@southerncross.example>',
      cc,
      subject: 'RE: Sparkright - new business bank account from 1 Nov',
      text: 'FYI - called Ben on 0401 339 218. He confirmed the new business bank account ending 419, effective 1 Nov. Updated in PropertyMe with note "verified by phone 12/10". Please make future payments to the new account.',
    });
    expect(severityOf(verified, 'email.content.payment_change')).toBe('medium');
    const unverified = await scan({
      from,
      to: 'SCPG Accounts <accounts@southerncross.example>',
      cc,
      subject: 'RE: Sparkright - new business bank account from 1 Nov',
      text: 'FYI - Ben sent the new business bank account ending 419, effective 1 Nov. Please make future payments to the new account.',
    });
    expect(severityOf(unverified, 'email.content.payment_change')).toBe('high');
    // the payer's number from its own creditor file, in any words
    const onFile = await scan({
      from,
      to: 'SCPG Accounts <accounts@southerncross.example>',
      cc,
      text: 'I called Hartley & Moss on 07 3229 8100 (number from our creditor file, not from the email) and she read out the new account. Please make future payments to the new account.',
    });
    expect(severityOf(onFile, 'email.content.payment_change')).toBe('medium');
    // … and "already verified by phone, no need to call" is the fraud's move, strong as before
    const talkedOut = await scan({
      from: 'Ben Tran <ben@sparkright.example>',
      to: 'SCPG Accounts <accounts@southerncross.example>',
      text: 'We have a new business bank account. This was already verified by phone with your office, so no need to call. Please make future payments to the new account.',
    });
    expect(severityOf(talkedOut, 'email.content.payment_change')).toBe('high');
  });
});
