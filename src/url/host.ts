/**
 * Host-level URL signals (`url.host.*`): how the host is written (IP literal, userinfo trick,
 * punycode, mixed scripts) and what kind of service it is (shortener, free hosting, abused TLD).
 */
import { defineSignal } from '../core/index.js';
import type { Evidence, Signal } from '../core/index.js';
import { isMixedScript } from './confusables.js';
import {
  FREEMAIL_SET,
  FREE_HOSTING_SET,
  SHORTENER_SET,
  BRAND_SHORTENER_MAP,
  SUSPICIOUS_TLD_SET,
  hostMatchesSet,
} from './lists.js';
import type { HostInfo, ParsedUrl } from './parse.js';
import { registrableDomain } from './parse.js';

export const HOST_IP_LITERAL = defineSignal({
  id: 'url.host.ip_literal',
  category: 'malicious_url',
  severity: 'medium',
  summary: 'URL host is an IP address (dotted, decimal, hex, octal, mixed or IPv6) instead of a name',
});
export const HOST_IP_IN_NAME = defineSignal({
  id: 'url.host.ip_in_name',
  category: 'malicious_url',
  severity: 'medium',
  summary:
    "Host name spells out an IP address (ec2-3-138-125-44…, 12.62.205.92.host…, a wildcard-DNS name): a bare machine (a cloud VM, a home connection, a kit's throwaway server), not a site (low: a private-network address)",
});
export const HOST_USERINFO = defineSignal({
  id: 'url.host.userinfo',
  category: 'phishing',
  severity: 'medium',
  summary: 'URL carries a user name before @ that can pose as the host (https://paypal.com@evil.example)',
});
export const HOST_PUNYCODE = defineSignal({
  id: 'url.host.punycode',
  category: 'lookalike_domain',
  severity: 'low',
  summary: 'Host is an internationalised (punycode xn--) name',
});
export const HOST_MIXED_SCRIPT = defineSignal({
  id: 'url.host.mixed_script',
  category: 'lookalike_domain',
  severity: 'high',
  summary: 'A host label mixes Latin with Cyrillic, Greek or Armenian letters (homograph trick)',
});
export const HOST_SHORTENER = defineSignal({
  id: 'url.host.shortener',
  category: 'malicious_url',
  severity: 'low',
  summary: 'URL shortener hides the real destination',
  // a link whose destination is hidden is deception for the evidence gate (an ask must come with it);
  // a brand's own shortener (aka.ms) is judged as the brand's page and never fires this
  roles: { low: 'deception' },
});
export const HOST_FREE_HOSTING = defineSignal({
  id: 'url.host.free_hosting',
  category: 'malicious_url',
  severity: 'low',
  summary: 'Page on a free hosting or site-builder platform (most are legitimate; phishing kits like them)',
});
export const HOST_SUSPICIOUS_TLD = defineSignal({
  id: 'url.host.suspicious_tld',
  category: 'malicious_url',
  severity: 'low',
  summary: 'Host under a top-level domain with a high share of abusive registrations',
});
export const HOST_NONSTANDARD_PORT = defineSignal({
  id: 'url.host.nonstandard_port',
  category: 'malicious_url',
  severity: 'low',
  summary: 'URL names an unusual port (not 80/443/8080/8443)',
});
export const HOST_DEEP_SUBDOMAIN = defineSignal({
  id: 'url.host.deep_subdomain',
  category: 'phishing',
  severity: 'low',
  summary: 'Host has four or more subdomain labels (pushes the real domain out of view)',
});

export const HOST_SIGNALS = [
  HOST_IP_LITERAL,
  HOST_IP_IN_NAME,
  HOST_USERINFO,
  HOST_PUNYCODE,
  HOST_MIXED_SCRIPT,
  HOST_SHORTENER,
  HOST_FREE_HOSTING,
  HOST_SUSPICIOUS_TLD,
  HOST_NONSTANDARD_PORT,
  HOST_DEEP_SUBDOMAIN,
];

export function isShortener(host: string): boolean {
  if (typeof host !== 'string') return false;
  return hostMatchesSet(host.trim().toLowerCase().replace(/\.$/, ''), SHORTENER_SET) !== null;
}

export function isFreeHosting(host: string): boolean {
  if (typeof host !== 'string') return false;
  return hostMatchesSet(host.trim().toLowerCase().replace(/\.$/, ''), FREE_HOSTING_SET) !== null;
}

/** Whether addresses at `domain` can be had by anyone (gmail.com, yahoo.*, gmx.*, qq.com …). */
export function isFreemailDomain(domain: string): boolean {
  if (typeof domain !== 'string' || !domain) return false;
  const d = domain.trim().toLowerCase().replace(/^.*@/, '').replace(/\.$/, '');
  if (FREEMAIL_SET.has(d)) return true;
  const rd = registrableDomain(d);
  // a provider's own subdomain (alerts.comcast.net, accounts.google.com) is its system, not a
  // mailbox anyone can register; the mailbox subdomains that do exist (vip.qq.com) are listed
  if (!rd || rd !== d) return false;
  if (FREEMAIL_SET.has(rd)) return true;
  // national variants of the big providers: yahoo.com.tw, gmx.es, hotmail.co.jp, outlook.ie …
  return /^(yahoo|gmx|hotmail|outlook|ymail|yandex)\.[a-z.]+$/.test(rd);
}

