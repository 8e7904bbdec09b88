/**
 * Facts from a parsed message: addresses, decoded headers, text a reader sees, hidden text,
 * every URL (HTML attributes, plain text, HTML attachments) and bounded attachment contents.
 */
import { createHash } from 'node:crypto';
import { addressParser, decodeWords, type Address } from 'postal-mime';
import type { Budget } from '../core/index.js';
import type {
  AttachmentFacts,
  EmailFacts,
  HeaderField,
  HiddenText,
  Link,
  LinkSource,
  Mailbox,
} from './facts.js';
import { MAX_HTML_DEPTH, parseHtml } from './html.js';
import { findInvisible } from './invisible.js';
import { oneByte } from './one-byte.js';
import { parseEmail } from './parse.js';
import { extractTextUrls, shownHost } from './text-urls.js';
import { isPdf, pdfLinks } from './pdf-links.js';
import { MAX_BLANK_RUN, MAX_FROM_MAILBOXES } from '../core/index.js';

export { MAX_BLANK_RUN } from '../core/index.js';

function mailbox(a: Address | undefined | null, raw: string): Mailbox | null {
  if (!a) return null;
  const m = a.group ? a.group[0] : a;
  const address = (m?.address ?? '').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return {
    name: (m?.name ?? a.name ?? '').trim(),
    address,
    domain: at >= 0 ? address.slice(at + 1).replace(/[>\]\s]+$/, '') : '',
    raw,
  };
}

/** Every distinct mailbox of every From header (decoded, folded lines unfolded), the parsed From first. */
function allFroms(first: Mailbox | null, headers: HeaderField[]): Mailbox[] {
  const out: Mailbox[] = first && first.address ? [first] : [];
  let seenFirstHeader = false;
  for (const h of headers) {
    if (h.name !== 'from' || out.length >= MAX_FROM_MAILBOXES) continue;
    const isFirstHeader = !seenFirstHeader;
    seenFirstHeader = true;
    let parsed: Address[] = [];
    try {
      parsed = addressParser(h.value.slice(0, 4096)) as Address[];
    } catch {
      continue;
    }
    for (const m of mailboxes(parsed, h.value)) {
      if (out.length >= MAX_FROM_MAILBOXES) break;
      // name-only entries are the first From's decoy names (fromMailbox), not senders of their own
      if (!m.address.includes('@')) continue;
      // the first header's own sender is `first` already (its name may carry the decoy names)
      if (isFirstHeader && first && m.address === first.address) continue;
      if (out.some((o) => o.address === m.address && o.name === safeDecode(m.name))) continue;
      out.push({ ...m, name: safeDecode(m.name) });
    }
  }
  return out;
}

/**
 * The From mailbox. A name-only entry before the real address (`Microsoft account team ,_<x@evil>`,
 * `Supermarket Team,(<x@evil>)`) makes a one-mailbox parse return a name and no address, which
 * silenced every sender check; mail clients show that name and send replies to the address after it.
 * Then the whole header is read as a list: the first entry with an address is the sender, and the
 * name-only entries before it are the name a reader sees.
 */
function fromMailbox(a: Address | undefined | null, raw: string): Mailbox | null {
  const first = mailbox(a, raw);
  if (!raw || (first && first.address.includes('@'))) return first;
  let list: Address[];
  try {
    list = addressParser(safeDecode(raw).slice(0, 4096));
  } catch {
    return first;
  }
  const names: string[] = [];
  for (const entry of list.slice(0, 20)) {
    const m = mailbox(entry, raw);
    if (!m) continue;
    const address = m.address.replace(/^[<(\s]+|[>)\s]+$/g, '');
    if (!address.includes('@')) {
      if (m.name || m.address) names.push(m.name || m.address);
      continue;
    }
    const own = /[\p{L}\p{N}]/u.test(m.name) ? [m.name] : [];
    const at = address.lastIndexOf('@');
    const box: Mailbox = {
      name: [...names, ...own].join(' ').trim(),
      address,
      domain: address.slice(at + 1),
      raw,
    };
    if (names.length) box.decoyNames = names;
    return box;
  }
  return first;
}

