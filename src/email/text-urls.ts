/**
 * URLs in plain text, including defanged ones (`hxxps://evil[.]example`, `evil(.)example/login`),
 * which attackers use to slip links past scanners and which a reader still copies into a browser.
 */
import { parse as parseHost } from '../tld.js';

/** Plain and defanged schemes; bare `www.` hosts. Bounded quantifiers keep matching linear. */
const URL_IN_TEXT =
  /\b(?:(?:https?|hxxps?|h\*\*ps?|hXXps?):\/\/|www\d?\.)[^\s<>"'`{}|\\^]{1,2048}|\b[a-z0-9-]{1,63}(?:\[\.\]|\(\.\)|\[dot\]|\(dot\))[a-z0-9.[\]()-]{1,200}(?:\/[^\s<>"']{0,2048})?/gi;

/**
 * URL_IN_TEXT without its defanged-host branch, which can only match where the text holds `[.]`,
 * `(.)`, `[dot]` or `(dot)` (DEFANG_MARK): on a text without one the two find the same matches, and
 * this one does not try the branch's run of up to 63 host characters at every word start (speed).
 */
const URL_IN_TEXT_PLAIN = /\b(?:(?:https?|hxxps?|h\*\*ps?|hXXps?):\/\/|www\d?\.)[^\s<>"'`{}|\\^]{1,2048}/gi;
const DEFANG_MARK = /\[\.\]|\(\.\)|\[dot\]|\(dot\)/i;

const TRAILING = /[),.;:!?\]>'"]+$/;

export interface TextUrl {
  url: string;
  obfuscated: boolean;
}

/** Re-arms a defanged URL; returns the URL and whether it was defanged. */
export function refang(raw: string): TextUrl {
  let url = raw;
  let obfuscated = false;
  if (/^h(?:xx|XX|\*\*)ps?:\/\//.test(url)) {
    url = url.replace(/^h(?:xx|XX|\*\*)p/, 'http');
    obfuscated = true;
  }
  if (/\[\.\]|\(\.\)|\[dot\]|\(dot\)/i.test(url)) {
    url = url.replace(/\[\.\]|\(\.\)|\[dot\]|\(dot\)/gi, '.');
    obfuscated = true;
  }
  if (/^www\d?\./i.test(url)) url = `http://${url}`;
  else if (!/^https?:\/\//i.test(url)) url = `http://${url}`;
  return { url, obfuscated };
}

/**
 * An address spelt out in words, "hxxps colon slash slash enroll dot example dot com slash west":
 * no scanner sees a link, and the reader is told to type it. Bounded: at most 12 labels.
 */
const SPELT_URL =
  /\bh(?:tt|xx)ps?\s{1,3}colon\s{1,3}slash\s{1,3}slash\s{1,3}((?:[a-z0-9-]{1,63}\s{1,3}(?:dot|slash)\s{1,3}){1,12}[a-z0-9-]{1,63})/gi;

/** Where a host begins: after the scheme, or at `www.`. */
const HOST_START = /^(?:[a-z*]{4,5}:\/\/)?/i;
/** A character no host name has (IDN letters and digits are kept). */
const NOT_HOST = /[^\p{L}\p{N}\p{M}.\-:_%@[\]()]|[()]/u;
/** An ASCII label running straight into another script: "go.kr에서", "example.com으로". */
const SCRIPT_SWITCH = /(?<=\.[a-z0-9-]*[a-z0-9])(?=[^\x00-\x7f])/i;

/**
 * The URL cut where its host ends in running text: "www.hometax.go.kr)에서 확인" is
 * `www.hometax.go.kr`. A parenthesis or a character no host has ends it, and so does an ASCII name
 * whose last label runs straight into another script (Korean and Japanese glue their particles to
 * the word before); an IDN written in one script (`한국.kr`, `пример.рф`) is kept whole.
 */
export function cutAtHostEnd(raw: string): string {
  const start = HOST_START.exec(raw)?.[0].length ?? 0;
  const rest = raw.slice(start);
  const pathAt = rest.search(/[/?#]/);
  const host = pathAt < 0 ? rest : rest.slice(0, pathAt);
  let end = host.length;
  const bad = NOT_HOST.exec(host);
  if (bad && !/^\[\.\]|^\(\.\)|^\[dot\]|^\(dot\)/i.test(host.slice(bad.index))) end = bad.index;
  const sw = SCRIPT_SWITCH.exec(host.slice(0, end));
  if (sw) end = sw.index;
  return end === host.length ? raw : raw.slice(0, start + end);
}

export function extractTextUrls(text: string, max: number): TextUrl[] {
  const out: TextUrl[] = [];
  for (const m of text.matchAll(DEFANG_MARK.test(text) ? URL_IN_TEXT : URL_IN_TEXT_PLAIN)) {
    if (out.length >= max) break;
    const raw = cutAtHostEnd(m[0].replace(TRAILING, '')).replace(TRAILING, '');
    if (raw.length < 8) continue;
    out.push(refang(raw));
  }
  if (out.length < max && /colon/i.test(text))
    for (const m of text.matchAll(SPELT_URL)) {
      if (out.length >= max) break;
      const path = m[1]!.replace(/\s+dot\s+/gi, '.').replace(/\s+slash\s+/gi, '/');
      out.push({ url: `https://${path}`, obfuscated: true });
    }
  return out;
}

/** A host-like link text: `www.bank.example`, `https://bank.example/login`, `bank.example`. */
const SHOWN_HOST = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?::\d+)?(?:[/?#]\S*)?$/i;

/** The host a link's text shows the reader (lower case), or null when the text names no site. */
export function shownHost(text: string): string | null {
  if (text.length > 400) return null;
  // a broken kit's anchor text can end in the rest of its tag (`http://signin.ebay.com/…\" >`)
  const t = text
    .trim()
    .replace(/[\s"'\\<>]+$/, '')
    .replace(/[.,;:!?)]+$/, '');
  if (t.length > 300 || /\s/.test(t)) return null;
  const m = t.match(SHOWN_HOST);
  if (!m?.[1]) return null;
  const host = m[1].toLowerCase();
  // a file's name is no site: `carrier-guide-2026.pdf` ends in no listed suffix, and a bare
  // `statement.zip` or `clip.mov` (suffixes that are also file types) names the file it links to;
  // with a scheme or `www.` the text says it is an address (`http://signin.ebay/…`), listed suffix or
  // not; so do the names reserved for examples (RFC 2606: `.example`, `.test`)
  const p = parseHost(host);
  const named = p.isIcann || p.isPrivate || /^(?:https?:\/\/|www\.)/i.test(t) || RESERVED_TLD.test(host);
  if (!named) return null;
  if (FILE_TYPE_SUFFIX.has(p.publicSuffix ?? '') && t === m[1] && !p.subdomain) return null;
  return host;
}

const RESERVED_TLD = /\.(?:example|test|invalid|localhost)$/;

/** Public suffixes that are also file types, read as a file's name when shown bare (`notes.zip`). */
const FILE_TYPE_SUFFIX: ReadonlySet<string> = new Set(['zip', 'mov']);
