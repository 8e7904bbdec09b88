#!/usr/bin/env node
// Issue 9 acceptance for link rewriters: rewrite every http(s) link of every dev message the way a
// mail gateway does (Microsoft Safe Links, Proofpoint URL Defense v2 and v3, Google's /url
// redirect) and compare the share of messages flagged (verdict not clean) with the shipped models,
// before and after the rewrite, per label and per source. A rewrite may raise the benign flagged
// rate by at most 0.5 points, and must not lower the malicious one.
//
//   node scripts/rewrite-measure.mjs [--label benign|malicious|both] [--rewriters safelinks,proofpoint-v2,proofpoint-v3,google] [--root DIR] [--json]
//   node scripts/rewrite-measure.mjs --label benign --rewriters preheader,reply-to-person,reply-to-service
//     (a hidden zero-width preheader in every HTML part; a Reply-To on another domain)
//   node scripts/rewrite-measure.mjs --label both --rewriters strip-receiving
//     (every receiving-side header removed: trace, Authentication-Results, the receiver's verdicts)
//
// The message is rewritten where a gateway rewrites it: HTML `href`s and URLs in text/plain parts
// (transfer encoding decoded and re-applied, bytes otherwise unchanged), so the analyzer parses the
// rewritten message from scratch. `--root` scores with another build of Vigil (e.g. a checkout of
// an earlier commit with its own dist/), to see what the rewrite did before unwrapping existed.
// Needs `npx tsc -p tsconfig.build.json`. VIGIL_DATA=/path overrides ../shared/data.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = resolve(opt('root', here));
const data = resolve(process.env.VIGIL_DATA ?? join(here, '..', 'shared', 'data'));
// the public entry (dist/index.js) of the tree measured (--root)
const { createScanner, resolveConfig } = await import(join(root, 'dist', 'index.js'));

