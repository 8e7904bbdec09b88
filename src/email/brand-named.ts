/**
 * Whether a message names a brand anywhere a reader looks (display names, subject, visible text).
 * A domain one typing edit from a brand's (ilpost.it from inpost.pl, jpost.com from bpost.be) is
 * how a real company's own name can happen to look: it deceives only when the message presents
 * itself as that brand. The lookalike checks ask this before treating a typosquat as evidence.
 */
import type { VigilConfig } from '../config/index.js';
import type { EmailFacts } from './facts.js';
import { normalizeForMatch } from './normalize.js';

/**
 * Letters and digits only, as the text is read (normalizeForMatch: lower-case, accents stripped, a
 * name in Hangul or kana kept whole): `Mercado Libre` → `mercadolibre`, `쿠팡` → `쿠팡`.
 */
const squash = (s: string): string => normalizeForMatch(s, s.length).replace(NOT_WORD, '');
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The names a brand goes by: its name, aliases, and the first label of each of its domains. */
function brandNames(owner: string, config: VigilConfig): string[] {
  const b = (config.brands ?? []).find((x) => x.name === owner);
  if (!b) return [squash(owner)];
  const names = [b.name, ...(b.aliases ?? []), ...b.domains.map((d) => d.split('.')[0] ?? '')];
  return [...new Set(names.map(squash).filter((n) => n.length >= 2))];
}

type Seen = { words: Set<string>; squashed: string };

/**
 * What the reader sees (display names, subject, visible text), as words and as one squashed string
 * (a name written `In Post` or `InPost` counts either way), built once per message and per reading:
 * `prepare` may drop parts of the raw text first (the addresses written out).
 */
function seenBy(
  cache: WeakMap<EmailFacts, Seen>,
  facts: EmailFacts,
  prepare: (visible: string, head: string) => string,
): Seen {
  let s = cache.get(facts);
  if (s) return s;
  const names = [facts.from, ...facts.replyTo].map((m) => m?.name ?? '').join(' ');
  const text = normalizeForMatch(prepare(facts.visibleText, `${names}\n${facts.subject}\n`), 20_000);
  s = { words: new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)), squashed: text.replace(NOT_WORD, '') };
  cache.set(facts, s);
  return s;
}
const SEEN = new WeakMap<EmailFacts, Seen>();
const seen = (facts: EmailFacts): Seen => seenBy(SEEN, facts, (visible, head) => head + visible);

export function namesBrand(facts: EmailFacts, owner: string, config: VigilConfig): boolean {
  return namedIn(seen(facts), owner, config);
}

/**
 * Email addresses and host names (`rachel@dhl-gf-clearance.com`, `www.pnc-treasury.com`): a domain
 * written out names whoever registered it, not the brand inside it.
 */
const ADDRESSES_AND_HOSTS = /[^\s@<>()]*@[^\s<>()]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\b/gu;

const SEEN_IN_WORDS = new WeakMap<EmailFacts, Seen>();
/**
 * Whether the message names the brand in words (display names, subject, visible text), not only in
 * the addresses and host names it writes out: "DHL Global Forwarding" in a signature names DHL, the
 * sender's own `dhl-gf-clearance.com` in it does not.
 */
export function namesBrandInWords(facts: EmailFacts, owner: string, config: VigilConfig): boolean {
  const s = seenBy(SEEN_IN_WORDS, facts, (visible, head) =>
    `${head}${visible.slice(0, 40_000)}`.replace(ADDRESSES_AND_HOSTS, ' '),
  );
  return namedIn(s, owner, config);
}

function namedIn(s: Seen, owner: string, config: VigilConfig): boolean {
  // a short name (bpost, ups) counts only as a word of its own; a longer one anywhere in the text
  return brandNames(owner, config).some((n) => s.words.has(n) || (n.length >= 6 && s.squashed.includes(n)));
}
