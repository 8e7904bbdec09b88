/**
 * src/train: training, cross-validation, model cards and evaluation of every model kind, with one
 * CSV reader (csv.ts), one slice report (slices.ts) and one card writer (card.ts).
 *   email:  trainEmail (folders of .eml → model + card), crossValidateEmail, evaluateEmail
 *   url:    trainUrl (url,label,source CSV), learner trainUrlModel (linear.ts)
 *   domain: trainDomain (domain,label,family CSV), learner trainDomainModel (linear.ts)
 *   lists:  evaluateList (url | domain, one per line)
 * The features stay with their analyzers (src/email/features.ts, src/url/url-model.ts,
 * src/url/dga.ts); the CLI (src/cli/train.ts, src/cli/eval.ts) only parses flags and prints.
 */
export { parseCsv, readLabelledCsv, readCsvFile, readSlices, readList } from './csv.js';
export { sliceReport, cvReport } from './slices.js';
export type { SliceReport, SliceOptions, CvReport, FprThresholds } from './slices.js';
export { renderCard, mdTable, writeModelAndCard } from './card.js';
export type { ModelCardDoc, CardBlock } from './card.js';
export { trainParams, requireBothClasses, requireOut, labelledRows } from './params.js';
export type { LinearTrainParams, LinearTrainFlags } from './params.js';
export {
  trainUrlModel,
  trainDomainModel,
  coarseSource,
  withPrior,
  PRIOR_MALICIOUS,
  URL_TRAIN_DEFAULTS,
  DOMAIN_TRAIN_DEFAULTS,
  DOMAIN_HARD_NEGATIVES,
  domainRows,
} from './linear.js';
export type { LinearTrainOptions, LinearTrainResult, UrlRow, DomainRow } from './linear.js';
export { linearCard } from './linear-card.js';
export { trainUrl, URL_LICENCES, neutraliseAddresses, NEUTRAL_ADDRESS } from './url.js';
export type { TrainFileOptions, TrainFileReport } from './url.js';
export { trainDomain, loadWords, DOMAIN_LICENCES } from './domain.js';
export type { TrainDomainOptions } from './domain.js';
export {
  listCorpus,
  extractCorpus,
  scoreCorpus,
  scoresCsv,
  campaignKeys,
  progressBar,
} from './email-corpus.js';
export type { CorpusFile, ExtractedMessage, ScoredFile, Label, ProgressIo } from './email-corpus.js';
export {
  trainEmail,
  trainEmailOnMessages,
  textVocabulary,
  calibrationBySource,
  applySignalPriors,
  heaviestFeatures,
  manifestHash,
} from './email.js';
export type { TrainEmailOptions, TrainEmailHooks, TrainEmailReport } from './email.js';
export {
  EMAIL_TRAIN_DEFAULTS,
  EMAIL_FEATURE_OPTIONS,
  EMAIL_MIN_TEXT_SOURCES,
  SIGNAL_PRIOR,
  SOURCE_LICENCES,
} from './email-settings.js';
export type { TrainedEmailModel } from './email-settings.js';
export { emailCard } from './email-card.js';
export { evaluateEmail, evalResult, slicesOf } from './eval-email.js';
export type { EvalEmailOptions, EvalEmailResult, EvalEmailReport, CorpusHooks } from './eval-email.js';
export { crossValidateEmail, CV_MODES } from './cv-email.js';
export type { CvEmailOptions, CvEmailResult, CvEmailReport, CvMode } from './cv-email.js';
export { evaluateList } from './eval-list.js';
export type { EvalListOptions, EvalListReport } from './eval-list.js';
export { trainDomainNet, DOMAIN_NET_SHAPE } from './domain-net.js';
export type { DomainNetOptions, DomainNetResult } from './domain-net.js';
