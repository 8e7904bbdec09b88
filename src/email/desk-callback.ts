/**
 * A company's billing, renewal or fraud desk named in From, on a domain that is not that company's
 * name, disputing a charge with a number to call: "Samsara Billing" <billing@fleetinvoicing-hub.co>,
 * "ESET Licensing Center" <no-reply@esetlicence-renewals.com>, "Frost - Prevención de Fraude"
 * <alertas@frostbank-alertas.com>. The callback scam's receipt or fraud alert in the name of any
 * company, not only the brands `email.sender.stranger_brand_billing` knows: a company bills and warns
 * from its own name's domain (`chase.com` for "Chase", `bendigobank.com.au` for "Bendigo Bank",
 * `td.com` for "TD Alerts"), while the scam's domain is the name plus a word or somebody else's.
 *
 * A deception for the evidence gate; it fires only beside the dispute hook with next to no links (the
 * high `email.content.callback`), so it is the message's ask that makes it count. Left alone: a
 * person's name (no desk word: a colleague or a client may well ask to be called), display names in
 * scripts other than Latin (a transliterated domain cannot be compared letter by letter), free mail
 * (`email.sender.freemail_brand_billing`), relay platforms (`email.sender.relayed_callback`),
 * government domains, any domain the configuration or the brand list gives an owner, mailing lists,
 * and mail between colleagues.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreemailDomain, ownersOf, registrableDomain } from '../url/index.js';
import { parse as parseHost } from '../tld.js';
import { CALLBACK } from './content.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { foldName } from './names.js';
import { RELAY_PLATFORMS } from './platforms.js';
import { betweenColleagues, fromEvidence, isGovernmentDomain, isListMail } from './sender.js';

export const DESK_CALLBACK_ELSEWHERE = defineSignal({
  id: 'email.sender.desk_callback_elsewhere',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'From names a company\'s billing, renewal or fraud desk ("Samsara Billing", "ESET Licensing Center") on a domain that is not that company\'s name, and the message disputes a charge with a number to call',
});

export const DESK_CALLBACK_SIGNALS: SignalDef[] = [DESK_CALLBACK_ELSEWHERE];

/**
 * Words that make a display name a company's desk rather than a person ("Billing", "Fraud
 * Prevention", "Kundenservice", "Prevención de Fraude"), accents dropped, in the languages the
 * callback scams are written in; also the legal forms ("AS", "GmbH") that only companies carry.
 */
export const DESK_WORDS: ReadonlySet<string> = new Set(
  (
    'billing bill bills invoices invoicing invoice accounts account receivables payments payment ' +
    'subscription subscriptions renewal renewals licensing licence license licences licenses ' +
    'orders order sales store customer customers care service services support helpdesk desk ' +
    'center centre team department dept office unit operations fraud prevention security protection ' +
    'alerts alert notifications notification notices notice business corporate commercial financial ' +
    'finance bank banking software communications systems solutions group inc llc ltd gmbh ag as asa ' +
    'ab sa sas srl spa plc bv nv oy kft sro corp corporation company ' +
    // French, Spanish, Portuguese, Italian
    'facturation factures abonnement abonnements renouvellement clientele clients fraude securite ' +
    'alertes entreprise entreprises banque comptabilite equipe facturacion suscripciones renovaciones ' +
    'atencion cliente prevencion fraudes seguridad alertas empresas banco equipo departamento cobros ' +
    'pagos faturamento faturacao assinaturas renovacao atendimento prevencao seguranca cobranca ' +
    'fatturazione abbonamenti rinnovi rinnovo assistenza clienti sicurezza antifrode prevenzione frodi ' +
    'esercenti contratti ufficio ' +
    // German, Dutch, Polish, Nordic, Czech, Romanian, Turkish, Malay and Indonesian, Swahili
    'abrechnung rechnung rechnungen abo kundenservice kundendienst sicherheit betrugspravention ' +
    'geschaftskunden buchhaltung lizenz lizenzen lizenzierung facturatie facturen abonnementen ' +
    'klantenservice beveiliging fraudepreventie zakelijk rozliczenia faktury obsluga klienta ' +
    'bezpieczenstwo licencje dzial fakturering faktura kundeservice kundservice sakerhet sikkerhet ' +
    'lisens lisenser fakturace bezpecnost oddeleni facturare securitate fatura guvenlik musteri ' +
    'hizmetleri pusat pengebilan tagihan layanan pelanggan keselamatan keamanan kitengo usalama'
  ).split(' '),
);

/** Words that join a name's parts ("Bank of Scotland", "Prevención de Fraude"): neither name nor desk. */
const JOINERS: ReadonlySet<string> = new Set(
  'of the and for de la le du des del di da do der die das und et y e cha van von'.split(' '),
);

/** The display name's words in lower-case Latin letters and digits, accents dropped; null if any is in another script. */
function latinWords(display: string): string[] | null {
  const words = foldName(display)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((w) => /^[a-z0-9]+$/.test(w)) ? words : null;
}

/**
 * Whether the From domain's own label is the display name's: its letters written in the name
 * ("bendigobank" in "Bendigo Bank", "td" in "TD Alerts", "lacounty" in "LA County …"), or the initials
 * of its words ("rbc" for "Royal Bank of Canada").
 */
function labelIsTheName(label: string, words: readonly string[]): boolean {
  if (!label) return false;
  if (words.join('').includes(label)) return true;
  const initials = words
    .filter((w) => !JOINERS.has(w))
    .map((w) => w[0])
    .join('');
  return label.length >= 2 && initials.startsWith(label);
}

export function deskCallbackSignals(
  facts: EmailFacts,
  prior: readonly Signal[],
  ctx: EmailContext,
): Signal[] {
  const callback = prior.find((s) => s.id === CALLBACK.id);
  const from = facts.from;
  if (callback?.severity !== 'high' || !from?.domain || !from.name) return [];
  const domain = from.domain.toLowerCase();
  const registrable = registrableDomain(domain);
  if (!registrable || isFreemailDomain(domain) || RELAY_PLATFORMS.has(registrable)) return [];
  if (isGovernmentDomain(domain) || ownersOf(domain, ctx.config).length) return [];
  if (isListMail(facts) || betweenColleagues(facts)) return [];
  const words = latinWords(from.name);
  if (!words) return [];
  const desk = words.find((w) => DESK_WORDS.has(w));
  const name = words.filter((w) => !DESK_WORDS.has(w) && !JOINERS.has(w));
  if (!desk || !name.length) return [];
  const label = (parseHost(domain).domainWithoutSuffix ?? '').replace(/[^a-z0-9]/g, '');
  if (labelIsTheName(label, words)) return [];
  return [
    DESK_CALLBACK_ELSEWHERE.fire(
      `From names a company desk, "${from.name.slice(0, 60)}" ("${desk}"), but ${registrable} is not that company's name, and the message disputes a charge with a number to call`,
      [fromEvidence(from), ...callback.evidence.slice(0, 1)],
    ),
  ];
}
