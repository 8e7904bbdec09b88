/**
 * Training the phishing-URL model from a `url,label,source` CSV (RFC 4180): the model file and its
 * card, with the cross-validation grouped by registrable domain, per source. The features are
 * `urlFeatures` in src/url/url-model.ts; the learner is `trainUrlModel` in ./linear.ts.
 */
import { createHash } from 'node:crypto';
import { VigilError } from '../core/index.js';
import { nonZeroWeights } from '../ml/index.js';
import { writeModelAndCard } from './card.js';
import { readCsvFile } from './csv.js';
import { linearCard } from './linear-card.js';
import { URL_TRAIN_DEFAULTS, trainUrlModel, type UrlRow } from './linear.js';
import { URL_STACK_DEFAULTS, trainUrlStackModel } from './url-stack.js';
import {
  cardPath,
  dateAndVersion,
  labelledRows,
  num,
  requireBothClasses,
  requireOut,
  shownPath,
  trainParams,
  type LinearTrainFlags,
} from './params.js';
import type { CvReport } from './slices.js';

/** What `vigil train url|domain` take. */
export interface TrainFileOptions extends LinearTrainFlags {
  /** The labelled CSV. */
  data: string;
  /** Model file to write (required). */
  out?: string;
  /** Model card (default: `out` with .md). */
  card?: string;
  /** Date written in the card (default today, UTC). */
  date?: string;
  /** Model version (default `<date>.1`). */
  modelVersion?: string;
  /** url: the feature set (default url/2; url/4: url/2 plus the host's brand words); url/3 stacks trees on the url/2 linear margin. */
  features?: string;
  /** url/3: weight of a benign mail link (source `mail_*`) in training (default 1). */
  mailWeight?: number | string;
}

/** What a training run wrote. */
export interface TrainFileReport {
  out: string;
  card: string;
  modelBytes: number;
  cv: CvReport;
}

export const URL_LICENCES = [
  'OpenPhish community feed as archived by stephenhawk8054/openphish-adblock (GPL-3.0 repository; data under OpenPhish terms).',
  'PhishTank verified_online snapshots committed by several GitHub projects (data under PhishTank terms; repositories state no licence).',
  'Benign: ebubekirbbr/pdd legitimate URLs (no licence stated); ISCX-URL-2016 (UNB CIC, research use with citation); links from free-programming-books, tldr-pages, awesome-python (CC BY 4.0), awesome-selfhosted (CC BY-SA 3.0), the-book-of-secret-knowledge (MIT).',
  'No URL is shipped: the model holds hashed feature weights only.',
];

const URL_NOTES = [
  'Hosting platforms (pages.dev, r2.dev, weebly, webflow.io, workers.dev …) are nearly phishing-only in the data; their suffix is not a feature and url.host.free_hosting stays a low-severity rule outside the model.',
  'Era mismatch: phishing 2013-2024, benign mostly 2016-2017 plus 2024-2026 curated lists; TLDs are not features for that reason.',
  'Benign pages are documentation/news heavy (few shops, banks or login pages): expect more false positives on real login pages than CV shows.',
  'URL shape (scheme, www, depth, query, trailing slash, length) was matched between the classes by construction; fragments and percent-encoding were not, and are not features.',
  'url/2 reads the generated-name score of each host from the domain model shipped at training time (models/domain.json); scoring uses the configured domain model, so replacing that model without retraining this one shifts the feature. Without a domain model the feature is absent and the URL model scores on the rest.',
];

