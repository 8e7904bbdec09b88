/**
 * src/ml: feature hashing, logistic regression, calibration, metrics, model (de)serialisation and
 * explanation. Pure: no I/O; imports only src/core. Other modules import this file only.
 */
export {
  hash32,
  hashFeature,
  fmix32,
  fnvUpdate,
  fnvUnit,
  FNV_OFFSET,
  FNV_PRIME,
  MIN_HASH_BITS,
  MAX_HASH_BITS,
} from './hash.js';
export type { HashedFeature } from './hash.js';
export { FeatureHasher, fromEntries, dot, l2Normalize } from './sparse.js';
export type { SparseVector, NamedFeatures, HasherOptions } from './sparse.js';
export { mulberry32, shuffleInPlace } from './rng.js';
export { trainLogistic, sigmoid, margin, DEFAULT_TRAIN } from './logistic.js';
export type { TrainOptions, LinearWeights } from './logistic.js';
export { fitPlatt, fitIsotonic, calibrate } from './calibrate.js';
export type { Calibration, PlattCalibration, IsotonicCalibration, IdentityCalibration } from './calibrate.js';
export {
  rocAuc,
  rocPoints,
  tprAtFpr,
  operatingPoint,
  ratesOf,
  ratesAtThreshold,
  summarize,
  round6,
} from './metrics.js';
export type { BinaryRates, EvalSummary } from './metrics.js';
export { groupKFold, connectGroups } from './folds.js';
export {
  MODEL_FORMAT,
  buildModel,
  modelMargin,
  predict,
  hasherFor,
  explain,
  topContributions,
  serializeModel,
  deserializeModel,
  nonZeroWeights,
  weightAt,
} from './model.js';
export { SparseWeights } from './sparse-weights.js';
export type { LinearModel, LinearModelJson, Contribution } from './model.js';
export {
  encodeModelPack,
  decodeModelPack,
  findLazyRanges,
  cutLazyRanges,
  restoreLazyValues,
  packWeights,
  unpackWeights,
  packedWeights,
  packModelFile,
  WEIGHT_DENSE,
  WEIGHT_INDEX,
  WEIGHT_VALUE,
} from './model-pack.js';
export type { ModelPack, LazyRange } from './model-pack.js';
export { trainCalibrated } from './train.js';
export { trainLogisticHard, hardestNegatives } from './hard-negatives.js';
export type { HardNegativeOptions } from './hard-negatives.js';
export type { TrainCalibratedOptions, TrainCalibratedResult } from './train.js';
export {
  charGramTokens,
  charNetMargin,
  charNetAttribution,
  initCharNet,
  trainCharNet,
  serializeCharNet,
  deserializeCharNet,
  CHARNET_TRAIN_DEFAULTS,
} from './charnet.js';
export type { CharNet, CharNetShape, CharNetJson, CharNetData, CharNetTrainOptions } from './charnet.js';
export { trainGbdt, gbdtMargin, compileGbdt, GBDT_DEFAULTS } from './gbdt.js';
export type { Gbdt, GbdtTree, GbdtOptions, CompiledGbdt } from './gbdt.js';
