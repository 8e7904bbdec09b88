/**
 * Link rewriters: mail security gateways (Microsoft Defender Safe Links, Proofpoint URL Defense,
 * Mimecast, Barracuda, Trend Micro, Sophos, Cisco, Symantec), Google's and Bing's redirects, and the
 * click trackers of mail services that carry the destination (Mailjet, Postmark) put every link
 * of a message behind their own host. The wrapper says only which gateway the mail went through;
 * the destination is what the reader reaches, so that is what gets judged. A wrapper host is never
 * evidence by itself (no shortener, redirect or lookalike signal for it): a benign message behind
 * Safe Links must stay as clean as the same message without it.
 *
 * Opaque rewriters (Mimecast, Cisco without an embedded URL) keep the destination on their side:
 * it cannot be recovered here, so the link is unknown (no signals), not suspicious.
 *
 * Bounded: at most MAX_UNWRAP_DEPTH nested wrappers, inputs clipped to MAX_URL_CHARS; decoding
 * only ever shortens the text (percent- and base64-decoding shrink; Proofpoint v3 substitutes
 * characters carried in the URL itself), so no step can grow the input.
 * KEEP IN SYNC with the "Link rewriters" paragraph of the README.
 */
import { MAX_URL_CHARS, safeDecodeUri, withScheme } from './parse.js';

/** Wrappers inside wrappers (Safe Links around Proofpoint around Google) followed at most this deep. */
export const MAX_UNWRAP_DEPTH = 4;

export interface Unwrapped {
  /** The destination (the input itself when it is not wrapped); null when the wrapper is opaque. */
  url: string | null;
  /** The rewriters passed through, outermost first (`safelinks`, `proofpoint v2` …); empty when not wrapped. */
  via: string[];
  /** The wrapper keeps the destination to itself (Mimecast, Cisco): the link is unknown. */
  opaque: boolean;
  /** A wrapper nested deeper than MAX_UNWRAP_DEPTH: the innermost layers were not unwrapped. */
  truncated?: boolean;
}

interface Rewriter {
  name: string;
  /** Whether this host (lower case, ASCII) belongs to the rewriter. */
  host: (h: string) => boolean;
  /** The destination, null when the link matches the host but carries no destination (opaque). */
  decode: (u: URL, raw: string) => string | null;
}

/** `h` is `suffix` or a subdomain of it (without building `.${suffix}`: asked of every link). */
const endsWith = (h: string, suffix: string) => {
  if (h === suffix) return true;
  const at = h.length - suffix.length - 1;
  return at >= 0 && h.charCodeAt(at) === 46 && h.endsWith(suffix);
};

function param(u: URL, ...names: string[]): string | null {
  for (const n of names) {
    const v = u.searchParams.get(n);
    if (v) return v;
  }
  return null;
}

