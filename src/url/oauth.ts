/**
 * Consent phishing (`url.query.oauth_consent`): a link straight to Microsoft's or Google's OAuth
 * authorisation page, with a client the attacker registered, scopes over the reader's mail or files
 * and a `redirect_uri` on the attacker's host. The page is the real identity provider's, so no
 * look-alike or URL word gives it away; what it asks the reader to grant does. Approving it hands
 * the app a token to read and send mail without the password or MFA ever being phished.
 */
import { defineSignal, type Evidence, type Signal } from '../core/index.js';
import { registrableDomain, type ParsedUrl } from './parse.js';

export const OAUTH_CONSENT = defineSignal({
  id: 'url.query.oauth_consent',
  category: 'credential_harvest',
  severity: 'high',
  summary:
    "A link straight to Microsoft's or Google's OAuth consent page for an app that redirects to another site: high when it asks for the reader's mail or files (consent phishing), medium for other scopes",
  // the identity provider's own page: the grant it asks for is the deception, not a sign-in ask
  roles: { high: 'deception', medium: 'deception' },
});

/** Identity providers' authorisation endpoints: host and path. */
const AUTHORIZE: readonly { host: RegExp; path: RegExp; owners: readonly string[] }[] = [
  {
    host: /^(?:login\.microsoftonline\.com|login\.microsoftonline\.us|login\.windows\.net|login\.live\.com)$/,
    path: /\/oauth2\/(?:v2\.0\/)?authorize\b|\/oauth20_authorize\.srf/i,
    owners: ['microsoftonline.com', 'microsoft.com', 'live.com', 'office.com', 'windows.net', 'azure.com'],
  },
  {
    host: /^accounts\.google\.com$/,
    path: /\/o\/oauth2\/(?:v2\/)?auth\b|\/signin\/oauth/i,
    owners: ['google.com', 'googleapis.com'],
  },
];

/** Scopes over the reader's mail, files or whole account. */
const MAILBOX_SCOPE =
  /\b(?:mail\.\w+|mailboxsettings\.\w+|files\.\w+|sites\.\w+|full_access_as_user|exchange\.manage|ews\.accessasuser\.all|gmail\.\w+|auth\/gmail\b|mail\.google\.com|auth\/drive\b|auth\/drive\.\w+|contacts\.\w+)\b/i;

export function oauthConsentSignals(p: ParsedUrl, evidence: Evidence[]): Signal[] {
  if (!p.search || p.search.length < 20) return [];
  const idp = AUTHORIZE.find((a) => a.host.test(p.host));
  if (!idp || !idp.path.test(p.pathname)) return [];
  const params = new URLSearchParams(p.search.slice(0, 4096));
  const redirect = params.get('redirect_uri');
  if (!params.get('client_id') || !redirect) return [];
  let target: string;
  try {
    target = new URL(redirect).hostname.toLowerCase();
  } catch {
    return [];
  }
  const rd = registrableDomain(target) ?? target;
  // the provider's own apps redirect to its own hosts (Outlook, Teams, the Azure portal)
  if (idp.owners.includes(rd) || target === 'localhost') return [];
  const scope = params.get('scope') ?? '';
  const mailbox = MAILBOX_SCOPE.exec(scope)?.[0];
  return [
    OAUTH_CONSENT.fire(
      mailbox
        ? `Asks the reader to grant an app access to their mail or files ("${mailbox}") on ${p.host}, for a client that sends them on to ${target}`
        : `An OAuth consent link on ${p.host} for a client that sends the reader on to ${target}`,
      evidence,
      mailbox ? 'high' : 'medium',
    ),
  ];
}
