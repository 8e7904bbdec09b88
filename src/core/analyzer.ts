/**
 * The analyzer contract: what one input kind (email, url, domain, …) gives the runtime. Each kind
 * folder exports one `analyzer`; `createVigil` (src/vigil.ts) loads the models they name once,
 * calls `prepare` once per analyzer, and from then on every `scan(kind, input)` is a plain call of
 * the prepared `analyze`: no per-call setup, no module-level cache.
 *
 * Shared code never branches on one specific kind: the CLI's `--kind` choices, the HTTP routes and
 * their schemas, the store's kind list, `GET /v1/signals` and the dashboard all read `kinds` and
 * `signals` from the runtime.
 */
import type { SignalDef } from './signal.js';
import type { Verdict } from './verdict.js';

/** How the CLI and the HTTP service hand an input to the analyzer. */
export type InputForm =
  /** Raw bytes: a file, stdin as one input, a request body (email). */
  | 'bytes'
  /** One line of text: a command-line argument, a line of stdin, a JSON string field (url, domain). */
  | 'text';

/** Per-scan options every analyzer accepts. */
export interface ScanOptions {
  /** Name shown as the verdict's `target` (file name, URL or domain as given); default per kind. */
  target?: string;
}

/** An analyzer once prepared: everything it needs is built; `analyze` does only the input's work. */
export interface PreparedAnalyzer<I = unknown, O extends ScanOptions = ScanOptions> {
  analyze(input: I, opts?: O): Verdict | Promise<Verdict>;
}

/** The learned models of a runtime, by name (`config.models.<name>`); null = none (rules only). */
export interface ModelSet {
  /** The model; one not read yet is read now (once per runtime). */
  get(name: string): unknown | null;
  /**
   * Whether `get(name)` would read a file now (a shipped model nothing has asked for yet): an
   * analyzer that needs a model only for some inputs can then ask for it on first use instead, so
   * a process that never meets such an input never reads it (`vigil scan one.eml` without a link).
   */
  deferred?(name: string): boolean;
}

/**
 * What `prepare` receives besides the config. `shared(key, build)` builds a value once per runtime
 * and hands the same one to every analyzer asking for that key: the email analyzer judges its links
 * with the URL analyzer's prepared state instead of building a second lookalike index.
 */
export interface PrepareContext {
  models: ModelSet;
  shared<T>(key: string, build: () => T): T;
}

/**
 * One input kind. `C` is the resolved config (src/config), which `core` does not import.
 * Adding a kind: a folder exporting one of these, and a line in src/analyzers.ts (README
 * "Extending Vigil").
 */
export interface Analyzer<I = unknown, C = unknown, O extends ScanOptions = ScanOptions> {
  /** The kind name: `email`, `url`, `domain`; the first part of every signal id it fires. */
  kind: string;
  /** One line for `--help`, the OpenAPI description and the dashboard. */
  description: string;
  input: InputForm;
  /** Every signal a verdict of this kind can carry (its own and those of analyzers it calls). */
  signals: readonly SignalDef[];
  /** The model's feature families, in words (what `top_features` entries look like). */
  features: readonly string[];
  /** Names of the models it reads (`config.models.<name>`, shipped as `models/<name>.json`). */
  models: readonly string[];
  /** How the HTTP service takes this kind (`POST /v1/scan/<kind>`); defaults in HttpInput. */
  http?: HttpInput;
  /** Build indexes, compile lists, wrap models: once per runtime. */
  prepare(config: C, ctx: PrepareContext): PreparedAnalyzer<I, O>;
}

/**
 * `POST /v1/scan/<kind>`: a `bytes` kind takes the raw input as the body (`contentTypes`,
 * `?filename=` names the target, `defaultTarget` otherwise); a `text` kind takes a JSON body
 * `{ "<kind>": "…" }` of at most `maxLength` characters (default 8192).
 */
export interface HttpInput {
  contentTypes?: readonly string[];
  defaultTarget?: string;
  maxLength?: number;
  /** An example input for the OpenAPI document. */
  example?: string;
}

/** Descriptions of a runtime's kinds (CLI help, OpenAPI, `GET /v1/signals`, dashboard). */
export interface KindInfo {
  kind: string;
  description: string;
  input: InputForm;
  /** Ids of the signals a verdict of this kind can carry. */
  signals: string[];
  features: string[];
  models: string[];
  http: HttpInput;
  /** The loaded model its verdicts report (its first model), or null when it runs rules only. */
  model: { name: string; version: string } | null;
}