/** HTML entities some gateways leave in their parameter (`&amp;` in an href copied from HTML). */
function unescapeHtml(s: string): string {
  return s.includes('&')
    ? s
        .replace(/&amp;/gi, '&')
        .replace(/&#x3d;|&#61;/gi, '=')
        .replace(/&#x2f;|&#47;/gi, '/')
    : s;
}

/** Proofpoint v2: `u=https-3A__example.com_path` is the URL with `%`→`-` and `/`→`_`. */
function proofpointV2(u: URL, raw: string): string | null {
  // read `u` from the raw query: URLSearchParams would turn a literal '+' into a space
  const m = /[?&]u=([^&#]+)/.exec(raw);
  if (!m) return null;
  return unescapeHtml(safeDecodeUri(m[1]!.replace(/-/g, '%').replace(/_/g, '/')));
}

/** Run lengths of the `**X` tokens of Proofpoint v3 (`**A` = 2 characters … `**_` = 65). */
const V3_RUN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Proofpoint v3: `https://urldefense.com/v3/__<url>__;<base64url bytes>!!<token>$`. Characters of
 * the URL that Proofpoint rewrote are `*` (one character) or `**X` (a run) in `<url>`, their
 * original text in order in the base64url part.
 */
function proofpointV3(_u: URL, raw: string): string | null {
  const m = /\/v3\/__(.+?)__;([A-Za-z0-9_-]*)!/.exec(raw);
  if (!m) {
    // the tail (`__;…!!…$`) lost, e.g. a text-part URL cut at a quote by the extractor: the URL is
    // still written out in clear; without the replacement bytes only a URL without `*` is exact
    const cut = /\/v3\/__(.+?)(?:__;?)?$/.exec(raw);
    return cut && !cut[1]!.includes('*') ? safeDecodeUri(cut[1]!) : null;
  }
  const url = safeDecodeUri(m[1]!);
  if (!url.includes('*')) return url;
  let bytes: string;
  try {
    bytes = Buffer.from(m[2]!.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return null;
  }
  // code points, not UTF-16 units: a replaced character may be outside the BMP
  const chars = [...bytes];
  let at = 0;
  let out = '';
  for (let i = 0; i < url.length; i++) {
    const c = url[i]!;
    if (c !== '*') {
      out += c;
      continue;
    }
    if (url[i + 1] === '*' && i + 2 < url.length) {
      const n = V3_RUN.indexOf(url[i + 2]!) + 2;
      if (n < 2) return null;
      out += chars.slice(at, at + n).join('');
      at += n;
      i += 2;
    } else {
      out += chars[at] ?? '';
      at++;
    }
  }
  return out;
}

function base64Url(s: string): string | null {
  const t = s.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+=*$/.test(t)) return null;
  const d = Buffer.from(t, 'base64').toString('utf8');
  return /^https?:\/\//i.test(d) ? d : null;
}

/** Cisco Secure Email: `https://secure-web.cisco.com/<token>/<percent-encoded URL>`, or the token only. */
function cisco(u: URL): string | null {
  const m = /^\/[^/]+\/(https?(?::|%3A).*)$/i.exec(u.pathname);
  return m ? safeDecodeUri(m[1]!) : null;
}

/**
 * The rewriters, one row each. Hosts are matched on the parsed host name (a suffix of labels), so
 * `safelinks.protection.outlook.com.attacker.example` is not Safe Links.
 */
const REWRITERS: readonly Rewriter[] = [
  {
    name: 'safelinks',
    host: (h) =>
      endsWith(h, 'safelinks.protection.outlook.com') || endsWith(h, 'safelinks.protection.office365.us'),
    decode: (u) => param(u, 'url'),
  },
  {
    name: 'proofpoint',
    host: (h) => h === 'urldefense.proofpoint.com' || h === 'urldefense.com' || h === 'urldefense.us',
    decode: (u, raw) => {
      if (u.pathname.startsWith('/v1/')) return param(u, 'u');
      if (u.pathname.startsWith('/v2/')) return proofpointV2(u, raw);
      if (u.pathname.startsWith('/v3/')) return proofpointV3(u, raw);
      return null;
    },
  },
  {
    name: 'mimecast',
    host: (h) => /^protect(?:-[a-z0-9]+)?\.mimecast\.com$/.test(h) || endsWith(h, 'protect.mimecast.com'),
    decode: () => null,
  },
  { name: 'barracuda', host: (h) => h === 'linkprotect.cudasvc.com', decode: (u) => param(u, 'a') },
  {
    name: 'google',
    // the /url redirect, and an AMP page's address (`google.com/amp/s/<host>/<path>`: Google's
    // viewer in front of any site); every other google.com link is an ordinary Google page
    host: (h) => /^(?:www\.)?google\.[a-z.]{2,6}$/.test(h),
    decode: (u) =>
      u.pathname === '/url'
        ? param(u, 'q', 'url')
        : u.pathname.startsWith('/amp/s/') && u.pathname.length > 7
          ? `https://${u.pathname.slice(7)}${u.search}`
          : u.pathname.startsWith('/amp/') && u.pathname.length > 5
            ? `http://${u.pathname.slice(5)}${u.search}`
            : null,
  },
  {
    name: 'youtube',
    // a video description's outbound link, `youtube.com/redirect?q=<URL>`
    host: (h) => h === 'youtube.com' || h === 'www.youtube.com' || h === 'm.youtube.com',
    decode: (u) => (u.pathname === '/redirect' ? param(u, 'q') : null),
  },
  {
    name: 'doubleclick',
    // an ad click, `ad.doubleclick.net/…;…?https://<destination>` or `…/click?…&adurl=<URL>`
    host: (h) => endsWith(h, 'doubleclick.net'),
    decode: (u) =>
      param(u, 'adurl') ?? (/^\?https?:\/\//i.test(u.search) ? safeDecodeUri(u.search.slice(1)) : null),
  },
  {
    name: 'trend micro',
    host: (h) => endsWith(h, 'trendmicro.com'),
    decode: (u) => (/\/clicktime\/v\d+\/query$/.test(u.pathname) ? param(u, 'url') : null),
  },
  {
    name: 'sophos',
    host: (h) => endsWith(h, 'protection.sophos.com'),
    decode: (u) => {
      const v = param(u, 'u');
      return v ? base64Url(v) : null;
    },
  },
  { name: 'cisco', host: (h) => h === 'secure-web.cisco.com', decode: (u) => cisco(u) },
  {
    name: 'bing',
    // a search result's click redirect, `bing.com/ck/a?…&u=a1<base64url>`: phishing mail uses it to
    // put a trusted host in front of its page; every other bing.com link is an ordinary Bing page
    host: (h) => h === 'bing.com' || h === 'www.bing.com',
    decode: (u) => {
      const v = u.pathname === '/ck/a' ? param(u, 'u') : null;
      return v && v.startsWith('a1') ? base64Url(v.slice(2)) : null;
    },
  },
  { name: 'symantec', host: (h) => h === 'clicktime.symantec.com', decode: (u) => param(u, 'u') },
  {
    name: 'mailjet',
    // a mail service's click tracker that carries its destination: `x.mjt.lu/lnk/<tokens>/<base64 URL>`
    host: (h) => endsWith(h, 'mjt.lu'),
    decode: (u) => {
      const last = u.pathname.startsWith('/lnk/') ? u.pathname.split('/').pop() : undefined;
      return last ? base64Url(last) : null;
    },
  },
  {
    name: 'postmark',
    // `click.pstmrk.it/<version>/<percent-encoded host and path>/<tokens>`: the scheme is left out
    host: (h) => h === 'click.pstmrk.it',
    decode: (u) => {
      const m = /^\/[0-9a-z]{1,4}\/([a-z0-9.-]+\.[a-z]{2,}(?:%2f[^/]*)?)(?:\/|$)/i.exec(u.pathname);
      return m ? `https://${safeDecodeUri(m[1]!)}` : null;
    },
  },
  {
    name: 'amazon ses',
    // Amazon SES's click tracker: `x.r.us-east-1.awstrack.me/L0/<percent-encoded URL>/<n>/<id>/<sig>`
    host: (h) => endsWith(h, 'awstrack.me'),
    decode: (u) => {
      const m = /^\/L0\/([^/]+)\//.exec(u.pathname);
      return m ? safeDecodeUri(m[1]!) : null;
    },
  },
  {
    name: 'govdelivery',
    // Granicus GovDelivery's click tracker (governments' bulletins), SES's format on its own host:
    // `links-1.govdelivery.com/CL0/<percent-encoded URL>/<n>/<id>/<list>`
    host: (h) => /^links(?:-\d{1,3})?\.govdelivery\.com$/.test(h),
    decode: (u) => {
      const m = /^\/CL0\/([^/]+)\//.exec(u.pathname);
      return m ? safeDecodeUri(m[1]!) : null;
    },
  },
];

/** Rewriters whose links never carry the destination: matched, they make the link unknown. */
const ALWAYS_OPAQUE = new Set(['mimecast']);
/**
 * Rewriters whose host also serves ordinary pages (Google search, Trend Micro's site): without a
 * destination parameter the link is just a link to that site, judged as it is.
 */
const ALSO_A_SITE = new Set([
  'google',
  'youtube',
  'doubleclick',
  'trend micro',
  'sophos',
  'bing',
  'mailjet',
  'postmark',
  'amazon ses',
  'govdelivery',
]);

const HOST_OF = /^https?:\/\/([^/?#\\]+)/i;

function match(url: string): { rw: Rewriter; u: URL } | null {
  const hm = HOST_OF.exec(url);
  if (!hm) return null;
  // a cheap pre-filter on the host text before building a URL (this runs for every link)
  const rawHost = hm[1]!.toLowerCase();
  if (
    !/safelinks|urldefense|mimecast|cudasvc|google|youtube|doubleclick|trendmicro|sophos|cisco|symantec|bing|mjt\.lu|pstmrk|awstrack|govdelivery/.test(
      rawHost,
    )
  )
    return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const h = u.hostname.toLowerCase().replace(/\.$/, '');
  const rw = REWRITERS.find((r) => r.host(h));
  return rw ? { rw, u } : null;
}

/** The destination as a usable http(s) URL, or null (scheme-less `www.` destinations get http://). */
function usable(dest: string | null): string | null {
  if (!dest) return null;
  const d = dest.trim();
  if (/^https?:\/\//i.test(d)) return d;
  if (/^\/\//.test(d)) return `http:${d}`;
  if (/^www\.[^\s/]+/i.test(d)) return `http://${d}`;
  return null;
}

/**
 * Follow link rewriters to the destination. Never throws. A URL that is not wrapped comes back
 * unchanged with `via: []`.
 */
export function unwrapUrl(input: string): Unwrapped {
  let url =
    typeof input === 'string'
      ? (input.length > MAX_URL_CHARS ? input.slice(0, MAX_URL_CHARS) : input).trim()
      : '';
  const via: string[] = [];
  for (let depth = 0; ; depth++) {
    // `nam12.safelinks.protection.outlook.com/?url=…` typed without a scheme is still Safe Links
    const m = match(depth === 0 ? withScheme(url) : url);
    if (!m) return { url, via, opaque: false };
    if (depth >= MAX_UNWRAP_DEPTH) return { url: null, via, opaque: true, truncated: true };
    const { rw, u } = m;
    let dest: string | null = null;
    if (!ALWAYS_OPAQUE.has(rw.name)) {
      try {
        dest = usable(rw.decode(u, url));
      } catch {
        dest = null;
      }
    }
    if (!dest) {
      if (ALSO_A_SITE.has(rw.name)) return { url, via, opaque: false };
      return { url: null, via: [...via, rw.name], opaque: true };
    }
    via.push(
      rw.name === 'proofpoint' ? `proofpoint ${/^\/(v\d)\//.exec(u.pathname)?.[1] ?? ''}`.trim() : rw.name,
    );
    url = dest.length > MAX_URL_CHARS ? dest.slice(0, MAX_URL_CHARS) : dest;
  }
}

/** The rewriter names in evidence: `via safelinks`, `via safelinks, proofpoint v2`. */
export function viaText(via: readonly string[]): string {
  return via.length ? `via ${via.join(', ')}` : '';
}
