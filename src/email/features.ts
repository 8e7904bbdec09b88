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
 * Options (stored in the model's meta): function words/pronouns/courtesy words dropped from word
 * features (`stopwords`), character n-grams of all or only obfuscated-looking tokens, text block weight.
 * KEEP IN SYNC with FEATURES_VERSION: a change in what is extracted needs a retrained model.
 */
import { getDomain, parse as parseHost } from '../tld.js';
import type { Signal } from '../core/index.js';
import type { EmailFacts } from './facts.js';
import { foldConfusables, isLatinLookalike, safeDecodeUri, unwrapUrl } from '../url/index.js';
import { MAX_FEATURE_TEXT_CHARS, MAX_CHAR_GRAM_TEXT_CHARS, MAX_FEATURE_LINKS } from '../core/index.js';

export { MAX_FEATURE_TEXT_CHARS, MAX_CHAR_GRAM_TEXT_CHARS, MAX_FEATURE_LINKS } from '../core/index.js';

/** Stored in the model's meta; the scorer refuses a model trained on other features. */
export const FEATURES_VERSION = 'email-features/3';

/**
 * Signals read from headers the receiving side adds (Return-Path is written at final delivery):
 * they stay in the verdict as evidence but are not model features, so a message scores the same
 * with its receiving-side headers stripped, and the model cannot learn one corpus's delivery path.
 */
export const RECEIVING_SIDE_SIGNALS: ReadonlySet<string> = new Set(['email.sender.return_path_mismatch']);

export interface EmailFeatureOptions {
  /** Word bigrams (default true). */
  bigrams?: boolean;
  /** Character n-gram length (default 4; 0 turns them off). */
  charGrams?: number;
  /**
   * Character n-grams only of tokens that look obfuscated (look-alike letters folded, letters and
   * digits mixed inside a word, or a single letter spaced out) instead of every word (default false).
   */
  charGramsObfuscatedOnly?: boolean;
  /**
   * Drop function words, pronouns and courtesy words (English, Portuguese, German, Dutch, French,
   * Spanish) from word unigrams, bigrams and subject words (default false). Bigrams are then formed
   * over the remaining words (`verify your account` → `verify account`).
   */
  stopwords?: boolean;
  /** Scale of the whole text block (text, subject, chars) relative to rules/URL/structure (default 1). */
  textWeight?: number;
  /**
   * The text block only (words, word pairs, subject words, character n-grams): no sender, link,
   * structure or rule features. The wording model the evidence gate reads as an ask
   * (src/email/wording.ts) is trained and scored this way (default false).
   */
  textOnly?: boolean;
}

/** Named features of one message. Namespaces: text, subject, chars, url, from, structure, rule. */
export type EmailFeatures = Map<string, number>;

/**
 * Tokens that identify one training corpus rather than anything about the message: recipient
 * placeholders (phishing_pot `phishing@pot`, the honeypot owner's name; Nazario `username@domain.com`,
 * `jose@monkey.org`; SpamAssassin `yyyy@…netnoteinc.com`, `taint.org`; the USRP list's archiver
 * `lfdr.de` and its topic words). Dropped from every text feature.
 */
export const CORPUS_TOKENS: ReadonlySet<string> = new Set([
  'phishing',
  'phish',
  'pot',
  'honey',
  'rodrigo',
  'peixoto',
  'ferreira',
  'rfp',
  'username',
  'jose',
  'monkey',
  'yyyy',
  'zzzz',
  'xxxx',
  'netnoteinc',
  'taint',
  'spamassassin',
  'jmason',
  'slashnull',
  'lfdr',
  'usrp',
  'ettus',
  'uhd',
  'gnuradio',
  'fork',
  'xent',
  'ilug',
  'razor',
  'satalk',
  'exmh',
  'spamassassin-talk',
]);

/**
 * Function words, pronouns, auxiliaries and courtesy words, written by hand for English, Portuguese,
 * German, Dutch, French and Spanish. They say how a corpus writes (2002 list mail: "the", "that",
 * "it"; templates and LLM BEC: "please", "our", "your"), not what a message asks for, and let a model
 * learn each source's style instead of the lure.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // English
  (
    'a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up ' +
    "with within without about above after again against all am any are aren't be been before being below " +
    "between both can can't cannot could couldn't did didn't do does doesn't doing don't down during each " +
    "few further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him " +
    "himself his how how's i i'd i'll i'm i've is isn't it it's its itself let's me more most mustn't my " +
    "myself no not once only other ought our ours ourselves own same shan't she she'd she'll she's should " +
    "shouldn't some such that that's their theirs them themselves there there's these they they'd they'll " +
    "they're they've this those through too under until very was wasn't we we'd we'll we're we've were " +
    "weren't what what's when when's where where's which while who who's whom why why's will won't would " +
    "wouldn't you you'd you'll you're you've your yours yourself yourselves also just may might must shall " +
    "us via per upon etc ie eg yes ok okay oh well really would've could've get got one s t d ll m re ve " +
    'please pls thanks thank thx hi hello hey regards cheers kind best sincerely ' +
    // Portuguese
    'o os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem sob ' +
    'e ou mas se que quem qual quais cujo como quando onde porque pois eu tu ele ela nós vos eles elas ' +
    'me te lhe lhes meu minha meus minhas teu tua seu sua seus suas nosso nossa nossos nossas este esta ' +
    'isto esse essa isso aquele aquela aquilo ao aos à às é são foi era ser estar está estão tem têm ter há ' +
    'não sim já mais muito também só olá obrigado obrigada prezado prezada caro cara ' +
    // German
    'der die das den dem des ein eine einer eines einem einen und oder aber doch sondern wenn dann als ' +
    'wie zu zum zur im ins am an auf aus bei mit nach seit von vor für über unter durch gegen ohne um ' +
    'ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihnen mein meine dein deine sein seine ' +
    'ihre ihren unser unsere euer ist sind war waren bin bist hat haben hatte wird werden wurde kann können ' +
    'nicht kein keine ja nein auch nur noch schon sehr bitte danke hallo liebe lieber sehr geehrte geehrter ' +
    // Dutch
    'de het een en of maar dan als dat die dit deze van voor met op aan bij door naar om tot uit over ' +
    'onder ik jij je hij zij ze wij we jullie u uw mijn jouw zijn haar ons onze hun is zijn was waren ' +
    'ben bent heeft hebben had wordt worden kan kunnen niet geen ook nog al wel er hier daar bedankt dank ' +
    'graag alstublieft beste hoi ' +
    // French
    'le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont où ce cet cette ces ' +
    'je tu il elle on nous vous ils elles me te se moi toi lui leur leurs mon ma mes ton ta tes son sa ses ' +
    'notre nos votre vos est sont était être avoir a ont avait pas ne plus très aussi en dans par pour ' +
    'sur sous avec sans chez merci bonjour cordialement cher chère ' +
    // Spanish
    'el la los las un una unos unas lo de del al y o pero sino que quien cual como cuando donde porque ' +
    'yo tú él ella nosotros vosotros ellos ellas me te se le les nos os mi mis tu tus su sus nuestro ' +
    'nuestra vuestro es son era fue ser estar está están hay ha han tiene tienen no sí ya más muy también ' +
    'solo en con sin por para sobre entre hasta desde gracias hola estimado estimada saludos atentamente'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Letters and a (masked) digit run inside one word: `p0ypal`, `acc0unt`. */
const LETTER_DIGIT_MIX = /\p{L}0|0\p{L}/u;

/** Mixed-script words (`pаypal` with a Cyrillic а) fold through the one confusables fold (src/url). */
const LATIN_LETTER = /[a-z]/;
const NON_ASCII = /[^\x00-\x7f]/;
const LATIN_LETTER_ANY_CASE = /[A-Za-z]/;
/** A run of letters (a word, for the mixed-script fold). */
const MIXED_WORD = /[\p{L}\p{M}]+/gu;

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]|\udb40[\udc00-\udc7f]/g;
const COMBINING = /\p{M}+/gu;
// local part bounded (RFC 5321: 64 octets): unbounded, a 25 KB run of letters or `%` was scanned from
// every position in it (seconds per message, found by the fuzzer)
const EMAIL_ADDR = /[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}/gu;
const URL_IN_TEXT = /\b(?:(?:https?|hxxps?|ftp):\/\/|www\.)[^\s<>"')\]]+/giu;
const LONG_ID = /\b(?=[a-z]*\d)[0-9a-z_-]{12,}\b/g;
const DIGITS = /\d+(?:[.,:/-]\d+)*/g;
const ASCII_DIGIT = /[0-9]/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** `Re:`, `Fwd:`, `AW:` prefixes and `[list-name]` tags at the start of a subject. */
const SUBJECT_PREFIX =
  /^(?:\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|enc|res)\s*(?:\[\d+\])?\s*:|\[[^\]]{1,60}\]))+\s*/i;
