/**
 * False alarms a seventh round of 80 hand-written legitimate messages found (test/fixtures/README.md,
 * "probes/"), each fixed without letting the matching attack through:
 * - a payer's remittance advice that says it verified the new account by the number on its vendor file;
 * - a manager asking a colleague to order the team's thank-you gift cards (not when the codes come
 *   back to the asker);
 * - the security team's round-up of last month's lures, and a mailing list's digest, quote lures;
 * - a SharePoint tenant named without the organisation's hyphen is still its own;
 * - a mail address in a link's path is the subscriber's, not a brand the page claims.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { inspectUrl, isOrgTenant } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('email.content.payment_change in a remittance advice the payer verified', () => {
  it('is medium when the payer called the number on its original vendor file', async () => {
    const v = await scan({
      from: 'Accounts Payable <ap@lakeshoredental.example>',
      to: 'Ruth Okafor <rokafor@meridianmed.example>',
      text: 'Per your letter announcing the move of your operating account, we have updated your vendor record. Before making the change our team called your AR line at the number on our original vendor file and confirmed the new details. This is the first payment going to the new account: $42,815.60.',
    });
    expect(expectFires(v, 'email.content.payment_change')).toMatchObject({ severity: 'medium' });
    expect(v.verdict).toBe('clean');
  });
});

describe('email.content.gift_card between colleagues', () => {
  const ID = 'email.content.gift_card';
  const colleagues = {
    from: 'Dana Whitaker <dana@brightwater.example>',
    to: 'Tom Becker <tom@brightwater.example>',
  };
  it("is an ask (medium) when a manager asks for the team's thank-you cards", async () => {
    const v = await scan({
      ...colleagues,
      text: "Hi Tom, can you take care of the thank-you gift cards for the Support team for getting us through the migration weekend? 42 people, $75 each, recipient's choice - please order through Tremendous like we did in December, not physical cards from a store. Budget code: HR-RECOG-2026-07. Send them in my name with the message below, scheduled for Thursday 9am. Receipts: attach the invoice to an Expensify report. No rush today; Wednesday EOD is fine.",
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'medium' });
    expect(v.verdict).toBe('clean');
  });
  it('stays strong when the codes come back to the asker', async () => {
    const v = await scan({
      ...colleagues,
      text: 'Please acquire 50 digital gift cards for the client retreat, total value $8,575. Ensure the corporate card is used. Send the codes to my text.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
    expect(v.verdict).not.toBe('clean');
  });
});

describe('lures quoted rather than sent', () => {
  const roundUp =
    'The Hook: real phishing lures from last month, quoted word for word. 1) "Your mailbox is full. Click here to validate your mailbox, failure to validate within 24hrs will result in your account being suspended." 2) "Are you at your desk? I need 5 Apple gift cards, scratch the back and send me pictures, I am in a meeting." 3) "HMRC: you are eligible to receive a tax refund of GBP 486.20, submit your request straight away."';
  it("are info in the security team's round-up to all staff", async () => {
    const v = await scan({
      from: 'Information Security <infosec@pemberton.example>',
      to: 'All Staff <allstaff@pemberton.example>',
      text: roundUp,
    });
    expect(
      v.signals.filter((s) => s.id.startsWith('email.content.')).every((s) => s.severity === 'info'),
    ).toBe(true);
    expect(v.verdict).toBe('clean');
  });
  it('are not info when one lure says "phishing" (a spoofed IT notice is itself the lure)', async () => {
    const v = await scan({
      from: 'IT Security <security@pemberton.example>',
      to: 'Helen <helen@pemberton.example>',
      text: 'We detected phishing on your mailbox. Your mailbox is full: validate your mailbox within 24 hours or your account will be suspended: https://mail-validate.example/login',
    });
    expect(expectFires(v, 'email.content.credential_lure').severity).not.toBe('info');
  });
  it("are info in a mailing list's digest", async () => {
    const v = await scan({
      from: 'mailop-request@mailop.example',
      to: 'mailop@mailop.example',
      subject: 'mailop Digest, Vol 231, Issue 14',
      headers: { 'List-Id': '<mailop.mailop.example>' },
      text: 'Today\'s Topics: sextortion wave. Sample: "I recorded you with your camera. Pay $1450 in Bitcoin to this address within 48 hours or I send the video to your contacts."',
    });
    expect(expectFires(v, 'email.content.extortion')).toMatchObject({ severity: 'info' });
    expect(v.verdict).toBe('clean');
  });
});

describe('organisation tenants and addresses in paths', () => {
  it('reads brightwateranalytics.sharepoint.com as brightwater-analytics.com’s own', () => {
    expect(isOrgTenant('brightwateranalytics.sharepoint.com', 'brightwater-analytics.com')).toBe(true);
    expect(isOrgTenant('brightwateranalytics-my.sharepoint.com', 'brightwater-analytics.com')).toBe(true);
    expect(isOrgTenant('brightwater.sharepoint.com', 'brightwater-analytics.com')).toBe(false);
  });
  it("does not read the subscriber's gmail address in a path as a brand claim", () => {
    const ctx = { config: resolveConfig({ models: { url: null, domain: null } }), where: 'body:html' };
    expectAbsent(
      inspectUrl('https://haveibeenpwned.com/account/jgarcia.cooks%40gmail.com', ctx),
      'url.path.brand_mismatch',
    );
    expectFires(inspectUrl('https://secure-login.example/gmail/verify', ctx), 'url.path.brand_mismatch');
  });
});
