/**
 * Email model features: what the learned model reads from one message, as named features
 * (name → value) whose names are already the words a verdict shows (`text: "verify your account"`).
 *
 * What is deliberately NOT a feature (the training corpora were collected through very different
 * pipelines; see ../shared/data/email/README.md "Artefacts a model could cheat on"):
 * - no header other than Subject and the From address/domain: no Received, X-MS-*, X-Microsoft-*,
 *   Authentication-Results of untrusted hosts, Received-SPF, X-EOP, SCL (another filter's verdict),
 *   no Message-ID, Date, X-Mailer, List-* or In-Reply-To/References, no header presence patterns;
 * - no dates or numbers (every digit run is masked), no line endings (text is decoded first),
 *   no e-mail addresses in the text (recipient placeholders such as phishing@pot, yyyy@…),
 *   no recipient names, no mailing-list subject tags or footers, no reply/forward prefixes;
 * - no registrable domain names or TLDs of links and senders (they name one corpus's senders and era);
 *   only generic URL shape and words (path words, IP host, scheme, link/sender domain agreement);
 * - no quoted text of replies (judged on what the message adds) and no part-type/image-count features.
 * Rule signals enter as `rule: <id>`, so the learned weights decide how much each rule counts.
 * KEEP IN SYNC with FEATURES_VERSION: a change in what is extracted needs a retrained model.
 */
import { getDomain, parse as parseHost } from 'tldts';
import type { Signal } from '../core/index.js';
import type { EmailFacts } from './facts.js';

/** Stored in the model's meta; the scorer refuses a model trained on other features. */
export const FEATURES_VERSION = 'email-features/1';

/**
 * Signals read from headers the receiving side adds (Return-Path is written at final delivery):
 * they stay in the verdict as evidence but are not model features, so a message scores the same
 * with its receiving-side headers stripped, and the model cannot learn one corpus's delivery path.
 */
export const RECEIVING_SIDE_SIGNALS: ReadonlySet<string> = new Set(['email.sender.return_path_mismatch']);

/** Text (subject + visible body) analysed for word features: the start of a message carries the lure. */
export const MAX_FEATURE_TEXT_CHARS = 20_000;
/** Text analysed for character n-grams (costlier per character). */
export const MAX_CHAR_GRAM_TEXT_CHARS = 3_000;
/** Links whose URL features are extracted. */
export const MAX_FEATURE_LINKS = 200;

export interface EmailFeatureOptions {
  /** Word bigrams (default true). */
  bigrams?: boolean;
  /** Character n-gram length (default 4; 0 turns them off). */
  charGrams?: number;
}

/** Named features of one message. Namespaces: text, subject, chars, url, from, structure, rule. */
export type EmailFeatures = Map<string, number>;

/**
 * Tokens that identify one training corpus rather than anything about the message: recipient
 * placeholders (phishing_pot `phishing@pot`, the honeypot owner's name; Nazario `username@domain.com`,
 * `jose@monkey.org`; SpamAssassin `yyyy@…netnoteinc.com`, `taint.org`; the USRP list's archiver
 * `lfdr.de` and its topic words). Dropped from every text feature.
 */
const CORPUS_TOKENS = new Set([
  'phishing', 'phish', 'pot', 'honey', 'rodrigo', 'peixoto', 'ferreira', 'rfp',
  'username', 'jose', 'monkey', 'yyyy', 'zzzz', 'xxxx', 'netnoteinc', 'taint', 'spamassassin', 'jmason', 'slashnull',
  'lfdr', 'usrp', 'ettus', 'uhd', 'gnuradio', 'fork', 'xent', 'ilug', 'razor', 'satalk', 'exmh', 'spamassassin-talk',
]);

/** A few mixed-script look-alike letters (Cyrillic/Greek inside Latin words: `pаypal` with a Cyrillic а). */
const CONFUSABLE: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԝ: 'w', к: 'k',
  м: 'm', т: 't', в: 'b', н: 'h', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const NON_LATIN_LETTER = /[\u0370-\u03ff\u0400-\u04ff]/;
