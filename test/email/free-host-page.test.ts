/**
 * email.link.document_on_free_host: a one-to-one message from outside whose one outside link is a
 * shared document, a sign-in or a payment page on a free hosting platform. Each case beside the
 * legitimate mail of the same shape it must leave alone: a newsletter, a colleague's preview site, a
 * web agency's staging site, a signature's second link, a PDF in a bucket, the platform's own notice.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.link.document_on_free_host';
const scan = (o: EmlOptions) =>
  analyzeEmail(
    eml({
      from: 'Dan Whitaker <dan@rockypeakroofing.example>',
      to: 'Lena Ortiz <lena@brightwaterfoods.example>',
      subject: 'Revised estimate, building C',
      ...o,
    }),
    { config: resolveConfig({}), scorer: null },
  );

/** A quiet note: no pressure, no credential words a content rule reads. */
const note = (url: string) =>
  `Hi Lena, as discussed on Tuesday, the revised estimate for building C is here: ${url} Let me know if anything needs changing. Dan`;

describe(ID, () => {
  it('fires for a document or a sign-in page on a free host, sent one-to-one from outside', async () => {
    for (const url of [
      'https://rockypeak-estimates.pages.dev/share/WCR-BldgC-rev2',
      'https://sites.google.com/view/rockypeak-documents/estimate-c',
      'https://lagrave-sarlat-docs.pages.dev/partage/?d=cloture2025',
      'https://drive-planillas-labsr.web.app/d/1xQ7mZ/view',
    ]) {
      const v = await scan({ text: note(url) });
      expect(expectFires(v, ID).evidence[0]!.text).toBe(url);
      // strong on its own: flagged whatever the (absent) model says
      expect(v.verdict).not.toBe('clean');
    }
  });

  it('leaves a page alone whose name and path say nothing of a document, a sign-in or a payment', async () => {
    // a web agency's staging site, a photographer's portfolio
    expectAbsent(await scan({ text: note('https://client-redesign.netlify.app/') }), ID);
    expectAbsent(await scan({ text: note('https://annawebbphoto.wixsite.com/weddings') }), ID);
    // Google Sites' /view/ is every site's, not a viewer
    expectAbsent(await scan({ text: note('https://sites.google.com/view/brightwater-fc/fixtures') }), ID);
  });

  it("leaves a file served as itself alone (a billing system's PDF in a bucket)", async () => {
    expectAbsent(
      await scan({ text: note('https://rockypeak-invoices.s3.amazonaws.com/2026/invoice-4471.pdf') }),
      ID,
    );
  });

  it('leaves bulk mail, colleagues, other outside sites and the platform alone', async () => {
    const url = 'https://rockypeak-estimates.pages.dev/share/WCR-BldgC-rev2';
    // a newsletter with its unsubscribe link
    expectAbsent(
      await scan({
        text: note(url),
        headers: { 'List-Unsubscribe': '<https://rockypeakroofing.example/unsub>' },
      }),
      ID,
    );
    // a colleague sharing the team's own preview site
    expectAbsent(await scan({ from: 'Sam Lee <sam@brightwaterfoods.example>', text: note(url) }), ID);
    // a second outside site (a signature's LinkedIn): not the message's one outside link
    expectAbsent(await scan({ text: `${note(url)}\nhttps://www.linkedin.com/in/danwhitaker` }), ID);
    // Netlify telling a customer its deployment is ready
    expectAbsent(
      await scan({
        from: 'Netlify <team@netlify.com>',
        text: note('https://rockypeak-docs.netlify.app/share/estimate-c'),
      }),
      ID,
    );
  });
});
