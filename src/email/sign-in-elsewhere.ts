/**
 * A credential pretext whose link lives on a free site builder or user-content host (`*.web.app`,
 * `*.pages.dev`, `*.weebly.com`, `*.blogspot.com` …): "X shared a document with you, sign in to view
 * it", "verify your mailbox" with the page on a platform anyone can publish on in a minute. A real
 * sign-in page or shared document is on the service's own domain; a phishing kit is where hosting is
 * free and anonymous. The platform alone is context (`url.host.free_hosting`, low: blogs and project
 * pages live there), and so is the pretext alone (a real share notification); together they are a
 * deception for the evidence gate. Dev set: 0 of 4,472 legitimate messages carry both.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreeHosting, unwrapUrl } from '../url/index.js';
import { CREDENTIAL_LURE } from './content.js';
import type { EmailFacts } from './facts.js';
import { hostOf } from './links.js';

export const SIGN_IN_ON_FREE_HOST = defineSignal({
  id: 'email.link.sign_in_on_free_host',
  category: 'credential_harvest',
  severity: 'medium',
  summary:
    'A credential pretext (shared document, sign-in, verification) whose link is on a free site builder or user-content host, where no real sign-in page lives',
  // a deception beside the pretext's ask: where the page is hosted, which an analyst can check
  roles: { medium: 'deception' },
});

export const SIGN_IN_ELSEWHERE_SIGNALS: SignalDef[] = [SIGN_IN_ON_FREE_HOST];

/** Link sources a reader follows (not pictures a client fetches). */
const FOLLOWED = new Set(['html:href', 'html:form', 'text']);

/** Runs after the content rules: `prior` holds every signal fired so far for this message. */
export function signInElsewhereSignals(facts: EmailFacts, prior: readonly Signal[]): Signal[] {
  const lure = prior.find((s) => s.id === CREDENTIAL_LURE.id);
  if (!lure) return [];
  for (const link of facts.links.slice(0, 500)) {
    if (!FOLLOWED.has(link.source) || !/^(https?:)?\/\//i.test(link.url)) continue;
    const dest = unwrapUrl(link.url.startsWith('//') ? `http:${link.url}` : link.url).url ?? link.url;
    const host = hostOf(dest);
    if (!host || !isFreeHosting(host)) continue;
    return [
      SIGN_IN_ON_FREE_HOST.fire(
        `${lure.message.replace(/\.$/, '')}, and the link goes to ${host}, a free hosting platform`,
        [{ where: link.where, text: link.url }, ...lure.evidence.slice(0, 1)],
      ),
    ];
  }
  return [];
}