const LATIN_LETTER = /[a-z]/;

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]|\udb40[\udc00-\udc7f]/g;
const COMBINING = /\p{M}+/gu;
const EMAIL_ADDR = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
const URL_IN_TEXT = /\b(?:(?:https?|hxxps?|ftp):\/\/|www\.)[^\s<>"')\]]+/giu;
const LONG_ID = /\b(?=[a-z]*\d)[0-9a-z_-]{12,}\b/g;
const DIGITS = /\d+(?:[.,:/-]\d+)*/g;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** `Re:`, `Fwd:`, `AW:` prefixes and `[list-name]` tags at the start of a subject. */
const SUBJECT_PREFIX = /^(?:\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|enc|res)\s*(?:\[\d+\])?\s*:|\[[^\]]{1,60}\]))+\s*/i;
/** Mailing-list footers (Mailman, Yahoo Groups, SourceForge): everything from the separator on. */
const LIST_FOOTER =
  /(?:^|\n)[ \t]*(?:_{10,}|-{10,}|={10,})[^\n]*\n(?:[^\n]*\n){0,3}[^\n]*(?:mailing list|listinfo|yahoo! groups|sponsored by|unsubscribe)/i;

/**
 * Normalise text for features: NFKC, invisible characters removed, mixed-script look-alike letters
 * folded, diacritics removed (multilingual lures: `verificação` = `verificacao`), lower-case,
 * URLs and e-mail addresses removed, long ids removed, digit runs masked as `0`.
 */
export function normalizeText(text: string, dropWords: ReadonlySet<string> = new Set()): string[] {
  let t = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  t = t.replace(URL_IN_TEXT, ' ').replace(EMAIL_ADDR, ' ');
  t = t.normalize('NFKD').replace(COMBINING, '');
  t = t.replace(LONG_ID, ' ').replace(DIGITS, '0');
  const words: string[] = [];
  for (const m of t.matchAll(WORD)) {
    let w = m[0].replace(/’/g, "'");
    if (w.length > 30) continue;
    if (NON_LATIN_LETTER.test(w) && LATIN_LETTER.test(w)) w = [...w].map((c) => CONFUSABLE[c] ?? c).join('');
    if (CORPUS_TOKENS.has(w) || dropWords.has(w)) continue;
    words.push(w);
  }
  return words;
}

