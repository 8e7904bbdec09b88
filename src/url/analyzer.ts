/**
 * The URL and domain analyzer: `inspectUrl`/`inspectDomain` (signals for the email analyzer, cached
 * per host) and `analyzeUrl`/`analyzeDomain` (whole verdicts for `vigil scan --kind url|domain`
 * and the HTTP service). One implementation of URL and domain logic, used everywhere.
 */
import type { VigilConfig } from '../config/index.js';
import { SEVERITY_WEIGHT, VigilError, combine } from '../core/index.js';
import type { EvidenceGate } from '../core/index.js';
import type { Evidence, FeatureContribution, ModelSummary, Signal, Verdict } from '../core/index.js';
import { calibrate, type LinearModel } from '../ml/index.js';
import {
  DOMAIN_DGA,
  buildDgaTables,
  dgaFeatures,
  dgaLabel,
  emitDgaFeatures,
  isDictionaryWord,
  type DgaTables,
} from './dga.js';
import { dgaNetMargin, domainNetOf, explainDgaNet } from './dga-net.js';
import { unpackDgaTables } from './dga-pack.js';
import { hostFindings, isPrivateAddress, isShortener, urlHostSignals, type HostFinding } from './host.js';
import {
  buildLookalikeIndex,
  findLookalike,
  lookalikeSignal,
  type LookalikeIndex,
  type LookalikeMatch,
} from './lookalike.js';
import { ExplainSink, MarginSink, contributions, fastMargin } from './models.js';
import { loadModel } from '../models.js';
import { parseDomain, parseUrl, type HostInfo, type ParsedUrl } from './parse.js';
import { pathSignals } from './path.js';
import { oauthConsentSignals } from './oauth.js';
import { UNLEARNED_RULES, URL_MODEL_PHISHING, urlFeatures } from './url-model.js';
import { isUrlV2, isUrlV4, urlExplainV2, urlMarginV2 } from './url-features-v2.js';
import { urlStackMargin, urlStackOf } from './url-features-dense.js';
import { pageOwnersOf } from './owner.js';
import { unwrapUrl, viaText } from './unwrap.js';

export interface UrlInspection {
  /** The URL as a browser serialises it (or the input, trimmed, when it is not a usable URL). */
  normalized: string;
  /** ASCII host ('' when the URL has none, e.g. mailto:). */
  host: string;
  registrableDomain: string | null;
  /** url.* and domain.* signals, evidence `{ where: ctx.where, text: url }`. */
  signals: Signal[];
  /** Generated-domain probability of the host, when the domain model is loaded. */
  dgaScore?: number;
  /** Phishing-URL model probability, when the URL model is loaded. */
  modelScore?: number;
  /**
   * Link rewriters the URL went through (`safelinks`, `proofpoint v3` …), outermost first; the other
   * fields then describe the destination. Absent when the URL was not wrapped.
   */
  via?: string[];
  /** The rewriter keeps the destination to itself (Mimecast): unknown, so no signals. */
  opaque?: boolean;
  /** What the host imitates, when it is a lookalike (the domain.lookalike.* signal's details). */
  lookalike?: LookalikeMatch;
}

export interface DomainInspection {
  domain: string;
  registrableDomain: string | null;
  lookalike: LookalikeMatch | null;
  /** Generated-domain probability; null without a domain model (or for IP literals). */
  dgaScore: number | null;
  signals: Signal[];
}

/**
 * What URL and domain analysis needs, prepared once per runtime (`createVigil`): the config, the
 * lookalike index, the two models with the DGA word tables, and the per-host results.
 */
export interface UrlEnv {
  readonly config: VigilConfig;
  readonly lookalike: LookalikeIndex;
  /** Phishing-URL model; null = rules only. */
  readonly urlModel: LinearModel | null;
  /** Generated-domain model; null = rules only. */
  readonly domainModel: LinearModel | null;
  readonly dgaTables: DgaTables | null;
  /** Host-level results (lookalike, DGA, lists), bounded by MAX_HOST_CACHE. */
  readonly hosts: Map<string, HostResult>;
  /**
   * The URL model's probability by URL, when no explanation was asked (speed only: the score reads
   * the URL, the rule signal ids the URL gives and its host's DGA score, all functions of the URL
   * in one runtime; the same link in a message's text and HTML, or in the next message of a
   * campaign, is scored once). Bounded by MAX_HOST_CACHE like `hosts`.
   */
  readonly urlScores: Map<string, number>;
}

