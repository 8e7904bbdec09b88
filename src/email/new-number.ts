/**
 * The opening move of colleague-impersonation fraud: from a personal free mail address to someone
 * at a company, a writer whose work phone or work mail is out of reach ("my work phone quit on me",
 * "ik kan niet aan mijn werkmail", "fiquei sem o telemóvel da empresa") gives a new number and asks
 * to be messaged there on WhatsApp or by text. The money, gift-card or document ask follows on the
 * messenger, where no mail filter reads it, so this mail is the only one to catch. Written from the
 * missed impersonations of blind rounds 67-135.
 *
 * All parts must be there: free mail, a company recipient, the work channel said to be out of
 * reach, a new number or a lost or broken phone, and a phone number with a messenger or a text to
 * move to. A friend's new number sent to a private address, a customer asking a shop to text them,
 * and a colleague's note from the company domain are left alone, as are list and bulk mail. Strong
 * on its own.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { isFreemailDomain } from '../url/index.js';
import { contentSegments } from './content.js';
import type { EmailFacts } from './facts.js';
import { isBulkMail, isListMail, recipientDomains } from './sender.js';

export const FREEMAIL_NEW_NUMBER = defineSignal({
  id: 'email.sender.freemail_new_number',
  category: 'impersonation',
  severity: 'medium',
  // the whole pretext in one message: the ask (move to the messenger) and the deception (a personal
  // address standing in for the work one)
  roles: { medium: 'strong' },
  summary:
    'From a personal free mail address to a company address: the work phone or work mail is said to be out of reach, and a new number is given to continue on WhatsApp or by text (the opening of colleague-impersonation fraud)',
});

export const NEW_NUMBER_SIGNALS: SignalDef[] = [FREEMAIL_NEW_NUMBER];

/** A phone number written out (7+ digits with spaces, dots, dashes or brackets). */
const PHONE_NUMBER = /(?:\+|\b)\d[\d ().-]{6,16}\d\b/;

/** Where the writer wants to continue: a messenger, or a text. Accent-free, lower case. */
const MESSENGER =
  /\b(?:whats ?app|signal|telegram|viber|wechat|imessage|text me|send me a text|sms|texto|mensagem|mensaje|messaggio|nachricht|berichtje|bericht|wiadomosc\w*|zprav\w*|sms-?je)\b/;

/**
 * The work channel out of reach, or mail from a private address instead: work or company phone,
 * work mail, private mail (English, German, Dutch, French, Spanish, Portuguese, Italian, Polish).
 */
const WORK_OUT_OF_REACH =
  /\b(?:work (?:phone|cell|mobile|mail|email|e-mail|laptop)|office (?:phone|mail|email|e-mail)|company (?:phone|cell|mobile|mail|email|e-mail)|(?:private|personal) (?:mail|email|e-mail|address|account)|my own (?:mail|email|e-mail)|firmen ?(?:mails?|handy|telefon|e-?mails?)|dienst ?(?:handy|mail|e-?mail|telefon)|private[nr]? (?:mail|e-?mail|adresse)|werk ?(?:mail|telefoon|gsm|e-?mail)|zakelijke (?:mail|gsm|telefoon)|prive ?(?:mail|e-?mail|adres)|(?:telemovel|celular|telefone) da empresa|mail da empresa|e-?mail (?:pessoal|particular)|(?:movil|telefono|correo) (?:de (?:la )?empresa|del trabajo|corporativo)|correo personal|(?:cellulare|telefono|mail|posta) aziendale|mail personale|(?:telephone|portable|messagerie|mail|adresse) (?:pro|professionnel\w*|perso|personnel\w*)|(?:telefon|komorka|poczta|mail) sluzbow\w*|prywatn\w* (?:mail|poczt\w*|adres\w*))\b/;

/** The new or temporary number itself. */
const NEW_NUMBER =
  /\b(?:new (?:number|cell|mobile|phone)|temporary (?:number|phone)|neue[nr]? (?:nummer|handynummer)|(?:leih|ersatz)handy|nieuw(?:e)? (?:nummer|gsm-?nummer|telefoonnummer)|tijdelijk\w* nummer|nouveau (?:numero|portable)|numero (?:provisoire|temporaire)|nuevo (?:numero|movil)|numero (?:provisional|temporal|nuevo)|novo (?:numero|telemovel|celular)|numero (?:provisorio|temporario)|nuovo (?:numero|cellulare)|numero (?:provvisorio|temporaneo)|nowy (?:numer|telefon)|tymczasow\w* numer|nove cislo)\b/;

/** … or the phone itself lost, stolen or broken ("my work phone quit on me", "handy kaputt"). */
const PHONE_LOST =
  /\b(?:phone|cell|mobile|handy|smartphone|gsm|telemovel|celular|movil|cellulare|telefon|telefoon|portable|komork\w*)\b(?:\W+\w+){0,4}?\W+(?:lost|stolen|broke|broken|died|dead|quit|cracked|kaputt|runtergefallen|gestohlen|verloren|defekt|gestolen|kapot|stuk|avariou|avariado|roubado|robado|perdido|rotto|perso|rubato|vole|perdu|casse|zepsul\w*|ukradzion\w*|zgubi\w*)\b|\b(?:lost|dropped|broke) my (?:work )?(?:phone|cell|mobile)\b|\b(?:perdi|perdí) (?:o|el|mi|meu) (?:telemovel|celular|movil|telefone|telefono)\b|\bho perso il (?:telefono|cellulare)\b|\bj'ai perdu mon (?:telephone|portable)\b/;

/** The detector: at most one signal. */
export function newNumberSignals(facts: EmailFacts): Signal[] {
  const from = facts.from?.domain;
  const company = recipientDomains(facts)[0];
  if (!from || !isFreemailDomain(from) || !company) return [];
  if (isListMail(facts) || isBulkMail(facts)) return [];
  const raw = (facts.visibleText || facts.text).slice(0, 20_000);
  if (!PHONE_NUMBER.test(raw)) return [];
  const text = contentSegments(facts)
    .map((s) => s.text)
    .join('\n');
  const messenger = MESSENGER.exec(text);
  const work = WORK_OUT_OF_REACH.exec(text);
  if (!messenger || !work) return [];
  const number = NEW_NUMBER.exec(text) ?? PHONE_LOST.exec(text);
  if (!number) return [];
  return [
    FREEMAIL_NEW_NUMBER.fire(
      `A personal ${from} address writes to ${company} of "${work[0]}" and "${number[0].slice(0, 60)}", and moves the talk to "${messenger[0]}"`,
      [
        { where: 'header:From', text: facts.from!.raw || facts.from!.address },
        { where: 'body', text: work[0] },
        { where: 'body', text: number[0] },
      ],
    ),
  ];
}
