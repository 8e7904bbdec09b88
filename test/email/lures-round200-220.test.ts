/**
 * The lures of the English attacks rounds 200-220 missed, read after their numbers: the data-theft
 * letter to a company ("samples go to your buyers and the press"), voicemail follow-ups from a
 * lender's or an investor's Gmail, a bank's FX desk on its name plus a word, border agencies'
 * holds with an officer to ring (and the numbers Australia and Britain write), Prezzy cards, a wage
 * register with Aadhaar numbers, a regulator's inspection asking for staff lists, Xero's post.xero.com
 * written with a hyphen, a "duplicate wire" to return elsewhere, new wire instructions in an attached
 * authorisation. Written as people type them and not copied from any one message; each beside
 * ordinary mail that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { analyzeDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('the data-theft letter to a company', () => {
  it('"we copied 41 GB … samples go to your buyers and the press" with bitcoin', async () => {
    const v = await scan({
      from: 'resolution.kte@proton.me',
      to: 'md@tea.example',
      text: 'We had access to your Microsoft 365 tenant for two weeks and copied approximately 41 GB from SharePoint. Transfer 1.8 BTC to bc1q7h4x0kte9r2m8ws5lqz3vd6y0pn4acft8ej2u within five days. If we do not see payment, samples go to your buyers, the Tea Board and the press on day six.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it('"we have had access to your environment … the journalists receive a copy", no wallet', async () => {
    const v = await scan({
      from: 'Data Recovery Desk <tmx-recovery@proton.me>',
      to: 'ceo@cardio.example',
      text: 'We have had access to your environment for some time. Among what we copied: trial exports and the cap table. If we reach an agreement within 72 hours, the data is deleted. If not, the regulator, your investors and the journalists covering your round receive a copy, and the patient data is published.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it("stays silent on a security newsletter's account of a breach", async () => {
    const v = await scan({
      from: 'Threat Brief <brief@security-news.example>',
      to: 'ciso@cardio.example',
      text: 'This week a clinic chain disclosed that attackers had access to its network for a month. The stolen records were offered on a leak site; the clinic says it will not pay.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
});

describe('voicemail follow-ups that keep the matter off email', () => {
  it('an investor\'s Gmail: "I\'d rather walk through it by phone than over email", "sent from my personal account"', async () => {
    const v = await scan({
      from: 'Rachel Kim <rachelkim.hlv@gmail.com>',
      to: 'cfo@cardio.example',
      subject: 'Following up on my voice message',
      text: "Hi Amir,\n\nFollowing up on the voice message I left you this morning. Our fund admin flagged something on the confirmation for the second-close wire, and I'd rather walk through it by phone than over email. Best to reach me on my cell: +1 (617) 555-0148.\n\nRachel\n\n(sent from my personal account, Outlook is acting up on my phone)",
    });
    expectFires(v, 'email.content.personal_address_pretext');
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it('a loan officer\'s Gmail: "my office line is forwarding weird today so please call my cell"', async () => {
    const v = await scan({
      from: 'Derek Lindqvist <dlindqvist.tpm@gmail.com>',
      to: 'dana@title.example',
      subject: 'Following up on my voicemail',
      text: "Hi Dana,\n\nFollowing up on the voicemail I left you this morning. There's an issue with one of the funding conditions I need to walk through with you. My office line is forwarding weird today so please call my cell directly: (737) 555-0186.\n\nDerek",
    });
    expectFires(v, 'email.content.unavailable_pretext');
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it('stays silent on a freelancer\'s "sent from my personal address as the invoice PDF is on my laptop"', async () => {
    const v = await scan({
      from: 'Maya Collins <maya.collins.studio@gmail.com>',
      to: 'owner@bakery.example',
      text: 'Hi! Attached is my invoice for March, payable by Wise to the same account as every month.\n\nBest, Maya\nSent from my personal address as the invoice PDF is on my laptop',
    });
    expectAbsent(v, 'email.content.personal_address_pretext');
  });
  it("stays silent on a client's voicemail about their own file, from a personal address", async () => {
    const v = await scan({
      from: 'Maria Lopez <maria.lopez77@gmail.com>',
      to: 'dana@title.example',
      text: 'Hi Dana, following up on my voicemail about our closing date - could you call me back at (737) 555-0144 when you have a minute? Thanks, Maria',
    });
    expectAbsent(v, 'email.sender.freemail_business_ask');
  });
});

describe("a bank's FX desk on its name plus a word", () => {
  it('anz-fxdesk.com.au signed "ANZ Institutional & Business Banking", asking for a call back', async () => {
    const v = await scan({
      from: 'Michael Brennan <michael.brennan@anz-fxdesk.com.au>',
      to: 'liam@snacks.example',
      text: 'Hi Liam,\n\nJust following up on the voice message I left on your mobile this morning. Your USD forward matures this Thursday and we need to run through the settlement instructions by phone. Could you give me a call back on 03 9088 4172?\n\nMichael Brennan\nANZ Institutional & Business Banking',
    });
    expectFires(v, 'email.sender.combosquat_sender_ask');
  });
});

describe('a border agency holding goods, with an officer to ring', () => {
  it('"the goods will not be released … contact the case officer by telephone" on 1300 763 418', async () => {
    const v = await scan({
      from: 'ABF Cargo Intervention <cargo.intervention@abf-cargonotice.com>',
      to: 'emma@snacks.example',
      text: 'Australian Border Force – Cargo Intervention Unit\n\nThe above consignment has been referred for a documentary compliance check. The goods will not be released to the wharf carrier until the check has been completed. The importer should contact the case officer by telephone within two business days:\n\nDirect line: 1300 763 418 (option 2)',
    });
    expectFires(v, 'email.content.authority_callback');
    expectFires(v, 'email.sender.combosquat_sender_ask');
  });
  it('"(03) 9088 4172" is a number to call too', async () => {
    const v = await scan({
      from: 'ABF Cargo Intervention <cargo.intervention@abf-cargonotice.com>',
      to: 'emma@snacks.example',
      text: 'The goods will not be released until the check has been completed. Please contact the case officer on (03) 9088 4172.',
    });
    expectFires(v, 'email.content.authority_callback');
  });
  it("stays silent on a broker's note that the goods were released", async () => {
    const v = await scan({
      from: 'Customs Desk <customs@broker.example>',
      to: 'emma@snacks.example',
      text: 'Good news: the goods were cleared this morning and released to the carrier. Any questions, call me on (03) 9088 4100.',
    });
    expectAbsent(v, 'email.content.authority_callback');
  });
});

describe('gift cards and records', () => {
  it('"grab 20 x $100 Prezzy cards … send me clear photos of the card numbers"', async () => {
    const v = await scan({
      from: 'Daniel Kerr <daniel.kerr@kaituna-kiwi.example>',
      to: 'hemi@kaitunakiwi.example',
      text: "Hey Hemi, can you grab 20 x $100 Prezzy cards on your company card when you're in town today? Scratch the backs and send me clear photos of the card numbers - I'm stuck in the coolstore meeting all afternoon.",
    });
    expectFires(v, 'email.content.gift_card');
  });
  it('"the current wage register … names, Aadhaar numbers, bank account and IFSC"', async () => {
    const v = await scan({
      from: 'Rajiv Pradhan <rajiv.pradhan@tea-estate.example>',
      to: 'sushma@tea.example',
      text: 'Sushma, could you send me the current wage register as an Excel file - names, worker IDs, Aadhaar numbers, bank account and IFSC - for all permanent and temporary workers?',
    });
    expectFires(v, 'email.content.data_request');
  });
  it("stays silent on payroll's note that the wage register is filed", async () => {
    const v = await scan({
      from: 'Payroll <payroll@tea.example>',
      to: 'sushma@tea.example',
      text: 'The wage register for March has been filed with the labour office and the bank upload is done.',
    });
    expectAbsent(v, 'email.content.data_request');
  });
  it('"CQC Inspection Planning" on cqc-inspections.org.uk asking for a staff spreadsheet', async () => {
    const v = await scan({
      from: 'CQC Inspection Planning <planning@cqc-inspections.org.uk>',
      to: 'manager@surgery.example',
      text: 'Ahead of your assessment, please send us a spreadsheet of all your staff with full name, role, date of birth and home address by Friday.',
    });
    expectFires(v, 'email.sender.combosquat_sender_ask');
  });
});

describe("Xero's post.xero.com written with a hyphen", () => {
  it('post-xero.com is a combosquat of Xero', async () => {
    const v = await analyzeDomain('post-xero.com', { config });
    expect(v.signals.map((s) => s.id)).toContain('domain.lookalike.combosquat');
  });
  it("Xero's own post.xero.com is not, nor a firm named post-something", async () => {
    expect((await analyzeDomain('post.xero.com', { config })).verdict).toBe('clean');
    const other = await analyzeDomain('post-haste.com', { config });
    expect(other.signals.map((s) => s.id)).not.toContain('domain.lookalike.combosquat');
  });
});

describe('money sent back or paid by new instructions', () => {
  it('"return the duplicate to our funding clearing account below"', async () => {
    const v = await scan({
      from: 'Gabriela Fuentes <gfuentes@mortgage.example>',
      to: 'funding@title.example',
      text: 'Our warehouse bank released the funding wire twice. Please return the duplicate to our funding clearing account below (not the account the wire came from).\n\nABA: 065409871\nAccount #: 3318840274',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('"our updated commission disbursement authorization with wire instructions"', async () => {
    const v = await scan({
      from: 'Realty Accounting <accounting@realty.example>',
      to: 'closing@title.example',
      text: "We're moving commission receipts off paper checks. Attached is our updated commission disbursement authorization with wire instructions for our operating account. Please apply it to the Ramirez file.",
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('stays silent on a lender returning a duplicate to where it came from', async () => {
    const v = await scan({
      from: 'Gabriela Fuentes <gfuentes@mortgage.example>',
      to: 'funding@title.example',
      text: 'We received your wire twice; we have returned the duplicate to the originating account this morning.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
});

describe('a fee refunded from a windfall', () => {
  it('a legacy left to the practice and an "estate disbursement fee … refunded in full with the legacy"', async () => {
    const v = await scan({
      from: 'Hugh Marlowe <h.marlowe@marlowe-legal.example>',
      to: 'manager@surgery.example',
      text: 'We act as executors of the estate of the late Mr Tanner, who left a pecuniary legacy of £85,000 to the doctors and staff of the surgery. To release the funds please provide the partnership bank account details and payment of our estate disbursement fee of £1,950, which is refunded in full with the legacy.',
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it('a charter "budget of EUR 2.1 million" whose registration fee is "reimbursed in full with the first hire payment"', async () => {
    const v = await scan({
      from: 'Capt. Andrew Whitfield <chartering@maritime-holdings.example>',
      to: 'owner@ferries.example',
      text: 'Our principals have approved a budget of EUR 2.1 million for the period. Every vessel must be pre-registered with the port security clearance agent before the charter party is signed; the fee (EUR 3,450) is reimbursed in full with the first hire payment.',
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it("stays silent on a solicitor's ordinary estate letter with its own fee", async () => {
    const v = await scan({
      from: 'Hugh Marlowe <h.marlowe@marlowe-legal.example>',
      to: 'client@home.example',
      text: 'Probate has been granted. Our fee of £1,950 will be deducted from the estate before distribution, as set out in our engagement letter.',
    });
    expectAbsent(v, 'email.content.advance_fee');
  });
});
