/**
 * Display-name matching: does a From display name name one of the organization's VIPs or a known
 * brand? Names are folded as a reader sees them (src/email/confusables.ts), split into words, and
 * compared exactly, by confusable skeleton (`PayPaI`, `Micr0soft`) and by a small set of typing
 * edits (`Paypall`, `Mircosoft`). Domain look-alikes are not decided here: src/url owns those.
 */
import type { Brand, Vip, VigilConfig } from '../config/index.js';
import { MAX_NAME_CHARS, foldText, stripInvisible } from './confusables.js';
import { MAX_NAME_TOKENS, MAX_NAME_WINDOW } from '../core/index.js';
import { PREBUILT } from '../prebuilt.js';

export { MAX_NAME_TOKENS } from '../core/index.js';

export interface NameToken {
  /** The word as written (for messages). */
  raw: string;
  /** Folded to lower-case Latin, leetspeak digits read as letters when mixed with letters. */
  letters: string;
  /** Confusable skeleton of `letters` (rn→m, vv→w, i/1/| → l, 0 → o). */
  skel: string;
  /** Look-alike letters (Cyrillic а, Greek ο) or leet digits (micr0soft) were read as Latin. */
  disguised: boolean;
}

export interface NameTokens {
  tokens: NameToken[];
  /** The name held invisible characters (zero-width, bidi controls). */
  invisible: boolean;
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '|': 'l',
};

/** A display name in lower case with its accents dropped ("Köln" → "koln"): how its words are compared with a domain's. */
export function foldName(display: string): string {
  return display.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Confusable skeleton of a folded, lower-case word. Both sides of a comparison go through it. */
export function nameSkeleton(s: string): string {
  return s
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[i1|!]/g, 'l')
    .replace(/0/g, 'o');
}

/**
 * Split a display name into folded words. Bounded: MAX_NAME_CHARS characters, MAX_NAME_TOKENS words.
 * `camelCase` also splits a word where a lower-case letter meets a capital (`PayPalSupport`,
 * `TrustwaIIetTeam`): for brand names glued to a service word. Not for people's names, where
 * `DeShawn` is one name.
 */
