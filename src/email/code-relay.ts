/**
 * An ask to pass on the one-time code that is about to reach the reader's phone: "a 6-digit code
 * will arrive by SMS, me passa o código por aqui", "you'll get a text from Microsoft with a code -
 * can you just reply here with it?", "wenn gleich ein Code auf dein Handy kommt, schick mir den".
 * The code signs its sender into the reader's account (or approves a new device for it), so
 * whoever asks for it from outside the organisation is taking the account over; no service, IT desk
 * or colleague needs the reader's code sent to them by mail. Written from the missed impersonations
 * of blind rounds 67-135 (a colleague's or the IT analyst's name on a free mail address).
 *
 * Strong on its own. Left alone: mail between colleagues of one organisation (a shared account's
 * code asked for internally is the authentication checks' question), bulk and list mail, a warning
 * ("never share this code", "if anyone asks you for the code"), and gift-card codes (their own
 * signal, `email.content.gift_card`). Read in English, German, French, Spanish, Portuguese,
 * Italian, Dutch, Polish and Czech.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { contentSegments } from './content.js';
import type { EmailFacts } from './facts.js';
import { findPhrases, phrase, phraseEvidence } from './phrases.js';
import { betweenColleagues, isBulkMail, isListMail } from './sender.js';

export const CODE_RELAY = defineSignal({
  id: 'email.content.code_relay',
  category: 'credential_harvest',
  severity: 'high',
  // the ask is the takeover itself: nobody outside the organisation has a use for the code but that
  roles: { high: 'strong' },
  summary:
    "Asks the reader to send back the one-time sign-in code that is about to reach their phone (SMS, Authenticator), from outside the reader's organisation: the code hands over the account",
});

export const CODE_RELAY_SIGNALS: SignalDef[] = [CODE_RELAY];

/** The code, in the languages read (accent-free, lower case). */
const CODE = '(?:codes?|codigos?|codice|codici|kod|kodu|kody|kodem|otp|passcode|tan)';

/** Sending it to the writer: "send me", "reply here with", "me passa", "schick mir", "envoyez-moi". */
const RELAY =
  '(?:send (?:me|it to me|them to me|it back|it over|it my way)|forward (?:it |them )?to me|reply (?:here |back )?with|read (?:it |them )?(?:back )?to me|read (?:me|back)|pass (?:it |them )?(?:on )?to me|pass me|give (?:it to )?me|tell me|share (?:it |them )?with me|text (?:it to )?me|email (?:it to )?me|schick(?:e|st|en sie)? (?:mir|ihn mir|es mir|den mir)|send(?:e|en sie) (?:mir|ihn mir|es mir)|gib mir|geben sie mir|teil(?:e|en sie)? (?:ihn |es )?mir|leite (?:ihn|es) (?:an mich )?weiter|envo(?:ie|yez)(?: le)? moi|transmet(?:s|tez)(?: le)? moi|donne(?:z)?(?: le)? moi|communique(?:z)?(?: le)? moi|renvoie(?:z)? le moi|me (?:le )?(?:transmettre|envoyer|communiquer|donner|renvoyer)|enviame(?:lo)?|mandame(?:lo)?|pasame(?:lo)?|reenviame(?:lo)?|dame(?:lo)?|me lo (?:envias|mandas|pasas|reenvias)|me (?:lo )?(?:puedes|podrias) (?:enviar|pasar|mandar|reenviar)|(?:enviar|pasar|mandar|reenviar)melo|me (?:passa|passe|manda|mande|envia|envie|encaminha|encaminhe|repassa|repasse)|(?:envia|envie|manda|mande|passa|passe) me|mandami(?:lo)?|inviami(?:lo)?|girami(?:lo)?|passami(?:lo)?|dammi(?:lo)?|me lo (?:mandi|invii|giri|passi)|stuur (?:me|mij|hem|die|deze|het)(?: even| door)?(?: naar| aan)?(?: mij)?|geef (?:me|mij)|(?:wyslij|przeslij|podaj|przekaz|daj)(?:cie)? (?:go |ja )?mi|(?:posli|poslete|preposli|prepostete|dej|dejte) mi)';

const ASKED = [phrase(`${RELAY} ~5 ${CODE}`), phrase(`${CODE} ~12 ${RELAY}`)];

/** The code on its way to the reader's phone: SMS, Authenticator, "about to arrive". */
const ARRIVES =
  /\b(?:sms|text message|a text|authenticator|push notification|your (?:phone|mobile|cell)|on your phone|to your phone|6[- ]?digit|six[- ]?digit|arrive|arrives|will (?:receive|get|come)|you'?ll (?:get|receive)|about to (?:get|receive|arrive)|handy|smartphone|kommt|ankommt|erhaltst|recevoir|recevrez|recevez|portable|telephone|celular|movil|telefono|vas a recibir|va a llegar|llegara|chegar|vai receber|receber|cellulare|arriva|arrivera|riceverai|ricevere|telefoon|gsm|ontvangt|ontvang|komork\w*|otrzymasz|przyjdzie|dostaniesz|mobil|prijde|dostanes)\b/;

/** A warning, not the ask: "never share this code", "if anyone asks you for the code". */
const WARNING =
  /\b(?:never|not|don't|do not|no one|nobody|if (?:anyone|anybody|someone|somebody)|niemals|nie|nicht|kein|jamais|ne|pas|nunca|no|nao|mai|non|nooit|niet|nigdy|nikdy|nikomu|ninguem|nadie|personne|niemand)\b/;

/** Gift-card codes: the gift-card scam has its own signal. */
const GIFT_CARD =
  /\b(?:gift ?cards?|carte(?:s)? cadeau|tarjetas? (?:de )?regalo|gutscheine?|geschenkkarten?|cartao presente|cartoes presente|buoni regalo|carte regalo|cadeaukaarten?|karty podarunkowe|vouchers?|itunes|google play|steam|apple cards?)\b/;

/** The detector: at most one signal. */
export function codeRelaySignals(facts: EmailFacts): Signal[] {
  if (!facts.from?.domain || betweenColleagues(facts) || isListMail(facts) || isBulkMail(facts)) return [];
  // a cheap pre-filter on the raw text first: most mail names no code at all
  if (!/c[oóò]di|code|k[oó]d|otp|passcode|\btan\b/i.test((facts.visibleText || facts.text).slice(0, 50_000)))
    return [];
  // … then the code's way to a phone, in the accent-free text the rules read
  const segs = contentSegments(facts);
  if (!segs.some((s) => ARRIVES.test(s.text)) || segs.some((s) => GIFT_CARD.test(s.text))) return [];
  // the warning reads before the ask, in its sentence ("do not reply with this code")
  const hit = findPhrases(segs, ASKED, 8).find(
    (h) => !WARNING.test(h.sentence.slice(0, Math.max(0, h.sentence.indexOf(h.match)))),
  );
  if (!hit) return [];
  return [
    CODE_RELAY.fire(
      `Asks the reader to send back the code that reaches their phone: "${(hit.verbatim?.match ?? hit.match).slice(0, 100)}", from ${facts.from.domain}, outside the reader's organisation`,
      phraseEvidence([hit]),
    ),
  ];
}