/** Words of the recipients' names and addresses, dropped from text (greetings name the recipient). */
function recipientWords(facts: EmailFacts): Set<string> {
  const out = new Set<string>();
  for (const m of [...facts.to, ...facts.cc]) {
    for (const part of `${m.name} ${m.address.split('@')[0] ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (part.length >= 3) out.add(part);
    }
  }
  return out;
}

/** `On Mon, 1 Jan 2024, Ann <a@b> wrote:` and similar attribution lines that introduce a quote. */
const ATTRIBUTION = /^[^\n]{0,200}(?:wrote|writes|schrieb|a écrit|escreveu|escribió|scrisse|schreef)\s*:\s*$/i;
/** Outlook-style forwarded/replied block: everything after it is someone else's message. */
const ORIGINAL_MESSAGE = /^\s*(?:-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|mensagem original|message d'origine)\s*-{2,}|_{20,}\s*$)/i;

/**
 * The message's own words: quoted lines (`> …`), the attribution line before them and an Outlook
 * `-----Original Message-----` tail are dropped. A reply quoting a legitimate thread must be judged
 * on what it adds (thread-hijacking BEC), and quoting is how mailing-list archives look, not what
 * makes mail benign.
 */
export function stripQuoted(text: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ORIGINAL_MESSAGE.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    if (ATTRIBUTION.test(line) && lines.slice(i + 1, i + 4).some((l) => /^\s*>/.test(l) || !l.trim())) continue;
    out.push(line);
  }
  return out.join('\n');
}

/** Cut a mailing-list footer (and everything after it) from a body. */
export function stripListFooter(text: string): string {
  const m = LIST_FOOTER.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const FREEMAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'aol.com', 'icloud.com', 'me.com', 'mail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'yandex.com',
  'yandex.ru', 'mail.ru', 'protonmail.com', 'proton.me', 'zoho.com', 'qq.com', '163.com', 'uol.com.br',
  'bol.com.br', 'terra.com.br', 'libero.it', 'orange.fr', 'free.fr', 'laposte.net', 't-online.de',
]);

const RISKY_EXT = /\.(exe|scr|com|bat|cmd|pif|js|jse|vbs|vbe|wsf|hta|jar|msi|iso|img|lnk|ps1|docm|xlsm|pptm|zip|rar|7z|gz|html?|shtml|svg)$/i;
const PATH_WORD = /[a-z]{3,20}/g;
/** Path and host words that carry meaning in phishing URLs (login pages, kits, verification). */
const URL_WORDS = new Set([
  'login', 'logon', 'signin', 'sign', 'verify', 'verification', 'secure', 'security', 'account', 'accounts', 'update',
  'confirm', 'auth', 'password', 'webmail', 'banking', 'bank', 'wallet', 'billing', 'invoice', 'payment', 'pay',
  'support', 'recovery', 'unlock', 'suspend', 'suspended', 'validate', 'validation', 'wp', 'admin', 'content',
  'includes', 'php', 'cgi', 'bin', 'index', 'html', 'htm', 'aspx', 'redirect', 'redir', 'track', 'click', 'url',
  'download', 'file', 'files', 'share', 'doc', 'docs', 'document', 'view', 'portal', 'office', 'outlook', 'mail',
  'apple', 'paypal', 'microsoft', 'amazon', 'netflix', 'ebay', 'dhl', 'bit', 'tinyurl', 'unsubscribe', 'ipfs',
]);

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
}

function addNormalized(out: EmailFeatures, names: Iterable<string>): void {
  const set = new Set(names);
  if (set.size === 0) return;
  const v = 1 / Math.sqrt(set.size);
  for (const n of set) out.set(n, (out.get(n) ?? 0) + v);
}

/** Named features of one message: facts from the analyzer plus the rule signals that fired. */
export function emailFeatures(facts: EmailFacts, signals: readonly Signal[], opts: EmailFeatureOptions = {}): EmailFeatures {
  const out: EmailFeatures = new Map();
  const drop = recipientWords(facts);
  const bigrams = opts.bigrams ?? true;
  const charN = opts.charGrams ?? 4;

  // ---- text: subject + visible body
  const subject = facts.subject.replace(SUBJECT_PREFIX, '');
  const subjectWords = normalizeText(subject.slice(0, 1000), drop);
  const body = stripQuoted(stripListFooter(facts.visibleText.slice(0, MAX_FEATURE_TEXT_CHARS)));
  const bodyWords = normalizeText(body, drop);
  const words = [...subjectWords, ...bodyWords];
  const textNames: string[] = [];
  for (const w of words) if (w.length >= 2) textNames.push(`text: "${w}"`);
  if (bigrams) for (let i = 1; i < words.length; i++) textNames.push(`text: "${words[i - 1]} ${words[i]}"`);
  addNormalized(out, textNames);
  addNormalized(out, subjectWords.filter((w) => w.length >= 2).map((w) => `subject: "${w}"`));
  if (charN > 0) {
    const grams: string[] = [];
    let chars = 0;
    for (const w of words) {
      if (chars > MAX_CHAR_GRAM_TEXT_CHARS) break;
      chars += w.length + 1;
      const padded = ` ${w} `;
      for (let i = 0; i + charN <= padded.length; i++) grams.push(`chars: "${padded.slice(i, i + charN)}"`);
    }
    addNormalized(out, grams);
  }
  const nWords = words.length;
  // no length buckets: with quotes stripped, list replies are short, so length would learn
  // "short = benign" from how the ham was collected, and short BEC ("are you at your desk?") is real
  if (nWords === 0) out.set('structure: no readable text', 1);

  // ---- sender (address only; display names are covered by the impersonation rules)
  const fromDomain = facts.from?.domain ?? '';
  const fromSite = fromDomain ? getDomain(fromDomain) ?? fromDomain : '';
  if (!fromDomain) out.set('from: no address', 1);
  else {
    if (FREEMAIL.has(fromSite)) out.set('from: free-mail address', 1);
    // no raw "Reply-To elsewhere" feature: mailing lists set Reply-To to the list, so it would learn
    // "Reply-To elsewhere = benign"; email.sender.reply_to_mismatch (lists excluded) carries it
    if (facts.from?.name && /@/.test(facts.from.name)) out.set('from: display name contains an address', 1);
  }

  // ---- links
  const links = facts.links.slice(0, MAX_FEATURE_LINKS);
  const urlNames: string[] = [];
  const sites = new Set<string>();
  let offSender = 0;
  let httpLinks = 0;
  let hrefs = 0;
  for (const link of links) {
    if (link.source === 'html:href') hrefs++;
    let u: URL;
    try {
      u = new URL(link.url.startsWith('//') ? `http:${link.url}` : link.url);
    } catch {
      continue;
    }
    if (u.protocol === 'mailto:') {
      urlNames.push('url: mailto link');
      continue;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      urlNames.push(`url: scheme "${u.protocol.replace(':', '')}"`);
      continue;
    }
    // mailing-list infrastructure (Mailman listinfo/archives) says how the mail was collected
    if (/\/(?:mailman|pipermail)\/|\/listinfo\b/i.test(u.pathname)) continue;
    if (link.source === 'html:img') continue; // images: counted in structure, not tokenised
    httpLinks++;
    const host = u.hostname.toLowerCase();
    const p = parseHost(host);
    const site = p.domain ?? host;
    sites.add(site);
    if (fromSite && site !== fromSite) offSender++;
    if (u.protocol === 'http:') urlNames.push('url: plain http');
    if (p.isIp) urlNames.push('url: IP address host');
    else {
      if (host.startsWith('xn--') || host.includes('.xn--')) urlNames.push('url: punycode host');
      const sub = p.subdomain ?? '';
      const labels = sub ? sub.split('.').filter((l) => l && l !== 'www').length : 0;
      if (labels >= 3) urlNames.push('url: deep subdomains');
      // words of the subdomain and of a hyphenated registrable label (combosquats: paypal-secure-login)
      const wordy = `${sub} ${(p.domainWithoutSuffix ?? '').includes('-') ? p.domainWithoutSuffix : ''}`;
      for (const m of wordy.toLowerCase().matchAll(PATH_WORD)) if (URL_WORDS.has(m[0])) urlNames.push(`url: host word "${m[0]}"`);
    }
    if (u.port) urlNames.push('url: explicit port');
    if (u.username || u.password) urlNames.push('url: user-info before host');
    const path = decodeSafe(u.pathname + u.search).toLowerCase();
    for (const m of path.matchAll(PATH_WORD)) if (URL_WORDS.has(m[0])) urlNames.push(`url: path word "${m[0]}"`);
    const ext = /\.([a-z0-9]{2,5})$/.exec(u.pathname.toLowerCase());
    if (ext) urlNames.push(`url: file type ".${ext[1]}"`);
    if (/[?&][^=]*=(?:https?%3a|https?:)/i.test(u.search)) urlNames.push('url: redirect parameter');
    if (u.href.length > 200) urlNames.push('url: very long');
  }
  addNormalized(out, urlNames);
  out.set(`structure: links ${bucket(httpLinks, [0, 1, 3, 10, 30])}`, 1);
  out.set(`structure: link sites ${bucket(sites.size, [0, 1, 2, 5])}`, 1);
  if (httpLinks > 0 && fromSite) {
    out.set(offSender === httpLinks ? 'url: every link leaves the sender domain' : offSender === 0 ? 'url: every link on the sender domain' : 'url: some links leave the sender domain', 1);
  }
  if (hrefs > 0 && facts.htmlFacts) {
    const words = Math.max(1, nWords);
    if (hrefs / words > 0.2) out.set('structure: link-dense HTML', 1);
  }

  // ---- structure
  // No part-type features (HTML-only vs multipart vs text-only) and no image counts: in the
  // training corpora they mark the collection (2002 ham is text, honeypot phish is HTML, rendered
  // templates are always multipart), not the intent. Forms, scripts and hidden text stay.
  const h = facts.htmlFacts;
  if (h) {
    if (h.forms.length) out.set('structure: HTML form', 1);
    if (h.forms.some((f) => f.hasPassword)) out.set('structure: password field', 1);
    if (h.scripts) out.set('structure: script', 1);
    if (h.iframes) out.set('structure: iframe', 1);
    if (h.images.length > 0 && nWords < 30) out.set('structure: image with little text', 1);
    const hiddenChars = h.hidden.reduce((n, x) => n + x.text.length, 0);
    const ratio = h.totalTextChars > 0 ? hiddenChars / h.totalTextChars : 0;
    if (ratio > 0.05) out.set(`structure: hidden text ${ratio > 0.3 ? 'over 30%' : '5–30%'}`, 1);
  }
  // no raw zero-width feature: mail clients insert them in benign mail, so it would learn a negative
  // weight that an attacker could buy by sprinkling U+200B; email.hidden.invisible_chars carries it
  const att = facts.attachments;
  if (att.length) out.set(`structure: attachments ${bucket(att.length, [1, 3])}`, 1);
  for (const a of att.slice(0, 20)) {
    const ext = /\.([a-z0-9]{1,6})$/i.exec(a.filename)?.[1]?.toLowerCase();
    if (ext) out.set(`attachment: type ".${ext}"`, 1);
    else out.set(`attachment: MIME "${a.mimeType.split(';')[0]}"`, 1);
    if (RISKY_EXT.test(a.filename)) out.set('attachment: risky file type', 1);
  }

  // ---- rule signals
  for (const sig of signals) if (!RECEIVING_SIDE_SIGNALS.has(sig.id)) out.set(`rule: ${sig.id}`, 1);
  return out;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