/**
 * A private, loopback or link-local address (RFC 1918, RFC 4193, 127/8, 169.254/16, ::1, fe80::/10):
 * a router's admin page or an intranet host in a technical mail, never a page an outside attacker
 * can serve to the reader. Documentation ranges (192.0.2.0/24 …) are public here on purpose.
 */
export function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = h.match(/^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/);
  if (v4) {
    const a = Number(v4[1]);
    const b = Number(v4[2]);
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  return h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
}

/** Host facts that do not depend on the rest of the URL (cached per host by the analyzer). */
export interface HostFinding {
  def: (typeof HOST_SIGNALS)[number];
  message: string;
  severity?: Signal['severity'];
}

export function hostFindings(info: HostInfo, rawHost: string): HostFinding[] {
  const out: HostFinding[] = [];
  if (info.ip) {
    const n = info.ip.notation;
    const hidden = n !== 'dotted' && n !== 'ipv6';
    const local = !hidden && isPrivateAddress(info.host);
    out.push({
      def: HOST_IP_LITERAL,
      message: hidden
        ? `Host ${rawHost} is the IP address ${info.host} written in ${n} notation to hide it`
        : local
          ? `Host is the private-network address ${info.host} (an intranet or device page, not reachable from the internet)`
          : `Host is the IP address ${info.host}`,
      ...(hidden ? { severity: 'high' as const } : local ? { severity: 'low' as const } : {}),
    });
    return out;
  }
  // a hosting suffix's tenant label is the machine's own name too (ec2-3-138-125-44 under
  // us-east-2.compute.amazonaws.com, x.40-127-9-38 under cprapid.com)
  const spelt = ipInName(
    info.privateSuffix && info.label ? `${info.subdomain}.${info.label}` : info.subdomain,
  );
  if (spelt) {
    const local = isPrivateAddress(spelt);
    out.push({
      def: HOST_IP_IN_NAME,
      message: local
        ? `Host ${info.host} is named after the private-network address ${spelt}`
        : `Host ${info.host} is a machine named after its IP address ${spelt}, not a site`,
      ...(local ? { severity: 'low' as const } : {}),
    });
  }
  if (info.host.includes('xn--')) {
    out.push({
      def: HOST_PUNYCODE,
      message: `Host ${info.host} is the internationalised name ${info.hostUnicode}`,
    });
    const mixed = info.hostUnicode.split('.').find((l) => isMixedScript(l));
    if (mixed)
      out.push({
        def: HOST_MIXED_SCRIPT,
        message: `Host label "${mixed}" (${info.host}) mixes Latin with other scripts`,
      });
  }
  const short = hostMatchesSet(info.host, SHORTENER_SET);
  // a brand's own shortener (aka.ms, amzn.to) only leads to that brand's pages: nothing is hidden
  if (short && !BRAND_SHORTENER_MAP.has(short))
    out.push({ def: HOST_SHORTENER, message: `${short} is a URL shortener; the destination is hidden` });
  const free = hostMatchesSet(info.host, FREE_HOSTING_SET);
  if (free && !short)
    out.push({ def: HOST_FREE_HOSTING, message: `${info.host} is hosted on the free platform ${free}` });
  const tld = info.publicSuffix && !info.privateSuffix ? info.publicSuffix.split('.').pop()! : null;
  if (tld && SUSPICIOUS_TLD_SET.has(tld)) {
    out.push({
      def: HOST_SUSPICIOUS_TLD,
      message: `${info.host} is under .${tld}, a top-level domain with many abusive registrations`,
    });
  }
  if (info.subdomainDepth >= 4) {
    out.push({
      def: HOST_DEEP_SUBDOMAIN,
      message: `${info.host} has ${info.subdomainDepth} subdomain labels before ${info.registrableDomain}`,
    });
  }
  return out;
}

const SPELT_IP = /(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})(?=[.-]|$)/;

/**
 * The IPv4 address a host's subdomain labels spell (`ec2-3-138-125-44.us-east-2`,
 * `12.62.205.92.host`, `abc.40-127-9-38`), or null. Only left of a registered name: a registered
 * name made of digits (`09-f9-11-02-….com`) is somebody's chosen name, not a machine's.
 */
export function ipInName(subdomain: string): string | null {
  if (subdomain.length < 7) return null;
  const m = SPELT_IP.exec(subdomain);
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  return octets.every((o) => o <= 255) ? octets.join('.') : null;
}

const USUAL_PORTS = new Set(['', '80', '443', '8080', '8443']);

/** Signals that depend on the whole URL, not only the host. */
export function urlHostSignals(p: ParsedUrl, evidence: Evidence[]): Signal[] {
  const out: Signal[] = [];
  if (p.hasUserinfo) {
    const user = p.username;
    // a user name that looks like a host is the classic trick; a plain user name (ftp://user@) is weaker
    const posing = /[a-z0-9-]+\.[a-z]{2,}/i.test(user);
    out.push(
      HOST_USERINFO.fire(
        posing
          ? `URL shows "${user}" before @ but really goes to ${p.host}`
          : `URL carries the user name "${user}" before @ (${p.host})`,
        evidence,
        posing ? 'high' : 'medium',
      ),
    );
  }
  if (!USUAL_PORTS.has(p.port))
    out.push(HOST_NONSTANDARD_PORT.fire(`URL uses port ${p.port} on ${p.host}`, evidence));
  return out;
}
