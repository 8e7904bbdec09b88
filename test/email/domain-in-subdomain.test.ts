/**
 * email.link.correspondent_domain_in_subdomain: a followed link whose host spells the sender's or a
 * recipient's domain in front of another registrable domain. Its look-alikes: the company's own
 * subdomains, its country site under a longer suffix, a picture on a CDN bucket named after it, a
 * host cut short in plain text.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.link.correspondent_domain_in_subdomain';
const scan = (html: string, from = 'HR <hr@brightwaterfoods.example>', text?: string) =>
  analyzeEmail(
    eml({
      from,
      to: 'sam.lee@brightwaterfoods.example',
      subject: 'Updated holiday policy',
      ...(text ? { text } : { html }),
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe(ID, () => {
  it("fires for the recipient's domain in front of another site, and the policy ask flags", async () => {
    const v = await scan(
      '<p>All employees are required to read and acknowledge the updated policy by Friday.</p><a href="https://brightwaterfoods.example.policy-portal.info/ack">Open the policy</a>',
    );
    const s = expectFires(v, ID);
    expect(s.message).toContain('policy-portal.info');
    expect(s.evidence[0]!.text).toContain('brightwaterfoods.example.policy-portal.info');
    expect(v.explanation?.gate).toMatchObject({ open: true });
  });
  it("fires for the sender's domain inside a deeper host, in a plain-text link", async () => {
    const v = await scan(
      '',
      'Northbank <alerts@northbank.example>',
      'Review the notice at https://secure.northbank.example.session-7731.info/review today.',
    );
    expect(expectFires(v, ID).message).toContain('sender');
  });
  it.each([
    ["the company's own subdomain", '<a href="https://portal.brightwaterfoods.example/ack">Open</a>'],
    [
      'a picture on a bucket named after the company',
      '<img src="https://brightwaterfoods.example.s3.amazonaws.com/logo.png">',
    ],
    ['another company altogether', '<a href="https://policy-portal.info/brightwater">Open</a>'],
  ])('stays silent for %s', async (_, html) => {
    expectAbsent(await scan(html), ID);
  });
  it("stays silent for the sender's own site under a longer suffix (ebay.com.my for ebay.com)", async () => {
    const v = await scan(
      '<a href="https://www.northbank.com.my/">Malaysia</a>',
      'Northbank <news@northbank.com>',
    );
    expectAbsent(v, ID);
  });
  it('stays silent for a host cut short in plain text', async () => {
    expectAbsent(
      await scan('', undefined, 'See kb at http://kb.brightwaterfoods.example.i for the notes.'),
      ID,
    );
  });
});

describe('email.link.correspondent_name_in_domain', () => {
  const ID = 'email.link.correspondent_name_in_domain';
  it("fires for the sender's name glued to other words, and the credential pretext flags", async () => {
    const v = await scan(
      '<p>Fraudulent activity has been registered on your account. Click here to prove your identity within 24 hours.</p><a href="http://online-banking-southtrust.example/login">Click here</a>',
      'SouthTrust <support@southtrust.example>',
    );
    const s = expectFires(v, ID);
    expect(s.message).toContain('online-banking-southtrust.example');
    expect(s.message).toContain("sender's domain");
    expect(v.explanation?.gate).toMatchObject({ open: true });
  });
  it("stays silent for a recipient's name in a link's domain (a list's or a company's name is everyone's)", async () => {
    const v = await scan(
      '<a href="https://brightwaterfoods-portal.example/ack">Acknowledge</a>',
      'HR <hr@benefits-notice.example>',
    );
    expectAbsent(v, ID);
  });
  it.each([
    ["the company's own subdomain", '<a href="https://portal.brightwaterfoods.example/ack">Open</a>'],
    ['a picture on a CDN named after it', '<img src="https://brightwaterfoods-cdn.example/logo.png">'],
    ['another company altogether', '<a href="https://policy-portal.info/brightwater">Open</a>'],
  ])('stays silent for %s', async (_, html) => {
    expectAbsent(await scan(html), ID);
  });
  it("stays silent for a brand's own other domain (paypalobjects.com for paypal.com)", async () => {
    const v = await scan(
      '<a href="https://www.paypalobjects.com/help">Help</a>',
      'PayPal <service@paypal.com>',
    );
    expectAbsent(v, ID);
  });
  it("stays silent for a newsletter linking to its owner's other site (deltavacations for delta)", async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Delta News <news@deltaair.example>',
        to: 'sam.lee@brightwaterfoods.example',
        subject: 'Winter sale',
        headers: { 'List-Unsubscribe': '<https://deltaair.example/unsub>' },
        html: '<p>Sign in to book: <a href="https://deltaairvacations.example/login">Vacations</a></p>',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectAbsent(v, ID);
  });
  it("stays silent for the company's name written out where its mail domain abbreviates it (southerncompany for southernco)", async () => {
    const NAME = 'email.link.correspondent_name_in_domain';
    const bill = (href: string) =>
      scan(
        `<p>Your bill is ready. <a href="${href}">View bill and pay</a></p>`,
        'Georgia Power <GeorgiaPower@southernco.example>',
      );
    expectAbsent(await bill('https://customerservice2.southerncompany.example/Billing/Home'), NAME);
    // other words wrapped round the abbreviated name still fire
    expectFires(await bill('https://southernco-billing.example/Billing/Home'), NAME);
  });
  it('stays silent for the name the sender signs with, glued (johndeerefinancial for "John Deere Financial")', async () => {
    const NAME = 'email.link.correspondent_name_in_domain';
    const statement = (from: string) =>
      scan(
        '<p>Your statement is ready. Minimum payment due: $3,618.40. To view your statement, log in at <a href="https://www.johndeerefinancial.example/login">johndeerefinancial</a>.</p>',
        from,
      );
    expectAbsent(await statement('John Deere Financial <statements@johndeere.example>'), NAME);
    // a display name that does not write the other words still fires
    expectFires(await statement('John Deere <statements@johndeere.example>'), NAME);
  });
  it('stays silent for a short name found by chance (acme inside acmeist)', async () => {
    const v = await scan('<a href="https://acmeist.example/">Read</a>', 'News <news@acme.example>');
    expectAbsent(v, ID);
  });
});
