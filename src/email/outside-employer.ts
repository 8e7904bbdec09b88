/**
 * Mail about the reader's own employment from an outside domain: "your 401(k) contribution failed,
 * re-verify your bank connection", "your VPN certificate has expired, per company policy" or "your
 * direct deposit details were rejected" sent to staff of osborn.com from ironwoodsystems.co. Payroll,
 * benefits and IT notices come from the employer's own domain or from a payroll or benefits
 * provider writing under its own name; an unrelated company speaking as the reader's employer is the
 * BEC pretext itself, whatever the wording. So is a sign-in "with your Fabrikam account" asked of
 * fabrikam.com's staff by another domain.
 *
 * A deception for the evidence gate: it flags only beside an ask (bank details, a sign-in, a
 * payment). Left alone: list and bulk mail, mail to free mail addresses only (a consumer has no
 * employer here), senders among the recipients' own domains or configured owners, and the payroll,
 * benefits and retirement providers and security-awareness platforms below.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import { isFreemailDomain, ownersOf, registrableDomain, sameOwner } from '../url/index.js';
import { contentSegments } from './content.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { P, findPhrases, phraseEvidence, type TextSegment } from './phrases.js';
import { parse as parseHost } from '../tld.js';
import { isListMail, recipientDomains } from './sender.js';
import { IDENTITY_PROVIDERS, PROVIDER_DOMAINS, TRAINING_PLATFORMS } from './platforms.js';
import { isGovernmentHost } from './links.js';

export const OUTSIDE_EMPLOYER_NOTICE = defineSignal({
  id: 'email.sender.outside_employer_notice',
  category: 'impersonation',
  severity: 'medium',
  summary:
    "Speaks as the reader's employer (their 401(k), direct deposit, payroll, benefits, VPN or company account) from an unrelated outside domain",
});

export const OUTSIDE_EMPLOYER_SIGNALS: SignalDef[] = [OUTSIDE_EMPLOYER_NOTICE];

/**
 * The reader's own employment matters, as their employer names them. Deliberately narrow: "your
 * benefits" alone is also a shop's loyalty programme, "your badge" a conference's.
 */
const EMPLOYMENT = P(
  '(?:your|ur) (?:(?:recent|upcoming|first|next|current|latest|monthly|pending) )?(?:401 ?\\(? ?k ?\\)?|403 ?\\(? ?b ?\\)?|direct deposit|paycheck|pay check|payslip|pay slip|pay stub|paystub|payroll|salary|wages|pension|retirement (?:plan|account|fund|contribution|contributions|savings))',
  '(?:your|ur) (?:employee|staff|health|medical|dental) (?:benefits|benefit|account|portal|profile|id|login|credentials|records?)',
  '(?:your|ur) benefits (?:enrollment|enrolment|election|elections|coverage|package|plan|portal|reinstatement)',
  'open (?:enrollment|enrolment)',
  // (not "your corporate account" alone: a supplier's word for the client company's account with it)
  '(?:your|ur) (?:vpn|intranet|work|office 365|microsoft 365|domain) (?:certificate|access|account|email|mailbox|login|credentials|password|profile|laptop|device)',
  '(?:your|ur) (?:corporate|company) (?:certificate|access|email|mailbox|login|credentials|password|profile|laptop|device)',
  '(?:your|ur) (?:\\$?[0-9][0-9,.]* )?(?:rsu|stock option|stock options|equity) (?:grant|grants|award|agreement|vesting)',
  '(?:per|under|according to|in line with) (?:the )?(?:company|corporate|internal|hr) (?:policy|policies|guidelines|protocols?)',
  // the workplace's IT, spoken of as the reader's own: meeting recordings kept by the company's
  // account, its cloud keys, the office network's profile to install
  '(?:your|ur) (?:zoom|teams|webex|meeting) (?:cloud )?recordings?',
  '(?:zoom|teams|webex|meeting|cloud) recordings? (?:tied to|linked to|under|associated with|on|from) (?:your|ur)',
  '(?:your|ur) (?:aws|azure|gcp|google cloud|salesforce|slack|github|okta) (?:root )?(?:account|key|keys|access keys?|credentials|api (?:key|token)s?|token|tokens|tenant|workspace|console)',
  '(?:the |your |ur )?(?:aws|azure) root (?:key|keys|account|credentials)',
  '(?:install|download|scan|apply) (?:the |a |our |this |your )?(?:new |updated |required |mandatory )?(?:security|network|wi-?fi|wireless|vpn|mdm|device) (?:profile|certificate|configuration profile)',
);

