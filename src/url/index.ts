/**
 * src/url: URL and domain analysis (parsing, lookalikes, generated domains, phishing-URL model).
 * Other modules import this file only.
 */
import { DOMAIN_DGA } from './dga.js';
import { HOST_SIGNALS } from './host.js';
import { LOOKALIKE_SIGNALS } from './lookalike.js';
import { PATH_SIGNALS } from './path.js';
import { URL_MODEL_PHISHING } from './url-model.js';
import type { SignalDef } from '../core/index.js';

export { inspectUrl, inspectDomain, analyzeUrl, analyzeDomain } from './analyzer.js';
export type { UrlInspection, DomainInspection, InspectContext, AnalyzeOptions } from './analyzer.js';
export type { LookalikeMatch, LookalikeTechnique, LookalikeFamily, OwnerKind } from './lookalike.js';
export { registrableDomain, safeDecodeUri } from './parse.js';
export { ownersOf, sameOwner, isUserContentHost } from './owner.js';
export { unwrapUrl, viaText, MAX_UNWRAP_DEPTH } from './unwrap.js';
export type { Unwrapped } from './unwrap.js';
export { isFreemailDomain, isShortener, isFreeHosting } from './host.js';
export { imitatesDomain, type Imitation } from './imitates.js';

/** Every signal this module fires (README table, model features, dashboard legend). */
export const SIGNALS: SignalDef[] = [...HOST_SIGNALS, ...PATH_SIGNALS, URL_MODEL_PHISHING, ...LOOKALIKE_SIGNALS, DOMAIN_DGA];

// training and model cards (used by `vigil train url|domain`)
export { trainDomainModel, trainUrlModel, readLabelledCsv, parseCsv, DOMAIN_TRAIN_DEFAULTS, URL_TRAIN_DEFAULTS, PRIOR_MALICIOUS } from './train.js';
export type { DomainRow, UrlRow, TrainResult, CvReport, SliceMetrics, TrainOptionsCommon } from './train.js';
export { renderCard } from './card.js';
export { WORD_TIER_SIZES, DICTIONARY_DGA_FAMILIES } from './dga-words.js';