/** A model, or a function that reads it when first called (src/url/kinds.ts sharedUrlEnv). */
export type LazyModel = LinearModel | null | (() => LinearModel | null);

/**
 * Build the URL/domain state of a config with the given models (null = rules only). A model given
 * as a function is read and checked when the env first reads it, once.
 */
export function prepareUrlEnv(config: VigilConfig, models: { url: LazyModel; domain: LazyModel }): UrlEnv {
  // a url/3 model whose trees do not read fails at load, not on the first URL
  const checkUrl = (m: LinearModel | null): LinearModel | null => {
    if (m) urlStackOf(m);
    return m;
  };
  // a network that does not parse fails at load, not on the first domain
  const checkDomain = (m: LinearModel | null): LinearModel | null => {
    if (m) domainNetOf(m);
    return m;
  };
  const { url, domain } = models;
  let urlModel = typeof url === 'function' ? undefined : checkUrl(url);
  let domainModel = typeof domain === 'function' ? undefined : checkDomain(domain);
  const readUrl = () =>
    urlModel === undefined ? (urlModel = checkUrl((url as () => LinearModel | null)())) : urlModel;
  const readDomain = () =>
    domainModel === undefined
      ? (domainModel = checkDomain((domain as () => LinearModel | null)()))
      : domainModel;
  // The lookalike index (≈ 40–70 ms: tldts, skeletons, deletes and, for the non-ASCII brand names,
  // the confusables table) and the DGA tables (≈ 10 ms from the pack) are built on first use, once
  // per env: a message with no link and no foreign sender domain (`vigil scan one.eml`) never reads
  // them. Pure functions of the config and the model, so a verdict does not depend on when.
  let lookalike: LookalikeIndex | undefined;
  let dgaTables: DgaTables | null | undefined;
  return {
    config,
    get lookalike() {
      return (lookalike ??= buildLookalikeIndex(config));
    },
    get urlModel() {
      return readUrl();
    },
    get domainModel() {
      return readDomain();
    },
    get dgaTables() {
      if (dgaTables === undefined) {
        const m = readDomain();
        dgaTables = m ? tablesOf(m) : null;
      }
      return dgaTables;
    },
    hosts: new Map(),
    urlScores: new Map(),
  };
}

/**
 * The per-call form of the library functions: `{ env }` from a runtime (`createVigil`), or
 * `{ config }` alone, which prepares a fresh state for this one call (models from the shared
 * loader; the lookalike index is rebuilt each time, so use a runtime for more than a few inputs).
 */
export type UrlEnvSource = { env: UrlEnv; config?: undefined } | { config: VigilConfig; env?: undefined };

/** The URL and domain models a config names, through the one loader (src/models.ts). */
export function loadUrlModelsFor(config: VigilConfig): {
  url: LinearModel | null;
  domain: LinearModel | null;
} {
  return { url: loadModel('url', config.models?.url), domain: loadModel('domain', config.models?.domain) };
}

/**
 * The per-function API's one convenience: the state prepared for the last bare config, so a
 * caller that passes the same config object again and again (tests, a small script) does not
 * rebuild the lookalike index on every call. One entry, never a growing cache; the runtime
 * (`createVigil`) passes its own `env` and never reads it.
 */
let lastBare: { config: VigilConfig; env: UrlEnv } | null = null;

function envOf(src: UrlEnvSource): UrlEnv {
  if (src.env) return src.env;
  if (lastBare?.config !== src.config)
    lastBare = { config: src.config, env: prepareUrlEnv(src.config, loadUrlModelsFor(src.config)) };
  return lastBare.env;
}

/** The state `inspectUrl`/`analyzeUrl` … use for a bare `{ config }` (see envOf). */
export function urlEnvForConfig(config: VigilConfig): UrlEnv {
  return envOf({ config });
}

export type InspectContext = UrlEnvSource & {
  /** Where the URL or domain was found: `body:html`, `header:From` … */
  where: string;
};

interface HostResult {
  info: HostInfo;
  findings: HostFinding[];
  lookalike: LookalikeMatch | null;
  dga: number | null;
  dgaAlert: boolean;
}

/** Hosts remembered per runtime (a link flood of distinct hosts clears the cache, never grows it). */
const MAX_HOST_CACHE = 50_000;
/**
 * A cache key of its own. A URL or host cut out of a message's text (a regex match, a slice) is a
 * view into that whole text for V8, so a cache keyed by it kept every message body it came from
 * alive: tens of MB over a mailbox. The copy holds only its own characters.
 */
