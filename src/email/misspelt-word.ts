/**
 * A sender whose domain misspells a word of trade by one typing edit: riversideconstructio.com,
 * redfieldmanufacturin.com, kestrelpackagimg.com. Companies name their domains after what they do
 * and spell it right; a word of trade with a letter left out, doubled, swapped or replaced is the
 * vendor-fraud cousin of a real firm's domain (riversideconstruction.com) whose twin never appears
 * in the message, so no list of protected domains can name it. The word list is short and long-word
 * only (eight letters or more: few real names sit one edit from "construction"), a plural is the
 * company's own spelling, and a word of the list found where the edit would be is no misspelling
 * (German `logistik` beside English `logistics`), nor is a name made of dictionary words
 * (mosaiclearning: "mosaic" + "learning", not "cleaning" misspelt; the words are the domain
 * model's, so without it the check is silent). Deception for the evidence gate.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { parse as parseHost } from '../tld.js';
import { classifyEdit, isFreemailDomain, segmentWords } from '../url/index.js';
import type { WordTiers } from '../url/dga-words.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { betweenColleagues, fromEvidence, isBulkMail } from './sender.js';

export const MISSPELT_TRADE_WORD = defineSignal({
  id: 'email.sender.misspelt_trade_word',
  category: 'lookalike_domain',
  severity: 'medium',
  summary:
    'The From domain misspells a word of trade by one typing edit (riversideconstructio.com, kestrelpackagimg.com): a cousin of a real firm’s domain',
});

export const MISSPELT_WORD_SIGNALS: SignalDef[] = [MISSPELT_TRADE_WORD];

/** Words of trade that company domains spell out (eight letters or more), in the rules' languages. */
const TRADE_WORDS: readonly string[] = [
  'accounting',
  'advisors',
  'aerospace',
  'analytics',
  'apparel',
  'architects',
  'associates',
  'automation',
  'automotive',
  'biotech',
  'builders',
  'brokerage',
  'chemicals',
  'cleaning',
  'clinical',
  'communications',
  'components',
  'composites',
  'computing',
  'concrete',
  'construction',
  'consulting',
  'consultants',
  'contractors',
  'corporate',
  'distribution',
  'distributors',
  'electrical',
  'electronics',
  'engineering',
  'enterprises',
  'environmental',
  'equipment',
  'fabrication',
  'fasteners',
  'financial',
  'healthcare',
  'holdings',
  'hospitality',
  'industrial',
  'industries',
  'industrie',
  'infrastructure',
  'insurance',
  'international',
  'investments',
  'laboratories',
  'landscaping',
  'logistics',
  'logistik',
  'logistique',
  'machinery',
  'maintenance',
  'management',
  'manufacturing',
  'marketing',
  'materials',
  'mechanical',
  'medical',
  'packaging',
  'partners',
  'pharmaceuticals',
  'pharmacy',
  'plastics',
  'plumbing',
  'precision',
  'printing',
  'processing',
  'procurement',
  'products',
  'properties',
  'recruitment',
  'renewables',
  'resources',
  'roofing',
  'security',
  'services',
  'solutions',
  'staffing',
  'supplies',
  'surveying',
  'systems',
  'technologies',
  'technology',
  'telecom',
  'transport',
  'transportation',
  'wholesale',
  // the same trades in the other languages
  'bauunternehmen',
  'elektrotechnik',
  'maschinenbau',
  'verpackung',
  'versicherung',
  'construcciones',
  'ingenieria',
  'servicios',
  'soluciones',
  'transportes',
  'costruzioni',
  'impianti',
  'imballaggi',
  'spedizioni',
  'construction',
  'emballage',
  'ingenierie',
  'transports',
  'bouwbedrijf',
  'installatie',
  'installaties',
  'verpakking',
  'construcoes',
  'engenharia',
  'supplier',
  'suppliers',
].filter((w) => w.length >= 8);

/**
 * Words spelt right that sit one edit from a word of trade: the other languages' spellings
 * (Spanish `distribucion` for `distribution`). Where the label spells one, no edit is read there.
 */
