/**
 * URL and host parsing: the WHATWG URL parser (what browsers do with a link) plus tldts for the
 * public-suffix split. Never throws on hostile input: `parseUrl` returns null when the string is not
 * a usable URL, and every step is bounded (input clipped to MAX_URL_CHARS, label walks capped).
 */
import { domainToUnicode } from 'node:url';
import { parse as tldParse } from '../tld.js';

/** Longest URL analysed; longer ones are cut (a 2 MB `href` would stall every regex below). */
export const MAX_URL_CHARS = 8192;
/** Longest host name (RFC 1035: 253 octets). */
export const MAX_HOST_CHARS = 253;

export type IpNotation = 'dotted' | 'decimal' | 'hex' | 'octal' | 'mixed' | 'short' | 'ipv6';

export interface HostInfo {
  /** ASCII (punycode) host, lower case, no trailing dot; IPv6 in brackets. */
  host: string;
  /** The host with IDN labels decoded to Unicode (equal to `host` when all-ASCII). */
  hostUnicode: string;
  /** eTLD+1 with private suffixes (tenant of a hosting suffix = own owner); null for IPs/unknown. */
  registrableDomain: string | null;
  publicSuffix: string | null;
  /** Whether the public suffix comes from the PSL's private section (pages.dev, github.io …). */
  privateSuffix: boolean;
  /** Registrable domain without its suffix (`paypal` for paypal.co.uk); '' when none. */
  label: string;
  /** Labels left of the registrable domain, e.g. `login.secure` for login.secure.example.com. */
  subdomain: string;
  /** Number of labels left of the registrable domain. */
  subdomainDepth: number;
  ip: { version: 4 | 6; notation: IpNotation } | null;
}

export interface ParsedUrl extends HostInfo {
  /** The URL as the WHATWG parser serialises it. */
  normalized: string;
  scheme: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  /** Whether the URL carries userinfo (`https://paypal.com@evil.example`). */
  hasUserinfo: boolean;
  username: string;
  /** The host exactly as written in the input (before IPv4 number normalisation). */
  rawHost: string;
}

const SCHEME_WITH_SLASHES = /^[a-z][a-z0-9+.-]*:\/\//i;
const OPAQUE_SCHEME = /^(mailto|javascript|data|tel|sms|file|about|blob|cid|mid|news|callto|vbscript):/i;

/** Give a scheme to scheme-less input (`example.com/login` means http://example.com/login). */
export function withScheme(input: string): string {
  const s = input.trim();
  if (SCHEME_WITH_SLASHES.test(s) || OPAQUE_SCHEME.test(s)) return s;
  return `http://${s.replace(/^\/\//, '')}`;
}