function ownKey(s: string): string {
  return (' ' + s).slice(1);
}

function tablesOf(model: LinearModel): DgaTables {
  // the tables precomputed for this model file (scripts/model-pack.mjs), else built from its words
  const packed = model.packed && unpackDgaTables(model.packed);
  if (packed) return packed;
  const words = Array.isArray(model.meta.words) ? (model.meta.words as string[]) : [];
  // dga/2 models carry SCOWL frequency tiers (word-structure features); dga/1 models do not
  const tiers = Array.isArray(model.meta.word_tiers) ? (model.meta.word_tiers as string[][]) : undefined;
  // dga/3 models also carry the words' domain-use levels (src/url/dga-lexicon.ts)
  const use = Array.isArray(model.meta.word_use) ? (model.meta.word_use as string[][]) : undefined;
  return buildDgaTables(words, tiers, use);
}

/** DGA score of one label with the domain model, with its named features (explanations). */
export function scoreDga(
  model: LinearModel,
  label: string,
  tables: DgaTables = tablesOf(model),
): { p: number; names: string[]; values: number[] } {
  const f = dgaFeatures(label, tables);
  const net = domainNetOf(model);
  const m = fastMargin(model, f.names, f.values) + (net ? dgaNetMargin(label, net.net, tables) : 0);
  return { p: calibrate(model.calibration, m), ...f };
}

/** DGA margin with per-feature contributions (verdict explanations). */
function explainDga(model: LinearModel, label: string, tables: DgaTables): ExplainSink {
  const sink = new ExplainSink(model, TOP_FEATURES);
  emitDgaFeatures(label, tables, sink);
  const net = domainNetOf(model);
  if (net) {
    // the network's margin split into its inputs, exactly (one pass: see charNetAttribution)
    const e = explainDgaNet(label, net, tables);
    for (const p of e.parts) sink.addContribution(p.feature, p.weight);
  }
  return sink;
}

/** DGA probability only: the hot path (n-grams hashed in place, no feature names built). */
export function dgaProbability(
  model: LinearModel,
  label: string,
  tables: DgaTables = tablesOf(model),
): number {
  const sink = new MarginSink(model);
  emitDgaFeatures(label, tables, sink);
  const net = domainNetOf(model);
  return calibrate(model.calibration, sink.margin + (net ? dgaNetMargin(label, net.net, tables) : 0));
}

/** Probability above which `domain.dga` fires (chosen at training for a low false-positive rate). */
function dgaAlertThreshold(model: LinearModel): number {
  const t = model.meta.alert_threshold;
  return typeof t === 'number' && t > 0 && t < 1 ? t : 0.9;
}

function hostResult(
  st: UrlEnv,
  info: HostInfo,
  rawHost: string,
  onScored?: (s: ExplainSink) => void,
): HostResult {
  const key = info.ip ? `${info.host} ${rawHost}` : info.host;
  const hit = st.hosts.get(key);
  if (hit) return hit;
  const model = st.domainModel;
  const tables = st.dgaTables;
  const lookalike = findLookalike(
    st.lookalike,
    info,
    tables ? (l) => isDictionaryWord(l, tables) : undefined,
  );
  let dga: number | null = null;
  let dgaAlert = false;
  if (model && tables) {
    const label = dgaLabel(info);
    if (label) {
      if (onScored) {
        const sink = explainDga(model, label, tables);
        dga = calibrate(model.calibration, sink.margin);
        onScored(sink);
      } else {
        dga = dgaProbability(model, label, tables);
      }
      // a lookalike is a crafted name, never a generated one: do not double-count it
      dgaAlert = dga >= dgaAlertThreshold(model) && !lookalike;
    }
  }
  const r: HostResult = { info, findings: hostFindings(info, rawHost), lookalike, dga, dgaAlert };
  if (st.hosts.size >= MAX_HOST_CACHE) st.hosts.clear();
  st.hosts.set(ownKey(key), r);
  return r;
}

