/**
 * Path and query signals (`url.path.*`, `url.query.*`): a brand named where the brand's domain
 * is not, credential-harvest words, and URLs carried inside parameters (redirectors).
 */
import { defineSignal } from '../core/index.js';
import type { Evidence, Signal } from '../core/index.js';
import { CREDENTIAL_WORDS } from './lists.js';
import type { LookalikeIndex } from './lookalike.js';
import { isProtectedHost } from './lookalike.js';
import { safeDecodeUri, type ParsedUrl } from './parse.js';

export const PATH_BRAND_MISMATCH = defineSignal({
  id: 'url.path.brand_mismatch',
  category: 'impersonation',
  severity: 'medium',
  summary: "A brand's name appears in the path or query of a URL that is not on the brand's domains",
});
export const PATH_CREDENTIAL_WORDS = defineSignal({
  id: 'url.path.credential_words',
  category: 'credential_harvest',
  severity: 'low',
  summary: 'Path or query names a sign-in or account-verification step (login, verify, webscr …)',
  // a link to a sign-in step asks for credentials: weak alone (low), an ask for the evidence gate;
  // every account notice links to a sign-in page, so it never confirms the gate
  roles: { low: 'ask' },
  confirms: false,
});
export const QUERY_REDIRECT = defineSignal({
  id: 'url.query.redirect',
  category: 'malicious_url',
  severity: 'low',
  summary: 'A query parameter carries another URL (redirector or open redirect)',
});

export const PATH_SIGNALS = [PATH_BRAND_MISMATCH, PATH_CREDENTIAL_WORDS, QUERY_REDIRECT];

/** Longest path+query scanned for words (a megabyte of query string would stall the tokenizer). */
const MAX_PATH_SCAN = 2048;
const REDIRECT_PARAMS = new Set([
  'url',
  'redirect',
  'redirect_uri',
  'redirect_url',
  'redirecturl',
  'redir',
  'next',
  'goto',
  'dest',
  'destination',
  'continue',
  'return',
  'returnurl',
  'return_url',
  'returnto',
  'target',
  'link',
  'u',
  'r',
  'to',
  'out',
  'q',
  'rurl',
  'forward',
  'location',
  'site',
  'ref',
  'view',
  'go',
]);

/** Lower-case word tokens of a path/query (split on anything not a letter or digit). */
export function pathTokens(p: ParsedUrl): string[] {
  const text = safeDecodeUri((p.pathname + p.search).slice(0, MAX_PATH_SCAN)).toLowerCase();
  return text.split(/[^a-z0-9]+/).filter((t) => t.length > 1 && t.length <= 40);
}

const ADDRESS = /[a-z0-9._%+-]{1,64}(?:@|%40)[a-z0-9.-]{1,253}\.[a-z]{2,24}/gi;
/** The text with its mail addresses taken out (raw or percent-encoded `@`). */
function stripAddresses(text: string): string {
  return text.length > MAX_PATH_SCAN
    ? text.slice(0, MAX_PATH_SCAN).replace(ADDRESS, ' ')
    : text.replace(ADDRESS, ' ');
}

export function pathSignals(p: ParsedUrl, idx: LookalikeIndex, evidence: Evidence[]): Signal[] {
  const out: Signal[] = [];
  const tokens = pathTokens(p);
  const creds = [...new Set(tokens.filter((t) => CREDENTIAL_WORDS.has(t)))];
  if (creds.length) {
    out.push(
      PATH_CREDENTIAL_WORDS.fire(
        `URL path names ${creds
          .slice(0, 4)
          .map((c) => `"${c}"`)
          .join(', ')} on ${p.host}`,
        evidence,
      ),
    );
  }
  if (!p.ip && !isProtectedHost(idx, p.host)) {
    // a mail address in the path or query is the subscriber's (`/account/jo%40gmail.com`,
    // `?email=…@outlook.com`), not a brand the page claims to be
    const tail = p.pathname + p.search;
    const named =
      tail.includes('@') || tail.includes('%40')
        ? new Set(
            pathTokens({ ...p, pathname: stripAddresses(p.pathname), search: stripAddresses(p.search) }),
          )
        : null;
    for (const t of tokens) {
      if (named && !named.has(t)) continue;
      const bt = idx.tokens.get(t);
      if (!bt) continue;
      // common-word or short brand names (apple, chase, ups) need a credential word beside them
      if ((bt.weak || t.length < 5) && !creds.length) continue;
      out.push(
        PATH_BRAND_MISMATCH.fire(
          `URL names ${bt.entry.owner} ("${t}") but is on ${p.registrableDomain ?? p.host}, not ${bt.entry.domain}`,
          evidence,
          creds.length ? 'medium' : 'low',
        ),
      );
      break;
    }
  }
  if (p.search) {
    const params = new URLSearchParams(p.search.slice(0, MAX_PATH_SCAN));
    for (const [k, v] of params) {
      if (!REDIRECT_PARAMS.has(k.toLowerCase())) continue;
      const m = /^(?:https?:)?\/\/([^/?#\s]+)/i.exec(v.trim()) ?? /^(www\.[^/?#\s]+)/i.exec(v.trim());
      if (!m) continue;
      out.push(QUERY_REDIRECT.fire(`Query parameter ${k}= sends the reader on to ${m[1]}`, evidence));
      break;
    }
  }
  return out;
}
