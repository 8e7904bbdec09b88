/**
 * From the sixtieth round of hand-made mail (an IT-services company in Bengaluru, Pune and New
 * Jersey), read after it was measured unread twice: a company's product named with a capital added
 * to its own name, the "digital arrest" by video statement, and an Indian job portal's look-alike.
 * Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'arjun.nair@kaverisoft.example';

describe('round 60', () => {
  it("a product named with a capital added to the company's name is the company's own; a cousin domain of the name is not", async () => {
    const text =
      'Your payout could not be processed. Please verify the beneficiary details in your dashboard.';
    expectAbsent(
      await scan({ from: 'ZentravelX <payouts@zentravel.example>', to, text }),
      'email.sender.misspelt_own_name',
    );
    expectFires(
      await scan({ from: 'Zentravel Payouts <payouts@zentravl.example>', to, text }),
      'email.sender.misspelt_own_name',
    );
  });

  it('the "digital arrest": a warrant in your name and a video statement with the investigating officer is the authority scam; a news item about one is not', async () => {
    const scam = await scan({
      from: 'CBI Cyber Crime Division <cbi.eow.delhi.notice@gmail.com>',
      to,
      text: 'An arrest warrant has been issued in your name. You are directed to join a video statement with the Investigating Officer today on Skype or call +91 87654 20193 immediately.',
    });
    expect(['medium', 'high']).toContain(severityOf(scam, 'email.content.authority_callback'));
    expectAbsent(
      await scan({
        from: 'The Hindu Newsletter <newsletter@thehindu.example>',
        to,
        text: 'Police in Bengaluru warn of "digital arrest" scams in which callers pose as CBI officers and demand a video statement. Citizens should call 1930 to report such calls.',
      }),
      'email.content.authority_callback',
    );
  });

  it("a job portal's look-alike naming the portal is impersonation; the portal's own mail is not", async () => {
    const text = 'Confirm your interview slot and pay the verification fee within 24 hours.';
    expectFires(
      await scan({
        from: 'Naukri.com Recruiter Services <pooja.menon@naukri-recruiterservices.example>',
        to,
        text,
      }),
      'email.sender.brand_display_name',
    );
    expectAbsent(
      await scan({ from: 'Naukri.com <info@naukri.com>', to, text: 'New jobs matching your profile.' }),
      'email.sender.brand_display_name',
    );
  });
});
