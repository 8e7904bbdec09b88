/**
 * A sender whose domain misspells the organisation its own display name or signature gives:
 * "Amministrazione Ferri Imballaggi" <…@ferri-imballagi.it>, a mail signed "Bergmann Metallbau GmbH"
 * from bergmann-metalbau.de.
 * A company's domain spells the company's name right; one typing edit away (a letter left out,
 * doubled, swapped or replaced) is a name registered to pass for it, the vendor-fraud cousin domain
 * whose real twin never appears in the message, so no list of protected domains can name it.
 * Plurals (`Fairmont Hotels` at fairmonthotel.com) and spelt-out umlauts (`Müller` at mueller.de) are
 * the company's own spellings, not edits. Deception for the evidence gate.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { parse as parseHost } from '../tld.js';
import { classifyEdit, isFreemailDomain, skeleton } from '../url/index.js';
import { foldText } from './confusables.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { fromEvidence, isBulkMail } from './sender.js';

export const MISSPELT_OWN_NAME = defineSignal({
  id: 'email.sender.misspelt_own_name',
  category: 'lookalike_domain',
  severity: 'medium',
  summary:
    'The From domain misspells the organisation the display name gives by one typing edit ("Ferri Imballaggi" at ferri-imballagi.it): a cousin domain of the company the sender claims to be',
});

export const MISSPELT_NAME_SIGNALS: SignalDef[] = [MISSPELT_OWN_NAME];

/** Shorter names have real neighbours one edit away (`acme`, `acne`); a registered cousin is long. */
const MIN_NAME = 8;
/** Display names are read up to this many words (a name longer than that is a sentence). */
const MAX_NAME_WORDS = 8;
/** Words joined into one name: "Northfield Packaging Group" is at most three or four. */
const MAX_JOINED = 4;

/**
 * The ways a display name's word is written in a domain: folded as the rest of Vigil folds letters
 * (accents, strokes such as `Wisła` → wisla: foldText), and with German umlauts spelt out
 * (`Müller` → mueller).
 */
function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  const spelt = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  const out = [foldText(lower).text, foldText(spelt).text].map((w) => w.replace(/[^a-z0-9]/g, ''));
  return [...new Set(out.filter(Boolean))];
}

/** Every run of up to MAX_JOINED consecutive words of the name (or its first and last), joined, in every spelling. */
function namesIn(display: string, short?: Set<string>): Set<string> {
  const words = display
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((w) => w.replace(/['’]/g, ''))
    .filter(Boolean)
    .slice(0, MAX_NAME_WORDS);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let joined = [''];
    for (let k = i; k < Math.min(words.length, i + MAX_JOINED); k++) {
      // two words meeting on the same letter share it in a domain: Serra Azul is serrazul
      joined = joined
        .flatMap((j) =>
          spellings(words[k]!).flatMap((s) => (j && j.at(-1) === s[0] ? [j + s, j + s.slice(1)] : [j + s])),
        )
        .slice(0, 16);
      for (const j of joined) {
        out.add(j);
        // the last word cut short, as domains shorten it ("Hornbeam Packaging" is hornbeampack,
        // "Keystone Insurance" keystoneins)
        if (k > i && short) {
          const last = spellings(words[k]!)[0] ?? '';
          for (let cut = MIN_SHORT_WORD; cut < last.length; cut++)
            short.add(j.slice(0, j.length - last.length + cut));
        }
      }
    }
    // the first word and a later one, the words between left out: "Harlow Industrial Supply" is
    // harlowsupply.com
    for (let k = i + 2; k < Math.min(words.length, i + MAX_JOINED); k++)
      for (const a of spellings(words[i]!)) for (const b of spellings(words[k]!)) out.add(a + b);
  }
  return out;
}

/**
 * A word of the name and the initials of the words after it: "Brenner Automotive Systems" is
 * brenner-as.com; or the initials of the words before a word of it: "El Paso Electric" is
 * epelectric.com. Only ever the company's own spelling, never a name a cousin is measured against
 * (so many forms would put every short domain one edit from one of them).
 */
function initialForms(display: string): Set<string> {
  const words = display
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_NAME_WORDS);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let lead = spellings(words[i]!)[0] ?? '';
    // … and the other way round: the initials of the first words and a later word whole ("El Paso
    // Electric" is epelectric.com)
    let initials = lead.slice(0, 1);
    for (let k = i + 1; k < Math.min(words.length, i + MAX_JOINED); k++) {
      const word = spellings(words[k]!)[0] ?? '';
      lead += word.slice(0, 1);
      out.add(lead);
      out.add(initials + word);
      initials += word.slice(0, 1);
    }
  }
  return out;
}

/** Shortest form a name's last word is cut to in a domain (`pack` for packaging). */
const MIN_SHORT_WORD = 2;