function mailboxes(list: Address[] | undefined, raw: string): Mailbox[] {
  const out: Mailbox[] = [];
  for (const a of list ?? []) {
    if (a.group) for (const g of a.group) out.push(mailbox(g, raw)!);
    else out.push(mailbox(a, raw)!);
    if (out.length >= 100) break;
  }
  return out;
}

function safeDecode(value: string): string {
  try {
    return decodeWords(value);
  } catch {
    return value;
  }
}

function utf8(buf: ArrayBuffer | Uint8Array | string, max: number): string {
  if (typeof buf === 'string') return buf.slice(0, max);
  const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, max));
}

const LONG_BLANK_RUN = new RegExp(`[^\\S\\r\\n]{${MAX_BLANK_RUN + 1},}`, 'g');
function capBlankRuns(s: string): string {
  return s.length > MAX_BLANK_RUN ? s.replace(LONG_BLANK_RUN, (run) => run.slice(0, MAX_BLANK_RUN)) : s;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;
const HTML_NAME = /\.(s?html?|xhtml|svg)$/i;

export async function extractFacts(raw: Uint8Array, target: string, budget: Budget): Promise<EmailFacts> {
  const limits = budget.limits;
  const { email, partCount, headerBlock } = await parseEmail(raw, target, budget);
  const sha256 = createHash('sha256').update(raw).digest('hex');

  const headers: HeaderField[] = email.headers.map((h) => ({
    name: h.key,
    value: safeDecode(h.value.length > limits.header_bytes ? h.value.slice(0, limits.header_bytes) : h.value),
  }));
  const rawHeader = (name: string) => headers.find((h) => h.name === name)?.value ?? '';

  const textLimit = limits.text_bytes_per_part;
  let text = email.text ?? '';
  if (text.length > textLimit) {
    budget.skip(`text after ${textLimit} characters`, `limit text_bytes_per_part=${textLimit}`);
    text = text.slice(0, textLimit);
  }
  let html = email.html ?? '';
  if (html.length > textLimit) {
    budget.skip(`HTML after ${textLimit} characters`, `limit text_bytes_per_part=${textLimit}`);
    html = html.slice(0, textLimit);
  }

  // one byte a character where they can be: every check after this reads them (see one-byte.ts)
  text = oneByte(capBlankRuns(text));
  html = oneByte(html);
  const htmlFacts = html ? parseHtml(html) : null;
  if (htmlFacts) htmlFacts.visibleText = oneByte(capBlankRuns(htmlFacts.visibleText));
  if (htmlFacts?.truncatedAt !== undefined) {
    budget.skip(
      `HTML structure after nesting depth ${MAX_HTML_DEPTH}`,
      'read as flat text and links (nesting limit)',
    );
  }
  const visibleText = htmlFacts ? htmlFacts.visibleText || text : text;
  if (!text && htmlFacts) text = htmlFacts.visibleText;

  const hidden: HiddenText[] = [...(htmlFacts?.hidden ?? [])];
  hidden.push(...findInvisible(email.subject ?? '', 'header:Subject'));
  hidden.push(...findInvisible(text, 'body:text'));
  if (htmlFacts) hidden.push(...findInvisible(htmlFacts.visibleText, 'body:html'));

  // attachments: bounded count and bytes; HTML attachments are parsed for links too
  const attachments: AttachmentFacts[] = [];
  const attachmentHtml: { name: string; facts: ReturnType<typeof parseHtml> }[] = [];
  const all = email.attachments ?? [];
  const maxAttachments = Math.min(limits.attachments, limits.mime_parts);
  if (all.length > maxAttachments) {
    budget.skip(`attachments after #${maxAttachments}`, `limit attachments=${maxAttachments}`);
  }
  const tooDeep = all.filter((a) => a.rfc822DepthExceeded).length;
  if (tooDeep) {
    budget.skip(
      `${tooDeep} message/rfc822 part(s) nested deeper than ${Math.min(limits.mime_depth, 5)}`,
      'nesting limit: kept as opaque attachments',
    );
  }
  for (const a of all.slice(0, maxAttachments)) {
    const bytes =
      typeof a.content === 'string'
        ? new TextEncoder().encode(a.content)
        : new Uint8Array(a.content as ArrayBuffer);
    const filename = (a.filename ?? '').slice(0, 255);
    const content = bytes.subarray(0, textLimit);
    if (bytes.length > textLimit)
      budget.skip(
        `attachment ${filename || a.mimeType} after ${textLimit} bytes`,
        `limit text_bytes_per_part=${textLimit}`,
      );
    attachments.push({
      filename,
      mimeType: (a.mimeType ?? 'application/octet-stream').toLowerCase(),
      disposition: a.disposition ?? null,
      size: bytes.length,
      content,
      ...(a.method ? { method: a.method } : {}),
    });
    if (HTML_TYPES.test(a.mimeType) || HTML_NAME.test(filename)) {
      attachmentHtml.push({
        name: filename || a.mimeType,
        facts: parseHtml(utf8(content, textLimit), `attachment:${filename}`),
      });
    }
  }

  // links, de-duplicated by (url, source), capped at limits.urls
  const links: Link[] = [];
  const seen = new Map<string, Link>();
  let capped = false;
  const add = (url: string, source: LinkSource, where: string, linkText = '', obfuscated = false) => {
    const u = url.trim();
    if (!u || u.length > 8192) return;
    const key = `${source}\u0000${u}`;
    const known = seen.get(key);
    if (known) {
      // one href behind a logo, "click here" and "https://www.paypal.com/": the text that shows a
      // site is what the link checks compare with the destination, so it wins over the others
      if (shownHost(known.text) === null && shownHost(linkText) !== null) known.text = linkText;
      return;
    }
    if (links.length >= limits.urls) {
      capped = true;
      return;
    }
    const link: Link = { url: u, source, text: linkText, where, ...(obfuscated ? { obfuscated: true } : {}) };
    seen.set(key, link);
    links.push(link);
  };
  const addHtml = (f: ReturnType<typeof parseHtml>, where: string) => {
    for (const a of f.anchors) add(a.href, 'html:href', where, a.text);
    for (const form of f.forms) if (form.action) add(form.action, 'html:form', where);
    for (const src of f.images) add(src, 'html:img', where);
    for (const u of f.metaRefresh) add(u, 'html:meta-refresh', where);
    for (const u of f.otherUrls) add(u, 'html:other', where);
  };
  if (htmlFacts) addHtml(htmlFacts, 'body:html');
  for (const t of extractTextUrls(text, limits.urls)) add(t.url, 'text', 'body:text', '', t.obfuscated);
  if (htmlFacts)
    for (const t of extractTextUrls(htmlFacts.visibleText, limits.urls))
      add(t.url, 'text', 'body:html', '', t.obfuscated);
  for (const a of attachmentHtml) addHtml(a.facts, `attachment:${a.name}`);
  for (const a of attachments) {
    if (isPdf(a.content))
      for (const url of pdfLinks(a.content))
        add(url, 'attachment', `attachment:${a.filename || 'document.pdf'}`);
    if (a.mimeType === 'text/calendar' || /\.ics$/i.test(a.filename)) {
      for (const t of extractTextUrls(utf8(a.content, textLimit), limits.urls))
        add(t.url, 'attachment', `attachment:${a.filename || 'invite.ics'}`, '', t.obfuscated);
    }
  }
  if (capped) budget.skip(`URLs after #${limits.urls}`, `limit urls=${limits.urls}`);

  const from = fromMailbox(email.from, rawHeader('from'));
  return {
    target,
    bytes: raw.length,
    sha256,
    headers,
    from,
    sender: mailbox(email.sender, rawHeader('sender')),
    replyTo: mailboxes(email.replyTo, rawHeader('reply-to')),
    to: mailboxes(email.to, rawHeader('to')),
    cc: mailboxes(email.cc, rawHeader('cc')),
    returnPath: (email.returnPath ?? '').trim().toLowerCase().replace(/^<|>$/g, ''),
    subject: safeDecode(email.subject ?? '').slice(0, limits.header_bytes),
    messageId: (email.messageId ?? '').slice(0, 998),
    text,
    html,
    htmlFacts,
    visibleText,
    hidden,
    links,
    attachments,
    fromHeaders: headerBlock.fromFields,
    fromAll: allFroms(from, headers),
    headerBlock,
    structure: {
      hasHtml: Boolean(html),
      hasText: Boolean(email.text),
      attachmentCount: all.length,
      partCount,
    },
  };
}
