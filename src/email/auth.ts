/**
 * Authentication: SPF, DKIM, DMARC and ARC results for a message, from two sources.
 *
 * 1. `Authentication-Results` headers (RFC 8601) stamped by an authserv-id the user trusts
 *    (`trusted_authserv_ids`: their own MX). Anyone can write such a header into a message, so a
 *    header from any other authserv-id — or with none, as in Microsoft's consumer format — is
 *    ignored entirely. The MX must remove incoming headers that carry its own id (RFC 8601 §5), but
 *    not every one does: where several trusted headers disagree, the worst result wins per method
 *    (fail over softfail over errors over neutral/none over pass), so a header forged with the
 *    trusted id, above or below the real one, cannot turn a fail into a pass.
 * 2. Opt-in live verification (`--verify-auth`, `ctx.verifyAuth`) with mailauth against DNS (or an
 *    injected resolver). A DNS failure is a result (`temperror`), reported as `skipped`, never thrown.
 *
 * Both feed the same signals; evidence says which source said so (`header:Authentication-Results`
 * or `auth:live`).
 */
import {
  defineSignal,
  type Evidence,
  type Signal,
  type SignalDef,
  MAX_AUTH_RESULTS_HEADERS,
  MAX_RESULTS_PER_HEADER,
  MAX_AUTH_RESULTS_CHARS,
  MAX_RESULT_CHARS,
} from '../core/index.js';
import { isFreemailDomain, registrableDomain } from '../url/index.js';
import { headerValue, type EmailContext, type EmailFacts } from './facts.js';

export {
  MAX_AUTH_RESULTS_HEADERS,
  MAX_RESULTS_PER_HEADER,
  MAX_AUTH_RESULTS_CHARS,
  MAX_RESULT_CHARS,
} from '../core/index.js';

export const DMARC_FAIL = defineSignal({
  id: 'email.auth.dmarc_fail',
  category: 'impersonation',
  severity: 'high',
  summary: 'DMARC failed for the From domain (trusted Authentication-Results or live check)',
});
export const SPF_FAIL = defineSignal({
  id: 'email.auth.spf_fail',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'SPF failed (fail; softfail is low) for the envelope sender (trusted Authentication-Results or live check)',
});
export const DKIM_FAIL = defineSignal({
  id: 'email.auth.dkim_fail',
  category: 'impersonation',
  severity: 'medium',
  summary: 'A DKIM signature failed to verify and none passed (trusted Authentication-Results or live check)',
});
export const ARC_FAIL = defineSignal({
  id: 'email.auth.arc_fail',
  category: 'impersonation',
  severity: 'low',
  summary: 'The ARC chain of a forwarded message is broken (trusted Authentication-Results or live check)',
});
export const ORG_DOMAIN_SPOOF = defineSignal({
  id: 'email.auth.org_domain_spoof',
  category: 'bec',
  severity: 'high',
  summary:
    "From uses the organization's own domain (configured, or the recipients' own) but authentication failed (an outsider posing as a colleague)",
});

export const AUTH_SIGNALS: SignalDef[] = [DMARC_FAIL, SPF_FAIL, DKIM_FAIL, ARC_FAIL, ORG_DOMAIN_SPOOF];

export type AuthMethod = 'spf' | 'dkim' | 'dmarc' | 'arc';
const METHODS: readonly AuthMethod[] = ['spf', 'dkim', 'dmarc', 'arc'];

/** One `method=result` of an Authentication-Results header, with its properties. */
export interface AuthResultEntry {
  /** Lower-case method: `spf`, `dkim`, `dmarc`, `arc`, `compauth`, … */
  method: string;
  /** Lower-case result: `pass`, `fail`, `softfail`, `none`, `temperror`, … */
  result: string;
  /** Properties, lower-case keys: `smtp.mailfrom`, `header.d`, `header.from`, `reason`, … */
  props: Record<string, string>;
  /** The result as written (comments removed), for evidence. */
  text: string;
}

export interface ParsedAuthResults {
  /** Lower-case authserv-id, or null when the header names none (Microsoft's `spf=…; dkim=…` form). */
  authservId: string | null;
  results: AuthResultEntry[];
}