function domainSignals(r: HostResult, evidence: Evidence[]): Signal[] {
  const out: Signal[] = [];
  if (r.lookalike)
    out.push(
      lookalikeSignal(
        r.lookalike,
        r.info.hostUnicode === r.info.host ? r.info.host : `${r.info.host} (${r.info.hostUnicode})`,
        evidence,
      ),
    );
  if (r.dgaAlert && r.dga !== null) {
    out.push(
      DOMAIN_DGA.fire(
        `${r.info.registrableDomain ?? r.info.host} looks machine-generated (score ${r.dga.toFixed(3)})`,
        evidence,
      ),
    );
  }
  return out;
}

function fireFindings(findings: readonly HostFinding[], evidence: Evidence[]): Signal[] {
  return findings.map((f) => f.def.fire(f.message, evidence, f.severity));
}

interface UrlWork {
  parsed: ParsedUrl;
  host: HostResult;
  signals: Signal[];
  modelScore?: number;
  features?: { names: string[]; values: number[]; buckets: number[] };
  /** url/2 explained: contributions by feature name (see urlExplainV2). */
  contributions?: Map<string, number>;
}

function workUrl(
  st: UrlEnv,
  url: string,
  where: string,
  explainModel: boolean,
  useModel = true,
  via: readonly string[] = [],
): UrlWork | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const config = st.config;
  const host = hostResult(st, parsed, parsed.rawHost);
  // the wrapper stays in the evidence, so an analyst sees both what was written and what is judged
  const evidence = [{ where, text: via.length ? `${url} (${viaText(via)})` : url }];
  const signals = [
    ...fireFindings(host.findings, evidence),
    ...urlHostSignals(parsed, evidence),
    ...domainSignals(host, evidence),
    ...pathSignals(parsed, st.lookalike, evidence),
    ...oauthConsentSignals(parsed, evidence),
  ];
  const w: UrlWork = { parsed, host, signals };
  const model = useModel ? st.urlModel : null;
  if (model) {
    const known = explainModel ? undefined : st.urlScores.get(url);
    const p = known ?? scoreUrlModel(model, w, explainModel);
    if (known === undefined && !explainModel) {
      if (st.urlScores.size >= MAX_HOST_CACHE) st.urlScores.clear();
      st.urlScores.set(ownKey(url), p);
    }
    w.modelScore = p;
    if (p >= config.thresholds.suspicious && !isBrandOwnPage(parsed, config)) {
      const { suspicious, malicious } = config.thresholds;
      const leaning = (suspicious + malicious) / 2;
      // the fired severity says which threshold the score passed, so it never contradicts the table;
      // below the midpoint of the two thresholds the model only leans towards phishing: low, which
      // a message's evidence gate reads as context, not as deception (measured on benign mail from
      // sources the models never saw: 2007 newsletters' links scored 0.52-0.70, README "Models")
      const severity = p >= malicious ? 'high' : p >= leaning ? 'medium' : 'low';
      const passed =
        severity === 'high'
          ? `the malicious threshold ${malicious} (high)`
          : severity === 'medium'
            ? `${round2(leaning)}, between the suspicious and malicious thresholds (medium)`
            : `the suspicious threshold ${suspicious} but under ${round2(leaning)} (low)`;
      signals.push(
        URL_MODEL_PHISHING.fire(
          `The phishing-URL model scores ${parsed.host} ${p.toFixed(2)}, at or above ${passed}`,
          evidence,
          severity,
        ),
      );
    }
  }
  return w;
}

