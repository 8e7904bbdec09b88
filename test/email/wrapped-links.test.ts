/**
 * A receiving gateway wraps every link (Microsoft Safe Links, Proofpoint …). What the link checks
 * know about a host — the reader's own tenant, a mail service's click tracker — must hold for the
 * destination behind the wrapper, not only for a bare link (issue 9, item 3; round 32's expense
 * platform and Teams recording, both wrapped by Safe Links, were flagged for the URL model's opinion
 * of a tracker and of the reader's own SharePoint).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createScanner } from '../../src/scanner.js';
import { eml } from '../helpers/eml.js';

const scanner = createScanner(resolveConfig({}));
const safelinks = (url: string) =>
  `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7Ctom%40kestrelharbour.co.uk%7C1f2e&sdata=Zx9&reserved=0`;
const TRACKER =
  'https://u2211874.ct.sendgrid.net/ls/click?upn=7YtwZaUrlImDoew0j4KTF7zQoTSXjaQoBb2S_sAW2B8q5fQoxsvg7dgXBf5cnMNDEDoTPrmdcMTzxIn0it8bDV5cxiYG9i_SExkP2KbBEv2TzRvXrH9I5DZW23bSpYPNJ7oXyw6PP1Is_ay8sNcZQf';
const OWN_ONEDRIVE =
  'https://kestrelharbour-my.sharepoint.com/:v:/g/personal/tom_hesketh_kestrelharbour_co_uk/EYt4xPq1aH9Gm3rVb0nKl2cB8c2f1QeYd7s4V0wXk9zR6g';

const tracked = (href: string) =>
  eml({
    from: 'Spendwise <notifications@spendwise-app.example>',
    to: 'tom.hesketh@kestrelharbour.co.uk',
    subject: 'Your expense report was approved',
    html: `<p>Your expense report "Trade fair" was approved.</p><p><a href="${href}">View report</a></p>`,
  });
const recording = (href: string) =>
  eml({
    from: 'Microsoft Teams <noreply@email.teams.microsoft.com>',
    to: 'tom.hesketh@kestrelharbour.co.uk',
    subject: 'Recording of "Weekly Ops Review" is now available',
    html: `<p>The recording of Weekly Ops Review is now available.</p><p><a href="${href}">Open recording</a></p>`,
  });

describe("a mail service's click tracker behind Safe Links", () => {
  it('is context (low), as the bare tracker is', async () => {
    const bare = (await scanner.email(tracked(TRACKER))).signals.find((s) => s.id === 'url.model.phishing');
    const wrapped = (await scanner.email(tracked(safelinks(TRACKER)))).signals.find(
      (s) => s.id === 'url.model.phishing',
    );
    // the shipped URL model scores this tracker as phishing: the test is about what that opinion counts for
    expect(bare?.severity).toBe('low');
    expect(wrapped?.severity).toBe('low');
  });
  it('still counts the model on a wrapped link that is no tracker', async () => {
    const v = await scanner.email(
      tracked(safelinks('https://secure-docview-portal.example-login.top/auth/o365/signin.php?id=7f3a9c')),
    );
    const s = v.signals.find((x) => x.id === 'url.model.phishing');
    expect(s && s.severity !== 'low').toBe(true);
  });
});

describe("the reader's own tenant behind Safe Links", () => {
  it("leaves the URL model's opinion of the reader's own OneDrive out", async () => {
    const v = await scanner.email(recording(safelinks(OWN_ONEDRIVE)));
    expect(v.signals.map((s) => s.id)).not.toContain('url.model.phishing');
    expect(v.verdict).toBe('clean');
  });
  it("still judges another organisation's tenant behind the wrapper", async () => {
    const other = OWN_ONEDRIVE.replaceAll('kestrelharbour', 'northgate-freight').replace(
      'tom_hesketh',
      'a_lee',
    );
    const v = await scanner.email(recording(safelinks(other)));
    expect(v.signals.map((s) => s.id)).toContain('url.model.phishing');
  });
});
