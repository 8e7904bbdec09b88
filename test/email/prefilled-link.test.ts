/**
 * A sign-in pretext whose link carries the reader's own address to an outside site
 * (src/email/prefilled-link.ts): a phishing kit's prefilled sign-in. A brand's own notice, a
 * newsletter whose opt-out links carry the subscriber's address, and the reader's own
 * organisation's site are not.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'Dana Whitfield <dana.whitfield@hallbrook.example>', ...o }), {
    config,
    scorer: null,
  });
const ID = 'email.link.recipient_in_link';

describe("the reader's address in a pretext's link", () => {
  it('a voicemail notice whose "listen" link names the mailbox fires and is flagged', async () => {
    const v = await scan({
      from: 'Voice Mail <voicemail@vm-notify-center.example>',
      subject: 'New voicemail from +1 (312) 555-0177 - 00:47',
      html: '<p>You have a new voice message</p><p><a href="https://vm-notify-center.example/play/?mbx=dana.whitfield%40hallbrook.example&id=88213">Listen to full message</a></p>',
    });
    expect(expectFires(v, ID).message).toContain('dana.whitfield@hallbrook.example');
    expect(v.verdict).not.toBe('clean');
  });
  it("Google's share notice with its block-user link naming both people is Google's own", async () => {
    const v = await scan({
      from: '"Kenji (via Google Sheets)" <drive-shares-dm-noreply@google.com>',
      subject: 'Spreadsheet shared with you',
      html: '<p>Kenji shared a spreadsheet with you</p><a href="https://docs.google.com/spreadsheets/d/1x">Open</a> <a href="https://drive.google.com/drive/blockuser?blockerEmail=dana.whitfield@hallbrook.example&blockeeEmail=kenji@hallbrook.example">Block</a>',
    });
    expectAbsent(v, ID);
  });
  it("a newsletter whose opt-out link carries the subscriber's address is a mailing system's", async () => {
    const v = await scan({
      from: 'Media Unspun <editor@mediaunspun.example>',
      subject: 'This week',
      html:
        '<p>UPDATE your subscriber information: <a href="http://www.news-mailer.example/change.cfm?x=dana.whitfield@hallbrook.example">change</a></p>' +
        '<p><a href="http://www.news-mailer.example/remove.cfm?x=dana.whitfield@hallbrook.example">remove</a></p>',
    });
    expectAbsent(v, ID);
  });
});
