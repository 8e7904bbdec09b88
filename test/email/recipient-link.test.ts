/**
 * A link to a cousin of the reader's own domain (src/email/recipient-link.ts): the page a kit puts
 * up for one company's staff. The same name under another suffix, names under no real suffix, the
 * recipients' own domains, free mail and a cousin the quoted thread already uses are not.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'Sofia Lindqvist <s.lindqvist@fabrikam.com>', ...o }), { config, scorer: null });
const ID = 'email.link.recipient_lookalike';

describe("a link to a cousin of the reader's domain", () => {
  it('an HR portal on fabrikam-hr (a word added): medium, and with the sender the same cousin the mail is flagged', async () => {
    const v = await scan({
      from: 'People & Culture <people@fabrikam-hr.com>',
      subject: 'Invitation: 2027 compensation review',
      text: 'Your adjusted salary letter is in the HR portal. Please review and acknowledge it before the meeting: https://portal.fabrikam-hr.com/compensation/2027',
    });
    expect(expectFires(v, ID).severity).toBe('medium');
    expect(v.verdict).not.toBe('clean');
  });
  it('one letter off (fabrikarn) is high', async () => {
    const v = await scan({
      from: 'IT <it@helpdesk-mail.example>',
      subject: 'Password expiry',
      html: '<p>Keep your password: <a href="https://login.fabrikarn.com/keep">Keep password</a></p>',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it.each([
    ['the same name under another suffix (a sibling site)', 'https://www.fabrikam.org/news'],
    [
      'a name under no real suffix (a mail list mangles links to fabrikam.com.i)',
      'https://fabrikam.com.i/wiki',
    ],
    ["the recipient's own domain", 'https://intranet.fabrikam.com/hr'],
  ])('not for %s', async (_what, url) => {
    const v = await scan({ from: 'News <news@newsletter-host.example>', text: `Read more: ${url}` });
    expectAbsent(v, ID);
  });
  it('not for a cousin the quoted thread already wrote from', async () => {
    const v = await scan({
      from: 'Ana <ana@fabrikam-group.com>',
      subject: 'RE: figures',
      text: 'See https://share.fabrikam-group.com/q3\n\nOn Mon, Lars <lars@fabrikam-group.com> wrote:\n> can you share the Q3 figures?',
    });
    expectAbsent(v, ID);
  });
});
