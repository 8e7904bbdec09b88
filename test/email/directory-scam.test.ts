/**
 * The directory scam (`email.content.directory_scam`): an invoice for an entry in a directory,
 * register or catalogue nobody ordered, whose fine print turns the bill into an offer. The entry
 * alone and the clause alone are ordinary; both on a bill are the scam. Written after the blind
 * rounds showed invoice fraud as the category Vigil missed most (64 of 81 invoices uncaught).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Invoice', ...o }), { config, scorer: null });
const to = 'Accounts <accounts@harbour-dental.example>';
const ID = 'email.content.directory_scam';

describe('directory scam: fires', () => {
  it('an annual listing whose acceptance is the payment itself', async () => {
    const v = await scan({
      from: 'Coastal Trades Directory <billing@coastal-trades-directory.example>',
      to,
      subject: 'Invoice CTD-2026-0412 - annual listing',
      text: 'Please find your invoice for the 2026 premium listing of Harbour Dental in the Coastal Trades Directory.\nAmount due: EUR 845.00, payable within 14 days to IBAN IE29 AIBK 9311 5212 3456 78.\nThis invoice is issued on acceptance of the listing offer. Acceptance is by payment.',
    });
    expect(expectFires(v, ID).severity).toBe('high');
    expect(v.verdict).not.toBe('clean');
  });
  it('a French "annuaire privé" whose silence counts as acceptance', async () => {
    const v = await scan({
      from: 'Annuaire des Cabinets Dentaires <facturation@annuaire-cabinets.example>',
      to,
      subject: 'Votre fiche 2026',
      text: "Nous vous confirmons la mise à jour de votre fiche pour l'année 2026. Montant annuel : 586,80 € TTC, règlement par virement. L'absence de contestation écrite dans un délai de 8 jours vaut acceptation de la présente offre. L'Annuaire est un annuaire privé sans lien avec l'Ordre.",
    });
    expectFires(v, ID);
  });
  it('an entry "agreed by phone" that renews unless cancelled 90 days ahead', async () => {
    const v = await scan({
      from: 'Medical Purchaser Register <accounts@med-purchaser-register.example>',
      to,
      text: 'Please find attached invoice MPR-60215 for your 2026 entry in the UK Medical Purchaser Directory, as agreed by telephone with your office. Total £1,770.00, BACS details on the invoice. The listing renews annually unless cancelled in writing 90 days before the renewal date.',
    });
    expectFires(v, ID);
  });
  it('the look-alike invoice\'s own disclaimer ("a solicitation … not a bill from a government agency") needs no directory', async () => {
    const v = await scan({
      from: 'State Workplace Compliance Services <filings@workplace-compliance.example>',
      to,
      subject: '2026 Mandatory Workplace Poster Compliance - Invoice 44019',
      text: 'Federal and state law require employers to display current workplace notices. Invoice 44019: 2026 poster set x 4 locations, $756.00, due February 6. Pay online today.\nThis is a solicitation for the purchase of a product and is not a bill from a government agency.',
    });
    expectFires(v, ID);
  });
  it('a German register entry, "Die Zahlung gilt als Annahme" read as an offer', async () => {
    const v = await scan({
      from: 'Zentrales Firmenregister <rechnung@firmenregister-zentral.example>',
      to,
      subject: 'Rechnung 2026-1184',
      text: 'Für Ihren Eintrag im Zentralen Gewerbeverzeichnis 2026 stellen wir Ihnen 1.284,00 EUR in Rechnung. Dies ist ein Angebot; die Annahme erfolgt durch Zahlung. Fragen beantworten wir gern.',
    });
    expectFires(v, ID);
  });
});

describe('directory scam: look-alikes that stay clean', () => {
  it("a directory's own renewal invoice without the scam's clause", async () => {
    const v = await scan({
      from: 'Dental Association <membership@dental-association.example>',
      to,
      subject: 'Invoice 2026-118: practice directory listing',
      text: 'Thank you for renewing. Your 2026 premium listing in the Find-a-Dentist directory is live. Amount: EUR 120.00, paid by direct debit on 1 March. Questions? Reply to this email.',
    });
    expectAbsent(v, ID);
  });
  it('a bank change "confirmed by phone" on a bill is the check, not a phoned-in order', async () => {
    const v = await scan({
      from: 'Finance <finance@harbour-dental.example>',
      to,
      subject: 'Supplier bank change confirmed',
      text: "The new account for Bright Labs was confirmed by phone on the number in our vendor file. Invoice 8812 (EUR 2,140.00) goes in Friday's payment run. Their catalogue entry in our purchasing system is updated.",
    });
    expectAbsent(v, ID);
  });
  it("an estate agent's listing agreement with a fee and a phone call", async () => {
    const v = await scan({
      from: 'Maria Lopez <maria@lopez-realty.example>',
      to: 'Sam <sam@example.org>',
      subject: 'Listing agreement for 618 S Manhattan Pl',
      text: 'As agreed on the phone, attached is the listing agreement for your home. The commission is 2.5% ($21,000 at the asking price). Sign where flagged and I will put the listing live on the MLS on Monday.',
    });
    expectAbsent(v, ID);
  });
  it('a newsletter that warns about directory scams quotes their disclaimer', async () => {
    const v = await scan({
      from: 'Chamber of Commerce <news@chamber.example>',
      to,
      subject: 'Beware of directory listing invoices',
      text: 'Beware: scammers send invoices for an entry in a "business directory" with fine print saying "this is a solicitation, not a bill" or "acceptance is by payment". Do not pay them; report them to us. Membership fees are EUR 90.',
    });
    expectAbsent(v, ID);
  });
  it("a real offer's terms, accepted by payment, for something that is no directory entry", async () => {
    const v = await scan({
      from: 'Bright Labs <sales@bright-labs.example>',
      to,
      subject: 'Quote Q-2231 for the new milling unit',
      text: 'Attached is quote Q-2231 for the milling unit, EUR 18,400. Acceptance by payment of the 30% deposit; delivery in six weeks.',
    });
    expectAbsent(v, ID);
  });
});

describe('domain-name claim scam', () => {
  const CLAIM = 'email.content.domain_claim_scam';
  it('"an application to register your name as internet keyword and CN domains; is this company your partner?"', async () => {
    const v = await scan({
      from: 'Jim Lee <jim.lee@asia-domainreg.example>',
      subject: 'Notice of Intellectual Property: harbourdental',
      text: 'Dear CEO, (If you are not the person in charge, please forward this to your CEO.) We are a domain name registration center in Shanghai. On 2 March we received an application from Hongda Ltd requesting "harbourdental" as their internet keyword and China (CN) domain names (harbourdental.cn, harbourdental.com.cn). After checking, this name conflicts with your company name. Please confirm whether this company is your distributor or business partner in China.',
    });
    expect(expectFires(v, CLAIM).severity).toBe('high');
    expect(v.verdict).not.toBe('clean');
  });
  it('the "Net Brand" variant that asks whether the reader authorised the applicant', async () => {
    const v = await scan({
      from: 'Tony Chen <tony@hk-netreg.example>',
      text: 'We have received a formal application from a company who are applying to register "harbourdental" as their Net Brand and some domain names through our firm. We are not sure whether you have authorized this company to register these names. Please let us know within 7 workdays.',
    });
    expectFires(v, CLAIM);
  });
  it("a clearinghouse's notice that a name matching the reader's trademark was registered asks nothing about partners", async () => {
    const v = await scan({
      from: 'Trademark Clearinghouse <notifications@tmch.example>',
      subject: 'Notification of Registered Name',
      text: 'This notice is to inform you that the domain name harbourdental.shop, which matches a trademark you recorded, has been registered. We received this information from the registry. If you believe it infringes your rights, you may seek a remedy; you do not need to reply.',
    });
    expectAbsent(v, CLAIM);
  });
  it("a supplier's question whether a reseller is the reader's distributor, with no domain application", async () => {
    const v = await scan({
      from: 'Bright Labs <sales@bright-labs.example>',
      subject: 'Reseller check',
      text: 'We received an application from Alpha Dental Supplies to become a reseller of our implants in your region. Could you confirm whether this company is your distributor? We want to avoid channel conflicts.',
    });
    expectAbsent(v, CLAIM);
  });
});
