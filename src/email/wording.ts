/**
 * The wording model: a second, text-only email model (`models/email_wording.json`) whose probability
 * the evidence gate reads as an ask when no rule read one and the email model's own wording-only
 * probability is under `askModelMin` (src/email/analyzer.ts, EMAIL_EVIDENCE_GATE.wordingMin). It
 * sees words, word pairs, subject words and character n-grams, never a sender, link, structure or
 * rule feature, so a deception is never counted twice and a rule fitted to the blind rounds cannot
 * explain their wording away (README, "The wording model"). Trained by `vigil train email --wording`.
 */
import { VigilError } from '../core/index.js';
import { calibrate, hasherFor, modelMargin, type FeatureHasher, type LinearModel } from '../ml/index.js';
import { loadModel } from '../models.js';
import type { EmailFacts } from './facts.js';
import { emailFeatures, FEATURES_VERSION, type EmailFeatureOptions } from './features.js';

/** The model name: `models/email_wording.json`, `config.models.email_wording`. */
export const WORDING_MODEL_NAME = 'email_wording';

export class WordingModel {
  readonly model: LinearModel;
  private readonly hasher: FeatureHasher;
  private readonly featureOptions: EmailFeatureOptions;

  constructor(model: LinearModel, source = 'wording model') {
    const options = model.meta['featureOptions'] as EmailFeatureOptions | undefined;
    if (model.meta['features'] !== FEATURES_VERSION || options?.textOnly !== true)
      throw new VigilError(
        'E_MODEL',
        `${source} is not a text-only model of features ${FEATURES_VERSION} (train it with vigil train email --wording)`,
        { source },
      );
    this.model = model;
    this.hasher = hasherFor(model);
    this.featureOptions = options;
  }

  /** Calibrated probability that the message's wording (subject and visible body) is a lure's. */
  score(facts: EmailFacts): number {
    const features = emailFeatures(facts, [], this.featureOptions);
    return calibrate(this.model.calibration, modelMargin(this.model, this.hasher.vectorize(features)));
  }
}

/**
 * Load the wording model through the one loader: `undefined` = the shipped file (null when none is
 * shipped), `null` = off, a path = that file (E_MODEL when missing or not a text-only model).
 */
export function loadWordingModel(path?: string | null): WordingModel | null {
  const model = loadModel(WORDING_MODEL_NAME, path);
  return model ? new WordingModel(model, `wording model ${path ?? 'models/email_wording.json'}`) : null;
}
