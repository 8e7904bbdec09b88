/**
 * A lure forwarded by someone who reports it: "Heads-up: several people on our team got the email
 * below … it looks like it's impersonating you. Nobody clicked it." Customers send these to a
 * support desk, staff to IT, and the forwarded lure carries every ask and disguise of the original.
 * Those are quoted, not aimed at the reader; only what the forwarder adds (their own address, an
 * attachment, authentication of their own mail) is still evidence.
 *
 * Recognised only when the forwarder's own words, above the forwarding marker, say the message is a
 * lure and are written to the reader (a greeting, "you", the desk's name), and no link sits in those words (every link of the message is inside the forwarded part, so
 * a lure cannot hide its own button above a fake report). The content, link, URL and domain signals
 * drawn from the body are then shown at info (never weighed by the evidence gate), each saying so,
 * and one info signal says why.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import type { EmailFacts } from './facts.js';
import { normalizeForMatch } from './normalize.js';
import { isGovernmentDomain } from './sender.js';
import { hostOf } from './links.js';
import { extractTextUrls } from './text-urls.js';

export const REPORTED_FORWARD = defineSignal({
  id: 'email.content.reported_forward',
  category: 'phishing',
  severity: 'info',
  summary:
    "Forwards a message the writer reports as a lure (to IT, a support desk), or asks whether one they received is genuine: that message's asks and links are shown, not weighed",
});

export const REPORTED_FORWARD_SIGNALS: SignalDef[] = [REPORTED_FORWARD];

/** How much of the text is searched for the marker, and how long the forwarder's own words may be. */
const MAX_TEXT = 60_000;
const MAX_NOTE = 3_000;

/**
 * The line a mail client writes above a forwarded message, in the languages of its users: Gmail's
 * "---------- Forwarded message ---------", Apple's "Begin forwarded message:", Outlook's
 * "-----Original Message-----" and its "From: … Sent: …" block under a rule.
 */
const FORWARD_MARKER =
  /^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|message transf[ée]r[ée]|message d'origine|weitergeleitete nachricht|urspr[üu]ngliche nachricht|mensaje reenviado|mensaje original|mensagem encaminhada|mensagem original|messaggio inoltrato|messaggio originale|doorgestuurd bericht|oorspronkelijk bericht|wiadomo[śs][ćc] przekazana|przekazana wiadomo[śs][ćc]|vidarebefordrat meddelande|ursprungligt meddelande|videresendt (?:meddelelse|melding)|oprindelig meddelelse|opprinnelig melding|v[äa]litetty viesti|alkuper[äa]inen viesti|p[ůu]vodn[íi] zpr[áa]va|p[řr]eposlan[áa] zpr[áa]va|p[ôo]vodn[áa] spr[áa]va|preposlan[áa] spr[áa]va|izvorna poruka|proslije[đd]ena poruka|prosle[đd]ena poruka|originalno sporo[čc]ilo|posredovano sporo[čc]ilo|eredeti [üu]zenet|tov[áa]bb[íi]tott [üu]zenet|mesaj original|mesaj redirec[țt]ionat|algne (?:s[õo]num|kiri)|edastatud (?:s[õo]num|kiri)|upprunaleg skilabo[ðd]|[áa]framsend skilabo[ðd]|pesan (?:asli|terusan)|pesan yang diteruskan|ujumbe uliotumwa|пересылаемое сообщение|пересланное сообщение|исходное сообщение|пересланий лист|оригінальне повідомлення|переслане повідомлення|原始郵件|原始邮件|轉寄的郵件|转发的邮件|轉寄郵件|转发邮件)\s*-{2,}|begin forwarded message:|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|anfang der weitergeleiteten nachricht:|inicio del mensaje reenviado:|in[íi]cio da mensagem encaminhada:|_{20,}\s*$)/im;

/**
 * … or, under a forward's subject ("WG: Neue Bankverbindung", "Fwd:", "TR:"), the quoted header block
 * Outlook writes with no marker line ("Von: … / Gesendet: …"). Not under a reply's: a hijacked
 * thread's new text sits above the same block.
 */