/** The URL model's probability of a worked URL; with `explainModel`, its features or contributions too. */
function scoreUrlModel(model: LinearModel, w: UrlWork, explainModel: boolean): number {
  const { parsed, host, signals } = w;
  // url/2 models also read the domain model's score of the host (see url-features-v2.ts)
  // url/3: the same linear margin, then trees over it and dense features (url-features-dense.ts)
  const stack = urlStackOf(model);
  const v2 = stack ? stack.base === 'url/2' : isUrlV2(model.meta);
  // url/4: url/2 plus the host's brand and lure words (url-features-brand.ts)
  const v4 = !stack && v2 && isUrlV4(model.meta);
  // url/2: the same margin with its 4-grams hashed in place (no name per gram; explained, only
  // the grams that can be among the verdict's top features get a name)
  const f = v2 ? null : urlFeatures(parsed, signals);
  const buckets: number[] | undefined = explainModel && f ? [] : undefined;
  const explained =
    v2 && explainModel ? urlExplainV2(model, parsed, signals, host.dga, TOP_FEATURES, v4) : null;
  const linear = f
    ? fastMargin(model, f.names, f.values, buckets)
    : explained
      ? explained.margin
      : urlMarginV2(model, parsed, signals, host.dga, v4);
  if (explained) w.contributions = explained.contributions;
  if (buckets && f) w.features = { names: f.names, values: f.values, buckets };
  return calibrate(
    model.calibration,
    stack ? urlStackMargin(stack, parsed, signals, linear, host.dga) : linear,
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Path segments and host labels of redirectors and click trackers. */
const REDIRECTOR_PATH = /\/(?:l|r|redir\w*|redirect\w*|click\w*|track\w*)(?:\.\w{2,5})?(?:[/?#]|$)/i;
const REDIRECTOR_HOST = /^(?:click|clicks|links?|trk|track|email|e)\./i;
const leadsElsewhere = (p: ParsedUrl): boolean =>
  isShortener(p.host) ||
  REDIRECTOR_HOST.test(p.host) ||
  REDIRECTOR_PATH.test(`${p.pathname}${p.search}${p.hash}`);

const FIRM: ReadonlySet<Signal['severity']> = new Set(['medium', 'high', 'critical']);
/** The verdict gate of a URL on a brand's own page: a rule finding of medium or more, or nothing. */
const OWN_PAGE_GATE: EvidenceGate = Object.freeze({
  roleOf: (s: Signal) => (FIRM.has(s.severity) ? 'strong' : 'context'),
  askModelMin: Infinity,
});

/**
 * Whether the URL is a brand's own page (paypal.com/signin, login.microsoftonline.com, aka.ms/…):
 * a phishing page cannot live there, so the lexical model's score is no evidence (it learnt that
 * sign-in words are risky, which is true everywhere but on the brand's own domains). Hosts on a
 * brand's domains where anyone can publish (SharePoint tenants, Google Docs/Forms, S3 …) are not
 * vouched for and stay judged.
 */
/** Names under suffixes reserved for private networks (RFC 6762, RFC 8375, ICANN's .internal). */
const INTRANET_HOST =
  /\.(?:local|localhost|localdomain|internal|intranet|lan|corp|home|private|home\.arpa)\.?$/i;

function isBrandOwnPage(p: ParsedUrl, config: VigilConfig): boolean {
  // a private-network address serves no outsider's page either (see isPrivateAddress)
  if (
    p.ip &&
    !p.hasUserinfo &&
    (p.ip.notation === 'dotted' || p.ip.notation === 'ipv6') &&
    isPrivateAddress(p.host)
  )
    return true;
  if (p.ip || p.hasUserinfo) return false;
  // … nor does a host under a name no registry delegates (`itss.corp.local`, `wiki.internal`,
  // `portal.home.arpa`): the organisation's own network, unreachable from outside
  if (INTRANET_HOST.test(p.host)) return true;
  return pageOwnersOf(p.host, config, p.registrableDomain).length > 0;
}

/**
 * Rule signals of one URL (no model score): what the URL model trains on. Null if unusable. Pass
 * the `UrlEnv` of `prepareUrlEnv` when calling it in a loop (a bare config prepares per call).
 */
export function urlRuleSignals(
  url: string,
  src: VigilConfig | UrlEnv,
): { parsed: ParsedUrl; signals: Signal[]; hostDga: number | null } | null {
  const st = 'lookalike' in src ? src : envOf({ config: src });
  // the destination, as scoring sees it; an opaque wrapper has nothing to learn from
  const uw = unwrapUrl(url);
  if (uw.url === null) return null;
  const w = workUrl(st, uw.url, 'url', false, false, uw.via);
  return w ? { parsed: w.parsed, signals: w.signals, hostDga: w.host.dga } : null;
}

/**
 * Signals for one link found in an email (or anywhere). Never throws; a string that is not a usable
 * URL gives no signals. Host-level work (lookalike, DGA, lists) is cached per host and config.
 */
export function inspectUrl(url: string, ctx: InspectContext): UrlInspection {
  const text = typeof url === 'string' ? url : String(url);
  const uw = unwrapUrl(text);
  if (uw.url === null) {
    // an opaque rewriter (Mimecast): the destination is unknown, and the wrapper is not evidence
    return {
      normalized: text.trim().slice(0, 2048),
      host: '',
      registrableDomain: null,
      signals: [],
      via: uw.via,
      opaque: true,
    };
  }
  let w: UrlWork | null = null;
  try {
    w = workUrl(envOf(ctx), uw.url, ctx.where, false, true, uw.via);
  } catch (err) {
    // a configured model that cannot be read is a real error; anything else is hostile input
    if (err instanceof VigilError) throw err;
    w = null;
  }
  if (!w)
    return {
      normalized: uw.url.trim().slice(0, 2048),
      host: '',
      registrableDomain: null,
      signals: [],
      ...(uw.via.length ? { via: uw.via } : {}),
    };
  const out: UrlInspection = {
    normalized: w.parsed.normalized,
    host: w.parsed.host,
    registrableDomain: w.parsed.registrableDomain,
    signals: w.signals,
  };
  if (uw.via.length) out.via = uw.via;
  if (w.host.dga !== null) out.dgaScore = w.host.dga;
  if (w.modelScore !== undefined) out.modelScore = w.modelScore;
  if (w.host.lookalike) out.lookalike = w.host.lookalike;
  return out;
}

/**
 * Lookalike and generated-name checks for one domain (an email sender domain). A protected domain
 * or a subdomain of one is never a lookalike. Never throws on bad input.
 */
export function inspectDomain(domain: string, ctx: InspectContext): DomainInspection {
  const text = typeof domain === 'string' ? domain.trim().toLowerCase() : '';
  const info = parseDomain(text);
  if (!info) return { domain: text, registrableDomain: null, lookalike: null, dgaScore: null, signals: [] };
  const r = hostResult(envOf(ctx), info, text);
  return {
    domain: info.host,
    registrableDomain: info.registrableDomain,
    lookalike: r.lookalike,
    dgaScore: r.dga,
    signals: domainSignals(r, [{ where: ctx.where, text: domain }]),
  };
}

export type AnalyzeOptions = UrlEnvSource & {
  /** Name shown as the verdict's target (default: the input). */
  target?: string;
};

const TOP_FEATURES = 8;

/**
 * Signals the model did not learn (no training data for them, or artefacts kept out of the model)
 * join its probability by noisy-OR with their severity weights: 1 - (1 - p)·Π(1 - w).
 */
function joinUnlearned(
  p: number,
  unlearned: readonly Signal[],
): { score: number; extra: FeatureContribution[] } {
  let clean = 1 - p;
  const extra: FeatureContribution[] = [];
  const seen = new Set<string>();
  for (const s of unlearned) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const w = SEVERITY_WEIGHT[s.severity];
    if (w <= 0) continue;
    clean *= 1 - w;
    extra.push({ feature: `rule: ${s.id}`, weight: round(-Math.log(1 - w)) });
  }
  return { score: 1 - clean, extra };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function topFeatures(contribs: Map<string, number>, extra: FeatureContribution[]): FeatureContribution[] {
  // only what can be shown (a positive rounded weight) is sorted: most of a URL's features are
  // not, and filtering before the sort keeps the same order (the sort is by weight, then name)
  const all: FeatureContribution[] = extra.filter((f) => f.weight > 0);
  for (const [feature, weight] of contribs) {
    if (!(Math.abs(weight) > 1e-6)) continue;
    const w = round(weight);
    if (w > 0) all.push({ feature, weight: w });
  }
  all.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return all.slice(0, TOP_FEATURES);
}

/** Verdict for one URL. Throws E_INVALID_URL when the input is not a usable http(s) URL or host. */
export function analyzeUrl(url: string, opts: AnalyzeOptions): Verdict {
  const startedAt = performance.now();
  if (typeof url !== 'string' || !url.trim())
    throw new VigilError('E_INVALID_URL', 'empty URL', { target: opts.target });
  const st = envOf(opts);
  const config = st.config;
  const uw = unwrapUrl(url.trim());
  const skipped =
    url.length > 8192 ? [{ what: `URL characters after #8192`, why: 'limit 8192 characters per URL' }] : [];
  if (uw.url === null) {
    // opaque rewriter: judge nothing rather than the gateway's own host
    const wrapper = parseUrl(url.trim());
    if (!wrapper)
      throw new VigilError('E_INVALID_URL', `not a usable URL: ${url.slice(0, 200)}`, {
        target: opts.target ?? url.slice(0, 200),
      });
    skipped.push({
      what: `destination of the ${uw.via[uw.via.length - 1]} link`,
      why: uw.truncated
        ? `more than ${uw.via.length} nested link rewriters`
        : 'opaque link rewriter: the destination is not in the URL',
    });
    return combine({
      kind: 'url',
      target: opts.target ?? url,
      signals: [],
      model: null,
      skipped,
      input: { normalized: wrapper.normalized },
      thresholds: config.thresholds,
      startedAt,
    });
  }
  const w = workUrl(st, uw.url, 'url', true, true, uw.via);
  if (!w)
    throw new VigilError('E_INVALID_URL', `not a usable URL: ${url.slice(0, 200)}`, {
      target: opts.target ?? url.slice(0, 200),
    });
  const model = st.urlModel;
  let summary: ModelSummary | null = null;
  let contribMap: Map<string, number> | undefined;
  if (model && w.modelScore !== undefined && (w.features || w.contributions)) {
    const c =
      w.contributions ?? contributions(model, w.features!.names, w.features!.values, w.features!.buckets);
    const unlearned = w.signals.filter((s) => UNLEARNED_RULES.has(s.id) || s.id === 'domain.dga');
    const j = joinUnlearned(w.modelScore, unlearned);
    summary = {
      name: model.name,
      version: model.version,
      score: j.score,
      top_features: topFeatures(c, j.extra),
    };
    contribMap = new Map();
    for (const s of w.signals) {
      const v = c.get(`rule: ${s.id}`);
      if (v !== undefined) contribMap.set(s.id, v);
    }
    contribMap.set(URL_MODEL_PHISHING.id, Math.log(w.modelScore / Math.max(1e-9, 1 - w.modelScore)));
  }
  // a brand's own page (paypal.com/myaccount, login.microsoftonline.com): no phishing page lives
  // there, so the model's opinion of its words is not evidence of one (the url.model.phishing signal
  // is not fired either) and only a rule's finding of medium severity or more may flag it. A general
  // shortener or a redirector on a brand's domain (t.co, goo.gl, `outlook.live.com/owa/redir.aspx`,
  // `dropbox.com/l/…`, `click.mail.onedrive.com`) leads anywhere: the model still decides there
  const ownPage = isBrandOwnPage(w.parsed, config) && !leadsElsewhere(w.parsed);
  return combine({
    kind: 'url',
    target: opts.target ?? url,
    signals: w.signals,
    model: summary,
    ...(ownPage && summary ? { gate: OWN_PAGE_GATE } : {}),
    ...(contribMap ? { signalContributions: contribMap } : {}),
    skipped,
    input: { normalized: w.parsed.normalized },
    thresholds: config.thresholds,
    startedAt,
  });
}

/** Verdict for one domain name. Throws E_INVALID_DOMAIN when it is not a host name. */
export function analyzeDomain(name: string, opts: AnalyzeOptions): Verdict {
  const startedAt = performance.now();
  const text = typeof name === 'string' ? name.trim().toLowerCase() : '';
  const info = text ? parseDomain(text) : null;
  if (!info)
    throw new VigilError('E_INVALID_DOMAIN', `not a domain name: ${String(name).slice(0, 200)}`, {
      target: opts.target ?? String(name).slice(0, 200),
    });
  const st = envOf(opts);
  const config = st.config;
  let scored: ExplainSink | undefined;
  const r = hostResult(st, info, text, (s) => (scored = s));
  const evidence = [{ where: 'domain', text: name.trim() }];
  const signals = [...domainSignals(r, evidence), ...fireFindings(r.findings, evidence)];
  const model = st.domainModel;
  let summary: ModelSummary | null = null;
  let contribMap: Map<string, number> | undefined;
  if (model && st.dgaTables && r.dga !== null) {
    const s = scored ?? explainDga(model, dgaLabel(info), st.dgaTables);
    const p = calibrate(model.calibration, s.margin);
    const unlearned = signals.filter((x) => x.id !== DOMAIN_DGA.id);
    const j = joinUnlearned(p, unlearned);
    const top = [...j.extra, ...s.top(TOP_FEATURES)]
      .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
      .slice(0, TOP_FEATURES);
    summary = { name: model.name, version: model.version, score: j.score, top_features: top };
    contribMap = new Map([[DOMAIN_DGA.id, Math.log(p / Math.max(1e-9, 1 - p))]]);
  }
  return combine({
    kind: 'domain',
    target: opts.target ?? name,
    signals,
    model: summary,
    ...(contribMap ? { signalContributions: contribMap } : {}),
    skipped: [],
    input: { normalized: info.hostUnicode !== info.host ? `${info.host} (${info.hostUnicode})` : info.host },
    thresholds: config.thresholds,
    startedAt,
  });
}
