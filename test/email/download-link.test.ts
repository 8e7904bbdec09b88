/**
 * email.link.dangerous_download: a link that downloads a program or disk image from a site other
 * than the sender's (medium, a deception), or an archive whose password the message gives (high,
 * strong: flagged on its own, as Emotet's and Qakbot's reply-chain mail was). Look-alikes: a
 * vendor's installer on its own domain, a release tarball on a mailing list without a password, an
 * intranet CGI ending in .exe, a picture and a script the page loads, a password reset code.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.link.dangerous_download';
const scan = (o: EmlOptions) =>
  analyzeEmail(
    eml({
      from: 'Jens Koehler <j.koehler@elektro-koehler.example>',
      to: 's.krause@lindner-bau.example',
      subject: 'AW: Angebot Elektroinstallation',
      ...o,
    }),
    { config: resolveConfig({}), scorer: null },
  );

describe(ID, () => {
  it('fires high and flags on an archive on another site with its password in the mail', async () => {
    const v = await scan({
      text: 'Hallo Frau Krause,\n\nwie besprochen das Angebot. Wegen der Dateigröße liegt es auf unserem Server:\n\nhttps://koehler-dokumente.example/download/Angebot_K-2291.zip\nPasswort: K2291\n\nViele Grüße\nJens Köhler',
    });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('high');
    expect(s.evidence[0]!.text).toContain('Angebot_K-2291.zip');
    // strong on its own: no ask, no model
    expect(v.verdict).not.toBe('clean');
  });

  it.each([
    ['an .exe', 'https://cdn-files.example.net/updates/AdobeReaderUpdate.exe'],
    ['an .iso', 'https://storage.example.org/share/Invoice_4471.iso'],
    ['a shortcut', 'https://docs-share.example.info/Scan_0012.pdf.lnk'],
    ['an .hta', 'http://203.0.113.9/doc/view.hta'],
  ])('fires medium on a link to %s', async (_, url) => {
    const v = await scan({
      text: `Hello,\n\nplease install the update before Monday: ${url}\n\nThanks`,
    });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('medium');
    expect(s.evidence[0]!.text).toBe(url);
  });

  it("fires high on an archive in another site's WordPress upload folder, no password needed", async () => {
    const v = await scan({
      text: 'Both documents are in the folder below (zipped, as our mail server strips large attachments):\n\nhttps://www.oldforgebistro.example/wp-content/uploads/2026/05/Q2_pack.zip\n\nKind regards',
    });
    const s = expectFires(v, ID);
    expect(s.severity).toBe('high');
    expect(s.message).toMatch(/WordPress folders of www\.oldforgebistro\.example/);
    expect(v.verdict).not.toBe('clean');
  });
  it("is not high for a plugin's zip in a WordPress folder linked on a mailing list", async () => {
    const v = await scan({
      headers: { 'List-Id': '<wp-dev.lists.example>', 'List-Unsubscribe': '<mailto:leave@lists.example>' },
      text: 'Version 2.1 of the plugin is out: https://plugins.example.org/wp-content/uploads/2026/05/my-plugin-2.1.zip',
    });
    expectAbsent(v, ID);
  });
  it("stays silent for the sender's own WordPress download", async () => {
    expectAbsent(
      await scan({
        text: 'Our brochure: https://www.elektro-koehler.example/wp-content/uploads/2026/brochure.zip',
      }),
      ID,
    );
  });

  it('reads the href behind an HTML link, not only text URLs', async () => {
    const v = await scan({
      html: '<p>Your statement is ready: <a href="https://files.example.top/Statement_May.vhd">open the statement</a></p>',
    });
    expect(expectFires(v, ID).evidence[0]!.where).toBe('body:html');
  });

  it.each([
    [
      "a vendor's installer on its own domain",
      'Version 8.2 is out. Download: https://downloads.elektro-koehler.example/setup/KoehlerPlan-8.2.exe',
    ],
    [
      'a release tarball on a mailing list, no password',
      'UHD 4.6 is released: https://files.example.org/binaries/uhd-4.6.0.tar.gz and https://files.example.org/uhd-4.6.0.zip',
    ],
    [
      'an intranet CGI whose path ends in .exe',
      'Log in to the document library: http://nahou-dms01/ena/livelink.exe?func=ll.login&username=guest',
    ],
    [
      'a password reset code beside a zip of photos with no password',
      'Photos from Saturday: https://photos.example.net/album/saturday.zip\nYour reset code is 482913.',
    ],
    [
      'a script link a browser only shows',
      'The plugin source: https://plugins.example.org/wpLicense/admin.js',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan({ text }), ID);
  });

  it('stays silent for pictures and scripts the page loads', async () => {
    expectAbsent(
      await scan({
        html: '<img src="https://cdn.example.net/tracker.exe"><script src="https://cdn.example.net/app.exe"></script><p>Hi</p>',
      }),
      ID,
    );
  });

  it('gives the password of a zip on the sender’s own server a pass (their own site)', async () => {
    expectAbsent(
      await scan({
        text: 'Hallo,\n\ndie Pläne: https://files.elektro-koehler.example/BV12.zip\nPasswort: BV2024x\n\nGrüße',
      }),
      ID,
    );
  });
});

describe('email.attachment.macro_office with the instruction to enable content', () => {
  const ID = 'email.attachment.macro_office';
  const xlsm = { filename: 'Q2_Payment_Schedule.xlsm', content: 'PK\u0003\u0004 workbook' };
  it.each([
    'Excel will ask you to enable content when you open it; after that the figures will display normally.',
    'Bitte beim Öffnen auf „Inhalt aktivieren“ klicken, damit die Tabelle vollständig angezeigt wird.',
    'Pour afficher le document, veuillez activer le contenu.',
  ])('is critical from outside the organisation: %s', async (text) => {
    const v = await scan({
      from: 'Owen Castellano <o.castellano@finreport-advisors.example>',
      to: 'karen.liu@tidecrest.example',
      subject: 'Q2 payment schedule',
      text,
      attachments: [xlsm],
    });
    expect(expectFires(v, ID).severity).toBe('critical');
    expect(v.verdict).not.toBe('clean');
  });
  it("stays high for a colleague's macro workbook with the same instruction", async () => {
    const v = await scan({
      from: 'Dana Ruiz <dana.ruiz@tidecrest.example>',
      to: 'karen.liu@tidecrest.example',
      subject: 'Budget calculator',
      text: 'The calculator needs macros: enable content when Excel asks.',
      attachments: [xlsm],
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('stays medium for a macro-enabled name without the instruction or VBA inside', async () => {
    const v = await scan({ text: 'The schedule is attached.', attachments: [xlsm] });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
});
