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
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VigilError } from './core/index.js';
import {
  decodeModelPack,
  deserializeModel,
  restoreLazyValues,
  packedWeights,
  type LinearModel,
  type ModelPack,
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

/** The model files read so far in this process, by path (start-up checks: what a scan did not need is not read). */
export function loadedModelFiles(): string[] {
  return [...FILES.keys()];
}

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
  const model = readModelWithPack(path, `${name} model ${path}`, (err) => {
    throw new VigilError('E_MODEL', `cannot read the ${name} model ${path}: ${err.message}`, { path });
  });
  if (FILES.size >= MAX_FILES) FILES.clear();
  FILES.set(path, { stamp, model });
  return model;
}

/** Read buffer of fileSha256: one, reused (hashing a 2.5 MB model allocates nothing that size). */
let chunk: Buffer | undefined;

/** SHA-256 (hex) of a file's bytes, read in 256 kB chunks. */
function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const buf = (chunk ??= Buffer.allocUnsafe(256 * 1024));
  const fd = openSync(path, 'r');
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Parse a model file, with its pack (`<path>.pack`, src/ml/model-pack.ts) when there is one made
 * from exactly these bytes: the model is then parsed from the pack's cut JSON (the file's bytes are
 * only hashed, never decoded), its precomputed tables ride along as `model.packed`, and the meta
 * values it marks lazy (the domain model's word lists) are read from the file only if something
 * reads them (and only if the file is still the one the pack was made from: E_MODEL otherwise). A
 * pack of another file, an older pack without the cut JSON, or not a pack at all, is ignored: the
 * model is read as if it were absent.
 */
function readModelWithPack(path: string, source: string, cannotRead: (err: Error) => never): LinearModel {
  let pack: ModelPack | null = null;
  try {
    pack = decodeModelPack(readFileSync(`${path}.pack`));
  } catch {
    // no pack
  }
  if (pack?.cut !== undefined) {
    let sha: string;
    try {
      sha = fileSha256(path);
    } catch (err) {
      return cannotRead(err as Error);
    }
    if (sha === pack.sha256) {
      const p = pack;
      const model = deserializeModel(p.cut, source, (bits) => packedWeights(p.sections, bits));
      const fileText = (): string => {
        const bytes = readFileSync(path);
        if (createHash('sha256').update(bytes).digest('hex') !== p.sha256)
          throw new VigilError('E_MODEL', `${source} changed since it was loaded`, { source });
        return bytes.toString('utf8');
      };
      restoreLazyValues(model.meta, fileText, p.lazy);
      model.packed = p.sections;
      return model;
    }
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return cannotRead(err as Error);
  }
  return deserializeModel(bytes.toString('utf8'), source);
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
