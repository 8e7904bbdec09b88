/**
 * The words and codes a domain registered to look official adds to a name: security and service-desk
 * words (`harborline-bank-secure.com`, `cegid-facturation.com`) and a country code in front of another
 * suffix (`thepsi-ie.org` for thepsi.ie). Pure word lists and their readers, shared by the sender
 * checks (src/email/dressed-domain.ts) and the link checks (src/email/links.ts), which must agree on
 * what is a company's own hyphenated name and what is dressing.
 */
import { parse as parseHost } from '../tld.js';

/**
 * Words a look-official domain adds to a name, none a company's name on its own: security words,
 * and the service desks a lure poses as (billing, support, notices, refunds), in the languages Vigil
 * reads (`erstebank-kundenservice.at`, `cegid-facturation.com`, `tatrabanka-alert.com`).
 */
const DRESSING_WORDS = new Set([
  'secure',
  'security',
  'verify',
  'verification',
  'verified',
  'alert',
  'alerts',
  'protect',
  'protection',
  'safety',
  'safe',
  'fraud',
  'login',
  'signin',
  'auth',
  'authentication',
  'validate',
  'validation',
  // the service desks of a lure
  'support',
  'helpdesk',
  'servicedesk',
  'billing',
  'invoice',
  'invoices',
  'invoicing',
  'payment',
  'payments',
  'remittance',
  'refund',
  'refunds',
  'payout',
  'payouts',
  'disbursement',
  'disbursements',
  'claims',
  'notice',
  'notices',
  'notification',
  'notifications',
  'compliance',
  'renewal',
  'renewals',
  'portal',
  // the same in the other languages
  'securite',
  'seguranca',
  'seguridad',
  'sicurezza',
  'sicherheit',
  'veiligheid',
  'beveiliging',
  'bezpecnost',
  'bezpieczenstwo',
  'alerte',
  'alertes',
  'alerta',
  'alertas',
  'aviso',
  'avisos',
  'avviso',
  'benachrichtigung',
  'kundenservice',
  'kundendienst',
  'kundenportal',
  'facturation',
  'facturacion',
  'factura',
  'facturas',
  'fattura',
  'fatture',
  'rechnung',
  'rechnungen',
  'faktura',
  'faktury',
  'soporte',
  'suporte',
  'assistance',
  'assistencia',
  'asistencia',
  'verifizierung',
  'verificacion',
  'verificacao',
  // notices, certificates, refunds, payments and billing in more of the languages lures come in
  'notify',
  'certificate',
  'certificates',
  'certificat',
  'certificats',
  'certifikat',
  'certifikaty',
  'zertifikat',
  'zertifikate',
  'rueckerstattung',
  'ruckerstattung',
  'erstattung',
  'reembolso',
  'reembolsos',
  'rimborso',
  'rimborsi',
  'remboursement',
  'terugbetaling',
  'zwrot',
  'pagamenti',
  'pagamento',
  'pagamentos',
  'pagos',
  'cobranca',
  'cobros',
  'faturamento',
  'faturacao',
  'fatura',
  'faturas',
  'fakturace',
  'fakturacia',
  'fakturering',
  'laskutus',
  'rozliczenia',
  'platnosci',
  'platby',
  'odeme',
  'bildirim',
  'varsel',
  'varsling',
  'ilmoitus',
]);

/**
 * Words that may stand beside a dressing word in one label (`businessalerts`, `accountprotection`,
 * `partnerportal`) but dress nothing alone: `orange-business`, `sncf-connect` and `viking-direct`
 * are the companies' own names.
 */
const FILLER_WORDS = new Set([
  'account',
  'accounts',
  'business',
  'corporate',
  'client',
  'clients',
  'customer',
  'customers',
  'member',
  'members',
  'partner',
  'partners',
  'merchant',
  'seller',
  'service',
  'services',
  'online',
  'team',
  'center',
  'centre',
  'desk',
  'hub',
  'my',
  'mail',
  'care',
  'card',
  'cards',
  'kunden',
  'konto',
  'cliente',
  'clientes',
  'kunde',
  'kund',
  'klient',
  'empresa',
  'empresas',
  'pro',
]);

/**
 * Whether a hyphen-separated part of a domain is dressing: a dressing word, or dressing and filler
 * words glued together with at least one dressing word (`businessalerts`, `invoicecenter`).
 */
export function isDressing(part: string): boolean {
  if (DRESSING_WORDS.has(part)) return true;
  if (part.length > 40) return false;
  // reach[i]: 0 = not reachable, 1 = reachable with filler words only, 2 = with a dressing word
  const reach = new Uint8Array(part.length + 1);
  reach[0] = 1;
  for (let i = 0; i < part.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 2; j <= part.length; j++) {
      const w = part.slice(i, j);
      const dressing = DRESSING_WORDS.has(w);
      if (!dressing && !FILLER_WORDS.has(w)) continue;
      reach[j] = Math.max(reach[j]!, dressing ? 2 : reach[i]!);
    }
  }
  return reach[part.length] === 2;
}

/**
 * Country codes a cousin domain appends (`-ie`, `-uk`, `-eu`). Not the ones that are also words or
 * trades after a hyphen: `-it` (an IT firm's `ravensbourne-it.com`), `-in` (`sign-in`), `-co`
 * (`smith-co`: "& Co"), `-me`, `-to`, `-is`, `-io`, `-ai`, `-tv`.
 */
const DRESSING_COUNTRIES = new Set(
  'uk ie au nz ca us de fr es nl be ch at dk se no fi pl pt br mx za sg jp gr cz sk hu ro hr tr ae hk my ph ar cl eu'.split(
    ' ',
  ),
);
/** Words that end a phrase before a country code without naming anyone (`join-us`, `contact-us`, `say-no`). */
const NOT_A_NAME_BEFORE_COUNTRY = new Set(
  'join contact about email ask call find meet visit write help for with made go all to be let say just us for tell follow mail love buy shop'.split(
    ' ',
  ),
);

/** The country code a registrable name ends with after a hyphen, under another suffix, or undefined. */
export function countryDressing(domain: string): string | undefined {
  const host = parseHost(domain.toLowerCase().replace(/\.$/, ''));
  const label = host.domainWithoutSuffix ?? '';
  const suffix = host.publicSuffix ?? '';
  const m = /^([a-z0-9-]{3,})-([a-z]{2})$/.exec(label);
  if (!m || !DRESSING_COUNTRIES.has(m[2]!)) return undefined;
  // (`foo-ie.ie` writes its own country twice: no other country's domain is dressed)
  if (suffix === m[2] || suffix.endsWith(`.${m[2]}`) || (m[2] === 'uk' && suffix.endsWith('.uk')))
    return undefined;
  // under .fr, "-be" is a bureau d'études, an engineering office's name (`vauclair-be.fr`, round 252)
  if (m[2] === 'be' && suffix === 'fr') return undefined;
  const before = m[1]!.split('-').pop() ?? '';
  if (before.length < 3 || NOT_A_NAME_BEFORE_COUNTRY.has(before)) return undefined;
  return m[2];
}