const OTHER_SPELLINGS: readonly string[] = [
  'logistic',
  'equipement',
  'equipements',
  'ressources',
  'servicos',
  'servizi',
  'internazionale',
  'electronica',
  'industrias',
  'requirements',
  'distribucion',
  'distribuciones',
  'distribuzione',
  'construccion',
  'securite',
  'productos',
  'produtos',
  'logistica',
  'logistiek',
  // transliterated from Cyrillic, and the Central European spellings
  'logistyk',
  'logistyka',
  'logistika',
  'logisztika',
  // Turkish writes the word with a j
  'lojistik',
  // "partners" in Slovak, Czech, Croatian (partneri), Danish, Norwegian (partnere) and the Slavic
  // genitive (partnera): vargova-partneri.sk is a law firm's own name, not "partners" misspelt
  'partneri',
  'partnere',
  'partnera',
  'transporte',
  'industria',
  'industriale',
  'industriel',
  'elettronica',
  'elettronico',
];

const WORDS = [...new Set(TRADE_WORDS)];
const SPELT = [...new Set([...TRADE_WORDS, ...OTHER_SPELLINGS])];

/** The same word but for a plural ending (`components`, Spanish `componentes`). */
function isPluralOf(a: string, b: string): boolean {
  const forms = (w: string) => [w, w.replace(/s$/, ''), w.replace(/es$/, '')];
  const fb = forms(b);
  return forms(a).some((f) => fb.includes(f));
}

/** Index of the first letter where `a` and `b` differ (the shorter one's length when one starts the other). */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The first word of trade a label misspells by one edit, with the edit, or null. Read per run of
 * letters (hyphens and digits part words), and only a word that ends its run: inside a run the edit
 * is another word's edge ("service" + "pipe" is not "services" misspelt, "securit" + "ies" not
 * "security") or another language's inflection ("trasport" + "i"), while a word cut short at the
 * label's end (riversideconstructio) is the cousin's mark. An edit at the word's first letter counts
 * only at the run's start.
 */
export function misspeltTradeWord(
  label: string,
  tiers: WordTiers,
): { word: string; seen: string; what: string } | null {
  for (const run of label.toLowerCase().split(/[^a-z]+/)) {
    if (run.length < 7 || run.length > 63) continue;
    // a run of dictionary words ("mosaic" + "learning") is spelt right, whatever trade word sits one
    // edit from where two of them meet ("clearning")
    if (segmentWords(run, tiers).uncovered === 0) continue;
    // where the run spells a word of the list exactly: an edit overlapping it is that word
    const exact: [number, number][] = [];
    for (const w of SPELT) {
      for (let i = run.indexOf(w); i >= 0; i = run.indexOf(w, i + 1)) exact.push([i, i + w.length]);
    }
    const overlapsExact = (from: number, to: number) => exact.some(([a, b]) => from < b && a < to);
    for (const w of WORDS) {
      if (run.includes(w)) continue;
      for (let len = w.length - 1; len <= w.length + 1; len++) {
        // … and the misspelt word ends the run, as a firm's trade ends its name: letters after it
        // are another language's inflection of the word (adriaticatrasporti is Italian
        // `trasporti`, not "transport" misspelt). So only the span that ends the run is tried (the
        // checks before are pure: trying every start and refusing all but this one found the same)
        const i = run.length - len;
        if (i < 0) continue;
        const seen = run.slice(i);
        if (isPluralOf(seen, w) || overlapsExact(i, i + len)) continue;
        const edit = classifyEdit(seen, w);
        if (!edit) continue;
        const at = firstDifference(seen, w);
        if (at === 0 && i > 0) continue;
        return { word: w, seen, what: edit.what };
      }
    }
  }
  return null;
}

export function misspeltWordSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.domain || isFreemailDomain(from.domain)) return [];
  // the English dictionary rides with the domain model (its word tiers); without it, silent
  const tiers = ctx.url.dgaTables?.tiers;
  if (!tiers) return [];
  // a mail service's sending domain is its own business, not its customer's trade
  if (isBulkMail(facts)) return [];
  // the reader's own organisation writing to itself is no cousin of itself
  if (betweenColleagues(facts)) return [];
  const label = (parseHost(from.domain).domainWithoutSuffix ?? '').split('.').pop() ?? '';
  const found = misspeltTradeWord(label, tiers);
  if (!found) return [];
  return [
    MISSPELT_TRADE_WORD.fire(
      `The From domain ${from.domain} misspells "${found.word}" as "${found.seen}" (${found.what}): a cousin of a firm's domain`,
      [fromEvidence(from)],
    ),
  ];
}