/** What the trusted headers say, per method (lower-case results, null when not stated). */
export interface AuthResults {
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
  arc: string | null;
  /** authserv-id of the topmost trusted header read, or null when no header was trusted. */
  authservId: string | null;
  /** The entries that gave each method's result, for evidence. */
  entries: Partial<Record<AuthMethod, AuthResultEntry>>;
}

/** RFC 5322 comments `( … )`, nested, with quoted-pairs; quoted strings are left intact. */
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (depth === 0 && c === '"') quoted = !quoted;
    if (!quoted) {
      if (c === '(') {
        depth++;
        continue;
      }
      if (c === ')' && depth > 0) {
        depth--;
        if (depth === 0) out += ' ';
        continue;
      }
    }
    if (depth === 0) out += c;
  }
  return out;
}

function splitOutsideQuotes(value: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && quoted) {
      cur += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

// the look-behind stops the engine from retrying inside a long run of key characters (quadratic)
const PAIR = /(?<![a-z0-9_.-])([a-z0-9_.-]+)(?:\s*\/\s*[0-9]+)?\s*=\s*("(?:[^"\\]|\\.)*"|[^\s"]+)/gi;

/**
 * Parse one Authentication-Results value (RFC 8601 §2.2): `authserv-id [version]; method=result
 * ptype.prop=value …; …`. Comments are dropped; `none` yields no results. Lenient with the
 * space-separated `spf=pass dkim=pass` that some software writes. Never throws.
 */
export function parseAuthResults(value: string): ParsedAuthResults {
  const segments = splitOutsideQuotes(stripComments(value.slice(0, MAX_AUTH_RESULTS_CHARS)), ';').map((x) =>
    x.slice(0, MAX_RESULT_CHARS),
  );
  let authservId: string | null = null;
  const first = (segments[0] ?? '').trim();
  if (first && !first.includes('=')) {
    authservId = first.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
    segments.shift();
  }
  const results: AuthResultEntry[] = [];
  for (const seg of segments) {
    if (results.length >= MAX_RESULTS_PER_HEADER) break;
    let cur: AuthResultEntry | null = null;
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(seg); m; m = PAIR.exec(seg)) {
      const key = m[1]!.toLowerCase();
      const val = m[2]!.replace(/^"|"$/g, '');
      // a key without a dot (other than `reason`/`action`/`policy`) starts the next result
      if (!key.includes('.') && !/^(reason|action|policy|version)$/.test(key)) {
        if (results.length >= MAX_RESULTS_PER_HEADER) break;
        cur = { method: key, result: val.toLowerCase(), props: {}, text: '' };
        results.push(cur);
        cur.text = m[0];
      } else if (cur) {
        if (Object.keys(cur.props).length < 20) cur.props[key] = val.slice(0, 300);
        cur.text += ` ${m[0]}`;
      }
    }
  }
  return { authservId, results };
}

/** The authserv-id alone (cheap: reads up to the first `;`), or null. */
export function authservIdOf(value: string): string | null {
  const head = stripComments(value.slice(0, 1024));
  const semi = head.indexOf(';');
  const first = (semi >= 0 ? head.slice(0, semi) : head).trim();
  if (!first || first.includes('=')) return null;
  return first.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '');
}

/** Per-method result of one header: DKIM passes if any signature passes (one stale one is normal). */
function resultOf(entries: AuthResultEntry[], method: AuthMethod): AuthResultEntry | undefined {
  const mine = entries.filter((e) => e.method === method);
  if (method === 'dkim')
    return mine.find((e) => e.result === 'pass') ?? mine.find((e) => e.result !== 'none') ?? mine[0];
  return mine[0];
}

/** How bad a result is: the worst one stated by any trusted header wins (forged passes lose). */
const BADNESS: Readonly<Record<string, number>> = {
  pass: 0,
  none: 1,
  neutral: 2,
  policy: 3,
  temperror: 3,
  permerror: 4,
  softfail: 5,
  fail: 6,
};
const badness = (result: string): number => BADNESS[result] ?? 2;

/**
 * The SPF/DKIM/DMARC/ARC results stated by trusted authserv-ids, for rules and model features.
 * Headers from any other authserv-id are ignored. Pure: reads only `facts.headers`.
 */
