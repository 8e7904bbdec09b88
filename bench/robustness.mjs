#!/usr/bin/env node
// Evasion robustness (issue 12): rewrite messages as an attacker with AI tools would and report, per
// transform, the flagged rate before and after and the mean score change. Every dev-set message is
// scored by a model trained on the other folds (5 folds grouped by campaign, the training code of
// `vigil train email`): never a model that saw the message. The hand-written lures in examples/ and
// test/fixtures/lures are scored by the fold-1 model (they are not in the dev set) and also get a
// table of their own (`--per-fold 0`: those alone, one model trained). Benign messages go through the encoding-only transforms
// and must not flip.
// Usage: npm run bench:robustness -- [--per-fold N] [--folds K] [--seed S] [--out FILE] [--only a,b]
//        [--explain]  (print, per transform, the malicious messages it turned clean and what remained)
// The OCR rows render the lure's own text into the picture (test/helpers/text-png.mjs) and scan with
// `ocr: true`; their mean time per message is the OCR cost (one image each).
// Needs ../shared/data/email/dev (VIGIL_DATA overrides ../shared/data); skips cleanly without it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const data = resolve(process.env.VIGIL_DATA ?? join(root, '..', 'shared', 'data'));
const dev = join(data, 'email', 'dev');
if (!existsSync(join(dev, 'malicious')) || !existsSync(join(dev, 'benign'))) {
  console.log(`bench:robustness: ${dev}/{malicious,benign} not found; nothing to measure (skipped)`);
  process.exit(0);
}
if (!process.env.VIGIL_NO_BUILD)
  spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );

const vigil = await import('../dist/index.js');
const { analyzeEmail, resolveConfig } = vigil;
const { listCorpus, extractCorpus, trainEmailOnMessages, EMAIL_TRAIN_DEFAULTS, EMAIL_FEATURE_OPTIONS } =
  vigil.train;
const { emailModelFrom } = vigil.email;
const { connectGroups, groupKFold } = vigil.ml;
const { LATIN_LOOKALIKES } = vigil.url;
const { default: PostalMime } = await import('postal-mime');

const PER_FOLD = Number(opt('per-fold', 40));
const K = Number(opt('folds', 5));
const SEED = Number(opt('seed', 1));
const ONLY = opt('only', '') ? new Set(opt('only', '').split(',')) : null;
const TRUSTED = 'mx.bench-victim.example';
const config = resolveConfig({ trusted_authserv_ids: [TRUSTED] });
const configOcr = resolveConfig({ trusted_authserv_ids: [TRUSTED], ocr: true });
const EXPLAIN = args.includes('--explain');
const { renderTextPng } = await import('../test/helpers/text-png.mjs');

// ------------------------------------------------------------------------------------------------
// deterministic randomness

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}
function hashSeed(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ------------------------------------------------------------------------------------------------
// message model: header lines kept verbatim, body rebuilt from the parsed text, HTML and attachments

const CRLF = '\r\n';
function splitMessage(raw) {
  const s = raw.toString('latin1');
  const m = /\r?\n\r?\n/.exec(s);
  const head = m ? s.slice(0, m.index) : s;
  const fields = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length) fields[fields.length - 1] += CRLF + line;
    else if (line) fields.push(line);
  }
  return fields;
}
const nameOf = (field) => field.slice(0, field.indexOf(':')).trim().toLowerCase();
const encodeWord = (text) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

/**
 * postal-mime leaves a UTF-7 part undecoded (`+ADw-a href+AD0AIg-…`); phishing kits send them so
 * filters miss the markup. Decoded here so the rewrites keep the lure's links (RFC 2152).
 */
const utf7 = (s) =>
  /\+AD[wc0]/.test(s)
    ? s.replace(/\+([A-Za-z0-9+/]*)-?/g, (m, b) => {
        if (!b) return '+';
        const bytes = Buffer.from(b, 'base64');
        let out = '';
        for (let i = 0; i + 1 < bytes.length; i += 2)
          out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
        return out;
      })
    : s;

