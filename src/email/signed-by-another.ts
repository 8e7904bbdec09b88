/**
 * A message from a person's own mailbox that the writer signs, or opens, as someone else:
 * `Robert Hart <roberthart@gmail.com>` ending "Regards, Christopher Bradley", or
 * `Richard Kennedy <richard27@tidewater.com>` starting "Matthew Faulkner here". A BEC sender writes
 * from a borrowed, bought or compromised account and signs as the person the reader should obey; the
 * mailbox's owner and the signature cannot both be the writer. Silent when the text says it is sent
 * for someone ("on behalf of", "assistant to"), in bulk or list mail, for a From that names a team
 * or a company, and when the two names share a word. Deception for the evidence gate.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { stripListFooter, stripQuoted } from './features.js';
import { tokenizeName } from './names.js';
import { isFreemailDomain } from '../url/index.js';
import { fromEvidence, isBulkMail, isListMail } from './sender.js';

export const SIGNED_BY_ANOTHER = defineSignal({
  id: 'email.sender.signed_by_another',
  category: 'impersonation',
  severity: 'medium',
  summary:
    'Sent from one person\'s own mailbox (Robert Hart <roberthart@…>) but signed or introduced as another person ("Regards, Christopher Bradley", "Matthew Faulkner here")',
});

export const SIGNED_BY_ANOTHER_SIGNALS: SignalDef[] = [SIGNED_BY_ANOTHER];

/** How much of the message's own text is read: signatures and introductions sit at its ends. */
const MAX_OWN_TEXT = 6000;

