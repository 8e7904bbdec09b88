/**
 * email.sender.external_it_role: From named as the reader's own IT or mail administrators, from an
 * unrelated outside domain, to a company's staff (the MFA / mailbox-quota / QR re-enrolment lure).
 * Look-alikes that stay silent: the company's own help desk, a vendor's help desk under its own
 * name, a mail provider's support writing to a consumer, a list post.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.external_it_role';
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config: resolveConfig({}), scorer: null });
const QR_LURE =
  'Your MFA registration expires today. To keep access to Outlook and Teams, scan the QR code below with your phone camera and sign in again within 24 hours.';

describe(ID, () => {
  it.each([
    'IT Service Desk <it-helpdesk@m365-securesupport.example>',
    'Mailbox Administrator <admin@quota-notice.example>',
    '"Microsoft 365 Admin" <no-reply@tenant-alerts.example>',
    // the recipient company's own name in a domain built from it is no vendor's brand
    'Contoso IT Service Desk <it@contoso-helpdesk.example>',
    // a help-desk platform's tenant that is not the name the sender gives
    'IT Service Desk <support@m365-renewals.freshdesk.com>',
  ])('fires for %s writing to staff, and the QR lure flags', async (from) => {
    const v = await scan({ from, to: 'j.doe@contoso.example', subject: 'Action needed', text: QR_LURE });
    const s = expectFires(v, ID);
    expect(s.evidence[0]).toMatchObject({ where: 'header:From' });
    expect(v.explanation?.gate).toMatchObject({ open: true });
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    ["the company's own help desk", 'IT Service Desk <servicedesk@contoso.example>', 'j.doe@contoso.example'],
    [
      "a vendor's help desk under its own name",
      'Zendesk Help Desk <support@zendesk.example>',
      'j.doe@contoso.example',
    ],
    [
      "a mail provider's support to a consumer",
      'Nimbus Mail Support <security@nimbusmail.example>',
      'ana@gmail.com',
    ],
    ['a person with an ordinary name', 'Dana Lee <dana@partner.example>', 'j.doe@contoso.example'],

    [
      "a remote server's bounce",
      'Mail Administrator <Postmaster@mx.remote.example>',
      'j.doe@contoso.example',
    ],
  ])('stays silent for %s', async (_, from, to) => {
    expectAbsent(
      await scan({ from, to, subject: 'Notice', text: 'Scheduled maintenance on Saturday night.' }),
      ID,
    );
  });
  it("reads a help-desk platform's tenant as a managed-service provider's own desk only when its replies go to that provider's domain", async () => {
    const ticket = {
      from: 'Kestrel IT Support <support@kestrelit.freshdesk.com>',
      to: 'j.doe@contoso.example',
      subject: '[#48213] Loan laptop while yours is repaired',
      text: 'Your loan laptop is with reception. Sign in with your normal work account.',
    };
    expectAbsent(await scan({ ...ticket, replyTo: 'Kestrel IT Support <support@kestrelit.example>' }), ID);
    // the tenant alone: anyone can open one under any name
    expectFires(await scan(ticket), ID);
  });
  it('reads a cousin of the recipient domain under another suffix as the deception of a voice follow-up', async () => {
    const v = await scan({
      from: 'Martin Keller <martin.keller@northwind-traders.co>',
      to: 'Sara Lind <sara.lind@northwindtraders.com>',
      subject: 'Following up on my voicemail',
      text: 'Following up on the voicemail I left you this morning. Please wire EUR 48,500 to the account below before noon.',
    });
    expect(expectFires(v, 'email.sender.recipient_lookalike').message).toContain('hyphen inserted');
    expect(v.verdict).not.toBe('clean');
  });
});
