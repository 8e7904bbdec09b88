/**
 * Whether one domain imitates another, pairwise: the check behind "the sender's domain is a cousin
 * of the recipient's" (BEC mail from `ha1cyonenergy.com` to `@halcyonenergy.com`). The indexed
 * search in lookalike.ts answers "which protected domain does this imitate"; this answers it for
 * one pair the message itself names, with the same edit classes (dnstwist families) and the same
 * confusable skeleton.
 */
import { parse } from '../tld.js';
import { skeleton } from './confusables.js';
import { classifyEdit, type LookalikeFamily } from './lookalike.js';

/** Labels shorter than this are too close to too many real names (`abc.com` vs `abd.com`). */
const MIN_LABEL = 5;
/** Shortest name an edit under another suffix is reported for (a short name has real neighbours there). */
const MIN_EDIT_OTHER_SUFFIX = 8;
/** Shortest name a look-alike-letter cousin is reported for (`1ang` for `lang`, not `ab` for `a6`). */
const MIN_SKELETON_LABEL = 4;

export interface Imitation {
  family: LookalikeFamily | 'homoglyph_skeleton' | 'tld_swap' | 'combosquat';
  /** How the two names differ, in words (`"1" for "l"`). */
  what: string;
  /**
   * `strong` for edits and look-alike letters (nobody registers those by accident); `weak` for the
   * same name under another suffix or with a word added, which a company's own branches and
   * subsidiaries also use (configure them as organization or partner domains).
   */
  strength: 'strong' | 'weak';
}

/**
 * Suffixes registered as typos of others: `.co` (for .com, and for .co.kr, .co.uk … with the country
 * dropped), `.cm` and `.om` (for .com), `.com.co` and `.net.co` (.com with a country added), `.cc`.
 */
const TYPO_SUFFIXES: ReadonlySet<string> = new Set([
  'co',
  'cm',
  'om',
  'cc',
  'com.co',
  'net.co',
  'co.com',
  'ne',
]);

/** Affixes of cousin domains built from a company's name (`raymond-co.com`, `rockwelldental-inc.com`). */
const AFFIX =
  /^(?:inc|co|corp|company|llc|ltd|group|grp|hq|global|intl|international|holding|holdings|us|usa|uk|eu|mail|email|secure|online|billing|pay|payments|finance|invoice|invoices|portal|it|hr|support|team|office|admin|accounts?|services?|verify|login|docs?|share|cloud|exec|executive|ceo|cfo|coo|board|legal|counsel|treasury|procurement|accounting|payroll|helpdesk|servicedesk|itsupport|techsupport|sso|mfa|auth|identity|security|benefits|notify|notifications|alerts|sa|ag|gmbh|bv|nv|srl|spa|sas|sarl|ltda|plc|pty|oy|ab|as|kg|llp|cpa|cpas|lawfirm|audit|escrow|de|fr|nl|it|es|ch|at|be|pl|se|dk|fi|ie|au|ca|br|mx|pt|ti|rh|rrhh|suporte|soporte|informatica|sistemas|nomina|nominas|folha|financeiro|finanzas|contabilidad|contabilidade|compta|comptabilite|facturacion|faturamento|fatturazione|amministrazione|buchhaltung|verwaltung|lohn|edv|ik|destek|muhasebe|kadry|ksiegowosc|ekonomi|lon|salaris|administratie|boekhouding|facturatie|tesoreria|tesouraria|pagos|pagamentos|cobranca|cobranza|partage|portail|paie|securite|facturation|connexion|avis|alertes|compartir|freigabe|delen)$/;

/**
 * A professional firm's words (`marshpell-accountants.co.uk` for marshpell.co.uk): a cousin of a
 * name of five letters or more only, as a short name beside them is another firm (`dean-consulting.com`).
 */
const PRO_AFFIX =
  /^(?:accountants?|accountancy|solicitors?|lawyers?|law|attorneys?|advisors?|advisory|consulting|consultants?|partners|tax)$/;
const isAffix = (w: string) => AFFIX.test(w) || PRO_AFFIX.test(w);

/**
 * Whether `host` spells the whole domain `d` in front of another registrable domain `owner`
 * (`contoso.com.mail-secure.co`, `secure.northbank.com.session-7731.info`). The same name under a
 * longer suffix (`ebay.com.my` for ebay.com) is the owner's own country domain, not a disguise.
 */
