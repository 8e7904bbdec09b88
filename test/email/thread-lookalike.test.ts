/**
 * email.sender.thread_lookalike: a reply in a thread whose quoted messages were with fabrikam.com,
 * from a look-alike of it. Silent for the same domain, an unrelated third party joining the thread,
 * a cousin of the reader's own domain (recipient_lookalike's), and two domains the config gives one owner.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.thread_lookalike';
const config = resolveConfig({});
const scan = (o: EmlOptions, c = config) =>
  analyzeEmail(eml({ subject: 'RE: PO 4471', ...o }), { config: c, scorer: null });
const outlookQuote = (from: string, to: string) =>
  `Thanks, see the update below.\n\nMaya\n\n-----Original Message-----\nFrom: Tom Reyes <tom.reyes@contoso.example>\nSent: Monday, November 3, 2025 10:12 AM\nTo: ${to}\nSubject: RE: PO 4471\n\nHi, pallets arrived. ${from}`;

describe(ID, () => {
  it('fires medium for the same name with a word added, and the bank change it carries flags', async () => {
    const v = await scan({
      from: 'Maya Singh <maya.singh@fabrikam-inc.example>',
      to: 'AP <ap@contoso.example>',
      text: `Our treasury team has moved our receivables to a new account; please use the details below.\n\n${outlookQuote('', 'Maya Singh <maya.singh@fabrikam.example>')}`,
    });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('medium');
    expect(s.message).toContain('fabrikam.example');
    expect(v.verdict).not.toBe('clean');
  });
  it("fires high for an edit of the correspondent's name in Gmail's attribution line", async () => {
    const v = await scan({
      from: 'Maya Singh <maya.singh@fabrikarn.example>',
      to: 'ap@contoso.example',
      text: 'Please hold the payment until I send the new details.\n\nOn Mon, Nov 3, 2025 at 10:12 AM Maya Singh <maya.singh@fabrikam.example> wrote:\n> Invoice attached.',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('reads a Danish Outlook quote ("Fra:", "Til:")', async () => {
    const v = await scan({
      from: 'Mette <mette@papirgrosisten-nord.example>',
      to: 'lars@lyngbytryk.example',
      text: 'Vil du derfor overføre faktura 71845 til vores nye konto.\n\n-----Oprindelig meddelelse-----\nFra: Lars <lars@lyngbytryk.example>\nSendt: 3. marts 2026 14:06\nTil: Mette <mette@papirgrossisten-nord.example>\nEmne: SV: Faktura 71845',
    });
    expect(expectFires(v, ID).message).toContain('papirgrossisten-nord.example');
  });
  it('at high it is evidence on its own: a cousin replying into the thread with no ask the rules read', async () => {
    const v = await scan({
      from: 'Maya Singh <maya.singh@fabrikarn.example>',
      to: 'ap@contoso.example',
      text: 'Thanks Tom, noted. I will come back to you shortly.\n\nOn Mon, Nov 3, 2025 at 10:12 AM Maya Singh <maya.singh@fabrikam.example> wrote:\n> Invoice attached.',
    });
    expect(expectFires(v, ID).severity).toBe('high');
    expect(v.verdict).not.toBe('clean');
  });
  it.each<[string, EmlOptions]>([
    [
      'a reply from the same domain',
      {
        from: 'Maya <maya.singh@fabrikam.example>',
        to: 'ap@contoso.example',
        text: outlookQuote('', 'maya.singh@fabrikam.example'),
      },
    ],
    [
      'an unrelated third party joining the thread',
      {
        from: 'Lee <lee@northwindtraders.example>',
        to: 'ap@contoso.example',
        text: outlookQuote('', 'maya.singh@fabrikam.example'),
      },
    ],
    [
      "a cousin of the reader's own domain (recipient_lookalike says it)",
      {
        from: 'Tom <tom.reyes@contoso-inc.example>',
        to: 'ap@contoso.example',
        text: outlookQuote('', 'maya@fabrikam.example'),
      },
    ],
    [
      'no quoted thread, only a domain named in the text',
      {
        from: 'Maya <maya.singh@fabrikam-inc.example>',
        to: 'ap@contoso.example',
        text: 'We are the same company as fabrikam.example, just our new domain.',
      },
    ],
  ])('stays silent for %s', async (_, o) => {
    expectAbsent(await scan(o), ID);
  });
  it('stays silent when the config gives both domains to one partner', async () => {
    const c = resolveConfig({
      organization: {
        partners: [{ name: 'Fabrikam', domains: ['fabrikam.example', 'fabrikam-inc.example'] }],
      },
    });
    const v = await scan(
      {
        from: 'Maya <maya.singh@fabrikam-inc.example>',
        to: 'ap@contoso.example',
        text: outlookQuote('', 'maya.singh@fabrikam.example'),
      },
      c,
    );
    expectAbsent(v, ID);
  });
});
