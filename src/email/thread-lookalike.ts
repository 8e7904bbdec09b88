/**
 * A reply in a real thread from a look-alike of a correspondent's domain: the quoted message was
 * from or to `maya.singh@fabrikam.com`, and the new one comes from `maya.singh@fabrikam-inc.com`.
 * The thread hijack: an attacker who has read a conversation (a compromised mailbox, a forwarded
 * chain) registers a cousin of one party's domain and answers in the thread, usually to change where
 * the payment goes. The quoted addresses are the message's own testimony of who the conversation
 * was with; a party's domain changing to one that imitates it is the disguise.
 *
 * Read from the quoted header lines only (`From:`, `To:`, `Cc:`, `Sent:` blocks of Outlook, Gmail's
 * "On … <a@b> wrote:"), in the plain text. Silent when the sender's domain is a recipient's (the
 * recipient look-alike check says that) or when the config gives both domains one owner. Deception
 * for the evidence gate; high for an edit or look-alike letters, medium for the same name with a
 * word added or under another suffix, which a company's own second domain can also be.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { imitatesDomain, registrableDomain, sameOwner } from '../url/index.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { fromEvidence } from './sender.js';

export const THREAD_LOOKALIKE = defineSignal({
  id: 'email.sender.thread_lookalike',
  category: 'lookalike_domain',
  severity: 'high',
  // a one-edit or look-alike-letter cousin of the domain the quoted thread was with, replying into it:
  // nobody registers that by chance (as email.sender.recipient_lookalike at high)
  roles: { high: 'strong' },
  summary:
    'Replies in a thread whose quoted messages were with one domain (fabrikam.com) from a look-alike of it (fabrikam-inc.com): a hijacked conversation (medium when the look-alike only adds a word or changes the suffix)',
});

export const THREAD_LOOKALIKE_SIGNALS: SignalDef[] = [THREAD_LOOKALIKE];

/** How much of the text is searched for quoted headers, and how many addresses are compared. */
const MAX_TEXT = 60_000;
const MAX_ADDRESSES = 20;

/** A quoted header line naming people: `From: …`, `> To: …`, `*Cc:* …` (and their translations: `Fra:`, `Od:`, `Kimden:` …). */
const QUOTED_HEADER_LINE =
  /^[ \t>]*\*?(From|To|Cc|De|Von|An|Van|Aan|Da|A|Para|À|Envoyé par|Expéditeur|Destinataire|Remitente|Mittente|Fra|Från|Til|Till|Kopi|Kopia|Od|Do|DW|Lähettäjä|Vastaanottaja|Kimden|Kime|Afzender)\*?[ \t]*:[ \t]*([^\n]{0,400})$/gim;
/** The labels of those lines that name the quoted message's author. */
const AUTHOR_LABEL =
  /^(?:From|De|Von|Van|Da|Envoyé par|Expéditeur|Remitente|Mittente|Fra|Från|Od|Lähettäjä|Kimden|Afzender)$/i;
/** Gmail's and Apple Mail's attribution line: "On Mon, 3 Nov 2025, Maya <maya@fabrikam.com> wrote:". */
const WROTE_LINE =
  /\b(?:On|Am|Le|El|Em|Op|Il|Den|På|W dniu|Dnia)\b[^\n]{0,160}?<([^<>\s@]{1,64}@[^<>\s@]{1,255})>[^\n]{0,40}?(?:wrote|schrieb|a écrit|escribió|escreveu|schreef|ha scritto|skrev|napisał|napisała|kirjoitti|yazdı)\s*:/gi;
const ADDRESS = /[\w.+'-]{1,64}@((?:[a-z0-9-]{1,63}\.)+[a-z]{2,24})\b/gi;

/** The registrable domains of the addresses in the quoted headers, in order of appearance. */
export function quotedDomains(text: string): { domain: string; line: string }[] {
  const out: { domain: string; line: string }[] = [];
  const seen = new Set<string>();
  const add = (line: string) => {
    for (const m of line.matchAll(ADDRESS)) {
      const rd = registrableDomain(m[1]!.toLowerCase());
      if (!rd || seen.has(rd)) continue;
      seen.add(rd);
      out.push({ domain: rd, line: line.trim().slice(0, 200) });
      if (out.length >= MAX_ADDRESSES) return;
    }
  };
  for (const m of text.matchAll(QUOTED_HEADER_LINE)) {
    add(m[2]!);
    if (out.length >= MAX_ADDRESSES) return out;
  }
  for (const m of text.matchAll(WROTE_LINE)) {
    add(m[1]!);
    if (out.length >= MAX_ADDRESSES) return out;
  }
  return out;
}

/**
 * Where each quoted message's author is named, in order: its `From:` line (and translations) or its
 * "On … <a@b> wrote:" line, with the words naming them (in the first MAX_TEXT characters).
 */
export function quotedAuthors(text: string): { index: number; who: string }[] {
  const head = text.slice(0, MAX_TEXT);
  const out: { index: number; who: string }[] = [];
  for (const m of head.matchAll(QUOTED_HEADER_LINE))
    if (AUTHOR_LABEL.test(m[1]!)) out.push({ index: m.index, who: m[2]! });
  for (const m of head.matchAll(WROTE_LINE)) out.push({ index: m.index, who: m[0] });
  return out.sort((a, b) => a.index - b.index);
}

/** The detector: at most one signal, for the first quoted domain the sender's imitates. */
export function threadLookalikeSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from;
  const sender = from?.domain ? registrableDomain(from.domain) : null;
  if (!from || !sender || !facts.text) return [];
  const recipients = new Set(
    [...facts.to, ...facts.cc]
      .slice(0, 50)
      .map((m) => (m.domain ? registrableDomain(m.domain) : null))
      .filter((d): d is string => !!d),
  );
  // a cousin of the reader's own domain is email.sender.recipient_lookalike's to say
  for (const q of quotedDomains(facts.text.slice(0, MAX_TEXT))) {
    if (q.domain === sender || recipients.has(q.domain) || sameOwner(sender, q.domain, ctx.config)) continue;
    const imitation = imitatesDomain(sender, q.domain);
    if (!imitation) continue;
    return [
      THREAD_LOOKALIKE.fire(
        `From ${sender}, yet the quoted thread was with ${q.domain}: ${imitation.what}`,
        [fromEvidence(from), { where: 'body:text', text: q.line }],
        imitation.strength === 'strong' ? 'high' : 'medium',
      ),
    ];
  }
  return [];
}
