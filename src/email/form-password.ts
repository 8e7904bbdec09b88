/**
 * A form that asks for the reader's password: "the form asks you to sign in with the same staff ID
 * and password you use for the crew portal" beside a Google Forms link, "The form asks for: … the
 * email and password you use for our supplier portal" beside a Microsoft Forms one. A form builder
 * hosts surveys, registrations and supplier reviews for anyone; no service signs its users in
 * through one, and Google Forms itself warns "Never submit passwords through Google Forms". The
 * message says in so many words that the page collects a password, so the harvest is read from the
 * text, not guessed from the link: strong on its own.
 *
 * Read in the languages Vigil reads, and left alone:
 * - a password that no form asks for ("the onboarding form is attached; your password will be sent
 *   separately"): the password's sentence, or the one before it, must ask for it (enter, provide,
 *   sign in with, "the form asks for");
 * - a negated ask ("the form will never ask for your password", Google's own footer);
 * - bulk and list mail (a newsletter's survey beside its "log in with your password" box);
 * - any message without a form builder's link (a real sign-in page's instructions);
 * - a lure forwarded to IT by the one reporting it (src/email/reported-forward.ts shows it at info).
 * Blind rounds 67-129 (bench/fixtures/rounds): 8 of 2,520 attacks (3 missed before), no legitimate
 * message; dev set: no message of either label.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import type { EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';
import { normalizeForMatch } from './normalize.js';
import { isBulkMail, isListMail } from './sender.js';
import { isFormBuilder } from './sign-in-elsewhere.js';

export const FORM_ASKS_PASSWORD = defineSignal({
  id: 'email.link.form_asks_password',
  category: 'credential_harvest',
  severity: 'high',
  summary:
    "Links to a form builder (Google Forms, Microsoft Forms, Jotform, Typeform …) and says the form asks for the reader's password: no service signs its users in through a survey form",
  // the message states the harvest itself (the ask) and where it happens (the deception)
  roles: { high: 'strong' },
});

export const FORM_PASSWORD_SIGNALS: SignalDef[] = [FORM_ASKS_PASSWORD];

/**
 * A password, in the languages Vigil reads (accent-free, lower case), or the sign-in details it is
 * part of ("de inloggegevens van uw huidige portaalaccount", "your login credentials").
 */
const PASSWORD =
  /(?<![a-z])(?:passwords?|passcodes?|pass code|passwort|kennwort|wachtwoord|mot de passe|(?:tu|su|vuestra) clave|clave (?:fiscal|de acceso|de usuario|personal)|senha|haslo|salasana|passord|adgangskode|losenord|cyfrinair|kata sandi|kata laluan|slaptazod\w*|heslo|jelszo\w*|sifre\w*|(?:login|log-in|sign-in|signin|portal|account|network) (?:credentials|details)|inloggegevens|zugangsdaten|anmeldedaten|identifiants de connexion|credenciales|datos de acceso|credenziali|dati di accesso|dane (?:do )?logowania|inloggningsuppgifter|kayttajatunnukset|prihlasovaci udaje|prihlasovacie udaje|adgangsoplysninger|innloggingsinformasjon|dados de acesso|credenciais)(?![a-z])/g;

/** A form or survey, named in words near the password. */
const FORM_WORD =
  /(?<![a-z])(?:forms?|survey|questionnaire|questionario|formulario|formulaire|formular\w*|formulier|ffurflen|borang|formulir|ankiet\w*|apklaus\w*|kysely\w*|sondage|encuesta|umfrage|enquete|inquerito|modulo)(?![a-z])/;

/** An ask for the password: to enter, give or sign in with it, or the form asking for it. */
const ASK =
  /(?<![a-z])(?:ask|asks|asked|asking|request|requests|requested|require|requires|need|needs|enter|provide|type|submit|confirm|include|fill|sign in|log in|login|sign-in|log-in|collect\w*|prompt\w*|verify|pide|solicita|introduce|introduzca|ingres\w*|demande|saisi\w*|fragt|eingeben|angeben|vraagt|invullen|pede|informe|chiede|inserire|gofyn|mewngofnodi|minta|meminta|masukkan|isi|log masuk|gevraagd|uvedte|vyplnte|zadejte|zadajte|angiv|indtast|udfyld|oppgi|skriv inn|ange|fyll i|fyll ut|syota|tayta)(?![a-z])/;

/** A negation in the password's sentence: "will never ask for your password". */
const NEGATION =
  /(?<![a-z])(?:not|never|no|won't|don't|doesn't|cannot|can't|nunca|jamais|ne|n'|nie|nicht|niemals|niet|nooit|mai|byth|tidak|tak|nao)(?![a-z])/;

/**
 * Sign-in details the reader is to receive, not give: "your login details will be sent separately",
 * "you will receive your password by SMS".
 */
const TO_RECEIVE =
  /(?<![a-z])(?:(?:will|shall) be (?:sent|e-?mailed|provided|issued|delivered|mailed|given|shared)|(?:you|u) (?:will|shall) (?:receive|get)|wird (?:ihnen |dir )?(?:zugesandt|zugeschickt|mitgeteilt|gesendet)|erhalten sie|vous (?:recevrez|seront)|recibira|ricevera|ontvangt u|otrzymasz|recebera|far du|dostanete)(?![a-z])/;

/** Characters before a password read for the form it belongs to, and after it. */
const FORM_BEFORE = 300;
const FORM_AFTER = 150;
/** Characters before the password's sentence read for its ask ("The form asks for:" above a list). */
const ASK_BEFORE = 120;
/** Passwords read in one message. */
const MAX_PASSWORDS = 20;

/** Where the sentence around `at` begins and ends (full stops, question and exclamation marks, breaks). */
function sentenceAround(text: string, at: number, end: number): [number, number] {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !/[.!?\n]/.test(text[stop]!)) stop++;
  return [start, stop];
}

export function formPasswordSignals(facts: EmailFacts): Signal[] {
  const form = followedLinks(facts, CLICKED).find((l) => isFormBuilder(l.host, l.dest));
  if (!form || isBulkMail(facts) || isListMail(facts)) return [];
  const text = normalizeForMatch(`${facts.subject}\n${facts.visibleText || facts.text}`);
  let n = 0;
  for (const m of text.matchAll(PASSWORD)) {
    if (++n > MAX_PASSWORDS) break;
    const at = m.index;
    const end = at + m[0].length;
    const near = text.slice(Math.max(0, at - FORM_BEFORE), Math.min(text.length, end + FORM_AFTER));
    if (!FORM_WORD.test(near)) continue;
    const [start, stop] = sentenceAround(text, at, end);
    const sentence = text.slice(start, stop);
    if (NEGATION.test(sentence) || TO_RECEIVE.test(sentence)) continue;
    if (!ASK.test(sentence) && !ASK.test(text.slice(Math.max(0, start - ASK_BEFORE), start))) continue;
    return [
      FORM_ASKS_PASSWORD.fire(
        `Links to a form on ${form.host} and says it asks for a password: "${sentence.trim().slice(0, 160)}"`,
        [
          { where: 'body:text', text: sentence.trim().slice(0, 300) },
          { where: form.link.where, text: form.link.url.slice(0, 200) },
        ],
      ),
    ];
  }
  return [];
}
