/**
 * Blind rounds 218-223 (written by helpers who never saw Vigil), scored unread: their false alarms,
 * read afterwards. A home buyer asking his title company whether the "new wire instructions" he got
 * are fake; IT's answer about a supplier's "changed bank details"; a Box invitation whose link carries
 * the invitee's address; a city's ServiceNow desk (halifax.service-now.com, not Halifax the bank);
 * the University of Moncton writing to the City of Moncton; a Dropbox share answered to the sharer's
 * Gmail; a donor who would rather call to confirm the account numbers. Each beside the attack it must
 * still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a message the writer received and asks about, with no forward below (rounds 218, 219)', () => {
  it('"I got an email … saying your bank account changed … this is fake, right?"', async () => {
    const v = await scan({
      from: 'Jordan Whitlock <jwhitlock.atx@gmail.com>',
      to: 'dokafor@title.example',
      subject: 'Is this from you?? new wire instructions',
      text: 'Dana,\n\nI got an email last night from "Caddo Ridge Funding" saying your bank account changed and to use new wire info for our closing on Tuesday. I haven\'t sent anything. You told us to never trust emailed instructions so I\'m checking - this is fake, right?\n\nJordan',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('info');
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
  it("IT's answer quoting a colleague's \"we've had a reply … suspicious?\"", async () => {
    const v = await scan({
      from: 'Liam Crossley <liam.crossley@csu.example>',
      to: 'beata@surgery.example',
      subject: 'RE: Brightwell bank details email – suspicious?',
      text: "Hi Beata,\n\nWell spotted. Their mailbox was compromised and they did NOT change banks, so keep paying the account on your supplier record. We've added a rule flagging any message that mentions changed bank details from external senders.\n\nLiam\n\nFrom: Beata Kowalczyk <beata@surgery.example>\nSent: 11 March 2026 15:40\nSubject: Brightwell bank details email - suspicious?\n\nHi, we've had a reply in an invoice thread from our cleaning company saying they've moved banks and to pay the new account. Can you check it please?",
    });
    expect(v.verdict).toBe('clean');
  });
  it('still reads the bank change when the "question" gives the new account itself', async () => {
    const v = await scan({
      from: 'Caddo Ridge Funding <funding@caddoridge-secure.example>',
      to: 'jordan@buyer.example',
      subject: 'Is this from you? new wire instructions',
      text: 'Jordan, we received an email from our bank and had to change accounts - is this from you or the lender? Either way please use the new wire instructions for Tuesday: IBAN GB33 BUKB 2020 1555 5555 55.',
    });
    expectFires(v, 'email.content.payment_change');
    expectAbsent(v, 'email.content.reported_forward');
  });
});

describe("a Box invitation whose link carries the invitee's address (round 221)", () => {
  const invite = (from: string, host: string) =>
    scan({
      from,
      to: 'niamh@precision.example',
      subject: 'Rebecca invited you to collaborate on "PPAP 2026"',
      html: `<p>Rebecca Stoltzfus invited you to collaborate on a folder. Sign in to accept.</p><a href="https://${host}/notification/accept_collab/1842290715?e=niamh%40precision.example">Accept invite</a>`,
    });
  it("is Box's own site from box.com", async () => {
    expectAbsent(
      await invite('Rebecca Stoltzfus (via Box) <noreply@box.com>', 'app.box.com'),
      'email.link.recipient_in_link',
    );
  });
  it('is a kit from any other domain', async () => {
    expectFires(
      await invite('Rebecca Stoltzfus <noreply@collab-share.example>', 'collab-share.example'),
      'email.link.recipient_in_link',
    );
  });
});

describe("a city's ServiceNow desk (round 222)", () => {
  const ticket = (from: string) =>
    scan({
      from,
      to: 'staff@halifax.ca',
      replyTo: 'HRM IT Service Desk <servicedesk@halifax.ca>',
      subject: 'INC0048213 has been updated',
      html: '<p>Your incident INC0048213 was updated. No further action is needed.</p><a href="https://halifax.service-now.com/sp?id=ticket&table=incident&sys_id=8c2f1e09db41">View ticket</a>',
    });
  it("halifax.service-now.com is the city's own tenant, not Halifax the bank, and halifax@service-now.com its desk", async () => {
    const v = await ticket('HRM IT Service Desk <halifax@service-now.com>');
    expectAbsent(v, 'domain.lookalike.subdomain');
    expectAbsent(v, 'email.sender.external_it_role');
  });
  it('another instance writing as the IT desk still is an outsider', async () => {
    const v = await ticket('HRM IT Service Desk <itdesk-hrm@service-now.com>');
    expectFires(v, 'email.sender.external_it_role');
  });
});

describe('the University of Moncton writing to the City of Moncton (round 222)', () => {
  const from = (domain: string) =>
    scan({
      from: `Rémi Cormier <remi.cormier@${domain}>`,
      to: 'loisirs@moncton.ca',
      text: `Bonjour, voici les disponibilités du stade pour les camps d'été: https://www.${domain}/sports/location`,
    });
  it('umoncton.ca is no cousin of moncton.ca', async () => {
    const v = await from('umoncton.ca');
    expectAbsent(v, 'email.sender.recipient_lookalike');
    expectAbsent(v, 'email.link.recipient_lookalike');
  });
  it('rnoncton.ca still is', async () => {
    expectFires(await from('rnoncton.ca'), 'email.sender.recipient_lookalike');
  });
});

describe("a Dropbox share answered to the sharer's own address (round 223)", () => {
  const share = (replyTo: string) =>
    scan({
      from: 'Dropbox <no-reply@dropbox.com>',
      replyTo,
      to: 'office@parish.example',
      subject: 'Hodan Abdi shared "Food shelf photos 2026" with you',
      html: '<p>Hodan Abdi invited you to view the folder "Food shelf photos 2026" on Dropbox.</p><a href="https://www.dropbox.com/scl/fo/abc123">View folder</a>',
    });
  it('Reply-To the person the notice says shared it', async () => {
    expectAbsent(await share('Hodan Abdi <hodan.abdi.mpls@gmail.com>'), 'email.sender.reply_to_mismatch');
  });
  it('Reply-To someone else still differs', async () => {
    expectFires(
      await share('Accounts Team <accounts.verify.team@gmail.com>'),
      'email.sender.reply_to_mismatch',
    );
  });
});

describe('a donor who would rather call to confirm the account numbers (round 223)', () => {
  it('"I\'d rather call to confirm the account numbers" is no sign-in pretext', async () => {
    const v = await scan({
      from: 'Gerald Hoffmann <gjhoffmann52@gmail.com>',
      to: 'finance@parishes.example',
      subject: 'Stock gift before year end',
      text: "Hello, I'm giving 120 shares again this year and need to initiate the transfer by December 15. I'd rather call to confirm the account numbers than do it all by email, so if you or Tom could give me a ring that would be great.",
    });
    expectAbsent(v, 'email.content.credential_lure');
    expect(v.verdict).toBe('clean');
  });
  it('"please confirm the account" before it is closed still is', async () => {
    const v = await scan({
      from: 'Parish Finance <finance@parishes-verify.example>',
      to: 'office@parishes.example',
      text: 'Please confirm the account within 24 hours to avoid suspension: https://parishes-verify.example/login',
    });
    expectFires(v, 'email.content.credential_lure');
  });
});