const FORWARD_SUBJECT =
  /^\s*(?:(?:re|aw|sv|antw|r)\s*:\s*){0,3}(?:fwd?|wg|tr|rv|enc|doorst|pd|vs|vb|vl|i|ilt|İlt|İLT)\s*:/i;
/** A reply's subject: the new text above a quoted block may be a hijacker's. */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw|r|res|rif|odp|vs)\s*:/i;
const QUOTED_HEADERS =
  /^[ \t>]*(?:from|von|de|da|van|od|fr[åa]n|fra|[šs]alje|felad[óo]|de la|saatja|fr[áa]|dari|от|від)\s*:[^\n]{1,200}\n[ \t>]*(?:sent|gesendet|envoy[ée]|enviado|inviato|verzonden|wys[łl]ano|date|datum|skickat|sendt|odesl[áa]no|odoslan[ée]|poslano|elk[üu]ldve|trimis|saadetud|sent|dikirim|отправлено|надіслано)\s*:/im;

/**
 * The forwarder calling it a lure: phishing, a scam, fake, impersonating, suspicious, "not from you",
 * "nobody clicked", in the languages of the other phrase lists (and Albanian, Nepali, Persian). Normalised text.
 */
const CALLS_IT_A_LURE =
  /(?<![a-z])(?:phish\w*|scam\w*|fraud\w*|suspicious|spoof\w*|impersonat\w*|fake|malicious|not (?:from|sent by) (?:you|us|your (?:team|company|office))|(?:didn't|did not|nobody|no one|none of us|i haven't|i have not|we haven't|we have not) (?:click|clicked|open|opened)|(?:looks like|looks to be|seems to be) (?:[a-z]+ ){0,3}but (?:the )?(?:address|sender|link|domain|email) (?:is|looks) (?:odd|weird|strange|wrong|off|different)|is (?:this|it) (?:legit|legitimate|genuine|real|from you|safe|one of (?:those|these|them))|(?:i|we) (?:didn't|did not|never|haven't|have not) (?:call|called|reply|replied|pay|paid|answer|answered|respond|responded)|should (?:i|we) (?:call|pay|reply|respond|worry|be worried)|(?:nobody|no one|no) (?:legit|legitimate|real) (?:company|bank|agency|business|one|person)? ?will ever|hameconnage|arnaque\w*|frauduleu\w*|usurp\w*|betrug\w*|verdachtig\w*|gefalscht\w*|estafa\w*|sospechos\w*|suplant\w*|golpe\w*|suspeit\w*|truffa\w*|sospett\w*|oszust\w*|podejrzan\w*|oplichting|oplichter\w*|nep-?mail|ulaghai|utapeli|tapeli|(?:hii|huu|hiki) ni (?:kweli|halali)|(?:sijatuma|sijalipa|sijapiga) \w+|est-ce (?:vrai|vraiment|normal|legitime|authentique|bien (?:vous|toi|lui|elle))|avant de cliquer|c'est (?:une )?(?:vraie|vrai) demande|ist (?:das|die|diese mail) (?:(?:wirklich|echt|tatsachlich) )?(?:von euch|von ihnen|von dir|echt|legitim)|kommt (?:mir|uns) (?:etwas |sehr |ziemlich )?(?:komisch|seltsam|merkwurdig|verdachtig) vor|(?:wir|ich) (?:zahlen|zahle|uberweisen|uberweise) (?:naturlich |selbstverstandlich )?nichts|(?:jag|jeg|vi) (?:har|hab) (?:inte|ikke) (?:klickat|klikket|trykket|klikat|ringt|svart|betalt)|(?:ar|er) (?:det|detta|dette|denne|den) (?:akta|ekte|aegte|legitimt|riktigt|rigtigt)|kanns konstig|ser (?:konstig|konstigt|underlig|underligt|skum|skumt|misstankt|misstankelig) ut|(?:jag|vi) har inte gjort (?:nagot|nagonting)|(?:ar|kommer) (?:detta|det har|den har|det) (?:verkligen )?fran (?:er|dig)|(?:ser|virker) (?:mistankelig|mistaenkelig|misstankt)|misstankt\w*|mistaenkelig\w*|(?:ben |biz )?(?:tiklamadim|tiklamadik|acmadim|acmadik|odemedim|odemedik)|gercek mi|supheli|sahte|dolandirici\w*|oltalama|mistenkelig\w*|bedrageri\w*|svindel\w*|(?:nic )?nie (?:klikalam|klikalem|klikalismy|otwieralam|otwieralem)|(?:domena|adres|nadawca) wyglada (?:inaczej|dziwnie|podejrzanie)|czy (?:to|ta wiadomosc|ten mail|ten e-mail) (?:jest )?(?:od (?:was|pana|pani|ciebie)|prawdziw\w*|prawda)|nie zmieniamy nic|nic nie (?:zmieniam\w*|placil\w*|zaplacil\w*)|(?:esto|este correo|este mail|esta) es (?:real|legitim[oa]|verdader[oa]|de ustedes)|no (?:hice|he hecho|di) (?:clic|click)|(?:isso|isto|este e-?mail) e (?:real|verdadeiro|legitimo)|nao cliquei|(?:me parece|parece|se ve|lo veo|la veo) (?:muy |un poco |algo )?(?:raro|rara|extrano|extrana|sospechos[oa]|falso|falsa)|no (?:hice|he hecho) nada|no (?:abri|he abierto)|(?:nunca|jamas) (?:nos|me) (?:pidio|pidieron|ha pedido|han pedido)|(?:je n'ai|j'ai|nous n'avons|on n'a) (?:pas|rien|jamais) (?:clique|ouvert|repondu|paye|fait|saisi|entre|tape|donne|communique)|(?:je trouve|c'est|ca a l'air|ca me semble|ca me parait|me parait|me semble) (?:un peu |tres |assez )?(?:bizarre|louche|etrange|suspect)|supposedly|(?:does not|doesn't|did not|didn't) (?:look|seem|sound) (?:right|legit|legitimate|genuine|like (?:you|her|him|them|lucia|us))|(?:we|i) (?:haven't|have not|didn't|did not) (?:acted|act on it|done anything|changed anything)|no (?:he|hemos) (?:pinchado|clicado|clickeado|abierto|hecho clic)|no (?:pinche|clique|clickee)|me extrana|non (?:ho|abbiamo) (?:cliccato|aperto|risposto|pagato|fatto) (?:(?:su |a )?(?:niente|nulla|nessun\w*)|sul link|il link|l'allegato)|(?:e|sara) una di quelle (?:da segnalare|truffe|mail)|(?:mi|ci|a me) (?:sembra|pare|sembrava|pareva) (?:molto |un po' |piuttosto |alquanto )?(?:strana|strano|sospetta|sospetto|falsa|falso)|se (?:e|sia) (?:vera|vero|autentic[ao]|legittim[ao]|davvero (?:vostr[ao]|tu[ao]|su[ao]))|(?:ich habe|wir haben|hab) (?:nicht|nichts) (?:geklickt|angeklickt|draufgeklickt|geoffnet|bezahlt|uberwiesen)|(?:ik heb|we hebben|wij hebben) (?:niet|nergens) (?:op )?(?:geklikt|gereageerd|betaald)|(?:is|lijkt) (?:dit|deze mail) (?:echt|betrouwbaar|legitiem)|(?:me )?parece (?:muito |um pouco |meio )?(?:estranho|estranha|suspeito|suspeita|falso|falsa)|(?:es|sera) (?:legitimo|legitima|real|verdad|de verdad) o (?:lo|la) (?:borro|elimino|ignoro)|no (?:lo|la|los|las) (?:abri|he abierto|toque|pulse|clique|pinche)|(?:si|que) (?:es|sea) (?:falso|falsa|fraude|phishing|legitimo|legitima|real|verdadero|verdadera)|(?:please )?(?:don't|do not) (?:change|update|act on|pay|process|touch) (?:anything|it|this|them|the (?:bank|banking|account|remittance|payment|vendor) (?:details|instructions|info))|the real one is|not (?:anything|any number|the number) (?:from|in) this (?:email|e-mail|message)|podvod\w*|nic (?:jsem|som) (?:neplatil\w?|neotevr\w*|neotvoril\w?|neklikl\w?|neodpovedal\w?)|je (?:to|tento mail|ten mail) (?:pravy|pravdivy|skutocny|skutecny|legitimni|legitimny)|prevar\w*|prijevar\w*|lazn\w*|sumnjiv\w*|sumljiv\w*|goljufi\w*|nisam (?:kliknu\w*|otvori\w*|plati\w*)|(?:je li|da li je|ali je) (?:ovo|to) (?:pravo|istin\w*|legitim\w*|stvarn\w*)|csalas\w*|atveres\w*|gyanus\w*|adathalasz\w*|(?:nem|semmire nem) (?:kattintottam|nyitottam meg|fizettem)|inselatori\w*|suspect[ae]|nu am (?:dat click|deschis|platit|raspuns)|pettus\w*|kahtlan\w*|ma ei (?:klikkinud|avanud|maksnud)|svik\w*|grunsam\w*|penipuan|palsu|mencurigakan|saya tidak (?:klik|membuka|membayar)|(?:apakah|ini) (?:asli|benar)|мошенни\w*|фишинг\w*|подозрительн\w*|шахра\w*|підозріл\w*|фішинг\w*|алаяқ\w*|это (?:правда|настоящ\w*)|詐騙|诈骗|釣魚|钓鱼|可疑|沒有點|没有点|是不是真的|クリックしていません|開いていません|本物(?:か|でしょうか|であれば|かどうか)|不審な|怪しい|フィッシング|なりすまし|mashtrim\w*|shubhali|ochmadim|hech narsa (?:kiritmadim|bosmadim)|haqiqiymi|soxta|firibgar\w*|απατη|γνησιο|ψευτικ\w*|υποπτ\w*|(?:eshte|jane) (?:i|e|te) vertet\w*|nuk kam (?:klikuar|hapur|paguar|telefonuar)|(?:i|e) dyshimt\w*|(?:लिङ्क|लिंक) (?:खोलेको|थिचेको|क्लिक गरेको) छैन|(?:लिङ्क|लिंक) (?:नहीं खोला|पर क्लिक नहीं)|नक्कली|नकली|ठगी|धोखा|शंकास्पद|संदिग्ध|फिशिङ|फिशिंग|ভুয়া|প্রতারণা|সন্দেহজনক|ফিশিং|کلاهبرداری|جعلی|مشکوک|فیشینگ|زنگ بزنم یا نه|احتيال|مزيف|مشبوه|تصيد)(?![a-z])/;

/** The note written to its reader: a greeting, "you", a desk's name, in the phrase lists' languages. */
const ADDRESSES_READER =
  /(?<![a-z])(?:hi|hello|dear|hey|fyi|heads[- ]up|you|your|yours|team|support|helpdesk|help desk|security|it team|service desk|bonjour|vous|votre|hallo|guten tag|sie|ihr|ihnen|hola|usted|ustedes|ola|voce|voces|ciao|buongiorno|hej|hoi|beste|dzien dobry|panstwo|habari|naomba|tafadhali|wewe|yako|asante|merhaba|sayin|iyi gunler|misiniz|musunuz|ahoj|dobry den|zdravim|dobar dan|pozdrav|zdravo|bok|pozdravljeni|szia|kedves|jo napot|buna|buna ziua|tere|halo|bapak|ibu|anda|sael|saell|komdu saell|hae|привет|здравствуите|добрыи день|вітаю|добрии день|сәлем|御中|様|お疲れさまです|お疲れ様です|你好|您好|各位|同事|hei|pershendetje|salom|καλησπερα|καλημερα|γεια σου|γεια σασ|جان|जी)(?![a-z])/;

/** A note that opens with the reader's name or a family word: "Matt, got this today", "Mom, Dad - …". */
const NAMES_READER = /^\s*(?:[a-z]+(?: [a-z]+)?\s*[,:-]|(?:mom|mum|dad|mama|papa|grandma|grandpa)\b)/;

/** Where the forwarded part starts in `text` when the words above it report a lure; else null. */
export function reportedForwardStart(facts: EmailFacts): { at: number; words: string } | null {
  const text = (facts.text || facts.visibleText).slice(0, MAX_TEXT);
  // the quoted header block counts under a forward's subject or a fresh one ("Heads up – email
  // claiming your bank details have changed"), never under a reply's
  const forwardSubject = FORWARD_SUBJECT.test(facts.subject);
  const m =
    FORWARD_MARKER.exec(text) ??
    (forwardSubject || !REPLY_SUBJECT.test(facts.subject) ? QUOTED_HEADERS.exec(text) : null);
  if (!m || m.index > MAX_NOTE) return null;
  const note = text.slice(0, m.index);
  // (the subject is not read: a lure's own subject may say "scam victims")
  const said = normalizeForMatch(note, MAX_NOTE);
  const words = CALLS_IT_A_LURE.exec(said);
  // a report is written to someone who handles it ("Hi support, … you may want to warn other
  // customers"); a bare "Phisher!" above a forward is a collector's label, not a note to the reader
  if (!words || !(ADDRESSES_READER.test(said) || NAMES_READER.test(said))) return null;
  // Outlook writes "-----Original Message-----" above a reply's quote too: a reply whose new words
  // write out where to pay ("transfer the €38,450 to our client account … IBAN …, please don't pay
  // it on ROS") is a hijacked thread's ask, not a report of the message below
  if (REPLY_SUBJECT.test(facts.subject) && !forwardSubject && IBAN_OR_ACCOUNT.test(note)) return null;
  // a link written in the forwarder's own words (or a button in them) is theirs to answer for; not
  // a government's own site, which IT's answer names as the place to go instead ("entren
  // escribiendo www.sunat.gob.pe en el navegador")
  if (ownLinks(note).some((host) => !isGovernmentDomain(host))) return null;
  if (facts.links.some((l) => l.text.trim().length >= 3 && note.includes(l.text.trim()))) return null;
  return { at: m.index, words: words[0] };
}

/**
 * The hosts of the links written out in `note` ("https://…", "www.…"), read by the text URL
 * extractor; a defanged indicator ("evil[.]example") is a report's quotation, not a link.
 */
function ownLinks(note: string): string[] {
  return extractTextUrls(note, 20)
    .filter((u) => !u.obfuscated)
    .map((u) => hostOf(u.url) ?? '');
}

/**
 * A message the writer received, asked about in their own words with no forward below: "I got an
 * email last night from "Caddo Ridge Funding" saying your bank account changed … this is fake,
 * right?", or IT's answer to a colleague's "we've had a reply … saying they've moved banks -
 * suspicious?". The received message's words (the bank change it told of) are reported, not asked.
 */
const RECEIVED_MESSAGE =
  /(?<![a-z])(?:i|we)(?:'ve| have| just| also| both){0,2} (?:got|received|had|been sent) (?:an? |this |the |another |a strange |a weird |an odd |a suspicious |some )?(?:e-?mails?|messages?|reply|replies|letter|text|texts|call)(?![a-z])/;
/**
 * The writer doubting it: "is this from you?", "this is fake, right?", "did you change your bank?",
 * "… - suspicious?". A question, not "fraud" said anywhere: a lure's pretext may speak of fraud
 * ("our old account was compromised, use the new one").
 */
const DOUBTS_IT =
  /(?<![a-z])(?:(?:is|was) (?:this|it|that) (?:email |message )?(?:really |actually |genuinely )?(?:from you|you|legit|legitimate|genuine|real|fake|a scam|safe)(?![a-z])|this is (?:fake|a scam|phishing|not you),? right|(?:did|have) you (?:really |actually )?(?:send|sent|change|changed) (?:this|that|it|your (?:bank|account|wire|payment))|(?:suspicious|legit|genuine|fake|real)\s?\?|est-ce (?:vrai|normal|legitime|authentique)|ist (?:das|die|diese mail) (?:(?:wirklich|echt) )?(?:von euch|von ihnen|von dir|echt|legitim)|(?:esto|este correo|este mail) es (?:real|legitim[oa]|verdader[oa])|(?:is|lijkt) (?:dit|deze mail) (?:echt|betrouwbaar|legitiem))/;

/**
 * Where the text reports a received message it doubts, with no forward below (see RECEIVED_MESSAGE):
 * the whole text, when it names the received message, doubts it, is written to the reader, and
 * carries neither a link nor bank coordinates nor a number of its own (a lure asking "is this from
 * you?" would still have to say where the money goes).
 */
function reportWithoutForward(facts: EmailFacts): { at: number; words: string; unforwarded: true } | null {
  if (facts.links.length || facts.attachments.length) return null;
  const text = (facts.text || facts.visibleText).slice(0, MAX_NOTE * 2);
  const said = normalizeForMatch(text, MAX_NOTE * 2);
  const doubt = DOUBTS_IT.exec(said);
  if (!doubt || !RECEIVED_MESSAGE.test(said)) return null;
  if (!(ADDRESSES_READER.test(said) || NAMES_READER.test(said))) return null;
  if (IBAN_OR_ACCOUNT.test(text)) return null;
  return { at: text.length, words: doubt[0], unforwarded: true };
}
/** Coordinates written out (an IBAN's shape, a sort code, an account number): a report quotes none. */
const IBAN_OR_ACCOUNT =
  /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}\b|\b\d{2}-\d{2}-\d{2}\b|account (?:number|no\.?|#)\s*[:.]?\s*\d/i;

const QUOTED = ' (in the forwarded message the writer reports as a lure)';
const ASKED_ABOUT = ' (told of a message the writer received and asks about)';

/**
 * Signals read from the body: the asks, links, URLs and domains of whatever text it holds, the
 * free mail checks that weigh what the body says (a signature's role, a charge billed, a business
 * ask), which in a forward are the forwarded sender's words, and the quoted thread's look-alike
 * correspondent (thread_lookalike), which in a reported forward is the lure's own sender.
 */
const BODY_SIGNAL =
  /^(?:email\.content\.|email\.link\.|url\.|domain\.|email\.sender\.(?:outside_employer_notice|freemail_role_claim|freemail_brand_billing|stranger_brand_billing|freemail_business_ask|thread_lookalike)$)/;

/**
 * Shows the body's signals at info when the message forwards a lure its writer reports, and adds the
 * signal that says so. `signals` are every signal fired so far; returned in the same order.
 */
export function demoteReportedForward(facts: EmailFacts, signals: readonly Signal[]): Signal[] {
  const report = reportedForwardStart(facts) ?? reportWithoutForward(facts);
  if (!report) return [...signals];
  // (a cross-check's message may quote one already demoted: the note is said once, at the end)
  const quoted = 'unforwarded' in report ? ASKED_ABOUT : QUOTED;
  const out = signals.map((s) =>
    BODY_SIGNAL.test(s.id) && s.severity !== 'info' && s.id !== REPORTED_FORWARD.id
      ? { ...s, severity: 'info' as const, message: `${s.message.replaceAll(quoted, '')}${quoted}` }
      : s,
  );
  if (!out.some((s) => s.id === REPORTED_FORWARD.id))
    out.push(
      REPORTED_FORWARD.fire(
        'unforwarded' in report
          ? `Asks whether a message its writer received is genuine: "${report.words}"`
          : `Forwards a message its writer reports as a lure: "${report.words}"`,
        [
          {
            where: 'body:text',
            text: (facts.text || facts.visibleText).slice(0, report.at).trim().slice(0, 300),
          },
        ],
      ),
    );
  return out;
}