export function spellsDomainInFront(host: string, owner: string, d: string): boolean {
  return owner !== d && !owner.startsWith(`${d}.`) && (host.startsWith(`${d}.`) || host.includes(`.${d}.`));
}

/**
 * How registrable domain `candidate` imitates registrable domain `target`, or null when it does not
 * (equal names, different names, or labels too short to tell). Suffixes must match: the same name
 * under another suffix is often the owner's own (`fabrikam.co.uk`), and is left to the configured
 * lookalike checks.
 */
export function imitatesDomain(candidate: string, target: string): Imitation | null {
  const c = parse(candidate, { allowPrivateDomains: true });
  const t = parse(target, { allowPrivateDomains: true });
  if (!c.domain || !t.domain || c.domain === t.domain) return null;
  const cl = c.domainWithoutSuffix ?? '';
  const tl = t.domainWithoutSuffix ?? '';
  // look-alike letters are deliberate at any length (`1ang.com` for `lang.com`); edits and
  // affixes need a longer name, as short names have too many real neighbours
  if (
    tl.length >= MIN_SKELETON_LABEL &&
    cl.length === tl.length &&
    cl !== tl &&
    c.publicSuffix === t.publicSuffix &&
    skeleton(cl) === skeleton(tl)
  )
    return { family: 'homoglyph_skeleton', what: `"${cl}" reads as "${tl}"`, strength: 'strong' };
  // the recipient's whole domain written with its dots as hyphens (`vantera-io.com` for vantera.io,
  // `contoso-co-uk.com` for contoso.co.uk): the domain spelt out in the name, at any length; weak,
  // like the company-word affixes (a company may hold `name-de.com` beside `name.de`)
  if (
    t.publicSuffix &&
    tl.length >= MIN_SKELETON_LABEL &&
    cl === `${tl}-${t.publicSuffix.replace(/\./g, '-')}`
  )
    return { family: 'combosquat', what: `"${target}" spelt as "${cl}"`, strength: 'weak' };
  // … or with its suffix's name glued on under another suffix (`pcrh-nhs.co.uk` for pcrh.nhs.uk,
  // `agency-gov.com` for agency.gov.au): the public body's address retyped outside its zone
  const suffixName = (t.publicSuffix ?? '').split('.')[0] ?? '';
  if (
    tl.length >= 3 &&
    suffixName.length >= 2 &&
    (t.publicSuffix ?? '').includes('.') &&
    c.publicSuffix !== t.publicSuffix &&
    (cl === `${tl}-${suffixName}` || cl === `${tl}${suffixName}`)
  )
    return { family: 'combosquat', what: `"${target}" spelt as "${cl}"`, strength: 'weak' };
  if (tl.length < MIN_LABEL) return shortNameCousin(c, t, cl, tl);
  if (cl.length < MIN_LABEL - 1) return null;
  if (cl === tl)
    return {
      family: 'tld_swap',
      what: `same name under .${c.publicSuffix} instead of .${t.publicSuffix}`,
      // a typo suffix (.co for .com or .co.kr, .cm, .om, .com.co) is chosen to be misread; a
      // company's own country or brand suffixes (.de beside .com) are not
      strength: TYPO_SUFFIXES.has(c.publicSuffix ?? '') ? 'strong' : 'weak',
    };
  // the recipient's name without its digits (company.com beside company2.com) is the plain name a
  // real company already holds, not one an impostor can register
  if (cl.length < tl.length && /\d/.test(tl) && cl === tl.replace(/\d+/g, '')) return null;
  // a university named as "U" and its city (`umoncton.ca` beside the city's moncton.ca, uottawa.ca):
  // the two real institutions of one town, not an edit an impostor picks
  if (cl === `u${tl}` && tl.length >= MIN_LABEL) return null;
  if (c.publicSuffix === t.publicSuffix) {
    if (skeleton(cl) === skeleton(tl))
      return { family: 'homoglyph_skeleton', what: `"${cl}" reads as "${tl}"`, strength: 'strong' };
    const edit = classifyEdit(cl, tl);
    if (edit) return { family: edit.family, what: edit.what, strength: 'strong' };
  } else {
    // an edit under another suffix (`northwind-traders.co` for `northwindtraders.com`): a hyphen
    // at any length, another edit only on a long name, where a real neighbour is unlikely; weak,
    // like the bare suffix swap, since a company may hold both
    const edit = classifyEdit(cl, tl);
    if (edit && (edit.family === 'hyphenation' || tl.length >= MIN_EDIT_OTHER_SUFFIX))
      return {
        family: edit.family,
        what: `${edit.what}, under .${c.publicSuffix} instead of .${t.publicSuffix}`,
        strength: 'weak',
      };
  }
  // the recipient's own words in another order (`lindenveld-gemeente.nl` for gemeente-lindenveld.nl):
  // every word the reader knows, the order nobody checks; strong under the same suffix
  const cw = cl.split('-');
  const tw = tl.split('-');
  if (
    cw.length >= 2 &&
    cw.length === tw.length &&
    cw.every((w) => w.length > 0) &&
    [...cw].sort().join('-') === [...tw].sort().join('-')
  )
    return {
      family: 'combosquat',
      what: `the words of "${tl}" in another order`,
      strength: c.publicSuffix === t.publicSuffix ? 'strong' : 'weak',
    };
  // the recipient's first name-word kept and the rest swapped for company words, under the same
  // suffix (`brightwater-hr.com` for brightwater-analytics.com, `hadar-it-support.co.il` for
  // hadar-ins.co.il): the name the reader knows, with the department an impostor writes for
  const cp = cw;
  const tp = tw;
  if (
    c.publicSuffix === t.publicSuffix &&
    cp.length >= 2 &&
    tp.length >= 2 &&
    cp[0] === tp[0] &&
    cp[0]!.length >= MIN_LABEL &&
    cp.slice(1).every((a) => AFFIX.test(a)) &&
    !tp.slice(1).every((a) => AFFIX.test(a))
  )
    return {
      family: 'combosquat',
      what: `"${cp[0]}" of "${tl}" with "${cp.slice(1).join('-')}" for "${tp.slice(1).join('-')}"`,
      strength: 'weak',
    };
  // the recipient's name with a company-ish word added, under any suffix
  for (const part of [
    cl.startsWith(tl) ? cl.slice(tl.length) : null,
    cl.endsWith(tl) ? cl.slice(0, cl.length - tl.length) : null,
  ]) {
    if (part === null) continue;
    const affix = part.replace(/^-+|-+$/g, '');
    // a company word, or up to three words of which one is and the rest at most two letters (`gw-notify-`)
    const words = affix.split('-');
    if (
      words.length <= 3 &&
      words.some(isAffix) &&
      words.every((w) => isAffix(w) || (w.length > 0 && w.length <= 2))
    )
      return { family: 'combosquat', what: `"${affix}" added to "${tl}"`, strength: 'weak' };
  }
  return null;
}