/**
 * Payroll, benefits, retirement and HR services that write to employees under their own names, and
 * identity providers (src/email/platforms.ts). A configured brand or partner is exempt too.
 */
function exempt(sender: string, recipients: readonly string[], config: VigilConfig): boolean {
  // … the identity provider the organisation signs in with too (Okta's lockout notice to contoso.com)
  if (PROVIDER_DOMAINS.has(sender) || IDENTITY_PROVIDERS.has(sender)) return true;
  // … and the security-awareness platform that enrols staff in the employer's name (KnowBe4's
  // "sign in to your training with your Microsoft 365 account")
  if (TRAINING_PLATFORMS.has(sender)) return true;
  // a brand's own domain is the brand writing; a free mail domain (outlook.com is Microsoft's) is anyone
  if (!isFreemailDomain(sender) && ownersOf(sender, config).some((o) => o.startsWith('brand:'))) return true;
  // a public service's shared systems writing to its own staff: NHSmail (nhs.net) to an NHS trust,
  // one government host to another
  if (sender === 'nhs.net' && recipients.some((r) => r.endsWith('.nhs.uk') || r === 'nhs.net')) return true;
  if (isGovernmentHost(sender) && recipients.some((r) => isGovernmentHost(r))) return true;
  return recipients.some((r) => sameOwner(sender, r, config));
}

/** The detector: at most one signal (the first employment phrase is the evidence). */
export function outsideEmployerSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const config = ctx.config;
  const from = facts.from;
  if (!from?.domain) return [];
  const sender = registrableDomain(from.domain) ?? from.domain.toLowerCase();
  const recipients = recipientDomains(facts);
  // a consumer's mailbox has no employer; a colleague among the recipients makes it internal mail
  if (!recipients.length || recipients.includes(sender)) return [];
  if (isListMail(facts) || exempt(sender, recipients, config)) return [];
  const segments = contentSegments(facts);
  const hit = findPhrases(segments, EMPLOYMENT, 1)[0];
  if (!hit) {
    const own = companyAccount(segments, recipients);
    if (!own) return [];
    return [
      OUTSIDE_EMPLOYER_NOTICE.fire(
        `Names the reader's company account (${JSON.stringify(own.text.slice(0, 60))}) to ${recipients[0]} from ${sender}, an unrelated outside domain`,
        [{ where: 'header:From', text: from.raw || from.address }, own],
      ),
    ];
  }
  return [
    OUTSIDE_EMPLOYER_NOTICE.fire(
      `Writes about the reader's employment (${JSON.stringify(hit.match)}) to ${recipients[0]} from ${sender}, an unrelated outside domain`,
      [{ where: 'header:From', text: from.raw || from.address }, ...phraseEvidence([hit])],
    ),
  ];
}

/** What follows "your <company>" when the company account is meant ("your Fabrikam account"). */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set([
  'account',
  'accounts',
  'email',
  'mailbox',
  'credentials',
  'login',
  'password',
  'portal',
  'sso',
  'network',
  'intranet',
  'vpn',
  'office',
  'workspace',
]);

/**
 * "Sign in with your Fabrikam account" to staff of fabrikam.com, from another domain: the company
 * account named by the recipient company's own name (its registrable domain's label, 4+ letters),
 * also with its legal suffix between ("your Moody and Sons account" to moody.com).
 * Plain string search in the normalised text, no per-message regex.
 */
function companyAccount(
  segments: readonly TextSegment[],
  recipients: readonly string[],
): { where: string; text: string } | null {
  const labels = [
    ...new Set(
      recipients
        .map((r) => (parseHost(r).domainWithoutSuffix ?? '').toLowerCase())
        .filter((l) => /^[a-z]{4,}$/.test(l)),
    ),
  ].slice(0, 5);
  for (const seg of segments) {
    for (const label of labels) {
      const needle = `your ${label} `;
      let at = seg.text.indexOf(needle);
      for (let tries = 0; at >= 0 && tries < 5; tries++) {
        const rest = /^(?:(?:and|&|sons|group|inc|ltd|llc|co|corp|company|partners) ){0,3}([a-z0-9]+)/.exec(
          seg.text.slice(at + needle.length, at + needle.length + 60),
        );
        if (rest && ACCOUNT_WORDS.has(rest[1]!))
          return { where: seg.where, text: seg.text.slice(at, at + needle.length + rest[0].length) };
        at = seg.text.indexOf(needle, at + 1);
      }
    }
  }
  return null;
}
