/**
 * BEC deceptions that need no configuration, each with legitimate look-alikes that stay silent:
 * - email.sender.outside_employer_notice: the reader's own employment (401(k), direct deposit,
 *   VPN …) from an unrelated outside domain (silent: the employer's HR, a payroll provider, a
 *   consumer's mailbox, a list post, a shop's or vendor's wording);
 * - email.auth.dmarc_fail read from the reader's own mail server (failures only);
 * - email.sender.reply_to_private_mailbox: the sender's own name at a personal free mail account.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.outside_employer_notice';
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config: resolveConfig({}), scorer: null });
const BANK_RECONNECT =
  'Your recent 401(k) contribution of $18,546 was not processed due to a system error. To prevent further issues, you must re-verify your bank connection at the portal below within 24 hours.';

describe(ID, () => {
  it.each([
    ['a 401(k) notice', BANK_RECONNECT],
    [
      'a direct deposit rejection',
      'Payroll notified me that your direct deposit details were rejected by the bank. Could you please resubmit your bank information so we can process your first payment?',
    ],
    [
      'an expired VPN certificate',
      'Your VPN certificate has expired and access to internal resources was revoked per company policy. Sign in at the portal below to restore your connectivity.',
    ],
  ])('fires for %s from an outside domain, and the ask flags', async (_, text) => {
    const v = await scan({
      from: 'HR & Benefits <notices@ironwoodsystems.example>',
      to: 'Joyce Lawrence <lawrence.joyce@osborn.example>',
      subject: 'Action required',
      text,
    });
    const s = expectFires(v, ID);
    expect(s.evidence[0]).toMatchObject({ where: 'header:From' });
    expect(s.evidence[1]?.where).toMatch(/^body/);
    expect(v.explanation?.gate).toMatchObject({ open: true });
    expect(v.verdict).not.toBe('clean');
  });
  it.each<[string, EmlOptions]>([
    [
      "the employer's own HR",
      { from: 'HR <hr@osborn.example>', to: 'lawrence.joyce@osborn.example', text: BANK_RECONNECT },
    ],
    [
      'a payroll provider under its own name',
      {
        from: 'ADP <SecurityServices_NoReply@adp.com>',
        to: 'lawrence.joyce@osborn.example',
        text: BANK_RECONNECT,
      },
    ],
    [
      "a consumer's mailbox",
      { from: 'Plan <notices@ironwoodsystems.example>', to: 'joyce@gmail.com', text: BANK_RECONNECT },
    ],
    [
      'a list post quoting such a notice',
      {
        from: 'Dana <dana@ironwoodsystems.example>',
        to: 'security-list@lists.osborn.example',
        headers: { 'List-Id': '<security.lists.osborn.example>' },
        text: BANK_RECONNECT,
      },
    ],
    [
      "a shop's loyalty mail",
      {
        from: 'Rewards <rewards@shop.example>',
        to: 'lawrence.joyce@osborn.example',
        text: 'Enjoy your benefits as a member: free shipping and early access to the sale.',
      },
    ],
    [
      'a vendor quoting its own policy',
      {
        from: 'Billing <billing@vendor.example>',
        to: 'ap@osborn.example',
        text: 'Per our company policy, invoices are due within 30 days. Please find the invoice attached.',
      },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan({ subject: 'Notice', ...o }), ID);
  });
});

describe("email.auth.dmarc_fail from the reader's own mail server", () => {
  const AR =
    'mail.travis.example; spf=softfail smtp.mailfrom=travis.example; dkim=none; dmarc=fail header.from=travis.example';
  it('fires without configured authserv-ids when From, To and the authserv-id share the domain', async () => {
    const v = await scan({
      from: 'Mary Thomas <mthomas@travis.example>',
      to: 'lwhite@travis.example',
      headers: { 'Authentication-Results': AR },
      text: 'Please process the attached invoice today.',
    });
    expect(expectFires(v, 'email.auth.dmarc_fail').message).toContain('mail.travis.example');
  });
  it.each<[string, EmlOptions]>([
    [
      "another domain's server",
      {
        from: 'm@travis.example',
        to: 'l@travis.example',
        headers: { 'Authentication-Results': AR.replace('mail.travis', 'mx.other') },
      },
    ],
    [
      "a sender outside the recipient's domain",
      {
        from: 'm@vendor.example',
        to: 'l@travis.example',
        headers: { 'Authentication-Results': AR.replace(/header\.from=travis/, 'header.from=vendor') },
      },
    ],
    [
      'a pass',
      {
        from: 'm@travis.example',
        to: 'l@travis.example',
        headers: { 'Authentication-Results': AR.replace('dmarc=fail', 'dmarc=pass') },
      },
    ],
  ])('is not read from %s', async (_, o) => {
    expectAbsent(await scan({ subject: 'Invoice', text: 'See attached.', ...o }), 'email.auth.dmarc_fail');
  });
});

describe('email.sender.reply_to_private_mailbox', () => {
  const ID = 'email.sender.reply_to_private_mailbox';
  const WIRE = 'Please process the $39,394 wire to the new account today, it is urgent.';
  it.each([
    ['Jeremy Rogers <jrogers@harborview.example>', 'jrogers@proton.me'],
    ['Steven Mills <s.mills@cobalt.example>', 'steven37@gmail.com'],
    ['Diane Ramirez <ramirez.diane@outlook.com>', 'ramirez.diane.exec@yahoo.com'],
  ])('fires for %s answered at %s, and the wire request flags', async (from, replyTo) => {
    const v = await scan({ from, replyTo, to: 'donald@harborview.example', subject: 'Wire', text: WIRE });
    expect(expectFires(v, ID).evidence[0]).toMatchObject({ where: 'header:Reply-To' });
    expect(v.explanation?.gate).toMatchObject({ confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    ["a contact form's customer", 'Website <wordpress@harborview.example>', 'maria.gomez@gmail.com'],
    ["an assistant's mailbox", 'Jeremy Rogers <jrogers@harborview.example>', 'kim.assistant@gmail.com'],
    ["another company's person", 'Jeremy Rogers <jrogers@harborview.example>', 'jrogers@partner.example'],
    ['a team name', 'Accounts Team <accounts@harborview.example>', 'accounts.team@gmail.com'],
  ])('stays silent for %s', async (_, from, replyTo) => {
    expectAbsent(
      await scan({ from, replyTo, to: 'donald@harborview.example', subject: 'Hi', text: WIRE }),
      ID,
    );
  });
});

describe("email.sender.reply_to_private_mailbox: the organization's name at free mail", () => {
  const ID = 'email.sender.reply_to_private_mailbox';
  const WIRE = 'Please process the $39,394 wire to the new account today, it is urgent.';
  it.each([
    ['Robert Chen <r.chen@yardleydental.example>', 'finance.yardleydenta@gmail.com'],
    ['Portal Link <plink@parksidepartners.example>', 'ar.parksidepart@gmail.com'],
    ['Accounts <ap@harborview.example>', 'harborview.billing@outlook.com'],
  ])('fires for %s answered at %s, and the wire request flags', async (from, replyTo) => {
    const v = await scan({ from, replyTo, to: 'donald@ironwood.example', subject: 'Wire', text: WIRE });
    expect(expectFires(v, ID).message).toMatch(/the name of \S+ at a personal free mail account/);
    expect(v.explanation?.gate).toMatchObject({ confirmed: true });
  });
  it.each<[string, EmlOptions]>([
    [
      "a shop's newsletter answered at its free mailbox (bulk mail)",
      {
        from: 'Joes Cafe <news@joescafe.example>',
        replyTo: 'joescafe@gmail.com',
        to: 'donald@ironwood.example',
        headers: { 'List-Unsubscribe': '<https://joescafe.example/unsub>' },
        text: 'Our autumn menu is here. Reply to book a table.',
      },
    ],
    [
      'a free mail sender',
      {
        from: 'Kim <kim.harborview@gmail.com>',
        replyTo: 'harborview.kim@yahoo.com',
        to: 'd@x.example',
        text: WIRE,
      },
    ],
    [
      "someone else's mailbox",
      {
        from: 'Robert Chen <r.chen@yardleydental.example>',
        replyTo: 'kim.assistant@gmail.com',
        to: 'd@x.example',
        text: WIRE,
      },
    ],
    [
      'a name too short to tell (abcd.example)',
      {
        from: 'Robert Chen <r.chen@abcd.example>',
        replyTo: 'abcd.payments@gmail.com',
        to: 'd@x.example',
        text: WIRE,
      },
    ],
    [
      'only a short start of the name (yardle)',
      {
        from: 'Robert Chen <r.chen@yardleydental.example>',
        replyTo: 'yardle.bob@gmail.com',
        to: 'd@x.example',
        text: WIRE,
      },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan({ subject: 'Hi', ...o }), ID);
  });
});

describe('email.sender.outside_employer_notice from free mail', () => {
  it("fires for an outlook.com account (free mail is nobody's brand domain)", async () => {
    const v = await scan({
      from: 'Virginia Fox <virginia.fox37@outlook.com>',
      to: 'karen.sanchez@cobaltengineering.example',
      subject: 'RSU grant',
      text: 'Your RSU grant agreement is ready for electronic signature. Complete the DocuSign process today.',
    });
    expectFires(v, 'email.sender.outside_employer_notice');
  });
});

describe("email.sender.outside_employer_notice: the recipient company's own account", () => {
  const ID = 'email.sender.outside_employer_notice';
  const VOICEMAIL =
    'You received a new voice message. Listen to it at the link below; you will be asked to sign in with your Fabrikam account.';
  it('fires for "your Fabrikam account" from an outside domain to staff of fabrikam', async () => {
    const v = await scan({
      from: 'Voice Mail <voicemail@cloudpbx-alerts.example>',
      to: 'k.ito@fabrikam.example',
      text: VOICEMAIL,
    });
    expect(expectFires(v, ID).evidence[1]?.text).toContain('your fabrikam account');
  });
  it.each<[string, EmlOptions]>([
    [
      "fabrikam's own mail",
      { from: 'Voice Mail <voicemail@fabrikam.example>', to: 'k.ito@fabrikam.example', text: VOICEMAIL },
    ],
    [
      "another company's account named",
      {
        from: 'Voice Mail <voicemail@cloudpbx-alerts.example>',
        to: 'k.ito@contoso.example',
        text: VOICEMAIL,
      },
    ],
    [
      "the company's name without an account word",
      {
        from: 'News <news@vendor.example>',
        to: 'k.ito@fabrikam.example',
        text: 'Thanks for your Fabrikam order last week.',
      },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan({ subject: 'Voicemail', ...o }), ID);
  });
});

describe("email.sender.outside_employer_notice: the workplace's IT spoken of from outside", () => {
  const ID = 'email.sender.outside_employer_notice';
  it.each([
    [
      'a meeting recording about to be deleted',
      'A Zoom recording linked to your account is scheduled for deletion within 24 hours. Download it now at the link below to avoid permanent loss.',
    ],
    [
      'a cloud root key to rotate',
      'A breach was detected concerning the AWS root key. Generate a new AWS root key at the secure portal below within the hour.',
    ],
    [
      'a network profile to install',
      'All personnel must onboard onto the new Wi-Fi system. Scan the attached QR code to install the mandatory security profile.',
    ],
    [
      'an equity agreement with its amount',
      'Your $26,469 RSU agreement requires immediate attention. Sign it here today.',
    ],
  ])('fires for %s from an unrelated domain, and the gate opens', async (_, text) => {
    const v = await scan({
      from: 'Nancy Hicks <nancy.hicks@harborviewconsulting.example>',
      to: 'Cynthia Garza <cgarza@crestviewlogistics.example>',
      subject: 'Action required',
      text,
    });
    expectFires(v, ID);
    expect(v.explanation?.gate).toMatchObject({ open: true });
  });
  it('fires for "your Moody and Sons account" to staff of moody', async () => {
    const v = await scan({
      from: 'Logan Green <green.logan851@gmx.com>',
      to: 'thomas.janet@moody.example',
      subject: 'Recording purge warning',
      text: 'A recording tied to your Moody and Sons account is due for automatic deletion. Download here.',
    });
    expect(expectFires(v, ID).evidence[1]?.text).toContain('your moody and sons account');
  });
  it.each<[string, EmlOptions]>([
    [
      "the company's own IT",
      {
        from: 'IT <it@crestviewlogistics.example>',
        to: 'cgarza@crestviewlogistics.example',
        text: 'Scan the attached QR code to install the new security profile for the office Wi-Fi.',
      },
    ],
    [
      'a partner sharing the recording of a meeting it hosted',
      {
        from: 'Dana <dana@harborviewconsulting.example>',
        to: 'cgarza@crestviewlogistics.example',
        text: 'Thanks for joining yesterday. The recording of our meeting is on our portal for two weeks.',
      },
    ],
    [
      "a consumer's own cloud account",
      {
        from: 'Alerts <alerts@cloudmonitor.example>',
        to: 'dev@gmail.com',
        text: 'Your AWS root key was used from a new location. Rotate it if this was not you.',
      },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan({ subject: 'Notice', ...o }), ID);
  });
});