export function readAuthResults(
  facts: Pick<EmailFacts, 'headers'>,
  trustedIds: readonly string[],
): AuthResults {
  const out: AuthResults = { spf: null, dkim: null, dmarc: null, arc: null, authservId: null, entries: {} };
  if (!trustedIds.length) return out;
  const trusted = new Set(trustedIds.map((t) => t.trim().toLowerCase().replace(/\.$/, '')));
  let parsedCount = 0;
  // headers are in message order: the topmost was added last, by the MX closest to the reader
  for (const h of facts.headers) {
    if (h.name !== 'authentication-results') continue;
    // only trusted headers are parsed: untrusted ones cannot make us do work
    const id = authservIdOf(h.value);
    if (!id || !trusted.has(id)) continue;
    if (++parsedCount > MAX_AUTH_RESULTS_HEADERS) break;
    const parsed = parseAuthResults(h.value);
    if (!parsed.authservId || !trusted.has(parsed.authservId)) continue;
    out.authservId ??= parsed.authservId;
    for (const method of METHODS) {
      const e = resultOf(parsed.results, method);
      if (!e) continue;
      // the topmost header's result stands unless a lower one with the trusted id says worse
      if (out[method] !== null && badness(e.result) <= badness(out[method]!)) continue;
      out[method] = e.result;
      out.entries[method] = { ...e, text: `${parsed.authservId}; ${e.text}` };
    }
  }
  return out;
}

/** The From domain is a To or Cc recipient's registrable domain, and not a free mail service's. */
function sharesRecipientDomain(facts: Pick<EmailFacts, 'from' | 'to' | 'cc'>): boolean {
  const from = facts.from?.domain ? registrableDomain(facts.from.domain) : null;
  if (!from || isFreemailDomain(from)) return false;
  return [...facts.to, ...facts.cc]
    .slice(0, 50)
    .some((m) => m.domain && registrableDomain(m.domain) === from);
}

/**
 * A DMARC failure for the reader's own domain stated by the reader's own mail server, with no
 * `trusted_authserv_ids` needed: From, a recipient and the authserv-id all on one registrable
 * domain (`mail.travis.com` reporting `dmarc=fail header.from=travis.com` on mail "from" a colleague
 * at travis.com). Only a failure is read this way. A forged header can claim anything, but a forged
 * failure only accuses its own writer, while a forged pass would excuse one, so passes still need a
 * configured id. Returns the evidence text, or null.
 */
