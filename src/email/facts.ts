/**
 * EmailFacts: everything the detection modules read, extracted once by `extractFacts` from a parsed
 * message. Detection modules (auth, sender, content, links, attachments, hidden) are pure functions
 * `(facts, ctx) => Signal[]`; none of them re-parses the message.
 */
import type { Budget } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import type { UrlEnv } from '../url/index.js';
import type { BrandIndex } from './names.js';

export interface HeaderField {
  /** Lower-case header name. */
  name: string;
  /** Unfolded value, RFC 2047 encoded words decoded, clipped to limits.header_bytes. */
  value: string;
}

/** The top-level header block as received, counted before any limit cut it. */
export interface HeaderBlockStats {
  /** Bytes of the header fields, line ends included (the block without its ending blank line). */
  bytes: number;
  /** Header fields (one field is a header line with its folded continuation lines). */
  fields: number;
  /** `From:` fields (RFC 5322 §3.6 allows exactly one). */
  fromFields: number;
  /** Fields dropped by limits.header_bytes, headers_total_bytes or header_lines. */
  dropped: number;
  /**
   * The most frequent field name as written and how often it occurs among the first `topOf` fields
   * (those before a limit cut the block; the rest are counted, not read): evidence for padding.
   */
  topName: string;
  topCount: number;
  topOf: number;
}

export interface Mailbox {
  /** Decoded display name ('' when absent). */
  name: string;
  /** Lower-cased address ('' when the header held no parsable address). */
  address: string;
  /** Lower-cased domain part of the address ('' when none). */
  domain: string;
  /** The header value as written, for evidence. */
  raw: string;
  /**
   * From only: name-only entries written before the real address (`Microsoft account team ,_<x@evil>`),
   * the name a reader sees in place of the sender's own. Absent when there were none.
   */
  decoyNames?: string[];
}

/** Where a URL was found. */
export type LinkSource =
  | 'html:href'
  | 'html:form'
  | 'html:img'
  | 'html:meta-refresh'
  | 'html:other'
  | 'text'
  | 'attachment'
  /** The payload of a QR code in an inline or attached PNG/JPEG picture (src/email/qr.ts). */
  | 'qr';

export interface Link {
  /** The URL as found (entities decoded, trimmed). */
  url: string;
  source: LinkSource;
  /** Visible anchor text for `html:href` links ('' when none). */
  text: string;
  /** Evidence location, e.g. `body:html`, `body:text`, `attachment:invoice.html`. */
  where: string;
  /** The URL was written defanged (`hxxp://`, `example[.]com`) and re-armed here. */
  obfuscated?: boolean;
}

/** A run of text that a reader of the rendered message cannot see. */
export interface HiddenText {
  text: string;
  /** Why it is invisible: `display:none`, `font-size:0`, `same colour`, `zero-width`, … */
  reason: string;
  where: string;
}

export interface AttachmentFacts {
  filename: string;
  /** Declared MIME type, lower-case. */
  mimeType: string;
  disposition: string | null;
  size: number;
  /** Decoded bytes, up to limits.text_bytes_per_part (the rest is not inspected). */
  content: Uint8Array;
  /** Calendar method (REQUEST, …) for text/calendar parts. */
  method?: string;
}

export interface HtmlFacts {
  /** The text a reader sees, hidden parts removed, whitespace collapsed. */
  visibleText: string;
  hidden: HiddenText[];
  anchors: { href: string; text: string }[];
  /**
   * `inputs`: every input, textarea and select; `fields`: those a reader types or picks data into
   * (not hidden, submit, image, button, reset, radio or checkbox inputs), as `type:name` lowercased
   * (`text:q`, `email:ea`, `select:`, `textarea:msg`), at most 16.
   */
  forms: { action: string; hasPassword: boolean; inputs: number; fields: string[] }[];
  images: string[];
  metaRefresh: string[];
  /** Other URL-bearing attributes (iframe src, area href, background, …). */
  otherUrls: string[];
  /** `<area href>` of image maps: links whose visible face is a picture (at most 50). */
  areas: string[];
  scripts: number;
  iframes: number;
  /** Total characters of text, visible + hidden, for ratios. */
  totalTextChars: number;
  /** Offset where tree parsing stopped (nesting past MAX_HTML_DEPTH); the rest was read flat. */
  truncatedAt?: number;
}

