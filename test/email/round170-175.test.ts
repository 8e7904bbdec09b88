/**
 * Rounds 170-175 (a brewery in Plzeň, a cocoa trader in Accra, a call centre in Bucharest, a
 * university in Buenos Aires, a pharmaceutical exporter in Hyderabad, a home-health agency in
 * Atlanta), scored unread: their false alarms, read afterwards. A company's own plain-named site
 * behind its notice; HubSpot's preference centre for accounts without a domain of their own; a
 * school's warning that it never takes fees to personal UPI IDs; a security-awareness platform
 * enrolling staff "with your Microsoft 365 account"; a colleague warning that anybody sending
 * "updated" wire instructions is to be ignored. Each beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { isOpaqueTracker } from '../../src/email/links.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const MODEL = 'url.model.phishing';

describe("the URL model's opinion of the sender's own plain-named site", () => {
  // the payout notice of round 73's attack, sent from and linking to its own domain
  const payout = (domain: string) =>
    scan({
      from: `Vagaro Merchant Payouts <payouts@${domain}>`,
      to: 'tammy@senvangnails.example',
      subject: 'Payout of $4,206.55 paused - bank verification needed',
      text: `Your scheduled payout of $4,206.55 is paused. The bank linked to Vagaro Merchant Services returned a verification mismatch (code R03). To protect your funds we have paused payouts until the account owner signs in and re-verifies the bank details.\n\nSign in to Vagaro Pro: https://${domain}/pro/signin?next=payouts`,
    });
  it('a name glued to a word with a hyphen keeps it: the throwaway domain that hosts its own lure', async () => {
    const v = await payout('vagaro-merchants.com');
    expect(['medium', 'high']).toContain(severityOf(v, MODEL));
    expect(v.verdict).not.toBe('clean');
  });
  it("the same link on a plain name (letters only) is the company's own site: shown at low", async () => {
    expect(severityOf(await payout('vagaromerchants.com'), MODEL)).toBe('low');
  });
  it('a plain name with digits is not plain, nor is a look-alike of a brand', async () => {
    expect(['medium', 'high']).toContain(severityOf(await payout('vagaro24.com'), MODEL));
    const paypal = await scan({
      from: 'PayPal <service@paypa1.com>',
      to: 'tammy@senvangnails.example',
      subject: 'Your account is limited',
      text: 'We noticed unusual activity. Sign in to restore full access: https://www.paypa1.com/signin/restore?case=PP-771-204',
    });
    expect(severityOf(paypal, MODEL) ?? 'none').not.toBe('low');
  });
  it("a click tracker on the sender's plain-named domain that carries another address is not its own page", async () => {
    const v = await scan({
      from: 'Illuvium Beta Unlock Team <notifications@email.myikas.com>',
      to: 'reader@example.com',
      subject: 'Step Into the World of Illuvium - Beta is Live!',
      html: '<p>Claim your tokens: click the link below to access your beta account, then verify your wallet address.</p><p><a href="https://t.myikas.com/CL0/https:%2F%2Filluviumtoken.trafft.com%2F/1/01070194a61d97da-f69c926b-8172-4989-a11d-a77b812afdc0-000000/SCivneT2zQH5C0z_J6xhuKkh6YdVllrW8kDC5_QG7UA=191">Claim My Illuvials Token</a></p>',
    });
    expect(['medium', 'high']).toContain(severityOf(v, MODEL));
  });
  // round 170's savings bank: a hyphenated name, but one of the Sparkasse member domains the brand
  // list names (`sparkasse-*.de`), with no lure word in it
  const statement = (domain: string) =>
    scan({
      from: `Sparkasse Regensburg <kontoauszug@${domain}>`,
      to: 'j.novak@brauerei-example.cz',
      subject: 'Ihr elektronischer Kontoauszug ist verfügbar',
      text: `Sehr geehrter Kunde,\n\nIhr Kontoauszug für November steht im elektronischen Postfach bereit. Bitte melden Sie sich im Online-Banking an, um ihn abzurufen: https://www.${domain}/de/home/onlinebanking/postfach/login.html?auszug=2026-11&konto=verify\n\nIhre Sparkasse`,
    });
  it("a listed brand's regional member domain is its own site too: shown at low (round 170)", async () => {
    expect(severityOf(await statement('sparkasse-regensburg.de'), MODEL)).toBe('low');
  });
  it('a member-shaped name with a lure word in it keeps the opinion', async () => {
    expect(['medium', 'high']).toContain(severityOf(await statement('sparkasse-sicherheit.de'), MODEL));
  });
  it("Checkr's report notice linking to dashboard.checkr.com stays clean (round 175)", async () => {
    const v = await scan({
      from: 'Checkr <no-reply@checkr.com>',
      to: 'slockhart@magnoliacresthh.example',
      subject: 'Report complete: Healthcare Standard + Sanctions',
      html: '<p>A background check report is complete.</p><p><b>Candidate:</b> M. J. (CNA applicant)<br><b>Status:</b> Clear</p><p><a href="https://dashboard.checkr.com/reports/7f2c91b04e3a">View report</a></p><p><a href="https://dashboard.checkr.com/account/settings">Notification settings</a></p>',
    });
    expect(severityOf(v, MODEL) ?? 'low').toBe('low');
    expect(v.verdict).toBe('clean');
  });
});

describe("HubSpot's hosts for accounts without a domain of their own", () => {
  it("hubspotstarter.net and hubspotfree.net are a mail service's, a look-alike is not", () => {
    expect(isOpaqueTracker('hs-2718391.s.hubspotstarter.net')).toBe(true);
    expect(isOpaqueTracker('hs-7708371.f.hubspotfree.net')).toBe(true);
    expect(isOpaqueTracker('dk1sxv04.eu1.hubspotlinksfree.com')).toBe(true);
    expect(isOpaqueTracker('hubspotstarter-login.example')).toBe(false);
  });
  it("an association's newsletter with its preference centre there stays clean (round 172)", async () => {
    const v = await scan({
      from: 'ABSL Romania <news@absl.ro>',
      to: 'radu.stoica@callentis.example',
      subject: 'ABSL Monthly: talent report 2026, AI in CX, upcoming HR Forum',
      html: '<p><b>Romania Business Services Talent Report 2026</b> - language skills remain the main constraint for CX centres.<br><a href="https://absl.ro/hubfs/talent-report-2026?utm_campaign=monthly-march&amp;utm_medium=email">Download the report</a></p><p style="font-size:11px">ABSL Romania, Bucharest<br><a href="https://hs-2718391.s.hubspotstarter.net/hs/manage-preferences/unsubscribe?d=eyJlYSI6InJhZHUifQ">Unsubscribe</a> · <a href="https://hs-2718391.s.hubspotstarter.net/hs/manage-preferences">Manage preferences</a></p>',
    });
    expect(severityOf(v, MODEL) ?? 'low').toBe('low');
    expect(v.verdict).toBe('clean');
  });
});

describe('a warning that names the scheme is no ask', () => {
  it('"the school never asks for fee payment to personal UPI IDs" (round 174)', async () => {
    const v = await scan({
      from: 'Gitanjali Vidyalaya - Accounts <accounts@gitanjalividyalaya.example>',
      to: 'lakshmiprasanna.v@gmail.com',
      subject: 'Term 1 fee (2026-27) - due 20 June | Grade 2-B',
      text: 'Dear Parent, the Term 1 fee for Student ID GV-2B-0417 (Grade 2-B) is due on 20 June 2026. Tuition fee (Term 1) Rs 48,500. Please pay only through the school fee portal on our website or at the accounts counter.\n\nPlease note: the school never asks for fee payment to personal UPI IDs or bank accounts via WhatsApp or SMS.',
    });
    expectAbsent(v, 'email.content.stranger_payment');
    expect(v.verdict).toBe('clean');
  });
  it('the stranger asking for the tuition by a transfer service still is one', async () => {
    const v = await scan({
      from: 'Captain Daniel Moore <dan.moore.rig@yahoo.example>',
      to: 'helen@example.com',
      text: 'My darling, my daughter must pay her tuition by Friday and my account is frozen until I am back from the rig. Please send the payment to my agent by Western Union, I will repay you the day I land.',
    });
    expectFires(v, 'email.content.stranger_payment');
  });
  it('"if anybody emails us updated wire instructions, ignore them" between colleagues (round 175)', async () => {
    const v = await scan({
      from: 'Denise Whitfield <dwhitfield@magnoliacresthh.example>',
      to: 'Marcus Oyelaran <moyelaran@magnoliacresthh.example>',
      subject: 'Homewood lease deposit - this week, usual process',
      text: 'Marcus, the landlord wants the $12,600 security deposit this week to hold the suite. Please handle it the normal way: set the landlord up as a vendor from their W-9, call the leasing office to confirm the account verbally, then enter it in Bill.com for the usual two approvals. If anybody emails us "updated" wire instructions for this, ignore them and call me.',
    });
    expectAbsent(v, 'email.content.payment_change');
    expect(v.verdict).toBe('clean');
  });
  it('the landlord announcing updated wire instructions is still a bank change', async () => {
    const v = await scan({
      from: 'Jenna Cole <jenna@homewood-leasing.example>',
      to: 'Marcus Oyelaran <moyelaran@magnoliacresthh.example>',
      subject: 'Homewood lease deposit',
      text: 'Hi Marcus, please note our updated wire instructions for the $12,600 security deposit: we now bank with First Horizon, account 4471903382, routing 084000026. Kindly send it today.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe("a security-awareness platform enrolling staff in the employer's name", () => {
  const enrol = (from: string) =>
    scan({
      from,
      to: 'mcastaneda@magnoliacresthh.example',
      subject: 'New training assignment: 2026 Security Awareness (due Feb 27)',
      html: '<p>Hello Mariela,</p><p>You have been enrolled in the following training by Magnolia Crest Home Health: 2026 Security Awareness. Due date: February 27, 2026.</p><p>Sign in to your training with your Microsoft 365 account:</p><p><a href="https://training.knowbe4.com/ui/login?r=magnoliacresthh">Start training</a></p>',
    });
  it('from knowbe4.com is no outside employer (round 175)', async () => {
    expectAbsent(
      await enrol('Magnolia Crest Home Health Training <training@knowbe4.com>'),
      'email.sender.outside_employer_notice',
    );
  });
  it('from any other outside domain it is', async () => {
    expectFires(
      await enrol('Magnolia Crest Home Health Training <training@staff-training-center.example>'),
      'email.sender.outside_employer_notice',
    );
  });
});