/**
 * A four-letter company name (`khan.com`, `dean.com`) has real neighbours one edit away, so only the
 * cousins nobody registers by accident count, all weak: a doubled letter under the same suffix
 * (`khaan.com`), the name under another suffix (`wood.us`), and the name with a hyphen and a
 * company word (`dean-us.com`, `cook-co.com`).
 */
function shortNameCousin(
  c: { publicSuffix: string | null },
  t: { publicSuffix: string | null },
  cl: string,
  tl: string,
): Imitation | null {
  if (tl.length < MIN_SKELETON_LABEL || !/^[a-z]+$/.test(tl)) return null;
  if (cl === tl)
    return {
      family: 'tld_swap',
      what: `same name under .${c.publicSuffix} instead of .${t.publicSuffix}`,
      // a typo suffix (.co for .com or .co.kr, .cm, .om, .com.co) is chosen to be misread; a
      // company's own country or brand suffixes (.de beside .com) are not
      strength: TYPO_SUFFIXES.has(c.publicSuffix ?? '') ? 'strong' : 'weak',
    };
  const edit = c.publicSuffix === t.publicSuffix ? classifyEdit(cl, tl) : null;
  if (edit?.family === 'repetition') return { family: 'repetition', what: edit.what, strength: 'weak' };
  for (const affix of [
    cl.startsWith(`${tl}-`) ? cl.slice(tl.length + 1) : null,
    cl.endsWith(`-${tl}`) ? cl.slice(0, -tl.length - 1) : null,
  ])
    if (affix && AFFIX.test(affix))
      return { family: 'combosquat', what: `"-${affix}" added to "${tl}"`, strength: 'weak' };
  return null;
}
