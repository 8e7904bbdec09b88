/**
 * Device-code phishing: "go to microsoft.com/devicelogin and enter the code FQK7ZM2RB". The page is
 * Microsoft's own and the sign-in is real, so no link check sees anything wrong; but the code was
 * made by the attacker's device, and whoever enters it signs that device in as themselves (Storm-2372's
 * campaigns since 2024). A device code belongs on the screen of the device being set up: no service
 * sends one by mail, and a message that carries both the verification page and a code is the attack
 * itself. Evidence on its own (high, strong). List and bulk mail are left alone (a newsletter
 * explaining the technique quotes an example).
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import type { EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';
import { isBulkMail, isListMail } from './sender.js';

export const DEVICE_CODE = defineSignal({
  id: 'email.content.device_code_phish',
  category: 'credential_harvest',
  severity: 'high',
  roles: { high: 'strong' },
  summary:
    "Gives a device sign-in page (microsoft.com/devicelogin, google.com/device, github.com/login/device, AWS's device page) together with a code to enter there: whoever enters it signs the sender's device in to their account",
});

export const DEVICE_CODE_SIGNALS: SignalDef[] = [DEVICE_CODE];

/** The providers' device verification pages, as written in text or reached through a link. */
const DEVICE_PAGE =
  /(?:microsoft\.com\/devicelogin|aka\.ms\/devicelogin|microsoftonline\.com\/[a-z0-9.-]*\/?oauth2\/(?:v2\.0\/)?deviceauth|login\.microsoft\.com\/device|google\.com\/device\b|github\.com\/login\/device|awsapps\.com\/start\/?#?\/?device|device\.sso\.[a-z0-9-]+\.amazonaws\.com)/i;

/**
 * A user code as the providers print it: 8–9 capitals and digits (Microsoft's `FQK7ZM2RB`), or two to
 * three groups joined by hyphens (GitHub's `WDJB-MJHT`, Google's `XQR-BNW-KTP`), with at least one
 * digit or hyphen and one letter.
 */
const USER_CODE =
  /(?<![A-Za-z0-9-])(?:(?=[A-Z0-9]{8,9}(?![A-Za-z0-9-]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,9}|[A-Z0-9]{3,4}-[A-Z0-9]{3,4}(?:-[A-Z0-9]{3,4})?)(?![A-Za-z0-9-])/g;

/** How far from the page's mention the code may stand (a numbered list of three steps). */
const NEAR_CHARS = 600;
/** Text read (the instructions come first). */
const MAX_TEXT = 20_000;

export function deviceCodeSignals(facts: EmailFacts): Signal[] {
  if (isListMail(facts) || isBulkMail(facts)) return [];
  const text = (facts.visibleText || facts.text).slice(0, MAX_TEXT);
  let page = DEVICE_PAGE.exec(text);
  let where = 'body';
  let shown = page?.[0];
  const at = page ? page.index : -1;
  if (!page) {
    // only a link reaches the page (its text says "verification page"): the code may stand anywhere
    for (const { link, dest } of followedLinks(facts, CLICKED, 200)) {
      page = DEVICE_PAGE.exec(dest);
      if (page) {
        where = link.where;
        shown = dest;
        break;
      }
    }
  }
  if (!page || !shown) return [];
  const from = at < 0 ? 0 : Math.max(0, at - NEAR_CHARS);
  const to = at < 0 ? text.length : Math.min(text.length, at + NEAR_CHARS);
  const near = text.slice(from, to);
  USER_CODE.lastIndex = 0;
  let code: RegExpExecArray | null;
  while ((code = USER_CODE.exec(near)) !== null) {
    // a reference number in capitals and digits is not a code unless it has a letter and a digit or
    // hyphen (USER_CODE); a year or an invoice number ("INV-2026") is told apart by a letter run
    if (/^[A-Z]+-\d+$|^\d+-[A-Z]+$/.test(code[0])) continue;
    return [
      DEVICE_CODE.fire(
        `Gives the device sign-in page ${shown.slice(0, 80)} with the code ${code[0]} to enter: whoever enters it signs the sender's device in as themselves`,
        [
          { where, text: shown.slice(0, 200) },
          { where: 'body', text: near.slice(Math.max(0, code.index - 60), code.index + code[0].length + 20) },
        ],
      ),
    ];
  }
  return [];
}
