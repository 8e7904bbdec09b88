/**
 * src/url: URL and domain analysis (parsing, lookalikes, generated domains, phishing-URL model).
 * Other modules import this file only.
 */
import type { SignalDef } from '../core/index.js';
import { SIGNALS as ALL } from './kinds.js';

export { inspectUrl, inspectDomain, analyzeUrl, analyzeDomain, prepareUrlEnv, urlRuleSignals, loadUrlModelsFor, urlEnvForConfig } from './analyzer.js';
export type { UrlInspection, DomainInspection, InspectContext, AnalyzeOptions, UrlEnv, UrlEnvSource } from './analyzer.js';
export { urlAnalyzer, domainAnalyzer, sharedUrlEnv, URL_MODELS } from './kinds.js';
export type { LookalikeMatch, LookalikeTechnique, LookalikeFamily, OwnerKind } from './lookalike.js';
export { registrableDomain, safeDecodeUri } from './parse.js';
export { ownersOf, sameOwner, isUserContentHost } from './owner.js';
export { unwrapUrl, viaText, MAX_UNWRAP_DEPTH } from './unwrap.js';
export type { Unwrapped } from './unwrap.js';
export { isFreemailDomain, isShortener, isFreeHosting } from './host.js';
export { imitatesDomain, type Imitation } from './imitates.js';

/** Every signal this module fires (README table, model features, dashboard legend). */
export const SIGNALS: SignalDef[] = ALL;

// training and model cards (used by `vigil train url|domain`)
export { trainDomainModel, trainUrlModel, readLabelledCsv, parseCsv, DOMAIN_TRAIN_DEFAULTS, URL_TRAIN_DEFAULTS, PRIOR_MALICIOUS } from './train.js';
export type { DomainRow, UrlRow, TrainResult, CvReport, SliceMetrics, TrainOptionsCommon } from './train.js';
export { renderCard } from './card.js';
