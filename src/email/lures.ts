/**
 * The lure lists: phrase families for business-email-compromise intents, callback phishing, voice
 * follow-ups and credential-harvest pretexts, in English, Portuguese, German, Dutch, French and
 * Spanish. Data only: the rules that combine them live in content.ts.
 */
import { P, askLemmas, lemmas } from './phrases.js';
import {
  ACTION_ON_FILE_WORLD,
  SECURITY_EVENT_JA,
  CALL_HELP_JA,
  DISPUTE_JA,
  UNAVAILABLE_JA,
  BEC_OPENER_JA,
  BILLING_JA,
  BILLING_ZH,
  CALL_HELP_ZH,
  DISPUTE_ZH,
  GIFT_CARD_CODES_ZH,
  GIFT_CARD_ZH,
  PERSONAL_ADDRESS_ZH,
  SECRECY_ZH,
  SECURITY_EVENT_ZH,
  UNAVAILABLE_ZH,
  SECRECY_WORLD,
  UNAVAILABLE_WORLD,
  SECRECY_JA,
  GIFT_CARD_CODES_JA,
  GIFT_CARD_JA,
  PAYMENT_REQUEST_JA,
  BEC_OPENER_KO,
  CALL_HELP_KO,
  DISPUTE_KO,
  GIFT_CARD_CODES_KO,
  GIFT_CARD_KO,
  PAYMENT_REQUEST_KO,
  SECRECY_KO,
  UNAVAILABLE_KO,
  ADVANCE_FEE_CONTACT_WORLD,
  ADVANCE_FEE_RELEASE_WORLD,
  ADVANCE_FEE_STORY_WORLD,
  BILLING_WORLD,
  CALL_HELP_WORLD,
  DISPUTE_WORLD,
  PAY_CHANGE_WORLD,
  PAYMENT_REQUEST_WORLD,
  PERSONAL_ADDRESS_WORLD,
  PRESSURE_WORLD,
  SEED_PHRASE_WORLD,
  SIGN_IN_WORLD,
  SUSPENDED_WORLD,
} from './lures-world.js';

/**
 * A phrase in kana, Hangul or CJK as normalizeForMatch reads it: composed (a voiced kana, a Hangul
 * syllable one character, as typed), whatever form the source file holds.
 */
const cjk = (src: string): string => src.normalize('NFC');

/** Bank or payment details that changed / new account to pay into. */
export const PAY_CHANGE = [
  ...P(
    '(?:updated|new|changed|revised|corrected|different|alternate|alternative|refreshed|amended|modified|replacement) ~2 (?:bank|banking|payment|remittance|wire|wiring|ach|beneficiary|financial institution|receiving) ~1 (?:details?|information|info|instructions?|coordinates|accounts?|number|particulars)',
    "(?:update|change|amend|modify|refresh|revise) (?:our|my|the|our company's|the vendor's|the supplier's) ~1 (?:bank|banking|remittance|payment|wire|beneficiary|financial institution) ~1 (?:details?|information|info|instructions?|accounts?|particulars)",
    '(?:change|changes|update|updates|updating|changing) (?:of|to|in|on) ~2 (?:bank|banking|remittance|payment|wire|beneficiary) ~1 (?:details?|information|info|instructions?|accounts?)',
    '(?:change of remittance|remittance change)',
    '(?:routing number|account number|iban|swift code|swift|bic|sort code|bank account|bank accounts|bank details|banking details|bank information|banking information|payment details|payment instructions|remittance details|remittance information|beneficiary details|banking particulars|bank particulars|banking coordinates) ~1 (?:has|have|was|were|is|are) ~2 (?:changed|updated|modified|different)',
    '(?:our|my|the) ~2 (?:bank|banking|remittance|payment|wire) ~2 (?:details?|information|accounts?|instructions?) ~1 (?:ha(?:ve|s)|are|is|were|was) ~1 (?:changed|updated|modified)',
    '(?:our|my) ~1 (?:account|account details) ~1 (?:ha(?:ve|s)|are|is) ~1 (?:changed|updated|modified)',
    '(?:our|my|the old|old|previous|former|current) ~1 (?:bank|account|banking|bank account) ~1 (?:is|are) ~1 (?:no longer|not longer) ~1 (?:valid|active|in use|in operation|available|operational)',
    '(?:switched|moved|changed) (?:banks?|our bank|financial institutions?)',
    // "the routing number for the attached $1,942 invoice has changed"
    '(?:routing number|account number|iban|bank details|banking details|remittance details|payment details) (?:for|on|of) ~5 (?:has|have) (?:been )?(?:changed|updated|modified)',
    '(?:bank|banking provider) (?:has been|was) (?:acquired|taken over|merged)',
    '(?:new|updated) (?:iban|swift|bic|routing number|account number|sort code|bank account|bank)',
    // a closing's or a firm's money account by its kind: "corrected trust account details", "new escrow account"
    '(?:updated|new|changed|revised|corrected|different|amended|replacement) ~2 (?:trust|escrow|iolta|operating|settlement|client) account ~1 (?:details?|information|info|instructions?|number|coordinates)',
    // "New pre-funding account: … A/C 0233 3400 1917": the new account itself, written out after a colon
    'new (?:pre-?funding|funding|settlement|collection|receiving|beneficiary|escrow|trust|remittance|payment|payout|disbursement|operating) (?:bank )?account ?:',
    // factoring: "has assigned its trade receivables to our factoring partner" (pay the factor from now on)
    '(?:assigned|transferred|sold) ~2 (?:trade )?(?:receivables|invoices|accounts receivable) to ~3 (?:factor|factoring|trade finance|invoice finance|financing|funding) (?:partner|company|provider|house|bank)',
    // "use the new routing and account number", "all previous payment routing info is now obsolete"
    '(?:new|updated|revised|changed|different) (?:routing|iban|swift|bank|banking|wire) (?:and|&) (?:account|routing|bank) (?:numbers?|details|info|information)',
    '(?:previous|old|former|prior|existing) ~2 (?:payment|routing|bank|banking|wire|remittance) ~2 (?:info|information|details|instructions|numbers?) (?:is|are) ~1 (?:now )?(?:obsolete|invalid|void|outdated|deprecated|deemed invalid)',
    '(?:to|into|in) (?:our|my|the|this) (?:new|different|alternate|alternative|updated) ~1 account',
    '(?:new|updated|different|correct) ~2 account (?:info|information|details|number) (?:is|are) ~1 (?:below|attached|enclosed|as follows|listed)',
    '(?:send|make|remit|direct|route|process|transfer) ~4 (?:payments?|invoices?|funds|wire) ~4 (?:to|into) ~2 (?:new|updated|different) ~2 (?:account|bank)',
    // "kindly direct all remittances to the account below", "our bank has migrated us to a new account"
    '(?:direct|send|remit|route|make|address) ~3 (?:remittances?|payments?|transfers?|wires?) ~3 (?:to|into) (?:the|this|our) (?:account|bank account|bank details) ~1 (?:below|above|attached|enclosed|as follows|listed)',
    '(?:migrated|moved|transitioned|switched|transferred) (?:us |our (?:business |company |accounts? |receivables |payments |banking )?)?to (?:a )?(?:new|different) (?:bank|account|banking)',
    // "The only practical change for you is the account to which rent, service charge and insurance
    // rent are paid from the June quarter onwards"
    '(?:change|changes) ~5 (?:is|are|will be) the (?:bank |receiving )?account (?:to which|into which|where|that) ~8 (?:paid|payable|sent|remitted|made|transferred)',
    // "Attached is our updated commission disbursement authorization with wire instructions for our
    // operating account": the new instructions named with the document that carries them
    '(?:updated|new|revised|amended|changed) ~4 (?:authori[sz]ation|form|letter|sheet|document) with ~2 (?:wire|wiring|payment|bank|banking|remittance) (?:instructions|details|information)',
    // a "duplicate" or overpayment to send back to another account than it came from: "return the
    // duplicate to our funding clearing account below (not the account the wire came from)"
    '(?:return|refund|send back|wire back|reverse) ~4 (?:duplicate|overpayment|excess|extra|second) ~8 (?:account below|following account|clearing account|account listed below|new account|account as follows)',
    // "use the remittance details in the attached revised invoice", "the earlier copy listed our old account"
    '(?:use|apply|follow) the ~2 (?:remittance|bank|banking|payment|wire) (?:details|information|info|instructions) (?:in|on|from|of) the (?:attached|enclosed|revised|updated|new|corrected)',
    '(?:listed|showed|had|contained|carried) (?:our|the) (?:old|previous|former|outdated|prior) (?:account|bank account|bank|banking details|bank details)',
    // PT, DE, NL, FR, ES
    '(?:novos?|atualizad[oa]s?|alterad[oa]s?) ~1 (?:dados|conta|detalhes) ~1 bancari[oa]s?',
    '(?:alteracao|mudanca|atualizacao) ~2 (?:dados|conta|detalhes) ~1 bancari[oa]s?',
    '(?:neue|geanderte|aktualisierte) ~1 (?:bankverbindung|kontoverbindung|bankdaten|iban|kontonummer)',
    '(?:anderung|aktualisierung|wechsel) ~2 (?:bankverbindung|kontoverbindung|bankdaten|kontos?)',
  ),
  ...P(
    // a factoring company's "notice of assignment": "die Zahlungen erfolgen ab der nächsten Fälligkeit
    // auf das in der Anzeige genannte Treuhandkonto"; "payments will from now on be made to the account named in the notice"
    '(?:zahlungen|zahlung|betrage|rechnungsbetrage) (?:erfolgen|sind|leisten sie|bitte) ~6 (?:ab sofort|ab der nachsten falligkeit|kunftig|zukunftig|ab heute|nur noch|ausschliesslich) ~6 auf (?:das|unser|folgendes|ein|dieses|die) ~4 (?:konto|treuhandkonto|bankkonto|bankverbindung)',
    '(?:payments?|remittances?|invoices?) ~6 (?:from now on|going forward|with effect from|from the next due date) ~6 (?:to|into) the ~3 (?:account|trust account|bank account) (?:named|stated|given|shown|specified|set out) in the (?:notice|attached|enclosed)',
    '(?:nieuwe|gewijzigde|aangepaste) ~1 (?:bankgegevens|rekeningnummer|bankrekening|iban)',
    '(?:wijziging|aanpassing) ~2 (?:bankgegevens|rekeningnummer|bankrekening)',
    '(?:nouvelles?|nouveaux?|modifiees?) ~1 (?:coordonnees bancaires|rib|iban|compte bancaire)',
    '(?:changement|modification|mise a jour) ~2 (?:coordonnees bancaires|rib|compte bancaire|instructions de virement|instructions de paiement|directives de virement)',
    '(?:nouvelles?|modifiees?|nouveaux?) (?:instructions|directives) de (?:virement|paiement)',
    '(?:nuevos?|nuevas?|actualizad[oa]s?) ~1 (?:datos bancarios|cuenta bancaria|iban|numero de cuenta)',
    '(?:cambio|actualizacion|modificacion) ~2 (?:datos bancarios|cuenta bancaria|numero de cuenta)',
  ),
  // (a group of its own: the one above is at the pre-filter's 64 literals)
  ...P(
    // "change of collection account", "our dedicated collection account below"
    '(?:change|changes|update|updates) (?:of|to|in) (?:our )?(?:collection|collections|receiving) (?:account|accounts|bank account)',
    '(?:new|dedicated|updated|changed) (?:collection|collections) (?:account|accounts|bank account)',
    '(?:updated|new|changed|change of|change to|changes to) (?:our )?payee (?:details|account|bank details|information)',
    // "a disbursement … by direct deposit instead of the check to North Branch"
    '(?:by|via|through) (?:direct deposit|ach|wire|bank transfer|zelle|electronic transfer) instead of (?:a |the |by )?(?:check|cheque|paper check)',
  ),
  ...PAY_CHANGE_WORLD,
  // banking moved to another bank, future payments to the new account, in the other languages
  ...P(
    '(?:trasladado|cambiado|movido|transferido) ~4 (?:operativa bancaria|operaciones bancarias|cuentas?|banco) ~3 (?:a|hacia) (?:otra|una nueva|un nuevo) (?:entidad|banco|cuenta)|(?:proximos|futuros) (?:pagos|abonos|ingresos|transferencias) ~4 (?:en|a) (?:la|esta) (?:nueva )?cuenta',
    '(?:transferimos|mudamos|migramos|alteramos) ~4 (?:operacoes bancarias|conta|contas|banco|domicilio bancario) ~3 para (?:outra|uma nova|um novo) (?:instituicao|banco|conta)|(?:proximos|futuros) (?:pagamentos|depositos|creditos) ~4 (?:na|para a) (?:nova )?conta',
    '(?:transfere|deplace|change|migre) ~4 (?:operations bancaires|compte|comptes|banque|domiciliation bancaire) ~3 (?:vers|a|chez) (?:un autre|une autre|un nouvel|une nouvelle) (?:etablissement|banque|compte)|(?:prochains|futurs) (?:paiements|reglements|virements) ~4 sur (?:le|ce|notre) (?:nouveau )?compte',
    '(?:zahlungsverkehr|bankverbindung|konto|konten|hausbank) ~6 (?:zu|auf) (?:einem|einer|eine|ein) (?:anderen|andere|neuen|neue) (?:institut|bank|kreditinstitut|konto)|(?:kunftige|zukunftige|kommende) (?:zahlungen|uberweisungen) ~4 auf (?:das|unser) (?:neue )?konto',
    "(?:trasferito|spostato|cambiato) ~4 (?:operativita bancaria|conto|conti|banca) ~3 (?:presso|a|verso) (?:un altro|un'altra|una nuova|un nuovo) (?:istituto|banca|conto)|(?:prossimi|futuri) (?:pagamenti|bonifici|versamenti) ~4 sul (?:nuovo )?conto",
    '(?:toekomstige|volgende) (?:betalingen|overboekingen) ~4 (?:op|naar) (?:het|ons) (?:nieuwe )?rekeningnummer|(?:overgestapt|verhuisd) ~3 (?:een andere|een nieuwe) (?:bank|rekening)',
  ),
];
/**
 * More ways to say where the money goes now, a family of its own (a family stays within 64
 * pre-filter literals): the pretext for the other account, the old instructions to disregard, Italian
 * and Dutch.
 */
export const PAY_CHANGE_PRETEXT = P(
  // "could you update our remit-to", "our receivables now go to the account below"
  '(?:update|change|amend) (?:our|the) remit-?to|(?:receivables|remittances|payments to us) (?:now |will now |should now )?(?:go|goes|be sent|are sent) (?:to|into) (?:the|a|our) (?:new |different )?account',
  // "settled to the account shown on the attached statement, as the previous one is being closed"
  '(?:previous|old|current|usual|existing|former) (?:one|account|bank account|bank) (?:is being|has been|will be|was|is) (?:closed|shut|discontinued|terminated|cancell?ed)',
  '(?:to|into|on) the (?:account|bank details|account details) (?:shown|listed|given|stated) (?:on|in) the (?:attached|enclosed)',
  // German: "auf unser neues Konto bei der Commerzbank", "Konto … derzeit gesperrt", "neue Verbindung"
  '(?:unser|unsere|unseres) (?:neues|neue|neuen) (?:konto|bankkonto|bankverbindung|iban)',
  '(?:konto|bankverbindung) ~6 (?:gesperrt|geschlossen|aufgelost|gekundigt)',
  '(?:die )?neue (?:bankverbindung|verbindung|kontoverbindung) (?:entnehmen|finden)',
  // Italian "sulle nuove coordinate", Dutch "overgestapt naar een andere bank", Portuguese "troca de banco"
  '(?:nuove|nuovo) coordinate|aggiornare ~2 anagrafica fornitori',
  '(?:overgestapt|overgestapt zijn) (?:naar|op) een (?:andere|nieuwe) bank|(?:rekeningnummer|iban) ~6 (?:nog het oude|niet meer (?:geldig|actief))',
  '(?:troca|mudanca|alteracao) de banco|boleto ~4 anterior(?:mente)? ~4 (?:cancelad[oa]|invalid[oa]|nao deve ser pago)',
  // "our usual account is under review, so we're routing through this one", "our secondary
  // operating account": the pretext for paying somewhere else this time
  '(?:our) ~2 (?:account|bank account|bank|escrow account) (?:is|has been|was|are|were) ~2 (?:under review|frozen|closed|suspended|on hold|restricted|being audited|under audit|blocked|unavailable|inaccessible)',
  '(?:temporary|interim|secondary|backup|back-up) (?:operating |business |company |receiving |settlement )?(?:account|bank account|banking details|bank details)',
  // "our escrow account was recently changed due to an internal audit"
  '(?:our|my) (?:escrow |trust |business |company |receiving |operating )?(?:account|accounts|account details) (?:was|were|has been|have been) (?:recently |just )?(?:changed|updated|modified|replaced)',
  // "disregard the instructions in the earlier packet and use the updated details below"
  '(?:disregard|ignore) ~3 (?:instructions|details|account|wiring|bank) ~4 (?:earlier|previous|prior|old|original|first)',
  // "to our account at our other bank, details below"
  '(?:our|the) (?:other|second|alternative|alternate|backup|new) bank(?: account)?(?:,| ~2 (?:details|below|as follows))',
  // "please use the details below instead of the ones on the invoice PDF"
  '(?:use|pay (?:to|into)|remit to|send (?:it|payment) to) (?:the )?(?:details|account|bank details|banking details|account details) (?:below|above|attached|enclosed) instead of',
  '(?:nuove|nuovo|aggiornate|aggiornato|modificate|diverse) ~1 (?:coordinate bancarie|iban|conto corrente)',
  '(?:variazione|cambio|modifica|aggiornamento) ~2 (?:coordinate bancarie|iban|conto corrente)',
  '(?:bankieren|bankieren wij) ~2 (?:bij|via) een (?:andere|nieuwe) bank',
);
/**
 * The change said in other words, a family of its own (each family stays within 64 pre-filter
 * literals): "we've moved our business banking from NatWest to Starling", "our remittance account
 * changes with effect from this month", "use the new details below for the February invoices";
 * Dutch "ons rekeningnummer is gewijzigd", French "nos coordonnées bancaires changent".
 */
export const PAY_CHANGE_RESTATED = P(
  // the change never named: "our updated details on letterhead; could you process them in your
  // supplier file before the next payment run?" (and in Dutch and German)
  '(?:updated|new|revised|amended|changed) (?:company |remittance |payment |banking |supplier )?(?:details|information|particulars) ~10 (?:supplier|vendor|creditor) (?:file|master|record|records|database|system|register) ~6 (?:payment run|next payment|payments|remittance|payment cycle)',
  '(?:bijgewerkte|gewijzigde|nieuwe) (?:bank)?gegevens ~10 (?:leveranciersbestand|crediteurenbestand|leveranciersadministratie|crediteurenadministratie|stamgegevens) ~6 (?:betaalrun|betaling|betalingen|betaalronde)',
  '(?:aktualisierten|aktualisierte|neuen|neue|geanderten|geanderte) (?:bank)?(?:daten|angaben|stammdaten) ~10 (?:kreditorenstamm\\w*|lieferantenstamm\\w*|stammdaten|system) ~6 (?:zahllauf|zahlung|zahlungen|zahlungslauf)',
  '(?:our|the) (?:trust |escrow |bank |business |company |receiving )?account (?:details|information|coordinates) (?:have |were )?(?:changed|been changed|been updated|updated) (?:recently|lately|this week|this month)',
  '(?:moved|switched|changed|transferred|migrated) (?:our|my) ~2 (?:banking|bank|bank account|accounts?) from ~3 to',
  '(?:our|my) ~2 (?:bank|banking|remittance|payment|receiving) ~1 (?:details|account|accounts|account number|iban|coordinates) (?:changes|will change|is changing|are changing)',
  '(?:use|apply) the (?:new|updated|revised|changed) (?:details|account|account details|bank details|banking details) (?:below|above|attached|enclosed) (?:for|on|from|with)',
  '(?:new|updated|changed|revised) (?:account|bank|banking) details (?:for|on|apply to) ~3 (?:invoices?|payments?|remittances?)',
  // "all customers to use our new ING account from this month"
  '(?:use|pay (?:to|into)|remit to|send (?:it|payment|payments) to) (?:our|the) (?:new|updated|other|different) ~2 (?:account|bank account|iban)',
  '(?:rekeningnummer|bankrekening|bankrekeningnummer|iban|bankgegevens) (?:is|zijn|werd|werden) (?:gewijzigd|veranderd|aangepast)|gewijzigd (?:rekeningnummer|bankgegevens|bankrekening|iban)',
  '(?:overstap|overgang) ~4 (?:rekening|bank|bankrekening) ~4 (?:naar|bij)',
  '(?:nos|notre) (?:coordonnees bancaires|rib|iban|compte bancaire|domiciliation bancaire) (?:changent|change|ont change|a change|sont modifiees|est modifie|evoluent)',
  '(?:unsere|unser) (?:bankverbindung|kontoverbindung|iban|kontonummer|bankdaten) (?:hat sich|haben sich|wurde|wurden|andert sich|andern sich) ~1 (?:geandert|aktualisiert)?',
  '(?:nuestra|nuestros) (?:cuenta bancaria|cuenta|datos bancarios|iban) (?:ha cambiado|han cambiado|cambia|cambian|se ha modificado)',
  '(?:il nostro|i nostri) (?:iban|conto corrente|conto|riferimenti bancari) (?:e cambiato|sono cambiati|cambia|cambiano|e stato modificato)',
);
/** The old account no longer to be used, in French, Dutch, German and Spanish (see PAY_CHANGE_OLD). */
export const PAY_CHANGE_OLD_INTL = P(
  "(?:ne plus|n'utilisez plus|cesser d'utiliser) ~2 (?:l'ancien|l'ancienne|notre ancien|notre ancienne|ancien|ancienne|precedent|precedente) ~1 (?:compte|rib|iban|coordonnees)",
  '(?:oude|vorige) ~2 (?:rekeningnummer|rekening|nummer|iban|bankrekening) ~8 (?:niet meer|niet langer)',
  '(?:alte|alten|bisherige|bisherigen) ~1 (?:konto|bankverbindung|verbindung|iban|kontonummer) ~6 (?:nicht mehr|ab sofort nicht)',
  '(?:dejen de|no utilicen|ya no) ~2 (?:usar|utilizar)? ~1 (?:la cuenta|el iban|los datos) (?:anterior|antigua|antiguos|anteriores)',
  // payments to the old account will bounce: "les virements vers l'ancien compte seront rejetes"
  "(?:virements|paiements|reglements) (?:vers|sur) (?:l'ancien|notre ancien|l'ancienne|notre ancienne) (?:compte|rib|iban) ~4 (?:seront|sont) (?:rejetes|refuses|retournes|bloques)",
  // "Le precedenti coordinate presso Banca Valsabbina non saranno più operative"
  '(?:precedenti|vecchie|attuali) (?:coordinate|coordinate bancarie|iban|conto) ~6 non (?:saranno|sara|sono|e) piu (?:operativ\\w*|attiv\\w*|valid\\w*|utilizzabil\\w*)',
  '(?:transferencias|pagos) (?:a|en) (?:la cuenta|el iban) (?:anterior|antigua|antiguo) ~4 (?:seran|son) (?:rechazad|devuelt)|(?:bonifici|pagamenti) (?:sul|al) (?:vecchio|precedente) (?:conto|iban) ~4 (?:saranno|verranno) (?:respinti|rifiutati|restituiti)',
  // the usual account frozen or being closed, the pretext for another: "le compte de la SCI au LCL est
  // gelé", "a conta do Itaú está em processo de encerramento", "la cuenta está bloqueada"
  // (the payee's own account, never the reader's: "votre compte est bloqué" is a bank's notice)
  "(?:notre compte|le compte de (?:la|notre|l'entreprise|la societe)|nossa conta|a conta (?:do|da|de nossa)) ~5 (?:est|a ete|sera|esta|foi) (?:gele|bloque|ferme|cloture|suspendu|en cours de (?:cloture|fermeture)|bloqueada|congelada|encerrada|em processo de encerramento|em encerramento)",
  '(?:nuestra cuenta|la cuenta (?:de la|del|de nuestra)) ~5 (?:esta|ha sido|fue|sera) (?:bloqueada|congelada|cerrada|embargada|en proceso de cierre)|(?:unser konto|unsere bankverbindung|das konto (?:der|des|unserer)) ~5 (?:ist|wurde|wird) (?:gesperrt|eingefroren|gekundigt|aufgelost|geschlossen)',
);
/** "Do not use the account on file": the negation *is* the diversion, so no denial check here. */
export const PAY_CHANGE_OLD = [
  ...P(
    "(?:do not|don't|dont|no longer|stop) (?:use|revert to|send (?:to|payments to)|pay (?:to|into)|remit to|use the) ~3 (?:previous|previously|old|former|prior|existing|held|on file|usual) ~3 (?:account|accounts|details|information|bank|banking|instructions)",
    // "payments to the old account will be rejected": the old account made to look unusable
    '(?:payments?|transfers?|remittances?|wires?|top-?ups?|deposits?) (?:to|into|made to|sent to|made into) (?:the |our )?(?:old|previous|former) (?:account|bank|details) ~4 (?:will|would) (?:be )?(?:rejected|returned|bounced|refused|reversed)',
    // "The previous HSBC account should no longer be used"
    '(?:previous|old|former|prior|existing|usual) ~2 (?:account|bank account|iban|bank details|banking details) (?:should|must|can|may|is to|are to) (?:no longer|not) be used',
  ),
  // Chinese, Japanese, Korean: "原账户将不再使用", "旧口座はご利用いただけません", "기존 계좌는 더 이상 사용"
  /原(?:账户|帳戶|账号|帳號|賬戶|银行账户|銀行帳戶)(?:将|將)?(?:不再|停止)(?:使用)?|(?:旧|以前の|従来の)(?:口座|振込先)(?:は|へのお振込みは)?(?:ご利用いただけません|使用できません|閉鎖|解約)|기존 ?계좌(?:는|로의)? ?(?:더 이상|더이상) ?(?:사용|입금)/g,
];
/**
 * The money sent to the new account instead of the one on file: "the refund should go to the
 * account on the attached letter rather than the one on file", "the funds should now be sent to the
 * stakeholder account". Beside a bank change it is the fraud's ask itself (PAY_CHANGE_OLD's
 * positive twin).
 */
export const PAY_REDIRECT = P(
  '(?:funds|payment|payments|refund|remittance|transfer|settlement|balance|amount) ~4 (?:should|must|shall|is to|are to|needs to|need to) (?:now |henceforth |from now on |instead )?(?:be )?(?:sent|go|paid|made|transferred|remitted|directed|wired|credited) ~2 (?:to|into) ~6 (?:account|iban)',
  '(?:rather than|instead of) (?:to )?(?:the one|the account|the details|the bank details|the iban|what we have|those|the old one|the previous one|the existing one) (?:on file|on record|we have|you have|you hold|in your records|in your system)',
  // "… doit être acheminée à notre compte en fidéicommis plutôt qu'au compte Desjardins habituel",
  // "en lugar de la cuenta habitual", "em vez da conta habitual", "statt auf das bisherige Konto"
  "(?:plutot qu'?|au lieu d'?)(?:au|a|sur) (?:le |notre |votre )?compte ~3 (?:habituel|actuel|existant|precedent|ancien|indique|au dossier)|en (?:lugar|vez) de (?:a |la |en la |na )?(?:cuenta|conta) ~3 (?:habitual|actual|atual|anterior|de siempre|registrada|cadastrada)|(?:statt|anstatt|anstelle) (?:auf |an )?(?:das|dem|unser|unserem) ~1 (?:bisherige|bisherigen|ubliche|ublichen|alte|alten|hinterlegte|hinterlegten) ~1 konto|invece (?:che )?(?:sul|del|al) conto ~3 (?:abituale|attuale|precedente|registrato)",
  // "should go to our IOLTA trust account rather than the operating account shown in the draft"
  '(?:rather than|instead of) (?:to |into )?(?:the|our|your) ~2 (?:account|bank account|iban|bank) (?:shown|listed|given|named|stated|printed|on|in) ~3 (?:draft|invoice|memo|memorandum|file|record|records|schedule|statement|letter|contract|agreement)',
  // the same in Spanish, Portuguese, Italian, French: "que el pago … y los pagos siguientes se
  // depositen en la nueva cuenta", "sejam depositados na nova conta", "siano accreditati sul nuovo conto"
  '(?:pagos?|pagamentos?|pagamenti|paiements?|reglements?|virements?|factura|fatura|fattura|facture) ~12 (?:se depositen|se transfieran|se abonen|se realicen|sean depositados|sejam depositados|sejam feitos|sejam transferidos|siano (?:accreditati|effettuati|versati)|soient (?:verses|effectues|vires)) (?:en|na|no|sul|sulla|sur) (?:la |le |o |a |il )?(?:nueva|nova|nuovo|nouveau|nouvelle) (?:cuenta|conta|conto|compte)',
);
/**
 * A sentence that says details did NOT change, warns about fraud, or describes a hypothetical
 * ("if you receive an email claiming …"): a vendor's anti-fraud notice, not a change request.
 */
export const PAY_CHANGE_DENIAL =
  /(?:n't|(?<![\p{L}])(?:not|never|nothing|none|no (?:changes?|updates?|modifications?|new|changed|different)|(?:aucune?|keine?|keinerlei|geen|nessuna?|ningun|nenhuma?) (?:changements?|modifications?|anderungen?|wijzigingen?|wijziging|cambio|cambios|modifica|variazione|alteracao|alteracoes|mudanca)|nicht|niet|nooit|nao|jamais|pas|nunca|unchanged|inalterad[oa]s?|unverandert|ongewijzigd|inchangee?s?|sin cambios|remain the same|stay the same|if you (?:receive|get)|any (?:further |future )?(?:changes?|updates?|amendments?) (?:to|of|in)|toute (?:modification|mise a jour) (?:de|des|du)|tout changement (?:de|des|du)|jede (?:anderung|aktualisierung) (?:der|des|ihrer|unserer)|cualquier (?:cambio|modificacion) (?:de|en)|qualsiasi (?:modifica|variazione) (?:di|delle|dei|del)|elke (?:wijziging|aanpassing) (?:van|in)|qualquer (?:alteracao|mudanca) (?:de|nos|dos)|claim(?:s|ing)?|purport(?:s|ing)?|beware|be aware|be vigilant|impersonat\p{L}{0,5}|scam|scams|fraudsters?))(?![\p{L}])/u;

/**
 * A payee's warning about wire fraud: "we will never change our wiring instructions by email",
 * "do not use a phone number from any email, including this one", "wire instructions are never
 * changed by email - call … to verify". What it says to do (call the known number, at once, before
 * wiring) is the defence, not an ask. Normalised text.
 */
export const WIRE_FRAUD_WARNING =
  /\b(?:(?:will never|never|won't|will not|do not|don't|does not|doesn't)\b[^.!?\n]{0,40}\b(?:change|changes|update|updates|send|sends|email|e-mail|modify|alter)\b[^.!?\n]{0,30}\b(?:wir(?:e|ing)|bank(?:ing)?|payment|account) (?:instructions|details|information|info)\b[^.!?\n]{0,20}\b(?:by|via|over|through|in an?) (?:e-?mail|email|text|phone)|(?:wir(?:e|ing)|bank(?:ing)?|payment) (?:instructions|details) (?:are|will be) never (?:changed|updated|sent)|do not use (?:a|any) (?:phone )?number (?:from|in) (?:any|this|an|the) e-?mail)/;
/** Whether any segment carries that warning. */
export const warnsOfWireFraud = (segs: readonly { text: string }[]): boolean =>
  segs.some((seg) => WIRE_FRAUD_WARNING.test(seg.text));

/** A request to move money: wire, transfer, process or make a payment. */
export const PAYMENT_REQUEST = [
  ...P(
    '(?:wire|wiring) ~2 (?:transfer|payment|funds|money|the amount|details|instructions)',
    // "the exclusivity deposit of GBP 148,500 be placed in our client account"
    '(?:deposit|payment|funds|sum|amount|balance|retainer|consideration) ~6 (?:be )?(?:placed|paid|lodged|transferred|wired|sent|remitted|deposited) (?:in|into|to|with) (?:our|the|my) (?:client|escrow|trust|holding|designated) (?:account|accounts)',
    '(?:payment|transfer|wire|remittance|disbursement) (?:of|for) (?:\\$|€|£|usd|eur|gbp|r\\$) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4}',
    '(?:\\$|€|£|r\\$) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4} (?:payment|transfer|wire|remittance|disbursement)',
    '(?:bank|electronic|same day|international|swift|ach) transfer',
    '(?:requires?|needs?|via|by|through) (?:a |an )?(?:swift|ach|sepa|wire|bank) (?:payment|remittance|transfer)',
    '(?:transfer|send|remit|release|wire) ~2 (?:the )?(?:funds|payment|money|amount|sum)',
    // "remit the net charter proceeds … to:", "wire the sale proceeds"
    '(?:transfer|send|remit|release|wire|pay over|pay out) ~3 proceeds',
    '(?:process|make|arrange|execute|initiate|effect|complete|settle|approve|finali[sz]e|authori[sz]e|expedite|prioriti[sz]e|queue|schedule) ~3 (?:payment|payments|wire|transfer|remittance|amount|sum|balance|transaction|funds)',
    // a payee set up for the reader to pay: "could you set them up as a new payee in Barclays"
    '(?:set|setting) (?:them|him|her|it|this (?:firm|company|supplier|vendor)|the (?:firm|company|supplier|vendor)) up as (?:a )?new (?:payee|beneficiary|supplier|vendor)|(?:add|set up|create|register) ~3 (?:as )?(?:a )?new (?:payee|beneficiary) (?:in|on|for) ~2 (?:bank|banking|barclays|hsbc|lloyds|natwest|santander|chase|online banking|the portal)',
    // "process the $66,838 audit payment": a sum of money right after the verb
    '(?:process|execute|release|wire|remit|send|transfer) (?:the |this |a |an )?(?:\\$|€|£|usd|eur|gbp) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4}',
    '(?:pay|settle) ~3 (?:invoice|outstanding|balance|amount|bill)',
    // "Please settle invoices issued on or after 1 May to: …" (the plural only as an ask: "fails to pay
    // any future invoices" is a story)
    '(?:please|kindly) (?:pay|settle) (?:all |any |the |our |future |open )?invoices',
    // "GBP 27,914.36 to the HMRC account below please", "can it go today?"
    '(?:\\$|€|£|gbp|usd|eur|chf) ?\\d[\\d,.]{2,14} to (?:the|our|this|their|his|her) (?:\\w+ ){0,2}account (?:below|above|attached|details below)',
    'can (?:it|this|the payment|the transfer) (?:go|go out|be sent|be paid|be released) (?:out )?today',
    // "can we Zelle this one instead of a check", "please Venmo him the deposit today"
    '(?:can|could|would|please|pls|to) (?:you |we |u )?(?:zelle|venmo|cash ?app) (?:this|that|it|him|her|them|me|the)',
    // Spanish: "necesito que gestiones un pago a un proveedor nuevo"
    '(?:gestiones|gestionar|gestione|realices|realizar|realice|hagas|hacer|ordenes|ordenar|emitas|emitir|tramites|tramitar) ~3 (?:un |una |el |la )?(?:pago|transferencia)',
    // Italian: "ho bisogno che tu disponga un bonifico"
    '(?:disponga|disporre|disponi|effettua|effettuare|effettui|esegui|eseguire|esegua|fare|fai|procedere con|predisporre|predisponi) ~3 (?:un |il |questo )?bonifico',
    // a fee to release a parcel: "customs fee of $2.99 to pay", "frais de dedouanement … a regler"
    '(?:customs|delivery|redelivery|re-delivery|shipping|import|clearance|postage) (?:fee|fees|charge|charges|duty|duties) ~6 (?:pay|paid|settle|due|outstanding|unpaid|required)',
    "(?:frais|droits) (?:de |d')?(?:douane|dedouanement|livraison|port|reexpedition|importation) ~6 (?:regler|payer|paiement|restent|impayes)",
    '(?:regler|payer|acquitter) (?:les |vos )?(?:frais|droits)',
    '(?:zollgebuhr\\w*|zollgebuhren|versandkosten|zustellgebuhr\\w*|nachnahmegebuhr\\w*) ~6 (?:bezahlen|zahlen|begleichen|offen|ausstehend)',
    // "aufgrund einer ausstehenden Zollgebühr … Bitte begleichen Sie die Gebühr"
    '(?:ausstehende|ausstehenden|offene|offenen|fallige|falligen) ~1 (?:zollgebuhr\\w*|zustellgebuhr\\w*|gebuhr|gebuhren|nachnahme\\w*)|(?:begleichen|bezahlen|zahlen|uberweisen) sie (?:die|diese|den|bitte die) ~1 (?:gebuhr|gebuhren|zollgebuhr\\w*|restbetrag|versandkosten)',
    '(?:tasas|gastos|tarifa|aranceles) (?:de )?(?:aduana|envio|entrega|importacion) ~6 (?:pagar|abonar|pendientes?)',
    '(?:taxa|taxas|tributos) (?:de )?(?:alfandega|importacao|entrega|envio|despacho) ~6 (?:pagar|pagamento|pendentes?|quitar)',
    '(?:spese|dazi|tassa|tasse) (?:di |doganali)?(?:dogana|spedizione|consegna|sdoganamento)? ~6 (?:pagare|saldare|pagamento)',
    '(?:invoerrechten|douanekosten|verzendkosten|inklaringskosten) ~6 (?:betalen|voldoen|openstaand)',
    // "a payment for the Hartwell deal that needs to go out before UK close"
    '(?:payment|wire|transfer|remittance) ~6 (?:needs?|has|have|must) to (?:go out|be sent|be made|be wired|be released|be processed|leave)',
    '(?:get|have) (?:it|this|that|the invoice|the balance|the amount|(?:that|the|this) payment) (?:paid|wired|transferred|settled|processed|initiated|released)',
    '(?:push|put|run) (?:it|this|that|the payment|the invoice|the transfer) through',
    // "the adjusted amount for your processing today is $54,619.00", "the new amount you should process is $59,661.90"
    '(?:adjusted|new|updated|revised|discounted|reduced|corrected) (?:amount|total|sum|balance) ~5 (?:\\$|€|£|usd|eur|gbp) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4}',
    '(?:retainer|deposit|payment|funds|amount|balance|invoice|sum|fee) ~2 (?:wired|transferred|remitted)',
    'processing of ~3 (?:amount|payment|transfer|wire|sum|invoice)',
    // a sum said to be owed is the request, however politely it is put ("the $82,956 outstanding")
    '(?:\\$|€|£|usd|eur|gbp) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4} ~2 (?:outstanding|overdue|past due|owed|unpaid|in arrears)',
    '(?:outstanding|overdue|past due|unpaid|pending) ~3 (?:balance|amount|invoices?|payments?|sum|fees?|dues)',
    '(?:amount|sum|balance|total) (?:due|payable|owed|owing|outstanding)',
    '(?:payable|due) (?:sum|amount|balance|total)',
    '(?:\\$|€|£) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4} ~3 (?:go through|be paid|be processed|be wired|be transferred|be settled|be released|be remitted)',
    '(?:amount|sum|payment|balance|invoice) to be (?:processed|paid|wired|transferred|settled|remitted)',
    // "the funds are to be transferred via the details", "this payment is handled expeditiously"
    '(?:funds|payment|amount|sum|remittance|contribution|fee) (?:is|are) (?:to be|being) (?:processed|paid|wired|transferred|settled|remitted|sent)',
    '(?:this|the) (?:payment|remittance|transfer|wire) (?:is|be|gets) (?:handled|actioned|made|completed|expedited)',
    // "the final remittance required", "a one-time contribution of $44,203 is required"
    '(?:remittance|payment|contribution|disbursement|transfer|fee) ~5 (?:is |are )?(?:required|requested|mandated|needed|expected)',
    '(?:payment|balance|amount|invoice|sum) (?:is|are) (?:now )?(?:due|overdue|past due|payable)',
    '(?:fee|charge|levy|penalty|fine|tax|duty|dues) (?:of|for) (?:\\$|€|£|usd|eur|gbp) ?\\d',
    // "un coste de gestión de 2,95 €", "frais de réexpédition de 1,99 €", "Gebühr von 2,99 EUR"
    '(?:coste|costo|cargo|tasa|tarifa|gastos|frais|gebuhr|taxa|tarifa|tassa|spese|kosten|oplata|avgift) ~4 (?:\\d{1,3}[,.]\\d{2} ?(?:€|eur|euro|euros|zl|pln|sek|kr)|(?:€|eur) ?\\d{1,3}[,.]\\d{2})',
    '(?:paid|sent|wired|transferred|remitted) (?:via|by|through) (?:swift|wire|ach|bank transfer|sepa|crypto|bitcoin)',
    '(?:remittance|payment|wire) (?:options|instructions)',
    // the demand said as its threat: "asset seizure will commence if payment is not received",
    // "non-payment will result in the seizure of business assets"
    '(?:if|unless) (?:the |your |full )?(?:payment|balance|amount|sum|funds) (?:is|are) not (?:received|made|paid|settled|remitted)',
    'non-?payment (?:will|shall|may|could|would) (?:result|lead)',
    '(?:ensure|make sure|see that) ~3 (?:is|are|gets?) (?:processed|paid|wired|settled|sent|remitted)',
    // asking for the bank details money would go to: "send me the most current bank wire details"
    '(?:send|provide|share|forward|confirm) ~5 (?:bank|banking|wire|routing) ~1 (?:details|information|info|instructions|number)',
    // money sent somewhere else than usual: "make sure the credit is routed to the correct account"
    '(?:route|routed|re-?route|re-?routed|redirect|redirected|divert|diverted) ~4 (?:to|into) ~3 (?:account|accounts)',
    '(?:uberweisung|uberweisen|zahlung veranlassen|zahlung ausfuhren)',
    // a bare "pix" is as often the writer's own ("já fiz o pix da minha parte"): only the ask form
    '(?:transferencia|pagamento|efetuar o pagamento|realizar o pagamento|(?:faca|faz|fazer|envie|enviar|mande|mandar|manda) (?:o |um )?pix|pix (?:no valor|de r\\$))',
    '(?:overboeking|overmaken|betaling uitvoeren)',
    '(?:virement|effectuer le paiement|proceder au paiement|regler la facture)',
    '(?:realizar|realice|efectuar|efectue|hacer|haga) el pago',
    // the executive's "I need a payment to go out to a new supplier before the cut-off"
    '(?:need|needs|want|wants|have|got) (?:a|an|one|two|this|the|some) (?:urgent |quick |small |same-day |same day |faster )?(?:payment|transfer|wire|bank transfer|faster payment) (?:to go|to be (?:made|sent|done|processed|released)|made|sent|done|processed|released|out)',
    // Italian and Polish: "dobbiamo versare oggi la caparra", "ti giro l'IBAN", "zaliczkę na rachunek powierniczy"
    "(?:dobbiamo|devi|devo|bisogna|occorre) (?:versare|pagare|bonificare|saldare|disporre (?:un|il) bonifico|fare (?:un|il) bonifico)|ti (?:giro|mando|passo) (?:l'iban|le coordinate|l'intestazione|i dati del conto)",
    '(?:zaliczk\\w*|zadatek|wplat\\w*|kwot\\w*) ~3 na (?:rachunek|konto) (?:powiernicz\\w*|depozytow\\w*|kancelarii|notariusza|escrow)|(?:jak|gdy|kiedy) przelew (?:wyjdzie|pojdzie|zostanie wyslany)',
  ),
  ...PAYMENT_REQUEST_WORLD,
  PAYMENT_REQUEST_KO,
  PAYMENT_REQUEST_JA,
];
export const URGENCY = P(
  '(?:urgent|urgently|asap|immediately|right away|right now|straight away|time ?sensitive|time ?critical|as soon as possible|without delay|no later than today|today|this morning|this afternoon|before (?:noon|(?:the )?end of (?:the )?day|close of business|cob|eod|(?:\\d{1,2}(?::\\d{2})? ?(?:am|pm))|(?:[1-9]|1[0-2])(?::[0-5]\\d)?(?= ?(?:[.!;]|$|today|this afternoon)))|by (?:end of (?:the )?day|eod|cob|close of business|today|noon)|within (?:the (?:next )?hour|\\d{1,2} (?:minutes|hours?)))',
  '(?:immediate|prompt|urgent|swift) (?:attention|action|payment|processing|transfer|response|execution)',
  '(?:by|before) the (?:end|conclusion|close) of (?:the )?(?:current |this )?(?:business )?day',
  '(?:done|handled|processed|completed|paid|sent|settled) (?:now|immediately|today|asap|right away)',
  "(?:dringend|sofort|umgehend|heute noch|urgente|imediatamente|hoje|spoed|dringend|onmiddellijk|vandaag nog|urgence|immediatement|aujourd'hui|inmediatamente|hoy mismo|cuanto antes)",
  // "o mais breve possível", "no prazo de 24 horas", "lo antes posible", "dans les 24 heures", "innerhalb von 24 Stunden"
  '(?:o mais (?:breve|rapido) possivel|no prazo de \\d{1,2} (?:horas|dias)|em ate \\d{1,2} (?:horas|dias)|lo antes posible|en un plazo de \\d{1,2} (?:horas|dias)|dans les \\d{1,2} (?:heures|jours)|le plus rapidement possible|innerhalb von \\d{1,2} (?:stunden|tagen)|binnen \\d{1,2} (?:uur|dagen))',
);
/** More languages' deadlines, a family of its own (a family stays within 64 pre-filter literals). */
export const URGENCY_INTL = [
  ...P(
    '(?:urgentemente|subito|immediatamente|entro oggi|in giornata|oggi stesso|per direct)',
    "(?:sous|d'ici) \\d{1,2} ?(?:heures|h|jours)|entro \\d{1,2} (?:ore|giorni)|binnen \\d{1,2} (?:uur|dagen)",
    // Polish: "pilne", "jeszcze dziś", "niezwłocznie", "w ciągu 24 godzin"
    '(?:pilne|pilnie|natychmiast|niezwlocznie|jak najszybciej|jeszcze dzis|jeszcze dzisiaj|dzisiaj|dzis|w ciagu \\d{1,2} (?:godzin|dni))',
    // Swahili: "ombi la haraka", "leo", "mara moja", "ndani ya saa 24"
    '(?:haraka|mara moja|leo hii|kabla ya saa \\d{1,2}|ndani ya (?:saa|siku) \\d{1,2})',
    // Vietnamese (not a bare "gấp": without its accent it is "gặp", to meet)
    '(?:khan cap|ngay lap tuc|trong hom nay|ngay hom nay|truoc \\d{1,2} gio|trong vong \\d{1,2} (?:gio|ngay))',
  ),
  ...PRESSURE_WORLD,
];
export const GIFT_CARD_WORDS = [
  ...P(
    '(?:gift|e-gift|egift|itunes|google play|apple|amazon|steam|visa|vanilla|ebay|target|walmart|sephora|razer gold|prepaid) ~1 (?:cards?|vouchers?)',
    // the UK's and Ireland's multi-store vouchers and prepaid codes: "six €100 One4all cards"
    '(?:one4all|love2shop|flexecash|paysafecard|neosurf|prezzy|prezzie)',
    // Vietnamese: "thẻ quà tặng", "thẻ cào" (scratch cards)
    '(?:the qua tang|the cao|the google play|the itunes|the apple|the steam)',
    // France's and Germany's: "coupons PCS", "recharges Transcash", "Google-Play-Karten", "Guthabenkarte"
    '(?:coupons? pcs|recharges? (?:pcs|transcash)|transcash|guthabenkarten?|(?:google-?play|itunes|apple|steam|amazon)-?(?:karten?|gutscheine?|guthaben))',
    '(?:cartao presente|cartoes presente|cartao-presente|gutscheinkarten?|geschenkkarten?|cadeaukaarten?|cadeaubonnen|cartes? cadeaux?|tarjetas? de regalo)',
    // Polish: "10 kart podarunkowych Allegro", "bony podarunkowe"
    '(?:kart\\w{0,4}|bon\\w{0,3}|voucher\\w{0,3}) (?:podarunkow\\w{1,4}|prezentow\\w{1,4}|przedplacon\\w{1,4})',
    // prepaid vouchers in the Romance languages: "um vale pré-pago da Apple", "tarjetas regalo",
    // "buoni regalo" ("vale" alone is also "it is worth")
    '(?:vales? (?:pre-?pagos?|de oferta|de presente|de compras|oferta|presente)|cartoes? (?:pre-?pagos?|de oferta|oferta)|tarjetas? (?:regalo|prepago|de prepago)|buoni (?:regalo|acquisto)|carte (?:regalo|prepagate)|cartes? prepayees?)',
  ),
  // "tarjetas de Amazon", "cartes Amazon", "Amazon-Karten" read above; the store after the card
  ...P(
    '(?:tarjetas?|cartoes?|cartes?|kaarten|carte) (?:de |da |do |del |di )?(?:amazon|google play|itunes|apple|steam|ebay|razer gold|fnac|bol(?:\\.com)?)',
  ),
  // Hungarian, Slovak, Czech, Finnish, Turkish: "ajándékutalvány", "darčekové poukážky", "lahjakortti", "hediye kartı"
  ...P(
    'ajandekutalvany\\w*|ajandekkartya\\w*|(?:darcekov|darkov)\\w* (?:poukaz|poukazk|kart)\\w*|lahjakort\\w*|hediye (?:karti|kartlari|ceki|cekleri)',
  ),
  GIFT_CARD_KO,
  GIFT_CARD_JA,
  GIFT_CARD_ZH,
];
/** The unmistakable gift-card scam ask: scratch, codes, photos of the back of the cards. */
export const GIFT_CARD_CODES = [
  ...P(
    'scratch ~3 (?:back|card|cards|code|codes|pin|pins|silver)',
    '(?:send|email|text|forward|share|provide|give|transfer|transmit|relay|message) ~4 (?:codes?|pins?|card numbers|pictures?|photos?|images?|picture of|photo of)',
    '(?:pictures?|photos?|images?|snapshots?|scans?) of ~2 (?:back|codes?|cards?|receipts?)',
    '(?:codes?|pins?) (?:on|at) the back',
    // "uma fotografia da parte de trás de cada vale, com o código visível", "una foto del reverso"
    '(?:fotografias?|fotos?|imagem|imagens|imagen|imagenes|photos?|bild|bilder) ~4 (?:parte de tras|parte de atras|verso|reverso|retro|dos de|ruckseite|codigos?|codice|codici)',
    '(?:codigos?|codice|codici) (?:visivel|visiveis|visible|visibles|visibile|visibili)',
    // German and French: "kratzen Sie die Rückseite frei und schicken Sie mir Fotos der Codes",
    // "envoyez-moi les codes"
    '(?:schicken|senden|sende|schick|mailen|ubermitteln|envoyez|envoie|transmettez|transmets) ~4 (?:codes?|pins?|fotos?|bilder|photos?)|(?:kratzen|rubbeln|freikratzen|freirubbeln|grattez|gratter) ~4 (?:ruckseite|codes?|rubbelfeld|dos|verso)',
    // Vietnamese: "cào mặt sau rồi chụp mã thẻ gửi cho anh"
    '(?:gui|chup|cao|nhan tin) ~4 (?:ma the|ma so the|mat sau|seri)',
    // Polish: "przesłać mi zdjęcia kodów z tyłu kart", "wyślij kody"
    '(?:zdjeci\\w{0,2}|zdjecie|skan\\w{0,2}|fotk\\w{0,2}) ~3 (?:kodow|kodu|kody|tylu kart|odwrocie|rewersu)|(?:przeslac|przeslij|wyslij|wyslac|podaj|podac) ~3 (?:kody|kodow|numery kart)',
    '(?:how many|quantity of) ~2 (?:cards|gift cards)',
    '(?:denominations?|\\$\\d{2,4} (?:each|per card|value))',
    '(?:redemption|redeem|claim) codes?',
    '(?:codes?|pins?) ~4 (?:to|on|by) my ~1 (?:mobile|phone|cell|cellphone|number|device|text|texts|whatsapp|inbox)',
  ),
  ...P(
    '(?:rasca|raspa|rasque|raspe|gratte|gratta|kras) ~3 (?:reverso|verso|dos|achterkant|retro|codigos?|codes?|codici)',
    '(?:enviame|envieme|mandame|mandeme|pasame|paseme|me mande|me envie|mande-me|envie-me|envoie-moi|envoyez-moi|schick mir|schicken sie mir|stuur me|stuurt u mij|mandami|inviami) ~4 (?:los |as |os |les |die |de |i )?(?:codigos?|codes?|codici|fotos?)',
  ),
  GIFT_CARD_CODES_KO,
  GIFT_CARD_CODES_JA,
  GIFT_CARD_CODES_ZH,
];
export const PURCHASE = P(
  '(?:buy|buying|purchase|purchasing|get|pick up|grab|order|procure|procurement|acquire|acquisition|secure|securing|obtain|comprar|kaufen|besorgen|kopen|acheter|compre|compra|compres|achetes|achetez|achete|acquista|acquistare|compra|koop|koopt|kauf|kaufst|comprare|compras)',
);
export const PAYROLL = [
  ...P(
    // the employee's own ask: "I switched my account over to my credit union … before the Dec 5 paycheck"
    '(?:switched|moved|changed) (?:my )?(?:account|accounts|bank|banking|direct deposit) (?:over )?to (?:my |a |the )?(?:new )?(?:credit union|bank|new bank|online bank)',
    '(?:switched|moved|changed) over to (?:my |a |the )?(?:new )?(?:credit union|bank|online bank|neobank|digital bank)',
    // French: "le versement de ma bourse … dans mon nouveau compte", "virer mon salaire sur ma nouvelle banque"
    // Québec: "mettre mon dépôt direct à jour pour la paie du 26"
    '(?:mettre|changer|modifier) (?:mon|ma|mes) (?:depot direct|compte de paie|infos? bancaires|informations bancaires) ~3 (?:a jour|pour la paie|avant la paie)',
    '(?:versement|virement|depot|paiement) de (?:mon|ma) (?:salaire|paie|paye|bourse|remuneration|traitement) ~8 (?:mon nouveau compte|ma nouvelle banque|nouvel(?:le)? (?:institution|etablissement|banque))',
    // "could you update my details before the March run", "change my bank for this month's payroll"
    "(?:update|change|amend) (?:my|his|her) (?:bank |banking |account |payment )?(?:details|account|bank) (?:before|for|ahead of|in time for) (?:the |this |next |this month's |next month's )?(?:\\w+ )?(?:pay ?run|payroll(?: run)?|run|payday|pay day)",
    '(?:my|her|his) (?:pay|salary|paycheck|wages) to (?:land|go|be deposited|be paid) (?:there|into|in|at) ~4 (?:from|starting|as of|with) (?:the )?(?:next|following|coming)',
    // the employee side: "reconnect your bank account", "re-verification of your banking information
    // is required", "your direct deposit info is missing or needs a final verification"
    '(?:reconnect|re-?link|re-?verify|re-?validate|re-?enter|re-?confirm) ~2 (?:your )?(?:bank|banking|direct deposit|payroll) ~1 (?:account|accounts|info|information|details|connection)',
    're-?verification of (?:your )?(?:bank|banking|direct deposit|payroll) ~1 (?:info|information|details|account)',
    '(?:direct deposit|bank|banking|payroll) (?:info|information|details) ~3 (?:is |are )?(?:missing|incomplete|invalid|not connected|needs? (?:a )?(?:final )?(?:verification|update))',
    '(?:bank|banking) (?:info|information|details|account) (?:is |are )?still connected',
    '(?:401 ?\\(?k\\)?|pension|retirement|benefits?) ~3 (?:contribution|payment|deduction) ~5 (?:failed|rejected|not going through|did not go through|had a problem|could not be processed|was rejected|bounced)',
    '(?:change|changes|changing|update|updating|switch|switching|modify|redirect|correct|move) ~3 (?:direct deposit|payroll|salary|paycheck|pay ?check|wages?) ~2 (?:details?|information|info|accounts?|bank|banking)',
    '(?:direct deposit|payroll|salary|paycheck|pay ?check|wages?) ~3 (?:to|into|in) ~2 (?:new|different|another|updated|other) ~1 (?:account|bank)',
    '(?:new|different|updated) ~2 (?:direct deposit|payroll|salary|paycheck) ~1 (?:details?|information|info|account|bank)',
    // "review and re-save their direct deposit information", German "mein Gehalt … auf das neue Konto"
    '(?:review|re-?save|re-?submit|re-?enter|update) (?:and (?:re-?save|re-?submit|confirm|update) )?(?:their|your) direct deposit (?:information|info|details)',
    '(?:gehalt|lohn|gehaltszahlung) ~6 (?:auf|an) (?:das|mein|mein neues|das neue) (?:neue |neues )?(?:konto|bankkonto|gehaltskonto)|neues gehaltskonto',
    '(?:direct deposit|payroll|salary|paycheck|pay cycle) ~5 (?:rejected|returned|failed|bounced|on hold|could not be processed)',
    '(?:resend|send|provide|submit|confirm|re-?enter|re-?submit) ~2 your ~1 (?:direct deposit|payroll|salary) ~1 (?:details|information|info|particulars|account)',
    // the diverter's follow-up on details "sent through as requested": "just following up on my direct
    // deposit", "checking on my direct deposit details for my initial pay"
    '(?:checking|check|following up|follow up|circling back|chasing) (?:in )?on my (?:new )?(?:direct deposit|payroll|paycheck|pay ?check|salary deposit)',
    '(?:conta ~1 salario|dados ~1 (?:folha de pagamento|salario))',
    '(?:gehaltskonto|lohnkonto|gehaltszahlung|lohnabrechnung) ~3 (?:andern|aktualisieren|neue|geandert)',
    '(?:salarisrekening|salaris) ~3 (?:wijzigen|nieuwe|gewijzigd)',
    // the employee's own ask, in more languages: "que mon salaire de mars soit versé sur mon nouveau compte"
    '(?:mon|ma) (?:salaire|paie|remuneration) ~6 (?:verse|versee|vire|viree|paye|payee) (?:sur|a) (?:mon|un) (?:nouveau|autre) compte',
    '(?:mi) (?:nomina|sueldo|salario) ~6 (?:ingresada|ingresado|depositada|depositado|transferida|transferido|abonada|abonado|pagada|pagado) (?:en|a) (?:mi )?(?:nueva|otra) cuenta',
    '(?:il mio) (?:stipendio|salario) ~6 (?:accreditato|versato|pagato|bonificato) (?:sul|su) (?:mio )?(?:nuovo|altro) conto',
    '(?:mijn) (?:salaris|loon) ~6 (?:op|naar) (?:mijn )?(?:nieuwe|andere) (?:rekening|bankrekening)',
    '(?:o meu|meu) (?:salario|ordenado) ~6 (?:depositado|transferido|pago) (?:na|para a|numa) (?:minha )?(?:nova|outra) conta',
    '(?:compte ~2 (?:salaire|paie)|virement de salaire) ~3 (?:changer|modifier|nouveau|mettre a jour)',
    '(?:cuenta ~2 nomina|deposito de nomina|cuenta de sueldo) ~3 (?:cambiar|actualizar|nueva)',
  ),
  ...P(
    // the employee's own bank switch for the salary, in the other languages: "me cambié de banco … que a
    // partir de la remuneración de marzo me depositen en la cuenta nueva", "mudei de banco"
    "(?:me cambie|cambie|me he cambiado|he cambiado) de banco|(?:mudei|troquei|alterei) de banco|j'ai change de banque|j'ai change d'institution financiere|(?:i|i've|i have) (?:changed|switched) banks",
    '(?:remuneracion|remuneraciones|sueldo|salario|nomina|liquidacion|salario|ordenado|vencimento|pagamento) ~8 (?:me )?(?:depositen|deposites|deposite|ingresen|abonen|transfieran|paguen|depositem|deposite|caia|seja depositado) (?:en|a|na|em) (?:la|mi|una|a|minha|uma) (?:cuenta nueva|nueva cuenta|otra cuenta|conta nova|nova conta|outra conta)',
  ),
];
/** First person: the "employee" asks for their own pay to move (HR notices say "your"). */
export const FIRST_PERSON =
  /(?<![\p{L}])(?:my|i|i'd|i'm|i've|meu|minha|mein|meine|meinen|mijn|mon|ma|mes|mi|mis|mio|mia|jag|mitt|mina|mig|jeg|meg|mine)(?![\p{L}])/u;

export const SECRECY = [
  ...P(
    '(?:keep|keeping) (?:this|it|that|the matter|this matter|this request|this transaction|this payment|things|everything) ~2 (?:between (?:us|you and me|the two of us|ourselves)|confidential|quiet|secret|to yourself|discreet|under wraps|low ?key|private)',
    '(?:between (?:you and me|the two of us|us two|ourselves) (?:for now|until))',
    "(?:do not|don't|dont|please don't) ~1 (?:tell|mention|discuss|inform|involve|speak to|talk to|let|cc|copy|loop in) ~2 (?:anyone|anybody|others|colleagues|staff|the team|management|the office|other staff|the rest)",
    '(?:confidential|discreet|sensitive|top secret) ~2 (?:matter|acquisition|transaction|deal|assignment|task|request|payment|errand)',
    "(?:i'll|i will) explain (?:later|when|everything)",
    // "need you to take care of something for me before 3pm, discreetly"
    '(?:take care of|handle|deal with|sort out|process|arrange) (?:something|this|it|a matter|a task|one thing) ~5 (?:discreetly|quietly|confidentially)',
    '(?:que )?no pase por el (?:circuito|proceso|procedimiento) habitual|fuera del (?:circuito|proceso) habitual|(?:garder|gardez) ~3 entre nous|(?:outside|bypass|skip) (?:the )?(?:usual|normal|regular) (?:process|approval|channels?)',
    '(?:restare|rimanere|resti|rimanga) riservat[oa]|non (?:parlarne|dirlo|dirne) (?:con|a) nessuno|massima riservatezza|in via (?:riservata|confidenziale)',
    // "would rather keep it off the usual channels for now"
    '(?:keep|keeping) (?:this|it|that|things) off (?:the )?(?:usual|normal|official|regular|company|work|internal) (?:channels?|email|e-?mail|system|systems|radar|books)',
    '(?:surprise for (?:the )?(?:staff|team|employees))',
    // Polish: "proszę na razie nikomu nie mówić", "niech to zostanie między nami", "zachować dyskrecję"
    '(?:nikomu|nikogo) (?:o tym )?(?:nie )?(?:mowic|mow|mowi|wspominac|wspominaj|informowac|informuj|wtajemniczac)|(?:zostanie|zostaje|zostac) miedzy nami|zachowa\\w{1,3} ~2 (?:dyskrecj\\w|w tajemnicy)',
    // Vietnamese: "đừng nói với ai", "giữ bí mật"
    '(?:dung|khong duoc|dung co) (?:noi|bao|ke) (?:voi|cho) (?:ai|nguoi khac|moi nguoi|ca nha|bo|me)|giu bi mat',
    '(?:vertraulich behandeln|unter uns bleiben|niemandem (?:sagen|erzahlen)|mantenha (?:isso )?em sigilo|entre nos|confidencialmente|tussen ons|niemand vertellen|reste entre nous|en toute discretion|ne (?:le )?dites (?:a )?personne|entre nosotros|no se lo digas a nadie|mantenlo en secreto)',
  ),
  SECRECY_KO,
  SECRECY_JA,
  SECRECY_ZH,
  // German: "bitte erstmal nicht an die große Glocke hängen", "sprich mit niemandem im Büro darüber"
  ...P(
    'nicht an die grosse glocke|(?:sprich|sprechen sie|rede|reden sie) (?:bitte )?(?:mit niemandem|mit keinem|mit niemand)|(?:bitte )?(?:noch |erstmal |vorerst )?(?:niemandem|keinem) (?:etwas )?(?:sagen|erzahlen|davon erzahlen|weitersagen)|(?:ist|bleibt) (?:noch )?(?:nicht offentlich|streng vertraulich)',
  ),
];
/** Secrecy in other words (a family of its own, see PAY_CHANGE_RESTATED): kept within a few people. */
export const SECRECY_RESTATED = P(
  // "please keep this strictly within the deal team", "asked that this stays within treasury"
  '(?:stays?|remains?|kept|keep (?:this|it)) (?:strictly |entirely |only )?between (?:the two of us|you and me|us two|ourselves)',
  '(?:keep|keeping|stays?|remains?|kept) (?:this |it |that |the matter )?(?:strictly |entirely |only )?within (?:the )?(?:deal team|treasury|finance team|us|our team|the two of us|this group|this thread|the insider list)',
  // "there is no need to brief treasury staff on the background"
  '(?:no need|not necessary|unnecessary) (?:for you )?to (?:brief|inform|involve|tell|loop in|copy|cc|update|notify) ~3 (?:treasury|finance|anyone|anybody|the team|staff|others|colleagues|management|your manager|the board)',
  // a named colleague kept out of it: "no need to loop Diego in, I'll update the ledger myself"
  "(?:no need|not necessary|unnecessary|don't bother|don't need) (?:for you )?to (?:loop|bring|pull) [a-z]+(?: [a-z]+)? in(?: on (?:this|it))?(?![a-z])",
  // "I would ask that you not discuss this letter with your bank or advisers"
  '(?:not|never) (?:to )?(?:discuss|mention|share|show) (?:this|the|it|my) ~2 (?:with|to) (?:your )?(?:bank|banks|adviser|advisers|advisor|advisors|lawyer|solicitor|accountant|family|anyone|colleagues)',
  // the approval skipped: "no need to raise a PO for this one, I'll sort the paperwork after the fact"
  "(?:no need|not necessary|unnecessary|don't bother) to (?:raise|create|open|file|log) (?:a |an )?(?:po|purchase order|ticket|request|approval)|(?:sort|do|handle) the paperwork ~3 (?:after the fact|afterwards|later)",
);
/** One channel left (CHANNEL_PIVOT in content.ts): a phone only, behind a QR code or a call. */
export const CHANNEL_PIVOT_RX = P(
  '(?:only|exclusively) (?:be )?(?:accessible|available|accessed|opened|viewed|completed|reachable) (?:from|on|via|with|using|through) (?:a |your )?(?:mobile|phone|smartphone|cell ?phone)',
  '(?:accessible|available|viewable) (?:from|on|via) (?:a |your )?(?:mobile|phone|smartphone) (?:devices? )?only',
  '(?:only|exclusively) (?:opens?|works?|loads?|runs?) on (?:a |your )?(?:mobile|phone|smartphone|cell ?phone)',
  '(?:only way|only option|sole way) ~6 (?:by|over the|via) (?:phone|telephone)|settle ~3 (?:balance|amount|account|arrears) by (?:phone|telephone)',
  "(?:cannot|can not|can't|will not|won't) (?:be )?(?:opened|accessed|viewed|completed) (?:on|from|with) (?:a |your )?(?:computer|desktop|laptop|pc|work computer)",
  '(?:payment|payments|it) (?:must|can only|has to|have to) (?:be )?(?:made|taken|processed|completed|arranged) (?:by|over the|via|through) (?:phone|telephone)',
  "(?:online|mailed|mail-in|web|portal) (?:and|or) (?:mailed|online|mail-in|in-person) (?:payments?|remittances?) (?:cannot|can not|can't|will not|won't) (?:be )?(?:posted|post|accepted|processed|applied|arrive)",
);
/**
 * The answer asked at the writer's private mailbox instead of the one they write from: "drop me a
 * line at my personal address with your name and a phone number", "rispondimi alla mia mail
 * personale". The job scam's and the BEC sender's way to take the talk where no colleague sees it.
 */
/**
 * The writer explaining why they write from another address than usual: "I'm sending from my
 * personal email because my work account gets shut off", "je t'écris de ma boîte perso", "my work
 * email is down". The BEC impostor must explain the address; a colleague rarely has to.
 */
/**
 * The reader told that doing nothing is fine: "if you didn't request a password reset, you can ignore
 * this email - your password won't change". A reset or a code the reader asked for says it; a lure
 * must get the click, and says the opposite ("if this wasn't you, secure your account now").
 */
export const IGNORE_IF_NOT_REQUESTED = P(
  "(?:if you (?:didn't|did not|have not|haven't) (?:request|ask for|initiate|make|try to|attempt)|if (?:this|it) (?:wasn't|was not) you) ~6 (?:you can|you may|please|simply|just)? ?(?:safely )?(?:ignore|disregard|delete) (?:this|the) (?:e-?mail|message|notice)",
  "your password (?:won't|will not|will remain|remains|stays) (?:change|be changed|unchanged|the same)",
);
export const PERSONAL_ADDRESS_PRETEXT_RX = [
  ...P(
    "(?:i'm|i am|im|i'll be|i will be|i've been|i have been) (?:writing|emailing|e-mailing|sending (?:this|it)?|messaging|reaching out|contacting you|sending) ~2 (?:from|via|on|through|with|using) (?:my )?(?:personal|private|home|other|backup|alternate|gmail|yahoo|hotmail|icloud|outlook\\.com) (?:e-?mail|email|address|account|mailbox|inbox|gmail)",
    '(?:using|sending from|writing from|emailing from) (?:my )?(?:personal|private|mobile) (?:e-?mail|email|address|account|mailbox)',
    // "I can't get into my student email because the Duo code goes to my old number"
    "(?:can't|cannot|can not|unable to|couldn't|could not) (?:get into|get in to|access|log into|log in to|sign into|sign in to) my (?:student|work|school|university|college|company|office|usual|staff) (?:e-?mail|email|account|inbox|mailbox|outlook)",
    // "(sent from my personal account, Outlook is acting up on my phone)": the usual channel broken (a
    // freelancer's "sent from my personal address as the invoice is on my laptop" is no excuse)
    "sent from (?:my )?(?:personal|private) (?:e-?mail|email|address|account|mailbox) ~8 (?:is |are |keeps |has been )?(?:acting up|playing up|down|not working|locked|broken|isn't working|won't (?:send|open|load|sync)|out of action)",
    "(?:i'm|i am) using this (?:e-?mail |new |other )?(?:address|account|email) (?:now|for now|from now on|temporarily|until)",
    '(?:my|our) (?:work|office|company|corporate|business|usual|school|university) (?:e-?mail|email|account|mailbox|outlook|inbox) (?:is|has been|was|keeps?|gets?|will be) ~2 (?:down|locked|not working|compromised|hacked|disabled|blocked|suspended|full|filling up|acting up|shut off|giving me trouble|playing up|out of action|bouncing|rejecting|dropping out)',
    // "I'm on my personal email this week", "only have my phone with me, hence the Proton address"
    "(?:i'm|i am|im) on (?:my )?(?:personal|private|home|gmail|yahoo|hotmail|proton|icloud) (?:e-?mail|email|address|account|mailbox)",
    "(?:hence|which is why|that is why|that's why|so i'm using|so i am using) (?:the|this|my) (?:proton|protonmail|gmail|yahoo|hotmail|outlook|icloud|gmx|personal|private) (?:address|account|e-?mail|email|mail|mailbox)",
    "(?:je t'ecris|je vous ecris|j'ecris|je te mail|je vous mail) (?:de|depuis|avec|sur) (?:ma|mon) (?:boite|adresse|mail|messagerie|e-mail|courriel) (?:perso|personnelle|privee|personnel)",
    '(?:te|le|les) escribo (?:desde|de|con) (?:mi|este) (?:correo|email|e-mail|cuenta) (?:personal|privad[oa]|particular|nuevo|nueva)',
    // "please use this address from now on", "de ahora en adelante use este"
    '(?:please |kindly )?(?:use|reply to|write to) (?:this|my new) (?:e-?mail|email|address|account) (?:from now on|going forward|instead|for now)|(?:de ahora en adelante|a partir de ahora|desde ahora) (?:use|usa|utilice|escribame|escribeme) (?:este|a este)',
    '(?:schreibe|maile) ~3 (?:von|uber|mit) (?:meiner|meinem) (?:privaten|personlichen) (?:e-?mail|adresse|mailadresse|konto|account)',
    '(?:ik mail|ik stuur dit|ik schrijf) ~2 (?:vanaf|via|van|met) (?:mijn )?(?:prive|persoonlijke|eigen) (?:e-?mail|mail|adres|account|gmail)',
    '(?:estou )?(?:te |lhe )?escrevendo (?:do|de|pelo) meu (?:e-?mail|email|endereco) (?:pessoal|particular)',
    '(?:ti|le|vi) scrivo dalla mia (?:mail|email|e-mail|casella) (?:personale|privata)',
    // ("Scrivo dal gmail perché il server aziendale è in migrazione")
    '(?:(?:ti|le|vi) )?scrivo (?:dal|dalla|da) (?:mio |mia )?(?:personale|privato|privata|mail personale|email personale|indirizzo personale|gmail|hotmail|yahoo|libero)',
    'pisze (?:do ciebie |do pani |do pana )?(?:z|ze) (?:mojej |mojego |swojej |swojego )?(?:prywatnej|prywatnego|osobistej|osobistego) (?:skrzynki|poczty|maila|e-?maila|adresu|konta)',
    'pisze (?:z|ze) (?:mojego|swojego) (?:prywatnego|osobistego) (?:maila|e-?maila|adresu|konta)',
    // "Apologies for using this address, our secure mail is having issues today" (the apology: "our
    // internal mail is having issues" alone is what the IT department's own notice says)
    '(?:apologies|sorry|forgive me) for (?:using|writing from|emailing from|contacting you from) (?:this|a|my) (?:other |different |personal |private |temporary |external )?(?:e-?mail |email )?(?:address|account|mailbox)',
    // "Je vous écris depuis ma messagerie externe car notre messagerie interne est en maintenance"
    "(?:je vous ecris|je t'ecris|j'ecris) (?:depuis|de|avec) (?:ma|mon) (?:messagerie|adresse|boite) (?:externe|de deplacement|mobile|secondaire|de secours)",
    // Norwegian, Danish, Swedish: "jeg skriver fra min private e-post"
    '(?:skriver|sender|mailer) ~3 fra (?:min |mi |mitt )?(?:private?|personlige?) (?:e-?post|mail|e-?mail|adresse|gmail|konto)',
  ),
  // Slovak, Czech, Hungarian, Finnish, Turkish: "píšem zo súkromného", "a privát címemről írok",
  // "kirjoitan yksityisestä sähköpostista", "kişisel mailimden yazıyorum"
  ...P(
    '(?:pisem|piseme|pisu) (?:zo|ze|z|ti zo|vam zo) (?:sukromneho|sukromnej|soukromeho|soukrome|osobneho|osobniho|osobnej|osobni)',
    '(?:privat|sajat|maganszemelyes|szemelyes) (?:e-?mail ?cimemrol|cimemrol|postafiokombol|gmailemrol|fiokombol)',
    '(?:kirjoitan|laitan viestia) (?:yksityisesta|henkilokohtaisesta|omasta) (?:sahkopostista|osoitteesta|gmailista|sahkopostiosoitteesta)',
    '(?:kisisel|ozel) (?:mailimden|e-?postamdan|adresimden|hesabimdan|gmailimden)',
  ),
  ...PERSONAL_ADDRESS_WORLD,
  PERSONAL_ADDRESS_ZH,
];
export const PRIVATE_MAILBOX_ASK_RX = P(
  // records redirected to the address written from: "could you please send them to this email instead?"
  '(?:send|forward|email|e-mail|mail) (?:them|it|these|those|the (?:documents|forms|letters|files)) (?:over )?to (?:this|my new|my other|my personal) (?:e-?mail|email address|address|account|inbox) (?:instead|from now on|going forward)',
  // … or at a private phone: "could you send me your mobile number? WhatsApp will be easier than Teams"
  '(?:send|give|share|text|drop) me your (?:personal |private |direct )?(?:mobile|cell|cellphone|cell phone|phone|whatsapp) (?:number|no)',
  '(?:whatsapp|signal|telegram) (?:will be|would be|is) (?:easier|better|quicker|simpler) than (?:teams|email|e-mail|slack|the phone)',
  // (a postal address is another matter: "send the parcel to my home address" asks nothing of a mailbox)
  '(?:reply|respond|write|email|e-mail|drop me a (?:line|note|message)|get back to me|contact me|reach me|message me|send (?:me )?(?:your|it|them|the|this)) ~8 (?:my|this) (?:(?:personal|private) (?:e-?mail|email address|address|account|inbox|mailbox)|(?:other|alternate|alternative|personal|private|home) (?:e-?mail|email address|inbox|mailbox|gmail|yahoo|outlook|hotmail|proton))',
  '(?:escribeme|escribame|respondeme|responda|contactame|contacteme|escribir) ~4 (?:a |en )?mi (?:correo|email|e-mail|direccion) (?:personal|privad[oa])',
  '(?:ecrivez-moi|ecris-moi|repondez|reponds|contactez-moi) ~4 (?:a |sur )?(?:mon|ma) (?:adresse|e-?mail|mail|messagerie) (?:personnelle|privee|perso)',
  '(?:scrivimi|mi scriva|rispondimi|mi risponda|contattami|mi contatti) ~4 (?:al mio|alla mia) (?:indirizzo|mail|email|e-mail|casella) (?:personale|privat[oa])',
  '(?:schreiben sie mir|schreib mir|antworten sie|antworte) ~4 (?:an|auf) (?:meine|mein) (?:private|privates|personliche|personliches) (?:e-?mail|adresse|postfach)',
  '(?:me escreva|escreva-me|responda|me responda|contate-me) ~4 (?:no |para o )?meu (?:e-?mail|endereco) (?:pessoal|particular)',
  '(?:napisz|prosze napisac|odpisz|odpowiedz) ~4 (?:na )?(?:moj|moja) (?:prywatny|prywatna|osobisty) (?:e-?mail|adres|skrzynke)',
);
/** A courier collecting the reader's bank card (CARD_COURIER in content.ts), in six languages. */
/**
 * Domain slamming's listing notice: a "search engine submission" or "listing" said to expire with
 * the reader's domain name, and the disclaimer the law makes it print ("this is not a bill for
 * domain registration", "you are under no obligation to pay unless you accept this offer"). No
 * registrar writes that; the notice exists to be paid by mistake (LISTING_SLAM in content.ts).
 */
export const LISTING_SLAM = P(
  '(?:search engine|seo) (?:submission|listing|listings|registration|optimi[sz]ation) ~14 (?:expir\\w*|renew\\w*|lapse\\w*)',
  '(?:expir\\w*|renew\\w*) ~10 (?:search engine|seo) (?:submission|listing|listings|registration)',
);
export const SLAM_DISCLAIMER = P(
  '(?:under no obligation|not obligated|no obligation) to (?:pay|purchase) (?:this|unless|until|for)',
  // "You are under no obligation to pay the amount stated above unless you accept this offer"
  '(?:under no obligation|not obligated|no obligation) to (?:pay|purchase) ~5 unless you accept',
  '(?:this|it) is not (?:a |an )?(?:bill|invoice)(?=\\s?[.!]|$)',
  '(?:this|it) is not (?:a |an )?(?:bill|invoice) ~4 (?:domain|registration)',
  'we do not (?:register|renew) ~2 domain names',
);
/**
 * The directory scam's product: an entry, listing or publication in a directory, register,
 * catalogue or yearbook (DIRECTORY_SCAM in content.ts), in eight languages. Never enough alone: a
 * real trade directory bills its entries too.
 */
export const DIRECTORY_ENTRY = [
  ...P(
    '(?:directory|register|registry|yearbook|catalogue|catalog|guide|compendium|database|index) ~4 (?:listing|listings|entry|entries|inclusion|profile|publication|renewal)',
    '(?:listing|entry|entries|inclusion|profile|publication|registration) ~4 (?:in|on|into|within) (?:the|our|a|this) ~6 (?:directory|register|registry|yearbook|catalogue|catalog|guide|compendium|database)',
    '(?:premium|annual|featured|enhanced|sponsored|basic|standard) (?:listing|entry|profile|inclusion)|listing (?:renewal|fee)',
    'trademark (?:publication|registry|register|monitoring|renewal|maintenance)|(?:publication|renewal|maintenance) (?:of|for) (?:your|the) (?:trademark|trade mark|brand registration)',
    // the trademark scam in French and German: "la marque … peut être publiée dans le Registre
    // Européen des Marques", "Ihre Marke … im Europäischen Markenregister veröffentlicht"
    '(?:marque|marques) ~14 (?:publiee|publiees|publication|enregistree|inscrite) ~4 (?:dans le|au|du) (?:registre|repertoire)|(?:marke|marken) ~8 (?:im|in das|ins) ~2 \\w*(?:markenregister|register|verzeichnis)',
  ),
  ...P(
    "(?:annuaire|repertoire|registre|guide|catalogue) ~8 (?:l'|d')?(?:inscription|fiche|insertion|parution|referencement)",
    "(?:l'|d')?(?:inscription|fiche|insertion|parution|referencement|publication|mise a jour de la fiche) ~8 (?:l'|d')?(?:annuaire|repertoire|registre|guide|catalogue|base de donnees)",
    '(?:inscripcion|ficha|anuncio|listado|publicacion|insercion|alta) ~8 (?:directorio|registro|guia|catalogo|anuario|base de datos)',
    '(?:eintrag|eintragung|listung|veroffentlichung|aufnahme) ~6 [\\w-]*(?:verzeichnis|register|branchenbuch|katalog|datenbank|handbuch|jahrbuch)|(?:register|verzeichnis|katalog|branchenbuch)eintrag',
    '(?:vermelding|inschrijving|registratie|publicatie|opname) ~6 \\w*(?:gids|register|bedrijvengids|catalogus|databank|database|handboek|jaarboek)',
    "(?:l'|dell'|all'|nell')?(?:inserimento|iscrizione|scheda|pubblicazione|registrazione|posizione) ~6 (?:elenco|registro|annuario|guida|catalogo|banca dati|database)",
    '(?:inscricao|registo|ficha|publicacao|insercao) ~6 (?:diretorio|registo|registro|guia|catalogo|anuario|base de dados)',
    '(?:wpis|wpisu|wpisem|umieszczenie|publikacja|publikacje) ~6 (?:rejestr|rejestrze|rejestru|ewidencj\\w*|katalog\\w*|bazie|baza|bazy|spis\\w*)',
    '(?:danych|dane|wpis\\w*) ~4 (?:w|do) (?:rejestrze|rejestru|katalogu|bazie|ewidencji)|(?:wpis\\w*|uslug\\w*) reklamow\\w*',
  ),
  // Czech and Slovak, Romanian, Croatian and Slovenian, Lithuanian
  ...P(
    '(?:zapis|zapisu|zapisem|zverejneni|zverejnenie|uverejneni|uverejnenie|zarazeni|zaradenie) ~6 (?:rejstrik\\w*|registr\\w*|katalog\\w*|seznam\\w*|zoznam\\w*|databaz\\w*|adresar\\w*)',
    '(?:inregistrar\\w*|inscrier\\w*|listar\\w*|publicar\\w*|includer\\w*) ~6 (?:registr\\w*|catalog\\w*|ghid\\w*|director\\w*)',
    '(?:upis\\w*|vpis\\w*|objav\\w*) ~6 (?:registar\\w*|registr\\w*|imenik\\w*|katalog\\w*|adresar\\w*|vodic\\w*)',
    '(?:irasas|iraso|irasa|irasyma\\w*|paskelbim\\w*) ~6 (?:registr\\w*|katalog\\w*|zinyn\\w*)',
  ),
  // Finnish and Estonian; Norwegian, Danish and Swedish; Afrikaans; Indonesian and Malay
  ...P(
    '(?:merkinta\\w*|julkaisu\\w*|listau\\w*) ~6 [\\w-]*(?:rekisteri|hakemisto|luettelo|opas|oppaa)\\w*|[\\w-]*(?:rekisteri|hakemisto|luettelo)\\w* ~3 (?:merkinta\\w*|julkaisu\\w*)',
    '(?:kanne|kande|kanded) ~6 (?:register|registris|registrisse|kataloog\\w*)',
    '(?:oppforing\\w*|optagelse\\w*|listning\\w*|publisering\\w*|innforing\\w*|indforing\\w*) ~6 [\\w-]*(?:register|registeret|registret|katalog|fortegnelse|guide)\\w*',
    '(?:inskrywing\\w*|lysting\\w*|plasing) ~6 [\\w-]*(?:gids|register|katalogus|databasis)\\w*',
    '(?:pencantuman|penerbitan|pendaftaran|penyenaraian) ~6 (?:direktori|registri|katalog|buku panduan|daftar perusahaan)',
  ),
];
/**
 * An entry, listing or publication by name, in any of the languages the directory scam is written in:
 * read only when the sender calls itself a directory or register (content.ts DIRECTORY_BILL), where
 * "your entry" needs the directory named no closer.
 */
export const DIRECTORY_ENTRY_WORD = P(
  'entry|entries|listing|listings|publication|company profile|eintrag|eintrags|eintragung|eintragungen|veroffentlichung|inscription|insertion|fiche|inscripcion|listado|anuncio|publicacion|iscrizione|inserimento|pubblicazione|inscricao|publicacao|vermelding|wpis|wpisu|zapis|zapisu|publisering|oppforing|oppforingen|optagelse|merkinta|merkinnan|julkaisu|\\w*profiili\\w*|publikavim\\w*|paskelbim\\w*|kanne|inskrywing|pencantuman',
);
/**
 * The directory scam's fine print, the clause that makes the "invoice" an offer: accepted by paying
 * it, by returning a proof or by not objecting; a private publisher not linked to any authority; the
 * multi-year term hidden in the small print; an order "agreed by phone" that nobody gave. With a
 * DIRECTORY_ENTRY and money, the scam's own signature (DIRECTORY_SCAM in content.ts).
 */
export const DIRECTORY_FINE_PRINT = [
  ...P(
    // EN: the offer accepted by paying, returning or keeping silent
    '(?:acceptance|accepted|agreement) ~4 (?:by|upon|on|through) (?:payment|paying|receipt of payment|return|returning|signing)',
    '(?:by|upon) (?:paying|payment of|returning|signing and returning|signing) ~6 (?:you|the client|the customer) ~2 (?:accept|accepts|accepted|agree|agrees|agreed|confirm|confirmed|order|commission|book|authori[sz]e)',
    '(?:en|apres) (?:retournant|renvoyant|signant|payant) ~6 vous (?:commandez|acceptez|validez|confirmez)|al (?:devolver|firmar|reenviar|pagar) ~6 (?:usted )?(?:contrata|acepta|encarga|autoriza|confirma)',
    '(?:issued|sent|raised) (?:on|upon|following) (?:the )?acceptance of (?:the|our|your) ~2 (?:offer|proposal)',
    '(?:absence|lack) of (?:a )?(?:written )?(?:objection|cancellation|dispute|response) ~8 (?:constitutes|means|counts as|is deemed|shall be deemed|implies) ~2 (?:acceptance|agreement|consent)',
    '(?:this|it) (?:is|constitutes) (?:a |an )?(?:offer|proposal|solicitation) ~6 (?:not|no) (?:a |an )?(?:bill|invoice|statement)',
    '(?:this|it) is a solicitation',
    'not (?:a bill|an invoice|a statement) (?:from|issued by) (?:a |any )?(?:government|state|federal|official|public)',
    '(?:not|no|nor) (?:affiliated|associated|connected|linked|endorsed|related) (?:with|to|by) (?:any |a |the )?(?:government|state|federal|official|public|regulatory|statutory|county|city|municipal)',
    // "a private registration agent and is not affiliated with the FDA" (the phrase stays within a
    // sentence, so "the U.S. Food and Drug Administration" is not read: its "U.S." ends one)
    '(?:not|no|nor) (?:affiliated|associated|connected|linked|endorsed) (?:with|to|by) ~3 (?:food and drug administration|fda|patent and trademark office|uspto|euipo|wipo|intellectual property office)',
    '(?:private|privately run|independent) (?:directory|register|registry|publisher|publication|company|service|(?:document preparation|filing|records?|compliance|registration) service) ~6 (?:not|no|without) ~2 (?:affiliat\\w*|connect\\w*|link\\w*|relation\\w*|endorse\\w*)',
    '(?:24|36|48|60|two|three|four|five)(?:-| )(?:month|year) (?:listing|entry|directory|registration|publication|advertising) (?:agreement|contract|term|subscription|order)',
    // an order "agreed by phone" that nobody gave (not a bank change "confirmed by phone": the check)
    'as (?:agreed|authori[sz]ed|ordered|requested) (?:by|on|over|during) (?:the |a |our )?(?:phone|telephone|call|phone call|recorded call)',
    '(?:order|entry|listing|renewal|inclusion|publication|advert|advertisement|insertion) ~5 (?:agreed|confirmed|authori[sz]ed|approved|placed|given|requested) (?:by|on|over|during|in) (?:the |a |our )?(?:phone|telephone|call|phone call|recorded call|telephone conversation)',
    // a listing that renews itself unless cancelled months ahead, the trap the scam's contract sets
    '(?:renews?|renewed|renewal|extends?|extended) ~6 unless (?:cancelled|canceled|terminated) in writing ~4 (?:60|90|120|180|three months|six months)',
    '(?:verbal|oral|recorded) (?:authori[sz]ation|consent|order|agreement)|telephone (?:order|consent)',
    '(?:entry|listing) proof (?:returned|signed|approved)|(?:returned|signed) (?:the |our )?(?:entry|listing|correction) (?:proof|form)',
  ),
  ...P(
    // FR
    "(?:constitue|vaut|est) une offre|(?:l'acceptation|acceptation) ~3 (?:se fait|vaut|par) ~2 (?:le )?(?:paiement|reglement)",
    "(?:l'|d')?(?:absence|defaut) de (?:contestation|opposition|reponse|resiliation) ~8 vaut (?:acceptation|accord)",
    "(?:n'est|non|sans) ~2 (?:affilie|affiliee|lien|rattache|rattachee) ~4 (?:aucun|aucune|l'ordre|l'etat|l'administration|organisme|administration|gouvernement)",
    '(?:annuaire|repertoire|registre) prive',
    '(?:renouvellement|reconduction) ~3 tacite ~6 (?:sauf|hors) (?:resiliation|denonciation) ~4 (?:60|90|120|180|trois mois|six mois)',
    "(?:conformement a|selon|suite a) (?:l'ordre d'insertion|l'ordre|votre commande|votre accord) (?:valide|signe|retourne|confirme|passe)|(?:in accordance with|as per|pursuant to|following) (?:the|your) (?:insertion order|signed order|order form|order) (?:validated|confirmed|signed|placed|approved) (?:online|by phone|by telephone)",
    '(?:conformement au|selon le|suite au) bon de commande (?:valide|signe|retourne)|accord (?:telephonique|verbal)|(?:confirme|valide|accepte)e? par telephone',
    // ES, PT
    '(?:esto|este documento|la presente) (?:es|constituye) una (?:oferta|propuesta)|no es una factura',
    '(?:aceptacion|se acepta) ~4 (?:mediante|con|por) el pago|(?:autorizacion|aprobacion|confirmacion|conformidad) (?:verbal|telefonica)|(?:autorizad[oa]|confirmad[oa]|acordad[oa]|aprobad[oa]) por telefono',
    '(?:no|ni) (?:esta|estamos|es) ~2 (?:afiliad[oa]|vinculad[oa]|relacionad[oa]|asociad[oa]) ~2 (?:con|a) (?:ningun|ninguna|el gobierno|la administracion|organismo)',
    'constitui (?:uma )?(?:oferta|proposta)|nao (?:e|constitui) uma fatura|aceitacao ~4 (?:mediante|com|pelo) (?:o )?pagamento|(?:autorizacao|confirmacao) (?:verbal|telefonica)',
    '(?:nao|sem) ~2 (?:afiliad[oa]|vinculad[oa]|ligad[oa]|associad[oa]) ~2 (?:a|com) (?:nenhum|nenhuma|qualquer) (?:organismo|entidade|orgao)',
  ),
  ...P(
    // DE, NL
    '(?:mit|durch|bei) (?:der |dem )?(?:rucksendung|ruecksendung|unterschrift|unterzeichnung|zahlung|bezahlung) ~6 (?:beauftragen|bestellen|akzeptieren|erteilen|bestatigen) sie',
    '(?:dies ist|es handelt sich um) (?:ein|eine) (?:angebot|offerte)|(?:stellt|ist) (?:ein |eine )?(?:angebot|offerte) dar|(?:keine|nicht um eine) rechnung',
    '(?:annahme|angenommen) ~4 (?:durch|mit|per) (?:die |der )?(?:zahlung|uberweisung|bezahlung|unterschrift)|telefonisch (?:bestatigt|vereinbart|beauftragt|zugesagt)',
    '(?:nicht|kein|keine) ~2 (?:verbunden|verbindung|assoziiert|angeschlossen) ~4 (?:behorde|amtlichen|staatlichen|offiziellen)|(?:privates|private) (?:verzeichnis|register|unternehmen)',
    // "Mit Unterschrift wird ein Eintrag … für eine Laufzeit von 3 Jahren … beauftragt"
    '(?:mit|durch) (?:der |ihrer |dieser )?(?:unterschrift|unterzeichnung|rucksendung) (?:wird|werden) ~10 (?:beauftragt|bestellt|erteilt|geschlossen|abgeschlossen|vereinbart)',
    '(?:laufzeit|vertragslaufzeit|mindestlaufzeit) (?:von )?(?:24|36|48|60|2|3|4|5|zwei|drei|vier|funf) (?:monaten|jahren)',
    '(?:dit is|betreft) een (?:aanbod|offerte|aanbieding)|geen factuur|(?:aanvaarding|acceptatie|akkoord) ~4 (?:door|via|met) (?:de )?betaling|telefonisch (?:akkoord|bevestigd|goedgekeurd|besteld)',
    'niet ~2 (?:verbonden|gelieerd|aangesloten) ~3 (?:overheid|overheidsinstantie|instantie|kamer van koophandel)',
  ),
  ...P(
    // IT, PL
    "(?:costituisce|e) (?:un'offerta|una proposta|offerta commerciale)|non e una fattura|accettazione ~4 (?:mediante|con|tramite) (?:il )?pagamento|(?:autorizzazione|conferma) (?:verbale|telefonica)",
    'non ~2 (?:affiliat[oa]|collegat[oa]|legat[oa]) ~3 (?:alcun|nessun|ente|organismo|pubblica amministrazione)',
    '(?:servizio|registro|elenco|annuario|iscrizione) ~2 privat[oa] ~2 (?:facoltativ[oa]|opzional[ei]|non obbligatori[oa]|di visibilita)|(?:registro|elenco|annuario) privato|(?:durata|periodo) (?:di )?(?:24|36|48|2|3|4|tre|quattro|due) (?:mesi|anni)',
    '(?:stanowi|jest) (?:oferte|oferta|propozycje)|nie jest (?:faktura|rachunkiem)|(?:zaplata|wplata|oplacenie) ~4 (?:oznacza|jest rownoznaczn\\w*) ~2 (?:akceptacj\\w*|przyjeci\\w*|zgod\\w*)',
    '(?:nie jest|nie jestesmy) ~2 (?:powiazan\\w*|zwiazan\\w*) ~3 (?:organem|urzedem|administracja|panstwem|instytucja)|prywatn\\w* (?:rejestr|katalog|ewidencj\\w*|baza)|(?:zgoda|zamowienie|akceptacja) (?:telefoniczn\\w*|ustn\\w*)',
    // "jest rejestrem prywatnym i nie jest powiązany z CEIDG", "odesłanie podpisanego formularza stanowi zamówienie … na okres 3 lat"
    '(?:rejestr\\w*|katalog\\w*|baz\\w*|ewidencj\\w*) prywatn\\w*|nie jest (?:powiazan\\w*|zwiazan\\w*) (?:z|ze) (?:ceidg|krs|gus|urzedem|ministerstwem|sadem)',
    '(?:odeslanie|podpisanie|zwrot|przeslanie) ~3 (?:formularza|dokumentu|zgloszenia) ~2 (?:stanowi|oznacza|jest rownoznaczne z) ~3 (?:zamowieni\\w*|zleceni\\w*|akceptacj\\w*|zawarci\\w*)|na okres (?:24|36|2|3|4|5|dwoch|trzech|czterech) (?:miesiecy|lat)',
  ),
];
/**
 * The domain-name claim scam, sent for twenty years from "registration centres" in Asia: a company
 * applied to register the reader's name as domains or an "internet keyword", and the writer must
 * confirm whether it is the reader's distributor or partner (then sells the reader the names).
 * Both halves (DOMAIN_CLAIM_SCAM in content.ts); no registrar asks about a third party's business.
 */
export const DOMAIN_CLAIM_APPLICATION = P(
  '(?:received|receive|got) ~3 (?:application|request|applications) ~12 (?:register\\w*|request\\w*|apply\\w*|applied) ~14 (?:internet keywords?|internet brand|net ?brand|network brand|domain names?|domains|cn domain|asia domain)',
  // the applicant named as a company ("from Jinan Meihua Trading Co., Ltd. requesting the
  // registration of …"): its "Ltd." ends the sentence for the phrase reader, so the ask is read alone
  '(?:request\\w*|apply\\w*|applied) ~3 (?:register|registration of) ~8 (?:as|for) (?:their|its) (?:internet keywords?|internet brand|net ?brand|network brand)',
  // … or in a sentence of its own: "They want to register “glenruadh” as their Internet Keyword and
  // China (CN) domain names"
  '(?:want|wants|wish|wishes|intend|intends|plan|plans) to register ~6 as (?:their|its) (?:internet keywords?|internet brand|net ?brand|network brand)',
);
export const DOMAIN_CLAIM_PARTNER = P(
  '(?:confirm|check|know|verify|ascertain) ~6 (?:whether|if) ~6 (?:this|the|that|these) (?:company|companies|organi[sz]ation|applicant|firm|client) (?:is|was|are) ~4 (?:your|yours|you) ~3 (?:distributor|distributors|business partner|partner|partners|subsidiary|agent|affiliate|licensee)',
  '(?:whether|if) ~4 (?:you have |you )?(?:authori[sz]ed|entrusted|approved|know|are aware of) ~4 (?:this|the|that) (?:company|companies|applicant|firm) (?:to )?(?:register|apply|use)?',
);
export const CARD_COURIER_RX = P(
  '(?:courier|messenger|driver|representative|employee|agent) ~4 (?:will )?(?:collect|pick up|come to collect|retrieve) ~3 (?:your|the) (?:old |current |compromised |blocked )?(?:bank |debit |credit |payment )?(?:card|cards)',
  '(?:koerier|bode|medewerker) ~4 (?:haalt|ophalen|komt ophalen) ~4 (?:uw|je) (?:oude |huidige )?(?:bankpas|betaalpas|pas|creditcard)|(?:koerier|bode) haalt ~6 (?:pas|passen|kaart)',
  '(?:kurier|bote|mitarbeiter) ~4 (?:holt|abholen|abholt) ~4 (?:ihre|deine) (?:alte )?(?:karte|bankkarte|girocard|kreditkarte)',
  '(?:coursier|livreur) ~4 (?:recuperera|recupere|viendra chercher) ~4 (?:votre|ta) (?:ancienne )?(?:carte)',
  '(?:mensajero|repartidor) ~4 (?:recogera|recoge|pasara a recoger) ~4 (?:su|tu) (?:antigua )?(?:tarjeta)',
  '(?:corriere|fattorino) ~4 (?:ritirera|ritira|passera a ritirare) ~4 (?:la sua|la tua) (?:vecchia )?(?:carta)',
);
/** A wallet's recovery phrase asked for (SEED_PHRASE_REQUEST in content.ts), in six languages. */
export const SEED_PHRASE_ASK = [
  ...P(
    '(?:verify|confirm|validate|re-?validate|enter|input|type|submit|provide|import|sync|synchroni[sz]e|restore|check|update|share|send|reply with) ~3 (?:your|the|its|a) ~2 (?:recovery|seed|secret|mnemonic|backup|wallet) (?:phrase|phrases|words)',
    '(?:enter|re-?enter|type|submit|provide|import|confirm|verify|validate|update|sync|synchroni[sz]e|restore|share|send) ~3 (?:your|the) (?:12|18|24|twelve|eighteen|twenty-four) word',
    '(?:recovery|seed|secret|mnemonic) phrase (?:verification|validation|check|sync|synchroni[sz]ation|confirmation)',
    '(?:verifique|confirme|introduzca|ingrese|verifiez|confirmez|saisissez|entrez|bestatigen|verifizieren|geben sie|verifieer|bevestig|voer|verifica|conferma|inserisci|digite|insira) ~4 (?:frase (?:de recuperacion|semilla|de recuperacao|di recupero|segreta|de seguranca)|phrase (?:de recuperation|secrete)|wiederherstellungsphrase|seed-phrase|herstelzin)',
  ),
  ...SEED_PHRASE_WORLD,
];
/**
 * A crypto wallet said to need verifying or to face suspension: "your wallet has not yet been
 * verified; unverified wallets will be suspended", "KYC verification of your wallet". Nobody
 * verifies or suspends a self-custody wallet (WALLET_SUSPENSION in content.ts).
 */
export const WALLET_SUSPENSION = P(
  '(?:wallet|wallets) (?:has|have|is|are) (?:not|yet to be) (?:yet )?(?:been )?(?:verified|validated|synchroni[sz]ed|activated|whitelisted)',
  '(?:unverified|inactive|unsynchroni[sz]ed|unvalidated|non-verified) (?:crypto )?wallets? ~3 (?:will|would|shall|may) (?:be )?(?:suspended|closed|deactivated|disabled|restricted|locked|frozen|terminated|blocked|deleted)',
  '(?:your|the|this) (?:crypto |web3 )?wallet ~3 (?:will|would|shall) (?:be )?(?:suspended|closed|deactivated|disabled|restricted|locked|frozen|terminated|blocked|deleted)',
  '(?:verify|validate|synchroni[sz]e|sync|activate|re-?activate|whitelist) ~2 (?:your|the) (?:crypto |web3 )?wallets? ~6 (?:avoid|prevent|suspension|closure|closed|suspended|deactivat\\w*|restrict\\w*|lock\\w*|frozen)',
  'kyc ~4 (?:wallet|wallets)|(?:wallet|wallets) ~4 kyc',
);
export const BEC_OPENER = [
  ...P(
    '(?:are|r) (?:you|u) (?:available|around|at your desk|in the office|busy|free)',
    "(?:you're|you are) (?:at your desk|in the office|around|available)",
    '(?:need|have) ~2 (?:quick|small|urgent|personal) ~1 (?:favou?r|task|errand|assignment)',
    '(?:i need you to|need you to) ~3 (?:handle|complete|take care|process|purchase|buy|get|do|run|make)',
    '(?:send|give|share|text) ~2 (?:me )?(?:your )?(?:personal |private )?(?:cell|mobile|phone|whatsapp|cellphone) ~1 (?:number|no)',
    '(?:text|send|message|whatsapp) me (?:your|ur) (?:personal |private )?(?:cell|mobile|cellphone|whatsapp)',
    '(?:reply|respond|get back) ~3 (?:asap|as soon as|immediately|urgently|quickly)',
    '(?:bist du|sind sie) (?:verfugbar|erreichbar|am platz)|(?:esta|voce esta) disponivel|ben je beschikbaar|(?:etes-vous|es-tu) disponible|(?:estas|esta usted) disponible',
    '(?:sei|e) (?:in ufficio|disponibile|alla scrivania)',
    '(?:estas|esta usted) en la oficina|sind sie (?:heute )?im buro|bist du (?:heute )?im buro|(?:etes-vous|es-tu|tu es|vous etes) (?:au bureau|a ton bureau|a votre bureau)|ben je (?:vandaag )?op kantoor|(?:esta|estas|voce esta) no escritorio',
  ),
  // German as written in an office: "bist du heute Vormittag im Büro?", "hast du kurz Zeit?"
  ...P(
    '(?:bist du|sind sie|seid ihr) (?:heute |gerade |grad |noch |morgen )?(?:vormittag |nachmittag |fruh |morgen )?(?:im buro|am platz|erreichbar)|(?:hast du|haben sie) (?:kurz|gerade|grad|heute) (?:zeit|einen moment|eine minute)',
  ),
  BEC_OPENER_KO,
  BEC_OPENER_JA,
];
export const UNAVAILABLE = [
  ...P(
    "(?:i'm|i am|im|i'll be|i will be|currently|stuck|tied up) ~2 (?:in|into) ~2 (?:a |an )?(?:meeting|meetings|conference|board meeting|session|seminar|back-to-back)",
    '(?:on|boarding|catching|about to board) ~1 (?:a |my |the )?(?:flight|plane)',
    "(?:can't|cannot|can not|unable to|won't be able to|not able to) ~2 (?:take|answer|receive|make|talk|speak|pick up) ~2 (?:calls?|phone|the phone|on the phone|right now|at the moment)",
    '(?:only|best) (?:reachable|available|contacted|reached) (?:by|via|through) (?:e-?mail|email|text|chat|whatsapp)',
    '(?:email|e-mail|text) (?:is|would be) (?:best|better|the best way|easier|quicker|simpler)',
    '(?:limited|no) (?:phone|cell|network|mobile) (?:access|reception|signal|coverage)',
    // "between sessions at the summit", "my work phone keeps dropping", "I've borrowed a colleague's phone"
    '(?:between|in between) (?:sessions|meetings|flights|calls|appointments)',
    // "I'm on the train back from York with patchy signal"
    '(?:patchy|poor|bad|weak|spotty|intermittent) (?:signal|reception|connection|coverage|phone signal)',
    // "tied up with the Rawabi board until late", "my phone is on silent during the session"
    '(?:tied up|stuck|locked) (?:with|at) ~3 (?:board|meeting|meetings|client|clients|auditors|investors|session|conference)',
    '(?:my )?(?:phone|cell|mobile) (?:is|will be|stays) (?:on silent|switched off|off|on mute|muted)',
    // "My office line is forwarding weird today so please call my cell directly"
    '(?:office|work|desk|direct) (?:line|phone|number|landline) (?:is|keeps|has been) ~2 (?:forwarding|down|not working|dropping|playing up|acting up|out of order|weird)',
    '(?:work|office|company|usual|regular|own) (?:phone|cell|mobile|line|number) ~2 (?:keeps? (?:dropping|cutting out|dying)|(?:is|was) (?:dead|down|broken|lost|stolen|not working|being repaired|acting up)|died|stopped working|not working)',
    "(?:borrowed|borrowing|using) (?:a |my )?(?:colleague's|coworker's|co-worker's|friend's|wife's|husband's|driver's|assistant's) (?:phone|cell|mobile)",
    // "our office lines are being switched to the new provider, so I'm working off my cell today"
    '(?:office|phone|work|desk) (?:lines?|phones?) ~2 (?:being (?:switched|moved|migrated|ported|upgraded)|(?:are|is) down|(?:are|is) out)',
    '(?:working|calling) (?:off|from|on) my (?:cell|mobile|personal (?:phone|cell|mobile))',
    '(?:in einer besprechung|im meeting|in een vergadering|em reuniao|en reunion|en reunion|en una reunion|in riunione)',
    '(?:non posso|impossibile) (?:rispondere|parlare) al telefono',
    // Swahili: "sipatikani kwa simu", "siwezi kupokea simu", "mtandao hapa ni mbaya"
    '(?:sipatikani|siwezi kupokea simu|siwezi kuongea|sitapatikana) ~2 (?:kwa simu|simu)?|mtandao (?:hapa )?(?:ni mbaya|hauko|haupo)',
    // Vietnamese: "anh đang họp, không nghe máy được"
    '(?:dang hop|dang trong cuoc hop|khong the nghe may|khong nghe may duoc|khong nghe dien thoai duoc)',
    '(?:kann (?:gerade )?nicht telefonieren|kan niet bellen|nao posso atender|ne peux pas (?:repondre|telephoner)|no puedo (?:atender|hablar))',
  ),
  ...P(
    // "I'm sat in with the partners … can't get into the banking app on this phone"
    "(?:can't|cannot|can not|unable to|not able to) (?:get into|get on|get onto|log ?in to|log ?into|log on to|access|get to) ~2 (?:the |my |our )?(?:banking|bank|online banking) (?:app|portal|system|login|site)",
    "(?:i'm|im|i am) (?:sat|sitting|stuck|tied up) (?:in )?with ~2 (?:the )?(?:partners|board|client|clients|auditors|solicitor|solicitors|lawyers|notary|directors|investors|bank)",
    // Italian: "sono a Verona dal notaio … il cellulare aziendale qui dentro non prende e non posso uscire"
    "(?:sono|siamo|sto) ~3 (?:dal notaio|in riunione|in banca|dal commercialista|dall'avvocato|in consiglio|in tribunale|in aereo)|cellulare ~4 non prende|non posso (?:uscire|rispondere|telefonare|parlare)|(?:appena|quando) mi liberano",
  ),
  UNAVAILABLE_KO,
  UNAVAILABLE_JA,
  UNAVAILABLE_ZH,
  // "ich sitze noch beim Notar … komme nicht an meinen Laptop", "Handy kaputt", "nur über die private Mail erreichbar"
  ...P(
    '(?:sitze|bin) (?:noch |gerade |grad |gleich )?(?:beim|im|in einem|in einer) (?:notar|meeting|termin|besprechung|flugzeug|zug|auto)|komme (?:gerade |grad )?nicht an (?:meinen|mein|meine) (?:laptop|rechner|computer|handy|mails|postfach)',
    '(?:sitze|bin) ~4 (?:bei der|beim|bei) (?:bank|erste|sparkasse|notar|anwalt|steuerberater|kunden|behorde)|komme nicht zum telefonieren|(?:diensthandy|handy|telefon|smartphone) ~4 (?:ladekabel|akku leer|ist leer)',
    '(?:handy|telefon|smartphone|diensthandy) (?:ist )?(?:mir )?(?:kaputt|defekt|runtergefallen|verloren|gestohlen|ins wasser gefallen)|(?:nur|grad nur|gerade nur|derzeit nur) (?:uber|per|unter|auf) (?:die |meine )?(?:private|privat|personliche|whatsapp|mail|e-?mail) ~2 erreichbar',
  ),
];
/**
 * The talk moved off the written record, the voicemail's point: "a question on last year's invoices
 * that I'd rather discuss by phone than by email", "I'd rather talk it through by phone than set out
 * in writing". What a follow-up on a voicemail from a stranger's mailbox backs.
 */
export const PHONE_NOT_WRITING_RX = P(
  "(?:i'd|i would|we'd|we would) (?:rather|prefer to) (?:discuss|talk|go|explain|cover|walk) ~4 (?:by|over the|on the|via) (?:phone|telephone) (?:than|rather than|instead of) ~3 (?:e-?mail|email|writing|in writing)",
  // "preferisco parlarne a voce piuttosto che per iscritto", "je préfère en parler de vive voix plutôt
  // que par écrit", "prefiero hablarlo por teléfono antes que por escrito", "lieber telefonisch als schriftlich"
  '(?:preferisco|preferirei|preferiamo) ~3 (?:a voce|al telefono|per telefono|telefonicamente) (?:piuttosto che|anziche|invece che|che) ~2 (?:per iscritto|per e-?mail|via e-?mail|per mail)',
  '(?:je prefere|je prefererais|nous preferons) ~4 (?:de vive voix|par telephone|au telephone) (?:plutot que|que) ~2 (?:par ecrit|par e-?mail|par mail|par courriel)',
  '(?:prefiero|preferiria|preferimos|prefiro|preferiria) ~4 (?:por telefono|por telefone|de viva voz|en persona) (?:antes que|mas que|que|en lugar de|em vez de|do que) ~2 (?:por escrito|por correo|por e-?mail|por email)',
  '(?:lieber|besser) (?:telefonisch|am telefon|personlich) (?:als|statt) ~2 (?:schriftlich|per e-?mail|per mail)',
);
export const VOICE_FOLLOWUP_RX = [
  ...P(
    '(?:following|follow|followed) ?up (?:on|to|regarding|from|about) ~3 (?:voice ?mail|voice message|voice note|call|phone call|phone conversation|phone|message i left)',
    '(?:as|like) (?:we )?(?:discussed|agreed|mentioned|spoke|talked) ~3 (?:on|over|by|during) ~2 (?:the )?(?:phone|call|telephone|voicemail|teams call|zoom call)',
    '(?:per|further to|following|after|as per) (?:our|my|the|your) ~2 (?:call|phone conversation|telephone conversation|voice ?mail|voice message)',
    '(?:i|we) (?:just |already |recently |have )?(?:left|sent) (?:you )?(?:a |an )?(?:short |quick |brief )?(?:voice ?mail|voice message|voice note|voice memo|message on your phone)',
    '(?:i|we) (?:tried|was trying|have been trying) to (?:reach|call|ring|get hold of) you (?:on|by|via|over) (?:teams|zoom|whatsapp|the phone|phone|your (?:cell|mobile|phone))',
    // "I tried to reach you earlier and left a voicemail": the call and the message in one sentence
    '(?:i|we) (?:tried|was trying|have been trying|attempted) to (?:reach|call|ring|phone|get hold of) you ~4 (?:and |but )?(?:left|sent) (?:you )?(?:a |an )?(?:voice ?mail|voice message|voice note|message)',
    '(?:as i|as we) (?:said|mentioned|explained) (?:in|on) (?:my|the|our) (?:voice ?mail|voice message|call)',
    '(?:just|recently) (?:spoke|talked) ~3 (?:on the phone|by phone|over the phone)',
    '(?:just|recently) got off the phone (?:with|from)',
    // the call still to come, from an executive's "personal account": a deepfake voice's set-up
    "(?:he'll|she'll|they'll|he will|she will|they will|he is going to|she is going to) (?:call|ring|phone|video ?call) you ~4 (?:on|via|over|from) (?:teams|zoom|whatsapp|signal|facetime|webex|his|her|their|a personal|a private)",
    // Turkish: "sesli mesaj bıraktım"
    '(?:sesli mesaj|sesli not|mesaj) (?:biraktim|biraktik|gonderdim|gonderdik)',
    // Norwegian, Swedish, Danish: "jeg la igjen en talemelding til deg", "jag lämnade ett röstmeddelande"
    '(?:jeg|vi) (?:la igjen|har lagt igjen|har lagt|la|sendte|efterlod|har efterladt|lagde) (?:deg |dig )?(?:en |et )?(?:talemelding|talebeskjed|lydmelding|talebesked|telefonbesked|besked pa telefonsvareren)|(?:jag|vi) (?:lamnade|har lamnat|skickade) (?:dig )?(?:ett )?(?:rostmeddelande|rostbrevlada|meddelande pa telefonsvararen)',
    // "como te expliquei na mensagem de voz que te deixei", "el mensaje de voz que le dejé"
    '(?:mensagem de voz|mensaje de voz|message vocal|messaggio vocale|correio de voz|buzon de voz) ~4 (?:deixei|deixamos|deje|dejamos|laisse|lasciato)|(?:como te expliquei|como lhe expliquei|como te explique|como le explique|come ti ho spiegato|comme je (?:te|vous) l.ai explique) ~3 (?:mensagem de voz|mensaje de voz|message vocal|messaggio vocale|telefone|telefono|chamada|llamada)|seguimento da mensagem de voz|seguimiento del mensaje de voz',
    // Polish and German: "nawiązuję do mojej wiadomości głosowej", "ich habe Ihnen eine Sprachnachricht hinterlassen"
    '(?:nawiazuje|nawiazujac|w nawiazaniu) do (?:mojej |naszej |wczorajszej |dzisiejszej )?(?:wiadomosci glosowej|poczty glosowej|rozmowy telefonicznej|nagrania)|(?:zostawilem|zostawilam|zostawilismy|nagralem|nagralam|nagralismy) ~3 (?:wiadomosc glosowa|wiadomosc na poczcie|nagranie na poczcie)|(?:jak|tak jak) (?:rozmawialismy|ustalilismy|wspominalem|wspominalam) (?:telefonicznie|przez telefon)|(?:habe|hatte|haben) ~3 (?:eine )?(?:sprachnachricht|nachricht auf (?:ihrer|ihrem|deiner|deinem) (?:mailbox|anrufbeantworter)) ~2 (?:hinterlassen|geschickt|gesendet)',
    '(?:wie (?:telefonisch|am telefon) besprochen|zoals (?:telefonisch )?besproken|conforme (?:conversamos|combinado|falamos) (?:por|ao) telefone|suite a (?:notre|mon) (?:appel|conversation telephonique|message vocal)|como (?:hablamos|acordamos|comentamos) por telefono)',
  ),
  ...P(
    // "le dejé un mensaje de voz", "je vous ai laissé un message vocal", "deixei uma mensagem de voz"
    "(?:le|te|les) (?:deje|dejamos|he dejado|hemos dejado) (?:un )?(?:mensaje de voz|mensaje en (?:el|su|tu) buzon|audio)|(?:je|nous) (?:vous|t') ?(?:ai|avons) laisse (?:un )?(?:message vocal|message sur (?:votre|ton) (?:repondeur|messagerie))",
    '(?:deixei|deixamos) (?:uma |um )?(?:mensagem de voz|mensagem na (?:sua|tua) caixa postal|recado|audio)|(?:le|ti) (?:ho|abbiamo) lasciato (?:un )?(?:messaggio vocale|messaggio in segreteria)',
    // "faccio seguito al messaggio che le ho lasciato stamattina in segreteria"
    '(?:faccio seguito|facciamo seguito|a seguito|in seguito) (?:al|alla) (?:mio |mia |nostro |nostra )?(?:messaggio|chiamata|telefonata) ~6 (?:in segreteria|vocale|telefonic\\w+)|(?:ho|abbiamo) lasciato ~4 in segreteria',
    // "Nachtrag zu meiner Sprachnachricht", "habe Ihnen auf die Combox gesprochen" (Swiss German's voicemail)
    '(?:nachtrag|bezug|bezugnehmend|anschluss) (?:zu|auf|an) (?:meiner|meine|meinen|unserer|unsere) (?:sprachnachricht|telefonnachricht|nachricht auf (?:ihrer|ihrem|deiner|deinem) (?:combox|mailbox|anrufbeantworter))|(?:auf|an) (?:die|ihre|deine|ihren|den) (?:combox|mailbox|sprachbox|anrufbeantworter) (?:gesprochen|hinterlassen)',
    '(?:sprachnachricht|nachricht auf (?:ihrer|ihrem|deiner|deinem) (?:mailbox|anrufbeantworter)) ~12 hinterlassen|(?:ik heb|we hebben|heb ik) (?:u|je|jou) ~3 (?:voicemail|voicebericht|spraakbericht|bericht op (?:uw|je) voicemail) (?:ingesproken|achtergelaten|gestuurd)',
  ),
];
/** A concrete ask: do something, send something, pay something. */
export const REQUEST = P(
  // "please action what he asks straight after the call"
  // Polish: "proszę o telefon", "proszę kupić", "najszybciej złapie mnie Pani pod numerem"
  '(?:prosze|prosimy|uprzejmie prosze) ~3 (?:o telefon|o kontakt|o przelew|o potwierdzenie|zadzwonic|oddzwonic|przeslac|wyslac|potwierdzic|zaplacic|przelac|kupic|zrobic|zlecic|zrob|kup|wyslij|przeslij)|(?:zadzwon|oddzwon|zlap mnie|zlapie mnie|zlapiesz mnie) ~3 (?:pod numer\\w{0,2}|na numer|na komorke)',
  '(?:action|do|process|follow|carry out|execute|handle) (?:what|whatever|everything|anything) (?:he|she|they|the cfo|the ceo) (?:asks|says|requests|instructs|tells you|needs)',
  '(?:please|kindly|pls|can you|could you|would you|i need you to|need you to|you need to|you must) ~3 (?:process|send|confirm|approve|review|sign|proceed|transfer|share|complete|handle|pay|update|provide|reply|forward|wire|buy|purchase|arrange|release|call|click|open|download|verify|execute|make)',
  // "Need you to look after something for me before the bank cut-off"
  '(?:i need you to|need you to) (?:look after|sort out|deal with|take care of) (?:something|a thing|a task|an errand|one thing)',
  // "merci de me rappeler", "llámeme", "me ligue de volta", "rufen Sie mich … zurück": the call back asked
  '(?:merci de|veuillez|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu) (?:me |nous )?(?:rappeler|appeler|contacter|telephoner)|(?:rappelez-moi|appelez-moi|llameme|llamame|llamenos|me ligue|me liga|ligue-me|liga-me|mi richiami|richiamami|chiamami|mi chiami|bel me|belt u mij)',
  '(?:bitte|por favor|favor|graag|veuillez|merci de|le ruego) ~4 (?:senden|uberweisen|bestatigen|enviar|confirmar|transferir|pagar|versturen|bevestigen|betalen|envoyer|confirmer|payer|transferer)',
  // German: "am einfachsten erreichen Sie mich direkt unter 044 …", "rufen Sie mich bitte zurück", "bitte um Rückruf"
  '(?:erreichen|erreicht) (?:sie|du|ihr) mich ~3 (?:unter|auf|per|via)|(?:rufen sie|ruf|ruft) (?:mich|uns) ~3 (?:an|zuruck)|(?:bitte|ich bitte) (?:sie )?(?:um|um einen|um ihren) (?:ruckruf|anruf)',
  // the call asked to another number than the usual one: "so call me back on this number"
  '(?:call|ring|text|phone|reach) me (?:back )?(?:on|at) (?:this|my (?:cell|mobile|personal)|the following|this (?:cell|mobile|personal)) ~1 (?:number|cell|mobile|line)',
  // "you can reach me directly on +44 …", "give me a call back on", "my direct line is (312) …"
  '(?:call|ring|reach|phone) me (?:(?:back|directly|direct) ){1,2}(?:on|at)|give me a call(?: back)? (?:on|at)|my direct (?:line|number|dial) (?:is|:)',
);
/**
 * A bank-detail change that sends the reader to check it out of band, as a real vendor's notice does
 * and a fraudster's never would: "we will not send the new account numbers by email", "call the
 * number in your existing vendor record", "until then, continue paying to the current account".
 */
export const PAY_CHANGE_VERIFY_OUT_OF_BAND = P(
  // the payer's own procedure: "call them on the number in our system (not the one in the letter or
  // email) … ask them to read out the new IBAN", "gebeld op het nummer uit Exact … nieuwe IBAN voorgelezen"
  'not the (?:one|number) (?:in|on|from) the (?:letter|e-?mail|email|invoice|message)',
  '(?:read|reads|reading) (?:out|back) the (?:new )?(?:iban|account number|account details|bank details|sort code)',
  '(?:gebeld|nagebeld|teruggebeld|gebeld met \\w+(?: \\w+){0,3}) ~4 (?:op het|met het) nummer (?:uit|in|van)|(?:iban|rekeningnummer) (?:voorgelezen|teruggelezen)',
  // "please do not change your payment details on the basis of an e-mail … verify the new details with
  // the office in person or on the number on your lease"; "we will never notify you of a change in
  // banking details by e-mail alone"
  "(?:do not|don't|never) (?:change|update|amend) (?:your |any )?(?:payment|bank|banking) (?:details|information|instructions) (?:on the basis of|based on|because of) (?:an|this|any|a single) e-?mail",
  '(?:verify|confirm|check) (?:the new details|the new account|the new banking details|this change|any change) ~6 (?:in person|by phone|by telephone|on the (?:office )?(?:number|phone))',
  '(?:will|would) never (?:notify|inform|tell|advise) you of (?:a |any )?change (?:in|of|to) (?:our )?(?:banking|bank|payment) (?:details|information) by e-?mail',
  '(?:will|would|do|does|are|am|is) (?:not|never) (?:send|sending|share|sharing|provide|providing|give|giving|email|emailing|put|putting|include|including|ask for) ~4 (?:account numbers?|bank(?:ing)? details|new details|account details) ~3 (?:by|via|over|in an?|in any) (?:e-?mail|email|phone)',
  // the payer's check done: "I took the new details over the phone from you … read back the last four digits"
  '(?:took|taken|received|confirmed|verified|read|checked) ~6 (?:details|account|iban|account number|bank details) ~4 (?:over the phone|by phone|by telephone|on the phone|on a call)|read back the (?:last )?(?:four|4|two|2|three|3) digits',
  '(?:number|phone number|contact) ~6 (?:on file|on record|you already (?:have|hold)|in your (?:existing )?(?:records?|vendor (?:master )?(?:file|record)|system)|known to you)',
  // "that you cannot confirm through a known phone number"
  '(?:confirm|verify|check) ~3 (?:through|by|via|with|using|on) (?:a|the) (?:known|trusted|independently verified) (?:phone )?number',
  // the payer's own check: "we called your AR line at the number on our original vendor file"
  '(?:number|phone number|line) (?:on|in|from) (?:our|your|the) (?:original |existing |own )?(?:vendor |supplier )?(?:file|record|records|master file|master data)',
  // "I called her on the number in our vendor master"; "Treasury sent a $1.00 test deposit … confirmed receipt"
  '(?:number|phone number|line) (?:on|in|from) (?:our|your|the) (?:vendor|supplier) (?:master|register|registry|database|list)',
  '(?:test|verification|penny) (?:deposit|transfer|payment) ~6 (?:confirmed|received|verified|matched)',
  '(?:not|never) (?:any|a|the) (?:number|phone number|contact) (?:in|from) (?:an?|this) e-?mail',
  '(?:continue|keep) (?:paying|to pay|remitting|to remit|using) ~2 (?:to |into )?(?:the |our )?(?:current|existing|old|previous) (?:account|bank)',
  // "call our finance team on the number already held on your supplier file", "the office number
  // printed in the letter", "do not update your records based on this email alone", "do not wire …
  // to anyone based on an email": the payer sent to check it another way
  '(?:number|phone number|line) ~3 (?:held|kept|recorded|stored|listed) (?:on|in) (?:your|our) ~2 (?:file|records?|system|master)',
  // "Please confirm by telephone on our office number already held by you before amending your records"
  '(?:number|phone number|line) (?:already )?(?:held by|known to|known by|in the possession of) (?:you|your (?:company|firm|office|team))',
  // Polish: "prosimy NIE zmieniać danych wyłącznie na podstawie tego maila … zadzwonić … na numer, który macie
  // Państwo w umowie", "do końca marca obowiązuje dotychczasowy rachunek"
  '(?:nie zmieniac|nie zmieniajcie|nie aktualizowac|nie wprowadzac) ~4 (?:na podstawie|tylko na podstawie|wylacznie na podstawie) (?:tego |samego )?(?:maila|e-?maila|wiadomosci)|(?:na numer|pod numer|pod numerem) ~3 (?:ktory|ktorego|znany) ~2 (?:macie|ma pan|ma pani|posiadacie|znacie|panstwu)|(?:obowiazuje|pozostaje) ~2 (?:dotychczasowy|obecny|stary) (?:rachunek|numer rachunku)',
  '(?:number|phone number) (?:printed|shown|listed|given) (?:in|on) (?:the|our|every|each) ~1 (?:letter|notice|invoice|invoices|statement|letterhead)',
  "(?:do not|don't|never) (?:update|change|amend) (?:your |any )?(?:records|details|system|vendor file|bank details) ~3 (?:based on|on the basis of|on the strength of|because of|from) (?:this|an|any|the|one) (?:e-?mail|message)",
  "(?:do not|don't|never) (?:wire|send|pay|transfer|zelle) ~5 (?:based on|on the basis of|because of) (?:this|an|any|the|one) (?:e-?mail|message)",
  // "payments due before May 1 should continue to the current account on file"
  '(?:continue|keep) (?:going )?(?:to|into) (?:the |our )?(?:current|existing|old|previous) (?:account|bank)',
  // the same in the other languages: the number the reader already has, no details by e-mail, the
  // old account until then
  '(?:bekannten|bekannte|hinterlegten|hinterlegte|gewohnten) (?:nummer|telefonnummer|rufnummer)|keine (?:neuen )?(?:kontodaten|bankdaten|bankverbindung|kontoverbindung|iban) ~2 per (?:e-?mail|mail)|(?:wie gewohnt|weiterhin) ~3 (?:auf|an) (?:unser|das) (?:bisheriges|altes|bestehendes|aktuelles) (?:konto|bankkonto)',
  'numero (?:habituel|que vous connaissez|connu|deja en votre possession|figurant dans (?:vos|votre) (?:dossiers?|fichier))|(?:jamais|pas) ~4 (?:coordonnees bancaires|rib|iban) ~3 par (?:e-?mail|courriel|mail)|(?:continuez|continuer) (?:a|de) (?:regler|payer|verser|virer) ~5 compte (?:actuel|habituel|existant)',
  'numero (?:que ya (?:tiene|conoce)|habitual|de siempre|que figura en (?:sus|su) (?:registros|ficha))|nunca ~5 (?:datos bancarios|cuenta bancaria|iban) ~3 por (?:correo|e-?mail)|(?:sigan|siga|continue|continuen) (?:pagando|abonando|transfiriendo) ~4 (?:actual|habitual|anterior)',
  'numero (?:che (?:gia )?(?:avete|conoscete|ha|conosce)|abituale|in vostro possesso)|non ~4 (?:coordinate bancarie|iban|dati bancari) ~3 (?:via|per|tramite) (?:e-?mail|posta elettronica)|(?:continuate|continuare|continui) (?:a|ad) (?:pagare|versare) ~5 (?:conto|iban) (?:attuale|abituale|esistente)',
  '(?:bij u bekende|bekende|vertrouwde|gebruikelijke) (?:nummer|telefoonnummer)|nooit ~5 (?:bankgegevens|rekeningnummer|iban) ~3 per (?:e-?mail|mail)|(?:blijf|blijft) ~4 (?:op|naar) (?:het|ons|onze) (?:huidige|oude|bestaande|bekende) (?:rekeningnummer|rekening)',
  'numero (?:que ja (?:tem|possui|conhece)|habitual|conhecido)|nunca ~5 (?:dados bancarios|iban|nib) ~3 por (?:e-?mail|correio eletronico)|(?:continue|continuem) (?:a pagar|pagando|a transferir) ~4 (?:atual|habitual|anterior)',
  // the details kept out of the mail and the next payment left on the old account: "os dados estão no
  // formulário do Deel — não vou mandar por email", "pode deixar a fatura de fevereiro ainda na conta antiga"
  '(?:nao|nunca) (?:vou|vamos|irei|iremos) (?:mandar|enviar|passar) ~3 por (?:e-?mail|email|correio eletronico)|ainda (?:na|para a|pra) conta (?:antiga|atual|anterior)|no (?:voy|vamos) a (?:mandar|enviar|pasar) ~3 por (?:correo|e-?mail)|todavia (?:en|a) la cuenta (?:anterior|actual|vieja)',
  // the payer's check reported between colleagues: "verified by phone 12/10", "I called them on the
  // number from our creditor file"
  '(?:verified|confirmed|validated) (?:by|via|over the|on the) (?:phone|telephone|call-?back|callback)|(?:number|phone number|line) (?:on|in|from) (?:our|your|the) (?:creditor|payee|client|customer|contractor|subcontractor|trade|landlord) (?:file|record|records|card|master|database|list)',
  'verifiee?s? par telephone|confirmee?s? par telephone|telefonisch (?:bestatigt|verifiziert|gepruft|geverifieerd|bevestigd)|(?:verificad|confirmad)[oa]s? (?:por|via) (?:telefono|telefone)|(?:verificat|confermat)[oiae] (?:telefonicamente|per telefono)|(?:zweryfikowan|potwierdzon)[eay] telefonicznie',
  // Portuguese and Spanish: "o número da ficha de fornecedor, não o do e-mail", "não enviamos o novo
  // IBAN por e-mail", "as faturas continuam a ser pagas para a conta habitual"
  'numero ~4 (?:ficha|cadastro|registo|registro|fichero) (?:de|do|del) (?:fornecedor|fornecedores|proveedor|proveedores)|numero ~2 que (?:ja|ya) (?:tem|teem|tenham|possuem|conhecem|tienen|conocen)',
  '(?:nao|no) (?:enviamos|enviaremos|mandamos|mandaremos|vamos enviar|vamos a enviar) ~3 (?:iban|nib|dados bancarios|datos bancarios|numero de conta|numero de cuenta) ~2 por (?:e-?mail|correo|correio)|(?:nao|no) (?:aceitem|aceite|acepten|acepte) ~4 (?:dados bancarios|datos bancarios|iban) ~4 (?:por|via) (?:e-?mail|correo)|(?:continuam|continuarao|seguiran|siguen) (?:a ser |siendo )?(?:pagas|pagos|pagadas|abonadas) ~4 (?:conta|cuenta) (?:habitual|atual|actual|anterior)',
  'znany(?:m)? (?:panstwu |pani |panu )?numer(?:em)?(?: telefonu)?|nigdy ~5 (?:danych bankowych|numeru konta|numer konta) ~3 (?:e-?mailem|mailem|poczta)|nummer (?:ni redan har|som ni kanner till)|aldrig ~5 (?:bankuppgifter|kontonummer) ~3 (?:via|per) (?:e-?post|mejl|mail)',
  // … in the other languages: the number the reader already has, no bank details in this mail, the old
  // account still in use ("appelez-moi au numéro du labo que vous avez déjà", "l'ancien compte reste actif")
  "(?:numero|telephone|tel) ~6 (?:que vous avez deja|que vous connaissez|habituel|qui figure sur (?:nos|vos|les) (?:factures|contrats|documents))|(?:aucune|pas de) coordonnees? bancaires? dans ce (?:mail|courriel|message)|(?:l'ancien|l'actuel) compte reste (?:actif|valable|inchange)",
  '(?:numero|telefono) ~6 (?:que ya (?:tiene|tienen|conoce|conocen)|habitual|que figura en (?:nuestras|sus|las) (?:facturas|contratos))|ningun (?:dato|numero) (?:bancario|de cuenta) en este (?:correo|mensaje)|(?:la|nuestra) cuenta (?:actual|anterior) (?:sigue|continua) (?:activa|vigente|operativa)',
  '(?:numero|telefone) ~6 (?:que (?:voce|voces|o senhor|a senhora) ja (?:tem|conhece)|habitual|que consta (?:nas|em nossas|nas nossas) faturas)|(?:a|nossa) conta (?:atual|anterior) (?:continua|segue) (?:ativa|valida)',
  '(?:nummer|telefonnummer|rufnummer) ~6 (?:die (?:ihnen|sie) (?:bereits|schon) (?:vorliegt|haben|kennen)|bekannte|aus (?:unseren|ihren) (?:unterlagen|rechnungen|stammdaten))|(?:das|unser) (?:alte|bisherige) konto (?:bleibt|ist weiterhin) (?:aktiv|gultig)',
  '(?:numero) ~6 (?:che (?:ha|avete) gia|abituale|che trova (?:sulle|nelle) (?:fatture|nostre fatture))|(?:il|il nostro) conto (?:attuale|precedente) (?:resta|rimane) (?:attivo|valido)',
  '(?:nummer|telefoonnummer) ~6 (?:dat (?:u|je) al (?:heeft|hebt|kent)|bekende|uit (?:uw|onze) (?:administratie|facturen))|(?:het|ons) (?:oude|huidige) rekeningnummer (?:blijft|is nog) (?:actief|geldig)',
);
/**
 * A bank-detail change that talks the reader out of checking it: "since we already confirmed this
 * by phone, there's no need to call back". Every payment policy says to call; the fraud says not to.
 */
export const PAY_CHANGE_NO_VERIFY = P(
  "(?:no need|not necessary|unnecessary|don't need|do not need|needn't) (?:for you )?(?:to )?(?:call|phone|ring|verify|confirm|check|double-check|reach out) ~3 (?:back|us|me|this|it|them|the (?:change|details|account))?",
  "(?:please )?(?:do not|don't|dont) (?:call|phone|ring) ~4 (?:to (?:confirm|verify)|about (?:this|the change)|back|the (?:office|number))",
  '(?:already|previously) (?:confirmed|verified|agreed|approved|discussed) ~2 (?:this|it|the change|the (?:new )?details)? ~1 (?:by|over the|on the|via|during (?:the|our)) (?:phone|call|telephone)',
  // hard to reach by phone this week: the call that would expose the change will not get through
  '(?:hard|difficult|impossible|not easy) to (?:reach|get hold of) (?:me |us )?(?:by|on the|over the|via) (?:phone|telephone)|(?:signal|reception) ~3 (?:is|has been) (?:dreadful|terrible|awful|poor|bad|patchy)',
  'telefonisch ~4 (?:beperkt|slecht|niet|moeilijk) bereikbaar|(?:difficilement|pas) joignables? (?:par )?telephone|telefonisch ~4 (?:schlecht|kaum|nicht|eingeschrankt) erreichbar',
  // Polish, Spanish, Italian, Portuguese: "mam ograniczony dostęp do telefonu", "poco raggiungibile al telefono"
  '(?:ograniczony|utrudniony) dostep do telefonu|(?:prosze|prosimy) o kontakt (?:wylacznie|tylko) (?:mailowy|e-?mailowy|droga mailowa)|(?:poco|dificil|difficile|dificil) (?:localizable|raggiungibile|contactar) ~2 (?:por|al|per) (?:telefono)|(?:sem|sin|senza) acesso ao telefone',
);
/** Bank-detail change that also asks for action on money (future payments, outstanding invoice). */
export const PAYMENT_CONTEXT = P(
  '(?:future|upcoming|next|pending|outstanding|open|overdue|all) ~2 (?:payments?|invoices?|remittances?|transfers?)',
  '(?:update|amend|change) ~2 (?:your|the) ~1 (?:records|system|vendor file|master file|details on file)',
  '(?:going forward|from now on|henceforth|with immediate effect|effective immediately)',
  // "for the February invoices and everything after that", "all subsequent invoices"
  '(?:and|&) (?:everything|anything|all|any) (?:after that|thereafter|afterwards|after)|(?:all )?(?:subsequent|later|following) (?:invoices|payments|remittances)',
  // "die Zahlung zur Rechnung … vorzunehmen", "boleto … com vencimento em 28/11"
  'zahlung(?:en)? ~10 (?:vorzunehmen|vornehmen|leisten|veranlassen)|rechnung(?:en)? ~3 (?:zu )?(?:begleichen|bezahlen|uberweisen)|(?:boleto|fatura|nota fiscal) ~8 (?:com )?vencimento',
  '(?:openstaande|toekomstige) ~2 (?:facturen|betalingen)|(?:offene|kunftige|zukunftige) ~2 (?:rechnungen|zahlungen)|(?:factures|paiements|reglements) (?:en cours|a venir|futurs|futures|en attente|suivantes|suivants)|(?:facturas|pagos) (?:pendientes|futuros)|(?:fatture|pagamenti) (?:aperte|future|futuri|in sospeso)|(?:faturas|pagamentos) (?:em aberto|futuros|futuras|pendentes)',
);

// Callback phishing ------------------------------------------------------------------------
/** Phone numbers: NANP with separators, +CC international, 0800-style national. */
/** Eight digits in four pairs, as Danish and Norwegian write phone numbers. */
const PAIRS = String.raw`[2-9]\d(?: \d{2}){3}`;
export const PHONE_RES = [
  // separators include stray brackets: callback scams break numbers up to dodge filters
  /(?<![\d+])(?:\+?1[ .()-]{0,3})?\(?[2-9]\d{2}\)?[ .()-]{1,4}\d{3}[ .()-]{1,4}\d{4}(?!\d)/g,
  // groups must be separated, so a long digit run has one split, not thousands to backtrack through
  /(?<![\d])\+\d{1,3}(?:[ .-]{1,2}\(?\d{1,5}\)?|\(\d{1,5}\)){2,6}(?!\d)/g,
  /(?<![\d])0\d{2,4}[ .-]\d{2,4}[ .-]?\d{2,4}(?:[ .-]\d{2,4})?(?!\d)/g,
  // French "01 84 60 27 19" and Italian "02 1234 5678": a one-digit area code after the 0
  /(?<![\d.,])0[1-9](?:[ .-]\d{2}){4}(?!\d)/g,
  /(?<![\d.,])0\d(?:[ .-]\d{3,4}){2}(?!\d)/g,
  // one digit at a time, "+1 . 8 0 8 . 5 5 5 . 0 1 7 2": spaced out so number patterns miss it (nine
  // digits at least: an Italian toll-free "8 0 0 . 5 5 . 0 1 . 4 7")
  /(?<![\d])\+?\d(?:[ .-]{1,3}\d){8,14}(?![\d])/g,
  // toll-free and shared-cost numbers without a leading 0: Italian and Portuguese "800 914 726",
  // Spanish "900 123 456" (separated: an unbroken nine-digit run is as often an order number)
  /(?<![\d.,])(?:80[03]|90[0-2])[ .-]\d{3}[ .-]\d{3}(?!\d)/g,
  // Vietnamese and Australian hotlines without a trunk 0: "1900 545 413", "1800 1234", "1300 763 418"
  /(?<![\d.,])(?:1300|1800|1900)[ .-]\d{3,4}(?:[ .-]\d{2,4})?(?!\d)/g,
  // the trunk code in brackets, as Australia and Britain write it: "(03) 9088 4172", "(020) 7946 0958"
  /(?<![\d])\(0\d{1,4}\)[ .-]?\d{3,4}[ .-]?\d{3,4}(?!\d)/g,
  // Swedish "08-446 925 10", "031-72 04 41": the area code joined by a hyphen, the rest in groups
  /(?<![\d.,])0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3}(?!\d)/g,
  // Danish and Norwegian numbers are eight digits without a trunk 0, written in pairs: "33 44 09 17"
  // (the one shape of eight digits findPhones takes; see NORDIC_PAIRS)
  new RegExp(String.raw`(?<![\d.,+-] ?)${PAIRS}(?! ?[\d.,])`, 'g'),
];
/** Eight digits in four pairs: a Danish or Norwegian phone number, not a date or an id. */
export const NORDIC_PAIRS = new RegExp(`^${PAIRS}$`);
/** Companies whose name callback scams bill in (security software, shops, payment and crypto apps). */
const BILLING_BRAND_NAMES =
  '(?:antivirus|anti-virus|norton|nortonlifelock|norton ?360|mcafee|geek squad|geeksquad|best buy|paypal|pay pal|coinbase|lifelock|windows defender|microsoft defender|total av|malwarebytes|avast|kaspersky)';
export const BILLING_BRANDS = P(BILLING_BRAND_NAMES);
export const BILLING = [
  ...P(
    '(?:invoice|invoiced|subscription|subscriptions|renewal|renewed|auto-?renew\\w{0,3}|refund|refunded|order (?:number|no|id|#|confirmation|details|summary)|your order|your purchase|charged|charge of|debited|transaction|billing|membership|annual plan|yearly plan|receipt)',
    BILLING_BRAND_NAMES,
    '(?:fatura|assinatura|renovacao|reembolso|pedido|cobranca|debitado|rechnung|abonnement|verlangerung|erstattung|bestellung|abbuchung|abgebucht|factuur|verlenging|terugbetaling|bestelling|afgeschreven|facture|renouvellement|remboursement|commande|preleve|prelevement|factura|suscripcion|renovacion|reembolso|cargo|cobrado|fattura|abbonamento|rinnovo|rinnovato|rimborso|addebitat[oa]|addebito)',
    '(?:fattura|abbonamento|rinnovo|rinnovato|rimborso|ordine|addebito|addebitato|addebitati|faktura|fakturan|prenumeration|fornyelse|aterbetalning|bestallning|debiterat|debiterats|subskrypcj\\w*|odnowieni\\w*|zamowieni\\w*)',
    // Nordic payments and transfers: "en första betalning om 48 600 EUR", "overførslen", "tilisiirto"
    '(?:betalningen|betalningar|betalingen|betalinger|overforingen|overforsel|overforslen|transaktionen|transaksjonen|veloitus|veloitettu|tilisiirto|maksutapahtuma)',
  ),
  ...BILLING_WORLD,
  BILLING_JA,
  BILLING_ZH,
];
// (European sums keep their thousands apart with a space or a dot: "38 400 EUR", "27 412,96 zł")
// (and the currencies of Asia and Eastern Europe: "¥59,800", "SGD 48,650.00", "12 480,00 лв",
// "18,750,000 төгрөг", "1 200 ₾")
export const AMOUNT =
  /(?:(?:[$€£¥￥₩₹₽₴₾₮]|\b(?:usd|eur|gbp|chf|cad|aud|kes|ksh|ugx|tzs|ngn|zar|ghs|inr|jpy|cny|rmb|sgd|hkd|krw|bgn|mnt|gel|rub|uah|nok|sek|dkk|aed|huf|czk|pln|ron|try|bdt)\s)\s?\d{1,3}(?:[.,]\d{3}){0,3}(?:[.,]\d{2})?|\d{1,3}(?:[ .,]\d{3}){0,3}(?:[.,]\d{2})\s?(?:usd|eur|gbp|pln|zl|€|\$|£|лв|евро)|\d{1,3}(?:[ .,]\d{3}){1,3}\s?(?:usd|eur|gbp|chf|pln|zl|vnd|dong|huf|ft|czk|kc|sek|nok|dkk|ron|try|tl|bdt|€|\$|£)(?![a-z])|\d{1,3}(?:[ .,]\d{3}){0,3}(?:[.,]\d{2})?\s?(?:円|元|₮|₾|төгрөг|(?:лв|лева|евро|лари)(?![а-я])))/g;
/** The callback hook: "if you did not authorise this", "to cancel", "for a refund". */
export const DISPUTE = [
  ...P(
    "(?:if|in case) ~2 (?:you|u) (?:did not|didn't|do not|don't|have not|haven't|never) ~2 (?:authori[sz]e|authori[sz]ed|recogni[sz]e|make|made|request|requested|place|placed|want|wish|order|ordered|purchase|initiate)",
    "(?:if|in case) ~3 (?:was not|wasn't|is not|isn't) (?:you|authori[sz]ed|made by you)",
    // "if this order was placed in error or you did not authorise it": the hook after another clause
    "(?:or|and) (?:you|u) (?:did not|didn't|never|have not|haven't) (?:authori[sz]e|authori[sz]ed|recogni[sz]e|request|requested|place|placed|order|ordered|make|made)",
    '(?:to|wish to|want to|would like to) (?:cancel|dispute|stop|reverse|decline|claim|request) ~3 (?:refund|order|subscription|charge|transaction|payment|renewal|membership|plan|purchase)',
    '(?:unauthori[sz]ed|fraudulent) ~2 (?:charge|transaction|purchase|payment|order|debit|renewal)',
    // a receipt's "Not you? +1 805 …"
    "(?:not|wasn't|was not|isn't) you\\?",
    // the hook asked as a question: "Did not authorise this renewal? … Call Autodesk Renewals"
    "(?:did not|didn't|did you not|do not|don't|do you not) (?:authori[sz]e|recogni[sz]e|make|place|order|request|approve) (?:this|the) (?:renewal|charge|order|payment|purchase|transaction|subscription|debit)",
    "(?:(?:se|caso) (?:voce )?nao (?:reconhece|reconheca|autorizou|fez|tenha (?:autorizado|feito|realizado))|wenn sie (?:diese|den) ~3 nicht (?:autorisiert|veranlasst|erkennen)|als u (?:deze|dit) ~3 niet (?:herkent|heeft gedaan)|si vous n'avez pas (?:autorise|effectue|reconnu)|si vous ne reconnaissez pas|si tu ne reconnais pas|si (?:usted )?no (?:reconoce|autorizo|realizo))",
    '(?:para cancelar|um ~3 zu stornieren|om te annuleren|pour annuler|para anular|per annullare|per disdire|for att avbryta|for att saga upp)',
    // "si vous n'êtes pas à l'origine de ce renouvellement", "se non ha effettuato", "si no ha realizado"
    "(?:si vous n'etes pas (?:a l'origine|l'auteur)|se non (?:hai|ha|avete|e stato|sei stato) ~1 (?:effettuato|autorizzato|richiesto|riconosciuto|eseguito|tu|lei|voi)|se non riconosc\\w+|si no (?:ha|has|han) (?:realizado|autorizado|solicitado|efectuado|reconocido|hecho)|als (?:u|je) (?:dit|deze) ~3 niet (?:heeft|hebt|heb) (?:gedaan|aangevraagd|besteld|goedgekeurd)|falls sie (?:diese|den|das) ~3 nicht (?:getatigt|vorgenommen|ausgelost)|om du inte (?:har )?(?:godkant|bestallt|gjort|kanner igen))",
    '(?:falls|wenn) sie (?:diese|den|das) ~3 nicht (?:wunschen|wollen|beauftragt|bestellt|veranlasst|autorisiert|genehmigt)',
    // asked as a question: "Sie haben diese Verlängerung nicht veranlasst?"
    '(?:sie haben|haben sie) (?:diese|diesen|den|das|die) ~3 nicht (?:veranlasst|autorisiert|bestellt|beauftragt|getatigt|vorgenommen|ausgelost|angefordert|genehmigt)',
    // "if you believe this charge is incorrect, please contact our customer desk": the charge disowned
    // in other words
    '(?:if|in case|should) (?:you )?(?:believe|think|feel|find|suspect)? ?(?:that )?(?:this|the|that|your) (?:charge|transaction|payment|order|renewal|amount|debit|purchase|billing) (?:is|was|has been|were) ~1 (?:incorrect|in error|wrong|a mistake|an error|mistaken|unauthori[sz]ed|fraudulent|not yours)',
    // "for billing questions or cancellation, please reach our billing desk"
    '(?:questions? or cancell?ations?|cancell?ations? (?:or|and) refunds?|to cancel (?:this|the) (?:renewal|charge|subscription))',
    // "For billing queries or cancellation call 0 2 0 …", "no action is required if you recognise this
    // charge": the seller's note of a renewal nobody ordered
    '(?:queries|enquiries|inquiries) or (?:cancell?ations?|refunds?|disputes?)',
    'no action (?:is )?(?:required|needed) if (?:you )?(?:recogni[sz]e|authori[sz]ed|made|placed|requested)',
    // Dutch asks it as a question: "Heeft u deze opdracht niet zelf gegeven?", "Herkent u deze betaling niet?"
    '(?:heeft|hebt|heb) (?:u|je) (?:deze|dit|die) ~3 niet (?:zelf )?(?:gegeven|gedaan|aangevraagd|uitgevoerd|besteld|goedgekeurd|geautoriseerd|ingelogd)|(?:herkent|herken) (?:u|je) (?:deze|dit|die) ~3 niet',
    // Nordic: "om ni inte känner igen ändringen", "hvis du ikke kjenner igjen betalingen", "Kender I
    // ikke overførslen?", "jos et tunnista tapahtumaa"
    'om (?:du|ni) inte (?:har )?(?:godkant|bestallt|gjort|genomfort|kanner igen|kanner till)|hvis (?:du|i|dere) ikke (?:selv )?(?:har )?(?:godkendt|godkjent|bestilt|foretaget|gennemfort|gjennomfort|utfort|genkender|kender|kjenner igjen)',
    '(?:kanner|kender|genkender|kjenner) (?:du|ni|i|dere) (?:inte|ikke) ~3 (?:betalning\\w*|overforing\\w*|overforsel\\w*|overforsl\\w*|transaktion\\w*|transaksjon\\w*|andring\\w*|aendring\\w*|endring\\w*|betaling\\w*|kob\\w*|kjop\\w*|ordre\\w*|bestallning\\w*)',
    'jos (?:et|ette) (?:ole )?(?:tehnyt|tehneet|tilannut|tilanneet|hyvaksynyt|hyvaksyneet|tunnista)',
    // Swahili: "Ikiwa hukuidhinisha", "kama si wewe uliyefanya muamala huu"
    '(?:ikiwa|kama) (?:hukuidhinisha|hukufanya|hukuagiza|hukuomba|hamkuidhinisha|hamkufanya|si wewe|sio wewe|hutambui)',
    // Vietnamese: "nếu quý khách không thực hiện giao dịch này"
    '(?:neu|truong hop) (?:quy khach|ban|anh|chi) (?:khong|chua) (?:he )?(?:thuc hien|yeu cau|dat|mua|uy quyen|xac nhan) ~3 (?:giao dich|don hang|thanh toan|yeu cau|dang nhap)',
    // Polish: "Jeżeli nie zlecali Państwo tej operacji", "jeśli nie rozpoznajesz tej transakcji"
    '(?:jezeli|jesli) (?:to )?nie (?:zlecal\\w{0,4}|autoryzowal\\w{0,4}|dokonywal\\w{0,4}|wykonywal\\w{0,4}|rozpoznaj\\w{0,4}|skladal\\w{0,4}|zamawial\\w{0,4}|byl\\w{0,2} (?:pan|pani|panstwo|ty))',
  ),
  ...DISPUTE_WORLD,
  DISPUTE_KO,
  DISPUTE_JA,
  DISPUTE_ZH,
];
/**
 * A security event on the reader's account, the vishing callback's frame where a charge is the
 * billing scam's: a new device or phone registered, a sign-in or a new payee added, a card or
 * account blocked ("ein neues Gerät … für die pushTAN-Freigabe registriert", "a new device was
 * added to your online banking").
 */
export const SECURITY_EVENT = [
  ...P(
    '(?:new|unknown|unrecogni[sz]ed) (?:device|phone|mobile|browser|payee|beneficiary|sign-?in|login) ~4 (?:registered|added|linked|paired|enrolled|detected|from|to your|on your|was|has been)',
    '(?:device|phone|payee|beneficiary) ~2 (?:was|has been|were) (?:registered|added|linked|enrolled|paired)',
    '(?:card|account|online banking|access) ~2 (?:has been|was|is) ~1 (?:blocked|locked|suspended|restricted|frozen)',
    '(?:sign-?in|login|log-?in) (?:attempt|from a new|from an unknown)',
    // "your Bacs submission has been held for review by our fraud prevention team"
    '(?:payment|payments|submission|transfer|transaction|file|batch) ~3 (?:has been |have been |was |were |is |are )?(?:held|placed on hold|put on hold|stopped|paused|intercepted) (?:for review|pending (?:review|verification)|by our (?:fraud|security))',
    '(?:neues|unbekanntes) (?:gerat|handy|smartphone|mobiltelefon|endgerat)|(?:gerat|endgerat) ~4 (?:registriert|hinzugefugt|gekoppelt|freigeschaltet)|(?:karte|konto|zugang) ~3 (?:gesperrt|blockiert)|(?:anmeldung|anmeldeversuch|login) ~2 (?:von einem|aus) (?:neuen|unbekannten)',
    "(?:nouvel|nouveau) (?:appareil|telephone|beneficiaire)|(?:appareil|beneficiaire) ~3 (?:ajoute|enregistre|associe)|(?:carte|compte) ~3 (?:bloque|bloquee|suspendu|suspendue)|(?:tentative de )?connexion (?:depuis|a partir d') (?:un|une) (?:nouvel|nouveau|nouvelle|inconnu|inconnue)",
    '(?:nuevo|desconocido) (?:dispositivo|telefono|beneficiario)|(?:dispositivo|beneficiario) ~3 (?:registrado|anadido|vinculado)|(?:tarjeta|cuenta) ~3 (?:bloqueada|bloqueado|suspendida|suspendido)|(?:novo|desconhecido) (?:dispositivo|telefone|beneficiario)|(?:cartao|conta) ~3 (?:bloqueado|bloqueada|suspenso|suspensa)',
    '(?:nuovo|sconosciuto) (?:dispositivo|telefono|beneficiario)|(?:carta|conto) ~3 (?:bloccata|bloccato|sospesa|sospeso)|(?:nieuw|onbekend) (?:apparaat|toestel|telefoon|mobiel)|(?:apparaat|toestel) ~3 (?:geregistreerd|toegevoegd|gekoppeld)|(?:pas|rekening) ~3 (?:geblokkeerd|opgeschort)',
    // Swahili: "muamala … umesimamishwa", "akaunti yako imezuiwa", "kifaa kipya"
    '(?:muamala|akaunti|kadi|malipo) ~4 (?:umesimamishwa|imesimamishwa|imezuiwa|umezuiwa|imefungwa|umefungwa|imesitishwa)|kifaa kipya',
    // Polish: "wstrzymał zlecenie przelewu", "nowe urządzenie", "karta została zablokowana"
    '(?:nowe|nieznane) (?:urzadzenie|logowanie)|(?:wstrzymal\\w{0,3}|wstrzymano|zablokowal\\w{0,3}|zablokowano) ~3 (?:przelew\\w{0,2}|zlecenie|transakcj\\w|karte|konto|dostep)|(?:karta|konto|dostep) ~3 (?:zablokowan\\w|zawieszon\\w)',
    '(?:ny|nytt) (?:enhet|enhed|mottagare|betalningsmottagare|modtager|mottaker|betalingsmottaker)|(?:kort|konto) ~3 (?:sparrat|sparret|spaerret|blokkert|blockerat)|(?:uusi|tuntematon) (?:laite|maksunsaaja)',
    // Finnish: "kirjauduttiin … laitteelta, jota emme tunnista", "verkkopalvelun maksut on rajoitettu"
    '(?:laitteelta|laitteesta|sijainnista) ~2 (?:jota|joita) emme tunnista|(?:maksut|tili|tilinne|kortti|korttinne|kayttooikeus|verkkopalvelu\\w*|verkkopankki\\w*) ~3 (?:on )?(?:rajoitettu|estetty|suljettu|lukittu|jaadytetty)',
    // Vietnamese: "tài khoản đã bị khóa", "thiết bị mới", "đăng nhập bất thường"
    '(?:tai khoan|the) ~5 (?:bi khoa|bi tam khoa|bi dong bang|bi tam ngung|bi phong toa)|thiet bi moi|dang nhap (?:bat thuong|la)',
    // Czech and Slovak: "vaše karta byla zablokována", "nové zařízení bylo přidáno", "účet bol pozastavený"
    '(?:ucet|karta|kartu|pristup|bankovnictvi|bankovnictvo) ~3 (?:zablokovan\\w{0,2}|blokovan\\w{0,2}|pozastaven\\w{0,2}|docasne omezen\\w{0,2}|obmedzen\\w{0,2})|(?:nove|nezname|neznama) (?:zarizeni|zariadenie|prihlaseni|prihlasenie)|(?:zarizeni|zariadenie) ~3 (?:pridano|pridane|registrovano|registrovane|sparovano|sparovane)',
    // Croatian, Serbian, Slovene: "vaša kartica je blokirana", "novi uređaj", "račun je zaklenjen"
    '(?:racun|kartica|karticu|pristup|bankarstvo) ~3 (?:blokiran\\w{0,2}|zablokiran\\w{0,2}|suspendiran\\w{0,2}|privremeno ogranicen\\w{0,2}|zaklenjen\\w{0,2}|onemogocen\\w{0,2})|(?:novi|nepoznati|nova|neznana) (?:uredaj|uredjaj|naprava|prijava)|(?:uredaj|uredjaj|naprava) ~3 (?:dodan\\w{0,2}|registriran\\w{0,2}|povezan\\w{0,2})',
    // Hungarian: "kártyája zárolva lett", "új eszköz", "szokatlan bejelentkezés"
    '(?:szamla\\w{0,3}|kartya\\w{0,3}|hozzaferes\\w{0,3}|fiok\\w{0,3}) ~3 (?:zarolva|zarolasra|letiltva|letiltottuk|felfuggesztve|felfuggesztettuk|korlatozva)|(?:uj|ismeretlen) (?:eszkoz|keszulek|bejelentkezes)|szokatlan (?:bejelentkezes|tranzakcio)',
    // Estonian, Latvian, Lithuanian: "teie kaart on blokeeritud", "uus seade", "konts ir bloķēts",
    // "kortelė užblokuota"
    '(?:konto|kaart|ligipaas|pangakaart) ~3 (?:blokeeritud|peatatud|lukustatud|suletud)|(?:uus|tundmatu) (?:seade|sisselogimine)|(?:konts|karte|piekluve) ~3 (?:blokets|bloketa|aptureta|apturets)|jauna ierice|(?:saskaita|kortele|prieiga) ~3 (?:uzblokuota|uzblokuotas|sustabdyta|sustabdytas)|nauja? irengin\\w',
    // Romanian: "cardul dumneavoastră a fost blocat", "dispozitiv nou", "autentificare neobișnuită"
    '(?:contul|cardul|accesul|contul dvs|cardul dvs) ~3 (?:blocat|blocata|suspendat|suspendata|restrictionat|restrictionata)|dispozitiv (?:nou|necunoscut)|(?:autentificare|conectare) (?:neobisnuita|suspecta|dintr-un dispozitiv nou)',
    // Icelandic: "kortinu þínu hefur verið lokað", "nýtt tæki"
    '(?:kortid|kortinu|reikningurinn|reikningnum|adgangur|adganginum) ~4 (?:lokad|lokadur|fryst|takmarkad)|(?:nytt|opekkt) taeki',
  ),
  SECURITY_EVENT_JA,
  SECURITY_EVENT_ZH,
];
/**
 * The reader sent to the security or fraud desk by phone ("please call our security team on",
 * "rufen Sie unser Sicherheitsteam an", "kontakt z Departamentem Bezpieczeństwa"): after a security
 * event it is the vishing hook as much as "if not, call" is.
 */
export const SECURITY_DESK = P(
  '(?:call|contact|ring|phone|dial|reach|speak (?:to|with)) ~4 (?:security|fraud|fraud prevention|card security|anti-fraud|account security) (?:team|department|desk|unit|line|centre|center|hotline|specialists?)',
  '(?:rufen sie|kontaktieren sie|wenden sie sich an|erreichen sie|melden sie sich bei) ~4 (?:sicherheitsteam|sicherheitsabteilung|betrugsabteilung|betrugspravention|kartensicherheit|sicherheitsdienst)',
  '(?:kontakt|kontaktu|zadzwon|zadzwonic|skontaktuj sie|skontaktowac sie) ~4 (?:departament\\w{0,3}|dzial\\w{0,3}|zespol\\w{0,3}) bezpieczenstwa',
  // Czech, Slovak, Croatian, Slovene, Hungarian, Estonian, Romanian: "zavolejte na bezpečnostní
  // oddělení", "kontaktujte oddelenie prevencie podvodov", "nazovite odjel za sprječavanje prijevara",
  // "hívja biztonsági osztályunkat", "helistage turvaosakonda", "sunați departamentul antifraudă"
  '(?:zavolejte|kontaktujte|obratte se na|zavolajte|obratte sa na) ~4 (?:bezpecnostn\\w{0,3} (?:oddeleni\\w{0,2}|tym\\w{0,2}|linku)|oddeleni\\w{0,2} (?:bezpecnosti|prevence podvodu|prevencie podvodov)|protipodvodn\\w{0,3})',
  '(?:nazovite|nazovete|kontaktirajte|javite se|poklicite|pokliscite) ~4 (?:centar za sigurnost\\w{0,2}|odjel\\w{0,2} (?:za )?(?:sigurnost\\w{0,2}|sprjecavanje prijevara|prijevar\\w{0,2})|sigurnosn\\w{0,3} (?:sluzb\\w{0,2}|tim\\w{0,2})|oddel\\w{0,3} za (?:varnost|preprecevanje zlorab|zlorab\\w{0,2})|varnostn\\w{0,3} (?:sluzb\\w{0,2}|ekip\\w{0,2}))',
  // Finnish: "palauta käyttöoikeus soittamalla OP:n turvallisuuspalveluun"
  '(?:soita|soittakaa|soittamalla|ota yhteytta|ottamalla yhteytta) ~4 (?:turvallisuuspalvelu\\w*|turvallisuustiimi\\w*|petostentorjun\\w*|vaarinkaytos\\w*)',
  '(?:hivja|hivjon|keresse|lepjen kapcsolatba) ~4 (?:biztonsagi (?:osztaly\\w*|csapat\\w*|reszleg\\w*)|csalasmegelozes\\w*|visszaelesmegelozes\\w*)|(?:helistage|votke uhendust) ~4 (?:turvaosakon\\w*|pettuste ennetami\\w*|turvameeskon\\w*)|(?:sunati|contactati|apelati) ~4 (?:departamentul|echipa) (?:de )?(?:securitate|antifrauda|fraude)',
  // identity to be confirmed by phone: "un conseiller doit confirmer votre identité par téléphone"
  '(?:confirm|verify|validate) ~3 (?:your )?identity (?:by|over the|via) (?:phone|telephone)|(?:confirmer|verifier|valider) (?:votre )?identite par telephone|identitat ~2 telefonisch (?:bestatigen|verifizieren)|(?:confirmar|verificar) su identidad (?:por|via) telefono',
  // "communiquez immédiatement avec notre Centre de prévention de la fraude au 1 866 …"
  '(?:appelez|contactez|joignez|communiquez|communiquer) ~4 (?:centre|service|equipe|cellule|departement|unite) (?:de prevention de la fraude|de prevention des fraudes|antifraude|anti-fraude)',
  // Dutch: "bevestig telefonisch bij onze fraudedienst", "bel onze fraudeafdeling"
  '(?:bel|contacteer|neem contact op met|telefonisch bij) ~3 (?:onze |de )?(?:fraudedienst|fraudeafdeling|fraudepreventie|veiligheidsdienst|beveiligingsafdeling|fraudehelpdesk)',
  '(?:appelez|contactez|joignez) ~4 (?:service|equipe|cellule|departement) (?:de securite|securite|fraude|anti-fraude|de lutte contre la fraude)|(?:llame|contacte|comuniquese) ~4 (?:departamento|equipo|area|unidad) de (?:seguridad|fraude|prevencion de fraude)',
);
/** "If not, call": the hook after "if this was you, nothing to do" ("Falls nicht, kontaktieren Sie"). */
export const IF_NOT_CALL = P(
  "(?:if not|if it wasn't|if it was not|otherwise|falls nicht|wenn nicht|andernfalls|sinon|si ce n'est pas le cas|si no es asi|si no fue usted|de lo contrario|caso contrario|se nao foi (?:voce|o senhor|a senhora)|in caso contrario|se non sei stato tu|zo niet|indien niet|als dat niet zo is|annars|om inte|hvis ikke|ellers|jos et|pokud ne|jinak|ak nie|inak|ako ne|ako niste|inace|ce ne|ce niste|sicer|ha nem|ellenkezo esetben|kui ei|vastasel juhul|daca nu|in caz contrar|altfel) ~2 (?:call|phone|ring|dial|contact|reach|rufen|anrufen|kontaktieren|wenden|appelez|contactez|llame|contacte|ligue|contate|chiami|contatti|bel|neem contact|kontakta|ringe|kontakt|soita|zavolejte|zavolajte|kontaktujte|nazovite|kontaktirajte|poklicite|hivja|hivjon|helistage|votke uhendust|sunati|contactati|hringdu)",
);
/**
 * The bank-helpdesk fraud's primer: a call announced from "the bank" ("Nummer waarmee wij bellen: …",
 * "our adviser will call you") and the card and card reader to have at hand for it, so the caller can
 * walk the reader through signing a payment. A bank's own appointment says when it calls; only the
 * fraud needs the card ready.
 */
export const CALL_ANNOUNCED = P(
  '(?:we|our (?:adviser|advisor|agent|team|colleague|employee|specialist|officer)) (?:will|shall|are going to) (?:call|phone|ring) you|(?:number|nummer|numero|nummer) (?:we will call from|waarmee wij (?:u )?(?:bellen|zullen bellen)|von der wir (?:sie )?anrufen|depuis lequel nous (?:vous )?appellerons)|(?:wij|we) (?:bellen|zullen) u ~2 (?:bellen|op)|wir (?:rufen|werden) sie ~2 (?:an|anrufen)|nous vous (?:appellerons|rappellerons)|(?:le|la) (?:llamaremos|llamara)|(?:ligaremos|vamos ligar) (?:para )?(?:voce|si)',
);
/**
 * A payment to be taken by phone: "so the agent can take the fare difference by card", "take the exam
 * payment over the phone". The number in the mail is where the card is read out; no airline or
 * carrier bills a business that way unasked.
 */
export const PAY_BY_PHONE = P(
  '(?:take|process|collect|settle|complete|arrange) ~4 (?:payment|payments|fee|fees|difference|balance|amount|deposit|charge|surcharge) ~2 (?:over the phone|by phone|on the phone|by telephone)',
  // (the card read out on the call asked for: "contact the desk by phone so the agent can … take the
  // fare difference by card"; a hotel's "we take the balance by card at check-in" asks no call)
  '(?:call|phone|ring|contact|dial) ~16 (?:take|process|collect|settle) ~4 (?:payment|fee|fees|difference|balance|amount|deposit|charge|surcharge) (?:by|with a|with your|on a|on your) (?:credit |debit |company |corporate )?card',
  '(?:card details|card number|card payment) ~3 (?:over the phone|by phone|on the phone|by telephone)',
);
export const CARD_AT_HAND = P(
  '(?:bankpas|pinpas|betaalpas|scanner|kaartlezer|rabo scanner|card reader|pinsentry|debit card|bank card|bankcard|token|digipass|tan-generator|girocard|bankkarte|carte bancaire|lecteur de carte|tarjeta|cartao) ~6 (?:bij de hand|binnen handbereik|at hand|to hand|ready|nearby|bereit|griffbereit|a portee de main|sous la main|a mano|a la mano|a mao)',
);

/** A weaker hook: "call our billing team / toll-free helpline" (vendors write it too). */
export const CALL_HELP = [
  ...P(
    '(?:call|contact|dial|ring|reach|phone) ~4 (?:cancel|dispute|refund|billing|support|helpline|help desk|toll ?free|customer (?:care|service|support)|department)',
    '(?:toll ?free|helpline|help line|billing department|support line|call us (?:now|immediately|at|on))',
    // an agency's officer to ring about the amount or the held goods: "To arrange payment or discuss
    // this notice, call the Revenue Collections officer assigned to your file", "contact the case
    // officer by telephone"
    '(?:call|contact|phone|ring) (?:the |your )?(?:\\w+ )?(?:\\w+ )?(?:officer|case officer|case worker|agent) (?:assigned|handling|dealing|responsible|by (?:tele)?phone|on|at)',
    // "if you have any questions or concerns about your order, please don't hesitate to contact us"
    '(?:questions?|concerns?|queries|issues?|problems?) ~9 (?:call|contact|reach|dial|phone) (?:us|our|the)',
    // "Questions about this order: 1 (844) …", the number alone after it
    '(?:questions?|concerns?|queries|issues?|problems?|help) (?:about|regarding|on|with|for) (?:this|your|the) (?:order|charge|purchase|renewal|subscription|invoice|payment)',
    // "Need assistance? Our support team is available: (888) …"
    '(?:our|the) (?:support|billing|help|customer care|customer service|customer support|refund) (?:team|desk|department|line|center|centre) (?:is|are) (?:available|here|reachable|ready|standing by)',
    // "contactez notre service client au", "rufen Sie unseren Kundenservice an", "llame a atención al cliente"
    "(?:contactez|appelez|contacter|appeler|joindre) ~3 (?:service (?:client|clients|clientele|facturation|abonnements?|d'assistance)|assistance|support|conseiller)",
    '(?:rufen sie|kontaktieren sie|wenden sie sich an|erreichen sie) ~4 (?:kundenservice|kundendienst|support|hotline|abrechnung\\w*|buchhaltung|sicherheitsteam|sicherheitsabteilung|betrugsabteilung|kartenservice|servicecenter)',
    '(?:kontaktieren sie|rufen sie|melden sie sich bei|wenden sie sich an) ~8 (?:telefonisch|unter (?:der )?(?:nummer|telefonnummer|tel)|an$)|(?:kontaktieren|rufen|melden) sie ~4 (?:sachbearbeiter\\w*|referent\\w*|berater\\w*|ansprechpartner\\w*)',
    // Polish: "prosimy o pilny kontakt z Departamentem Bezpieczeństwa pod numerem", "zadzwoń na infolinię"
    '(?:zadzwon|zadzwonic|zadzwonienie|prosimy o (?:pilny |pilne |niezwloczny )?(?:kontakt|telefon)|skontaktuj sie|skontaktowac sie|prosimy o kontakt telefoniczny) ~5 (?:pod numer\\w{0,2}|na numer|z (?:departamentem|dzialem|zespolem|infolinia|konsultantem|biurem)|na infolini\\w|infolini\\w)',
    '(?:llame|llamenos|contacte|comuniquese|pongase en contacto) ~4 (?:atencion al cliente|servicio (?:al cliente|de atencion|tecnico)|soporte|facturacion|linea gratuita)',
    '(?:chiami|chiamare|chiamate|contatti|contattare|contatta|contattate) ~4 (?:servizio clienti|assistenza|supporto|numero verde|ufficio fatturazione)',
    '(?:bel|neem ~1 contact op met|contact opnemen met) ~4 (?:klantenservice|helpdesk|servicedesk|support|facturatie|fraudeteam|fraudeafdeling|veiligheidsteam|team|afdeling)',
    '(?:ligue|entre em contato|contate) ~4 (?:atendimento|suporte|central|servico ao cliente)',
    '(?:ring|kontakta) ~4 (?:kundtjanst|support|kundservice)',
    // Nordic: "kontakta vår säkerhetsavdelning på telefon", "ringe til vores afdeling for
    // svindelbekæmpelse", "ring oss på", "soita meille numeroon"
    '(?:ring|ringa|ringe|kontakta|kontakte|kontakt) ~4 (?:sakerhetsavdelning\\w*|bedrageriavdelning\\w*|kundesikkerhet|kundsakerhet|sikkerhetsavdeling\\w*|afdeling\\w*|avdeling\\w*|kundeservice|kundeservicen|kundesenter|svindel\\w*|pa telefon|telefonnummer|oss pa|os pa)',
    '(?:soita|soittakaa|soittamalla|ota yhteytta|ottakaa yhteytta|ottamalla yhteytta) ~4 (?:meille|numeroon|asiakaspalvelu\\w*|turvallisuus\\w*|petos\\w*)',
    // Swahili: "piga simu mara moja Kitengo chetu cha Ulaghai", "wasiliana na huduma kwa wateja"
    '(?:piga simu|tupigie simu|wasiliana na) ~5 (?:kitengo|huduma kwa wateja|idara|nambari|timu)',
    // Vietnamese: "vui lòng gọi ngay số 1900 …", "liên hệ tổng đài"
    '(?:goi|goi ngay|lien he|lien lac) ~4 (?:so hotline|tong dai|hotline|bo phan|trung tam|so dien thoai)',
  ),
  ...CALL_HELP_WORLD,
  CALL_HELP_KO,
  CALL_HELP_JA,
  CALL_HELP_ZH,
];

/**
 * The authority scam's hook: an arrest, a criminal case or a licence frozen, told to the reader by
 * an "investigator" ("you are not presently under arrest", "your licence has been placed under
 * administrative review", "mandato di arresto"). Police, courts and boards write by post and never
 * ask for a call to settle a case; with a number to call it is the government-impersonation callback.
 */
export const AUTHORITY_THREAT = P(
  '(?:arrest warrant|warrant|criminal (?:charges|complaint|case|proceedings|investigation)|legal proceedings) ~5 (?:in your name|against you|for your arrest|involving you|concerning you)',
  '(?:you|you will|you may|you could|you shall) ~2 be (?:arrested|detained|prosecuted|taken into custody)',
  "(?:you are|you're) (?:not )?(?:presently |currently )?(?:under arrest|under (?:a )?(?:federal |criminal )?investigation|the subject of (?:a|an) (?:federal |criminal |official )?investigation)",
  'you (?:will |may |could |now )?face (?:arrest|prosecution|criminal charges|imprisonment|jail)',
  'notice of (?:investigation|arrest|criminal)',
  // the customs hold: "The goods will not be released to the wharf carrier until the check has been
  // completed", "goods in CBSA custody … may be held until the amount is settled"
  '(?:goods|consignment|shipment|cargo|container) ~6 (?:will not be released|(?:has been|have been|is|are|will be|may be) (?:held|seized|detained|impounded|withheld|confiscated))|seizure of (?:the |your )?(?:goods|consignment|shipment|cargo)',
  'your (?:nursing |medical |professional |driving |drivers? )?(?:license|licence|social security number|ssn|passport|npi) ~4 (?:(?:has been|have been|is|was|will be) (?:suspended|revoked|frozen|blocked|flagged)|placed under (?:administrative )?(?:review|investigation|suspension|hold)|used in connection with)',
  '(?:disclos\\w+|discuss\\w*|tell\\w*|inform\\w*) ~8 (?:obstruction|contempt of court)',
  "(?:orden de (?:arresto|detencion|captura) ~3 (?:a su nombre|en su contra|contra usted)|(?:usted )?sera (?:detenido|detenida|arrestado|arrestada)|investigacion (?:penal|criminal) ~3 (?:contra usted|en su contra)|mandato di (?:arresto|cattura) ~3 (?:a suo (?:nome|carico)|nei suoi confronti)|(?:lei )?sara arrestat[oa]|(?:indagine|procedimento) penale ~3 (?:a suo carico|nei suoi confronti|contro di lei)|mandat d'arret ~3 (?:a votre (?:nom|encontre)|contre vous)|(?:poursuites|procedure) (?:judiciaires|penales?) ~3 (?:contre vous|a votre encontre)|haftbefehl ~3 (?:gegen sie|auf ihren namen)|(?:strafverfahren|ermittlungsverfahren) ~3 gegen sie|nakaz (?:aresztowania|zatrzymania) ~3 (?:pana|pani|wobec)|postepowanie karne ~3 (?:przeciwko (?:panu|pani)|wobec (?:pana|pani))|mandado de prisao ~3 (?:em seu nome|contra (?:voce|o senhor|a senhora))|processo criminal ~3 contra (?:voce|o senhor|a senhora))",
);
/** The reader told to call the one in charge of the case: "you are required to contact the assigned investigator". */
export const AUTHORITY_CONTACT = P(
  '(?:call|contact|reach|phone|ring|dial|speak (?:to|with)|report to) ~4 (?:investigator|officer|agent|inspector|detective|case (?:officer|manager|worker)|investigations? (?:unit|division|department|office)|(?:legal|enforcement) department)',
  '(?:required|obliged|obligated|must|need to|have to|directed|ordered) ~2 (?:to )?(?:call|contact|reach|phone|speak (?:to|with)|give (?:a )?(?:recorded )?statement)',
  // the "digital arrest": a statement by video call, recorded from home ("join a video statement
  // with the Investigating Officer today on Skype")
  '(?:join|attend|appear (?:for|in|at|before)|record|give) ~3 (?:video|online|skype|whatsapp|recorded) ~1 (?:statement|hearing|interrogation|enquiry|inquiry|verification|call)|investigating officer|digital (?:arrest|surveillance|custody)',
);

// Credential harvest --------------------------------------------------------------------------
export const CRED_FAMILIES: { name: string; patterns: RegExp[] }[] = [
  {
    name: 'password expiry',
    patterns: P(
      '(?:password|passcode|pass word|passphrase|credentials?|login) ~3 (?:expire|expires|expired|expiring|expiration|expiry|will expire|is about to expire|lapse|lapses|lapsed|lapsing|due for (?:a )?(?:change|reset|update))',
      '(?:keep|retain|continue (?:using|with)) ~2 (?:same|current|existing|old) (?:password|credentials)',
      '(?:senha|passwort|kennwort|wachtwoord|mot de passe|contrasena|clave) ~3 (?:expira|expirou|vence|lauft ab|abgelaufen|verloopt|verlopen|expire|expirera|caduca|caducara)',
    ),
  },
  {
    name: 'mailbox full',
    patterns: [
      ...P(
        '(?:mailbox|mail box|inbox|e-?mail account|email storage|storage|cloud storage|quota|disk space|icloud storage|drive storage) ~3 (?:is |are )?(?:full|almost full|nearly full|over (?:its |the )?(?:quota|limit)|exceeded|reached (?:its |the )?(?:limit|capacity|quota)|out of (?:space|storage))',
        '(?:incoming|new|pending) ~1 (?:e-?mails?|messages?|mails?) ~3 (?:held|suspended|blocked|rejected|pending|on hold|not (?:be )?delivered|bounced|queued|stuck)',
        // "3 messages to you@company.com are on hold", "release your pending messages here"
        '(?:e-?mails?|messages?|mails?) (?:to (?:you|your \\w+|\\S+@\\S+) )?(?:are|were|have been|has been) (?:currently |temporarily )?(?:held|on hold|quarantined|suspended|queued|stuck|undelivered)',
        `${askLemmas('release', 'retrieve', 'recover', 'restore', 'deliver', 'unblock')} ~3 (?:pending|held|quarantined|blocked|undelivered|suspended) (?:e-?mails?|messages?|mails?)`,
        '(?:caixa (?:de (?:correio|entrada))|postfach|speicher|speicherplatz|speicherlimit|mailbox|boite (?:aux lettres|mail|de reception)|buzon|almacenamiento|armazenamento|opslag|stockage|espace de stockage) ~3 (?:cheia|cheio|lotado|voll|belegt|erreicht|vol|bereikt|pleine|plein|sature|lleno|llena|esgotado|agotado|uberschritten)',
        '(?:reached|exceeded|hit|used up|run out of) ~2 (?:storage|mailbox|email|inbox|icloud|cloud|drive) ~1 (?:limit|quota|capacity|space)',
        '(?:almost|nearly|running|about to run) out of (?:storage|space|mailbox space|quota)',
      ),
      // Japanese, Chinese, Korean: a plain pattern (their words are not spaced)
      /(?:メールボックス|受信トレイ|ストレージ|容量)(?:が|は)?(?:いっぱい|上限|満杯|不足)|(?:邮箱|郵箱|信箱|储存空间|存储空间|儲存空間|存儲空間)(?:已满|已滿|不足|即将用完|即將用完)|(?:메일함|사서함|저장 ?공간|저장용량)(?:이|이가)? ?(?:가득|부족|꽉)/g,
    ],
  },
  {
    name: 'shared document',
    patterns: P(
      '(?:shared|sent) ~2 (?:a |an |the )?(?:secure |encrypted |protected |confidential |new )?(?:document|file|folder|pdf|spreadsheet|contract|invoice|fax|payment advice|remittance advice) ~2 (?:with you|to you|for your review|for you)',
      '(?:view|open|access|review|download) (?:the )?(?:shared|secure|encrypted|protected) (?:documents?|files?|messages?|fax|pdf)',
      '(?:document|file|fax|message|voice ?mail|voice message|e-?signature request|package) ~3 (?:is |are )?(?:waiting|pending|awaiting|ready) ~2 (?:for )?(?:you|your (?:review|signature|approval|action))',
      "(?:you have|you've got|you received) ~3 (?:documents?|files?|faxe?s?|voice ?mails?|voice messages?)",
      // SharePoint's and Google's wording: "Chris Ward has invited you to edit Vendor Master List.xlsx"
      '(?:invited you to|wants you to|would like you to) (?:edit|view|review|collaborate on|comment on|sign|access) ~6 (?:document|file|folder|workbook|spreadsheet|\\S*\\.(?:xlsx?|docx?|pdf|pptx?|csv))',
      '(?:compartilhou|hat ~3 (?:geteilt|freigegeben)|heeft ~3 gedeeld|a partage|ha compartido|compartio) ~3 (?:documento|dokument|datei|document|bestand|fichier|archivo|arquivo)',
      // Italian, Swedish, Danish, Norwegian, Polish: "ti ha invitato a visualizzare la cartella",
      // "har delat ett dokument med dig", "udostępnił Ci plik"
      "(?:ha condiviso|ti ha invitato a (?:visualizzare|modificare|accedere a)) ~3 (?:il |la |un |una |l'|i |le )?(?:documento|documenti|file|cartella|cartelle|fattura|fatture|pdf|foglio)",
      '(?:har delat|har delt) ~2 (?:ett |en |et )?(?:dokument|fil|filer|mapp|mappe|mappen|faktura|pdf) ~2 (?:med dig|med deg|med dem)',
      '(?:udostepnil|udostepnila|udostepnia) ~2 (?:ci|tobie|panu|pani|panstwu)? ?(?:plik|pliki|dokument|dokumenty|folder|fakture)',
    ),
  },
  {
    name: 'sign-in or verification required',
    patterns: [
      ...P(
        '(?:verify|confirm|validate|re-?validate|re-?confirm|authenticate|re-?authenticate|update|reactivate|restore|unlock|secure) ~2 (?:your|the) ~2 (?:account|identity|e-?mail|mailbox|login|credentials|password|details|information|profile|access|payment (?:method|information|details)|billing (?:information|details)|bank(?:ing)? (?:details|particulars|connection|information)|wallet|crypto wallet|seed phrase|recovery phrase)',
        '(?:sign|log)-? ?in ~2 (?:is |was )?(?:required|needed|to (?:continue|verify|confirm|restore|avoid|keep|review|unlock))',
        // "To view the document, sign in with your firm account"
        '(?:to|in order to) (?:view|open|access|download|read|retrieve) (?:the|this|your|these) (?:document|documents|file|files|message|fax|notice|filing|statement)s? ~1 (?:please )?(?:sign|log)-? ?in',
        // "use the secure link below to sign in to the enrollment system and finish the application"
        '(?:use|click|follow|open|tap) (?:the |this )?(?:secure |following )?(?:link|button) (?:below |above )?to (?:sign|log)-? ?in',
        // "the page has a secure sign-in to e-sign", "sign in with your business email to open the PDFs"
        '(?:secure|company|business|corporate) (?:sign|log)-? ?in to (?:e-?sign|sign|view|access|open|download|read|review)',
        // "bestatigen Sie Ihre IBAN", "confirmez vos coordonnees bancaires", "verifique seus dados"
        '(?:bestatigen|verifizieren|aktualisieren) sie ~2 (?:ihre|ihr|ihren) ~2 (?:iban|bankverbindung|konto|kontodaten|daten|identitat|zugangsdaten)',
        '(?:confirmez|verifiez|mettez a jour|validez) ~2 (?:votre|vos) ~2 (?:iban|rib|coordonnees bancaires|compte|identite|informations|donnees)',
        '(?:confirme|verifique|actualice|valide) ~2 (?:su|sus) ~2 (?:iban|cuenta|datos|identidad|informacion)',
        '(?:confirme|verifique|atualize|valide) ~2 (?:seu|sua|seus|suas) ~2 (?:iban|conta|dados|identidade|cadastro)',
        '(?:conferma|verifica|aggiorna|convalida|confermi|verifichi|aggiorni) ~2 (?:il tuo|la tua|i tuoi|le tue|il suo|la sua|i suoi|le sue) ~2 (?:iban|conto|dati|identita|credenziali|account)',
        '(?:bevestig|verifieer|controleer|update) ~2 (?:uw|je|jouw) ~2 (?:iban|rekening|gegevens|identiteit|account)',
        // "acceda con le credenziali della sua casella di posta", "connectez-vous avec vos identifiants"
        '(?:acceda|accedi|accedere|accedete|inicie sesion|inicia sesion|acceda|connectez-vous|identifiez-vous|melden sie sich|anmelden|faca login|entre) ~3 (?:con|avec|mit|com) ~4 (?:credenziali|credenciales|identifiants|zugangsdaten|anmeldedaten|credenciais|password|contrasena|mot de passe|passwort|senha)',
        // "you will need to sign in with your network credentials" to read a payslip or a file
        '(?:sign|log)-? ?in (?:with|using) (?:your )?(?:network|company|corporate|work|office|microsoft|microsoft 365|office 365|email|e-mail|domain|sso|windows) (?:credentials|account|password|login|details)',
        '(?:resend|send|provide|submit|re-?enter|re-?submit) ~2 your ~1 (?:bank|banking|card|credit card|debit card) ~1 (?:details|information|info|particulars|account|number)',
        // "sign in with your email address and email password", "enter your mailbox password"
        '(?:sign|log)-? ?in (?:with|using) your (?:e-?mail|mailbox) (?:address )?(?:and|&) (?:your )?(?:e-?mail |mailbox )?password',
        '(?:enter|type|provide|confirm) (?:your )?(?:e-?mail|mailbox|outlook|office 365|microsoft 365) password',
        '(?:unusual|suspicious|unrecogni[sz]ed|unknown) ~2 (?:sign-? ?in|log-? ?in|login|activity|access attempts?)',
        'new (?:sign-? ?in|log-? ?in|login)',
        '(?:someone|somebody) (?:just )?(?:tried|attempted|has tried|is trying) to (?:log|sign) ?in',
        '(?:novo acesso|acesso incomum|atividade incomum|nuevo (?:acceso|inicio de sesion)|actividad inusual|neue anmeldung|ungewohnliche anmeldeaktivitat|nouvelle connexion|connexion inhabituelle|activites de connexion inhabituelles|nieuwe aanmelding|ongebruikelijke aanmeldingsactiviteit)',
        '(?:verifique|confirme|atualize) ~2 (?:sua|seu|seus|suas) ~1 (?:conta|identidade|dados|cadastro|senha)',
        // the login data named as such, whatever the article: "confirme os dados de login no formulário",
        // "indique los datos de acceso", "inserisci i dati di accesso", "saisissez les données de connexion"
        "(?:confirm\\w{0,3}|verifi\\w{0,4}|informe|inform\\w{0,2}|preench\\w{1,3}|indique|introduzca|ingrese|inserisci|inserire|inserisca|conferm\\w{1,3}|renseign\\w{1,3}|saisi\\w{1,3}|entrez) ~3 (?:dados|datos|dati|donnees|informations) (?:de |di |d'|del |da )?(?:login|acesso|acceso|accesso|connexion|inicio de sesion|identificacao)",
        '(?:bestatigen|verifizieren|aktualisieren) sie ~2 (?:ihr|ihre|ihren) ~1 (?:konto|identitat|daten|zugangsdaten)|(?:ihr|ihre) ~1 (?:konto|identitat|daten) ~3 (?:bestatigen|verifizieren|aktualisieren)',
        '(?:bevestig|verifieer|controleer|update) ~2 (?:uw|je|jouw) ~1 (?:account|identiteit|gegevens|rekening)',
        // the sign-in means themselves ("bevestig uw DigiD", "heractiveer je itsme-koppeling"), and the
        // deadline clause "als u uw gegevens niet binnen 48 uur bevestigt"
        '(?:bevestig|verifieer|controleer|activeer|heractiveer|herstel|vernieuw) ~2 (?:uw|je|jouw) ~1 (?:digid|itsme|itsme-koppeling|koppeling|bankpas|betaalpas|pas|inloggegevens|toegang|bankapp|app)',
        '(?:gegevens|account|identiteit|rekening|digid|koppeling) niet ~4 (?:bevestigt|verifieert|controleert|bijwerkt|activeert)',
        // Dutch puts the verb last: "vragen wij u uw gegevens te bevestigen"
        '(?:uw|je|jouw) ~2 (?:gegevens|identiteit|account|rekening|iban) (?:te )?(?:bevestigen|verifieren|controleren|updaten|actualiseren)',
        '(?:verifiez|confirmez|mettez a jour|validez) ~2 (?:votre|vos) ~1 (?:compte|identite|informations|donnees|coordonnees)',
        '(?:verifique|confirme|actualice|valide) ~2 (?:su|sus|tu|tus) ~1 (?:cuenta|identidad|datos|informacion)',
        // Polish and Swedish: "prosimy o aktualizację danych", "zweryfikuj swoje konto", "verifiera ditt konto"
        '(?:aktualizacj\\w*|weryfikacj\\w*|potwierdzeni\\w*) ~2 (?:danych|konta|tozsamosci)|(?:zaktualizuj|zweryfikuj|potwierdz|zaloguj sie) ~2 (?:swoje |swoja |swoj )?(?:dane|konto|tozsamosc|dostep)',
        // "prosimy zalogować się do Internetowego Konta Klienta", "zaloguj się do panelu"
        '(?:zalogowac sie|zaloguj sie|zalogujcie sie|zalogowanie sie) do ~2 (?:konta|serwisu|panelu|systemu|bankowosci|platformy)',
        '(?:verifiera|bekrafta|uppdatera) ~2 (?:ditt|dina|din|era|ert) ~1 (?:konto|uppgifter|identitet|kontouppgifter|bankuppgifter)',
      ),
      ...SIGN_IN_WORLD,
    ],
  },
  {
    name: 'account suspended',
    patterns: [
      ...P(
        '(?:account|mailbox|access|card|profile|membership|subscription|service|(?:billing|prescribing|practising|practicing) privileges|enrollment|enrolment|registration) ~3 (?:has been|have been|will be|is|was|is being|are|temporarily|permanently) ~2 (?:suspended|locked|disabled|deactivated|restricted|limited|closed|on hold|terminated|blocked|frozen|deleted|cancell?ed|compromised)',
        '(?:suspend|lock|disable|deactivate|restrict|limit|close|terminate|block|freeze|delete) ~1 (?:your) ~1 (?:account|mailbox|access|card|profile)',
        '(?:conta|cartao|acesso|cadastro) ~3 (?:suspens[oa]|bloquead[oa]|desativad[oa]|restrit[oa]|cancelad[oa])',
        '(?:konto|zugang|karte|postfach) ~3 (?:gesperrt|eingeschrankt|deaktiviert|blockiert|gekundigt)',
        '(?:account|rekening|toegang|pas|bankpas|betaalpas|digid|koppeling|betalingen) ~4 (?:geblokkeerd|opgeschort|gedeactiveerd|beperkt|stopgezet|afgesloten)',
        '(?:compte|acces|carte) ~3 (?:suspendue?s?|bloquee?s?|desactivee?s?|restreinte?s?|fermee?s?)',
        '(?:cuenta|acceso|tarjeta) ~3 (?:suspendida|bloqueada|desactivada|restringida|cancelada)',
        '(?:blokad\\w*|zablokowan\\w*|zawieszeni\\w*) ~3 (?:dostepu|konta|karty|kart)|(?:konto|dostep|karta) ~3 (?:zablokowan\\w*|zawieszon\\w*)',
        '(?:kontot|kortet|atkomsten) ~3 (?:sparras|sparrat|stangs|stangt|spärras|avslutas)',
      ),
      ...SUSPENDED_WORLD,
    ],
  },
  {
    name: 'QR code to scan',
    patterns: P(
      '(?:scan|scanning) ~2 (?:the|this|our|a|attached|below) ~2 (?:qr|qr-code|qrcode)',
      '(?:qr|qr-code|qrcode) ~3 (?:below|attached|above|to (?:access|verify|sign|log|re-?authenticate|complete|update|enroll|install))',
      // "inquadri il codice QR", "escanee el código QR", "scannez le code QR", "scannen Sie den QR-Code"
      '(?:inquadri|inquadra|inquadrate|scansiona|scansioni|scansionate|escanee|escanea|escanear|scannez|scanner|scannen sie|scanne|scannen|leia|escaneie|digitalize) ~3 (?:qr|qr-code|qrcode)',
    ),
  },
  {
    name: 'signature or download before a deadline',
    patterns: P(
      '(?:execute|sign|e-?sign|countersign|review and sign|complete) ~4 (?:via|through|with|on|using|in) (?:docusign|adobe sign|echosign|e-?signature|the e-?signature portal)',
      '(?:docusign|e-?signature|electronic signature) ~3 (?:is |are )?(?:required|needed|pending|awaiting)',
      '(?:scheduled|set|marked|flagged|slated|queued|listed) for ~1 (?:auto-?|automatic |permanent )?(?:deletion|removal|purge|expiry)',
      '(?:download|save|retain|preserve) ~4 (?:before|prior to|ahead of) ~3 (?:deletion|deleted|removal|removed|gone|lost|it expires|expiry)',
      '(?:download|save|retain|preserve) ~6 (?:prevent|avoid) ~3 (?:loss|deletion|removal)',
      '(?:affix|add|apply|provide) ~3 (?:e-?signature|electronic signature|digital signature)',
      '(?:access|visit|open|use) ~3 (?:docusign|adobe sign|e-?signature) (?:portal|link|envelope|page)',
    ),
  },
  {
    name: 'key, certificate or token renewal',
    patterns: P(
      '(?:generate|rotate|renew|reissue|re-?issue|regenerate|replace|swap) ~3 (?:api |root |access |security |vpn |ssh )?(?:keys?|certificates?|tokens?)',
      // the ask's other forms when a login's key is named: "initiate generating a new, secure AWS Root Key"
      `${askLemmas('generate', 'rotate', 'renew', 'reissue', 'regenerate', 'replace', 'swap')} ~4 (?:api|root|access|aws|vpn|ssh) (?:keys?|tokens?|certificates?)`,
      '(?:complete|finish|finalize|perform) ~3 (?:renewal|re-?authentication|re-?verification|verification|re-?enrollment|enrollment|rotation) (?:process|procedure|steps?)',
      '(?:key|keys|certificate|token|credential) (?:rotation|renewal|reissue|regeneration)',
      '(?:access|visit|use|utili[sz]e|log ?in to|sign ?in to|go to) ~3 (?:secure|designated|verification|re-?authentication|authentication|re-?authori[sz]ation|authori[sz]ation|sso|employee|benefits|payroll|it|hr) (?:portal|page|site)',
      'via (?:the |our |a )?(?:secure|designated|verification|employee|hr|it|benefits|payroll) portal',
      // a bank's signing device to replace or re-register: "Nieuwe scanner aanvragen", "vervangen wij
      // de Rabo Scanners", "ihr Gerät für S-pushTAN neu registrieren"
      '(?:vervang\\w*|vervanging|vernieuw\\w*|opnieuw registreren|registreer\\w*|activeer\\w*) ~4 (?:rabo )?(?:scanners?|kaartlezers?|digipass\\w*|tan-generators?)',
      '(?:nieuwe|new|neue|neuen) (?:rabo )?(?:scanner|kaartlezer|digipass|card reader|tan-generator|lesegerat) (?:aanvragen|bestellen|activeren|request|order|activate|anfordern|aktivieren)',
      '(?:s-pushtan|pushtan|chiptan|phototan|tan-generator|tan-verfahren|s-pushtan-verfahren|pushtan-verfahren|gerat|smartphone) ~6 (?:neu registrieren|registrieren|neu freischalten|freischalten|neu aktivieren|neu einrichten|neu koppeln)',
      // the secrets the page will take: "Sie benötigen dafür Ihren Anmeldenamen, Ihre Online-Banking-PIN"
      '(?:benotigen|brauchen) ~3 (?:ihren|ihre|ihr) (?:anmeldenamen|zugangsdaten|online-banking-pin|legitimations-id|online-banking-zugangsdaten|anmeldedaten)',
    ),
  },
  {
    // a one-time code read back to the sender is the second factor handed over (MFA fatigue, "the
    // bank needs your approval via the code sent to your email")
    name: 'one-time code',
    patterns: P(
      '(?:approval|approve|confirm|confirmation|verify|verification|authori[sz]e|authori[sz]ation) ~3 (?:via|with|using|by) (?:the |your )?(?:code|passcode|otp|one-time code|verification code|security code|pin) (?:sent|texted|you received|we sent)',
      '(?:share|send|forward|read|give|tell|text|reply with|provide) ~3 (?:code|passcode|otp|one-time code|verification code|security code) ~3 (?:sent|texted|you received|you got|you just received)',
      // MFA fatigue: "reply here with the code and we'll enter it for you", the prompts "can simply be approved"
      '(?:reply|respond|write back) (?:here |to this (?:e-?mail|message) )?with (?:the |that |your )?(?:code|passcode|otp|verification code|security code|6-digit code|six-digit code)',
      '(?:duo|mfa|authenticator|push|sign-in|login|okta|microsoft authenticator) (?:prompts?|requests?|notifications?|pushes) ~6 (?:can|should|may) (?:simply |just |safely )?be (?:approved|accepted|confirmed)',
      // a code "that reached your phone by mistake" (the account-takeover ask): the writer's story,
      // not a service's "if you received this code in error" (no arrival told)
      '(?:code|codes|verification code|otp|pin) ~4 (?:just )?(?:arrived|landed|came|went|was sent|got sent|has been sent) ~4 (?:your|ur) (?:phone|mobile|cell|number|whatsapp) ~3 (?:by mistake|by accident|in error|accidentally)',
      '(?:llego|ha llegado|acaba de llegar|llegar|chegou|acabou de chegar|arrive|est arrive|vient d.arriver|arrivato|angekommen|binnengekomen|aangekomen) ~8 (?:codigo|code|codice) ~8 (?:por error|por equivocacion|por engano|par erreur|per errore|per sbaglio|aus versehen|versehentlich|per ongeluk|per vergissing)',
      '(?:codigo|code|codice) ~8 (?:por error|por equivocacion|por engano|par erreur|per errore|per sbaglio|aus versehen|versehentlich|per ongeluk|per vergissing) ~8 (?:llego|ha llegado|chegou|arrive|arrivato|angekommen|binnengekomen|aangekomen)|(?:aus versehen|versehentlich) ~4 (?:ein |einen )?(?:\\w+ )?(?:code|bestatigungscode|sms-code) (?:angekommen|gekommen|geschickt)',
    ),
  },
  {
    // the help-desk pretext that hands the attacker the reader's screen: "open Quick Assist and
    // share the code", "install AnyDesk so we can fix it"
    name: 'remote access',
    patterns: P(
      '(?:open|install|download|run|launch|start|accept|use) ~3 (?:quick ?assist|anydesk|any desk|teamviewer|team viewer|screenconnect|connectwise|splashtop|logmein|rustdesk|ultraviewer|supremo|zoho assist|remote (?:support|access|desktop) (?:tool|app|application|software|session))',
      '(?:share|read|give|tell|send|enter) ~3 (?:the |your )?(?:security |session |access |connection |6-digit |six-digit )?(?:code|id) ~6 (?:quick ?assist|anydesk|teamviewer|screenconnect|remote session|screen)',
    ),
  },
  {
    // a third party's page that wants the reader's work login: "log in with your corporate email
    // account", "U logt in met uw gebruikelijke gemeentelijke account", "acceda con su cuenta de correo"
    name: 'work account sign-in',
    patterns: P(
      // the password asked for outright: "please enter your work email and current password"
      '(?:enter|provide|type|submit|confirm|send|share|reply with) (?:in )?your ~4 (?:password|passcode|login credentials|sign-in credentials)',
      // … in the other languages, with what makes it a harvest: the current password, into a field
      // ("Mets bien ton mot de passe actuel dans le champ prévu"); a bank's "ne saisissez jamais
      // votre mot de passe" names neither
      '(?:mets|mettez|saisis|saisissez|entre|entrez|renseigne|renseignez|tape|tapez|indique|indiquez) (?:bien |simplement |aussi |egalement )?(?:ton|votre) (?:mot de passe|identifiant et (?:ton|votre) mot de passe) (?:actuel|habituel|de session|windows|outlook|de messagerie|dans (?:le|la|ce) (?:champ|case|formulaire))',
      '(?:introduce|introduzca|ingresa|ingrese|escribe|escriba|indica|indique|pon|ponga) (?:tu|su) (?:contrasena|clave) (?:actual|habitual|de (?:correo|outlook|windows)|en (?:el|la|este) (?:campo|casilla|formulario))',
      '(?:gib|geben sie|trage|tragen sie) (?:dein|ihr) (?:aktuelles |bisheriges )?(?:passwort|kennwort) (?:in (?:das|dem|diesem) (?:feld|formular)|ein)',
      '(?:vul|voer|geef) (?:je|uw) huidige wachtwoord|(?:vul|voer) (?:je|uw) wachtwoord in (?:in )?(?:het|dit) (?:veld|formulier)',
      '(?:inserisci|inserire|inserisca|indica|indichi|scrivi|scriva) (?:la tua|la sua) password (?:attuale|abituale|nel (?:campo|modulo))',
      '(?:insira|insere|digite|informe|coloque|escreva) (?:a sua|sua|a tua|tua) senha (?:atual|habitual|no (?:campo|formulario))',
      '(?:sign|log) ?(?:in|on) (?:using|with) ~2 (?:usual |normal |regular |existing |current )?(?:work|corporate|company|office|office 365|microsoft 365|m365|network|email|e-mail|business|organisational|organizational|staff|employee|sso|windows) ~1 (?:account|credentials|login|password|email|e-mail|username)',
      // "please have your ESR username and password and your National Insurance number to hand"
      '(?:have|keep) your ~4 (?:password|passcode|login details|log-in details|credentials) ~6 (?:to hand|ready|handy|at hand|nearby)',
      // "please complete the form using your Microsoft 365 login"
      '(?:complete|fill in|fill out|submit|access|open) ~4 (?:using|with) ~3 (?:microsoft 365|office 365|m365|outlook|work|company|network|staff) (?:login|log-in|credentials|password|sign-in)',
      '(?:logt|log|inloggen|aanmelden) ~3 met (?:uw|je) ~2 (?:account|inloggegevens|gebruikersnaam|wachtwoord|werkaccount|e-?mailadres|zakelijke e-?mail)',
      '(?:melden sie sich|anmelden|einloggen) ~4 (?:mit|uber) (?:ihrem|ihren|ihrer|deinem) ~2 (?:konto|zugangsdaten|passwort|firmenkonto|geschaftskonto|e-?mail)',
      '(?:acceda|accede|acceder|inicie sesion|identifiquese|entrar) ~3 (?:con|utilice|use|usando|mediante) (?:su|tu) ~1 (?:cuenta|correo|usuario|contrasena|credenciales)',
      '(?:connectez-vous|identifiez-vous|authentifiez-vous|connecte-toi) ~3 avec (?:vos|votre|tes|ton) ~2 (?:identifiants|compte|adresse|mot de passe)',
      // "Utilisez vos identifiants FRQnet habituels", "ouvrir une session dans votre Portfolio"
      "(?:utilisez|utilise|entrez|saisissez|renseignez) (?:vos|tes) (?:identifiants|codes d'acces) ~2 (?:habituels|usuels|institutionnels|de messagerie|microsoft|outlook|\\w+ habituels)",
      '(?:accedi|accedere) ~3 con (?:le tue|la tua|il tuo|le sue|la sua) ~1 (?:credenziali|account|email|password)',
      // a national sign-in on somebody else's page: "Log daarvoor in met DigiD", "connectez-vous avec FranceConnect"
      '(?:log|logt|sign|signin|inloggen|aanmelden|connectez-vous|connecte-toi|accedi|acceda|entrar|anmelden) ~3 (?:met|with|avec|con|mit|via|using) (?:digid|itsme|franceconnect|spid|cie|clave|bankid|mitid|login\\.gov|id\\.me|gov\\.uk one login|mygov|elster)',
      // "the same credentials you use for your email", "le stesse credenziali che usa per la posta"
      '(?:same|usual) (?:credentials|password|login|sign-in) (?:you use|that you use|as) ~3 (?:email|e-mail|mail|mailbox|outlook|office 365|microsoft 365|work account|network)|(?:stesse|medesime) credenziali ~4 (?:posta|email|e-mail|outlook)|(?:mismas|mismos) (?:credenciales|datos de acceso) ~4 (?:correo|email|outlook)|(?:memes|meme) (?:identifiants|mot de passe) ~4 (?:messagerie|courriel|e-?mail|outlook)|(?:gleichen|selben|dieselben) (?:zugangsdaten|anmeldedaten) ~4 (?:e-?mail|postfach|outlook)|(?:dezelfde|zelfde) (?:inloggegevens|gegevens) ~4 (?:e-?mail|mail|outlook)|(?:mesmas|mesmos) (?:credenciais|dados de acesso) ~4 (?:e-?mail|correio|outlook)',
    ),
  },
];
/** Pressure that turns a notice into a lure: deadlines and threatened loss. */
export const PRESSURE = [
  ...P(
    '(?:within|in the next|in) (?:the next )?(?:\\d{1,2}|one|two|three|four|six|twelve|twenty-four|forty-eight|twenty four|forty eight|seventy-two) (?:hours|hrs|h)',
    '(?:within|in the next) (?:[1-7]|one|two|three|five|seven) (?:business )?days',
    '(?:will|shall|may|could) (?:be )?(?:permanently |automatically |immediately )?(?:deleted|closed|suspended|disabled|terminated|deactivated|lost|blocked|locked|removed|restricted|erased)',
    "(?:failure to|if you (?:fail|do not|don't) ~3 (?:verify|confirm|update|respond|act|validate|sign))",
    '(?:to avoid|prevent) ~2 (?:suspension|interruption|losing|loss|lapse|deactivation|termination|closure|disconnection|deletion|being locked)',
    '(?:clos(?:es|ing)|ends?|deadline) ~3 (?:is )?tomorrow',
    '(?:final|last) (?:notice|warning|reminder|attempt)',
    // not "action required": legitimate billing and security notices use it as a plain heading
    '(?:immediate action|act now|respond immediately|urgent action)',
    "(?:do not|don't|dont) (?:wait|delay)",
    // "your password expires today", "keep it before 5pm": a deadline hours away
    '(?:expires?|expiring|will expire|will be deactivated|ends|closes) (?:today|tonight|at midnight|in (?:\\d{1,2}|a few) hours)',
    '(?:before|by) (?:\\d{1,2}(?::\\d{2})? ?(?:am|pm)|noon|midnight) (?:today|tonight)?',
    '(?:right this (?:second|minute|instant)|(?:is|are|deletion|removal|seizure) imminent|irreversibl[ey]|permanent(?:ly)? (?:loss|forfeiture|deletion|removal))',
    '(?:innerhalb von \\d{1,3} stunden|binnen \\d{1,3} uur|dans les \\d{1,3} heures|en las proximas \\d{1,3} horas|em \\d{1,3} horas|dentro de \\d{1,3} horas)',
    // a cut-off date after which the account or device stops working: "Na 30 april kunt u met het oude
    // type geen betaalbatches meer ondertekenen", "after 30 April you will no longer be able to sign"
    'after ~4 (?:you )?(?:will )?(?:no longer be able to|can no longer|will not be able to)|na ~4 (?:kunt|kan|kun) (?:u|je) ~6 (?:geen|niet) ~3 meer|(?:ab|nach) ~4 (?:konnen|kann) (?:sie|ihr|du) ~6 nicht mehr',
  ),
  ...PRESSURE_WORLD,
];

// Paraphrase by meaning (issue 12) -------------------------------------------------------------
// An attacker's AI tool rewrites the lure with synonyms ("modify our remittance particulars",
// "purchase some store vouchers"). These families match a *verb of the intent* with an *object of the
// intent* at lemma level (every inflection, see `lemmas`), so a new pairing of known synonyms still
// matches; content.ts reads them next to the exact lists above, with the same denial checks.

/** Verbs of changing where money goes. */
const CHANGE_V = lemmas(
  'update',
  'change',
  'modify',
  'amend',
  'revise',
  'refresh',
  'correct',
  'switch',
  'replace',
  'alter',
  'adjust',
  'edit',
  'redirect',
  'reroute',
);
/** Words for the place money is paid into (not a bare "account": "update your account" is everyday). */
const MONEY_PLACE =
  '(?:bank|banking|banks|remittance|remit-to|remit to|payment|payments|wire|wiring|ach|beneficiary|beneficiaries|financial institution|payout|receiving|vendor banking|supplier banking)';
const DETAIL_N = `${lemmas('detail', 'particular', 'coordinate', 'instruction')}|information|info|account|accounts|account number|account numbers|routing|iban|swift|sort code|bank account|bank accounts|bank info`;
export const PAY_CHANGE_BY_MEANING = P(
  // "we have modified our remittance particulars", "please refresh the beneficiary bank account on file"
  `${CHANGE_V} ~3 ${MONEY_PLACE} ~1 (?:${DETAIL_N})`,
  // "our banking particulars were recently amended"
  `${MONEY_PLACE} ~1 (?:${DETAIL_N}) ~2 (?:ha(?:ve|s)|are|is|were|was|got|get|will be) ~2 (?:been )?${CHANGE_V}`,
  // "revised remittance coordinates", "the amended receiving account"
  `(?:new|newly|revised|amended|modified|corrected|alternate|alternative|different|replacement|updated|changed) ~2 ${MONEY_PLACE} ~1 (?:${DETAIL_N})`,
  // "kindly direct all future remittances to the account below"
  `(?:direct|route|send|remit|channel|forward|make) ~3 (?:all )?(?:future|upcoming|pending|outstanding|next|further) ~1 ${lemmas('payment', 'remittance', 'transfer', 'invoice', 'settlement')} ~3 (?:to|into|towards) ~3 (?:account|bank|iban|details)`,
);

/** Gift cards by meaning: a gift, store or prepaid card, voucher or certificate under any name. */
export const GIFT_CARD_BY_MEANING = P(
  // not "store card" (a shop's credit card), "reward card" or "gift certificate" (shops advertise both)
  `(?:gift|giftcard|e-?gift|present|redeemable|prepaid|pre-paid|itunes|apple|google play|amazon|steam|visa|vanilla|ebay|target|walmart|sephora|razer gold) ~1 ${lemmas('card', 'voucher', 'giftcard')}`,
);
/** Sending the codes, by meaning: any verb of passing on + the numbers of the cards. */
export const GIFT_CARD_CODES_BY_MEANING = P(
  `${lemmas('send', 'email', 'text', 'forward', 'share', 'provide', 'give', 'snap', 'take', 'scan', 'photograph', 'message', 'whatsapp', 'pass')} ~4 (?:${lemmas('code', 'pin', 'serial', 'serial number', 'claim number', 'redemption number', 'voucher number', 'card number', 'number on the back')})`,
  `(?:numbers?|codes?|pins?|digits) ~3 (?:on|at) the (?:back|reverse)`,
  // "all digital redemption keys are to be promptly relayed to my personal mobile number"
  `(?:redemption|activation|card|gift card|voucher) (?:keys?|codes?|pins?|numbers?) ~6 ${lemmas('send', 'text', 'relay', 'forward', 'transmit', 'message', 'deliver')} ~3 (?:to )?(?:me|my)`,
);
/** Buying, by meaning (the PURCHASE list plus inflections and phrasal verbs). */
export const PURCHASE_BY_MEANING = P(
  askLemmas(
    'buy',
    'purchase',
    'get',
    'pick up',
    'grab',
    'order',
    'procure',
    'acquire',
    'secure',
    'obtain',
    'source',
    'arrange',
    'collect',
  ),
);

/** Credential pretexts by meaning: any verb of proving who you are + any word for the login. */
export const CRED_BY_MEANING: { name: string; patterns: RegExp[] }[] = [
  {
    name: 'password expiry',
    patterns: P(
      `(?:password|passcode|pass code|passphrase|pin|credentials?|login|log-in|sign-in|sign in|access code) ~3 (?:${lemmas('expire', 'lapse', 'run out', 'terminate', 'become invalid')}|is due|are due|due for ~1 (?:renewal|reset|change|update)|out of date|outdated|no longer valid)`,
    ),
  },
  {
    name: 'mailbox full',
    patterns: P(
      `(?:mailbox|mail box|inbox|e-?mail account|email storage|storage|quota|mail quota|mail storage|cloud space|drive) ~3 (?:${lemmas('reach', 'exceed', 'hit', 'surpass', 'fill')}|is full|is almost full|is nearly full|at capacity|over capacity|over (?:its |the )?(?:limit|quota)|running out of (?:space|storage)|out of (?:space|storage))`,
    ),
  },
  {
    name: 'sign-in or verification required',
    patterns: [
      ...P(
        `${lemmas('verify', 'confirm', 'validate', 'revalidate', 'reconfirm', 'authenticate', 'reauthenticate', 're-verify', 'reverify', 'update', 'reactivate', 'restore', 'unlock', 'secure', 'recertify', 'certify', 'refresh', 're-enter')} ~2 (?:your|the) ~2 (?:account|identity|e-?mail|mailbox|inbox|login|log-in|sign-in|credentials|password|passcode|profile|access|membership|user details|account details|account information|billing (?:information|details)|payment (?:method|information|details))`,
      ),
      // … in Danish, Norwegian, Czech and Finnish (a family of its own for the pre-filter): "log ind med
      // din firmamail og adgangskode", "bekræft din konto", "přihlaste se a ověřte svůj účet"
      ...P(
        '(?:log ind|logg inn|logga in) (?:med|pa) (?:din|dit|ditt) ~2 (?:[a-z]+-?mail|e-?post|adgangskode|passord|losenord|konto|brugernavn|brukernavn)|(?:bekraeft|bekreft|bekrafta|verificer|verifiser|opdater|oppdater) (?:din|dit|ditt|dine) ~1 (?:konto|kontoen|identitet|oplysninger|opplysninger|adgangskode|passord|uppgifter)|(?:bekreft|bekraeft|bekrafta|verifiser|verificer|oppdater|opdater|uppdatera) (?:kontoen|kontot|identiteten|opplysningene|oplysningerne|uppgifterna|passordet|adgangskoden) (?:din|dit|ditt|dine|dina)',
        '(?:prihlaste se|prihlasit se) ~4 (?:heslem|e-?mailem|uctem|udaji)|(?:overte|potvrdte|aktualizujte) (?:svuj|svoje|vas|vase) ~1 (?:ucet|udaje|identitu|heslo)|(?:kirjaudu|kirjautumalla) ~3 (?:sahkopostiosoitteella|salasanalla|tunnuksilla|tililla)|(?:vahvista|paivita) (?:tilisi|tietosi|henkilollisyytesi|salasanasi)',
      ),
      // Japanese, Chinese and Korean: a plain pattern, as their words are not spaced (a phrase's word
      // boundaries would never hold), written as the text is normalised (composed, as typed)
      new RegExp(
        cjk(
          '(?:(?:サインイン|ログイン)(?:のうえ|の上|して|し、|後に)|(?:アカウント|パスワード|認証情報)(?:を|の)(?:確認|更新|認証|再設定|入力)|アカウント(?:が|は)(?:停止|ロック|制限)|(?:登录|登錄)(?:您的|你的)?(?:帐户|账户|帳戶|邮箱|郵箱)|(?:验证|驗證|确认|確認)(?:您的|你的)(?:帐户|账户|帳戶|身份)|로그인(?:하여|하시어|후)|계정(?:을|이) ?(?:확인|인증|정지))',
        ) +
          // … not denied later in the sentence, where these languages put it ("パスワードの入力をお願いする
          // ことはございません": we never ask you to enter your password)
          cjk('(?![^。！？!?\\n]{0,25}(?:ません|ないで|しない|不会|绝不|決不|않습니다|않아))'),
        'g',
      ),
    ],
  },
  {
    name: 'account suspended',
    patterns: P(
      `(?:account|mailbox|inbox|access|card|profile|membership|subscription|service|e-?mail) ~3 (?:has been|have been|will be|is|was|is being|are|may be|could be|temporarily|permanently) ~2 (?:${lemmas('suspend', 'lock', 'disable', 'deactivate', 'restrict', 'limit', 'close', 'terminate', 'block', 'freeze', 'delete', 'cancel', 'pause', 'halt', 'revoke', 'shut')}|on hold|frozen|put on hold|cut off|shut down)`,
    ),
  },
];

/** Urgency by meaning: adverbs and deadlines the exact list does not name. */
export const URGENCY_BY_MEANING = P(
  // the enforcement threatened is immediate: "non-payment will result in the immediate seizure"
  '(?:immediate|imminent) (?:seizure|levy|garnishment|enforcement|legal action|suspension of (?:services|operations))',
  '(?:promptly|post-?haste|at once|expeditiously|swiftly|hastily|without (?:further |any )?delay|as quickly as (?:possible|you can)|first thing (?:tomorrow|in the morning)|no later than (?:\\d{1,2}|noon|midday|today|tonight|tomorrow)|before (?:the )?(?:cut-?off|deadline)|time-critical|right this minute)',
);
/** Moving money by meaning: a verb of paying or moving + a word for the money. */
export const PAYMENT_REQUEST_BY_MEANING = P(
  // the ask forms only ("please move the funds", not "he sends money", "wired.com"); no bare
  // "money" or "funding": newsletters "send and receive money" and report "government funding"
  `${askLemmas('send', 'move', 'remit', 'release', 'wire', 'transfer', 'disburse', 'process', 'execute', 'initiate', 'arrange', 'effect')} ~3 (?:funds|${lemmas('remittance', 'disbursement', 'payout', 'payment', 'transfer', 'wire', 'amount', 'sum')})`,
  // "our Lisbon partner has to receive EUR 38,400.00 today", "drop me the transaction reference
  // once it has left"
  '(?:has to|must|needs? to) receive (?:the )?(?:eur|usd|gbp|chf|cad|aud|\\$|€|£) ?\\d',
  '(?:transaction|transfer|payment|wire|fed|swift|bank) (?:reference|confirmation|receipt|number|ref) ~5 (?:once|when|after|as soon as) (?:it|the (?:transfer|payment|funds|money)) (?:has )?(?:left|gone out|gone|been sent|been released|cleared|been made)',
);

// Asks the rules missed on LLM-written BEC (issue 9) ------------------------------------------

/**
 * Payment asks that name no money themselves ("please process this today", "issue a credit memo"):
 * they count as a payment request only when the message states a sum somewhere (content.ts).
 */
/**
 * A sum written out in words ("sixty-one thousand five hundred euros", "zwölftausend Euro" is not
 * read): the amount a scanner keyed on digits misses, which a real invoice never spells.
 */
export const AMOUNT_IN_WORDS =
  /\b(?:(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?[- ](?:hundred|thousand|million)(?:[ -](?:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)){0,8}) (?:us |u\.s\. |swiss |canadian |australian )?(?:euros?|dollars?|pounds?(?: sterling)?|francs?|usd|eur|gbp|chf)\b)|\b(?:mil|mille)(?: e| y| et)?(?: [a-z]+){0,4} (?:euros?|reais|dolares|dollars|francs?)\b/;
export const PAYMENT_REQUEST_IF_AMOUNT = P(
  // "please go ahead with the advance to the partner", "proceed with the transfer today"
  '(?:go ahead|proceed) with (?:the |this |that )?(?:advance|payment|transfer|wire|remittance|disbursement|deposit|top-?up|release)',
  // "the law firm needs a deposit of 48,600 EUR to the escrow account today": a third party's need
  // the reader is to meet (with a sum stated)
  '(?:needs?|requires?|wants?|expects?|is waiting for|are waiting for) (?:a |an |the |our |your )?(?:deposit|down payment|downpayment|advance|retainer|prepayment|earnest money|security deposit) (?:of|for|payment of)',
  // "send me the payment confirmation here when it's done": proof of a payment the reader was to make
  '(?:send|forward|share|email) (?:me|us) (?:the |a )?(?:payment|transfer|wire|swift|remittance) (?:confirmation|copy|proof|slip|receipt)',
  // "quando estiver feito manda-me o comprovativo", "envíame el comprobante", "envoie-moi le justificatif"
  '(?:manda|mande|envia|envie|mandame|enviame|envieme|envoie|envoyez|mandami|inviami)(?:-me|-moi)? ~2 (?:o |el |le |il )?(?:comprovativo|comprovante|comprobante|justificante|justificatif|ricevuta|contabile)',
  `(?:please|kindly|can you|could you|need you to|i need you to) ~2 ${askLemmas('process', 'handle', 'settle', 'approve', 'release', 'expedite', 'push')} (?:this|it|that|these|them|the wire|this wire|the transfer|this transfer|the payment|this payment)`,
  `${askLemmas('issue', 'process', 'approve', 'release', 'raise', 'authorize', 'authorise', 'send', 'sort out', 'put through', 'apply', 'post')} ~3 (?:credit memos?|credit notes?|refunds?|reimbursements?|rebates?|credits?)`,
  '(?:credit memo|credit note|refund|reimbursement) (?:for|of) (?:\\$|€|£|usd|eur|gbp) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4}',
  // "make sure a credit memo is issued for the Ryan Group account"
  '(?:credit memos?|credit notes?|refunds?|reimbursements?) (?:is|are|gets?|be) (?:issued|processed|raised|applied|released|sent)',
  // "we need to process this today", "can you get it done", "it needs to be processed now"
  `(?:need|needs|have|has) to (?:be )?${lemmas('process', 'pay', 'settle', 'wire', 'transfer', 'release')} (?:this|it|that|the payment|the invoice|the amount|today|now)`,
  '(?:get|have) (?:it|this|that) (?:done|handled|sorted|sorted out|taken care of|out) ~2 (?:today|now|asap|for|before|by)',
  // the money to move, said as a state to reach: "funds outbound before 3 pm", "payment initiated"
  '(?:ensure|make sure|see that|need|needs|must|should) ~4 (?:funds|payment|transfer|wire|settlement|remittance) ~3 (?:is |are |be |gets? )?(?:outbound|initiated|concluded|released|remitted|completed|processed|made|sent)',
  '(?:settlement|payment|remittance) (?:of this|of the)? ~2 (?:is )?(?:required|needed|expected|due|mandatory)',
  '(?:\\$|€|£) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4} (?:is )?(?:needed|required|due) ~3 (?:today|now|by|before|immediately)',
  '(?:liability|arrears|obligation|delinquency|deficiency|debt|duty|levy|balance) (?:of|for|totaling|totalling|amounting to) (?:\\$|€|£|usd|eur|gbp) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4}',
  // "requires immediate release", "I need this to hit our account by end of day"
  '(?:requires?|needs?) (?:immediate |prompt |urgent |swift )?(?:release|payment|processing|settlement|remittance)',
  '(?:hit|reach|land in|arrive in|be in) (?:our|my) (?:bank )?account',
  // pushing a payment along: "can you fast-track this payment", "square this away today",
  // "please prioritize this for immediate release", "I need you to action this today"
  `(?:fast-?track|fast track|expedite|prioriti[sz]e|push through|rush) ~2 (?:this |the |that )?(?:payment|invoice|transfer|wire|release|remittance|request)`,
  '(?:square|sort|clear) (?:this|it|that) (?:away|out) ~2 (?:today|now|asap|immediately|by|before)',
  `(?:prioriti[sz]e|action|expedite) (?:this|it|that) (?:for|today|now|immediately|asap)`,
  // the state to reach, said as a request: "prompt processing today is required", "ensure immediate
  // processing to the designated account", "a swift payment would be much appreciated"
  '(?:immediate|prompt|swift|urgent|expedited|quick|same-?day) (?:payment|processing|release|remittance|settlement|transfer) ~3 (?:is |would be |will be )?(?:required|needed|expected|appreciated|requested|today|to the)',
  '(?:ensure|make sure|see that) ~2 (?:immediate|prompt|swift|urgent|same-?day) (?:payment|processing|release|remittance|settlement|transfer)',
  // money sent to an account the sender names: "process the retainer of $59,744 to the designated
  // escrow account", "ensure the credit goes to the designated account"
  `${askLemmas('process', 'send', 'release', 'transfer', 'wire', 'remit', 'move', 'route', 'deposit')} ~5 (?:to|into) (?:the|our|this|my|an?) ~2 (?:designated|escrow|holding|offshore|nominated|following|below|attached|provided) ~2 (?:account|accounts)`,
  '(?:goes|go|sent|routed|paid|credited|transferred) (?:to|into) (?:the|our|this|my) (?:designated|escrow|nominated|holding|offshore) ~1 account',
  // "needs to go out immediately", "needs to be paid immediately", "needs to be re-processed today"
  '(?:needs?|has|have|must) to (?:go out|be paid|be released|be sent|be wired|be remitted|be settled|be re-?processed|be re-?submitted)',
  'must (?:go out|be paid|be released|be wired|be remitted|be settled)',
  // "the sum of $13,034 is now due", "the fee is $65,070 ... needs to be paid"
  '(?:sum|amount|total|balance|fee|payment) of (?:\\$|€|£|usd|eur|gbp) ?\\d{1,3}(?:[,.]\\d{1,3}){0,4} (?:is|are) (?:now )?(?:due|payable|required|needed|outstanding|overdue)',
  // "pls confirm payment by end of day", "confirm once the transfer is processed"
  '(?:confirm|let me know) ~2 (?:the )?(?:payment|transfer|wire|remittance|release) ~2 (?:by|today|asap|before|once|when|is done|has been)',
  // the BEC opener about a payment said to be stuck: "kindly provide an update on its current status"
  // (of "this transaction … still pending"), "could you confirm if you received this payment?",
  // "send me the details again so I can input them"
  '(?:provide|give|send) (?:me |us )?(?:an |a )?(?:quick |brief )?(?:update|status update) on (?:its|the|this|that|their) (?:current )?(?:status|payment|transaction|transfer|wire|invoice)',
  '(?:confirm|verify|check) (?:if|whether) you (?:have )?(?:received|got) (?:this|the|my|our|that) (?:payment|transfer|wire|remittance|funds|deposit)',
  `${askLemmas('send', 'forward', 'provide', 'give')} (?:me|us) (?:the|your|those) (?:payment |bank |banking |account )?(?:details|information|info) again`,
);

/**
 * The reader told to act on a link or a file: click, open, download, register, sign in, review the
 * attachment. An ask on its own words only beside pressure (content.ts); the link or file itself is
 * judged by the link and attachment checks.
 */
/**
 * More asks to act on a link, a family of its own (each family stays within 64 pre-filter
 * literals): an invitation to join a workspace, a file sent through a transfer service, a wallet to
 * connect or tokens to migrate.
 */
export const ACTION_ON_LINK_MORE = [
  ...P(
    '(?:invited you to|invites you to|invitation to) ~3 (?:join|work with|collaborate|edit|access)',
    '(?:join|accept) (?:the|our|my|a|this) ~3 (?:workspace|channel|organi[sz]ation|shared drive|board|invitation|invite)',
    '(?:sent|shared|uploaded|sending|sharing) ~4 (?:by|via|through|on|over|with) (?:wetransfer|we transfer|dropbox|google drive|onedrive|sharepoint|box|sharefile|hightail|smash|filemail)',
    '(?:connect|link|sync|verify|validate) (?:your )?(?:wallet|metamask|ledger|trezor|trust wallet|phantom)',
    '(?:migrate|claim|bridge|restake) ~3 (?:your )?(?:tokens?|steth|eth|position|positions|allocation|rewards|airdrop|assets|nfts?)|(?:needs?|need) (?:migrating|to be migrated)|migrate and claim',
    '(?:sign|approve) (?:the |this |a )?(?:migration |token |wallet )?(?:permit|approval|signature request)',
    // an admin's approval or attestation: "you can approve or deny this request", "review affected users and attest"
    '(?:approve|deny|review) ~3 (?:this|the) (?:request|install request|installation request)|(?:review|complete|confirm) ~4 (?:attest|attestation)',
    // a person's own words for a share: "I've put the signed change orders in a shared folder" (an
    // ask that needs a deception beside it: colleagues say it every day)
    "(?:i've|i have|we've|we have|i|we) (?:put|placed|uploaded|saved|dropped|added) ~14 (?:in|into|to|on) (?:a|the|our) (?:shared|secure|protected) (?:folder|drive|workspace|space|link)",
    // … or on a page of the sender's: "the PDF came out at 38MB, so I've put it on our Canva page"
    "(?:i've|i have|we've|we have|i|we) (?:put|placed|uploaded|posted|saved) ~6 (?:on|to) (?:our|my|a) (?:\\w+ )?(?:page|site|portal)",
    // consent phishing's ask: "please approve the Expensify Receipts Sync app"
    '(?:approve|authori[sz]e|grant|consent to|accept|allow) ~4 (?:app|application|integration|connector|add-in|plugin|permissions?|access request)',
    // a OneNote or document lure's "double-click the View tile to load the embedded files", in the
    // languages of the other asks (an ask beside a dangerous attachment: nobody is told to double-click
    // a link)
    '(?:double-click|double click|double-tap)[a-z]{0,12}|doppelklick[a-z]{0,12}|doppelt klicken|(?:double-cliqu|double cliqu)[a-z]{0,12}|doble (?:clic|click)|(?:doppio|fai doppio) (?:clic|click)|dubbelklik[a-z]{0,12}|dubbelklick[a-z]{0,12}|dobbeltklik[a-z]{0,12}|(?:clique|clicar|clica) duas vezes|duplo clique|(?:kliknij|kliknac) dwukrotnie|dwukrotnie (?:kliknij|kliknac)',
  ),
  ...ACTION_ON_FILE_WORLD,
];
/**
 * A button whose own words are the ask ("File your Annual Report", "Access the case", "Pay now"):
 * read on each link's anchor text alone, a short imperative, in the message's languages.
 */
export const BUTTON_ASK = P(
  // (not "view", "open", "review": every newsletter's "View online", every notification's "View
  // request", "View deployment")
  `^${askLemmas('access', 'file', 'submit', 'upload', 'complete', 'renew', 'pay', 'confirm', 'verify', 'update', 'sign in', 'log in', 'accept', 'claim', 'restore', 'unlock', 'reactivate', 'validate', 'deposit')} (?:[a-z0-9'-]+ ){0,4}[a-z0-9'-]+$`,
  "^(?:acceder|payer|regler|confirmer|verifier|signer|deposer|renouveler|pagar|confirmar|verificar|firmar|renovar|acessar|assinar|depositar|reclamar) (?:[a-z0-9'-]+ ){0,4}[a-z0-9'-]+$",
);
/** The same buttons in Indic scripts: "ਪੈਸੇ ਜਮ੍ਹਾਂ ਕਰੋ" (deposit the money), "पैसे जमा करें", "साइन इन करें". */
export const BUTTON_ASK_SCRIPTS = [
  /^(?:[^\s]+ ){0,3}(?:ਜਮ੍ਹਾਂ ਕਰੋ|ਸਾਈਨ ਇਨ ਕਰੋ|ਪੁਸ਼ਟੀ ਕਰੋ|ਭੁਗਤਾਨ ਕਰੋ|जमा करें|साइन इन करें|लॉगिन करें|पुष्टि करें|भुगतान करें)$/g,
];
export const ACTION_ON_LINK_OR_FILE = P(
  // the call to action as a label before the address: "File your Annual Report: https://…",
  // "Access the case here: https://…", "Open deal: https://…"
  `${askLemmas('access', 'file', 'submit', 'upload', 'complete', 'renew', 'pay', 'confirm', 'verify', 'update', 'sign', 'accept')} ~5 [a-z]+: (?:https?|www)`,
  `${askLemmas('click', 'tap', 'hit', 'press', 'follow', 'use', 'open', 'visit')} ~3 (?:the |this |that |our |my )?(?:link|links|url|button|here|below|attachment|attached|file|document|portal|page|form)`,
  `${askLemmas('download', 'open', 'review', 'view', 'check', 'refer to', 'see', 'complete', 'fill out', 'fill in', 'sign')} ~3 (?:the |this |my |our )?(?:attached|attachment|enclosed|file|document|report|form|recording|link|portal)`,
  // "sign in to PCRS Online Services" (the service's name the link's text)
  '(?:sign in|log in|login|log on) (?:to|at|on) ~3 (?:online services|services|portal|online|platform|dashboard|website)',
  `${askLemmas('register', 'sign in', 'log in', 'login', 'log on', 're-authenticate', 'reauthenticate', 'authenticate', 're-authorize', 're-authorise', 'reauthorize', 're-enter', 'lock down', 'secure')} ~6 (?:link|url|portal|page|below|here|account|vehicle|device|it)`,
  // "Download to retain: <link>", "download to keep access"
  `${askLemmas('download', 'retrieve')} to (?:retain|keep|save|preserve|access|avoid)`,
  // "Retrieve your recording at: <link>", "initiate the download process without delay"
  `${askLemmas('retrieve', 'download', 'access', 'save')} (?:your|the) (?:recording|recordings|file|files|document|documents|copy|archive) (?:at|here|via|from|using|below|now)`,
  `${askLemmas('initiate', 'start', 'begin')} the download`,
  // "the attached PDF has all the info you need"
  '(?:the )?(?:attached|enclosed) ~2 (?:document|file|pdf|form|forms) ~3 (?:has|contains|includes|details|provides) ~3 (?:all|the|your|full|important|info|information|details|instructions|options|chance)',
  // "the relevant forms are provided in the attached document"
  '(?:forms?|documents?|instructions|information|details) (?:are|is) (?:provided|included|enclosed|contained) in (?:the )?(?:attached|enclosed)',
  `${askLemmas('scan')} (?:it|this|them)`,
  // a QR code or link to scan, a document to sign through an e-signature service
  `${askLemmas('scan')} ~3 (?:the |this |that |our )?(?:qr code|qr|code|link|attached|provided|embedded)`,
  'via (?:the |this )?(?:qr code|embedded code|docusign|e-?signature portal|signing portal)',
  `${askLemmas('complete', 'finalize', 'finalise', 'execute', 'return', 'sign')} ~3 (?:the |your |this |my )?(?:docusign|e-?signature|signature|waiver|agreement|selections?|enrollment|enrolment|registration)`,
  'docusign(?:ed)? ~2 (?:and returned|process|portal|link|envelope|request|today|now)',
  // "generate a new one via this link", "hit this link to generate it"
  `${askLemmas('generate', 'create', 'reset', 'rotate', 'regenerate')} ~4 (?:via|using|through|at|with|from) (?:this|the) (?:link|portal|page|url)`,
  // "please review it immediately", "download it right this second"
  `${askLemmas('download', 'review', 'read', 'open', 'sign')} (?:it|this|them) ~2 (?:now|immediately|right away|today|asap|right this second|before|by end of day|within)`,
  // "please use it and register your car", "try this link to register your vehicle"
  `${askLemmas('try', 'use')} (?:this|the|that|my) link`,
  // "please review and acknowledge it by end of day"
  `${askLemmas('review', 'read', 'open')} and ${askLemmas('acknowledge', 'sign', 'countersign', 'accept', 'approve', 'confirm', 'e-sign')}`,
  `${askLemmas('countersign', 'e-sign')} (?:it|this|the|here|below|via|using)`,
  `${askLemmas('register', 're-register', 'reregister')} (?:your|the|their) (?:car|cars|vehicle|vehicles|plate|plates|license plate)`,
  `${askLemmas('make', 'submit', 'confirm', 'finalize', 'finalise')} (?:your|the) (?:benefit |plan |enrollment |enrolment )?(?:selections?|elections?)`,
  `${askLemmas('schedule', 'reschedule', 'rebook')} (?:your|the) (?:delivery|redelivery|parcel|package|shipment)`,
  // the wallet or device to update from a link: "please upgrade your ledger to the newest version"
  `${askLemmas('upgrade', 'update')} (?:your|the) ~2 (?:wallet|ledger|trezor|device|app|software|firmware|extension) to (?:the )?(?:latest|newest|new|current)`,
  // the link is in the file: "find the registration link in the attachment", "the attached document
  // includes a link to the portal"
  `${askLemmas('find', 'use', 'follow')} ~3 (?:link|instructions|steps|portal) ~3 (?:in|inside|within) (?:the |this )?(?:attachment|attached|document|file|pdf)`,
  '(?:attached|enclosed) ~3 (?:document|file|pdf|notice|form) ~3 (?:contains?|includes?|has) ~3 (?:a |the )?(?:link|portal|qr)',
  // "this needs your signature now", "requires your e-signature"
  '(?:needs?|requires?|awaits?|awaiting) your (?:signature|e-?signature|sign-?off)',
  // "re-register your vehicles", "re-enroll your device", "install your security profile"
  `${askLemmas('re-register', 'reregister', 're-enroll', 'reenroll', 're-enrol', 'reenrol', 're-validate')} ~3 (?:your|their|the|all) ~2 (?:vehicle|vehicles|car|cars|device|devices|account|accounts|badge|badges|access|profile|details|authenticator|authenticator app|mfa|2fa|multi-factor|security key|phone number)`,
  `${askLemmas('install', 'download', 'configure')} ~3 (?:your|the|this|a) ~2 (?:security|network|wi-?fi|vpn|mdm|device|configuration) (?:profile|certificate|app|client|update)`,
  // the same imperatives in Portuguese, Spanish, German, French and Dutch (accents folded): "clique no
  // botão abaixo", "regularize sua situação", "bestätigen Sie Ihre Daten", "cliquez sur le lien"
  '(?:clique|clica|acesse|verifique|confirme|atualize|regularize|resolva|consulte|baixe|abra|evite) ~3 (?:aqui|abaixo|botao|link|sua conta|seus dados|seu cadastro|sua situacao|suas pendencias|pendencias|a suspensao|o bloqueio|documento|boleto|arquivo|portal)',
  '(?:haga clic|pulse|acceda|verifique|confirme|actualice|descargue|abra) ~3 (?:aqui|abajo|enlace|boton|su cuenta|sus datos|documento|archivo|portal)',
  '(?:klicken|bestatigen|aktualisieren|verifizieren|offnen|laden|melden) sie ~4 (?:hier|unten|link|button|schaltflache|konto|daten|angaben|sich an|herunter|dokument|datei|portal)',
  '(?:jetzt|sofort) ~2 (?:handeln|bestatigen|aktualisieren|verifizieren|aktivieren|abrufen|verlangern|erneuern|einlosen)|handeln sie (?:jetzt|sofort)|sofortige handlung erforderlich',
  // "intimação em anexo", "segue anexo o documento": the file to open, in Portuguese
  '(?:em anexo|segue anexo|anexo abaixo|documento anexo|abra o anexo|baixe o anexo|veja o anexo)',
  '(?:cliquez|confirmez|mettez a jour|verifiez|connectez-vous|telechargez|ouvrez|regularisez) ~3 (?:ici|ci-dessous|lien|bouton|votre compte|vos informations|vos donnees|votre situation|document|fichier|portail)',
  '(?:klik|bevestig|verifieer|controleer) ~3 (?:hier|hieronder|link|knop|uw account|uw gegevens|document|bestand|portaal)',
  // Swedish, Danish, Norwegian and Finnish: "öppna den bifogade filen", "klik på linket nedenfor",
  // "avaa liitetiedosto"
  '(?:klicka|oppna|ladda ner|logga in|bekrafta|klik|abn|aabn|apne|last ned|download|logg inn|log ind|bekraeft|bekreft|klikkaa|avaa|lataa|kirjaudu|vahvista) ~4 (?:nedan|lanken|lank|knappen|bifogade|bifogad|filen|dokumentet|nedenfor|linket|lenken|vedhaeftede|vedlagte|linkkia|linkista|liite|liitteen|liitetiedosto|tiedosto|tiedoston|alla olevaa)',
  '(?:werk|log|meld) (?:uw|je|u) ~2 (?:bij|in|aan)',
  // the form to fill in: "veuillez remplir le formulaire", "preencha o formulário", "rellene el formulario"
  '(?:remplir|remplissez|completer|completez|acceder au|accedez au|preencha|preencher|rellene|rellenar|complete el|fullen sie) ~3 (?:le |ce |votre |o |el |das )?(?:formulaire|formulario|formular)',
  // the document to send back signed: "the vendor needs the signed onboarding form back today"
  '(?:signed|completed|executed) ~2 (?:form|document|agreement|contract|waiver|paperwork) back',
  // a link to a shared folder handed over in the text: "I put it in our shared folder: <link>"
  '(?:in|to|from) (?:our|the|my) shared (?:folder|drive|workspace)',
);
/** Pressure to act on a link or file that the urgency and threat lists do not name. */
export const ACTION_PRESSURE = P(
  `(?:about|going|set|scheduled) to be ~2 ${lemmas('delete', 'remove', 'close', 'lose', 'lock', 'suspend', 'disable', 'purge', 'erase', 'expire', 'wipe')}`,
  '(?:gone forever|lost forever|minutes away|before it expires|before they expire|before it is too late|before it is gone|stop working)',
  `${askLemmas('click', 'tap', 'open', 'download', 'register', 're-register', 're-enroll', 'verify', 'sign in', 'log in')} ~3 now`,
  // the loss threatened: "accounts not re-registered will lose access to email"
  '(?:will|would) (?:lose|be locked out of|no longer have) ~2 (?:access|their access|your access|email access)',
  // obligation and its threatened cost: "this is required to keep your parking spot", "mandatory",
  // "to ensure continued access", "it is crucial to confirm", "or asset seizure will commence"
  '(?:is|are|is now|are now) (?:required|mandatory|compulsory|obligatory)',
  '(?:all|every) (?:employees|staff|personnel|users|members|vendors) (?:are |is )?(?:required|need|needs|must)',
  `to (?:ensure|keep|maintain|retain|avoid losing|prevent losing) ~2 (?:continued|uninterrupted|your|their) ~2 (?:access|service|spot|parking|coverage|benefits|account|eligibility|enrollment|enrolment)`,
  "(?:it is|it's|this is) (?:crucial|critical|imperative|essential|vital|mandatory|non-negotiable)",
  `(?:to avoid|avoid) ~2 (?:any )?(?:issues|problems|penalt(?:y|ies)|fines?|late fees?|disruption|complications|consequences)`,
  '(?:seizure|levy|garnishment|legal action|penalt(?:y|ies)|fines?) ~4 (?:will|shall) ~2 (?:commence|begin|be (?:imposed|applied|issued|taken|initiated))',
  '(?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of (?:the )?week|end of week|eow|(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}(?:st|nd|rd|th)?)',
  "(?:without further (?:prompting|reminders?|delay)|(?:do not|don't) (?:query|question|ignore) (?:this|it))",
);
/** Gift cards the sender says they need: the ask of the gift-card scam without a verb of buying. */
export const GIFT_CARD_NEED = P(
  '(?:i|we) (?:need|want|require|must have) ~3 (?:gift|e-gift|egift|digital gift|prepaid|itunes|google play|amazon|steam|apple|visa) ~1 (?:cards?|vouchers?)',
);

// Prizes and claims (issue 12) --------------------------------------------------------------------
/**
 * A prize, reward or payout to claim: the ask of survey, giveaway and airdrop lures ("Congrats! You've
 * received a Home Depot reward", "Claim your stETH rewards"). Read only where other evidence already
 * says the message hides something (email.structure.image_link_elsewhere reads it in the subject and
 * in a picture's OCR text, and not in bulk mail with an unsubscribe header): shops advertise rewards
 * every day.
 */
export const PRIZE_CLAIM = P(
  `${askLemmas('claim', 'redeem', 'collect', 'unlock')} (?:now )?(?:your|the|a|an|this) ~3 (?:${lemmas('reward', 'prize', 'airdrop', 'bonus', 'payout', 'compensation', 'winning', 'voucher', 'gift card', 'giveaway', 'refund', 'cashback', 'token', 'point', 'allocation')})`,
  // crypto payouts and points programmes: "withdraw your funds today", "your claim is now available
  // for withdrawal", "resgate seus pontos", "Ihre Belohnung wartet"
  `${askLemmas('withdraw')} ~2 (?:your|the) ~2 (?:funds|balance|rewards?|tokens?|bitcoin|btc|eth|usdt|crypto)`,
  '(?:available|ready|approved|authori[sz]ed) for (?:withdrawal|claim|payout)',
  '(?:resgat(?:e|ar|ando)|troque|trocar) ~3 (?:seus |os |suas )?(?:pontos|premios?|beneficios?)',
  '(?:pontos|premios?) ~4 (?:vao expirar|expiram|expirar|disponiveis|a expirar)',
  '(?:belohnung|pramie|gewinn|gutschein|auszahlung) ~4 (?:wartet|warten|steht noch aus|abholen|einlosen|bereit|bestatigen|sichern)',
  '(?:recompensa|premio|reembolso) ~4 (?:pendiente|espera|disponible|reclamar|reclama)',
  '(?:recompense|cadeau|gain|remboursement) ~4 (?:en attente|vous attend|reclamer|disponible)',
  // a refund the reader is told they are owed: "you are eligible for a tax refund of $248.30",
  // "vous avez droit à un remboursement", "recibir su reembolso"
  '(?:eligible|entitled|qualified|approved) (?:for|to) (?:a |an |your )?(?:tax )?(?:refund|rebate|reimbursement)',
  '(?:vous avez droit a|ont droit a|tem direito a|tiene derecho a|haben anspruch auf) ~3 (?:un |une |uma |un |einen? )?(?:remboursement|reembolso|restituicao|devolucion|ruckerstattung|erstattung)',
  `(?:recevoir|obtenir) (?:votre|le) remboursement|(?:receber|obter) (?:sua|seu|a|o) (?:restituicao|reembolso)|(?:recibir|obtener) (?:su|el) (?:reembolso|devolucion)`,
  "(?:you(?:'ve| have)?|you've) (?:just )?(?:won|been selected|been chosen|received|earned|qualified for) ~3 (?:reward|rewards|prize|prizes|gift|gifts|bonus|giveaway|iphone|voucher|gift card|cash)",
  '(?:congratulations|congrats) ~6 (?:won|winner|selected|chosen|reward|rewards|prize|gift|gift card)',
  '(?:free|complimentary) ~2 (?:gift card|iphone|ipad|reward|prize|voucher)',
  `${askLemmas('submit', 'file', 'register')} (?:your|the) ~2 claim (?:now|today|before|within)`,
);

// Records asked for (issue 9) ----------------------------------------------------------------------
/**
 * Sensitive records the reader is asked to send: W-2s and tax forms, employee and payroll data, the
 * vendors' or customers' bank details, aging reports (the W-2 and vendor-list BEC: the data is the
 * payload, or the next fraud's target list). An ask only: finance and HR ask each other for these
 * every day, so it flags only beside a deception.
 */
export const DATA_REQUEST = [
  ...P(
    `${askLemmas('send', 'email', 'forward', 'share', 'provide', 'give', 'export', 'pull', 'compile', 'upload', 'attach')} ~5 (?:w-?2s?|w-?2 forms?|1099s?|tax forms?|p60s?|employee (?:records|data|details|list|roster|ssns?)|(?:payroll|salary|wage|wages) (?:records|register|report|data|details|list)|social security numbers?|ssns?|aadhaar numbers?|(?:vendor|supplier|customer|client) (?:list|master|database|records)|(?:bank|banking) (?:account )?(?:numbers|details) of|aging report|ar aging|ap aging|open invoices list)`,
    '(?:reply|respond) (?:back )?with ~4 (?:w-?2s?|employee (?:records|data|list)|(?:vendor|supplier|customer) (?:list|bank)|bank account numbers|social security numbers)',
    // a list of people with their national ID numbers ("een export van de patiënten … naam,
    // rijksregisternummer, ziekenfonds"), or their passports: the identity thief's payload
    '(?:export|exports|list|lijst|lijstje|liste|overzicht|excel|spreadsheet|fichier|tableau|extraction|listado|relacion|relacao|lista|listagem|elenco|zestawienie) ~16 (?:rijksregisternummers?|numeros? (?:de|do) cpf|cpfs|numeros? de securite sociale|numeros? de secu|sozialversicherungsnummer\\w*|steuer-?ids?|burgerservicenummers?|codici fiscali|codice fiscale|numeros? de la seguridad social|numeros? pesel|social security numbers?|national insurance numbers?|passport (?:numbers|copies|scans))',
    // … the same fields listed after the ask's sentence ("… die we dit kwartaal behandeld hebben? Naam,
    // rijksregisternummer, ziekenfonds en telefoonnummer is genoeg")
    '(?:naam|namen|name|names|nom|noms|nombre|nombres|nome|nomi|imie|nazwisko),? ~4 (?:rijksregisternummers?|numeros? de securite sociale|sozialversicherungsnummer\\w*|burgerservicenummers?|codice fiscale|numeros? de la seguridad social|pesel|social security numbers?|national insurance numbers?)',
    `${askLemmas('send', 'email', 'forward', 'share', 'provide', 'upload', 'attach', 'submit')} ~12 (?:passport copies|cop(?:y|ies) of (?:the |their |all |each )?(?:staff |workers' |employees' )?passports?(?: bio-?data page)?|passport scans|passport bio-?data pages?)`,
    // a client's tax papers asked to a new address: "the SA302s and tax year overviews for the last three years"
    `${askLemmas('send', 'email', 'forward', 'share', 'provide', 'need', 'want')} ~8 (?:sa302s?|tax year overviews?|tax calculations? and overviews?)`,
    '(?:send|email|forward|share|provide) ~3 (?:a )?cop(?:y|ies) of (?:my|his|her|your|our) ~2 passports?',
    // "send me the latest employee report with bank details"
    '(?:employee|staff|payroll|personnel) (?:report|list|export|records?|file) (?:with|including|incl\\.?|and) (?:their |all )?(?:bank|banking|account) (?:details|numbers|information)',
    // the list's own item: "1. Clear copy of passport bio-data page"
    'cop(?:y|ies) of ~3 passports? (?:bio-?data|data|photo|information) pages?',
    '(?:copies|copy|list) of (?:all )?(?:the )?(?:employee|staff|our employees?) ~2 (?:w-?2s?|w-?2 forms?|tax forms|pay ?slips|ssns?|records)',
    // "the full set of 2025 wage and tax statements", "pull the complete set out of the payroll system"
    '(?:full|complete|entire) set of ~3 (?:wage and tax statements|w-?2s|w-?2 forms|tax forms|payslips|pay stubs)',
    '(?:pull|export|extract|download) ~4 (?:complete|full|entire) (?:set|list|file|register) ~4 (?:out of|from) (?:the )?(?:payroll|hr|hris) (?:system|platform|software)',
    // "a copy of all 2025 W-2s (employee copies, PDF)"
    '(?:send|email|forward|need|export|share|provide|give|want|asked for|requested|request) ~4 (?:copies|copy|set) of (?:all |every )?(?:(?:our|the|your) )?(?:\\d{4} )?(?:w-?2s|w-?2 forms|p60s|1099s)',
    // "I need the 2026 W-2 forms for all staff in PDF" (the send follows in the next sentence)
    '(?:i|we) (?:need|require|want|must have) ~3 (?:w-?2s?|w-?2 forms?|1099s?|tax forms|p60s?|employee (?:records|data|details|list|roster|ssns?)|(?:payroll|salary) (?:records|register|report|data|list))',
  ),
  ...P(
    // the customer or price list asked in the other languages: "¿me puedes mandar la planilla completa de
    // clientes … con contactos … y precios netos?", "envoie-moi la liste complète des clients"
    '(?:mandar|mandarme|mandame|enviar|enviarme|enviame|pasar|pasarme|pasame|reenviar) ~5 (?:planilla|lista|listado|base|excel|archivo) ~3 (?:completa |completo )?(?:de )?(?:clientes|proveedores|empleados|precios)',
    '(?:mandar|mandar-me|me manda|enviar|enviar-me|me envia|passar|me passa) ~5 (?:planilha|lista|listagem|base|excel|arquivo|ficheiro) ~3 (?:completa |completo )?(?:de |dos )?(?:clientes|fornecedores|funcionarios|precos)',
    "(?:envoyer|envoie-moi|envoyez-moi|m'envoyer|transmettre|transmets-moi|transmettez-moi) ~5 (?:la |le )?(?:liste|fichier|tableau|export|base) ~3 (?:complete |complet )?(?:des |de )?(?:clients|fournisseurs|salaries|prix|tarifs)",
    '(?:schick|schicken sie|senden sie|sende|ubermitteln sie) ~5 (?:die |mir die )?(?:komplette |vollstandige |ganze )?(?:kundenliste|lieferantenliste|preisliste|mitarbeiterliste|kundendatei|kundendaten)',
  ),
  ...P(
    // who may sign for the company's payments, and how they sign: the CEO fraud's groundwork ("the
    // list of authorised signatories for payments, with specimen signatures")
    '(?:list|names|details|copies|copy) of (?:the |your |all )?(?:authori[sz]ed|bank) signatories|specimen signatures?',
    // the bank's letter on the account, asked to an unknown address ("a copy of your bank confirmation letter")
    '(?:a |the )?(?:copy of (?:your |the )?|current |recent )(?:bank (?:confirmation|reference) letter|bank account confirmation letter)',
    // every customer with their contact details ("a spreadsheet of all your customers … farm name,
    // address and Eircode, owner's mobile")
    '(?:spreadsheet|list|export|excel|csv|file) of (?:all )?(?:your |the |our )?(?:customers|clients|dealers|members|patients|donors|tenants|staff|employees|workers) ~14 (?:addresses|address|mobiles?|mobile numbers?|phone numbers?|dates? of birth|eircodes?|postcodes?)',
  ),
];

// Extortion ---------------------------------------------------------------------------------
/**
 * The extortion threat, in the extortionist's first person: "I recorded you", "I will send the video
 * to all your contacts", "my malware gave me full access to your device". A security newsletter
 * explaining the scam says "scammers claim to have recorded you": third person, no match.
 */
export const EXPOSURE_THREAT = [
  ...P(
    '(?:i|we) (?:have )?(?:recorded|filmed|captured|taped) ~3 (?:you|your)',
    `(?:i|we) (?:will|can|shall|am going to|are going to|could|would) ~4 ${askLemmas('publish', 'release', 'send', 'share', 'leak', 'expose', 'upload', 'distribute', 'forward', 'post', 'make public')} ~6 (?:video|videos|recording|recordings|footage|clip|photos|pictures|images|private data|personal data|your data|browsing history|everything|it)`,
    '(?:my|our) (?:malware|virus|trojan|spyware|software|program|exploit) ~4 (?:gave|gives|has given|granted) ~2 (?:me|us) ~3 (?:full |complete |total )?(?:access|control)',
    '(?:i|we) (?:have )?(?:hacked|infected|compromised|gained (?:full |complete )?access to) ~3 your (?:device|computer|phone|pc|camera|webcam|cam|accounts?|system|operating system|email|mailbox)',
    // "I've had access to your devices for some time", "I have recordings of you", "the videos go to every contact"
    "(?:i|we)(?: have|'ve) (?:had |got |gained )?(?:full |complete |remote )?access to ~2 (?:your|ur) (?:devices?|computer|phone|camera|webcam|system|accounts?|e-?mail)",
    "(?:i|we)(?: have|'ve) (?:got )?(?:a |an )?(?:recordings?|videos?|footage|screenshots?|clips?) of you",
    '(?:videos?|recordings?|footage|clips?) (?:will )?(?:go|goes|be sent|get sent|are sent|is sent) to (?:every|all|each|everyone|everybody) ~3 contacts?',
    '(?:i|we) (?:got|broke|hacked|gained access) into ~3 (?:your|the) (?:device|devices|computer|phone|laptop|accounts?|camera)',
    // the data-theft letter's threat to a company: "samples go to your buyers, the Tea Board and the
    // press", "the journalists covering your round receive a copy, and the patient data is published"
    '(?:samples?|copies|a copy|the data|your data|the files|everything|the rest) (?:go|goes|will go|is sent|are sent|will be sent|get sent|gets sent) to ~8 (?:buyers|customers|clients|press|media|journalists|regulators?|authorities|investors|competitors|partners)',
    '(?:journalists?|press|media|regulators?|investors|customers|clients|competitors|authorities) ~8 (?:receive|receives|will receive|get|gets|will get) (?:a copy|copies|the data|the files|everything|samples)',
    '(?:patient |customer |client |employee |personal |your )?(?:data|files|information|documents|records) (?:is|are|will be|gets|get) (?:published|leaked|released|made public|posted online|dumped)',
  ),
  // Korean: "자료 일부를 … 유출 사이트에 공개한다", "클라우드 계정에 접근하여 … 확보했다"
  /(?:자료|파일|영상|사진|정보|데이터)[^.!?\n]{0,60}(?:공개|유포|유출)(?:한다|하겠다|할 것|하겠습니다|됩니다)|(?:계정|컴퓨터|기기|서버)에 (?:접근|침입)(?:하여|해서|했다|했습니다)/g,
];
/** The same threat in German, French, Spanish, Portuguese and Italian, first person too. */
export const EXPOSURE_THREAT_INTL = P(
  '(?:ich habe|habe ich) ~4 (?:aufgenommen|gefilmt)|(?:ich habe|habe ich) ~3 (?:vollstandigen |vollen |kompletten )?zugriff auf ~2 (?:gerat|computer|konto|kamera|telefon)|ich (?:werde|sende|veroffentliche) ~6 (?:video|aufnahme|aufnahmen|alles)',
  // "la base sera publiée et transmise à la CNIL": the stolen data's publication, in the passive
  '(?:la base|votre base|les donnees|vos donnees|le fichier|les fichiers|les documents|la video|les videos|tout) ~3 (?:sera|seront) (?:publiee?s?|diffusee?s?|mise?s? en ligne|vendue?s?|divulguee?s?)',
  "(?:je vous ai|je t'ai|j'ai) (?:enregistre|filme)|j'ai ~2 acces (?:complet |total )?a (?:votre|ton) (?:appareil|ordinateur|telephone|camera)|je (?:vais )?(?:envoyer|publier|diffuser|enverrai|publierai) ~6 (?:video|enregistrement|tout)",
  '(?:te|le) (?:he )?(?:grabado|filmado)|tengo acceso (?:completo |total )?a (?:tu|su) (?:dispositivo|ordenador|computadora|telefono|camara)|(?:enviare|publicare|difundire) ~6 (?:video|grabacion|todo)',
  '(?:gravei|filmei) ~3 (?:voce|vc)|tenho acesso (?:total |completo )?ao seu (?:dispositivo|computador|celular|telefone)|vou (?:enviar|publicar|divulgar) ~6 (?:video|gravacao|tudo)',
  '(?:publicaremos|enviaremos|difundiremos|filtraremos|divulgaremos|vazaremos|publierons|diffuserons|enverrons) ~6 (?:todo|tudo|tout|sus datos|seus dados|vos donnees|los datos|os dados|les donnees|la informacion)|(?:werden wir|wir werden) ~6 (?:alles|ihre daten|die daten) ~3 (?:veroffentlichen|verkaufen|weitergeben)',
  '(?:ti|la) ho (?:registrat[oa]|filmat[oa])|ho (?:pieno |completo )?accesso al (?:tuo|suo) (?:dispositivo|computer|telefono)|(?:inviero|pubblichero|diffondero) ~6 (?:video|registrazione|tutto)',
);
/**
 * The reputational threat, with crypto demanded beside it (EXTORTION): "before I go to the food
 * inspectors and the press and post the photos on Google and Trustpilot, I give you the chance to
 * settle this discreetly". Alone it is an angry customer's complaint; only a wallet makes it a demand.
 */
export const REPUTATION_THREAT = [
  ...P(
    '(?:before|unless) (?:i|we) ~3 (?:go|going|contact|report|turn|write) ~3 (?:to )?(?:the )?(?:press|media|newspapers?|journalists?|authorities|police|regulator|inspectors?|health (?:department|authority|inspectors?)|trading standards)|(?:post|publish|share|upload) ~4 (?:the )?(?:photos|pictures|video|videos|reviews?|story) ~4 (?:online|on google|on trustpilot|on social media|on instagram|on facebook|on tiktok|on x)',
    '(?:1|one|ein|eine|une|una|uma|een) ?(?:stern|star|etoile|estrella|estrela|ster|stella) ?(?:bewertungen|reviews?|avis|resenas|recensioni|avaliacoes|beoordelingen)|(?:negative|schlechte|fake|gefalschte|bad|faux|falsas|false|nep|negativas|negativi) (?:bewertungen|reviews|avis|resenas|recensioni|avaliacoes|beoordelingen)|(?:anonyme |anonymous )?(?:meldungen|anzeigen|reports|complaints) (?:an|to) (?:das |die |den |the )?(?:marktamt|behorde|gesundheitsamt|lebensmittelaufsicht|lebensmitteluberwachung|health (?:department|inspectors?)|food (?:inspectors?|standards)|trading standards|authorities)',
  ),
  ...P(
    '(?:bevor|ehe) (?:ich|wir) (?:mich |uns )?(?:an|bei|zur|zu) ~10 (?:wende|wenden|melde|melden|gehe|gehen)|(?:fotos|bilder|video|videos|bewertungen?) ~8 (?:veroffentliche|veroffentlichen|poste|posten|publiziere|teile|hochlade)',
    "(?:avant|sinon) (?:que )?(?:je|nous) ~3 (?:contacte|contactions|alerte|saisisse|m'adresse|aille|publie) ~4 (?:la presse|les medias|les journalistes|les autorites|la police|les services|la dgccrf)|(?:publierai|posterai|diffuserai|partagerai) ~4 (?:les photos|les images|la video|des avis|mon avis)",
    '(?:antes de|si no) (?:acudir|ir|contactar|denunciar|recurrir) ~4 (?:la prensa|los medios|las autoridades|la policia|sanidad|consumo)|(?:publicare|subire|compartire|difundire) ~4 (?:las fotos|las imagenes|el video|resenas|una resena)',
    "(?:prima di|altrimenti) (?:rivolgermi|contattare|segnalare|andare|denunciare) ~4 (?:alla stampa|ai giornali|ai media|alle autorita|alla polizia|all'asl|ai nas)|(?:pubblichero|postero|condividero|diffondero) ~4 (?:le foto|le immagini|il video|recensioni|una recensione)",
    '(?:antes de|senao) (?:recorrer|ir|contactar|denunciar) ~4 (?:a imprensa|os media|a midia|as autoridades|a policia|a asae|a anvisa)|(?:publicarei|postarei|divulgarei|partilharei|compartilharei) ~4 (?:as fotos|as imagens|o video|avaliacoes|uma avaliacao)',
  ),
];
/**
 * The extortion letter's claim to hold the victim's data, in the first person plural, with what was
 * taken: "we extracted 61 GB", "extrajimos 61 GB", "nous avons exfiltré vos données" (EXTORTION in
 * content.ts, beside a threat to publish). A news item about a gang says "they claim".
 */
export const DATA_THEFT_CLAIM = P(
  "(?:we|we have|we've) (?:extracted|exfiltrated|downloaded|stolen|stole|copied|obtained|taken|took|pulled|dumped) ~4 (?:\\d+ ?(?:gb|tb|mb)|gigabytes|terabytes|your (?:data|files|documents|databases?|emails?)|all (?:your )?(?:data|files))",
  // "We have had access to your environment for some time. Among what we copied: …"
  "(?:we|we have|we've) (?:had|have had|gained) ~2 access to (?:your|the company's) (?:environment|network|systems?|tenant|servers?|infrastructure|microsoft 365|m365|mailboxes|sharepoint)|among what we (?:copied|took|extracted|downloaded|exfiltrated)",
  '(?:extrajimos|descargamos|robamos|copiamos|obtuvimos|sustrajimos|exfiltramos) ~4 (?:\\d+ ?(?:gb|tb)|sus datos|sus archivos|datos|archivos|documentos|bases de datos)',
  '(?:nous avons|on a) (?:extrait|exfiltre|telecharge|copie|vole|recupere|derobe) ~4 (?:\\d+ ?(?:go|gb|to|tb)|vos donnees|vos fichiers|des donnees|des fichiers|documents|la base|votre base|base de donnees|fichier clients|vos abonnes|vos clients)',
  '(?:wir haben) ~6 (?:\\d+ ?(?:gb|tb)|ihre daten|ihre dateien|daten|dateien|dokumente) ~4 (?:extrahiert|heruntergeladen|kopiert|gestohlen|abgezogen|exfiltriert|erbeutet)',
  '(?:extraimos|baixamos|roubamos|copiamos|obtivemos|exfiltramos) ~4 (?:\\d+ ?(?:gb|tb)|seus dados|seus arquivos|dados|arquivos|ficheiros|documentos)',
);
/**
 * Payment demanded in a cryptocurrency, to a wallet the sender names: "pay exactly 1200$ in
 * Bitcoin", "my BTC wallet is: 14hAg…", "send 0.1 BTC to the address below".
 */
export const CRYPTO_PAY_DEMAND = [
  ...P(
    `${askLemmas('pay', 'send', 'transfer', 'deposit')} ~5 (?:in |via |with |to )?(?:bitcoin|btc|crypto|cryptocurrency|ethereum|eth|litecoin|ltc|monero|xmr|usdt|tether)`,
    '(?:my|our|this|the following|the below|following) (?:bitcoin|btc|crypto|ethereum|eth|litecoin|ltc|monero|xmr|usdt) ?(?:wallet|address|account)',
    // "Si 2,5 BTC ne sont pas versés sur l'adresse …": a sum in a coin, then the verb of paying it
    "\\d+(?:[.,]\\d+)? ?(?:btc|bitcoins?|eth|usdt|xmr|monero) ~3 (?:ne sont pas |n'est pas |ne soient pas )?(?:verses?|payes?|envoyes?|transferes?|vires?|paid|sent|transferred)",
    '(?:bitcoin|btc|crypto|ethereum|eth|litecoin|ltc|monero|xmr|usdt) (?:wallet|address) ?(?:is|:)',
    '(?:uberweisen|zahlen|senden|uberweise|zahle|payez|envoyez|versez|transferez|pague|envie|transfira|deposite|paga|invia|versa|betaal|stuur|maak) ~6 (?:bitcoin|btc|crypto|usdt|ethereum)',
    // "3.500 EUR in Bitcoin an folgende Adresse", "en bitcoins à l'adresse suivante"
    "(?:bitcoin|bitcoins|btc|krypto\\w*|crypto\\w*|usdt|ethereum) (?:an|auf|a|al|para|naar|to) (?:die |la |el |o |l'|het |this |the )?(?:folgende|diese|meine|siguiente|seguinte|volgende|following|suivante)? ?(?:adresse|wallet|direccion|endereco|indirizzo|adres|address|carteira|cartera|portefeuille)",
    '(?:erwarte|verlange|fordere|expect|demand|require|exige|exijo|pretendo) ~6 (?:entschadigung|zahlung|summe|betrag|compensation|payment|indemnisation|compensacion|indemnizacion|risarcimento|indenizacao|compensacao) ~8 (?:in|en|em) (?:bitcoin|bitcoins|btc|krypto\\w*|crypto\\w*|criptomoned\\w*|usdt)',
  ),
  // Korean: "0.45 BTC를 보내면", "비트코인으로 송금"
  /(?:btc|비트코인|usdt|테더|암호화폐)(?:를|을|으로|로)? ?(?:보내|송금|입금|지불|이체)/g,
];

// Advance-fee fraud ----------------------------------------------------------------------------
/** A sum in the millions: "US$18.5 million", "$10,500,000.00", "5.2 million euros". */
export const MILLIONS = P(
  '(?:us ?\\$|usd|\\$|£|€|eur|gbp)? ?\\d{1,3}(?:[.,]\\d{1,3})? ?(?:million|m) ?(?:us )?(?:dollars|usd|euros|eur|pounds|gbp)?',
  '(?:us ?\\$|usd|\\$|£|€) ?\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d{2})?',
  // grouped with dots, as the letters write it: "($27.500.000.00)"
  '(?:us ?\\$|usd|\\$|£|€) ?\\d{1,3}(?:\\.\\d{3}){2,}(?:[.,]\\d{2})?',
  // spelled out, as the lottery letter's "(One Million Euros)"
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred) (?:point \\w+ )?million (?:us )?(?:dollars|euros|pounds|usd|eur|gbp)',
  // "Three Million, Eight Hundred Thousand USD"; "my Fortune of $124 Billion"
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred) million,? (?:[a-z]+ ){1,6}(?:us )?(?:dollars?|euros?|pounds?|usd|eur|gbp)',
  '(?:us ?\\$|usd|\\$|£|€) ?\\d{1,3}(?:[.,]\\d{1,3})? ?(?:billion|bn)\\b',
);
/**
 * Six figures, the sum of the compensation and lottery letters ("your deposited fund … valued at
 * $650,000.00"): the sum only beside their own stories (ADVANCE_FEE_WINDFALL), never a business's
 * "beneficiary" on a wire form.
 */
export const SIX_FIGURES = P('(?:us ?\\$|usd|\\$|£|€) ?\\d{3},\\d{3}(?:\\.\\d{2})?\\b');
/** The stories of money owed to a stranger: an inheritance, unclaimed funds, compensation, a lottery, a donation. */
export const ADVANCE_FEE_WINDFALL = P(
  '(?:next of kin|inheritance|unclaimed (?:fund|funds|deposit|consignment|inheritance)|dormant (?:account|fund|funds)|compensation (?:fund|payment)|(?:scam|scammed|fraud) victims?|lottery (?:winning|winnings|prize|award)|residuary estate|unclaimed estate|estate of the late)',
  "(?:you have|you(?:'ve| have) been (?:awarded|granted|given)|selected to receive|donating) ~3 (?:a )?(?:donation|grant|charity fund|cash (?:gift|donation))",
);
/**
 * How the stranger says they came to write, the advance-fee letter's opener: "I got your contact
 * from the internet directory", "your email was randomly selected", "I found you trustworthy", "I
 * seek your indulgence", "if you found this in your spam folder, it is because of your ISP". With
 * the story and a reply asked for it stands in for the sum the first letter leaves for later.
 */
export const ADVANCE_FEE_OPENER = P(
  '(?:got|obtained|found|picked) your (?:contact|contacts|e-?mail|e-?mail address|address|details) (?:from|through|via|on|in|during) (?:the |a |an )?(?:internet|online|web|search|directory|chamber)',
  '(?:your|this) e-?mail (?:address )?(?:was|has been) (?:randomly |specially )?(?:selected|chosen|picked)',
  '(?:found|find|consider) you (?:to be )?(?:trustworthy|reliable|honest|worthy|capable)',
  '(?:i|we) (?:humbly )?(?:seek|solicit|request) (?:for )?your (?:indulgence|assistance|partnership|consent|cooperation|co-operation|trust)',
  "(?:junk|spam|bulk) ~3 (?:it is|its|it's|this is) (?:because|due to) ~2 (?:restrictions?|internet|isp|server|provider)",
);
/** The advance-fee story: an inheritance, a dormant fund, a proposal to move money through the reader. */
export const ADVANCE_FEE_STORY = [
  ...P(
    '(?:next of kin|late (?:husband|wife|father|mother|client|customer|brother|uncle)|deceased (?:client|customer|husband|father)|beneficiary|(?:scam|scammed|fraud) victims?|inheritance|unclaimed (?:fund|funds|deposit|consignment|inheritance)|consignment box|dormant (?:account|fund|funds)|business proposal|compensation (?:fund|payment)|lottery (?:winning|winnings|prize|award)|fund transfer)',
    `${askLemmas('transfer', 'move', 'wire', 'deposit', 'share', 'split')} ~4 (?:fund|funds|money|sum|amount|it) ~3 (?:into|to|with) (?:your|you|a foreign|an overseas|between us)`,
    // the lottery the reader never entered: "your e-mail address attached to ticket … drew …"
    '(?:lottery|lotteries|lotto|sweepstakes?|e-?mail (?:draw|ballot)|ballot system) ~6 (?:winner|winners|winning|won|prize|draws?|award)',
    'winning (?:numbers?|ticket|e-?mail address)',
    // the crypto version: "a dormant custodial wallet that was frozen", "your frozen wallet balance"
    '(?:dormant|frozen|unclaimed|abandoned|locked|recovered) ~2 (?:custodial )?(?:wallet|wallets|crypto|bitcoin|btc|coins|tokens|digital assets)',
    // the benefactor's gift: "you have a donation of $2,800,000.00", "selected to receive a grant of"
    "(?:you have|you(?:'ve| have) been (?:awarded|granted|given)|selected to receive|donating) ~3 (?:a )?(?:donation|grant|charity fund|cash (?:gift|donation))",
    // the heir-hunter's letter: "one of four people entitled to share in the residuary estate"
    '(?:beneficiaries|residuary estate|unclaimed estate|estate of the late|died intestate|bona vacantia)',
    // the fallen ruler's heir with funds abroad: "the only daughter to Former President of Libya",
    // "because of my current refugee status … i need a trusted investment Manager/Partner"
    '(?:daughter|son|wife|widow) (?:of|to) (?:the )?(?:late |former |ex-)?(?:president|head of state|general|minister|dictator)|(?:my|current) refugee status|(?:need|looking for|seeking) ~3 (?:a )?(?:trusted|reliable|honest|trustworthy|foreign) (?:investment )?(?:manager|partner)',
    // the exchange that holds the reader's "profits": "withdrawal request … on hold"
    '(?:withdrawal|withdrawal request|payout) ~4 (?:on hold|held|pending (?:tax|settlement|verification)|suspended|frozen)',
  ),
  ...ADVANCE_FEE_STORY_WORLD,
];
/**
 * The fee that releases the money, the advance in advance-fee fraud: "a processing fee of EUR 350 is
 * required to release the funds". With the story and a contact it stands in for the millions.
 */
export const ADVANCE_FEE_RELEASE = [
  ...P(
    '(?:processing|release|clearance|transfer|handling|administrative|administration|courier|delivery|insurance|legal|stamp duty|activation|validation|verification|unlock|withdrawal|network|gas) (?:fee|fees|charge|charges|cost) ~8 (?:release|released|claim|transfer|process|deliver|receive|unlock|unlocked|withdraw) ~3 (?:the |your )?(?:full )?(?:funds|fund|prize|winnings|payment|consignment|package|money|inheritance|balance|assets|coins|tokens)',
    // "holders may claim their balance after paying a one-time network validation fee"
    '(?:claim|release|withdraw|unlock|receive|recover) ~3 (?:the |your |their )?(?:funds|fund|balance|assets|coins|tokens|prize|winnings|money|inheritance) ~4 (?:after|upon|once|by) (?:paying|payment of|you pay|settling) ~5 (?:fee|fees|charge)',
    // "tax on realised gains must be settled before funds can be released": pay to withdraw
    '(?:tax|taxes|fee|fees|deposit|margin|charge) ~5 (?:must|has to|have to|needs? to) (?:be )?(?:settled|paid|sent|deposited|cleared) (?:before|prior to) ~3 (?:funds|withdrawal|assets|balance|profits?|coins|payout) ~2 (?:be )?(?:released|withdrawn|unlocked|processed|credited)',
    // "the only cost before distribution is a disbursement of GBP 395"
    '(?:cost|fee|payment|disbursement|charge) (?:before|prior to|ahead of) (?:the )?(?:distribution|release|payout|transfer of the funds)',
  ),
  ...ADVANCE_FEE_RELEASE_WORLD,
];
/**
 * An award the reader is told they won (a scholarship, a grant, a prize) and a fee for it that is
 * "refunded with the first payment": the award's advance fee. A real funder deducts nothing in
 * advance and refunds no fee from a payout.
 */
export const AWARD_WON = P(
  "(?:you have been|you've been|vous avez ete|tu as ete|votre candidature a ete|has sido|ha sido|usted ha sido|voce foi|sie wurden) ~3 (?:selected|awarded|chosen|retenu|retenue|retenue par|selectionne|selectionnee|seleccionado|seleccionada|selecionado|selecionada|ausgewahlt)",
  "(?:laureat|laureate|recipient|winner|ganador|ganadora|vencedor|vencedora|gewinner|gewinnerin) (?:d'une|d'un|of a|of an|of the|de una|de un|de uma|de um|eines|einer) ~2 (?:bourse|scholarship|grant|award|prize|prix|subvention|beca|premio|bolsa|stipendium|preis|fellowship)",
);
export const FEE_REFUNDED_FROM_PAYOUT = P(
  '(?:fee|fees|frais|droits|cuota|tarifa|taxa|gebuhr|gebuhren) ~14 (?:refunded|reimbursed|returned|deducted|rembourses|remboursees|rembourse|deduits|reembolsad[oa]s?|devolvid[oa]s?|erstattet|zuruckerstattet) ~6 (?:first|premier|primer|primeiro|ersten|the|le|la|el|o|der|the grant|de la bourse) ~3 (?:payment|disbursement|payout|installment|instalment|versement|pago|desembolso|pagamento|auszahlung|stipend|bourse|grant|legacy|inheritance|bequest|funds|prize|winnings)',
);
/**
 * A windfall left to the reader, the other payout a refunded fee is taken against: "Mr Tanner left a
 * pecuniary legacy of £85,000 to the doctors and staff", "you are named as a beneficiary".
 */
export const LEGACY_LEFT = P(
  '(?:left|bequeathed|leaves|bequeaths) ~6 (?:a |an )?(?:pecuniary |charitable |cash )?(?:legacy|bequest|gift|inheritance) (?:of|to)',
  '(?:named|listed|nominated) (?:as )?(?:a |the )?(?:sole |main |residuary )?beneficiar(?:y|ies) (?:of|in|under|to)',
);
/**
 * The tender that costs a fee to see: a company "shortlisted" or "invited" for a large contract or a
 * design competition, the documents released only after a registration or bid-bond fee paid to an
 * "appointed agent", or a deposit "refunded after submission". A public buyer sells its tender
 * documents, if at all, through its own portal, and invites nobody to pay an agent for them.
 */
export const TENDER_INVITATION = P(
  '(?:shortlisted|short-listed|pre-?qualified|pre-?selected|selected|invited|nominated) ~8 (?:tender|tenders|bid|bidding|contract|package|competition|rfq|rfp|pre-?qualification)',
);
export const TENDER_FEE = P(
  '(?:registration|bid-?bond|bid bond|administration|administrative|processing|documentation|participation|tender|bid|entry) ~4 (?:fee|fees|deposit|bond) ~12 (?:appointed|registration|procurement|local) (?:agent|agency|representative)',
  '(?:appointed|registration|procurement) (?:agent|agency|representative) ~12 (?:fee|fees|deposit|bond)',
  '(?:deposit|fee|bond) ~8 (?:fully |wholly |entirely )?(?:refunded|returned|refundable) (?:after|upon|on|following) ~2 (?:final )?(?:submission|award|completion|evaluation)',
);
/** The reply it asks for: "get back to me", "send me your full name and phone". */
export const ADVANCE_FEE_CONTACT = [
  ...P(
    '(?:get back to me|contact me|reply (?:me|to me|back)|write (?:me|back)|your (?:urgent )?(?:response|reply)|(?:if|when) you are interested)',
    `${askLemmas('send', 'provide', 'forward')} ~2 (?:me )?(?:your )?(?:full )?(?:name|names|address|phone|telephone|mobile|details|information|passport|id)`,
    'reply (?:to me )?with your (?:full )?(?:name|names|address|phone|telephone|mobile|details|information)',
    // the agent or bank the winner is sent on to: "contact our Paying Bank … send them the following"
    'contact ~3 (?:paying bank|claims? (?:agent|officer|department|manager)|processing agent|remittance (?:agent|officer)|fiduciary agent|transaction manager|(?:my|our) (?:son|daughter|lawyer|attorney|barrister|secretary))',
    // "would you be interested to assist my son", "respond to this urgent email notice", "I wait for your quick reply"
    '(?:would|will|are) you (?:be )?(?:interested|willing) (?:to|in) (?:assist|help|partner|work|receive|handle|stand)',
    '(?:respond|reply) to this (?:urgent |important )?(?:e-?mail|mail|message|letter|notice|notification)',
    '(?:wait|waiting|await|awaiting|expect|expecting) (?:for )?your (?:quick|urgent|prompt|positive|immediate|swift) (?:reply|response)',
    'please let (?:us|me) know if you (?:have|are|will|agree|accept)',
    // "a reply to this address is all that is needed", "once I know you are open to a conversation"
    '(?:a|your) (?:simple |short )?reply ~4 (?:is all|all that is|is all that is) (?:i |we )?(?:need|needed|required)|(?:know|hear) (?:that )?you are open to (?:a |this |the |my )?(?:conversation|proposal|discussion|idea|offer)',
    `${askLemmas('send', 'forward')} (?:them|us|me|him|her) the following`,
    '(?:scan|copy|photo) of your (?:passport|driving licen[cs]e|id card|identity card|national id)',
    // "please reply to my direct address with a telephone number and a convenient time"
    'reply ~6 with (?:a |your )?(?:telephone|phone|mobile|contact) (?:number|details)',
    // the fee paid straight to the scammer: "pay a validation fee of 0.015 BTC to the escrow address below"
    '(?:fee|fees|charge) ~6 (?:to|into) (?:the|this|our) (?:escrow |wallet |btc |bitcoin |usdt |eth |crypto )?(?:address|wallet) (?:below|above|provided|here)',
    '(?:sent|send|transfer|deposited|deposit|paid|pay) (?:it )?(?:to|into) (?:the|this|our) (?:designated |following )?(?:settlement |escrow |deposit |tax )?(?:address|wallet) (?:below|above|provided|here)',
  ),
  ...ADVANCE_FEE_CONTACT_WORLD,
];

/**
 * A crypto balance said to be the reader's or theirs to take: "your bitcoin wallet has been funded
 * with 51.85 BTC", "the current balance is 90.8 BTC" (CRYPTO_LOGIN_HANDOVER in content.ts).
 */
export const CRYPTO_BALANCE = P(
  '(?:balance|funded with|total of|worth|credited with|holding|holds|contains) ~4 \\d[\\d.,]* ?(?:btc|bitcoins?|eth|ether|usdt|tether)',
  '\\d[\\d.,]* ?(?:btc|bitcoins?|eth|usdt) ~4 (?:balance|funded|credited|available|waiting)',
);
/**
 * Coins the reader is said to have made without doing anything: "during your absence, you made
 * 1.3426 BTC ($890707.77) through cloud mining" (with a six-figure sum: CRYPTO_WINDFALL in content.ts).
 */
export const CRYPTO_EARNED = P(
  '(?:you|your devices?|your account|your wallet) (?:have |has )?(?:made|earned|mined|accumulated|collected|generated) ~3 \\d[\\d.,]* ?(?:btc|bitcoins?|eth|usdt)',
);
/** A sum of six figures or more in dollars, grouped or not ("$890707.77", "$ 1,052,292.88"). */
export const LARGE_DOLLARS = P(
  '(?:\\$|usd) ?(?:\\d{6,}|\\d{3},\\d{3}|\\d{1,3},\\d{3},\\d{3})(?:[.,]\\d{2})?\\b',
);
/**
 * A password written into the mail: "pass: thvb862m", "Password : bx5vbi99" (a token with a digit).
 * With a crypto balance it is the "found wallet" scam's bait: the site behind the login asks a
 * withdrawal fee.
 */
export const HANDED_PASSWORD = P(
  '(?:pass|password|passwd|pwd|passcode) (?=[a-z!@#$%&*]*\\d)[a-z0-9!@#$%&*]{6,24}',
);

// Money mules --------------------------------------------------------------------------------
/** Other people's money into the reader's own account: "receive payments from our clients into your personal bank account". */
export const MULE_RECEIVE = P(
  'przyjmowanie (?:platnosci|srodkow|przelewow|wplat) ~6 (?:rachunek|konto) (?:osobisty|prywatny|bankowy)',
  '(?:receive|accept|collect|process) ~4 (?:payments?|funds|money|transfers?|deposits?|checks?|cheques?|settlements?|remittances?|proceeds) ~6 (?:into|to|in|through|via) (?:your|ur) (?:own |personal |private |existing )?(?:bank |checking |savings |current )?(?:account|accounts)',
  '(?:payments?|funds|money|transfers?|deposits?) (?:will be|are|get) (?:sent|deposited|transferred|wired|paid) ~2 (?:into|to) (?:your|ur) (?:own |personal |private )?(?:bank )?(?:account|accounts)',
);
/** … sent on: "forward the funds to our partners via wire transfer or Bitcoin ATM". */
export const MULE_FORWARD = P(
  '(?:forward|transfer|send|wire|remit|move|pass) ~3 (?:the |these |those |them|it|funds|money|payments?|balance|remaining)(?: \\w+)? ~6 (?:to|via|through|using) ~4 (?:our|the|a|my) ~2 (?:partners?|suppliers?|vendors?|clients?|agents?|company|colleagues?|bitcoin|btc|crypto|wallet|atm|gift cards?|account)',
  '(?:bitcoin|btc|crypto) atm',
  'przekazywanie (?:srodkow|pieniedzy|platnosci|wplat) ~4 (?:partnerow|partnerom|za granice|kontrahentow)',
);
/** … with a cut kept: "keep 8% of each transaction as your commission". */
export const MULE_COMMISSION = P(
  '(?:keep|keeping|retain|retaining|deduct|deducting|earn|earning) ~4 (?:\\d{1,2} ?%|\\d{1,2} percent|your commission|a commission|commission)',
  'prowizj[aie] (?:w wysokosci )?\\d{1,2} ?%|\\d{1,2} ?% prowizji',
  '\\d{1,2} ?% (?:of (?:each|every|the) (?:transaction|transfer|payment|amount) )?(?:as )?(?:your )?(?:commission|fee|cut|share)',
);

/**
 * The fake-check job: "our finance team will mail you a company check for $4,850 … deposit it …
 * send the equipment portion to our approved vendor via Zelle". The check bounces after the
 * reader's own money has gone to the "vendor".
 */
export const FAKE_CHECK_IN = P(
  "(?:mail|post|send|courier|overnight|issue|forward) ~3 (?:you )?(?:a |the )?(?:company |cashier'?s |certified |business )?(?:check|cheque) ~4 (?:for|of|worth)",
  '(?:deposit|cash) (?:the |this |that |your )?(?:check|cheque) ~6 (?:then|and|once|after)',
  '(?:once|after|when) (?:it|the (?:check|cheque)) (?:is|has been|clears|is cleared|is deposited|has cleared)',
  '(?:once|after|when) you (?:deposit|cash) (?:it|the (?:check|cheque))',
);
export const FAKE_CHECK_OUT = P(
  '(?:send|forward|transfer|pay|wire|zelle|remit) ~4 (?:the )?(?:equipment |remaining |excess |extra |vendor )?(?:portion|balance|difference|amount|funds|money|cost) ~4 (?:to|via|through) ~3 (?:our|the|a|an) ~2 (?:approved |designated |preferred |certified |authori[sz]ed )?(?:vendor|supplier|agent|provider|merchant|contractor)',
);

/**
 * Reshipping-mule recruitment: parcels of stolen goods received at home, relabelled with the
 * labels "we send you" and sent on, as a paid home-based job. All three are needed: a customer's
 * return also has a prepaid label, and a courier's notice also has parcels.
 */
export const RESHIP_RECEIVE = P(
  '(?:receive|accept|collect|sign for|take delivery of) ~4 (?:parcels|packages|shipments|deliveries|merchandise|electronics) (?:from|at|to|on behalf|for)',
  // "Je ontvangt pakketten … op je woonadres", "Sie nehmen Pakete … entgegen", "vous recevez des colis"
  '(?:ontvangt|ontvang|neemt) ~3 (?:pakketten|pakjes|zendingen) ~6 (?:woonadres|thuisadres|thuis)|(?:nehmen|empfangen|erhalten) ~3 (?:pakete|sendungen) ~6 (?:wohnadresse|zuhause|hause)|(?:recevez|recevoir|receptionnez) ~3 (?:colis|paquets) ~6 (?:domicile|chez vous)|(?:recibe|recibir|recibira) ~3 (?:paquetes|envios) ~6 (?:domicilio|casa)',
);
export const RESHIP_FORWARD = P(
  '(?:attach|print|use|apply|affix|put) ~3 (?:prepaid |new |our |the )?(?:shipping |return |courier )?labels? ~3 (?:we|our team|that we|which we) (?:send|provide|email|e-mail|supply)',
  '(?:reship|re-ship|repack|repackage|relabel|re-label) ~3 (?:the |them|these )?(?:parcels|packages|items|goods|them)?',
  '(?:plakt|plak|bevestigt) ~3 (?:nieuwe )?(?:verzendlabels|labels|etiketten)|(?:kleben|bringen sie) ~3 (?:neue )?(?:versandetiketten|etiketten|labels)|(?:collez|apposez) ~3 (?:nouvelles )?(?:etiquettes)|(?:pegue|coloque) ~3 (?:nuevas )?(?:etiquetas)',
);
export const RESHIP_JOB = P(
  '(?:per|for each|for every) (?:parcel|package|shipment)|probation(?:ary)? (?:period|month)|(?:home-based|work from home|work-from-home|remote|part-time) ~3 (?:role|position|job|coordinator|assistant|inspector)',
  '(?:per|pro|par|por) (?:verwerkt |bearbeitetes )?(?:pakket|paket|colis|paquete)|thuiswerk|heimarbeit|teletravail|desde casa',
);
/**
 * Investment fraud ("pig butchering"): returns no market pays, quoted per day or week or
 * guaranteed, and a deposit in crypto to an address. Real funds quote a year and never a deposit
 * address in mail.
 */
export const INVEST_RETURN = [
  ...P(
    '\\d{1,2}(?:[.,]\\d{1,2})? ?% (?:(?:and|to|-) \\d{1,2}(?:[.,]\\d{1,2})? ?% )?(?:per|a|each|every) (?:day|week)|guaranteed (?:returns?|profits?|roi|income)|(?:double|triple) your (?:money|investment|deposit|bitcoin|crypto|capital)',
  ),
  // Chinese: "每月收益在18%左右", "日收益3%"
  /(?:每月|每日|每天|每周|每週|月均|日均|月平均|日平均|日|月)收益[^。，,\n]{0,6}?\d{1,3}(?:\.\d{1,2})? ?%/g,
];
export const INVEST_DEPOSIT = [
  ...P(
    '(?:send|transfer|make|fund|deposit|top up) ~4 (?:deposit|usdt|btc|bitcoin|eth|crypto|funds|allocation) ~6 (?:to|into|at) ~3 (?:address|wallet|dashboard|account)',
    '(?:opening|initial|minimum|first) deposit ~4 (?:usdt|btc|bitcoin|eth|crypto|trc-?20|erc-?20)|(?:usdt|btc|bitcoin|eth) ~2 (?:trc-?20|erc-?20|deposit address|wallet address)',
  ),
  // Chinese: "首充500 USDT", "充值", "入金"
  /首充|(?:充值|入金) ?\d{2,7} ?(?:usdt|u|元|美元|btc)/g,
];

/**
 * The BEC asks rewritten to dodge keyword filters, a family each (64 pre-filter literals): pay sent
 * "somewhere else", a fee "got away today", the "full social column" of a staff census.
 */
export const PAYROLL_RESTATED = P(
  '(?:point|send|move|switch|redirect|route|put) (?:my )?(?:pay|paycheck|paycheque|salary|wages|direct deposit|net pay) (?:somewhere else|elsewhere|to (?:a |my )?(?:new|different|another|other) (?:account|bank))',
  "(?:which|what) account ~3 (?:my )?(?:pay|salary|paycheck|wages|it) (?:is|'s|are) (?:going|paid|sent) (?:to|into)",
);
export const PAYMENT_REQUEST_RESTATED = P(
  '(?:get|send|push) ~3 (?:fee|payment|amount|invoice|funds|balance|settlement|transfer) (?:away|out|through|released)',
  "(?:confirmation|confirm|remittance advice|mt103|swift copy) ~3 (?:once|when|after) (?:it is |it has been |it's )?(?:released|sent|processed|gone out)",
);
export const DATA_REQUEST_RESTATED = P(
  '(?:staff|employee|personnel|headcount) census',
  '(?:full )?(?:social|ssn|social security) (?:column|numbers for everyone|numbers for all)',
  '(?:dates of birth|dobs?) ~4 (?:home addresses|addresses) ~4 (?:social|ssns?|social security)',
);

// BEC's parts in the other languages the rules read (German, French, Spanish, Italian, Dutch,
// Portuguese, Polish, Swedish): each a family of its own, beside its English one, so the phrase
// pre-filter keeps a short literal list per family. What a CEO-fraud or vendor-fraud mail says in
// any language: keep it from colleagues, I can only be reached by mail, the payment must go out.

/** Secrecy that shuts colleagues out (see SECRECY). */
export const SECRECY_INTL = [
  ...P(
    'diskret (?:abwickeln|behandeln|erledigen|halten)|bevor (?:das|es) ~3 (?:die runde macht|rumgeht|bekannt wird|sich rumspricht)',
  ),
  ...P(
    '(?:behandeln|halten) (?:sie |du )?(?:das|dies|es|diese angelegenheit|die sache|den vorgang)? ~2 (?:streng |absolut )?(?:vertraulich|geheim|diskret)',
    '(?:sprechen|reden|erzahlen|sagen|erwahnen|teilen) (?:sie|du) (?:es|das|dies|davon|daruber) ~4 (?:nicht|niemandem)',
    'nicht (?:mit|an|gegenuber) (?:der |den |dem |die |unserer |unseren )?(?:buchhaltung|kollegen|kolleginnen|geschaftsleitung|finanzabteilung|bank)',
    "(?:n'en parlez|ne (?:le |l'|en )?(?:dites|mentionnez|evoquez|parlez)) ~4 (?:a personne|avec personne|a vos collegues|a la comptabilite|en interne)|sans en (?:parler|informer) ~3 (?:personne|vos collegues|la comptabilite|la direction)|(?:en toute|la plus (?:grande|stricte)) (?:confidentialite|discretion)|strictement confidentiel",
    '(?:no|sin) (?:lo |se lo |le |les )?(?:comentes|comente|comenten|comentarlo|digas|diga|cuentes|cuente|menciones|mencione|hables|hable) ~4 (?:nadie|el equipo|companeros|contabilidad|tesoreria|finanzas)|(?:maxima|total|absoluta|estricta) (?:discrecion|confidencialidad|reserva)',
    // "te pido reserva, ni siquiera lo comentes con Diego"
    '(?:ni siquiera|ni) (?:lo |se lo |le )?(?:comentes|comente|digas|diga|cuentes|cuente|menciones|mencione|hables|hable) (?:con|a) |(?:te|le|les) pido (?:reserva|discrecion)',
    // "per ora non ne parlare con Nicola … glielo voglio dire io", "nie rozmawiaj o tym z nikim w biurze"
    '(?:per ora|per il momento|ancora|pls|per favore) non (?:ne )?(?:parlare|parlarne|dirlo|dire niente|dire nulla)|glielo (?:voglio dire|dico|diro) io|nie rozmawiaj ~3 (?:z nikim|nikomu|w biurze|z zespolem|z ksiegowoscia)',
    'non (?:ne )?(?:parlare|parlarne|dirlo|dire|menzionare|informare|coinvolgere) ~4 (?:nessuno|colleghi|contabilita|amministrazione|tesoreria)|(?:massima|assoluta|totale) discrezione',
    '(?:bespreek|vertel|meld|deel) (?:het|dit|dat)? ~3 (?:niet|met niemand|aan niemand)|strikt vertrouwelijk|(?:houd|hou) (?:dit|het) ~2 (?:vertrouwelijk|onder ons|geheim)',
    '(?:nao|sem) (?:comente|comentes|comentar|diga|digas|fale|fales|conte|contes|mencione) ~4 (?:ninguem|colegas|equipe|equipa|contabilidade|financeiro|tesouraria)|(?:maxima|total|absoluta) (?:discricao|confidencialidade|sigilo)',
    // Turkish: "konuyu ofiste kimseyle paylaşma", "gizli bir ödeme"
    '(?:kimseyle|kimseye|hic kimseyle) ~2 (?:paylasma|paylasmayin|paylasmayiniz|soyleme|soylemeyin|bahsetme|bahsetmeyin)|gizli (?:bir )?(?:odeme|transfer|havale|konu)',
    // Norwegian and Danish: "om du ikke nevner det for andre", "ikke sig det til nogen", "fortrolig sak"
    '(?:ikke|ikkje) (?:nevner|nevne|nevn|sier|si|forteller|fortelle|fortell|naevner|naevne|naevn|siger|sig|fortaeller|fortael) (?:det|dette|noe|noget)? ~3 (?:for andre|til andre|til noen|til nogen|for noen|for kolleger|for kollegaer|til kolleger|for de andre|til de andre)|(?:en |et )?fortrolig (?:sak|sag|henvendelse|anliggende)',
    'nie (?:mow|mowcie|informuj|wspominaj) ~3 (?:nikomu|nikogo|kolegom|ksiegowosci)|(?:scisle|calkowicie) (?:poufne|poufna|poufny|poufnie)|(?:beratta|namn|prata) (?:inte|inget) ~3 (?:for nagon|med nagon|med kollegor|med ekonomi)',
    // "det må holdes mellom oss to inntil styret er informert"
    '(?:holdes|holde|bli|blir|forbli|forblir) mellom oss(?: to)?|mellom oss to',
  ),
  // Slovak, Czech, Hungarian, Finnish, Turkish: "zatiaľ to nesmie ísť cez predstavenstvo", "egyelőre ne
  // szólj senkinek", "älä keskustele tästä muiden kanssa", "lütfen kendi aranızda tutun"
  ...P(
    '(?:nikomu|nikomu o tom|o tom nikomu) (?:nehovor|nehovorte|nerikej|nerikejte|nespominaj|nepis)|nesmie (?:ist|byt) cez (?:predstavenstvo|vedenie|obstaravanie|ucto)|(?:nie|ne) na (?:firemny|firemni|pracovny|pracovni) (?:mail|e-?mail)',
    'ne (?:szolj|szoljon|beszelj|beszeljen) (?:senkinek|rola senkinek|errol senkinek|masoknak)|bizalmasan (?:kezeld|kezelje)|maradjon (?:kozottunk|kettonk kozott)',
    '(?:ala|alkaa) (?:keskustele|puhu|kerro|mainitse) ~3 (?:muiden kanssa|muille|kenellekaan|kenenkaan kanssa)|pidetaan ~2 (?:meidan valisena|luottamuksellisena)',
    '(?:kimseye|kimseyle) (?:soylemeyin|soyleme|bahsetmeyin|bahsetme|paylasmayin|paylasma)|(?:kendi aranizda|aramizda) (?:tutun|kalsin|kalmali)|(?:gizli|aramizda) (?:tutun|tutalim|kalsin)',
  ),
  ...SECRECY_WORLD,
];
/** The writer out of reach by phone, so the reader answers in writing (see UNAVAILABLE). */
export const UNAVAILABLE_INTL = [
  ...P(
    '(?:nur|ausschliesslich|ausschließlich) (?:per|uber|via) (?:e-?mail|mail|whatsapp|sms|nachricht) (?:erreichbar|zu erreichen)|(?:bin|sitze) ~4 (?:in verhandlungen|in besprechungen|in terminen|in einem termin|im flugzeug|auf einer konferenz)|(?:telefonisch|per telefon) (?:nicht|kaum|schlecht) (?:erreichbar|zu erreichen)',
    '(?:joignable|disponible) uniquement par (?:e-?mail|mail|courriel|sms|message)|(?:je suis|suis) (?:en reunion|en reunions|en rendez-vous|en deplacement|en negociation|en negociations)|ne (?:suis|serai) pas joignable (?:par|au) telephone',
    '(?:estoy|estare) en (?:reuniones|una reunion|negociaciones|un vuelo|el avion)|(?:escribeme|escribame|contestame|respondeme) (?:por|a) (?:aqui|este correo|email|correo)|no (?:puedo|podre) (?:atender|coger) (?:llamadas|el telefono)',
    '(?:sono|saro) (?:in riunione|in riunioni|in trattativa|in volo|in aereo)|(?:raggiungibile|reperibile) solo (?:via|per|tramite) (?:e-?mail|mail|messaggio)|scrivimi (?:qui|per e-?mail|via e-?mail)',
    '(?:zit|ben) ~3 (?:in vergaderingen|in een vergadering|in overleg|in onderhandelingen|in het vliegtuig)|alleen (?:per|via) (?:e-?mail|mail|app) bereikbaar|telefonisch niet bereikbaar',
    '(?:estou|estarei) em (?:reuniao|reunioes|negociacoes|viagem|um voo)|(?:contactavel|disponivel|contactado) (?:so|apenas) (?:por|via) (?:e-?mail|mensagem)',
    // "en la chacra no hay señal para llamar", "je suis au chalet et ça capte mal"
    '(?:no hay|sin|no tengo) (?:senal|cobertura) (?:para llamar|de telefono|aqui)|(?:ca|ici ca) capte mal|pas de reseau (?:ici|pour appeler)',
    // Norwegian, Danish, Swedish: "jeg sitter i møter med advokatene", "ikke ring meg"
    '(?:sitter|sidder|er) i (?:moter|mote|mode|moder|et mote|et mode)|ikke ring meg|kan ikke (?:ta|svare pa) (?:telefonen|anrop)',
  ),
  // Slovak, Czech, Hungarian, Finnish, Turkish: "som na rokovaní a služobný telefón mám vypnutý",
  // "tárgyaláson vagyok", "olen neuvottelussa enkä pääse koneelle", "kongredeyim, telefonla konuşamıyorum"
  ...P(
    '(?:som|jsem) na (?:rokovani|porade|stretnuti|jednani|schuzce|konferencii|konferenci)|telefon (?:mam|mam teraz|mam ted) vypnuty|(?:nemozem|nemuzu|nemohu) (?:telefonovat|volat|hovorit)',
    '(?:megbeszelesen|targyalason|ertekezleten|konferencian|repulon) vagyok|nem tudok (?:telefonalni|beszelni telefonon)|nem vagyok elerheto',
    'olen (?:palaverissa|kokouksessa|neuvottelussa|lentokoneessa|koulutuksessa)|en (?:paase|paase nyt) koneelle|en (?:voi|pysty) (?:puhumaan|vastaamaan) ~2 (?:puhelimessa|puheluihin|puhelimeen)|kirjoitan puhelimesta',
    '(?:toplantidayim|kongredeyim|ucaktayim|seminerdeyim)|telefonla konusamiyorum|telefonlara (?:cikamiyorum|bakamiyorum)|telefonum kapali',
  ),
  ...UNAVAILABLE_WORLD,
];
/** A payment asked for or said to be due out today (see PAYMENT_REQUEST). */
export const PAYMENT_REQUEST_INTL = [
  ...P(
    // "Zahlen Sie jetzt sicher online", "Einfuhrabgaben jetzt bezahlen", "begleichen Sie den Betrag"
    '(?:zahlen|begleichen|uberweisen|bezahlen) sie ~3 (?:jetzt|sofort|umgehend|noch heute|den (?:offenen )?betrag|die (?:gebuhr|abgaben|forderung))|(?:betrag|abgaben|gebuhr|forderung|rechnung) jetzt (?:bezahlen|begleichen|zahlen|uberweisen)',
    '(?:anzahlung|zahlung|uberweisung|betrag|summe) ~6 (?:muss|mussen|soll|sollte) ~4 (?:raus|rausgehen|hinausgehen|uberwiesen|bezahlt|beglichen|ausgefuhrt|angewiesen|veranlasst)|(?:zahlung|uberweisung) (?:vornehmen|veranlassen|ausfuhren|freigeben|anweisen)',
    "(?:effectuer|proceder a|realiser|faire|emettre|passer) ~2 (?:un |le |ce |l')?(?:virement|reglement|paiement)|(?:virement|paiement|reglement|acompte) ~6 (?:doit|doivent) (?:partir|etre (?:effectue|envoye|fait|realise|execute|emis))",
    '(?:ayudes|ayude|ayudarme|ayudame) (?:con|a hacer|a realizar|a gestionar|a tramitar) ~2 (?:un |una |el |la )?(?:pago|transferencia)|(?:pago|transferencia|anticipo|importe) ~6 (?:tiene que|debe|tienen que|deben) ~3 (?:salir|hacerse|realizarse|enviarse)|(?:tienen|tiene|deben|debe) que recibir ~2 (?:el |la )?(?:anticipo|pago|transferencia|importe)',
    // "le solicitamos cubrir la cuota de registro (USD 390)", "realice el pago de la inscripción"
    '(?:solicitamos|solicita|pedimos|rogamos|favor de|le pedimos) ~3 (?:cubrir|pagar|abonar|liquidar|realizar|efectuar) (?:la|el) (?:cuota|tarifa|importe|monto|pago|costo|cargo)',
    '(?:pagamento|bonifico|saldo|acconto) ~6 (?:deve|devono|dovra|dovranno) (?:essere )?(?:effettuat|eseguit|inviat|partire|disposto)|(?:procedere|procedi|proceda) (?:con |al )?(?:il )?(?:pagamento|bonifico|saldo)',
    '(?:betaling|overboeking|aanbetaling|bedrag) ~6 (?:moet|moeten) ~3 (?:de deur uit|overgemaakt|uitgevoerd|betaald|voldaan)|(?:maak|wilt u|kun je|kunt u) ~4 (?:overmaken|overboeken|voldoen)|(?:betaling|overboeking|aanbetaling) ~6 (?:klaarzetten|klaar zetten|inplannen|in orde maken)',
    // Czech, Danish, Polish and Swedish: "prosím úhradu poukažte na nový účet", "venligst betal"
    '(?:uhradu|platbu|castku) ~3 (?:poukazte|uhradte|zaslete|prevedte|odeslete)|(?:prosim|prosime) o (?:uhradu|zaplaceni|platbu)|(?:venligst|bedes|bedes venligst) (?:betale|indbetale|overfore)|(?:prosimy|prosze) o (?:dokonanie|uregulowanie|przelanie) ~2 (?:platnosci|wplaty|przelewu|naleznosci)|(?:zrob|zrobic|zrobcie|zlec|zlecic|wykonaj|wykonac|pusc|puscic|nadaj|nadac|wyslij|wyslac) ~2 przelew|(?:prosze|prosimy) o (?:pilny |szybki |natychmiastowy )?(?:przelew|wplate|zaplate|oplacenie)|(?:var vanlig och|vanligen) (?:betala|satt in|overfor)',
    // Swahili: "tafadhali tuma KES 148,000 kupitia M-Pesa", "lipa kiasi hiki leo"
    '(?:tafadhali |naomba |nakuomba )?(?:tuma|utume|tumia|lipa|ulipe|lipia|weka|hamisha) ~4 (?:kupitia|kwa) (?:m-?pesa|paybill|till|akaunti|benki|nambari)|(?:tafadhali|naomba|nakuomba) ~2 (?:tuma|utume|lipa|ulipe|lipia|hamisha) (?:pesa|kiasi|malipo|ksh|kes)',
    // Vietnamese: "chuyển khoản giúp anh 50 triệu", "vui lòng thanh toán"
    '(?:chuyen khoan|chuyen tien|gui tien) ~2 (?:giup|ngay)|(?:vui long|lam on|nho em|nho anh|nho chi|giup anh|giup em|giup chi) ~2 (?:chuyen khoan|chuyen tien|thanh toan|gui tien)',
    // Norwegian: "kan du legge inn en utenlandsbetaling på EUR 186 400 i løpet av dagen?"
    '(?:kan du|kunne du|vennligst) ~3 (?:legge inn|betale|overfore|sette opp|gjennomfore|ordne) ~3 (?:en |et )?(?:betaling|utenlandsbetaling|overforing|innbetaling|depositum)',
    '(?:efetue|efetuar|realize|realizar|faca|fazer|proceda ao|proceder ao) ~2 (?:o |um )?(?:pagamento|deposito)|(?:pagamento|transferencia|sinal|valor) ~6 (?:tem de|tem que|precisa|deve) ~3 (?:sair|ser feito|ser efetuado|ser realizado|ser enviado)',
  ),
  ...P(
    // the invoice's "please proceed with payment" in the other languages (language parity with English)
    '(?:proceda|procedan|proceder|procedas) (?:al|con el) (?:pago|abono|ingreso)|(?:realice|realicen|efectue|efectuen|haga|hagan|haz) (?:el|la) (?:pago|transferencia|abono|ingreso)',
    '(?:proceda|procedam|proceder) (?:ao|com o) pagamento|(?:efetue|efetuem|efetuar|realize|realizem|faca|facam) (?:o|a) (?:pagamento|transferencia|deposito)',
    '(?:proceder|procedez|procede) (?:au|a un) (?:reglement|paiement|virement)|(?:effectuer|effectuez|faire|faites) (?:le|un) (?:reglement|paiement|virement)',
    '(?:procedere|proceda|procedete) (?:al|con il) (?:pagamento|bonifico|saldo)|(?:effettuare|effettui|effettuate) (?:il|un|i|tutti i) (?:pagamento|pagamenti|bonifico|bonifici|versamento|versamenti)',
    '(?:begleichen|uberweisen|zahlen|bezahlen) sie ~4 (?:betrag|rechnung|summe|rechnungsbetrag)|(?:den|die) (?:betrag|rechnung|summe|rechnungsbetrag) ~6 (?:zu uberweisen|zu begleichen|zu bezahlen)',
    '(?:gelieve|verzoeken|verzoek) ~4 (?:te betalen|over te maken|te voldoen)|(?:maak|maakt|betaal|betaalt|voldoe|voldoet) ~3 (?:het bedrag|de factuur|de betaling)',
    // a purchase's deposit to go to the notary: the conveyancing fraud's money in any of them
    '(?:deposit|down payment|senal|arras|deposito|anticipo|sinal|acompte|anzahlung|aanbetaling|caparra) ~8 (?:notary|notaria|notario|cartorio|notaire|notar|notariat\\w*|anderkonto|notaris|notaio)',
    // German: "ich bräuchte deine Hilfe bei einer Überweisung", "wenn die Zahlung raus ist", "heute fällig"
    '(?:hilfe|unterstutzung) bei (?:einer|der) (?:dringenden |kleinen )?(?:uberweisung|zahlung|anzahlung)|(?:wenn|sobald) die (?:zahlung|uberweisung|anzahlung) (?:raus|rausgegangen|durch|erledigt|veranlasst|angewiesen) ist|(?:uberweisung|zahlung|anzahlung) ~3 (?:tatigen|veranlassen|ausfuhren|freigeben|anweisen)|(?:anzahlung|zahlung|uberweisung|betrag) ~8 (?:heute|morgen|sofort) (?:fallig|zu leisten|zu uberweisen)|(?:heute|morgen|sofort) ~4 (?:anzahlung|zahlung|uberweisung) ~8 fallig',
    // Slovak, Czech, Hungarian, Finnish, Turkish: "Vieš to dnes ešte odoslať?", "utald át az előleget",
    // "laittaisitteko rahat poikani tilille", "bugün kapora yatırmamız gerekiyor"
    '(?:odoslat|odosli|poslat|posli|uhradit|uhrad|previest|preved|prevest|odeslat|odesli|zaplatit|zaplat) ~4 (?:platbu|zalohu|sumu|ciastku|castku|penaze|peniaze|fakturu)|(?:potrebuje|potrebuju|potrebujem|potrebujeme|potrebujou) (?:dnes )?zalohu|vies to (?:dnes )?(?:este )?odoslat',
    '(?:utald|utalja|utaljon|utalj|fizesd|fizesse|fizessen|kuldd at|kuldje at) ~4 (?:osszeget|eloleget|dijat|szamlat|penzt)|(?:utalas|atutalas|kifizetes) ~4 (?:meg ma|azonnal|surgosen)',
    '(?:maksa|maksaisit|maksaisitko|maksakaa|siirra|siirtaisit|siirtaisitko|siirtakaa|laittaisitteko|laittaisitko|laita|laittakaa) ~4 (?:rahat|summan|maksun|ennakon|kasirahan|laskun|tilille)|haluaa (?:kasirahan|ennakon|maksun) ~2 (?:tanaan|heti)',
    '(?:odeme|havale|eft|kapora|avans|transfer) ~4 (?:yapmaniz|yapmamiz|yatirmamiz|yatirmaniz|gondermeniz) (?:gerekiyor|lazim|sart)|(?:havale|eft|odeme|kapora|avans) (?:yapin|yatirin|gonderin|yapar misiniz|yapabilir misiniz)',
  ),
];
/** What a bank change asks of the payer's records and its next payments (see PAYMENT_CONTEXT). */
export const PAYMENT_CONTEXT_INTL = P(
  '(?:mettre a jour|mettez a jour|actualiser|modifier) ~2 (?:votre|vos) ~1 (?:fichier|fichiers|base|referentiel|dossier)|(?:tous|toutes) (?:vos|nos|les) (?:reglements|paiements|virements)|factures (?:deja )?(?:emises|en cours|echues)',
  "aggiornare (?:l'anagrafica|la vostra anagrafica|i vostri archivi|i vostri dati)|(?:saldo|pagamento) della fattura|fattura ~6 scadut",
  '(?:aktualisieren|andern|hinterlegen) sie ~3 (?:stammdaten|kreditorenstammdaten|unterlagen|ihr system)|(?:actualicen|actualice) ~3 (?:sus registros|su base de datos|ficha de proveedor|sus datos)',
  '(?:pas|past) ~3 (?:uw administratie|uw systeem|uw gegevens) aan|(?:atualize|atualizem) ~3 (?:o cadastro|os vossos registos|os seus registos|ficha de fornecedor)',
  // "o aktualizację danych przed opłaceniem faktury" (update the details before paying the invoice)
  '(?:aktualizacje|aktualizacja|zaktualizowanie|zmiane) ~2 (?:danych|rachunku|numeru) ~4 (?:przed|do) (?:oplaceniem|zaplata|platnoscia|realizacja) ~2 (?:faktur|faktury|platnosci|przelewu)',
);
/**
 * A bank change in more word orders and languages (a family of its own, see PAY_CHANGE_RESTATED):
 * German with the verb first ("hat sich unsere Bankverbindung geändert"), Polish, Swedish, Czech,
 * Danish, and the usual account said not to take this payment ("la cuenta habitual no admite").
 */
export const PAY_CHANGE_INTL = P(
  // a new account opened to receive the money: "Abrí una cuenta nueva solo a mi nombre para recibir el
  // pago", "I opened a new account in my name to receive the proceeds"
  '(?:abri|he abierto|abrimos|hemos abierto|tengo|abri uma|abrimos uma) (?:una |uma )?(?:cuenta nueva|nueva cuenta|conta nova|nova conta) ~6 (?:recibir|receber|para (?:el|los|o|os) (?:pago|pagos|pagamento|pagamentos|deposito|dinero|dinheiro))',
  "(?:i've|i have|i|we've|we have|we) (?:opened|set up|created) (?:a )?new (?:bank |checking |savings )?account ~6 (?:to receive|for (?:the|this|my|our) (?:payment|payments|proceeds|funds|deposit|payout|disbursement))",
  '(?:hat|haben) sich (?:unsere|unser) (?:bankverbindung|kontoverbindung|iban|kontonummer|bankdaten) ~1 geandert|(?:alte|bisherige) (?:iban|konto|bankverbindung|kontonummer) ~3 nur noch bis',
  '(?:nasz|naszego|nowy|nowego) ~2 (?:rachunek|rachunku|numer rachunku|numer konta|konto bankowe) ~3 (?:ulegl zmianie|zostal zmieniony|sie zmienil|zmienil sie)|(?:na|przez|pod) nowy ~2 (?:rachunek|numer rachunku|numer konta|rachunek bankowy)|zmian(?:a|ie|y) ~2 (?:numeru rachunku|rachunku bankowego|numeru konta)',
  '(?:nytt|nya) (?:konto|kontonummer|bankgironummer|bankkonto|bankuppgifter|plusgironummer|lonekonto)|(?:vart|vara) (?:kontonummer|bankgiro|bankkonto|bankuppgifter) (?:har andrats|har bytts|andras|har andrat)',
  // Swahili, and a mobile-money merchant number changed: "kupitia Paybill yetu mpya", "akaunti mpya ya benki", "our new Paybill"
  '(?:paybill|till|akaunti|nambari ya akaunti|nambari ya till) (?:yetu |ya benki )?mpya|akaunti (?:yetu )?mpya ya benki|(?:new|updated|changed) (?:m-?pesa )?(?:paybill|till number|till no|paybill number)',
  // Vietnamese: "số tài khoản mới", "thay đổi tài khoản nhận tiền"
  '(?:so tai khoan|tai khoan ngan hang|tai khoan nhan tien) (?:moi|da thay doi|da doi)|(?<!khong |se khong |chua |khong bao gio )(?:thay doi|doi) (?:so )?tai khoan (?:ngan hang|nhan tien|thanh toan)',
  '(?:nove|novy|noveho) (?:cislo uctu|bankovni spojeni|bankovniho spojeni|ucet)|zmen(?:a|u|e) ~2 (?:bankovniho spojeni|cisla uctu)',
  '(?:nyt|nye|ny) (?:konto|kontonummer|bankoplysninger|bankkonto|bankforbindelse|lonkonto|lonnskonto)|(?:aendret|aendrede) (?:bankoplysninger|bankforbindelse|kontonummer)',
  "(?:la|nuestra) cuenta habitual ~6 no (?:admite|acepta|puede recibir|esta operativa)|(?:il nostro|il) conto (?:abituale|principale) ~6 non (?:accetta|puo ricevere|e operativo)|(?:our|the) (?:usual|regular|normal|main) (?:account|bank account) ~6 (?:cannot|can not|can't|does not|doesn't|won't|will not) (?:accept|receive|take)",
  // French (Québec): "a transféré ses comptes d'exploitation vers une nouvelle institution financière"
  '(?:transfere|deplace|migre) (?:ses|nos|leurs) comptes ~3 (?:vers|a|chez) (?:une )?(?:nouvelle|autre) (?:institution financiere|banque|caisse)',
  // the money to a relative's account: "lo depositen en la cuenta de mi sobrino", "pay it into my brother's account"
  '(?:en|a) la cuenta de mi (?:sobrino|sobrina|hijo|hija|hermano|hermana|esposa|esposo|primo|prima|yerno|nuera|cunado|cunada|tio|tia)|(?:na|para a) conta d[oa] (?:meu|minha) (?:sobrinho|sobrinha|filho|filha|irmao|irma|esposa|marido|primo|prima|genro|cunhado|cunhada|tio|tia)|sur le compte de (?:mon|ma) (?:neveu|niece|fils|fille|frere|soeur|femme|mari|cousin|cousine|gendre|beau-frere|belle-soeur|oncle|tante)|(?:into|to) my (?:nephew|niece|son|daughter|brother|sister|wife|husband|cousin|son-in-law|brother-in-law|uncle|aunt)(?:.s)? (?:bank )?account',
);
