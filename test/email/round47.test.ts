/**
 * From the forty-seventh round of hand-made mail (clinics and pharmacies; measured unread, then
 * read): an insurer's newsletter through Oracle Eloqua's click tracker, AT&T's billing mail from
 * att-mail.com; and the attacks: Medicare billing privileges "will be deactivated" with the
 * revalidation page on a free host, a re-enrolment that says "use the secure link below to sign in"
 * through a shortener, a clearinghouse's name on a look-alike domain. Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { isOpaqueTracker } from '../../src/email/links.js';
import { inspectUrl, prepareUrlEnv } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe("large firms' own mail", () => {
  it("Oracle Eloqua's and Salesforce Pardot's click trackers are a mail service's trackers", () => {
    expect(isOpaqueTracker('s1851.t.eloqua.com')).toBe(true);
    expect(isOpaqueTracker('go.pardot.com')).toBe(true);
    expect(isOpaqueTracker('eloqua-login.example')).toBe(false);
  });
  it("AT&T's billing mail from att-mail.com is AT&T's own", async () => {
    const v = await scan({
      from: 'AT&T Business <att-business@emaildl.att-mail.com>',
      to: 'billing@riverbend.example',
      subject: 'Your AT&T bill is ready',
      text: 'Your bill for account ending 4417 is ready. Amount due: $412.06. AutoPay is scheduled for the due date.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
});

describe('provider-enrolment lures', () => {
  it('"billing privileges will be deactivated" with the page on a free host is a credential lure', async () => {
    const v = await scan({
      from: 'CMS PECOS <pecos-notices@cms-provider-enrollment.example>',
      to: 'denise@riverbend.example',
      subject: 'Medicare Revalidation Overdue',
      text: 'Medicare billing privileges will be deactivated 10 days from the date of this notice unless revalidation is completed.\n\nComplete revalidation online: https://cms-pecos-revalidation.github.io/portal/?npi=1720364418',
    });
    expect(severityOf(v, 'email.content.credential_lure')).toBe('medium');
    expectFires(v, 'email.link.sign_in_on_free_host');
    // the reminder that revalidation is due, with no loss threatened, is no pretext
    const reminder = await scan({
      from: 'Provider Enrollment <enrollment@riverbend.example>',
      to: 'denise@riverbend.example',
      subject: 'Revalidation due',
      text: 'Our Medicare revalidation is due on 30 April. I have started the application in PECOS and will send it to you for signature.',
    });
    expectAbsent(reminder, 'email.content.credential_lure');
  });
  it('"use the secure link below to sign in" is a sign-in pretext; "sign in as usual" no ask', async () => {
    const ask = await scan({
      from: 'TMHP Provider Enrollment <pems-notices@tmhp-provider.example>',
      to: 'marcus@riverbend.example',
      text: 'Use the secure link below to sign in to the Provider Enrollment and Management System and finish the application:\n\nhttps://tinyurl.com/tmhp-reenroll-2026',
    });
    expectFires(ask, 'email.content.credential_lure');
    const plain = await scan({
      from: 'IT Service Desk <it@riverbend.example>',
      to: 'marcus@riverbend.example',
      text: 'The new EHR build is live. Please sign in as usual tomorrow morning; nothing changes for you.',
    });
    expectAbsent(plain, 'email.content.credential_lure');
  });
  it("a clearinghouse's name with words added is a combosquat of its brand; its own domain is not", () => {
    const env = prepareUrlEnv(config, { url: null, domain: null });
    const ids = (u: string) => inspectUrl(u, { env, where: 'body:text' }).signals.map((s) => s.id);
    expect(ids('https://changehealthcare-enrollment.com/era')).toContain('domain.lookalike.combosquat');
    expect(ids('https://www.changehealthcare.com/support')).not.toContain('domain.lookalike.combosquat');
  });
});
