/**
 * A sharing platform's notice relayed for a person ("Ben Whitaker (via Dropbox)"
 * <no-reply@dropbox.com>, Reply-To Ben's own address): the Reply-To is where the platform sends the
 * answers by design, so neither email.sender.reply_to_mismatch nor reply_to_private_mailbox fire,
 * and the sharer's organisation's tenant (`grupoarenal.sharepoint.com` for a Reply-To at
 * grupoarenal.es) is theirs (no email.link.credential_link_off_sender). A forged notice whose
 * display name and Reply-To name differ, or from a domain no brand owns, keeps both.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ to: 'Mark <mark@home.example>', ...o }), { config: resolveConfig({}), scorer: null });

const dropbox = (from: string, replyTo: string) =>
  scan({
    from,
    headers: { 'Reply-To': replyTo },
    subject: 'Ben Whitaker shared "Lake District 2026" with you',
    html: '<p>Ben Whitaker invited you to view the folder "Lake District 2026" on Dropbox.</p><p><a href="https://www.dropbox.com/scl/fo/abc123/h?rlkey=xyz">View folder</a></p>',
  });

describe('a sharing platform relaying for a person', () => {
  it("leaves Dropbox's Reply-To to the sharer's personal address alone, and the notice clean", async () => {
    const v = await dropbox(
      '"Ben Whitaker (via Dropbox)" <no-reply@dropbox.com>',
      'Ben Whitaker <ben.whitaker77@gmail.com>',
    );
    expectAbsent(v, 'email.sender.reply_to_private_mailbox');
    expectAbsent(v, 'email.sender.reply_to_mismatch');
    expect(v.verdict).toBe('clean');
  });
  it('keeps the Reply-To signals when the Reply-To names someone else', async () => {
    const v = await dropbox(
      '"Ben Whitaker (via Dropbox)" <no-reply@dropbox.com>',
      'Accounts Desk <accounts.desk.payments@gmail.com>',
    );
    expectFires(v, 'email.sender.reply_to_mismatch');
  });
  it('keeps them when the "platform" domain is nobody\'s brand', async () => {
    const v = await dropbox(
      '"Ben Whitaker (via Dropbox)" <no-reply@dropbox-share.example>',
      'Ben Whitaker <ben.whitaker77@gmail.com>',
    );
    expectFires(v, 'email.sender.reply_to_private_mailbox');
  });
  it("reads the sharer's SharePoint tenant as their organisation's own site", async () => {
    const v = await scan({
      from: '"Javier Ortega (a través de SharePoint Online)" <no-reply@sharepointonline.com>',
      headers: { 'Reply-To': 'Javier Ortega <javier.ortega@grupoarenal.example>' },
      subject: 'Javier Ortega ha compartido "Presupuesto.xlsx" contigo',
      html: '<p>Javier Ortega ha compartido un archivo contigo. Revisa la pestaña 3 antes del viernes, es urgente.</p><p><a href="https://grupoarenal.sharepoint.com/:x:/s/Proyectos/EbK3mQ7vT0p?e=7Hq2Lm">Abrir</a> <a href="https://www.sharepointonline.com/privacy">Privacidad</a></p>',
    });
    expectAbsent(v, 'email.link.credential_link_off_sender');
  });
});
