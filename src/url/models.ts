/**
 * Loading the shipped URL and domain models. Path from `config.models.url|domain`: undefined = the
 * shipped file under models/ (resolved from this file's location, so it works from src/ and dist/),
 * null = rules only. Loaded lazily on first use and cached per path; a missing shipped file means
 * rules only, a missing or broken configured file is an E_MODEL error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VigilError } from '../core/index.js';
import type { VigilConfig } from '../config/index.js';
import { deserializeModel, hash32, type LinearModel } from '../ml/index.js';

export type ModelKind = 'url' | 'domain';

/** The shipped model file of a kind (models/url.json, models/domain.json). */
export function shippedModelPath(kind: ModelKind): string {
  return fileURLToPath(new URL(`../../models/${kind}.json`, import.meta.url));
}

const CACHE = new Map<string, LinearModel | null>();

export function loadModelFile(path: string, kind: ModelKind): LinearModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new VigilError('E_MODEL', `cannot read the ${kind} model ${path}: ${(err as Error).message}`, { path });
  }
  return deserializeModel(text, path);
}

/** The model the config asks for, or null for rules only. */
export function modelFor(config: VigilConfig, kind: ModelKind): LinearModel | null {
  const configured = config.models?.[kind];
  if (configured === null) return null;
  const path = configured ?? shippedModelPath(kind);
  const hit = CACHE.get(path);
  if (hit !== undefined) return hit;
  let model: LinearModel | null;
  if (configured === undefined && !existsSync(path)) model = null;
  else model = loadModelFile(path, kind);
  CACHE.set(path, model);
  return model;
}

/** Test hook: forget loaded models (after retraining in-process). */
export function clearModelCache(): void {
  CACHE.clear();
}

/** Signed bucket of a feature name: index, or -(index + 1) when the hash sign is negative. */
function bucketOf(name: string, bits: number, signed: boolean): number {
  // the same hash as hashFeature(), inlined: no object per feature on the hot path
  const h = hash32(name);
  const index = h & ((1 << bits) - 1);
  return signed && h >>> 31 === 1 ? -(index + 1) : index;
}

/**
 * Log-odds of named features without building a sparse vector (the hot path of bulk scoring).
 * Equal to `modelMargin(model, hasherFor(model).vectorize(features))`.
 */
export function fastMargin(model: LinearModel, names: readonly string[], values: readonly number[]): number {
  let s = model.bias;
  const w = model.weights;
  for (let i = 0; i < names.length; i++) {
    const b = bucketOf(names[i]!, model.bits, model.signed);
    s += b >= 0 ? w[b]! * values[i]! : -w[-b - 1]! * values[i]!;
  }
  return s;
}

/** Per feature name, its contribution to the log-odds (for explanations). */
export function contributions(model: LinearModel, names: readonly string[], values: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const b = bucketOf(names[i]!, model.bits, model.signed);
    const c = b >= 0 ? model.weights[b]! * values[i]! : -model.weights[-b - 1]! * values[i]!;
    out.set(names[i]!, (out.get(names[i]!) ?? 0) + c);
  }
  return out;
}