/** What an address in a training URL becomes: one neutral address, the same for every row. */
export const NEUTRAL_ADDRESS = 'user@example.com';
// an address in a path, query or fragment: a local part that does not start inside a percent escape
// (`%2Czzzz-unspun@…` keeps its `%2C`), `@` or `%40`, then a dotted domain. Percent escapes are
// not allowed in the local part so that a separator before it (`%3D`, `%2C`) stays outside.
const ADDRESS_IN_URL =
  /(?<!%[0-9A-Fa-f]?)(?<=^|[^A-Za-z0-9._+-]|%[0-9A-Fa-f]{2})[A-Za-z0-9._+-]+(@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;

// the phishing_pot honeypot's address-shaped placeholder, with whatever a template glued after it
// (`phishing@pot.org`, `phishing@pot@hotmail.com`): no dotted domain of its own, so named here
const PLACEHOLDER =
  /(?:phish(?:ing)?|honey)(@|%40)pot(?:(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\.[A-Za-z]{2,})?(?![A-Za-z0-9-])/gi;

const decodeAt = (s: string) => s.replace(/%40/gi, '@');

const FILE_TYPE_END = /\.(?:s?html?|php\d?|aspx?|jsp|cgi|pl|pdf)$/i;

/**
 * A training URL with every e-mail address after its host replaced by {@link NEUTRAL_ADDRESS}
 * (`user%40example.com` where the `@` was percent-encoded). The corpora carry their recipients'
 * addresses and redaction placeholders in links (`email=ktwarwic@speedy.uwaterloo.ca`,
 * `username@domain.com`, and the honeypot's `phishing@pot`, rewritten too though it has no dotted
 * domain): dropping those links taught the model that an address in a query value is phishing-only
 * (a newsletter's `?reader=bob%40recipient.example` scored malicious); keeping them verbatim would
 * make each collection's placeholder a word of one class.
 * Rewritten on both classes alike, the model learns that an address is there, never whose.
 * The host and the user-info before it are left alone (`https://paypal.com@evil.example/` is a
 * lure, not an address). `only`: rewrite just the addresses it matches (the placeholder always),
 * e.g. a corpus's recipients, leaving a mailing list's own address (`mail-archive.com/list@…/`) and
 * a phishing kit's victim as they were collected. Returns the URL unchanged when it does not parse.
 */
export function neutraliseAddresses(href: string, only?: RegExp): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/is.exec(href);
  if (!m) return href;
  const rest = m[2]!;
  if (!rest.includes('@') && !/%40/i.test(rest)) return href;
  const neutral = (at: string) => (at === '@' ? NEUTRAL_ADDRESS : 'user%40example.com');
  return (
    m[1]! +
    rest
      .replace(PLACEHOLDER, (_: string, at: string) => neutral(at))
      .replace(ADDRESS_IN_URL, (whole: string, at: string) => {
        if (only && !only.test(decodeAt(whole))) return whole;
        // `info@shop.de.html`, `min@accounts.php`: a page named like an address keeps its file type,
        // and what is left must still have a dotted domain to count as an address
        const ext = FILE_TYPE_END.exec(whole);
        const addr = ext ? whole.slice(0, ext.index) : whole;
        if (!/(?:@|%40)[^.]+(?:\.[^.]+)*\.[A-Za-z]{2,}$/i.test(addr)) return whole;
        return neutral(at) + (ext ? ext[0] : '');
      })
  );
}

/** Train the URL model from `opts.data`, write the model and its card; `log` gets progress lines. */
export function trainUrl(opts: TrainFileOptions, log?: (line: string) => void): TrainFileReport {
  if (!opts.data) throw new VigilError('E_USAGE', 'train url needs --data FILE (a url,label,source CSV)');
  const o = trainParams(opts, URL_TRAIN_DEFAULTS);
  const out = requireOut(opts.out, 'url');
  const card = cardPath(out, opts.card);
  const { date, version } = dateAndVersion(opts.date, opts.modelVersion);
  const { buf, records } = readCsvFile(opts.data, ['url', 'label', 'source']);
  const { rows, bad } = labelledRows<UrlRow>(records, (r, malicious) => ({
    url: r.url!,
    malicious,
    source: r.source ?? '',
  }));
  log?.(`${rows.length} rows (${bad} with an unknown label skipped)`);
  const nMal = rows.filter((r) => r.malicious).length;
  requireBothClasses(nMal, rows.length - nMal, opts.data);
  const features = opts.features ?? 'url/2';
  if (features !== 'url/1' && features !== 'url/2' && features !== 'url/3' && features !== 'url/4')
    throw new VigilError('E_USAGE', `--features must be url/1, url/2, url/3 or url/4, got ${features}`);
  const phase = log ? { onPhase: log } : {};
  const mailWeight = num(opts.mailWeight, URL_STACK_DEFAULTS.mailWeight, 'mail-weight');
  const stacked =
    features === 'url/3'
      ? trainUrlStackModel(
          rows,
          {
            ...o,
            ...phase,
            base: URL_STACK_DEFAULTS.base,
            mailWeight,
            trees: URL_STACK_DEFAULTS.trees,
          },
          version,
        )
      : null;
  const result =
    stacked ??
    trainUrlModel(
      rows,
      { ...o, ...phase, features: features === 'url/3' ? 'url/2' : features, mailWeight },
      version,
    );
  const shown = shownPath(opts.data);
  const modelBytes = writeModelAndCard(result.model, out, card, (bytes) =>
    linearCard({
      kind: 'url',
      result,
      data: {
        path: shown,
        sha256: createHash('sha256').update(buf).digest('hex'),
        rows: records.length,
        counts: {
          malicious: nMal,
          benign: rows.length - nMal,
          sources: new Set(rows.map((r) => r.source)).size,
        },
      },
      options: o,
      date,
      command: `vigil train url --data ${shown} --out ${out}${opts.features ? ` --features ${features}` : ''}${mailWeight !== 1 ? ` --mail-weight ${mailWeight}` : ''}`,
      modelBytes: bytes,
      nonZero: nonZeroWeights(result.model),
      licences: URL_LICENCES,
      notes: URL_NOTES,
    }),
  );
  return { out, card, modelBytes, cv: result.cv };
}