/** Mailing-list footers (Mailman, Yahoo Groups, SourceForge): everything from the separator on. */
const LIST_FOOTER =
  /(?:^|\n)[ \t]*(?:_{10,}|-{10,}|={10,})[^\n]*\n(?:[^\n]*\n){0,3}[^\n]*(?:mailing list|listinfo|yahoo! groups|sponsored by|unsubscribe)/i;

/**
 * Normalise text for features: NFKC, invisible characters removed, mixed-script look-alike letters
 * folded, diacritics removed (multilingual lures: `verificação` = `verificacao`), lower-case,
 * URLs and e-mail addresses removed, long ids removed, digit runs masked as `0`.
 */
export function normalizeText(
  text: string,
  dropWords: ReadonlySet<string> = NO_WORDS,
  obfuscated?: Set<string>,
): string[] {
  // one plain ASCII word, perhaps with one trailing punctuation mark (most tokens of a body): every
  // step below leaves it as its lower-case letters (no look-alike, mark, URL, address, id or digit)
  if (PLAIN_WORD.test(text)) {
    const last = text.charCodeAt(text.length - 1);
    const w = (last >= 0x41 ? text : text.slice(0, -1)).toLowerCase();
    return CORPUS_TOKENS.has(w) || dropWords.has(w) ? [] : [w];
  }
  return normalizeTextReference(text, dropWords, obfuscated);
}