export function tokenizeName(input: string, opts: { camelCase?: boolean } = {}): NameTokens {
  const { text, found } = stripInvisible(input.slice(0, MAX_NAME_CHARS));
  // `P@yPal`, `$ecurity`: symbols standing for letters inside a word (but not `bob@example.com`)
  const unsymbolled = text
    .replace(/(?<=\p{L})@(?=\p{L}+(?:[\s)\]>"'|,;:-]|$))/gu, 'a')
    .replace(/(?<=\p{L})\$|\$(?=\p{L})/gu, 's')
    .replace(/(?<=\p{L})\|(?=\p{L})/gu, 'l');
  const words = (opts.camelCase ? unsymbolled.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ') : unsymbolled)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_NAME_TOKENS);
  let tokens: NameToken[] = words.map((raw) => {
    const folded = foldText(raw);
    let letters = folded.text.replace(/[^\p{L}\p{N}]/gu, '');
    let leet = false;
    if (/[a-z]/.test(letters) && /[0-9]/.test(letters) && !/^[a-z]+[0-9]+$/.test(letters)) {
      // digits standing in for letters (micr0soft, 0utlook); a trailing number (office365) is a number
      const read = letters.replace(/[0-9]/g, (d) => LEET[d] ?? d);
      leet = read !== letters;
      letters = read;
    }
    return { raw, letters, skel: nameSkeleton(letters), disguised: folded.mapped || leet };
  });
  // `P a y P a l` / `P.a.y.P.a.l`: a run of single characters reads as one word
  const merged: NameToken[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && tokens[j]!.letters.length === 1) j++;
    if (j - i >= 3) {
      const run = tokens.slice(i, j);
      const letters = run.map((t) => t.letters).join('');
      merged.push({
        raw: run.map((t) => t.raw).join(' '),
        letters,
        skel: nameSkeleton(letters),
        disguised: true,
      });
      i = j;
    } else {
      merged.push(tokens[i]!);
      i++;
    }
  }
  tokens = merged;
  return { tokens, invisible: found };
}

/** The ways nearEdit names a typing edit (as opposed to an exact or look-alike-letter match). */
export const TYPING_EDITS: ReadonlySet<string> = new Set([
  'swapped letters',
  'one letter changed',
  'doubled letter',
  'extra letter',
  'missing double letter',
  'missing letter',
]);

/**
 * A typing edit between a seen word and a protected name, both skeletons: an adjacent
 * transposition (`mircosoft`), a doubled or dropped double letter (`paypall`), and — for names of
 * 7+ letters, where few real words sit one edit away — any single insertion or omission, and for
 * 8+ letters a substitution. Plain substitutions on short names are left out on purpose:
 * `finance` is one letter from `binance`, `telecom` from `telekom`.
 */
export function nearEdit(seen: string, name: string): string | null {
  if (seen === name) return null;
  const ls = seen.length;
  const ln = name.length;
  if (ln < 5 || Math.abs(ls - ln) > 1) return null;
  // one edit of a name of 5 or more letters keeps its first letter or its last (an edit at the
  // start leaves the end): most brand names of the length fail here, without the slices below
  if (seen.charCodeAt(0) !== name.charCodeAt(0) && seen.charCodeAt(ls - 1) !== name.charCodeAt(ln - 1))
    return null;
  let i = 0;
  while (i < ls && i < ln && seen[i] === name[i]) i++;
  if (ls === ln) {
    if (
      i + 1 < ls &&
      seen[i] === name[i + 1] &&
      seen[i + 1] === name[i] &&
      seen.slice(i + 2) === name.slice(i + 2)
    ) {
      return 'swapped letters';
    }
    if (ln >= 8 && seen.slice(i + 1) === name.slice(i + 1)) return 'one letter changed';
    return null;
  }
  if (ls === ln + 1) {
    // one extra letter in what was seen
    if (seen.slice(i + 1) !== name.slice(i)) return null;
    // (a neighbour past either end is no letter: read only inside the string, as V8's optimised code
    // of this function and of matchBrandNames, which inlines it, was thrown away at each read outside)
    if ((i > 0 && seen[i] === seen[i - 1]) || (i + 1 < ls && seen[i] === seen[i + 1]))
      return 'doubled letter';
    return ln >= 7 ? 'extra letter' : null;
  }
  // one letter missing from what was seen
  if (seen.slice(i) !== name.slice(i + 1)) return null;
  if ((i > 0 && name[i] === name[i - 1]) || (i + 1 < ln && name[i] === name[i + 1]))
    return 'missing double letter';
  return ln >= 7 ? 'missing letter' : null;
}

// ---------------------------------------------------------------------------------------------
// Brands

/**
 * Brand names that are also ordinary words, first names or surnames (`Chase Miller`, `Apple Valley
 * Dental`, `Orange County`, `Ann Norton`): they count only when the rest of the display name is
 * service words (`Chase Fraud Alert`, `Apple Support`) or when the letters are disguised.
 */
const AMBIGUOUS_BRAND_NAMES = new Set([
  'apple',
  'amazon',
  'orange',
  'chase',
  'steam',
  'zoom',
  'slack',
  'kraken',
  'ledger',
  'visa',
  'meta',
  'teams',
  'outlook',
  'norton',
  'santander',
  'barclays',
  'caixa',
  'correos',
  'correios',
  'booking',
  'citi',
  'sparkasse',
  'volksbank',
  'intuit',
  'adobe',
  'acrobat',
  'yahoo',
  'disney',
  'laposte',
  'mcafee',
  'telekom',
  'prime',
  'office',
  'target',
  'shell',
  'gendigital',
  'bradesco',
  'itau',
  'xfinity',
  // issue 9's additions that are also words, places, surnames or other firms' products
  'otto',
  // (an initial coin offering too)
  'ico',
  'uber',
  'lowes',
  'shein',
  'lloyds',
  'halifax',
  'hermes',
  'emirates',
  'hilton',
  'marriott',
  'proton',
  'tether',
  'ripple',
  'stellar',
  'celsius',
  'lido',
  'phantom',
  'exodus',
  'blockchain',
  'crypto',
  'telegram',
  'discord',
  'medicare',
  'ameli',
  'diepost',
  'target',
  // the workplace and utility brands' names that are also words, surnames or places
  'engie',
  'stripe',
  'monzo',
  'xero',
  'coupa',
  'enel',
  'workday',
  'sophos',
  'maersk',
  'concur',
  'confluence',
  // Canada's telecoms, whose names are surnames ("James Rogers", "Anna Bell")
  'rogers',
  'bell',
]);

/** Ambiguous brand names that are also common first names: alone, they are a person (`Chase`). */
const FIRST_NAME_BRANDS = new Set(['chase', 'norton', 'citi', 'otto', 'ameli', 'hilton', 'lido']);

/** Words that may stand beside a brand in a service display name (`PayPal Customer Service`). */
const SERVICE_WORDS = new Set([
  'support',
  'team',
  'teams',
  'service',
  'services',
  'customer',
  'customers',
  'care',
  'help',
  'helpdesk',
  'desk',
  'center',
  'centre',
  'security',
  'secure',
  'safety',
  'account',
  'accounts',
  'alert',
  'alerts',
  'notification',
  'notifications',
  'notice',
  'notices',
  'no',
  'reply',
  'noreply',
  'donotreply',
  'do',
  'not',
  'info',
  'information',
  'billing',
  // a renewal or receipt lure's sender ("McAfee Renewals", "Norton Subscription", "Geek Squad Orders")
  'renewal',
  'renewals',
  'subscription',
  'subscriptions',
  'receipt',
  'receipts',
  'order',
  'orders',
  'payment',
  'payments',
  'invoice',
  'invoices',
  'online',
  'verification',
  'verify',
  'update',
  'updates',
  'department',
  'dept',
  'admin',
  'administrator',
  'administration',
  'mail',
  'email',
  'mailer',
  'message',
  'messages',
  'messaging',
  'inc',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'company',
  'co',
  'gmbh',
  'ag',
  'sa',
  'plc',
  'official',
  'the',
  'your',
  'my',
  'our',
  'of',
  'and',
  'for',
  'from',
  'via',
  'at',
  'by',
  'on',
  'in',
  'to',
  'bank',
  'banking',
  // what a payout lure's sender calls itself ("Tether Cashback", "Amazon Rewards", "zkSync Airdrop")
  'rewards',
  'reward',
  'cashback',
  'airdrop',
  'airdrops',
  'wallet',
  'refund',
  'refunds',
  // what a tax office's or a regulator's desk calls itself ("HMRC Stamp Taxes", "ICO Registration")
  'tax',
  'taxes',
  'stamp',
  'duty',
  'customs',
  'compliance',
  'registration',
  'registrations',
  'collections',
  'enforcement',
  // what a payroll or HR platform's sender calls itself ("ADP Payroll Services", "Workday HR")
  'payroll',
  'paystub',
  'paystubs',
  'hr',
  'benefits',
  'portal',
  'card',
  'cards',
  'member',
  'members',
  'membership',
  'delivery',
  'deliveries',
  'shipping',
  'shipment',
  'tracking',
  'parcel',
  'package',
  'express',
  'fraud',
  'protection',
  'prevention',
  'identity',
  'id',
  'password',
  'login',
  'signin',
  'sign',
  'access',
  'rewards',
  'reward',
  'subscription',
  'subscriptions',
  'renewal',
  'order',
  'orders',
  'store',
  'pay',
  'wallet',
  'cloud',
  'drive',
  'docs',
  'documents',
  'document',
  'file',
  'files',
  'storage',
  'system',
  'systems',
  'it',
  'management',
  'group',
  'global',
  'international',
  'worldwide',
  'usa',
  'us',
  'uk',
  'com',
  'net',
  'org',
  'de',
  'fr',
  'br',
  'nl',
  'es',
  'it',
  'news',
  'newsletter',
  'offers',
  'promotions',
  'live',
  'mobile',
  'app',
  'web',
  'portal',
  'webmail',
  'feedback',
  'claims',
  'claim',
  'refund',
  'refunds',
  'tax',
  'taxes',
  'hr',
  'team',
  'staff',
  'assistant',
  'agent',
  'desk',
  'direct',
  'private',
  'business',
  'personal',
  'premium',
  'plus',
  'pro',
  'central',
  'hub',
  'connect',
  'resolution',
  'recovery',
  'compliance',
  'legal',
  'office',
  'pago',
  'notificacao',
  'notificacoes',
  'servico',
  'servicos',
  'atendimento',
  'cliente',
  'clientes',
  'kundenservice',
  'kunden',
  'sicherheit',
  'konto',
  'dienst',
  'sicherheitsdienst',
  'klantenservice',
  'beveiliging',
  // Dutch: `ING Zakelijk`, `KVK Handelsregister`, `Rabo Betaalzekerheid`, `CJIB Meldingen`
  'zakelijk',
  'particulier',
  'particulieren',
  'handelsregister',
  'betaalzekerheid',
  'fraudeteam',
  'melding',
  'meldingen',
  'bericht',
  'berichten',
  'klantcontact',
  'incasso',
  'inning',
  'facturation',
  'securite',
  'compte',
  'seguridad',
  'cuenta',
  'soporte',
  'servicio',
  'cliente',
  'seguranca',
  'conta',
  'suporte',
  // deliveries, orders and bills in the languages the delivery and tax lures are written in
  // (`Entrega Correios`, `Paketzustellung DHL`, `Suivi Colis La Poste`)
  'entrega',
  'entregas',
  'pedido',
  'pedidos',
  'aviso',
  'avisos',
  'ultimo',
  'ultima',
  'urgente',
  'importante',
  'blog',
  'rastreamento',
  'rastreio',
  'encomenda',
  'encomendas',
  'fatura',
  'faturas',
  'cobranca',
  'envio',
  'envios',
  'seguimiento',
  'paquete',
  'paqueteria',
  'factura',
  'facturas',
  'notificacion',
  'notificaciones',
  'zustellung',
  'paket',
  'pakete',
  'paketzustellung',
  'sendung',
  'sendungsverfolgung',
  'rechnung',
  'benachrichtigung',
  'livraison',
  'colis',
  'suivi',
  'facture',
  'avis',
  'bezorging',
  'pakket',
  'factuur',
  'consegna',
  'spedizione',
  'pacco',
  'fattura',
  'status',
  'activation',
  'banco',
  'banque',
  'financeiro',
  'financeira',
  // articles and company forms around a service name (`Banco do Brasil S/A`, `Service des colis`)
  'da',
  'dos',
  'das',
  'des',
  'du',
  'la',
  'le',
  'les',
  'der',
  'die',
  'el',
  's',
  'a',
]);

/** Local parts of service mailboxes (`no-reply@`, `alerts@`), beside the service words. */
const ROLE_LOCAL_PARTS = new Set([
  'alert',
  'alerts',
  'notify',
  'notifications',
  'postmaster',
  'contact',
  'hello',
  'team',
  'noreply',
  'donotreply',
  'services',
  'mailer',
  'service',
  'support',
  'security',
  'billing',
  'accounts',
]);

interface BrandVariant {
  brand: Brand;
  /** The name or alias as configured, for messages. */
  text: string;
  compact: string;
  skel: string;
  /** Long and not an ordinary word: a bare mention is enough. */
  distinctive: boolean;
}

export interface BrandIndex {
  exact: Map<string, BrandVariant[]>;
  skel: Map<string, BrandVariant[]>;
  byLength: Map<number, BrandVariant[]>;
  /** Every word of every variant, per brand: `Microsoft Outlook Team` is all Microsoft. */
  brandWords: Map<Brand, Set<string>>;
  /** Longest variant, to stop growing a window early. */
  maxLength: number;
}

const TLD_WORDS = new Set(['com', 'net', 'org', 'co', 'io', 'me', 'us', 'uk', 'de', 'fr', 'br', 'nl']);

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** A brand name or alias as the index reads it: its words (a trailing TLD word dropped), their skeleton. */
export interface BrandNameForm {
  parts: string[];
  skel: string;
}

export function brandNameForm(text: string): BrandNameForm {
  let parts = tokenizeName(text).tokens.map((t) => t.letters);
  // `Booking.com` is also called `Booking`; `Disney+` → disney
  while (parts.length > 1 && TLD_WORDS.has(parts[parts.length - 1]!)) parts = parts.slice(0, -1);
  return { parts, skel: nameSkeleton(parts.join('')) };
}

/**
 * Build the brand-name index of a config: once per prepared runtime (`prepareEmailEnv`). `forms`:
 * the default brand names' forms computed at build time (src/prebuilt.ts; none outside the bundle).
 */
export function buildBrandIndex(
  config: VigilConfig,
  forms: Record<string, BrandNameForm> | undefined = PREBUILT?.brandNames,
): BrandIndex {
  const idx: BrandIndex = {
    exact: new Map(),
    skel: new Map(),
    byLength: new Map(),
    brandWords: new Map(),
    maxLength: 0,
  };
  for (const brand of config.brands) {
    const words = new Set<string>();
    for (const text of [brand.name, ...(brand.aliases ?? [])]) {
      const form = forms && Object.hasOwn(forms, text) ? forms[text]! : brandNameForm(text);
      const parts = form.parts;
      const compact = parts.join('');
      if (!compact || compact.length > 40) continue;
      for (const p of parts) words.add(p);
      idx.maxLength = Math.max(idx.maxLength, compact.length);
      const v: BrandVariant = {
        brand,
        text,
        compact,
        skel: form.skel,
        distinctive: compact.length >= 5 && !AMBIGUOUS_BRAND_NAMES.has(compact),
      };
      pushTo(idx.exact, compact, v);
      if (compact.length >= 5) pushTo(idx.skel, v.skel, v);
      if (compact.length >= 5) pushTo(idx.byLength, v.skel.length, v);
    }
    idx.brandWords.set(brand, words);
  }
  return idx;
}

/**
 * A service word, or a compound that ends in one (`Cybersicherheitsteam`, `Kundendienst`,
 * `Sicherheitsabteilung`): German and Dutch write the team's name as one word.
 */
const COMPOUND_SERVICE_TAIL =
  /^[a-z]{3,}(?:team|service|dienst|support|abteilung|zentrale|center|centrum|afdeling)$/;
function isServiceWord(w: string): boolean {
  return SERVICE_WORDS.has(w) || (w.length >= 9 && COMPOUND_SERVICE_TAIL.test(w));
}

/**
 * Whether the address's local part is the person's name: the given name or its initial and the
 * surname, either way round ("s.kroeger", "sabine.kroger", "kroeger.s"), umlauts as written or as
 * ae/oe/ue/ss. A service mailbox that repeats the brand ("infocorreios…" for "Aviso Correios") is not.
 */
function ownSurname(given: string, raw: string, localPart: string): boolean {
  const letters = (x: string) => x.replace(/[^a-z]/g, '');
  const first = letters(foldName(given));
  if (!first) return false;
  const lower = raw.toLowerCase();
  const spelt = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const local = letters(localPart.toLowerCase());
  return [letters(spelt), letters(foldName(raw))].some(
    (s) =>
      s.length >= 4 && [first, first[0]!].some((g) => local.startsWith(g + s) || local.startsWith(s + g)),
  );
}

/** The word between a person's name and the brand they speak for ("Hiba from Ledger"). */
const SPEAKS_FOR: ReadonlySet<string> = new Set(['from', 'at', 'von', 'de', 'da']);

export interface BrandNameMatch {
  brand: Brand;
  /** The configured name or alias that matched. */
  variant: string;
  /** The words of the display name that matched, as written. */
  seen: string;
  /** How: `exact`, `look-alike letters` (confusables, leet, invisible characters), or a typing edit. */
  how: string;
}

/**
 * Brands a display name claims to be. Short or ordinary-word brand names (`UPS`, `X`, `Chase`)
 * match only as the whole name apart from service words, so `Chase Miller` is a person, while
 * `Chase Fraud Alert` is the bank. Disguised letters always count: nobody writes `Аpple` with a
 * Cyrillic А by accident.
 */
export function matchBrandNames(
  name: NameTokens,
  brands: BrandIndex | VigilConfig,
  localPart = '',
): BrandNameMatch[] {
  // a bare config (tests, one-off calls) builds its index for this call only
  const idx = 'exact' in brands ? brands : buildBrandIndex(brands);
  const toks = name.tokens;
  const out: BrandNameMatch[] = [];
  const seenBrands = new Set<Brand>();
  const roleAddress = localPart
    .split(/[^a-z0-9]+/)
    .some((p) => SERVICE_WORDS.has(p) || ROLE_LOCAL_PARTS.has(p));
  const onlyServiceWords = (from: number, to: number, brand: Brand): boolean => {
    const own = idx.brandWords.get(brand);
    // "Hiba from Ledger", "Jake at PayPal": the person before `from`/`at` speaks for the brand
    const speaker = from >= 2 && SPEAKS_FOR.has(toks[from - 1]!.letters) ? from : 0;
    for (let k = speaker; k < toks.length; k++) {
      if (k >= from && k < to) continue;
      const w = toks[k]!.letters;
      if (!isServiceWord(w) && !/^[0-9]+$/.test(w) && !own?.has(w)) return false;
    }
    return true;
  };
  for (let i = 0; i < toks.length; i++) {
    let compact = '';
    let disguised = false;
    for (let w = 1; w <= MAX_NAME_WINDOW && i + w <= toks.length; w++) {
      const t = toks[i + w - 1]!;
      compact += t.letters;
      disguised ||= t.disguised;
      if (compact.length > idx.maxLength + 1) break;
      const skel = nameSkeleton(compact);
      const candidates: { v: BrandVariant; how: string; strongEvidence: boolean }[] = [];
      // (no `?? []` to iterate: an empty literal's map beside the index's arrays deoptimised this)
      const exact = idx.exact.get(compact);
      if (exact)
        for (const v of exact)
          candidates.push({ v, how: disguised ? 'look-alike letters' : 'exact', strongEvidence: disguised });
      if (!candidates.length) {
        // skeleton equality on an ASCII name is itself a disguise: PayPaI (capital i), rnicrosoft
        const same = idx.skel.get(skel);
        if (same)
          for (const v of same) candidates.push({ v, how: 'look-alike letters', strongEvidence: true });
      }
      // a service word one edit from a brand alias is the word (`online` vs T-Online)
      if (!candidates.length && !SERVICE_WORDS.has(compact)) {
        for (const len of [skel.length - 1, skel.length, skel.length + 1]) {
          const ofLength = idx.byLength.get(len);
          if (ofLength)
            for (const v of ofLength) {
              const edit = nearEdit(skel, v.skel);
              // a name with no look-alike letter in it must be one typing edit from the brand in
              // plain letters too: `Valverde` is two from `Via Verde` (i → l and a swap), not one
              if (edit && (skel !== compact || nearEdit(compact, v.compact) !== null))
                candidates.push({ v, how: edit, strongEvidence: false });
            }
        }
      }
      for (const { v, how, strongEvidence } of candidates) {
        if (seenBrands.has(v.brand)) continue;
        // a one- or two-letter brand (X) leads its service name (`X Support`), never trails (`Team X`)
        if (v.compact.length < 3 && i !== 0) continue;
        // a bare `Chase` may be a person's first name; `Chase <alerts@…>` is not
        // a display name that is the brand and nothing else (`Correios`, `Amazon`) presents as it
        const wholeName = i === 0 && w === toks.length && !FIRST_NAME_BRANDS.has(v.compact);
        const service =
          (onlyServiceWords(i, i + w, v.brand) && (w < toks.length || roleAddress)) || wholeName;
        const ok =
          (strongEvidence && (v.compact.length >= 3 || service)) ||
          (how === 'exact' && (v.distinctive || service)) ||
          (how !== 'exact' && !strongEvidence && v.compact.length >= 5 && (v.distinctive || service));
        if (!ok) continue;
        // "Sabine Kröger <s.kroeger@…>": the brand's name as the surname of a two-word name whose
        // address is that person's name, is the person (a costume would be the brand's words)
        if (
          how === 'exact' &&
          !strongEvidence &&
          w === 1 &&
          i === 1 &&
          toks.length === 2 &&
          ownSurname(toks[0]!.raw, t.raw, localPart)
        )
          continue;
        seenBrands.add(v.brand);
        out.push({
          brand: v.brand,
          variant: v.text,
          seen: toks
            .slice(i, i + w)
            .map((t) => t.raw)
            .join(' '),
          how: name.invisible && how === 'exact' ? 'invisible characters' : how,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// People

/** Titles and roles that may surround a person's name (`Dr. Ines Moreau, CFO`). */
const ROLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'cio',
  'ciso',
  'cmo',
  'vp',
  'svp',
  'evp',
  'president',
  'director',
  'chairman',
  'chair',
  'founder',
  'owner',
  'manager',
  'head',
  'chief',
  'officer',
  'executive',
  'finance',
  'financial',
  'md',
  'phd',
  'jr',
  'sr',
  'ii',
  'iii',
  'office',
  'of',
  'the',
]);

export interface PersonNameMatch {
  how: string;
}

/**
 * Whether a display name names this person: every word of the person's name appears (any order,
 * other words allowed: `Moreau, Ines (CFO)`), each exactly, by confusable skeleton, or — at most
 * one of them — by a typing edit. Initials in the configured name are not required.
 */
export function matchPersonName(name: NameTokens, person: string): PersonNameMatch | null {
  const want = tokenizeName(person)
    .tokens.map((t) => t.letters)
    .filter((w) => w.length > 1);
  if (!want.length || !name.tokens.length) return null;
  const used = new Set<number>();
  let how = 'exact';
  let edits = 0;
  for (const w of want) {
    const ws = nameSkeleton(w);
    let found = -1;
    let kind = '';
    for (let k = 0; k < name.tokens.length && found < 0; k++) {
      if (used.has(k)) continue;
      const t = name.tokens[k]!;
      if (t.letters === w) {
        found = k;
        kind = t.disguised ? 'look-alike letters' : 'exact';
      } else if (w.length >= 3 && t.skel === ws) {
        found = k;
        kind = 'look-alike letters';
      }
    }
    if (found < 0 && edits === 0) {
      for (let k = 0; k < name.tokens.length && found < 0; k++) {
        if (used.has(k)) continue;
        const e = nearEdit(name.tokens[k]!.skel, ws);
        if (e) {
          found = k;
          kind = e;
          edits++;
        }
      }
    }
    if (found < 0) {
      // `InesMoreau`, `ines.moreau` written as one word
      const rest = name.tokens
        .filter((t) => !ROLE_WORDS.has(t.letters))
        .map((t) => t.skel)
        .join('');
      const full = nameSkeleton(want.join(''));
      return want.length > 1 && full.length >= 6 && rest === full ? { how: 'written as one word' } : null;
    }
    used.add(found);
    if (kind !== 'exact' && how === 'exact') how = kind;
  }
  if (name.invisible && how === 'exact') how = 'invisible characters';
  return { how };
}

/** Whether an address's local part spells the person's name (`ines.moreau.cfo`, `inesmoreau1980`). */
export function localPartNamesPerson(localPart: string, person: string): boolean {
  const want = tokenizeName(person)
    .tokens.map((t) => t.letters)
    .filter((w) => w.length > 1);
  if (want.length < 2) return false;
  const local = localPart.toLowerCase().slice(0, 64);
  const parts = new Set(local.split(/[^a-z]+/).filter(Boolean));
  if (want.every((w) => parts.has(w))) return true;
  const full = want.join('');
  return full.length >= 6 && local.replace(/[^a-z]/g, '').includes(full);
}

export type { Vip };
