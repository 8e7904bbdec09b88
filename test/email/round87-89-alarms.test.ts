/**
 * The false alarms of rounds 87-89 (a logistics broker in Rotterdam and Antwerp, a dental practice in
 * Phoenix, a food bank in Toronto and Ottawa), read after the rounds were scored unread with the
 * final build of their session (their attacks stay unread). Each beside the lure it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe("the payer's own check of a bank change", () => {
  it('"call them on the number in our system (not the one in the letter) … read out the new IBAN" is the check', async () => {
    const v = await scan({
      from: 'Ilse <ilse@kadewerk.example>',
      to: 'Joris <joris@kadewerk.example>',
      subject: 'Supplier bank change - please call back before changing anything',
      text: 'The supplier sent a bank change letter.\n1. Call them on the number in our ERP (not the one in the letter or email).\n2. Ask them to read out the new IBAN to you; compare it with the letter.\n3. Only then change the master data.',
    });
    expect(expectFires(v, 'email.content.payment_change').message).toMatch(/verify them/);
    const dutch = await scan({
      from: 'Joris <joris@kadewerk.example>',
      to: 'Ilse <ilse@kadewerk.example>',
      text: 'Gebeld met Henk van Leeuwen op het nummer uit Exact. Nieuwe IBAN voorgelezen en gelijk aan de brief.',
    });
    expect(expectFires(dutch, 'email.content.payment_change').message).toMatch(/verify them/);
  });
  it('a vendor asking to update the IBAN with nothing to check still is a bank change to verify', async () => {
    const v = await scan({
      from: 'Supplier <ar@supplier-payments.example>',
      to: 'Joris <joris@kadewerk.example>',
      text: 'Please note our new IBAN NL91 ABNA 0417 1643 00 for all payments from today.',
    });
    expect(expectFires(v, 'email.content.payment_change').message).not.toMatch(/verify them/);
  });
});

describe('brands writing from their other zones', () => {
  it("Belgium's finance ministry newsletter from minfin.fed.be is its own", async () => {
    const v = await scan({
      from: 'SPF Finances <newsletter@minfin.fed.be>',
      to: 'luc@kadewerk.example',
      text: 'Newsletter Douanes et Accises: https://finances.belgium.be/fr/douanes_accises/actualites',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it("an Indeed application answering through indeedemail.com is Indeed's relay", async () => {
    const v = await scan({
      from: 'Indeed <noreply@indeed.com>',
      replyTo: 'jasmine-tran-4c2f@indeedemail.com',
      to: 'Patricia <pgomez@desertbloom.example>',
      text: 'Jasmine Tran applied to Dental Assistant. Reply to this email to message the candidate.',
    });
    expectAbsent(v, 'email.sender.reply_to_mismatch');
    const away = await scan({
      from: 'Indeed <noreply@indeed.com>',
      replyTo: 'hr.desk.jobs@gmail.com',
      to: 'Patricia <pgomez@desertbloom.example>',
      text: 'Jasmine Tran applied to Dental Assistant. Reply to this email to message the candidate.',
    });
    expectFires(away, 'email.sender.reply_to_mismatch');
  });
});
