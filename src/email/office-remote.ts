/**
 * A Word attachment that fetches part of itself from the network when opened: a template
 * (`attachedTemplate`), an OLE object, a frame or a sub-document whose relationship is
 * `TargetMode="External"` and points to a web address or another machine's share. Remote template
 * injection (APT28's, Gamaredon's and the tender-lure campaigns' loader) ships a clean document that
 * downloads its macros on opening; an `mhtml:` or `ms-msdt:` target is the Follina exploit; a
 * `\\host\share` target leaks the reader's Windows password hash. No scanner of the attachment sees
 * the payload, which is why it is used.
 *
 * Left alone: local templates (`file:///C:/Users/…/Normal.dotm`, what every document made from a
 * template keeps), ordinary hyperlinks, a template in a SharePoint tenant, and the organisation's
 * own template server in mail between colleagues.
 * Bounded like the Word text: MAX_OFFICE_FILES files, MAX_OFFICE_XML_BYTES a part.
 */
import { Parser } from 'htmlparser2';
import {
  defineSignal,
  MAX_OFFICE_FILES,
  MAX_OFFICE_XML_BYTES,
  type Signal,
  type SignalDef,
} from '../core/index.js';
import { sameOwner } from '../url/index.js';
import { zipEntryData } from './archive.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { wordAttachments } from './office-text.js';
import { betweenColleagues } from './sender.js';

export const REMOTE_TEMPLATE = defineSignal({
  id: 'email.attachment.remote_template',
  category: 'malware_delivery',
  severity: 'high',
  roles: { high: 'strong', critical: 'strong' },
  summary:
    "A Word attachment that loads its template, an OLE object, a frame or a sub-document from a web address or another machine's share when opened (remote template injection; critical for the Follina mhtml: or ms-msdt: exploit): the payload is fetched after every scanner has looked",
});

export const OFFICE_REMOTE_SIGNALS: SignalDef[] = [REMOTE_TEMPLATE];

/** The relationship parts that say what a document loads. */
const RELS_PARTS = ['word/_rels/settings.xml.rels', 'word/_rels/document.xml.rels'];
/** Relationship types that are loaded on opening (a hyperlink is only followed when clicked). */
const LOADED = /\/(?:attachedTemplate|oleObject|frame|subDocument)$/i;
/** Targets that are exploits by their scheme. */
const EXPLOIT = /^\s*(?:mhtml:|ms-msdt:|ms-search:|search-ms:)/i;

interface Loaded {
  type: string;
  target: string;
}

/** The external relationships of one .rels part that Word loads on opening. */
export function loadedExternals(xml: string): Loaded[] {
  const out: Loaded[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name !== 'relationship' || out.length >= 20) return;
        const type = attrs.type ?? '';
        if (!LOADED.test(type) || (attrs.targetmode ?? '').toLowerCase() !== 'external') return;
        out.push({ type: type.slice(type.lastIndexOf('/') + 1), target: (attrs.target ?? '').trim() });
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}

/** Where a target is fetched from: a web host, a share's host, an exploit, or null for a local file. */
function remoteOf(target: string): { host: string; exploit: boolean } | null {
  if (EXPLOIT.test(target)) return { host: target.slice(0, 60), exploit: true };
  const unc = /^(?:\\\\|\/\/)([^\\/]+)/.exec(target) ?? /^file:\/\/([^/\\]+)[/\\]/i.exec(target);
  if (unc?.[1] && !/^[a-z]:$|^localhost$/i.test(unc[1]))
    return { host: unc[1].toLowerCase(), exploit: false };
  const web = /^https?:\/\/([^/?#:\\]+)/i.exec(target);
  if (web?.[1]) return { host: web[1].toLowerCase(), exploit: false };
  return null;
}

export function officeRemoteSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from?.domain ?? '';
  const internal = Boolean(from) && betweenColleagues(facts);
  let read = 0;
  for (const a of wordAttachments(facts.attachments)) {
    if (read++ >= MAX_OFFICE_FILES) break;
    const name = a.filename || 'document.docx';
    for (const part of RELS_PARTS) {
      const entry = zipEntryData(a.content, part, MAX_OFFICE_XML_BYTES);
      if (!entry || entry.truncated) continue;
      for (const rel of loadedExternals(entry.data.toString('utf8'))) {
        const remote = remoteOf(rel.target);
        if (!remote) continue;
        // a template kept in SharePoint, or on the organisation's own server in mail between
        // colleagues (an outside sender's own server is where the tender lures keep theirs)
        if (
          !remote.exploit &&
          (/\.sharepoint\.com$/.test(remote.host) || (internal && sameOwner(from, remote.host, ctx.config)))
        )
          continue;
        return [
          REMOTE_TEMPLATE.fire(
            `${name} loads its ${rel.type} from ${remote.exploit ? 'an exploit address' : remote.host} when opened: ${rel.target.slice(0, 120)}`,
            [{ where: `attachment:${name}`, text: `${part}: ${rel.type} → ${rel.target.slice(0, 200)}` }],
            remote.exploit ? 'critical' : 'high',
          ),
        ];
      }
    }
  }
  return [];
}
