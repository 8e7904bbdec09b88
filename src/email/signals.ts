/**
 * Every signal the email analyzer can fire itself (URL and domain signals come from src/url): the
 * one list that the README table, the model's signal priors and the evidence gate's roles read.
 */
import type { SignalDef } from '../core/index.js';
import { AUTH_SIGNALS } from './auth.js';
import { SENDER_SIGNALS } from './sender.js';
import { CONTENT_SIGNALS } from './content.js';
import { LINK_SIGNALS } from './links.js';
import { ATTACHMENT_SIGNALS } from './attachments.js';
import { HIDDEN_SIGNALS } from './hidden.js';
import { STRUCTURE_SIGNALS } from './structure.js';
import { FREEMAIL_ASK_SIGNALS } from './freemail-ask.js';
import { FREEMAIL_ORG_SIGNALS } from './freemail-org.js';
import { SIGN_IN_ELSEWHERE_SIGNALS } from './sign-in-elsewhere.js';
import { DOMAIN_IN_SUBDOMAIN_SIGNALS } from './domain-in-subdomain.js';
import { OUTSIDE_EMPLOYER_SIGNALS } from './outside-employer.js';
import { DRESSED_DOMAIN_SIGNALS } from './dressed-domain.js';
import { COMBOSQUAT_SIGNALS } from './combosquat-sender.js';
import { DESK_CALLBACK_SIGNALS } from './desk-callback.js';
import { FREE_HOST_PAGE_SIGNALS } from './free-host-page.js';
import { FORM_PASSWORD_SIGNALS } from './form-password.js';
import { FREEMAIL_BANK_SIGNALS } from './freemail-bank-details.js';
import { MISSPELT_NAME_SIGNALS } from './misspelt-name.js';
import { MISSPELT_WORD_SIGNALS } from './misspelt-word.js';
import { RECIPIENT_LINK_SIGNALS } from './recipient-link.js';
import { PREFILLED_LINK_SIGNALS } from './prefilled-link.js';
import { SIGNED_BY_ANOTHER_SIGNALS } from './signed-by-another.js';
import { THREAD_LOOKALIKE_SIGNALS } from './thread-lookalike.js';
import { QR_SIGNALS } from './qr.js';
import { DOWNLOAD_LINK_SIGNALS } from './download-link.js';
import { REMOTE_ACCESS_SIGNALS } from './remote-access.js';
import { CODE_RELAY_SIGNALS } from './code-relay.js';
import { NEW_NUMBER_SIGNALS } from './new-number.js';
import { DEVICE_CODE_SIGNALS } from './device-code.js';
import { OFFICE_REMOTE_SIGNALS } from './office-remote.js';
import { REPORTED_FORWARD_SIGNALS } from './reported-forward.js';

export const SIGNALS: SignalDef[] = [
  ...AUTH_SIGNALS,
  ...SENDER_SIGNALS,
  ...FREEMAIL_ASK_SIGNALS,
  ...FREEMAIL_ORG_SIGNALS,
  ...SIGN_IN_ELSEWHERE_SIGNALS,
  ...DOMAIN_IN_SUBDOMAIN_SIGNALS,
  ...OUTSIDE_EMPLOYER_SIGNALS,
  ...DRESSED_DOMAIN_SIGNALS,
  ...COMBOSQUAT_SIGNALS,
  ...DESK_CALLBACK_SIGNALS,
  ...FREE_HOST_PAGE_SIGNALS,
  ...FORM_PASSWORD_SIGNALS,
  ...FREEMAIL_BANK_SIGNALS,
  ...SIGNED_BY_ANOTHER_SIGNALS,
  ...MISSPELT_NAME_SIGNALS,
  ...MISSPELT_WORD_SIGNALS,
  ...RECIPIENT_LINK_SIGNALS,
  ...PREFILLED_LINK_SIGNALS,
  ...THREAD_LOOKALIKE_SIGNALS,
  ...CONTENT_SIGNALS,
  ...REPORTED_FORWARD_SIGNALS,
  ...LINK_SIGNALS,
  ...DOWNLOAD_LINK_SIGNALS,
  ...REMOTE_ACCESS_SIGNALS,
  ...CODE_RELAY_SIGNALS,
  ...NEW_NUMBER_SIGNALS,
  ...DEVICE_CODE_SIGNALS,
  ...OFFICE_REMOTE_SIGNALS,
  ...QR_SIGNALS,
  ...ATTACHMENT_SIGNALS,
  ...HIDDEN_SIGNALS,
  ...STRUCTURE_SIGNALS,
];
