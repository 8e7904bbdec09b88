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
