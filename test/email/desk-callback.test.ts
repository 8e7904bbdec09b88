/**
 * The callback scam's receipt or fraud alert in any company's name (`email.sender.desk_callback_elsewhere`):
 * From names a company's billing, renewal or fraud desk, the domain is not that company's name, and
 * the message disputes a charge with a number to call. A deception for the evidence gate, beside the
 * dispute hook's ask. A bank's own alert from its own name's domain, a person asking to be called,
 * free mail (another rule's), a relay platform, a government office and mail between colleagues stay
 * apart. Written after the blind rounds: 23 of their missed callbacks carried the dispute hook and no
 * deception a rule could read.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Receipt', ...o }), { config, scorer: null });
const to = 'Fleet Office <fleet@northgate-haulage.example>';
const ID = 'email.sender.desk_callback_elsewhere';

/** A renewal receipt whose only way out is a phone call (the high `email.content.callback`). */
const RENEWAL =
  'Your Fleet Enterprise plan renewed automatically today and USD 4,860.00 was charged to the card on file. Did not authorise this renewal? Our billing team can reverse the charge within 48 hours. Call +1 (888) 555-0162 and quote order 118847.';
/** A bank's fraud alert: a held transfer and a number to call. */
const FRAUD_ALERT =
  'We have placed a hold on an outgoing transfer of USD 18,400.00 from your business account. If you did not authorise this transaction, call our fraud prevention line at 1-866-555-0193 immediately.';

describe("a desk on somebody else's domain: fires", () => {
  it('"Samsara Billing" on an unrelated domain, flagged beside the dispute hook', async () => {
    const v = await scan({ from: 'Samsara Billing <billing@fleetinvoicing-hub.example>', to, text: RENEWAL });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('a company desk, "Samsara Billing" ("billing")');
    expect(s.evidence[0]!.where).toBe('header:From');
    expectFires(v, 'email.content.callback');
    expect(v.verdict).not.toBe('clean');
  });
  it("the company's name plus another word (avid-licensing), not only a stranger's domain", async () => {
    const v = await scan({
      from: 'Avid Customer Billing <renewals@avid-licensing.example>',
      to,
      text: RENEWAL,
    });
    expectFires(v, ID);
  });
  it('a Spanish fraud desk ("Frost - Prevención de Fraude") on frostbank-alertas', async () => {
    const v = await scan({
      from: 'Frost - Prevención de Fraude <alertas@frostbank-alertas.example>',
      to,
      subject: 'Alerta de seguridad',
      text: FRAUD_ALERT,
    });
    const s = expectFires(v, ID);
    expect(s.message).toContain('("prevencion")');
  });
  it('a legal form ("Visma Software AS") on a domain that adds to the company\'s name', async () => {
    const v = await scan({ from: 'Visma Software AS <ordre@vismalisens-no.example>', to, text: RENEWAL });
    expectFires(v, ID);
  });
});

describe("a desk on somebody else's domain: look-alikes that stay clean", () => {
  it('the bank\'s own alert from its own name\'s domain (bendigobank for "Bendigo Bank")', async () => {
    const v = await scan({ from: 'Bendigo Bank <noreply@bendigobank.example>', to, text: FRAUD_ALERT });
    expectFires(v, 'email.content.callback');
    expectAbsent(v, ID);
  });
  it('a company named by its initials (rbc for "Royal Bank of Canada Alerts")', async () => {
    const v = await scan({ from: 'Royal Bank of Canada Alerts <alerts@rbc.example>', to, text: FRAUD_ALERT });
    expectAbsent(v, ID);
  });
  it('a person asking to be called about a charge (no desk word in the name)', async () => {
    const v = await scan({ from: 'Marc Gagnon <mgagnon@beaulieu-hartwell.example>', to, text: RENEWAL });
    expectFires(v, 'email.content.callback');
    expectAbsent(v, ID);
  });
  it('the same receipt with links to its account pages (the callback is medium: a receipt, not the scam)', async () => {
    const links = ['account', 'invoices', 'plans']
      .map((p) => `<a href="https://fleetinvoicing-hub.example/${p}">${p}</a>`)
      .join(' ');
    const v = await scan({
      from: 'Samsara Billing <billing@fleetinvoicing-hub.example>',
      to,
      html: `<p>${RENEWAL}</p><p>${links}</p>`,
    });
    expect(expectFires(v, 'email.content.callback').severity).toBe('medium');
    expectAbsent(v, ID);
  });
  it('a government office on its own domain', async () => {
    const v = await scan({
      from: 'Property Fraud Alert Service <noreply@rrcc.lacounty.gov>',
      to,
      text: 'A document was recorded against your property today. If you did not authorise this transaction, call the recorder at 1-800-555-0100.',
    });
    expectAbsent(v, ID);
  });
  it('mail between colleagues ("Accounts Team" on the readers\' own domain)', async () => {
    const v = await scan({
      from: 'Fleet Accounts Team <accounts@northgate-haulage.example>',
      to,
      text: RENEWAL,
    });
    expectAbsent(v, ID);
  });
  it('a display name in another script (a transliterated domain cannot be compared)', async () => {
    const v = await scan({
      from: 'Πειραιώς Business Banking <alerts@piraeusbank.example>',
      to,
      text: FRAUD_ALERT,
    });
    expectAbsent(v, ID);
  });
  it("free mail is the free mail rule's, not this one's", async () => {
    const v = await scan({ from: 'Samsara Billing <samsara.billing@gmx.net>', to, text: RENEWAL });
    expectAbsent(v, ID);
    expectFires(v, 'email.sender.freemail_brand_billing');
  });
});