export interface EmailFacts {
  target: string;
  bytes: number;
  sha256: string;
  headers: HeaderField[];
  from: Mailbox | null;
  sender: Mailbox | null;
  replyTo: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
  /** Return-Path address, lower-case ('' when absent). */
  returnPath: string;
  subject: string;
  messageId: string;
  /** Plain-text body (the text/plain parts; derived from HTML when there is none). */
  text: string;
  /** Raw HTML body ('' when none). */
  html: string;
  /** Parsed HTML (null when the message has no HTML). */
  htmlFacts: HtmlFacts | null;
  /** What a reader sees: HTML visible text, else the plain text. Bounded by the text limit. */
  visibleText: string;
  /** Hidden text runs from HTML and invisible characters in any text. */
  hidden: HiddenText[];
  /** Every URL found, de-duplicated by (url, source), at most limits.urls. */
  links: Link[];
  attachments: AttachmentFacts[];
  /**
   * `From:` headers in the message as received (RFC 5322 §3.6: exactly one). Counted before the
   * header limits, which keep a second From past the cut so `headers` shows it too.
   */
  fromHeaders: number;
  /**
   * Every distinct mailbox of every From header, in order (the first is `from`). RFC 5322 allows one;
   * an attacker adds a second so a client shows one sender while a filter checks the other.
   */
  fromAll: Mailbox[];
  /** Size and shape of the top-level header block as received. */
  headerBlock: HeaderBlockStats;
  /**
   * Text read from inline and attached pictures by opt-in OCR (`ocr: true`); absent when OCR is off.
   * Content rules read it like the body, with evidence `where` = `image:<file>`.
   */
  imageText?: { where: string; text: string }[];
  /**
   * Text of the PDF attachments (src/email/pdf-text.ts); absent when the message has none. Content
   * rules read it like the body, with evidence `where` = `attachment:<file>`.
   */
  documentText?: { where: string; text: string }[];
  /**
   * Pictures painted on the first pages of the PDF attachments, as RGBA pixels (src/email/pdf-text.ts);
   * the QR decoder reads them like the message's own pictures. Absent when there are none.
   */
  documentPictures?: { where: string; width: number; height: number; data: Uint8ClampedArray }[];
  /** Structural facts for model features (no collection artefacts: see data README). */
  structure: { hasHtml: boolean; hasText: boolean; attachmentCount: number; partCount: number };
}

/** What every detection module receives besides the facts. */
export interface EmailContext {
  config: VigilConfig;
  budget: Budget;
  /** The runtime's prepared URL/domain state: links and sender domains are judged with it. */
  url: UrlEnv;
  /** The runtime's brand-name index (display names that claim a brand). */
  brands: BrandIndex;
  /** Live checks (DNS for SPF/DKIM/DMARC) are opt-in; undefined = offline. */
  verifyAuth?: VerifyAuthOptions;
  /** The message bytes as received; set with `verifyAuth` (DKIM verifies the exact bytes). */
  raw?: Uint8Array;
}

export interface VerifyAuthOptions {
  /** Connecting client IP as the MTA saw it. */
  ip: string;
  helo?: string;
  /** SMTP MAIL FROM. */
  mailFrom?: string;
  /** authserv-id to stamp on the results (default: `vigil`). */
  mta?: string;
  /** Injected DNS resolver (tests run offline); default: node's dns.promises. */
  resolver?: (name: string, rrtype: string) => Promise<unknown>;
}

/** First value of a header (lower-case name), or undefined. */
export function headerValue(facts: Pick<EmailFacts, 'headers'>, name: string): string | undefined {
  return facts.headers.find((h) => h.name === name)?.value;
}

export function headerValues(facts: Pick<EmailFacts, 'headers'>, name: string): string[] {
  return facts.headers.filter((h) => h.name === name).map((h) => h.value);
}
