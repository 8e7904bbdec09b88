/**
 * The directory scam without its fine print (`email.content.directory_bill`): a bill for an entry,
 * listing or publication in a directory, register or catalogue, written calmly, with no clause that
 * makes it an offer. It is a deception for the evidence gate: the bill's own ask to pay opens the
 * gate beside it, and a real directory's receipt, a public register's fee, a newsletter's listing
 * offer, a warning and a colleague's forward stay clean. Written after the blind rounds: 50 of their
 * 2,760 attacks were such bills, and half of them were missed.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Invoice', ...o }), { config, scorer: null });
const to = 'Export <export@klipkuil-wines.example>';
const ID = 'email.content.directory_bill';

/** The calm exhibitor-directory bill of round 134, reworded: an entry, an invoice, ten days to pay. */
const EXHIBITOR_BILL =
  'Dear Mr Botha, thank you for updating your company data. Please find attached the order confirmation and invoice for your entry in the exhibitor directory, 2026 edition. Amount due: EUR 1,190.00. We kindly ask you to settle the invoice within 10 days of receipt by bank transfer.';

describe('directory bill: fires', () => {
  it('a calm invoice for an entry in an exhibitor directory, flagged beside its ask to pay', async () => {
    const v = await scan({
      from: 'Exhibitor Directory Services <accounts@winefair-exhibitors.example>',
      to,
      subject: 'ProWein 2026 - exhibitor directory entry (order 26-PW-30417)',
      text: EXHIBITOR_BILL,
    });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('directory entry');
    expectAbsent(v, 'email.content.directory_scam');
    expect(v.verdict).not.toBe('clean');
  });
  it('a Czech entry in a "register of entrepreneurs"', async () => {
    const v = await scan({
      from: 'Fakturace <fakturace@rejstrik-podnikatelu.example>',
      to,
      subject: 'Faktura 2026-1187',
      text: 'Dobrý den, zasíláme fakturu za zápis Vaší společnosti do Centrálního rejstříku podnikatelů na období 2026. Částka k úhradě: 8 450 Kč, splatnost 14 dní.',
    });
    expectFires(v, ID);
  });
  it('a sender that calls itself a register ("Foretaksregisteret Norge") bills a yearly publication', async () => {
    const v = await scan({
      from: 'Foretaksregisteret Norge <faktura@foretaksregisteret-no.example>',
      to,
      subject: 'Faktura 2026-014882',
      text: 'Vedlagt følger faktura for årlig registrering og publisering av foretaksopplysninger for 2026. Beløp: kr 6 850,00. Vennligst benytt KID ved betaling.',
    });
    const s = expectFires(v, ID);
    expect(s.message).toContain('the sender calls itself "Foretaksregisteret Norge"');
    expect(s.evidence[0]!.where).toBe('header:From');
  });
});

describe('directory bill: look-alikes that stay clean', () => {
  it("the same words from a sender that is no directory: the entry word alone is not the directory's", async () => {
    const v = await scan({
      from: 'Havbris Regnskap <faktura@havbris-regnskap.example>',
      to,
      subject: 'Faktura 2026-014882',
      text: 'Vedlagt følger faktura for årlig registrering og publisering av foretaksopplysninger for 2026. Beløp: kr 6 850,00. Vennligst benytt KID ved betaling.',
    });
    expectAbsent(v, ID);
  });
  it('a professional body\'s registration office ("RCVS Registration") is no directory', async () => {
    const v = await scan({
      from: 'RCVS Registration <registration@rcvs.example>',
      to,
      subject: 'Time to renew your registration',
      text: 'Your annual renewal is due. The renewal fee of £419 must be paid by 31 March to keep your publication rights and remain on our records. Pay online via the My Account area.',
    });
    expectAbsent(v, ID);
  });
  it("a public register's fee from a government domain", async () => {
    const v = await scan({
      from: 'HM Land Registry <noreply@landregistry.gov.uk>',
      to,
      subject: 'Fee due for your application',
      text: 'Your application for an entry in the register for title WM884213 has been received. The fee of £40 is payable by bank transfer within 14 days, quoting your reference.',
    });
    expectAbsent(v, ID);
  });
  it("a trade fair's newsletter offering catalogue listings at a price", async () => {
    const v = await scan({
      from: 'Exhibitor Directory Services <news@winefair-exhibitors.example>',
      to,
      subject: 'Last call: exhibitor directory 2026',
      text: `${EXHIBITOR_BILL}\nYou receive this newsletter as a registered exhibitor.`,
      headers: { 'List-Unsubscribe': '<https://winefair-exhibitors.example/unsubscribe>' },
    });
    expectAbsent(v, ID);
  });
  it('a warning that quotes such a bill', async () => {
    const v = await scan({
      from: 'Chamber of Commerce <info@chamber.example>',
      to,
      subject: 'Directory invoices',
      text: `Several members received this scam. Do not pay it:\n\n${EXHIBITOR_BILL}`,
    });
    expectAbsent(v, ID);
  });
  it('a customer told what to ignore: "if you receive an invoice for an entry in a directory, do not pay"', async () => {
    const v = await scan({
      from: 'Messe Accounts <accounts@fair-organiser.example>',
      to,
      subject: 'Your stand invoice 2026',
      text: 'Attached is your stand invoice, EUR 4,350.00, payable within 30 days. If you receive an invoice for an entry in an exhibitor directory from another company, do not pay it: our catalogue entry is included in your stand package.',
    });
    expectAbsent(v, ID);
  });
  it("a colleague's forward of the bill to accounts", async () => {
    const v = await scan({
      from: 'Anna Botha <anna@klipkuil-wines.example>',
      to: 'Accounts <accounts@klipkuil-wines.example>',
      subject: 'FW: exhibitor directory entry',
      text: `Did we order this?\n\n${EXHIBITOR_BILL}`,
    });
    expectAbsent(v, ID);
  });
  it("a directory's receipt for a listing paid by direct debit is no ask: clean", async () => {
    const v = await scan({
      from: 'Dental Association <membership@dental-association.example>',
      to,
      subject: 'Invoice 2026-118: practice directory listing',
      text: 'Thank you for renewing. Your 2026 premium listing in the Find-a-Dentist directory is live. Amount: EUR 120.00, paid by direct debit on 1 March. Questions? Reply to this email.',
    });
    expect(v.verdict).toBe('clean');
  });
});