/** The host as written between `//` and the path, without userinfo and port. */
function rawHostOf(input: string): string {
  const start = input.indexOf('//');
  if (start < 0) return '';
  let end = input.length;
  for (let i = start + 2; i < input.length; i++) {
    const c = input.charCodeAt(i);
    // '/', '?', '#', '\' end the authority (WHATWG treats '\' as '/' for special schemes)
    if (c === 47 || c === 63 || c === 35 || c === 92) {
      end = i;
      break;
    }
  }
  let auth = input.slice(start + 2, end);
  const at = auth.lastIndexOf('@');
  if (at >= 0) auth = auth.slice(at + 1);
  if (auth.startsWith('[')) {
    const close = auth.indexOf(']');
    return close > 0 ? auth.slice(0, close + 1) : auth;
  }
  const colon = auth.lastIndexOf(':');
  return (colon >= 0 ? auth.slice(0, colon) : auth).toLowerCase();
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** How an IPv4 literal was written: attackers use decimal/hex/octal forms to hide the address. */
export function ipv4Notation(raw: string): IpNotation {
  const parts = raw.replace(/\.$/, '').split('.');
  const kinds = new Set<string>();
  for (const p of parts) {
    if (p === '0') continue; // plain zero reads the same in every base
    if (/^0x/i.test(p)) kinds.add('hex');
    else if (/^0\d/.test(p)) kinds.add('octal');
    else kinds.add('decimal');
  }
  if (kinds.size > 1) return 'mixed';
  const only = [...kinds][0] ?? 'decimal';
  if (parts.length === 4) return only === 'decimal' ? 'dotted' : (only as IpNotation);
  if (parts.length === 1) return only as IpNotation;
  return only === 'decimal' ? 'short' : (only as IpNotation);
}

function toUnicodeHost(host: string): string {
  if (!host.includes('xn--')) return host;
  try {
    const u = domainToUnicode(host);
    return u || host;
  } catch {
    return host;
  }
}

/** Split a (WHATWG-normalised, ASCII) host into its public-suffix parts. */
export function hostInfo(host: string, rawHost = host): HostInfo {
  const h = host.toLowerCase().replace(/\.+$/, '');
  if (h.startsWith('[')) {
    return {
      host: h,
      hostUnicode: h,
      registrableDomain: null,
      publicSuffix: null,
      privateSuffix: false,
      label: '',
      subdomain: '',
      subdomainDepth: 0,
      ip: { version: 6, notation: 'ipv6' },
    };
  }
  if (IPV4.test(h)) {
    return {
      host: h,
      hostUnicode: h,
      registrableDomain: null,
      publicSuffix: null,
      privateSuffix: false,
      label: '',
      subdomain: '',
      subdomainDepth: 0,
      ip: { version: 4, notation: ipv4Notation(rawHost || h) },
    };
  }
  // a name's parts depend on the name alone: the public-suffix lookup (tldts) and the IDNA decoding
  // run once per host, and a link to a host seen before (half of the dev URLs) reuses them
  let c = NAME_PARTS.get(h);
  if (!c) {
    const p = tldParse(h, { allowPrivateDomains: true, extractHostname: false });
    const rd = p.domain ?? null;
    const subdomain = rd ? (p.subdomain ?? '') : '';
    c = {
      host: h,
      hostUnicode: toUnicodeHost(h),
      registrableDomain: rd,
      publicSuffix: p.publicSuffix ?? null,
      privateSuffix: p.isPrivate === true,
      label: rd ? (p.domainWithoutSuffix ?? '') : '',
      subdomain,
      subdomainDepth: subdomain ? subdomain.split('.').length : 0,
      ip: null,
    };
    if (NAME_PARTS.size >= MAX_NAME_PARTS) NAME_PARTS.clear();
    NAME_PARTS.set(h, c);
  }
  // a copy: callers own the object they get (the cached one is never handed out)
  return {
    host: c.host,
    hostUnicode: c.hostUnicode,
    registrableDomain: c.registrableDomain,
    publicSuffix: c.publicSuffix,
    privateSuffix: c.privateSuffix,
    label: c.label,
    subdomain: c.subdomain,
    subdomainDepth: c.subdomainDepth,
    ip: null,
  };
}

/** hostInfo of names (not IP literals), by lower-case host; cleared when full, never grown past it. */
const NAME_PARTS = new Map<string, HostInfo>();
const MAX_NAME_PARTS = 20_000;

/** How many names hostInfo remembers now (tests: the cache is used and stays bounded). */
export function hostInfoCacheSize(): number {
  return NAME_PARTS.size;
}

/**
 * Parse a URL as a browser would. Returns null when it has no usable host (not http(s)/ftp/ws, or
 * unparsable). Never throws.
 */
export function parseUrl(input: string): ParsedUrl | null {
  if (typeof input !== 'string') return null;
  const clipped = input.length > MAX_URL_CHARS ? input.slice(0, MAX_URL_CHARS) : input;
  const text = withScheme(clipped);
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return null;
  }
  const scheme = u.protocol.slice(0, -1);
  if (!['http', 'https', 'ftp', 'ws', 'wss'].includes(scheme)) return null;
  if (!u.hostname || u.hostname.length > MAX_HOST_CHARS) return null;
  const rawHost = rawHostOf(text);
  const info = hostInfo(u.hostname, rawHost);
  // the fields written out, not `...info`: object spread was the single most expensive step here
  return {
    host: info.host,
    hostUnicode: info.hostUnicode,
    registrableDomain: info.registrableDomain,
    publicSuffix: info.publicSuffix,
    privateSuffix: info.privateSuffix,
    label: info.label,
    subdomain: info.subdomain,
    subdomainDepth: info.subdomainDepth,
    ip: info.ip,
    normalized: u.href,
    scheme,
    port: u.port,
    pathname: u.pathname,
    search: u.search,
    hash: u.hash,
    hasUserinfo: u.username !== '' || u.password !== '',
    username: safeDecode(u.username),
    rawHost,
  };
}

/**
 * Parse a bare domain name (a sender domain, a `--kind domain` argument). IP literals are
 * accepted (and reported as such). Returns null when it is not a host name.
 */
export function parseDomain(input: string): HostInfo | null {
  if (typeof input !== 'string') return null;
  let s = input.trim();
  if (!s || s.length > MAX_HOST_CHARS + 1) return null;
  // a host name has none of these; accepting them would let `a/b@c` pass as a "domain"
  if (/[\s/\\?#@:]/.test(s) && !/^\[[0-9a-f:.]+\]$/i.test(s)) return null;
  s = s.replace(/\.$/, '');
  // the common case, a plain lower-case LDH name: the WHATWG host parser returns it unchanged
  // (no IDNA label, no IPv4 number in the last label), so skip building a URL
  if (PLAIN_HOST.test(s) && !s.includes('xn--') && !ENDS_IN_NUMBER.test(s)) {
    return s.length > MAX_HOST_CHARS ? null : hostInfo(s, s);
  }
  let u: URL;
  try {
    u = new URL(`http://${s}/`);
  } catch {
    return null;
  }
  if (!u.hostname || u.hostname.length > MAX_HOST_CHARS) return null;
  if (!u.hostname.startsWith('[') && !/^[a-z0-9.-]+$/.test(u.hostname)) return null;
  if (u.hostname.includes('..')) return null;
  return hostInfo(u.hostname, s.toLowerCase());
}

const PLAIN_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;
/** The WHATWG "ends in a number" test: a last label of digits or 0x-hex is read as IPv4. */
const ENDS_IN_NUMBER = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Registrable domain (eTLD+1, private suffixes included), or null for IPs and unknown names. */
export function registrableDomain(host: string): string | null {
  if (typeof host !== 'string' || !host) return null;
  const h = host.trim().toLowerCase().replace(/\.+$/, '');
  if (h.length > MAX_HOST_CHARS) return null;
  if (IPV4.test(h) || h.startsWith('[')) return null;
  let ascii = h;
  if (/[^\x00-\x7f]/.test(h)) {
    try {
      ascii = new URL(`http://${h}/`).hostname;
    } catch {
      return null;
    }
  }
  const p = tldParse(ascii, { allowPrivateDomains: true, extractHostname: false });
  if (p.isIp) return null;
  return p.domain ?? null;
}

/** decodeURIComponent that keeps a malformed escape (`%zz`) as written instead of throwing. */
export function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
