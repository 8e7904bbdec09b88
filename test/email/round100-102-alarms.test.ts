/**
 * Rounds 100-102 (an olive-oil producer in Puglia, an HOA management company in Denver and Phoenix,
 * an IT managed-service provider in Leeds), scored unread: their false alarms, read afterwards.
 * Each rule beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { findLookalike, buildLookalikeIndex } from '../../src/url/lookalike.js';
import { hostInfo } from '../../src/url/parse.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Ciao', ...o }), { config, scorer: null });

describe('false alarms of rounds 100-102', () => {
  it('an Italian reported forward: "non ho cliccato niente … mi dici tu se è vera?"', async () => {
    const v = await scan({
      from: 'Rosaria <rosaria@frantoio.example>',
      to: 'Dario <dario@informatica.example>',
      subject: 'I: Casella PEC quasi piena - è vera??',
      text: 'Ciao Dario,\n\nmi è arrivata questa stamattina. Il link non mi pare di Aruba. Non ho cliccato niente. Mi dici tu se è vera?\n\nGrazie,\nRosaria\n\n---------- Messaggio inoltrato ----------\nDa: Aruba PEC <notifiche@arubapec-servizi.example>\nOggetto: Casella quasi piena\n\nAccedi alla Webmail PEC per liberare spazio: https://webmail-arubapec.web.app/login?casella=frantoio',
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
    // the same lure, sent as it is, is no report
    const lure = await scan({
      from: 'Aruba PEC <notifiche@arubapec-servizi.example>',
      to: 'amministrazione@frantoio.example',
      subject: 'Casella quasi piena',
      text: 'Gentile Cliente, la casella PEC ha raggiunto il 97% dello spazio. Non ho cliccato niente? Accedi alla Webmail PEC per liberare spazio: https://webmail-arubapec.web.app/login?casella=frantoio',
    });
    expectAbsent(lure, 'email.content.reported_forward');
  });

  it("a shop order's payment field names how it was paid; an invoice's 'zu überweisen:' still asks", async () => {
    const order = await scan({
      from: 'Shopify <mailer@shopify.com>',
      to: 'shop@frantoio.example',
      subject: '[Frantoio Shop] Ordine #1187',
      text: 'Matteo Rinaldi ha effettuato un ordine sul tuo negozio. Coratina 500 ml × 6 € 90,00. Totale € 141,90 Pagamento: Shopify Payments · Consegna: Via Cavour 21, Bologna',
    });
    expectAbsent(order, 'email.content.payment_request');
    const invoice = await scan({
      from: 'Kanzlei <buero@kanzlei-treuhand.example>',
      to: 'office@planbuero.example',
      subject: 'Offene Rechnungen',
      text: 'Wir ersuchen Sie, die offenen Beträge von 2.907,55 EUR auf folgendes Konto zu überweisen: Kontoinhaber: Kanzlei Treuhand, IBAN AT25 3200 0000 1234 5678.',
    });
    expectFires(invoice, 'email.content.payment_request');
  });

  it("an accountant's 'if anyone's asked to change bank details, send me the signed form' warns; a change announced asks", async () => {
    const policy = await scan({
      from: 'Mark Ellis <mark@accountancy.example>',
      to: 'Joanna <joanna@msp.example>',
      subject: 'March payroll - need changes by 10am tomorrow',
      text: "Hi Joanna,\n\nJust chasing the March payroll changes. Please upload the spreadsheet to the portal as usual rather than emailing it, and if anyone's asked to change bank details, please send me the signed form - I won't action any bank changes from emails.\n\nThanks\nMark",
    });
    expectAbsent(policy, 'email.content.payment_change');
    const change = await scan({
      from: 'Mark Ellis <mark@accountancy.example>',
      to: 'Joanna <joanna@msp.example>',
      subject: 'March payroll',
      text: 'Hi Joanna,\n\nPlease change bank details for my salary to the new account below before the March run: sort code 20-45-77, account 83920115.\n\nThanks\nMark',
    });
    expectFires(change, 'email.content.payment_change');
  });
});

describe("a brand's own top-level domain", () => {
  const idx = buildLookalikeIndex(config);
  it('teams.mail.microsoft is Microsoft’s own, not a look-alike of it', () => {
    expect(findLookalike(idx, hostInfo('teams.mail.microsoft'))).toBeNull();
    // the same name under an open TLD still imitates Microsoft
    expect(findLookalike(idx, hostInfo('teams.mail-microsoft.com'))?.owner).toBe('Microsoft');
  });
  it('only a listed brand’s TLD vouches: the same name under .live (open to anyone) does not', () => {
    expect(findLookalike(idx, hostInfo('teams.microsoft-login.live'))).not.toBeNull();
  });
  it('Microsoft Teams’ activity digest from teams.mail.microsoft is no look-alike sender', async () => {
    const v = await scan({
      from: 'Microsoft Teams <no-reply@teams.mail.microsoft>',
      to: 'daniel@msp.example',
      subject: 'You have 3 unread messages in Teams',
      text: 'Your teammates are trying to reach you. Open Teams: https://teams.microsoft.com/l/chat/0/0',
    });
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
});

describe("a mail security gateway's own portal", () => {
  const digest = (host: string) =>
    scan({
      from: 'Mimecast Digest <postmaster@lawfirm.example>',
      to: 'Sarah <sarah@lawfirm.example>',
      subject: 'Your held messages digest (3 messages)',
      html: `<p>The following messages have been held for you since your last digest.</p><p><a href="https://${host}/u/login/?gta=apps#/login">Manage your messages at the Personal Portal</a></p>`,
    });
  it("the URL model's opinion of the gateway's sign-in page is context, on a look-alike host it is evidence", async () => {
    const own = (await digest('login-uk.mimecast.com')).signals.find((s) => s.id === 'url.model.phishing');
    expect(own?.severity ?? 'low').toBe('low');
    const fake = (await digest('login-uk.mimecast-portal.example')).signals.find(
      (s) => s.id === 'url.model.phishing',
    );
    expect(fake?.severity).toMatch(/medium|high/);
  });
});

describe('one signal for many links', () => {
  it("carries the worst link's severity and evidence first, whatever the links' order", async () => {
    const v = await scan({
      from: 'Mimecast Digest <postmaster@lawfirm.example>',
      to: 'Sarah <sarah@lawfirm.example>',
      subject: 'Your held messages digest (3 messages)',
      html: '<p>Messages have been held for you.</p><p><a href="https://login-uk.mimecast.com/u/login/?gta=apps">Portal</a> <a href="https://login-uk.mimecast-portal.example/u/login/?gta=apps">Release all</a></p>',
    });
    const s = v.signals.find((x) => x.id === 'url.model.phishing');
    expect(s?.severity).toMatch(/medium|high/);
    expect(s?.evidence[0]?.text).toContain('mimecast-portal.example');
  });
});