const NAME = String.raw`(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\.)? \p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?)`;
/** "Matthew Faulkner here.", "This is Judith Warner", "My name is …" at the start of a sentence. */
const INTRODUCTION = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)\s*(?:${NAME} here\b|(?:This is|My name is) ${NAME}(?![\p{L}'\u2019-]))`,
  'gu',
);
/** "Regards,\nChristopher Bradley", "Best, Jeffrey Fuller": a closing, then the name ending a line. */
const SIGN_OFF = new RegExp(
  String.raw`(?:Thanks|Thank you|Regards|Best regards|Kind regards|Warm regards|Best wishes|Best|Sincerely|Cheers|Respectfully|Yours)[,!.]?[ \t]*\r?\n?[ \t]*${NAME}[ \t]*(?:[,(][^\n]{0,60})?(?:\r?\n|$)`,
  'gu',
);
/** The writer says whose mail this is: an assistant, a secretary, an office writing for someone. */
const FOR_SOMEONE =
  /\b(?:on behalf of|behalf|assistant|secretary|office of|writing for|sent for|EA to|PA to|forwarding|forwarded|(?:my|our) (?:husband|wife|partner|colleague|boss|manager))\b/i;
/** `From: Bob Jones` then `Sent:`/`Date:` within three lines: a quoted message's header block. */
const QUOTED_HEADER_BLOCK =
  /^[ \t]*\*?(?:From|De|Von|Van|Da)\*?:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*\*?(?:Sent|Date|Envoyé|Gesendet|Enviado|Verzonden|Inviato|Datum)\*?:/im;
/** Capitalised words that start a sign-off or name a function, not a person. */
const NOT_A_NAME = new Set([
  'best',
  'kind',
  'warm',
  'many',
  'regards',
  'thanks',
  'thank',
  'sincerely',
  'yours',
  'team',
  'support',
  'customer',
  'service',
  'services',
  'department',
  'office',
  'group',
  'the',
  'dear',
  'hello',
  'hi',
  'good',
  'have',
  'see',
  'talk',
  'let',
  'please',
  'accounts',
  'billing',
  'finance',
  'security',
  'admin',
  'human',
  'resources',
  'inc',
  'llc',
  'ltd',
  'bank',
]);
/** Display-name words of a function mailbox ("Accounts Payable", "IT Helpdesk"): not one person's. */
const FUNCTION_WORDS = new Set([
  ...NOT_A_NAME,
  'payable',
  'receivable',
  'hr',
  'it',
  'helpdesk',
  'desk',
  'notifications',
  'alerts',
  'info',
  'news',
  'no',
  'reply',
  'noreply',
  'via',
  'and',
  'company',
  'corp',
  'portal',
  'link',
  // job titles used as a name ("Theatre Manager <manager.theatre@…>") name a post, not its holder
  'manager',
  'designer',
  'adviser',
  'advisor',
  'officer',
  'director',
  'engineer',
  'consultant',
  'assistant',
  'coordinator',
  'specialist',
  'analyst',
  'administrator',
  'executive',
  'agent',
  'representative',
  'clerk',
  'accountant',
  'controller',
  'treasurer',
  'secretary',
  'president',
  'chairman',
  'recruiter',
  'planner',
  'supervisor',
  'technician',
  'editor',
  'producer',
  'teacher',
  'doctor',
  'nurse',
  'lawyer',
  'attorney',
  'counsel',
  'partner',
  'owner',
  'founder',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'financial',
  'delivery',
  'shipping',
  'courier',
  'payroll',
  'sales',
  'marketing',
  'operations',
  'legal',
  'compliance',
  'procurement',
  'purchasing',
  'facilities',
  'reception',
  'front',
]);

/**
 * A company desk's mailbox its staff sign ("Bookings - Leeuwin Freight <bookings@leeuwinfreight…>"),
 * on the company's own domain. On free mail such a desk signed by a person stays suspect: a cargo
 * thief's "Veldhoven Electronics Logistics <veldhoven.logistics.desk@gmail.com>" signing "Daan
 * Verhoeven" has no desk behind it.
 */
const DESK_WORDS = new Set([
  'bookings',
  'booking',
  'reservations',
  'orders',
  'dispatch',
  'freight',
  'logistics',
  'export',
  'exports',
  'import',
  'imports',
  'enquiries',
  'inquiries',
  'invoices',
  'tenders',
  'admissions',
  // the accounts, renewals and order desks of European companies ("Administratie Kortekaas
  // <administratie@kortekaasbloemen.nl>" signed by its clerk, "Seequent Renewals <renewals@…>")
  'renewals',
  'subscriptions',
  'licensing',
  'accounting',
  'payments',
  'remittances',
  'collections',
  'receivables',
  'payables',
  'treasury',
  'contracts',
  'membership',
  'quotes',
  'claims',
  'administratie',
  'boekhouding',
  'crediteuren',
  'debiteuren',
  'facturatie',
  'inkoop',
  'verkoop',
  'klantenservice',
  'buchhaltung',
  'verwaltung',
  'rechnungswesen',
  'debitoren',
  'kreditoren',
  'einkauf',
  'vertrieb',
  'kundenservice',
  'versand',
  'comptabilite',
  'administration',
  'facturation',
  'achats',
  'commandes',
  'tresorerie',
  'contabilidad',
  'administracion',
  'facturacion',
  'compras',
  'ventas',
  'pedidos',
  'tesoreria',
  'cobranzas',
  'amministrazione',
  'contabilita',
  'fatturazione',
  'acquisti',
  'ordini',
  'contabilidade',
  'administracao',
  'faturamento',
  'faturacao',
  'financeiro',
  'ksiegowosc',
  'administracja',
  'zamowienia',
  'ekonomi',
  'bokforing',
  'regnskab',
  'regnskap',
  'okonomi',
  'fakturering',
  'kirjanpito',
  'laskutus',
  'uctarna',
  'fakturace',
  'fakturacia',
  'objednavky',
  'racunovodstvo',
  'financije',
  'nabava',
  'konyveles',
  'szamlazas',
  'contabilitate',
  'facturare',
  'bokhald',
  'raamatupidamine',
  // an HR desk named for its people ("Harbourline People & Culture <people@…>" signed by its adviser)
  'people',
  'culture',
]);

/** The head noun of a job title: scientist, librarian, conservator, banker, consultant, trainee. */
const OCCUPATION_SHAPE = /^[a-z]{3,}(?:ist|ian|or|er|ant|ent|ary|ive|ee|man)$/;

const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * The display name's words if it names one person whose mailbox this is (`roberthart@`, `r.hart@`);
 * a desk's name (DESK_WORDS) counts as a function only `onOwnDomain`.
 */
function mailboxOwner(name: string, address: string, onOwnDomain: boolean): string[] | null {
  const toks = tokenizeName(name)
    .tokens.map((t) => t.letters)
    .filter((w) => /^[a-z]+$/.test(w));
  if (toks.length < 2 || toks.length > 3) return null;
  if (toks.some((w) => FUNCTION_WORDS.has(w) || (onOwnDomain && DESK_WORDS.has(w)))) return null;
  // a post named by its holder's trade ("Clinical Scientist", "Retail Banker", "Chief Conservator")
  // is a role mailbox its staff sign; surnames of that shape (Turner, Taylor) are given up with them
  if (OCCUPATION_SHAPE.test(toks[toks.length - 1]!)) return null;
  const local = address
    .slice(0, address.lastIndexOf('@'))
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return toks.some((w) => w.length >= 3 && local.includes(w)) ? toks : null;
}

export function signedByAnotherSignals(facts: EmailFacts, _ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.name || !from.address.includes('@')) return [];
  const owner = mailboxOwner(from.name, from.address, !isFreemailDomain(from.domain ?? ''));
  if (!owner) return [];
  if (isListMail(facts) || isBulkMail(facts)) return [];
  const text = stripQuoted(stripListFooter(facts.visibleText.slice(0, MAX_OWN_TEXT)));
  // an Outlook reply without a separator line: the quoted message starts at its own header block
  const quotedHeader = QUOTED_HEADER_BLOCK.exec(text);
  const own = quotedHeader ? text.slice(0, quotedHeader.index) : text;
  if (FOR_SOMEONE.test(own)) return [];
  // the people addressed are named in greetings ("This is Dana Reyes's invoice"), never claims
  const addressed = new Set([...facts.to, ...facts.cc].flatMap((m) => words(m.name ?? '')));
  const ownerWords = new Set(owner);
  const local = from.address.slice(0, from.address.lastIndexOf('@')).toLowerCase();
  for (const rx of [INTRODUCTION, SIGN_OFF]) {
    rx.lastIndex = 0;
    for (let m = rx.exec(own); m; m = rx.exec(own)) {
      const claimed = (m[1] ?? m[2] ?? '').trim();
      const w = words(claimed);
      if (w.length < 2 || w.some((x) => NOT_A_NAME.has(x))) continue;
      // a shared word (a nickname's first letters, the surname) or the name in the address: the same person
      if (
        w.some(
          (x) =>
            ownerWords.has(x) ||
            local.includes(x) ||
            [...ownerWords].some((o) => o.slice(0, 3) === x.slice(0, 3)),
        )
      )
        continue;
      if (w.every((x) => addressed.has(x))) continue;
      return [
        SIGNED_BY_ANOTHER.fire(
          `From ${from.name.slice(0, 60)}'s own mailbox (${from.address}), but the writer signs as "${claimed}"`,
          [fromEvidence(from), { where: 'body', text: m[0].trim().slice(0, 200) }],
        ),
      ];
    }
  }
  return [];
}
