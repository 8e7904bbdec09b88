/**
 * The false alarms of rounds 80-82 (schools in Melbourne and Auckland, an e-bike startup in Stockholm
 * and Copenhagen, a farm co-op in Iowa), read after the rounds were scored unread (their attacks stay
 * unread). Each beside the lure it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { unwrapUrl } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'PTA <pta@kowhai-school.example>';

describe('a marketplace telling the seller not to share bank details', () => {
  it('"Please don\'t share bank details or accept payment outside Trade Me" asks nothing', async () => {
    const v = await scan({
      from: 'Marketplace <noreply@marketplace.example>',
      to,
      text: "Your item has sold. Wait for the buyer to pay. Please don't share bank details or accept payment outside the marketplace for this sale.",
    });
    expectAbsent(v, 'email.content.secrecy_urgency');
    expectAbsent(v, 'email.content.payment_request');
  });
  it('"send the deposit today and keep this between us" still is secrecy', async () => {
    const v = await scan({
      from: 'Boss <boss.private@gmail.com>',
      to,
      text: 'Please wire the $4,800 deposit today and keep this between us until the deal is announced.',
    });
    expectFires(v, 'email.content.secrecy_urgency');
  });
});

describe("a sharing platform's notice with the sharer's name in a comment", () => {
  it('Anahera Rewi (via Dropbox) unquoted, Reply-To anahera.rewi@gmail.com, is the sharer', async () => {
    const v = await scan({
      from: 'Anahera Rewi (via Dropbox) <no-reply@dropbox.com>',
      replyTo: 'anahera.rewi@gmail.com',
      to,
      text: 'Anahera Rewi shared a folder with you. Go to folder.',
    });
    expectAbsent(v, 'email.sender.reply_to_private_mailbox');
    expectAbsent(v, 'email.sender.reply_to_mismatch');
  });
  it("the same notice answering to somebody else's mailbox is still a redirect", async () => {
    const v = await scan({
      from: 'Anahera Rewi (via Dropbox) <no-reply@dropbox.com>',
      replyTo: 'billing.desk.nz@gmail.com',
      to,
      text: 'Anahera Rewi shared a folder with you. Go to folder.',
    });
    expectFires(v, 'email.sender.reply_to_mismatch');
  });
});

describe("a government body's other site", () => {
  it('museum.vic.gov.au linking to museumsvictoria.com.au is no cousin link', async () => {
    const v = await scan({
      from: 'Bookings <bookings@museum.vic.gov.au>',
      to: 'teacher@education.vic.gov.au',
      html: '<p>Your visit is confirmed. Read our <a href="https://museumsvictoria.com.au/learning/schools/plan">visit planning guide</a>.</p>',
    });
    expectAbsent(v, 'email.link.correspondent_name_in_domain');
  });
  it("a company's name glued into another domain still is one", async () => {
    const v = await scan({
      from: 'Accounts <accounts@southtrust.example>',
      to,
      html: '<p>Please review: <a href="https://online-banking-southtrust.com/login">statement</a></p>',
    });
    expectFires(v, 'email.link.correspondent_name_in_domain');
  });
});

describe("GovDelivery's click tracker", () => {
  it('links-1.govdelivery.com/CL0/<url>/… is unwrapped to its destination', () => {
    const u = unwrapUrl(
      'https://links-1.govdelivery.com/CL0/https:%2F%2Fwww.fsa.usda.gov%2Fresources%2Fprograms%2Farc-plc/1/0100019c24a6b1f2-7e1a/USDAFARMERS',
    );
    expect(u.url).toBe('https://www.fsa.usda.gov/resources/programs/arc-plc');
    expect(
      unwrapUrl('https://links-1.govdelivery.com.evil.example/CL0/https:%2F%2Fx.example/1/a/b').via,
    ).toEqual([]);
  });
});

describe('the IT reply to a forwarded lure, and a Swedish forward', () => {
  const lure =
    'From: Compass Security <security@compass-edu-login.example>\nSent: Monday, 9 March 2026 9:31 AM\nTo: Trish <trish@kowhai-school.example>\nSubject: Your password expires today\n\nYour password expires today. Confirm your current password at https://compass-edu-login.example/confirm';
  it('"RE: FW:" with "it\'s not legit … phishing report" above the quoted lure is a report', async () => {
    const v = await scan({
      from: 'Raj <raj@kowhai-school.example>',
      to: 'Trish <trish@kowhai-school.example>',
      subject: 'RE: FW: Your password expires today – is this legit??',
      text: `Hi Trish,\n\nGood catch - it's not legit. I've reported it through the phishing report button. Please delete it.\n\nRaj\n\n${lure}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
  it('"VB:" with "Jag har inte klickat" above an underscored forward is a report', async () => {
    const v = await scan({
      from: 'Mattias <mattias@lindvik.example>',
      to: 'Viktor <viktor@lindvik.example>',
      subject: 'VB: Nytt certifikat – äkta??',
      text: 'Hej Viktor,\n\nDomänen känns konstig. Jag har inte klickat. Kan du kolla?\n\n________________________________\nFrån: Banken <foretag@bank-foretag.example>\nSkickat: den 2 mars 2026\n\nGodkänn nytt certifikat: https://bank-foretag.example/ib/godkann',
    });
    expectFires(v, 'email.content.reported_forward');
  });
});

describe('a reset the reader asked for', () => {
  it('"open this link within 60 minutes … if you didn\'t request a reset, you can ignore this email" presses nothing', async () => {
    const v = await scan({
      from: 'School App <noreply@schoolapp.example>',
      to,
      text: "We received a request to reset your password. To choose a new password, open this link within 60 minutes: https://kowhai.schoolapp.example/Login/Reset?token=d151\n\nIf you didn't request a password reset, you can ignore this email - your password won't change.",
    });
    expectAbsent(v, 'email.content.action_under_pressure');
  });
  it('"if this wasn\'t you, open this link within 60 minutes" still presses', async () => {
    const v = await scan({
      from: 'School App <noreply@schoolapp-secure.example>',
      to,
      text: "A sign-in from a new device was detected. If this wasn't you, open this link within 60 minutes to lock your account: https://schoolapp-secure.example/lock",
    });
    expect(
      v.signals.some(
        (s) => s.id === 'email.content.action_under_pressure' || s.id === 'email.content.credential_lure',
      ),
    ).toBe(true);
  });
});
