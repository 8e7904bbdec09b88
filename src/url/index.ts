/**
 * src/url: URL and domain analysis (parsing, lookalikes, generated domains, phishing-URL model).
 * Other modules import this file only.
 */
import type { SignalDef } from '../core/index.js';
import { SIGNALS as ALL } from './kinds.js';

export {
  inspectUrl,
  inspectDomain,
  analyzeUrl,
  analyzeDomain,
  prepareUrlEnv,
  urlRuleSignals,
  loadUrlModelsFor,
  urlEnvForConfig,
} from './analyzer.js';
export type {
  UrlInspection,
  DomainInspection,
  InspectContext,
  AnalyzeOptions,
  UrlEnv,
  UrlEnvSource,
} from './analyzer.js';
export { urlAnalyzer, domainAnalyzer, sharedUrlEnv, URL_MODELS } from './kinds.js';
export type { LookalikeMatch, LookalikeTechnique, LookalikeFamily, OwnerKind } from './lookalike.js';
export { brandWordIn, classifyEdit, memberOf } from './lookalike.js';
export { registrableDomain, safeDecodeUri } from './parse.js';
export {
  ownersOf,
  pageOwnersOf,
  sameOwner,
  isUserContentHost,
  isOrgTenant,
  isCountrySiteOf,
  isBrandTldOf,
  tenantPlatformOf,
} from './owner.js';
export { unwrapUrl, viaText, MAX_UNWRAP_DEPTH } from './unwrap.js';
export type { Unwrapped } from './unwrap.js';
export { ipInName, isFreemailDomain, isShortener, isFreeHosting } from './host.js';
export { CREDENTIAL_WORDS } from './lists.js';
export { imitatesDomain, spellsDomainInFront, type Imitation } from './imitates.js';
export {
  foldConfusables,
  foldForReading,
  isLatinLookalike,
  LATIN_LOOKALIKES,
  scriptOf,
  type Script,
  skeleton,
} from './confusables.js';

/** Every signal this module fires (README table, model features, dashboard legend). */
export const SIGNALS: SignalDef[] = ALL;

// the features the URL and domain models are trained on (src/train reads them from here)
// urlRuleSignals: exported above with the analyzer's other entry points
export { buildDgaTables, dgaFeatures, dgaLabel, isDictionaryWord } from './dga.js';
export { parseDomain } from './parse.js';
export { isMixedScript } from './confusables.js';
export { urlFeatures } from './url-model.js';
export { URL_FEATURES_V2, URL_FEATURES_V4, urlFeaturesV2, urlMarginV2 } from './url-features-v2.js';
export { emitBrandFeatures } from './url-features-brand.js';
export { DENSE_URL_FEATURES, denseUrlFeatures, urlV3Features, urlStackOf } from './url-features-dense.js';
export type { UrlStack } from './url-features-dense.js';
export { WORD_TIER_SIZES, DICTIONARY_DGA_FAMILIES, buildWordTiers, segmentWords } from './dga-words.js';
export { buildWordUse, useLevel, type WordUseLexicon } from './dga-lexicon.js';
export { dgaNetDense, DGA_NET_DENSE, DGA_NET_DENSE_NAMES } from './dga-net.js';
export {
  URL_NET_DENSE,
  URL_NET_DENSE_NAMES,
  URL_NET_MAX_TOKENS,
  urlNetDense,
  urlNetHost,
  urlNetKeys,
  urlNetPath,
  urlNetTokens,
} from './url-net.js';
