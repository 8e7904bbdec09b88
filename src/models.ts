/**
 * The one model loader. A model is named (`email`, `url`, `domain`, a new kind's own); its file is
 * `config.models.<name>` when set, the shipped `models/<name>.json` otherwise, and `null` there
 * means rules only. A missing shipped file means rules only too; a configured file that is missing
 * or broken is an E_MODEL error, so a typo never silently turns detection down.
 *
 * `createVigil` calls this once per model name it needs and hands the models to every analyzer's
 * `prepare`. Parsed files are kept per path, size and modification time, so the per-call library
 * functions (`analyzeUrl(url, { config })` …) do not re-read a 1 MB model on every call, and a
 * model retrained in place (same path, new file) is read again.
 */
import { packageUrl } from './paths.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VigilError } from './core/index.js';
import {
  cutLazyRanges,
  decodeModelPack,
  deserializeModel,
  restoreLazyValues,
  unpackWeights,
  type LinearModel,
} from './ml/index.js';

/** The shipped models' folder. */
const SHIPPED_DIR = packageUrl('models/');

/** The shipped file of a model (`models/<name>.json`). */
export function shippedModelPath(name: string): string {
  return fileURLToPath(new URL(`${name}.json`, SHIPPED_DIR));
}

/** Where a model comes from: a path, null (off), or undefined (shipped). */
export type ModelSource = string | null | undefined;

const FILES = new Map<string, { stamp: string; model: LinearModel }>();
/** Distinct model files kept at once (a long-lived process that loads many retrained files). */
const MAX_FILES = 16;

/** Load one model by name. Returns null for rules only (`null`, or no shipped file). */
export function loadModel(name: string, source: ModelSource): LinearModel | null {
  if (source === null) return null;
  const path = source ?? shippedModelPath(name);
  let stamp: string;
  try {
    const st = statSync(path);
    stamp = `${st.size}:${st.mtimeMs}`;
  } catch (err) {
    if (source === undefined) return null;
    throw new VigilError('E_MODEL', `cannot read the ${name} model ${path}: ${(err as Error).message}`, {
      path,
    });
  }
  const hit = FILES.get(path);
  if (hit && hit.stamp === stamp) return hit.model;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new VigilError('E_MODEL', `cannot read the ${name} model ${path}: ${(err as Error).message}`, {
      path,
    });
  }
  const model = readModelWithPack(bytes, path, `${name} model ${path}`);
  if (FILES.size >= MAX_FILES) FILES.clear();
  FILES.set(path, { stamp, model });
  return model;
}

/**
 * Parse a model file, with its pack (`<path>.pack`, src/ml/model-pack.ts) when there is one made
 * from exactly these bytes: its precomputed tables ride along as `model.packed`, and the meta values
 * it marks lazy (the domain model's word lists) are parsed only if something reads them. A pack
 * of another file, or not a pack at all, is ignored: the model is read as if it were absent.
 */
function readModelWithPack(bytes: Buffer, path: string, source: string): LinearModel {
  const text = bytes.toString('utf8');
  const packPath = `${path}.pack`;
  const pack = existsSync(packPath) ? decodeModelPack(readFileSync(packPath)) : null;
  if (!pack || pack.sha256 !== createHash('sha256').update(bytes).digest('hex'))
    return deserializeModel(text, source);
  let model: LinearModel;
  try {
    const cuts = [...pack.lazy, ...(pack.weights ? [pack.weights] : [])].sort((a, b) => a.start - b.start);
    model = deserializeModel(cutLazyRanges(text, cuts), source, (bits) => unpackWeights(pack.sections, bits));
  } catch {
    // ranges that do not cut this text cleanly: the whole file, as without a pack
    return deserializeModel(text, source);
  }
  restoreLazyValues(model.meta, text, pack.lazy);
  model.packed = pack.sections;
  return model;
}

/** The models a config names, loaded through `loadModel`; `off` = none at all (`--no-model`). */
export function loadModels(
  names: readonly string[],
  sources: Readonly<Record<string, ModelSource>>,
  off = false,
): Map<string, LinearModel | null> {
  const out = new Map<string, LinearModel | null>();
  for (const n of names) if (!out.has(n)) out.set(n, off ? null : loadModel(n, sources[n]));
  return out;
}