async function parse(raw) {
  const email = await PostalMime.parse(raw);
  if (email.html) email.html = utf7(email.html);
  if (email.text) email.text = utf7(email.text);
  return {
    fields: splitMessage(raw).filter(
      (f) => !['content-type', 'content-transfer-encoding', 'mime-version'].includes(nameOf(f)),
    ),
    subject: email.subject ?? '',
    text: email.text ?? '',
    html: email.html ?? '',
    attachments: (email.attachments ?? []).map((a) => ({
      filename: a.filename ?? 'part',
      mimeType: a.mimeType ?? 'application/octet-stream',
      disposition: a.disposition ?? 'attachment',
      contentId: a.contentId ?? '',
      content: typeof a.content === 'string' ? Buffer.from(a.content) : Buffer.from(a.content),
    })),
  };
}

function qp(text) {
  const bytes = Buffer.from(text, 'utf8');
  let line = '';
  const out = [];
  for (const b of bytes) {
    let c;
    if (b === 10) {
      out.push(line);
      line = '';
      continue;
    }
    if (b === 13) continue;
    c =
      (b >= 33 && b <= 126 && b !== 61) || b === 32
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + c.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += c;
  }
  out.push(line);
  return out.map((l) => l.replace(/ $/, '=20')).join(CRLF);
}
const b64 = (buf) =>
  (
    Buffer.from(buf)
      .toString('base64')
      .match(/.{1,76}/g) ?? ['']
  ).join(CRLF);

let boundarySeq = 0;
function build(msg, encoding = 'base64') {
  const fields = [...msg.fields];
  if (msg.subjectChanged) {
    const i = fields.findIndex((f) => nameOf(f) === 'subject');
    const line = `Subject: ${encodeWord(msg.subject)}`;
    if (i >= 0) fields[i] = line;
    else fields.push(line);
  }
  const part = (type, content) =>
    encoding === 'qp'
      ? [
          `Content-Type: ${type}; charset=utf-8`,
          'Content-Transfer-Encoding: quoted-printable',
          '',
          qp(content),
        ].join(CRLF)
      : [
          `Content-Type: ${type}; charset=utf-8`,
          'Content-Transfer-Encoding: base64',
          '',
          b64(Buffer.from(content, 'utf8')),
        ].join(CRLF);
  let alt;
  if (msg.text && msg.html) {
    const b = `alt-${++boundarySeq}`;
    alt = [
      `Content-Type: multipart/alternative; boundary="${b}"`,
      '',
      `--${b}`,
      part('text/plain', msg.text),
      `--${b}`,
      part('text/html', msg.html),
      `--${b}--`,
      '',
    ].join(CRLF);
  } else alt = msg.html ? part('text/html', msg.html) : part('text/plain', msg.text);
  let body = alt;
  if (msg.attachments.length) {
    const b = `mix-${++boundarySeq}`;
    const parts = [`Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, alt];
    for (const a of msg.attachments) {
      parts.push(
        `--${b}`,
        `Content-Type: ${a.mimeType}; name="${a.filename}"`,
        `Content-Disposition: ${a.disposition}; filename="${a.filename}"`,
      );
      if (a.contentId) parts.push(`Content-ID: ${a.contentId}`);
      parts.push('Content-Transfer-Encoding: base64', '', b64(a.content));
    }
    parts.push(`--${b}--`, '');
    body = parts.join(CRLF);
  }
  // the kept header lines are the original bytes read as latin1 (splitMessage): written back the same
  // way, or a raw UTF-8 subject ("You’ve received …") comes out as mojibake and no rule reads it;
  // what the bench writes itself (encoded words, the body) is ASCII or UTF-8
  return Buffer.concat([
    Buffer.from([...fields, 'MIME-Version: 1.0', ''].join(CRLF), 'latin1'),
    Buffer.from(body + CRLF, 'utf8'),
  ]);
}

// ------------------------------------------------------------------------------------------------
// text rewriters (applied to the plain text, the text nodes of the HTML and the subject)

/** Apply `fn` to the words of the text outside HTML tags and entities. */
function mapWords(text, html, fn) {
  const re = html ? /(<[^>]*>|&#?[a-z0-9]+;)|([\p{L}]+)/giu : /()([\p{L}]+)/gu;
  return text.replace(re, (m, tag, word) => (tag ? m : fn(word)));
}
function rewriteText(msg, fn, { subject = true } = {}) {
  return {
    ...msg,
    text: msg.text ? fn(msg.text, false) : msg.text,
    html: msg.html ? fn(msg.html, true) : msg.html,
    subject: subject ? fn(msg.subject, false) : msg.subject,
    subjectChanged: subject || msg.subjectChanged,
  };
}

/** Every single-letter Latin look-alike of Unicode's confusables data, by the letter it imitates. */
const LOOKALIKES = new Map();
for (const [ch, to] of LATIN_LOOKALIKES) {
  if (to.length !== 1 || !/^\p{L}$/u.test(ch)) continue;
  if (!LOOKALIKES.has(to)) LOOKALIKES.set(to, []);
  LOOKALIKES.get(to).push(ch);
}
const homoglyphs = (rate) => (msg, r) =>
  rewriteText(msg, (t, html) =>
    mapWords(t, html, (w) =>
      w.length < 3
        ? w
        : [...w]
            .map((c) => {
              const options = LOOKALIKES.get(c.toLowerCase());
              return options && r() < rate ? options[Math.floor(r() * options.length)] : c;
            })
            .join(''),
    ),
  );

const INVISIBLES = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2066\u2069',
  '\u202d\u202c',
];
const zeroWidth = (msg, r) =>
  rewriteText(msg, (t, html) =>
    mapWords(t, html, (w) =>
      w.length < 4
        ? w
        : [...w]
            .map((c, i) => (i > 0 && r() < 0.35 ? INVISIBLES[Math.floor(r() * INVISIBLES.length)] + c : c))
            .join(''),
    ),
  );

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const asHtml = (msg) =>
  msg.html ? msg.html : `<html><body>${escapeHtml(msg.text).replace(/\r?\n/g, '<br>\n')}</body></html>`;
const htmlSplit = (msg, r) => {
  const html = mapWords(asHtml(msg), true, (w) =>
    w.length < 4
      ? w
      : [...w]
          .map((c, i) => {
            if (i === 0) return c;
            const x = r();
            if (x < 0.12) return `<span></span>${c}`;
            if (x < 0.22) return `<!-- ${Math.floor(r() * 1e6)} -->${c}`;
            if (x < 0.35) return `&#${c.codePointAt(0)};`;
            return c;
          })
          .join(''),
  );
  return { ...msg, html };
};

