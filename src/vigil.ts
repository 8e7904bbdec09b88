/**
 * The runtime: `createVigil(config, options)` loads every model the analyzers name once (through
 * the one loader, src/models.ts), prepares each analyzer once (indexes, compiled lists, wrapped
 * models), and exposes the kinds, the signals and `scan(kind, input)`. The CLI, the HTTP service,
 * the store's kind list and the dashboard all read kinds and signals from it; nothing else holds
 * prepared state.
 *
 *   const vigil = createVigil(loadConfig('vigil.json'));
 *   const verdict = await vigil.scan('email', rawBytes, { target: 'invoice.eml' });
 */
import {
  VigilError,
  type Analyzer,
  type InputForm,
  type KindInfo,
  type ModelSet,
  type PreparedAnalyzer,
  type SignalDef,
  type Verdict,
} from './core/index.js';
import type { VigilConfig } from './config/index.js';
import type { EmailScanOptions } from './email/index.js';
import { ANALYZERS } from './analyzers.js';
import { loadModel, loadModels, type ModelSource } from './models.js';
import type { LinearModel } from './ml/index.js';

export interface VigilOptions {
  /** false: rules only, no learned model anywhere (`--no-model`); the config is not rewritten. */
  model?: boolean;
  /** The analyzers to run (default: the shipped ones, src/analyzers.ts). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own input type
  analyzers?: readonly Analyzer<any, VigilConfig, any>[];
}

/** Options of one scan: the verdict's target name, and the email kind's opt-in live auth checks. */
export type VigilScanOptions = EmailScanOptions;

/** A prepared Vigil: one per config, built once, shared by every scan. */
export interface Vigil {
  readonly config: VigilConfig;
  /** The kinds it scans, in registry order. */
  readonly kinds: readonly string[];
  /** Every signal any of its kinds can fire, each once, in registry order. */
  readonly signals: readonly SignalDef[];
  /** One description per kind (input form, signal ids, features, models). */
  readonly kindInfo: readonly KindInfo[];
  /** How a kind takes its input (`bytes`: a file or body; `text`: one line). Throws E_USAGE for an unknown kind. */
  inputOf(kind: string): InputForm;
  /**
   * Verdict for one input. `bytes` kinds take a Uint8Array (a string is UTF-8 encoded), `text`
   * kinds a string (bytes are UTF-8 decoded). Rejects with E_USAGE for an unknown kind, and with
   * the analyzer's VigilError when the input is not usable.
   */
  scan(kind: string, input: Uint8Array | string, opts?: VigilScanOptions): Promise<Verdict>;
  /**
   * Like `scan`, but returns what the analyzer returns: a Verdict directly from a synchronous
   * analyzer (url, domain), so bulk callers pay for no promise per input. Throws instead of
   * rejecting.
   */
  analyze(kind: string, input: Uint8Array | string, opts?: VigilScanOptions): Verdict | Promise<Verdict>;
}

const SIGNAL_KIND = /^([a-z][a-z0-9]*)\./;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function modelSummary(m: unknown): { name: string; version: string } | null {
  const x = m as { name?: unknown; version?: unknown } | null | undefined;
  return x && typeof x.name === 'string' && typeof x.version === 'string'
    ? { name: x.name, version: x.version }
    : null;
}

export function createVigil(config: VigilConfig, options: VigilOptions = {}): Vigil {
  const analyzers = options.analyzers ?? ANALYZERS;
  const kinds = analyzers.map((a) => a.kind);
  for (const [i, k] of kinds.entries()) {
    if (!/^[a-z][a-z0-9]*$/.test(k))
      throw new Error(`analyzer kind "${k}": lower-case letters and digits only`);
    if (kinds.indexOf(k) !== i) throw new Error(`analyzer kind "${k}" is registered twice`);
  }
  // a signal id starts with the kind that declares it (email.*, url.*); one from an unregistered
  // kind would be a verdict nobody can list
  const signals: SignalDef[] = [];
  const byId = new Map<string, SignalDef>();
  for (const a of analyzers)
    for (const s of a.signals) {
      const prefix = SIGNAL_KIND.exec(s.id)?.[1];
      if (!prefix || !kinds.includes(prefix))
        throw new Error(`signal ${s.id} of the ${a.kind} analyzer names no registered kind`);
      const seen = byId.get(s.id);
      if (seen && seen !== s) throw new Error(`signal ${s.id} is declared twice`);
      if (!seen) {
        byId.set(s.id, s);
        signals.push(s);
      }
    }

  const sources = (config.models ?? {}) as Readonly<Record<string, ModelSource>>;
  // A configured model file is read now, so a missing or broken one is an error here (E_MODEL), not
  // at the first scan; a shipped one (checked by the build that packed it) when an analyzer first
  // asks for it: the URL and domain models are read at a message's first link or foreign sender
  // domain, not by every process (`vigil scan one.eml`). Once per runtime either way.
  const names = new Set(analyzers.flatMap((a) => a.models));
  const off = options.model === false;
  const loaded = loadModels(
    [...names].filter((n) => off || sources[n] !== undefined),
    sources,
    off,
  );
  const load = (name: string): LinearModel | null => {
    if (!loaded.has(name)) loaded.set(name, names.has(name) ? loadModel(name, sources[name]) : null);
    return loaded.get(name) ?? null;
  };
  const models: ModelSet = { get: load, deferred: (name) => names.has(name) && !loaded.has(name) };
  const sharedValues = new Map<string, unknown>();
  const shared = <T>(key: string, build: () => T): T => {
    if (!sharedValues.has(key)) sharedValues.set(key, build());
    return sharedValues.get(key) as T;
  };
  const prepared = new Map<string, { form: InputForm; run: PreparedAnalyzer<unknown, VigilScanOptions> }>();
  for (const a of analyzers)
    prepared.set(a.kind, { form: a.input, run: a.prepare(config, { models, shared }) });

  const kindInfo: KindInfo[] = analyzers.map((a) => ({
    kind: a.kind,
    description: a.description,
    input: a.input,
    signals: [...new Set(a.signals.map((s) => s.id))],
    features: [...a.features],
    models: [...a.models],
    http: { ...a.http },
    // read when asked for (the service's model list, the dashboard): loads the model if no scan has
    get model() {
      return modelSummary(a.models[0] ? load(a.models[0]) : null);
    },
  }));
  function analyze(
    kind: string,
    input: Uint8Array | string,
    opts?: VigilScanOptions,
  ): Verdict | Promise<Verdict> {
    const p = get(kind);
    const value =
      p.form === 'bytes'
        ? typeof input === 'string'
          ? encoder.encode(input)
          : input
        : typeof input === 'string'
          ? input
          : decoder.decode(input);
    return p.run.analyze(value, opts);
  }
  const get = (kind: string) => {
    const p = prepared.get(kind);
    if (!p)
      throw new VigilError(
        'E_USAGE',
        `unknown kind "${String(kind).slice(0, 40)}"; one of ${kinds.join(', ')}`,
      );
    return p;
  };

  return Object.freeze({
    config,
    kinds: Object.freeze(kinds),
    signals: Object.freeze(signals),
    kindInfo: Object.freeze(kindInfo),
    inputOf: (kind: string) => get(kind).form,
    analyze,
    async scan(kind: string, input: Uint8Array | string, opts?: VigilScanOptions): Promise<Verdict> {
      return analyze(kind, input, opts);
    },
  });
}