/** A plural or singular of the same name: an `s` added or left out at its end. */
function isPluralOf(a: string, b: string): boolean {
  return (a.length === b.length + 1 && a === `${b}s`) || (b.length === a.length + 1 && b === `${a}s`);
}

/** A company's legal form ending a signature line: "Bergmann Metallbau GmbH", "Drewpol Sp. z o.o.". */
const LEGAL_FORM =
  /^(.{3,60}?)[ ,]+(?:gmbh(?: & co\.? kg)?|ag|kg|ltd\.?|limited|llc|llp|inc\.?|plc|corp\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|s\.?a\.?s?|sarl|b\.?v\.?|n\.?v\.?|sp\. z o\.o\.|s\.?l\.?|lda\.?|oy|ab|a\/s|aps|s\.r\.o\.|a\.s\.|kft\.?|pty\.? ltd\.?)$/i;
/** Whether a word of `claim` is the domain's name with one capital letter or digit added at its end (`RazorpayX`). */
function productOf(claim: string, bare: string): boolean {
  return claim
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => /[a-z][A-Z0-9]$/.test(w) && w.slice(0, -1).toLowerCase() === bare);
}

/** How many of the text's last lines are read for a signature. */
const SIGNATURE_LINES = 25;

/** Company names the message signs with: the words before a legal form on one of its last lines. */
function signatureNames(facts: EmailFacts): string[] {
  const text = (facts.text || facts.visibleText || '').slice(-4000);
  const out: string[] = [];
  for (const line of text.split('\n').slice(-SIGNATURE_LINES)) {
    const m = LEGAL_FORM.exec(line.trim());
    // "Kontoinhaber: Bergmann Metallbau GmbH": the name after a label; a signature line names the
    // company in a few words ("sent by Workday on behalf of LumenWave Inc." is a sentence)
    const name = m?.[1]?.slice(m[1].lastIndexOf(':') + 1).trim();
    if (name && name.split(/\s+/).length <= 4 && out.length < 3) out.push(name);
  }
  return out;
}

export function misspeltNameSignals(facts: EmailFacts, _ctx: EmailContext): Signal[] {
  const from = facts.from;
  if (!from?.domain || isFreemailDomain(from.domain)) return [];
  // a mail service's sender name is its customer's brand, not the sending domain's owner
  if (isBulkMail(facts)) return [];
  const label = (parseHost(from.domain).domainWithoutSuffix ?? '').split('.').pop() ?? '';
  const bare = label.replace(/-/g, '');
  if (bare.length < MIN_NAME) return [];
  // the display name, then the company the signature names
  const claims = [
    ...(from.name ? [{ claim: from.name.slice(0, 200), where: 'display name' }] : []),
    ...signatureNames(facts).map((claim) => ({ claim, where: 'signature' })),
  ];
  const names = claims.map((c) => {
    const short = new Set<string>();
    return { ...c, names: namesIn(c.claim, short), short };
  });
  // the domain spells one of the names' words or runs of words exactly, or with its last word cut
  // short: the company's own
  if (names.some((c) => c.names.has(bare) || c.short.has(bare) || initialForms(c.claim).has(bare))) return [];
  // … or the name is the company's product, its name with a capital or a digit added
  // ("RazorpayX" from razorpay.com, "Acme2Go" aside): a cousin spells the name as written
  if (names.some((c) => productOf(c.claim, bare))) return [];
  const skel = skeleton(bare);
  for (const { claim, where, names: spelt, short } of names) {
    // a short form is only matched letter for look-alike letter (`hombeampack` for hornbeampack):
    // one edit from a cut-short word is too many names
    for (const name of short) {
      if (name.length < MIN_NAME || name.length !== bare.length + 1 || skeleton(name) !== skel) continue;
      return [
        MISSPELT_OWN_NAME.fire(
          `The sender's ${where} says "${claim.slice(0, 80)}", but its domain ${from.domain} writes that name with look-alike letters (${bare} for ${name})`,
          [fromEvidence(from)],
        ),
      ];
    }
    for (const name of spelt) {
      if (name.length < MIN_NAME || Math.abs(name.length - bare.length) > 1) continue;
      if (isPluralOf(bare, name)) continue;
      // one typing edit, or letters that read as others (`rn` as `m`)
      const edit =
        classifyEdit(bare, name) ?? (skeleton(name) === skel ? { what: 'look-alike letters' } : null);
      if (!edit) continue;
      return [
        MISSPELT_OWN_NAME.fire(
          `The sender's ${where} says "${claim.slice(0, 80)}", but its domain ${from.domain} misspells that name (${edit.what})`,
          [fromEvidence(from)],
        ),
      ];
    }
  }
  return [];
}