const NO_WORDS: ReadonlySet<string> = new Set();
const PLAIN_WORD = /^[A-Za-z]{1,30}[.,;:!?)]?$/;

/** normalizeText without its shortcut for a plain word (tests compare the two). */
export function normalizeTextReference(
  text: string,
  dropWords: ReadonlySet<string> = NO_WORDS,
  obfuscated?: Set<string>,
): string[] {
  // mixed-script words fold before NFKC, which would turn some look-alikes (Ϲ) into other letters (Σ)
  const prefolded = new Set<string>();
  // (a look-alike is never ASCII: an ASCII word or text has none to fold)
  const ascii = !NON_ASCII.test(text);
  let t = ascii
    ? text
    : text.replace(MIXED_WORD, (w) => {
        if (!LATIN_LETTER_ANY_CASE.test(w) || !NON_ASCII.test(w) || ![...w].some(isLatinLookalike)) return w;
        const f = foldConfusables(w).text;
        prefolded.add(f.toLowerCase());
        return f;
      });
  if (ascii) {
    // NFKC and NFKD leave ASCII as it is, and no ASCII character is invisible or a combining mark;
    // a URL needs '://' or 'www.', an address '@' (the regexes are not run on a text without them)
    t = t.toLowerCase();
    if (t.includes('://') || t.includes('www.')) t = t.replace(URL_IN_TEXT, ' ');
    if (t.includes('@')) t = t.replace(EMAIL_ADDR, ' ');
  } else {
    t = t.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
    t = t.replace(URL_IN_TEXT, ' ').replace(EMAIL_ADDR, ' ');
    t = t.normalize('NFKD').replace(COMBINING, '');
  }
  // a long id and a digit run both need a digit
  if (ASCII_DIGIT.test(t)) t = t.replace(LONG_ID, ' ').replace(DIGITS, '0');
  const words: string[] = [];
  for (const m of t.matchAll(WORD)) {
    let w = m[0];
    if (w.length > 30) continue;
    const wordAscii = ascii || !NON_ASCII.test(w);
    if (!wordAscii) w = w.replace(/’/g, "'");
    let folded = !ascii && prefolded.has(w);
    if (!wordAscii && LATIN_LETTER.test(w) && [...w].some(isLatinLookalike)) {
      w = foldConfusables(w).text;
      folded = true;
    }
    if (CORPUS_TOKENS.has(w) || dropWords.has(w)) continue;
    if (obfuscated && (folded || LETTER_DIGIT_MIX.test(w))) obfuscated.add(w);
    words.push(w);
  }
  return words;
}