const NEUTRAL = [
  'The committee met on Tuesday to review the garden plans for the spring season.',
  'Members discussed the layout of the flower beds and the choice of shrubs along the north fence.',
  'Volunteers will water the seedlings each morning until the end of the month.',
  'The library hosts a reading hour for children every Saturday at ten.',
  'The bakery on the corner has started selling rye bread again.',
  'Weather reports suggest a mild week with light rain on Thursday.',
  'The new lawn should settle before the neighbourhood picnic in the park.',
  'A local choir is rehearsing for the winter concert in the town hall.',
  'Cyclists are asked to use the new lane along the river path.',
  'The museum extended its opening hours for the photography exhibition.',
  'Several families have offered to bring salads and fruit to the picnic.',
  'The football club thanked everyone who helped paint the clubhouse.',
];
function neutralText(words, r) {
  const out = [];
  let n = 0;
  while (n < words) {
    const s = NEUTRAL[Math.floor(r() * NEUTRAL.length)];
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}
const pad = (words) => (msg, r) => {
  const filler = neutralText(words, r);
  return {
    ...msg,
    text: msg.text ? `${msg.text}\n\n${filler}\n` : msg.text,
    html: msg.html ? msg.html.replace(/(<\/body>|$)/i, `<p>${filler}</p>$1`) : msg.html,
  };
};

const SYNONYMS = {
  bank: 'financial institution',
  banking: 'financial',
  payment: 'remittance',
  payments: 'remittances',
  invoice: 'bill',
  invoices: 'bills',
  urgent: 'time-sensitive',
  urgently: 'promptly',
  immediately: 'right away',
  account: 'profile',
  password: 'passcode',
  verify: 'validate',
  verification: 'validation',
  confirm: 'reconfirm',
  wire: 'send',
  transfer: 'move',
  details: 'particulars',
  update: 'refresh',
  updated: 'refreshed',
  suspended: 'paused',
  login: 'sign-in',
  click: 'tap',
  gift: 'present',
  cards: 'vouchers',
  card: 'voucher',
  request: 'ask',
  today: 'before end of day',
  secure: 'protected',
  expire: 'lapse',
  expires: 'lapses',
  mailbox: 'inbox',
  document: 'file',
  shared: 'sent',
  pay: 'settle',
  funds: 'money',
};
const synonyms = (msg, r) => {
  const swap = (t, html) =>
    mapWords(t, html, (w) => {
      const s = SYNONYMS[w.toLowerCase()];
      if (!s) return w;
      return w[0] === w[0].toUpperCase() ? s[0].toUpperCase() + s.slice(1) : s;
    });
  const reorder = (t) =>
    t
      .split(/\n\s*\n/)
      .map((p) => {
        const s = p.split(/(?<=[.!?])\s+/);
        for (let i = s.length - 1; i > 0; i--) {
          const j = Math.floor(r() * (i + 1));
          [s[i], s[j]] = [s[j], s[i]];
        }
        return s.join(' ');
      })
      .join('\n\n');
  const m = rewriteText(msg, swap);
  return { ...m, text: m.text ? reorder(m.text) : m.text };
};

const redirect = (msg) => {
  const wrap = (u) => `https://www.google.com/url?q=${encodeURIComponent(u)}&sa=D`;
  return {
    ...msg,
    text: msg.text.replace(/https?:\/\/[^\s<>"')\]]+/g, (u) => wrap(u)),
    html: msg.html.replace(
      // browsers trim the attribute: href=" \nhttp://…" is a link (old phishing kits write it so)
      /(href\s*=\s*["']\s*)(https?:[^"']+)/gi,
      (_, a, u) => `${a}${wrap(u.replace(/&amp;/g, '&'))}`,
    ),
  };
};

/** What a reader of the message sees, as plain text (the picture an attacker would render). */
const readable = (msg) =>
  [
    msg.subject,
    msg.text ||
      msg.html
        .replace(/<(?:style|script)[^>]*>[\s\S]*?<\/(?:style|script)>/gi, ' ')
        .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/tr>|<\/h\d>/gi, '\n')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&#?\w+;/g, ' '),
  ]
    .join('\n\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
const PNG = (() => {
  const b = Buffer.alloc(4096, 0x55);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  return b;
})();
/**
 * The message's distinct clickable links, in order (at most 5). The attacker keeps the payload link
 * and moves only the words; which link is the payload is not for the bench to guess (the first link
 * is often the impersonated brand's real home page), so the picture is cut in slices, one per link,
 * the way sliced image-only spam is built.
 */
const linksOf = (msg) =>
  [
    ...new Set(
      [
        ...[...msg.html.matchAll(/href\s*=\s*["']\s*(https?:[^"']+)/gi)].map((m) => m[1].trim()),
        ...(msg.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? []),
      ].map((u) => u.replace(/&amp;/g, '&')),
    ),
  ].slice(0, 5);
const imageOnly =
  (where, lureInPicture = false) =>
  (msg) => {
    const links = linksOf(msg);
    const img = (i) =>
      where === 'remote' ? `https://cdn.bench-images.example/notice-${i}.png` : 'cid:notice@bench';
    const pic = links.length
      ? links.map((l, i) => `<a href="${escapeHtml(l)}"><img src="${img(i)}" width="600"></a>`).join('<br>')
      : `<img src="${img(0)}" width="600">`;
    const attachments = msg.attachments.filter((a) => !a.mimeType.startsWith('text/'));
    if (where === 'inline')
      attachments.push({
        filename: 'notice.png',
        mimeType: 'image/png',
        disposition: 'inline',
        contentId: '<notice@bench>',
        content: lureInPicture ? renderTextPng(readable(msg)) : PNG,
      });
    if (where === 'attached')
      attachments.push({
        filename: 'notice.png',
        mimeType: 'image/png',
        disposition: 'attachment',
        contentId: '',
        content: lureInPicture ? renderTextPng(readable(msg)) : PNG,
      });
    const html =
      where === 'attached'
        ? `<p>Please see the attached notice.</p>${links.map((l) => `<p><a href="${escapeHtml(l)}">${escapeHtml(l)}</a></p>`).join('')}`
        : `<p>Please see the notice below.</p>${pic}`;
    return { ...msg, text: '', html, attachments };
  };

// header rewriters
const withFields = (msg, fields) => ({ ...msg, fields });
const fromIndex = (msg) => msg.fields.findIndex((f) => nameOf(f) === 'from');
const duplicateFrom = (msg) => {
  const i = fromIndex(msg);
  const fields = [...msg.fields];
  fields.splice(Math.max(0, i), 0, 'From: "Mail Delivery" <notifications@bench-neutral.example>');
  return withFields(msg, fields);
};
const foldedFrom = (msg) => {
  const i = fromIndex(msg);
  if (i < 0) return msg;
  const fields = [...msg.fields];
  const v = fields[i]
    .slice(5)
    .replace(/\r\n[ \t]+/g, ' ')
    .trim();
  fields[i] = `From:${CRLF} ${v.replace(/ </, `${CRLF} <`)}`;
  return withFields(msg, fields);
};
const bigHeader = (kb) => (msg, r) => {
  const chunks = [];
  let size = 0;
  while (size < kb * 1024) {
    const line = Array.from(
      { length: 70 },
      () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[Math.floor(r() * 64)],
    ).join('');
    chunks.push(line);
    size += line.length + 3;
  }
  return withFields(msg, [`X-Campaign-Trace: ${chunks.join(`${CRLF} `)}`, ...msg.fields]);
};
const fromDomain = (msg) => {
  const f = msg.fields[fromIndex(msg)] ?? '';
  return f.match(/@([a-z0-9.-]+)/i)?.[1]?.toLowerCase() ?? 'sender.example';
};
const REAL_AR = (msg) =>
  `Authentication-Results: ${TRUSTED}; spf=fail smtp.mailfrom=${fromDomain(msg)}; dkim=none; dmarc=fail header.from=${fromDomain(msg)}`;
const FORGED_AR = (msg) =>
  `Authentication-Results: ${TRUSTED}; spf=pass smtp.mailfrom=${fromDomain(msg)}; dkim=pass header.d=${fromDomain(msg)}; dmarc=pass header.from=${fromDomain(msg)}`;
// baseline for the forged-AR pair: the receiving MX's real (failing) result on top
const withRealAr = (msg) => withFields(msg, [REAL_AR(msg), ...msg.fields]);
const forgedAr = (place) => (msg) =>
  withFields(
    msg,
    place === 'below'
      ? [REAL_AR(msg), FORGED_AR(msg), ...msg.fields]
      : [FORGED_AR(msg), REAL_AR(msg), ...msg.fields],
  );

// ------------------------------------------------------------------------------------------------
// the transforms; `encoding` ones also run on benign mail; `baseline` replaces the original as "before"

const T = (name, fn, o = {}) => ({ name, fn, encoding: false, ...o });
const stack =
  (...fns) =>
  (msg, r) =>
    fns.reduce((m, f) => f(m, r), msg);
const TRANSFORMS = [
  T('re-encode base64', (m) => m, { encoding: true }),
  T('re-encode quoted-printable', (m) => m, { encoding: true, qp: true }),
  T('homoglyphs (whole table, 50 % of letters)', homoglyphs(0.5)),
  T('zero-width and bidi inside words', zeroWidth),
  T('HTML splitting (empty tags, comments, entities)', htmlSplit, { encoding: true }),
  T('image only: remote image + one sentence', imageOnly('remote')),
  T('image only: inline image', imageOnly('inline')),
  T('image only: attached image', imageOnly('attached')),
  T('image only: inline image of the lure, OCR on', imageOnly('inline', true), { ocr: true }),
  T('image only: attached image of the lure, OCR on', imageOnly('attached', true), { ocr: true }),
  T('padding: 300 neutral words', pad(300)),
  T('padding: 1,000 neutral words', pad(1000)),
  T('synonyms + sentence reordering', synonyms),
  T('links wrapped in an open redirector', redirect),
  T('duplicate From (neutral one first)', duplicateFrom),
  T('folded From', foldedFrom, { encoding: true }),
  T('30 KB first header', bigHeader(30)),
  T('60 KB first header', bigHeader(60)),
  T('forged Authentication-Results below the real one', forgedAr('below'), { baseline: withRealAr }),
  T('forged Authentication-Results above the real one', forgedAr('above'), { baseline: withRealAr }),
  T('stacked: homoglyphs + zero-width + 300 words', stack(homoglyphs(0.5), zeroWidth, pad(300))),
  T('stacked: synonyms + HTML splitting + quoted-printable', stack(synonyms, htmlSplit), { qp: true }),
  T('stacked: homoglyphs + redirector + duplicate From', stack(homoglyphs(0.5), redirect, duplicateFrom)),
].filter((t) => !ONLY || ONLY.has(t.name));

// ------------------------------------------------------------------------------------------------

const files = await listCorpus([join(dev, 'malicious')], [join(dev, 'benign')]);
const { messages } = await extractCorpus(files, {
  config,
  featureOptions: EMAIL_FEATURE_OPTIONS,
  what: 'features',
});
const groups = connectGroups(messages.map((m) => (m.groupKeys.length ? m.groupKeys : [`file:${m.path}`])));
const foldOf = groupKFold(groups, K, SEED);

const flagged = (v) => v.verdict !== 'clean';
const stats = new Map(
  TRANSFORMS.map((t) => [
    t.name,
    {
      malicious: { n: 0, before: 0, after: 0, delta: 0, ms: 0 },
      benign: { n: 0, before: 0, after: 0, delta: 0, ms: 0 },
    },
  ]),
);
// the same counts for the hand-written lures alone (examples/ and test/fixtures/lures: unseen mail)
const handStats = new Map(TRANSFORMS.map((t) => [t.name, { n: 0, before: 0, after: 0, delta: 0 }]));
const lostHand = new Map(TRANSFORMS.map((t) => [t.name, []]));
let examplesScorer = null;

async function run(raw, label, scorer, seedText, hand = false) {
  const original = await parse(raw).catch(() => null);
  if (!original) return;
  const before0 = await analyzeEmail(raw, { config, scorer });
  for (const t of TRANSFORMS) {
    if (label === 'benign' && !t.encoding) continue;
    const r = rng(hashSeed(`${t.name}\u0000${seedText}`));
    let before = before0;
    if (t.baseline) before = await analyzeEmail(build(t.baseline(original)), { config, scorer });
    const after = await analyzeEmail(build(t.fn(original, r), t.qp ? 'qp' : 'base64'), {
      config: t.ocr ? configOcr : config,
      scorer,
    });
    const s = stats.get(t.name)[label];
    s.ms += after.elapsed_ms;
    if (EXPLAIN && flagged(before) && !flagged(after))
      console.error(
        `lost by "${t.name}": ${seedText}\n  before: ${before.verdict} ${before.score} ${before.signals.map((x) => `${x.id}/${x.severity}`).join(' ')}\n  after:  ${after.verdict} ${after.score} ${after.signals.map((x) => `${x.id}/${x.severity}`).join(' ')} gate=${JSON.stringify(after.explanation?.gate ?? null)}`,
      );
    for (const x of hand && label === 'malicious' ? [s, handStats.get(t.name)] : [s]) {
      x.n++;
      x.before += flagged(before) ? 1 : 0;
      x.after += flagged(after) ? 1 : 0;
      x.delta += after.score - before.score;
    }
    if (hand && label === 'malicious' && flagged(before) && !flagged(after))
      lostHand.get(t.name).push(seedText);
  }
}

const t0 = performance.now();
for (let f = 0; f < K; f++) {
  const train = messages.filter((_, i) => foldOf[i] !== f);
  const trained = trainEmailOnMessages(
    train,
    { ...EMAIL_TRAIN_DEFAULTS, seed: SEED },
    { version: `bench-fold-${f + 1}` },
  );
  const scorer = emailModelFrom(trained.model);
  if (f === 0) examplesScorer = scorer;
  for (const label of ['malicious', 'benign']) {
    const held = messages
      .filter((m, i) => foldOf[i] === f && m.label === label)
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    const step = Math.max(1, Math.floor(held.length / PER_FOLD));
    const sample = held.filter((_, i) => i % step === 0).slice(0, PER_FOLD);
    for (const m of sample) await run(readFileSync(m.path), label, scorer, m.path);
  }
  if (PER_FOLD === 0) break; // hand-written lures only: the fold-1 model is enough
  process.stderr.write(`fold ${f + 1}/${K} done (${Math.round((performance.now() - t0) / 1000)} s)\n`);
}
// the hand-written lures, not in the dev set: examples/ and test/fixtures/lures (malicious unless
// named legit-*), scored by the fold-1 model
const HAND_DIRS = ['examples', join('test', 'fixtures', 'lures')];
let handFiles = 0;
for (const dir of HAND_DIRS) {
  const abs = join(root, dir);
  if (!existsSync(abs)) continue;
  for (const name of readdirSync(abs)
    .filter((n) => n.endsWith('.eml'))
    .sort()) {
    handFiles++;
    await run(
      readFileSync(join(abs, name)),
      name.startsWith('legit') ? 'benign' : 'malicious',
      examplesScorer,
      join(dir, name),
      true,
    );
  }
}
process.stderr.write(`hand-written messages: ${handFiles} (${HAND_DIRS.join(', ')})\n`);

const pct = (x, n) => (n ? (100 * x) / n : 0);
const rows = [];
const lines = [
  `Flagged rate (suspicious or malicious) before and after each rewrite; out-of-fold models (${K} folds grouped by campaign, seed ${SEED}), up to ${PER_FOLD} messages of each label per fold, plus ${HAND_DIRS.join(' and ')}.`,
  '',
  '| transform | malicious n | flagged before | flagged after | change (points) | mean score change | benign n | benign flagged before | benign after | change (points) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const t of TRANSFORMS) {
  const { malicious: m, benign: b } = stats.get(t.name);
  const row = {
    transform: t.name,
    malicious: {
      n: m.n,
      before: pct(m.before, m.n),
      after: pct(m.after, m.n),
      mean_score_change: m.n ? m.delta / m.n : 0,
      mean_ms_per_message: m.n ? m.ms / m.n : 0,
    },
    benign: t.encoding ? { n: b.n, before: pct(b.before, b.n), after: pct(b.after, b.n) } : null,
  };
  rows.push(row);
  const f1 = (x) => `${x.toFixed(1)} %`;
  const sign = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
  lines.push(
    `| ${t.name} | ${m.n} | ${f1(row.malicious.before)} | ${f1(row.malicious.after)} | ${sign(row.malicious.after - row.malicious.before)} | ${sign(row.malicious.mean_score_change * 100)} % | ` +
      (row.benign
        ? `${b.n} | ${f1(row.benign.before)} | ${f1(row.benign.after)} | ${sign(row.benign.after - row.benign.before)} |`
        : '– | – | – | – |'),
  );
}
const handN = handStats.get(TRANSFORMS[0]?.name)?.n ?? 0;
lines.push(
  '',
  `Hand-written lures alone (${handN} malicious messages of ${HAND_DIRS.join(' and ')}, fold-1 model):`,
  '',
  '| transform | n | flagged before | flagged after | change (points) | mean score change | turned clean |',
  '| --- | --- | --- | --- | --- | --- | --- |',
);
for (const t of TRANSFORMS) {
  const h = handStats.get(t.name);
  const before = pct(h.before, h.n);
  const after = pct(h.after, h.n);
  const sign = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
  const lost = lostHand.get(t.name).map((p) =>
    p
      .split('/')
      .pop()
      .replace(/\.eml$/, ''),
  );
  rows.find((r) => r.transform === t.name).hand = { n: h.n, before, after, lost };
  lines.push(
    `| ${t.name} | ${h.n} | ${before.toFixed(1)} % | ${after.toFixed(1)} % | ${sign(after - before)} | ${sign(h.n ? (100 * h.delta) / h.n : 0)} % | ${lost.join(', ') || '–'} |`,
  );
}
const ocrRows = rows.filter((r) => TRANSFORMS.find((t) => t.name === r.transform)?.ocr);
if (ocrRows.length)
  lines.push(
    '',
    `OCR cost (one rendered image per message, worker already started): ${ocrRows.map((r) => `${r.transform.replace(/^image only: /, '')} ${Math.round(r.malicious.mean_ms_per_message)} ms a message`).join('; ')}` +
      `; without OCR ${Math.round(rows.find((r) => r.transform === 'image only: inline image')?.malicious.mean_ms_per_message ?? 0)} ms.`,
  );
console.log(lines.join('\n'));
const out = opt('out', join(root, '.vigil', 'bench', 'robustness.json'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    { folds: K, seed: SEED, per_fold: PER_FOLD, seconds: Math.round((performance.now() - t0) / 1000), rows },
    null,
    2,
  ) + '\n',
);
console.error(`wrote ${out}`);