export function ownDomainDmarcFail(facts: Pick<EmailFacts, 'headers' | 'from' | 'to' | 'cc'>): string | null {
  const from = facts.from?.domain ? registrableDomain(facts.from.domain) : null;
  if (!from) return null;
  if (![...facts.to, ...facts.cc].slice(0, 50).some((m) => m.domain && registrableDomain(m.domain) === from))
    return null;
  let seen = 0;
  for (const h of facts.headers) {
    if (h.name !== 'authentication-results') continue;
    if (++seen > MAX_AUTH_RESULTS_HEADERS) break;
    const id = authservIdOf(h.value);
    if (!id || registrableDomain(id) !== from) continue;
    const parsed = parseAuthResults(h.value);
    const e = resultOf(parsed.results, 'dmarc');
    if (e?.result === 'fail') return `${parsed.authservId}; ${e.text}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Live verification

interface LiveResult {
  result: string;
  text: string;
}

type LiveResults = Partial<Record<AuthMethod, LiveResult>>;

interface MailauthStatus {
  result?: string;
  comment?: string;
}

function isDomainOf(domain: string, orgDomains: readonly string[]): boolean {
  const d = domain.toLowerCase();
  return orgDomains.some((o) => d === o || d.endsWith(`.${o}`));
}

/** Run mailauth over the raw message. DNS trouble becomes `skipped` entries; nothing throws. */
async function verifyLive(facts: EmailFacts, ctx: EmailContext): Promise<LiveResults> {
  const opts = ctx.verifyAuth!;
  const what = 'live authentication';
  if (!ctx.raw) {
    ctx.budget.skip(what, 'the raw message was not available to the auth checks');
    return {};
  }
  const timeoutMs = Math.max(1, ctx.budget.limits.time_ms);
  let timer: NodeJS.Timeout | undefined;
  try {
    // loaded on first use: mailauth pulls in a DNS and HTTP stack that offline scans never need
    const { authenticate } = await import('mailauth');
    const run = authenticate(Buffer.from(ctx.raw.buffer, ctx.raw.byteOffset, ctx.raw.byteLength), {
      ip: opts.ip,
      ...(opts.helo ? { helo: opts.helo } : {}),
      // without MAIL FROM, the Return-Path the MTA recorded is the envelope sender
      ...(opts.mailFrom || facts.returnPath ? { sender: opts.mailFrom || facts.returnPath } : {}),
      mta: opts.mta ?? 'vigil',
      ...(opts.resolver ? { resolver: opts.resolver as never } : {}),
      disableBimi: true,
      trustReceived: false,
    });
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref?.();
    });
    const r = await Promise.race([run, timeout]);
    if (r === 'timeout') {
      run.catch(() => undefined);
      ctx.budget.skip(what, `no answer within ${timeoutMs} ms (limit time_ms)`);
      return {};
    }
    const out: LiveResults = {};
    const note = (method: AuthMethod, status: MailauthStatus | undefined, text: string | undefined) => {
      const result = (status?.result ?? '').toLowerCase();
      if (!result) return;
      if (result === 'temperror' || result === 'temperr') {
        ctx.budget.skip(
          `live ${method.toUpperCase()} check`,
          `DNS temporary error${status?.comment ? `: ${status.comment}` : ''}`.slice(0, 300),
        );
      }
      out[method] = { result, text: (text ?? `${method}=${result}`).replace(/\s+/g, ' ') };
    };
    if (r.spf) note('spf', r.spf.status as MailauthStatus | undefined, r.spf.info);
    const dkims = (r.dkim?.results ?? []) as { status?: MailauthStatus; info?: string }[];
    const dkim =
      dkims.find((d) => d.status?.result === 'pass') ??
      dkims.find((d) => d.status?.result !== 'none') ??
      dkims[0];
    if (dkim) note('dkim', dkim.status, dkim.info);
    if (r.dmarc) note('dmarc', r.dmarc.status as MailauthStatus | undefined, r.dmarc.info);
    if (r.arc && (r.arc.status as MailauthStatus | undefined)?.result !== 'none') {
      note('arc', r.arc.status as MailauthStatus | undefined, r.arc.info);
    }
    return out;
  } catch (err) {
    ctx.budget.skip(what, `verification failed: ${(err as Error).message}`.slice(0, 300));
    return {};
  } finally {
    if (timer) clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Signals

interface Sourced {
  result: string;
  evidence: Evidence;
}

const HEADER_WHERE = 'header:Authentication-Results';
const LIVE_WHERE = 'auth:live';

/** Authentication signals from trusted headers and, when enabled, live verification. */
export async function authSignals(facts: EmailFacts, ctx: EmailContext): Promise<Signal[]> {
  const trusted = readAuthResults(facts, ctx.config.trustedAuthservIds);
  const live = ctx.verifyAuth ? await verifyLive(facts, ctx) : {};
  const per = (method: AuthMethod): Sourced[] => {
    const list: Sourced[] = [];
    const h = trusted[method];
    const e = trusted.entries[method];
    if (h && e) list.push({ result: h, evidence: { where: HEADER_WHERE, text: e.text } });
    const l = live[method];
    if (l) list.push({ result: l.result, evidence: { where: LIVE_WHERE, text: l.text } });
    return list;
  };
  const failing = (method: AuthMethod, results: readonly string[]) =>
    per(method).filter((s) => results.includes(s.result));
  const passes = (method: AuthMethod) => per(method).some((s) => s.result === 'pass');
  const sources = (list: Sourced[]) =>
    [
      ...new Set(
        list.map((s) => (s.evidence.where === LIVE_WHERE ? 'live check' : s.evidence.text.split(';')[0]!)),
      ),
    ].join(' and ');
  const fromDomain = facts.from?.domain ?? '';
  const out: Signal[] = [];
  // mailing lists rewrite subjects and add footers, which breaks the poster's DKIM (and so DMARC)
  const viaList = ['list-id', 'list-post', 'x-mailman-version', 'mailing-list'].some(
    (n) => headerValue(facts, n) !== undefined,
  );

  const dmarc = failing('dmarc', ['fail']);
  // the recipient's own MX failing DMARC for mail From the recipient's own domain: no configured
  // trust needed (see ownDomainDmarcFail)
  let ownMx = false;
  if (!dmarc.length && !passes('dmarc')) {
    const own = ownDomainDmarcFail(facts);
    ownMx = own !== null;
    if (own) dmarc.push({ result: 'fail', evidence: { where: HEADER_WHERE, text: own } });
  }
  if (dmarc.length) {
    // a trusted ARC pass means a forwarder the MX vouches for broke alignment: weaker
    const arcPass = passes('arc');
    const why = arcPass
      ? ', though a valid ARC chain shows it was forwarded'
      : viaList
        ? ', on a message that came through a mailing list'
        : '';
    out.push(
      DMARC_FAIL.fire(
        `DMARC failed for ${fromDomain || 'the From domain'} (${sources(dmarc)})${why}`,
        dmarc.map((s) => s.evidence),
        arcPass || viaList ? 'medium' : undefined,
      ),
    );
  }
  const spf = failing('spf', ['fail', 'softfail']);
  if (spf.length) {
    const hard = spf.some((s) => s.result === 'fail');
    const domain =
      trusted.entries.spf?.props['smtp.mailfrom'] ?? ctx.verifyAuth?.mailFrom ?? facts.returnPath;
    out.push(
      SPF_FAIL.fire(
        `SPF ${hard ? 'failed' : 'soft-failed'}${domain ? ` for ${domain}` : ''} (${sources(spf)})`,
        spf.map((s) => s.evidence),
        hard ? undefined : 'low',
      ),
    );
  }
  if (!passes('dkim')) {
    const dkim = failing('dkim', ['fail']);
    if (dkim.length) {
      const d = trusted.entries.dkim?.props['header.d'] ?? trusted.entries.dkim?.props['header.i'];
      out.push(
        DKIM_FAIL.fire(
          `DKIM signature${d ? ` of ${d}` : ''} did not verify (${sources(dkim)})${viaList ? ', on a message that came through a mailing list' : ''}`,
          dkim.map((s) => s.evidence),
          viaList ? 'low' : undefined,
        ),
      );
    }
  }
  const arc = failing('arc', ['fail']);
  if (arc.length)
    out.push(
      ARC_FAIL.fire(
        `ARC chain is broken (${sources(arc)})`,
        arc.map((s) => s.evidence),
      ),
    );

  // the organization's own domain, failing authentication: an outsider writing as a colleague.
  // Without a configured organization, the recipients' own domain is the organization when DMARC
  // failed for it (the From domain is a To or Cc domain, not free mail): not on mail a list or a
  // vouched-for forwarder relayed, which breaks alignment for its own reasons
  const org = ctx.config.organization.domains;
  const configured = fromDomain !== '' && org.length > 0 && isDomainOf(fromDomain, org);
  const inferred =
    !configured && dmarc.length > 0 && !viaList && !passes('arc') && (ownMx || sharesRecipientDomain(facts));
  if (configured || inferred) {
    const spfFail = failing('spf', ['fail', 'softfail']);
    const spoofed =
      dmarc.length > 0 || (configured && spfFail.length > 0 && !passes('dkim') && !passes('dmarc'));
    if (spoofed) {
      const ev = [
        ...(dmarc.length ? dmarc : spfFail).map((s) => s.evidence),
        { where: 'header:From', text: facts.from!.raw || facts.from!.address },
      ];
      const rd = registrableDomain(fromDomain) ?? fromDomain;
      out.push(
        ORG_DOMAIN_SPOOF.fire(
          `From ${facts.from!.address} is on ${configured ? "the organization's domain" : "the recipients' own domain"} ${rd}, but ${dmarc.length ? 'DMARC' : 'SPF'} failed`,
          ev,
        ),
      );
    }
  }
  return out;
}