/** Words of the recipients' names and addresses, dropped from text (greetings name the recipient). */
export function recipientWords(facts: EmailFacts): Set<string> {
  const out = new Set<string>();
  for (const m of [...facts.to, ...facts.cc]) {
    for (const part of `${m.name} ${m.address.split('@')[0] ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (part.length >= 3) out.add(part);
    }
  }
  return out;
}

/** `On Mon, 1 Jan 2024, Ann <a@b> wrote:` and similar attribution lines that introduce a quote. */
const ATTRIBUTION =
  /^[^\n]{0,200}(?:wrote|writes|schrieb|a écrit|escreveu|escribió|scrisse|schreef)\s*:\s*$/i;
/** Outlook-style forwarded/replied block: everything after it is someone else's message. */
const ORIGINAL_MESSAGE =
  /^\s*(?:-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|mensagem original|message d'origine)\s*-{2,}|_{20,}\s*$)/i;

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
    if (ATTRIBUTION.test(line) && lines.slice(i + 1, i + 4).some((l) => /^\s*>/.test(l) || !l.trim()))
      continue;
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
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'protonmail.com',
  'proton.me',
  'zoho.com',
  'qq.com',
  '163.com',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'libero.it',
  'orange.fr',
  'free.fr',
  'laposte.net',
  't-online.de',
]);

const RISKY_EXT =
  /\.(exe|scr|com|bat|cmd|pif|js|jse|vbs|vbe|wsf|hta|jar|msi|iso|img|lnk|ps1|docm|xlsm|pptm|zip|rar|7z|gz|html?|shtml|svg)$/i;
const PATH_WORD = /[a-z]{3,20}/g;
/** Path and host words that carry meaning in phishing URLs (login pages, kits, verification). */
const URL_WORDS = new Set([
  'login',
  'logon',
  'signin',
  'sign',
  'verify',
  'verification',
  'secure',
  'security',
  'account',
  'accounts',
  'update',
  'confirm',
  'auth',
  'password',
  'webmail',
  'banking',
  'bank',
  'wallet',
  'billing',
  'invoice',
  'payment',
  'pay',
  'support',
  'recovery',
  'unlock',
  'suspend',
  'suspended',
  'validate',
  'validation',
  'wp',
  'admin',
  'content',
  'includes',
  'php',
  'cgi',
  'bin',
  'index',
  'html',
  'htm',
  'aspx',
  'redirect',
  'redir',
  'track',
  'click',
  'url',
  'download',
  'file',
  'files',
  'share',
  'doc',
  'docs',
  'document',
  'view',
  'portal',
  'office',
  'outlook',
  'mail',
  'apple',
  'paypal',
  'microsoft',
  'amazon',
  'netflix',
  'ebay',
  'dhl',
  'bit',
  'tinyurl',
  'unsubscribe',
  'ipfs',
]);

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
}

function addNormalized(out: EmailFeatures, names: Iterable<string>, scale = 1): void {
  const set = new Set(names);
  if (set.size === 0 || scale <= 0) return;
  const v = scale / Math.sqrt(set.size);
  for (const n of set) out.set(n, (out.get(n) ?? 0) + v);
}

/** The subject as features read it: reply/forward prefixes and list tags removed, first 1,000 characters. */
export function featureSubject(subject: string): string {
  return subject.replace(SUBJECT_PREFIX, '').slice(0, 1000);
}

/** The body as features read it: list footer and quoted text removed, first MAX_FEATURE_TEXT_CHARS. */
export function featureBody(visibleText: string): string {
  return stripQuoted(stripListFooter(visibleText.slice(0, MAX_FEATURE_TEXT_CHARS)));
}

/** Named features of one message: facts from the analyzer plus the rule signals that fired. */
export function emailFeatures(
  facts: EmailFacts,
  signals: readonly Signal[],
  opts: EmailFeatureOptions = {},
): EmailFeatures {
  const drop = recipientWords(facts);
  const obfuscated = opts.charGramsObfuscatedOnly ? new Set<string>() : undefined;
  const subjectWords = normalizeText(featureSubject(facts.subject), drop, obfuscated);
  const bodyWords = normalizeText(featureBody(facts.visibleText), drop, obfuscated);
  const rest = opts.textOnly ? NO_NON_TEXT : nonTextFeatures(facts, signals);
  return assembleFeatures(subjectWords, bodyWords, rest, opts, obfuscated);
}

/** The non-text features of a text-only feature set: none. */
const NO_NON_TEXT: NonTextFeatures = { entries: new Map(), when: new Map() };

/**
 * The named features from the normalised subject and body words and the non-text features: the
 * text block (words, bigrams, subject words, character n-grams), then the rest. The windowed scorer
 * (src/email/window-score.ts) calls it for the window that wins, with the words it already has.
 */
export function assembleFeatures(
  subjectWords: readonly string[],
  bodyWords: readonly string[],
  rest: NonTextFeatures,
  opts: EmailFeatureOptions = {},
  obfuscated?: ReadonlySet<string>,
): EmailFeatures {
  const out: EmailFeatures = new Map();
  const bigrams = opts.bigrams ?? true;
  const charN = opts.charGrams ?? 4;
  const stop = opts.stopwords ? STOPWORDS : null;
  const textWeight = opts.textWeight ?? 1;

  // ---- text: subject + visible body
  const words = [...subjectWords, ...bodyWords];
  // content words: bigrams are formed over them, so "verify your account" gives "verify account"
  const content = stop ? words.filter((w) => !stop.has(w)) : words;
  const textNames: string[] = [];
  for (const w of content) if (w.length >= 2) textNames.push(`text: "${w}"`);
  if (bigrams)
    for (let i = 1; i < content.length; i++) textNames.push(`text: "${content[i - 1]} ${content[i]}"`);
  addNormalized(out, textNames, textWeight);
  const subjectContent = stop ? subjectWords.filter((w) => !stop.has(w)) : subjectWords;
  addNormalized(
    out,
    subjectContent.filter((w) => w.length >= 2).map((w) => `subject: "${w}"`),
    textWeight,
  );
  if (charN > 0) {
    const grams: string[] = [];
    let chars = 0;
    for (const w of words) {
      if (chars > MAX_CHAR_GRAM_TEXT_CHARS) break;
      if (obfuscated && !obfuscated.has(w)) continue;
      chars += w.length + 1;
      const padded = ` ${w} `;
      for (let i = 0; i + charN <= padded.length; i++) grams.push(`chars: "${padded.slice(i, i + charN)}"`);
    }
    addNormalized(out, grams, textWeight);
  }
  // everything else (sender, links, structure, attachments, rules) does not read the words, apart
  // from three flags that read their count
  const nWords = words.length;
  for (const [name, value] of rest.entries) {
    const when = rest.when.get(name);
    if (!when || when(nWords)) out.set(name, value);
  }
  return out;
}

/**
 * The features that do not read the words, in the order `emailFeatures` adds them (the order fixes
 * how hash collisions sum, so it is part of the model's arithmetic). Three of them depend on the
 * number of words: `when` holds their condition. Computed once per message: a long body's windows
 * (src/email/model.ts) share it.
 */
export interface NonTextFeatures {
  entries: EmailFeatures;
  when: Map<string, (nWords: number) => boolean>;
}

export function nonTextFeatures(facts: EmailFacts, signals: readonly Signal[]): NonTextFeatures {
  const out: EmailFeatures = new Map();
  const when = new Map<string, (nWords: number) => boolean>();
  // no length buckets: with quotes stripped, list replies are short, so length would learn
  // "short = benign" from how the ham was collected, and short BEC ("are you at your desk?") is real
  out.set('structure: no readable text', 1);
  when.set('structure: no readable text', (nWords) => nWords === 0);

  // ---- sender (address only; display names are covered by the impersonation rules)
  const fromDomain = facts.from?.domain ?? '';
  const fromSite = fromDomain ? (getDomain(fromDomain) ?? fromDomain) : '';
  if (!fromDomain) out.set('from: no address', 1);
  else {
    if (FREEMAIL.has(fromSite)) out.set('from: free-mail address', 1);
    // no raw "Reply-To elsewhere" feature: mailing lists set Reply-To to the list, so it would learn
    // "Reply-To elsewhere = benign"; email.sender.reply_to_mismatch (lists excluded) carries it
    if (facts.from?.name && /@/.test(facts.from.name)) out.set('from: display name contains an address', 1);
  }

  // ---- links
  // not the web addresses of QR codes in pictures (source 'qr', src/email/qr.ts): the rules and the
  // URL checks judge them, the model does not. Its features stay a function of the message's text
  // and HTML as in the corpora it was trained on, and deterministic: QR decoding has its own time
  // limit, so the same message could get different features on a slower machine
  const links = facts.links.filter((l) => l.source !== 'qr').slice(0, MAX_FEATURE_LINKS);
  const urlNames: string[] = [];
  const sites = new Set<string>();
  let offSender = 0;
  let httpLinks = 0;
  let hrefs = 0;
  for (const link of links) {
    if (link.source === 'html:href') hrefs++;
    // the destination behind a link rewriter (Safe Links, Proofpoint …): the gateway's host, its long
    // encoded URL and its redirect parameter say how the mail was delivered, not what it links to;
    // an opaque rewriter (Mimecast) hides the destination: no URL features for that link
    const dest = unwrapUrl(link.url.startsWith('//') ? `http:${link.url}` : link.url).url;
    if (dest === null) continue;
    let u: URL;
    try {
      u = new URL(dest);
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
      for (const m of wordy.toLowerCase().matchAll(PATH_WORD))
        if (URL_WORDS.has(m[0])) urlNames.push(`url: host word "${m[0]}"`);
    }
    if (u.port) urlNames.push('url: explicit port');
    if (u.username || u.password) urlNames.push('url: user-info before host');
    const path = safeDecodeUri(u.pathname + u.search).toLowerCase();
    for (const m of path.matchAll(PATH_WORD))
      if (URL_WORDS.has(m[0])) urlNames.push(`url: path word "${m[0]}"`);
    const ext = /\.([a-z0-9]{2,5})$/.exec(u.pathname.toLowerCase());
    if (ext) urlNames.push(`url: file type ".${ext[1]}"`);
    if (/[?&][^=]*=(?:https?%3a|https?:)/i.test(u.search)) urlNames.push('url: redirect parameter');
    if (u.href.length > 200) urlNames.push('url: very long');
  }
  addNormalized(out, urlNames);
  out.set(`structure: links ${bucket(httpLinks, [0, 1, 3, 10, 30])}`, 1);
  out.set(`structure: link sites ${bucket(sites.size, [0, 1, 2, 5])}`, 1);
  if (httpLinks > 0 && fromSite) {
    out.set(
      offSender === httpLinks
        ? 'url: every link leaves the sender domain'
        : offSender === 0
          ? 'url: every link on the sender domain'
          : 'url: some links leave the sender domain',
      1,
    );
  }
  if (hrefs > 0 && facts.htmlFacts) {
    out.set('structure: link-dense HTML', 1);
    when.set('structure: link-dense HTML', (nWords) => hrefs / Math.max(1, nWords) > 0.2);
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
    if (h.images.length > 0) {
      out.set('structure: image with little text', 1);
      when.set('structure: image with little text', (nWords) => nWords < 30);
    }
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
  return { entries: out, when };
}