const enc = encodeURIComponent;
/** Proofpoint v2: percent-encoding with `%`→`-` and `/`→`_` (a literal - or _ is percent-encoded first). */
const ppV2 = (u) =>
  enc(u)
    .replace(/%2F/g, '/')
    .replace(/-/g, '%2D')
    .replace(/_/g, '%5F')
    .replace(/%/g, '-')
    .replace(/\//g, '_');
/** What each gateway writes in place of a link (fixed tokens: the output must be deterministic). */
const WRAP = {
  safelinks: (u) =>
    `https://nam12.safelinks.protection.outlook.com/?url=${enc(u)}&data=05%7C02%7C%7C0a1b2c3d%7C0%7C0%7C638000000000000000%7CUnknown&sdata=AbCdEfGh%3D&reserved=0`,
  'proofpoint-v2': (u) =>
    `https://urldefense.proofpoint.com/v2/url?u=${ppV2(u)}&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf&r=AbCdEf&m=GhIjKl&s=MnOpQr&e=`,
  // v3 keeps the URL readable; a '*' in it would need Proofpoint's substitution table, so such
  // links (rare) are left alone rather than encoded wrongly
  'proofpoint-v3': (u) =>
    u.includes('*') || u.includes('__') ? u : `https://urldefense.com/v3/__${u}__;!!AbCdEf!GhIjKlMnOp$`,
  google: (u) =>
    `https://www.google.com/url?q=${enc(u)}&sa=D&source=editors&ust=1700000000000000&usg=AOvVaw0AbCdEf`,
};

/**
 * Whole-message rewrites of legitimate bulk mail that must not be evidence on their own (issue 9,
 * item 3): a hidden preheader with zero-width characters in every HTML part, and a Reply-To on
 * another domain (a person's mailbox, and a mail service's help mailbox).
 */
const PREHEADER =
  '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">Your update is inside \u200c\u00a0\u200c\u00a0\u200b\u200c&zwnj;&nbsp;&zwnj;&nbsp;&#8203;</div>';
const TRANSFORMS = {
  preheader: {
    text: (text, html, count) => {
      if (!html) return text;
      count.n++;
      return /<body[^>]*>/i.test(text)
        ? text.replace(/<body[^>]*>/i, (b) => b + PREHEADER)
        : PREHEADER + text;
    },
  },
  'reply-to-person': {
    head: (raw) => addHeader(raw, 'Reply-To: Jane Doe <jane.doe@replies-elsewhere.example>'),
  },
  'reply-to-service': {
    head: (raw) => addHeader(raw, 'Reply-To: Customer Care <help@replies-elsewhere.example>'),
  },
  // what a receiving MX and mailbox add, removed: the same mail as the sender wrote it
  'strip-receiving': {
    head: (raw) => dropHeaders(raw, RECEIVING),
  },
};
/** Headers written on the receiving side (trace, authentication results, the receiver's verdicts). */
const RECEIVING =
  /^(received|received-spf|authentication-results[a-z-]*|x-originating-ip|x-apparently-to|x-ymail[a-z-]*|x-yahoo[a-z-]*|x-aol[a-z-]*|x-antiabuse|x-mailscanner[a-z-]*|x-barracuda[a-z-]*|x-proofpoint[a-z-]*|x-mimecast[a-z-]*|x-ironport[a-z-]*|arc-[a-z-]+|return-path|delivered-to|x-original-to|envelope-to|x-envelope-[a-z-]+|x-ms-[a-z0-9-]+|x-microsoft-[a-z0-9-]+|x-forefront-[a-z0-9-]+|x-eop[a-z0-9-]*|x-sender-ip|x-sid-[a-z0-9-]+|x-spam[a-z0-9-]*|x-virus-[a-z0-9-]+|x-rspamd-[a-z0-9-]+|x-incomingtopheadermarker|x-incominghead[a-z0-9-]*|x-originatororg|x-ms-exchange-[a-z0-9-]+|x-google-smtp-source|x-received|x-gm-message-state|status|x-status|x-keywords|x-uid|x-mozilla-[a-z-]+|x-evolution[a-z-]*|lines|content-length|x-uidl|x-imap[a-z-]*)$/i;
/** Remove every header whose name matches (with its folded lines); bytes otherwise unchanged. */
function dropHeaders(raw, names) {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const rest = end < 0 ? '' : raw.slice(end);
  const lines = head.split(/(?<=\n)/);
  let keep = true;
  let out = '';
  for (const line of lines) {
    if (!/^[ \t]/.test(line)) {
      const name = line.slice(0, Math.max(0, line.indexOf(':')));
      keep = !names.test(name.trim());
    }
    if (keep) out += line;
  }
  return out.replace(/\r?\n$/, '') + rest;
}
/** Put a header first, replacing any of the same name (latin1 string: bytes otherwise unchanged). */
function addHeader(raw, line) {
  const name = line.slice(0, line.indexOf(':'));
  const eol = /\r\n/.test(raw.slice(0, 2000)) ? '\r\n' : '\n';
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const rest = end < 0 ? '' : raw.slice(end);
  const kept = head.replace(new RegExp(`(^|\\r?\\n)${name}:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*`, 'gi'), '');
  return line + eol + kept.replace(/^\r?\n/, '') + rest;
}

const decodeEntities = (s) =>
  s
    .replace(/&amp;/gi, '&')
    .replace(/&#38;/g, '&')
    .replace(/&#x26;/gi, '&');
const escapeAttr = (s) => s.replace(/&/g, '&amp;');

function rewriteText(text, html, wrap, count) {
  if (typeof wrap === 'object') return wrap.text ? wrap.text(text, html, count) : text;
  if (html) {
    return text.replace(/(\bhref\s*=\s*)(["']?)(https?:\/\/[^"'\s>]+)/gi, (_, a, q, u) => {
      count.n++;
      return `${a}${q}${escapeAttr(wrap(decodeEntities(u)))}`;
    });
  }
  // the whole URL as a gateway sees it: parentheses inside (`HB0287(1).pdf`) kept, trailing
  // punctuation and an unbalanced closing parenthesis left outside
  return text.replace(/https?:\/\/[^\s<>"'[\]`]+/g, (m) => {
    let u = m.replace(/[.,;:!?]+$/, '');
    while (u.endsWith(')') && (u.match(/\(/g) ?? []).length < (u.match(/\)/g) ?? []).length)
      u = u.slice(0, -1).replace(/[.,;:!?]+$/, '');
    count.n++;
    return wrap(u) + m.slice(u.length);
  });
}

const qpDecode = (s) =>
  s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
function qpEncode(s, eol) {
  return s
    .split(/\r?\n/)
    .map((line) => {
      let out = '';
      let len = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        const last = i === line.length - 1;
        let t = line[i];
        if (c === 61 || c > 126 || (c < 32 && c !== 9) || (last && (c === 32 || c === 9)))
          t = `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
        if (len + t.length > 75) {
          out += `=${eol}`;
          len = 0;
        }
        out += t;
        len += t.length;
      }
      return out;
    })
    .join(eol);
}

function headerParam(value, name) {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : null;
}

/** Rewrite the links of one MIME entity (latin1 string: bytes round-trip unchanged). */
function rewriteEntity(s, wrap, count, depth = 0) {
  const m = /\r?\n\r?\n/.exec(s);
  if (!m || depth > 20) return s;
  const head = s.slice(0, m.index);
  const sep = m[0];
  const body = s.slice(m.index + sep.length);
  const eol = sep.startsWith('\r') ? '\r\n' : '\n';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const ct = (/^content-type:\s*(.*)$/im.exec(unfolded)?.[1] ?? 'text/plain').trim();
  const cte = (/^content-transfer-encoding:\s*(\S+)/im.exec(unfolded)?.[1] ?? '7bit').toLowerCase();
  const type = ct.split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const b = headerParam(ct, 'boundary');
    if (!b) return s;
    const esc = b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const delim = new RegExp(`(^|\\r?\\n)--${esc}(--)?[^\\r\\n]*`, 'g');
    let out = '';
    let at = 0;
    let inPart = false;
    for (const d of body.matchAll(delim)) {
      const seg = body.slice(at, d.index);
      out += inPart ? rewritePart(seg, wrap, count, depth) : seg;
      out += d[0];
      at = d.index + d[0].length;
      inPart = !d[2];
      if (d[2]) break;
    }
    out += inPart ? rewritePart(body.slice(at), wrap, count, depth) : body.slice(at);
    return head + sep + out;
  }
  if (type !== 'text/html' && type !== 'text/plain') return s;
  const html = type === 'text/html';
  if (cte === 'base64') {
    const text = Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
    const before = count.n;
    const next = rewriteText(text, html, wrap, count);
    if (count.n === before) return s;
    const b64 = Buffer.from(next, 'latin1')
      .toString('base64')
      .match(/.{1,76}/g) ?? [''];
    return head + sep + b64.join(eol) + eol;
  }
  if (cte === 'quoted-printable') {
    const before = count.n;
    const next = rewriteText(qpDecode(body), html, wrap, count);
    return count.n === before ? s : head + sep + qpEncode(next, eol);
  }
  return head + sep + rewriteText(body, html, wrap, count);
}

function rewritePart(seg, wrap, count, depth) {
  const m = /^\r?\n/.exec(seg);
  const lead = m ? m[0] : '';
  return lead + rewriteEntity(seg.slice(lead.length), wrap, count, depth + 1);
}

const which = opt('label', 'both');
const rewriters = opt('rewriters', 'safelinks,proofpoint-v2,proofpoint-v3,google').split(',');
const manifest = readFileSync(join(data, 'email', 'manifest.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const scanner = createScanner(resolveConfig({}));
const variants = ['original', ...rewriters];
/** label -> variant -> { n, flagged, malicious }, and per source */
const tally = {};
const bump = (key, variant, v) => {
  const t = ((tally[key] ??= {})[variant] ??= { n: 0, flagged: 0 });
  t.n++;
  if (v.verdict !== 'clean') t.flagged++;
};
let rewrittenLinks = 0;
const changed = [];
const limit = Number(opt('limit', '0'));
const seen = {};
for (const [file, label, source] of manifest.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (which !== 'both' && label !== which) continue;
  // --limit N: the first N messages of each source (a quick check, not the measurement)
  if (limit && (seen[source] = (seen[source] ?? 0) + 1) > limit) continue;
  // --files a,b: only these manifest paths (to look at one message's rewrite with --dump)
  if (opt('files') && !opt('files').split(',').includes(file)) continue;
  const raw = readFileSync(join(data, 'email', file));
  const orig = await scanner.email(raw, file);
  bump(label, 'original', orig);
  bump(`${label} ${source}`, 'original', orig);
  for (const r of rewriters) {
    const count = { n: 0 };
    const how = WRAP[r] ?? TRANSFORMS[r];
    if (!how)
      throw new Error(
        `unknown rewrite ${r} (${[...Object.keys(WRAP), ...Object.keys(TRANSFORMS)].join(', ')})`,
      );
    let text = raw.toString('latin1');
    if (how.head) {
      text = how.head(text);
      count.n++;
    } else text = rewriteEntity(text, how, count);
    rewrittenLinks += count.n;
    // --dump DIR: keep the rewritten messages to look at (outside the repository)
    if (opt('dump') && count.n)
      writeFileSync(join(opt('dump'), `${r}-${file.split('/').pop()}`), text, 'latin1');
    const v = count.n ? await scanner.email(Buffer.from(text, 'latin1'), file) : orig;
    bump(label, r, v);
    bump(`${label} ${source}`, r, v);
    if ((v.verdict === 'clean') !== (orig.verdict === 'clean') && changed.length < 40) {
      changed.push({
        file,
        rewriter: r,
        before: `${orig.verdict} ${orig.score}`,
        after: `${v.verdict} ${v.score}`,
        signals: v.signals.slice(0, 4).map((s) => `${s.id}:${s.severity}`),
      });
    }
  }
}
const pct = (t) => (t ? +((100 * t.flagged) / t.n).toFixed(2) : null);
const rows = Object.keys(tally)
  .sort()
  .map((k) => ({
    slice: k,
    n: tally[k].original.n,
    ...Object.fromEntries(variants.map((v) => [v, pct(tally[k][v])])),
  }));
if (args.includes('--json')) console.log(JSON.stringify({ root, rewrittenLinks, rows, changed }, null, 1));
else {
  console.log(
    `flagged (verdict not clean), % of messages; links rewritten in total: ${rewrittenLinks}; scored with ${root}`,
  );
  console.log(['slice', 'n', ...variants].join('\t'));
  for (const r of rows) console.log([r.slice, r.n, ...variants.map((v) => r[v])].join('\t'));
  if (changed.length) {
    console.log('\nmessages whose verdict changed with the rewrite (first 40):');
    for (const c of changed)
      console.log(`${c.rewriter}\t${c.file}\t${c.before} -> ${c.after}\t${c.signals.join(' ')}`);
  }
}
