/**
 * An organisation's name on a personal free mail address: "Daniel Hart - DHL Global Forwarding"
 * <daniel.hart.dgf@outlook.com>, "Anders Kjeldsen | Kjeldsen & Co" <…@gmail.com>, "Planning Kela
 * Pharma" <…@gmail.com>. A company's staff, a bank's desk or a public office writes from the
 * organisation's own domain; a display name that claims one over a Gmail, Outlook.com or Proton
 * mailbox borrows the organisation's standing for a mailbox nobody can trace back to it.
 *
 * The claim is read in the display name's form, not its words: a person and an organisation joined
 * by " - ", " – " or " | ", or a name carrying a legal form (Ltd, GmbH, & Co) or an organisation's
 * noun (Bank, Pharma, Foundation, Procurement). A deception for the evidence gate: it flags only
 * beside an ask (a call back, a payment, a sign-in), so a club secretary's or a tradesman's note
 * from gmail.com stays clean. Left alone: mailing-list posts and bulk mail (an association's
 * newsletter sent from its gmail.com account), mail to free mail addresses only
 * (private correspondence), "Last, First" names, and senders who already claim a company role
 * (`email.sender.freemail_role_claim` says that).
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreemailDomain, registrableDomain } from '../url/index.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { normalizeForMatch } from './normalize.js';
import { FREEMAIL_ROLE_CLAIM, fromEvidence, isBulkMail, isListMail } from './sender.js';

export const FREEMAIL_ORG_NAME = defineSignal({
  id: 'email.sender.freemail_org_name',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'Display name claims an organisation ("Daniel Hart - DHL Global Forwarding", "Kjeldsen & Co", "Planning Kela Pharma") but the address is a personal free mail account',
});

export const FREEMAIL_ORG_SIGNALS: SignalDef[] = [FREEMAIL_ORG_NAME];

/** A person and an organisation joined in one display name: " - ", " – ", " — ", " | ". */
const JOINED = /\s[-–—|]\s|\s?\|\s?/;

/**
 * Words that name an organisation, not a person: legal forms and the nouns companies, banks, public
 * offices and their departments are called by, in the languages Vigil reads. Matched as whole words
 * of the accent-free, lower-case name.
 */
const ORG_WORDS = new RegExp(
  String.raw`(?:^|[^a-z0-9&])(?:` +
    [
      // legal forms
      String.raw`ltd|limited|llc|llp|inc|gmbh|plc|pty|sarl|srl|s\.?p\.?a|b\.?v|s\.?a\.?s|& ?co|sp\.? z o\.?o`,
      // companies and institutions
      'bank|banking|banque|banco|pharma|partners|solutions|logistics|holdings?|consulting|associates|group|grupo|gruppe|groupe|company|foundation|fund|fondation|stiftung|fundacion|fundacao|fondazione|university|universidad|universite|universitat|universita|ministry|ministerio|ministere|council|hotels|clinic|clinica|laboratorio|laboratoire|trading|manpower|kanzlei|notaire|notar|abogados|asociados',
      // the departments that write about money and access
      'procurement|purchasing|compras|achats|einkauf|acquisti|accounts|billing|payroll|treasury|tesoreria|tresorerie|buchhaltung|contabilidad|comptabilite|contabilita|facturacion|facturation|recruitment|reclutamiento|recrutement|maintenance|secretariat|secretaria',
    ].join('|') +
    String.raw`)(?=$|[^a-z0-9])`,
);

/** Characters of a display name read for organisation words. */
const MAX_NAME_CHARS = 300;

/** Why a display name claims an organisation, or null. */
function orgClaim(name: string): string | null {
  const n = name.trim();
  if (!n || n.includes('@')) return null;
  const sides = n.split(JOINED).map((s) => s.trim());
  // two sides with letters each: a person and their organisation, or an organisation and its desk
  if (sides.length >= 2 && sides.every((s) => /\p{L}.*\p{L}/u.test(s))) return 'a name joined to another';
  // read as the content rules read text: lower case, accents and look-alike letters folded
  const word = ORG_WORDS.exec(normalizeForMatch(n, MAX_NAME_CHARS));
  return word ? `the word "${word[0].replace(/^[^a-z0-9&]/, '')}"` : null;
}

export function freemailOrgSignals(
  facts: EmailFacts,
  prior: readonly Signal[],
  _ctx: EmailContext,
): Signal[] {
  const from = facts.from;
  if (!from?.domain || !from.name || !isFreemailDomain(from.domain)) return [];
  // a club's or a student association's newsletter from its gmail.com account (List-Unsubscribe, an
  // unsubscribe footer) is the association's own mail
  if (isListMail(facts) || isBulkMail(facts) || prior.some((s) => s.id === FREEMAIL_ROLE_CLAIM.id)) return [];
  // mail between free mail addresses is private correspondence (a club, a family, friends)
  const recipients = [...facts.to, ...facts.cc].slice(0, 50);
  if (!recipients.some((m) => m.domain && !isFreemailDomain(m.domain))) return [];
  const why = orgClaim(from.name);
  if (!why) return [];
  return [
    FREEMAIL_ORG_NAME.fire(
      `Display name "${from.name.slice(0, 80)}" claims an organisation (${why}), but ${from.address} is a personal ${registrableDomain(from.domain) ?? from.domain} address`,
      [fromEvidence(from)],
    ),
  ];
}
