/**
 * email.link.sign_in_on_free_host: a credential pretext whose link is on a free hosting platform.
 * The pretext alone (a real share notification) and the platform alone (a blog post) stay silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.link.sign_in_on_free_host';
const scan = (from: string, subject: string, html: string) =>
  analyzeEmail(eml({ from, to: 'j.smith@northwind.example', subject, html }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe('email.link.sign_in_on_free_host', () => {
  it('fires for a shared-document notice whose document is on a free site builder', async () => {
    const v = await scan(
      'Laura Chen <laura.chen@brightpath-consulting.example>',
      'Laura Chen shared "Q4 Contract Revisions.pdf" with you',
      '<p>Laura Chen has shared a file with you.</p><p><a href="https://brightpath-docs.web.app/view?id=8812">Open document</a></p><p>Sign in with your work account to view it.</p>',
    );
    const s = expectFires(v, ID);
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('brightpath-docs.web.app');
    expect(s.evidence[0]!.text).toContain('web.app');
    // the pretext's ask and this deception are both rules: the gate is confirmed
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it('fires for a mailbox-verification page on a user-content host, behind a link rewriter', async () => {
    const v = await scan(
      'IT Service Desk <it@northwind-support.example>',
      'Verify your mailbox',
      `<p>Your mailbox will be suspended within 24 hours. Verify your account to keep it.</p><a href="https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://mail-verify-portal.weebly.com/')}&data=x">Verify now</a>`,
    );
    expect(expectFires(v, ID).message).toContain('mail-verify-portal.weebly.com');
  });
  it.each([
    [
      "a real share notification linking to the service's own domain",
      'Google Drive <drive-shares-noreply@google.com>',
      'Laura shared "Budget.xlsx" with you',
      '<p>Laura shared a spreadsheet with you.</p><a href="https://docs.google.com/spreadsheets/d/abc/edit">Open</a>',
    ],
    [
      'a blog post on a free host with no sign-in pretext',
      'Garden Club <news@gardenclub.example>',
      'Spring planting notes',
      '<p>Our notes on spring planting are up.</p><a href="https://gardenclub.blogspot.com/2025/03/spring.html">Read the post</a>',
    ],
    [
      "a bank's sign-in reminder linking to the bank's own site",
      'Northbank <alerts@northbank.example>',
      'Verify your account',
      '<p>Please verify your account details at <a href="https://www.northbank.example/login">our site</a>.</p>',
    ],
  ])('stays silent for %s', async (_, from, subject, html) => {
    expectAbsent(await scan(from, subject, html), ID);
  });
});

/**
 * email.link.credential_link_off_sender: a pressed credential pretext whose other links go to the
 * sender's own site while one or two lead to a site nobody on the brand list owns (the swapped link
 * of a copied notice). Silent for an organisation's IdP, a low pretext, a newsletter's many sites.
 */
describe('email.link.credential_link_off_sender', () => {
  const OFF = 'email.link.credential_link_off_sender';
  const notice = (payload: string, extra = '') =>
    `<p>We were unable to verify your account. Please confirm your account information within 48 hours or your account will be suspended.</p>
     <p><a href="${payload}">Confirm your account</a></p>${extra}
     <p><a href="https://www.northbank.example/privacy">Privacy</a> | <a href="https://www.northbank.example/help">Help</a></p>`;

  it("fires for a bank's copied notice whose confirm link goes to another site", async () => {
    const v = await scan(
      'Northbank Security <security@northbank.example>',
      'Account verification required',
      notice('http://northbank-online-verify.example/login/index.htm'),
    );
    const s = expectFires(v, OFF);
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('northbank.example');
    expect(s.evidence[0]!.text).toContain('northbank-online-verify.example');
    expect(v.explanation?.gate).toMatchObject({ open: true });
    expect(v.verdict).not.toBe('clean');
  });
  it("fires when the swapped link is an address on somebody else's server", async () => {
    const v = await scan(
      'Northbank <service@northbank.example>',
      'Security notice',
      notice('http://203.0.113.77/.nb/confirm.php'),
    );
    expect(expectFires(v, OFF).evidence[0]!.text).toContain('203.0.113.77');
  });
  it.each([
    [
      "an organisation's password notice that signs in on its identity provider",
      'IT <it@northbank.example>',
      notice('https://northbank.okta.com/signin'),
    ],
    [
      "an employer's notice that sends staff to its payroll platform",
      'HR <hr@northbank.example>',
      notice('https://northbank.paylocity.com/verify'),
    ],
    [
      "a notice whose every link is the sender's own",
      'Northbank <service@northbank.example>',
      notice('https://secure.northbank.example/verify'),
    ],
    [
      "a tracker that carries the sender's own address",
      'Northbank <service@northbank.example>',
      notice('https://click.mailer.example/r?u=https%3A%2F%2Fsecure.northbank.example%2Fverify'),
    ],
    [
      'a newsletter linking to many other sites',
      'Northbank <news@northbank.example>',
      notice(
        'https://partner-one.example/offer',
        '<a href="https://partner-two.example/">Two</a><a href="https://partner-three.example/">Three</a>',
      ),
    ],
    [
      'free mail, which is nobody’s own site',
      'Ann <ann.lee@gmail.com>',
      notice('http://northbank-online-verify.example/login').replace(/northbank\.example/g, 'gmail.com'),
    ],
  ])('stays silent for %s', async (_, from, html) => {
    expectAbsent(await scan(from, 'Account verification required', html), OFF);
  });
  it('stays silent for a pretext without pressure (an investor alert that says where to update your e-mail)', async () => {
    const v = await scan(
      'Investor Relations <alerts@northbank.example>',
      'New SEC filing',
      '<p>A new filing is available: <a href="https://ir.othercorp.example/filing">view it</a>. To update your e-mail address, <a href="https://ir.othercorp.example/auth/alerts">sign in here</a>.</p><p><a href="https://www.northbank.example/unsubscribe">Unsubscribe</a></p>',
    );
    expect(v.signals.find((s) => s.id === 'email.content.credential_lure')?.severity).toBe('low');
    expectAbsent(v, OFF);
  });
  it("fires for a quiet pretext from a known brand's own domain whose sign-in link is elsewhere", async () => {
    const v = await scan(
      'Amazon.com <payments@amazon.com>',
      'Amazon Account Update Required',
      '<p>We are having difficulty verifying your credit card information. Please verify your account information: <a href="http://hostinghelps.example/grosen/dap.htm">click here</a></p><p><a href="http://www.amazon.com/">http://www.amazon.com</a></p>',
    );
    expect(v.signals.find((s) => s.id === 'email.content.credential_lure')?.severity).toBe('low');
    expect(expectFires(v, OFF).evidence[0]!.text).toContain('hostinghelps.example');
  });
});
