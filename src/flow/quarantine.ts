/**
 * Quarantine: the message is kept in a Maildir folder (written to tmp/, then renamed into new/, so
 * a reader never sees half a message) and the recipients get a short notice instead, or nothing.
 * A quarantine that cannot be written is a failure of the filter: the message is deferred (4xx),
 * never dropped.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Verdict } from '../core/index.js';

/** Creates `dir` as a Maildir (tmp/, new/, cur/) if needed and stores the message; returns its id. */
export async function quarantineMessage(dir: string, message: Buffer): Promise<string> {
  await Promise.all(['tmp', 'new', 'cur'].map((d) => mkdir(join(dir, d), { recursive: true, mode: 0o700 })));
  // Maildir unique name: time, a random part, the host (the host name has no '/' or ':')
  const id = `${Math.floor(Date.now() / 1000)}.V${randomBytes(8).toString('hex')}.${hostname().replace(/[/:]/g, '_')}`;
  const tmp = join(dir, 'tmp', id);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    await fh.writeFile(message);
    await fh.sync(); // the SMTP reply promises the message is kept: on disk before we answer
  } finally {
    await fh.close();
  }
  await rename(tmp, join(dir, 'new', id));
  return id;
}

// only ASCII without controls goes into the notice's header fields
const ascii = (s: string, max: number) => s.replace(/[^\x20-\x7e]/g, '?').slice(0, max);

/**
 * The notice handed on instead of a quarantined message. It names the sender, subject and
 * Message-ID (escaped to ASCII, so the attacker's text cannot add header fields), the verdict and
 * the quarantine id an administrator releases it by; it carries no link or content of the message.
 */
export function quarantineNotice(
  v: Verdict,
  id: string,
  opts: { to: string[]; eol: string; headers: string },
): Buffer {
  const eol = opts.eol;
  const subject = ascii(v.input.subject ?? '', 200);
  const lines = [
    `From: Vigil mail filter <postmaster@${ascii(hostname(), 200)}>`,
    `To: ${opts.to.map((t) => ascii(t, 300)).join(', ') || 'undisclosed-recipients:;'}`,
    `Subject: [quarantined] ${subject}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <vigil-quarantine.${id.replace(/[^A-Za-z0-9.]/g, '_')}@${ascii(hostname(), 200)}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    'Content-Transfer-Encoding: 7bit',
    '',
    `A message addressed to you was quarantined by Vigil as ${v.verdict} (score ${v.score.toFixed(2)}).`,
    '',
    `  From:       ${ascii(v.input.from ?? '', 300)}`,
    `  Subject:    ${subject}`,
    `  Message-ID: ${ascii(v.input.message_id ?? '', 300)}`,
    `  Categories: ${v.categories.join(', ') || 'none'}`,
    `  Reasons:    ${
      v.signals
        .slice(0, 5)
        .map((s) => s.id)
        .join(', ') || 'none'
    }`,
    '',
    `If you expected this message, ask your mail administrator to release quarantine id ${id}.`,
    '',
  ];
  return Buffer.concat([Buffer.from(opts.headers, 'latin1'), Buffer.from(lines.join(eol), 'latin1')]);
}
