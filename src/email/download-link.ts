/**
 * A link that downloads a program or a disk image, or an archive whose password the message gives
 * away: the payload left the mail so the gateway's attachment scanner never sees it (Emotet's and
 * Qakbot's reply-chain mail: "the revised offer is on our server: …/Angebot_K-2291.zip, password
 * K2291"). Medium, a deception, for a program or disk image (it flags beside an ask); high and strong
 * for a password-protected archive with its password (nothing but evasion puts both in one mail)
 * and for a program or archive in another site's WordPress upload folders (a compromised site; not
 * in list or bulk mail, which link to other people's plugins and releases).
 * A link to the sender's own organisation's site is left alone (a vendor's installer, a project's
 * release on its own server), as is anything a reader does not click (scripts, images).
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { sameOwner } from '../url/index.js';
import { givesPassword } from './attachments.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { followedLinks } from './links.js';
import { isBulkMail, isListMail } from './sender.js';

export const DOWNLOAD_LINK = defineSignal({
  id: 'email.link.dangerous_download',
  category: 'malware_delivery',
  severity: 'medium',
  roles: { high: 'strong' },
  summary:
    "A link to a program, script, shortcut or disk image (exe, hta, vbs, lnk, iso, msix, …) on a site other than the sender's; high when it is an archive and the message gives its password, or a program or archive in another site's WordPress folders",
});

export const DOWNLOAD_LINK_SIGNALS: SignalDef[] = [DOWNLOAD_LINK];

/**
 * File types a click runs or mounts. Narrower than the attachment list: on a web path `.com`,
 * `.action`, `.app` or `.url` are pages, not programs, and a browser shows a `.js` file as text.
 */
const RUNS = new Set([
  'exe',
  'scr',
  'pif',
  'cpl',
  'msi',
  'bat',
  'cmd',
  'ps1',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'hta',
  'lnk',
  'jar',
  'chm',
  'xll',
  'one',
  'appx',
  'appxbundle',
  'msix',
  'msixbundle',
  'appinstaller',
  'iso',
  'img',
  'vhd',
  'vhdx',
]);
/** Archives: harmless to link, until the message hands over the password no scanner had. */
const ARCHIVES = new Set(['zip', 'rar', '7z', 'ace', 'arj', 'cab', 'gz', 'tgz']);

/** Links read (a flood of links is read up to here, like the other link checks). */
const MAX_LINKS = 200;

/** The click-followed sources: an `<img src>` or a `<script src>` is fetched, never "downloaded". */
const CLICKS: ReadonlySet<string> = new Set(['html:href', 'text', 'qr']);

/**
 * A content system's own folders (`/wp-content/uploads/2026/05/…`): a program or an archive kept
 * there on somebody else's site is what a compromised site serves.
 */
const CMS_FOLDER = /\/(?:wp-content|wp-includes|wp-admin)\//i;

/**
 * The last path segment's extension, lower-case, or '' (a CGI's `livelink.exe?func=…` is a page),
 * and whether the path is in a content system's folders.
 */
function fileType(dest: string): { type: string; cms: boolean } {
  let u: URL;
  try {
    u = new URL(dest);
  } catch {
    return { type: '', cms: false };
  }
  if (u.search.length > 1) return { type: '', cms: false };
  let name = u.pathname.slice(u.pathname.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // a broken escape: read the name as written
  }
  const dot = name.lastIndexOf('.');
  return { type: dot > 0 ? name.slice(dot + 1).toLowerCase() : '', cms: CMS_FOLDER.test(u.pathname) };
}

export function downloadLinkSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from?.domain ?? '';
  let program: { where: string; url: string; type: string } | undefined;
  let archive: { where: string; url: string; type: string } | undefined;
  let planted: { where: string; url: string; type: string; host: string } | undefined;
  for (const { link, dest, host } of followedLinks(facts, CLICKS, MAX_LINKS)) {
    const { type, cms } = fileType(dest);
    if (!type || (!RUNS.has(type) && !ARCHIVES.has(type))) continue;
    if (from && sameOwner(from, host, ctx.config)) continue;
    const hit = { where: link.where, url: link.url, type };
    if (cms) planted ??= { ...hit, host };
    if (RUNS.has(type)) program ??= hit;
    else archive ??= hit;
  }
  // a list or a newsletter links to other people's plugins and releases; a reply-chain hijack is neither
  if (planted && !isListMail(facts) && !isBulkMail(facts))
    return [
      DOWNLOAD_LINK.fire(
        `A link to a .${planted.type} file in the WordPress folders of ${planted.host}, a site other than the sender's: where a compromised site serves the payload`,
        [{ where: planted.where, text: planted.url }],
        'high',
      ),
    ];
  if (archive && givesPassword(facts, false))
    return [
      DOWNLOAD_LINK.fire(
        `A link to a .${archive.type} archive on another site, and the message gives its password: the payload is kept where no scanner opens it`,
        [{ where: archive.where, text: archive.url }],
        'high',
      ),
    ];
  if (!program) return [];
  return [
    DOWNLOAD_LINK.fire(
      `A link downloads a .${program.type} file (a program, script, shortcut or disk image) from a site other than the sender's`,
      [{ where: program.where, text: program.url }],
    ),
  ];
}
