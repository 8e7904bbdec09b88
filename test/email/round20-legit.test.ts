/**
 * Legitimate mail of held-out round 20 that the release before flagged: a supplier announcing its
 * bank change the proper way in German (new details by signed letter, confirm at the number you
 * already have, keep paying the old account), Microsoft's own SharePoint notice linking to the
 * recipient company's tenant, and a regional savings bank writing from its own sparkasse-<city>.de.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: null });

describe('round 20: legitimate look-alikes stay clean', () => {
  it('a German bank change told to be verified by the known number is no strong change', async () => {
    const v = await scan({
      from: 'Brenner Metallbau Buchhaltung <buchhaltung@brenner-metallbau.example>',
      to: 'kreditoren@halvorsen.example',
      subject: 'Ankündigung: Wechsel unserer Bankverbindung zum 1. April',
      text:
        'Sehr geehrte Damen und Herren,\n\nwir wechseln unsere Bankverbindung zum 1. April. Die neuen Kontodaten erhalten Sie per Post. ' +
        'Bitte bestätigen Sie die Angaben vor der Änderung telefonisch unter der Ihnen bekannten Nummer unserer Zentrale. ' +
        'Wir werden Ihnen keine neuen Kontodaten per E-Mail mitteilen.\n\nBis dahin überweisen Sie bitte wie gewohnt auf unser bisheriges Konto.',
    });
    const change = expectFires(v, 'email.content.payment_change');
    expect(change.severity).toBe('medium');
    expect(change.message).toContain('verify them by the number already on file');
    expect(v.verdict).toBe('clean');
  });
  it('the same change with a new IBAN and no way to check it stays strong', async () => {
    const v = await scan({
      from: 'Brenner Metallbau Buchhaltung <buchhaltung@brenner-metallbau.example>',
      to: 'kreditoren@halvorsen.example',
      subject: 'Wechsel unserer Bankverbindung',
      text: 'Sehr geehrte Damen und Herren, unsere Bankverbindung hat sich geändert. Bitte überweisen Sie die offene Rechnung auf das neue Konto: IBAN LT12 1000 0111 0100 1000.',
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });
  it("Microsoft's share notice linking to the recipient company's SharePoint tenant", async () => {
    const v = await scan({
      from: 'Lauren Pierce <no-reply@sharepointonline.com>',
      to: 'Jordan Pike <jordan.pike@halvorsen-group.com>',
      subject: 'Lauren Pierce shared the folder "Q1 Board Pack" with you',
      html:
        '<p>Lauren Pierce shared a folder with you</p><p><a href="https://halvorsen.sharepoint.com/:f:/s/Finance/EkQ2m9xQ">Open</a></p>' +
        '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>',
    });
    expectAbsent(v, 'email.link.credential_link_off_sender');
    expect(v.verdict).toBe('clean');
  });
  it('a savings bank writing from its own regional domain is no lookalike', async () => {
    const v = await scan({
      from: 'Sparkasse Musterstadt <info@sparkasse-musterstadt.de>',
      to: 'kunde@example.de',
      subject: 'Sicherheitshinweis',
      text: 'Wir fordern Sie niemals per E-Mail auf, Zugangsdaten einzugeben. Bei Fragen rufen Sie uns an.',
    });
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
});
