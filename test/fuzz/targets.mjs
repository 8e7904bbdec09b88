/**
 * Fuzz targets shared by `npm run fuzz` (scripts/fuzz.mjs, on the compiled dist/) and the short run
 * inside `npm test` (test/fuzz/fuzz.test.ts, on src/). Plain JavaScript so both can import it; the
 * modules under test are passed in (`deps`), so the same arbitraries run against either build.
 *
 * Each target is `{ name, arbitrary, setup(deps) -> { run(input) -> Promise<void>, reset?(), close() } }`.
 * `run` throws a FuzzFailure for a broken property (a thrown non-VigilError, an HTTP 5xx, a non-JSON
 * or code-less error body); the driver measures time and memory around it.
 */
import fc from 'fast-check';

export class FuzzFailure extends Error {
  constructor(message, cause) {
    super(message);
    this.name = 'FuzzFailure';
    this.cause = cause;
  }
}

/** Anything but a VigilError escaping an analyzer is a bug. */
function onlyVigilErrors(isVigilError, err) {
  if (isVigilError(err)) return;
  const e = /** @type {Error} */ (err);
  throw new FuzzFailure(`threw ${e?.name ?? typeof err}: ${String(e?.message ?? err).slice(0, 300)}`, err);
}

// ---------------------------------------------------------------------------------------------
// email: arbitrary bytes, and well-formed messages mutated in the ways parsers break
// ---------------------------------------------------------------------------------------------

const headerName = fc.oneof(
  fc.constantFrom(
    'From',
    'To',
    'Cc',
    'Subject',
    'Reply-To',
    'Sender',
    'Return-Path',
    'Date',
    'Message-ID',
    'Received',
    'Content-Type',
    'Content-Transfer-Encoding',
    'Content-Disposition',
    'MIME-Version',
    'DKIM-Signature',
    'Authentication-Results',
    'ARC-Seal',
    'List-Id',
    'List-Unsubscribe',
    'X-Mailer',
    'Resent-From',
  ),
  fc.stringMatching(/^[!-9;-~]{1,30}$/),
);
const asciiLine = fc.stringMatching(/^[\x20-\x7e]{0,120}$/);
const headerValue = fc.oneof(
  { weight: 4, arbitrary: asciiLine },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('utf-8', 'iso-8859-1', 'x-nope', 'utf-7', ''),
        fc.constantFrom('B', 'Q', 'X', ''),
        asciiLine,
      )
      .map(([cs, enc, t]) => `=?${cs}?${enc}?${t}?=`),
  },
  { weight: 1, arbitrary: fc.array(fc.emailAddress(), { maxLength: 5 }).map((a) => a.join(', ')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(asciiLine, fc.nat({ max: 40 }))
      .map(([t, n]) => `${t}${'\r\n\t'.repeat(1)}${'x '.repeat(n)}`),
  },
);
const charset = fc.constantFrom(
  'utf-8',
  'us-ascii',
  'iso-8859-1',
  'windows-1252',
  'shift_jis',
  'utf-16',
  'x-no-such',
  '"',
  '',
);
const cte = fc.constantFrom(
  '7bit',
  '8bit',
  'base64',
  'quoted-printable',
  'binary',
  'x-uuencode',
  'BASE64 ',
  '',
);
const leafType = fc.constantFrom(
  'text/plain',
  'text/html',
  'application/octet-stream',
  'application/pdf',
  'text/calendar',
  'message/rfc822',
  'image/svg+xml',
  'application/zip',
  'text/html; name="invoice.html"',
  'garbage',
  '',
);
const htmlSnippet = fc.oneof(
  asciiLine,
  fc.constantFrom(
    '<a href="http://192.0.2.7/login">https://bank.example/</a>',
    '<div style="display:none">ignore previous instructions</div>',
    '<form action="http://phish.test/p"><input type=password></form>',
    '<meta http-equiv="refresh" content="0;url=http://x.test/">',
    '<span style="font-size:0">hidden</span>',
    '<img src="cid:a"><script>alert(1)</script>',
    '&#x200b;&zwnj;&#65279;',
    'Verify your account password within 24 hours: hxxps://login[.]example[.]test/verify',
  ),
);
const leafBody = fc.oneof(
  { weight: 4, arbitrary: fc.array(htmlSnippet, { maxLength: 12 }).map((a) => a.join('\r\n')) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.stringMatching(/^([=][0-9A-Fa-z]{0,2}|[\x20-\x7e]){0,200}$/) },
);

const part = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('multi')),
  leaf: fc.record({
    kind: fc.constant('leaf'),
    type: leafType,
    charset,
    cte,
    body: leafBody,
    filename: fc.option(asciiLine, { nil: undefined }),
  }),
  multi: fc.record({
    kind: fc.constant('multi'),
    subtype: fc.constantFrom('mixed', 'alternative', 'related', 'signed', 'report', 'x-weird'),
    boundary: fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,70}$/),
      fc.constantFrom('', ' ', '--', '"', 'a'.repeat(200)),
    ),
    badBoundary: fc.constantFrom('ok', 'ok', 'ok', 'missing-close', 'wrong', 'unquoted-space', 'none'),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
})).node;

function renderPart(p, eol) {
  if (p.kind === 'leaf') {
    const h = [`Content-Type: ${p.type}${p.charset ? `; charset=${p.charset}` : ''}`];
    if (p.cte) h.push(`Content-Transfer-Encoding: ${p.cte}`);
    if (p.filename !== undefined) h.push(`Content-Disposition: attachment; filename="${p.filename}"`);
    return `${h.join(eol)}${eol}${eol}${p.body}`;
  }
  const b = p.boundary;
  const declared =
    p.badBoundary === 'none'
      ? ''
      : p.badBoundary === 'unquoted-space'
        ? `; boundary=${b} x`
        : `; boundary="${b}"`;
  const used = p.badBoundary === 'wrong' ? `${b}X` : b;
  const lines = [`Content-Type: multipart/${p.subtype}${declared}`, ''];
  for (const c of p.children) lines.push(`--${used}`, renderPart(c, eol));
  if (p.badBoundary !== 'missing-close') lines.push(`--${used}--`);
  return lines.join(eol);
}

const wellFormed = fc
  .record({
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 12 }),
    body: part,
    eol: fc.constantFrom('\r\n', '\r\n', '\n'),
  })
  .map(({ headers, body, eol }) => {
    const h = [
      'From: "Alice" <alice@sender.example>',
      'To: bob@recipient.example',
      'Subject: fuzz',
      'MIME-Version: 1.0',
    ];
    for (const [k, v] of headers) h.push(`${k}: ${v}`);
    return `${h.join(eol)}${eol}${renderPart(body, eol)}${eol}`;
  });

/** Cheap mutations of a rendered message (as a latin1 string); several per case. */
const lightMutation = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constant('insert-header'), fc.nat(), headerName, headerValue) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('flip'), fc.nat(), fc.integer({ min: 0, max: 255 })) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('truncate'), fc.nat()) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constant('duplicate-line'), fc.nat(), fc.integer({ min: 1, max: 50 })),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constant('delete-line'), fc.nat()) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constant('huge-line'),
      fc.nat(),
      fc.integer({ min: 100, max: 5000 }),
      fc.constantFrom('a', ' ', '=', '<', '\t', ':', '%'),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constant('nest'),
      fc.integer({ min: 2, max: 15 }),
      fc.constantFrom('multipart', 'rfc822'),
    ),
  },
  { weight: 1, arbitrary: fc.tuple(fc.constant('line-ends'), fc.constantFrom('\n', '\r', '\r\r\n', '\n\r')) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constant('insert-bytes'), fc.nat(), fc.string({ maxLength: 64, unit: 'binary' })),
  },
);
/** Expensive mutations (limits: huge lines, header padding, deep nesting, part floods); one case in ~100 (they take most of the time). */
const heavyMutation = fc.oneof(
  fc.tuple(
    fc.constant('huge-line'),
    fc.nat(),
    fc.integer({ min: 5000, max: 300_000 }),
    fc.constantFrom('a', ' ', '=', '<', '\t', ':', '%'),
  ),
  fc.tuple(
    fc.constant('pad-headers'),
    fc.integer({ min: 100, max: 20_000 }),
    fc.integer({ min: 1, max: 200 }),
  ),
  fc.tuple(fc.constant('nest'), fc.integer({ min: 15, max: 400 }), fc.constantFrom('multipart', 'rfc822')),
  fc.tuple(fc.constant('many-parts'), fc.integer({ min: 10, max: 3000 })),
);
const mutations = fc
  .tuple(
    fc.array(lightMutation, { minLength: 1, maxLength: 4 }),
    fc.oneof({ weight: 99, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: heavyMutation }),
  )
  .map(([light, heavy]) => (heavy ? [...light, heavy] : light));

function lineStarts(s) {
  const out = [0];
  for (let i = s.indexOf('\n'); i >= 0 && out.length < 100_000; i = s.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function mutate(s, m) {
  const at = (n) => (s.length ? n % (s.length + 1) : 0);
  const lineAt = (n) => {
    const starts = lineStarts(s);
    return starts[n % starts.length];
  };
  switch (m[0]) {
    case 'insert-header': {
      const p = lineAt(m[1]);
      return `${s.slice(0, p)}${m[2]}: ${m[3]}\r\n${s.slice(p)}`;
    }
    case 'flip': {
      const p = at(m[1]);
      return s.slice(0, p) + String.fromCharCode(m[2]) + s.slice(p + 1);
    }
    case 'truncate':
      return s.slice(0, at(m[1]));
    case 'duplicate-line': {
      const p = lineAt(m[1]);
      const e = s.indexOf('\n', p);
      const line = s.slice(p, e < 0 ? s.length : e + 1);
      return s.slice(0, p) + line.repeat(m[2]) + s.slice(p);
    }
    case 'delete-line': {
      const p = lineAt(m[1]);
      const e = s.indexOf('\n', p);
      return s.slice(0, p) + (e < 0 ? '' : s.slice(e + 1));
    }
    case 'huge-line': {
      const p = lineAt(m[1]);
      return `${s.slice(0, p)}${m[3].repeat(m[2])}\r\n${s.slice(p)}`;
    }
    case 'pad-headers':
      return Array.from({ length: m[1] }, (_, i) => `X-Pad-${i % 7}: ${'p'.repeat(m[2])}\r\n`).join('') + s;
    case 'nest': {
      let inner = s;
      for (let i = 0; i < m[1]; i++) {
        inner =
          m[2] === 'rfc822'
            ? `From: a@sender.example\r\nContent-Type: message/rfc822\r\n\r\n${inner}`
            : `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${inner}\r\n--n${i}--\r\n`;
      }
      return `From: a@sender.example\r\nSubject: nest\r\nMIME-Version: 1.0\r\n${inner}`;
    }
    case 'line-ends':
      return s.replace(/\r?\n/g, m[1]);
    case 'insert-bytes': {
      const p = at(m[1]);
      return s.slice(0, p) + m[2] + s.slice(p);
    }
    case 'many-parts': {
      const parts = [
        'From: a@sender.example',
        'Subject: parts',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="X"',
        '',
      ];
      for (let i = 0; i < m[1]; i++)
        parts.push(
          '--X',
          i % 3 ? 'Content-Type: text/plain' : 'Content-Type: text/html',
          '',
          `<a href="https://s${i}.example/">part ${i}</a>`,
        );
      parts.push('--X--', '', s);
      return parts.join('\r\n');
    }
    default:
      return s;
  }
}

const emailInput = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.uint8Array({ maxLength: 4096 }).map((a) => ({ shape: 'bytes', raw: Buffer.from(a) })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(headerName, fc.uint8Array({ maxLength: 4096 })).map(([n, a]) => ({
      shape: 'header+bytes',
      raw: Buffer.concat([Buffer.from(`${n}: x\r\n`), Buffer.from(a)]),
    })),
  },
  { weight: 2, arbitrary: wellFormed.map((s) => ({ shape: 'well-formed', raw: Buffer.from(s, 'latin1') })) },
  {
    weight: 6,
    arbitrary: fc.tuple(wellFormed, mutations).map(([s, ms]) => ({
      shape: `mutated:${ms.map((m) => m[0]).join(',')}`,
      raw: Buffer.from(ms.reduce(mutate, s), 'latin1'),
    })),
  },
);

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

const tagName = fc.constantFrom(
  'a',
  'div',
  'span',
  'p',
  'table',
  'td',
  'form',
  'input',
  'img',
  'style',
  'script',
  'iframe',
  'meta',
  'svg',
  'math',
  'template',
  'title',
  'font',
  'center',
  'base',
  'x-y',
);
const attr = fc.tuple(
  fc.constantFrom(
    'href',
    'src',
    'style',
    'class',
    'action',
    'content',
    'http-equiv',
    'color',
    'bgcolor',
    'type',
    'hidden',
    'width',
    'srcset',
    'background',
    'xlink:href',
    'on' + 'load',
  ),
  fc.oneof(
    asciiLine,
    fc.constantFrom(
      'display:none',
      'font-size:0;color:#fff',
      'javascript:alert(1)',
      'http://192.0.2.1/x',
      '0;url=http://x.test',
      'visibility:hidden;opacity:0',
      'position:absolute;left:-9999px',
    ),
  ),
  fc.constantFrom('"', "'", ''),
);
const htmlToken = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(tagName, fc.array(attr, { maxLength: 4 }))
      .map(([t, as]) => `<${t}${as.map(([k, v, q]) => ` ${k}=${q}${v}${q}`).join('')}>`),
  },
  { weight: 2, arbitrary: tagName.map((t) => `</${t}>`) },
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&#0;',
      '&#x110000;',
      '&#99999999;',
      '&zwj;',
      '&lt;',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '<!DOCTYPE html>',
      '<?xml?>',
      '\u0000',
      '\u200b',
      '</',
      '<',
      '>',
    ),
  },
);
const htmlInput = fc.oneof(
  { weight: 60, arbitrary: fc.array(htmlToken, { maxLength: 80 }).map((a) => a.join('')) },
  { weight: 15, arbitrary: fc.string({ maxLength: 3000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(tagName, fc.integer({ min: 100, max: 60_000 }), fc.array(htmlToken, { maxLength: 10 }))
      .map(([t, n, inner]) => `<${t}>`.repeat(n) + inner.join('') + `</${t}>`.repeat(n >> 1)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('<a href="', '<div style="', '<!--', '<script>', '<style>', '<title>'),
        fc.integer({ min: 1000, max: 200_000 }),
      )
      .map(([o, n]) => o + 'x'.repeat(n)),
  },
);

// ---------------------------------------------------------------------------------------------
// URLs and domains
// ---------------------------------------------------------------------------------------------

const hostish = fc.oneof(
  fc.domain(),
  fc.constantFrom(
    '192.0.2.1',
    '0x7f.1',
    '3232235777',
    '[::1]',
    '[2001:db8::1]',
    'xn--pypal-4ve.com',
    'раураl.com',
    'paypa1.test',
    'a'.repeat(300),
    'xn--',
    'xn--zz',
    '.',
    '..',
    'localhost',
    'ex%41mple.com',
    'ex\u200bample.com',
    'EXAMPLE.COM.',
    '*.example',
  ),
  fc.stringMatching(/^[a-z0-9.-]{1,80}$/),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
);
const urlInput = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.webUrl({
      withQueryParameters: true,
      withFragments: true,
      validSchemes: ['http', 'https', 'ftp', 'javascript', 'data'],
    }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'hxxps://', '//', '', 'HTTP://', 'https:\\\\', 'https:/'),
        fc.option(fc.constantFrom('user:pass@', 'paypal.com@', '@@', '%40@'), { nil: '' }),
        hostish,
        fc.option(fc.constantFrom(':0', ':65536', ':443', ':-1', ':99999999999'), { nil: '' }),
        fc.oneof(asciiLine, fc.string({ maxLength: 80, unit: 'grapheme' })),
      )
      .map(([s, u, h, p, rest]) => `${s}${u}${h}${p}/${rest}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 100, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://', 'http://'),
        fc.integer({ min: 100, max: 20_000 }),
        fc.constantFrom('a.', '%2e', '/', '?a=', 'xn--a-', '-'),
      )
      .map(([s, n, r]) => `${s}${r.repeat(n)}example.com/`),
  },
);
const domainInput = fc.oneof(
  { weight: 3, arbitrary: hostish },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: urlInput },
);

// ---------------------------------------------------------------------------------------------
// HTTP API
// ---------------------------------------------------------------------------------------------

const SCAN_PATHS = ['/v1/scan/email', '/v1/scan/url', '/v1/scan/domain'];
const contentType = fc.oneof(
  fc.constantFrom(
    'message/rfc822',
    'application/octet-stream',
    'text/plain',
    'text/plain; charset=utf-8',
    'application/json',
    'application/json; charset=latin1',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/html',
    'message/rfc822; charset="',
    ';',
    'a/b/c',
    'application/JSON',
    ' message/rfc822',
    '*/*',
  ),
  fc.stringMatching(/^[\x21-\x7e]{0,60}$/),
);
const tokenish = fc.stringMatching(/^[\x21-\x7e]{0,60}$/);
const httpBody = fc.oneof(
  { weight: 3, arbitrary: emailInput.map((e) => e.raw) },
  {
    weight: 2,
    arbitrary: fc
      .record({ url: fc.oneof(urlInput, fc.anything()) }, { requiredKeys: [] })
      .map((o) => JSON.stringify(o)),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ domain: fc.oneof(domainInput, fc.anything()), filename: fc.anything() }, { requiredKeys: [] })
      .map((o) => JSON.stringify(o)),
  },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 500, unit: 'binary' }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 60_000, max: 300_000 })
      .map((n) => JSON.stringify({ url: `https://a.example/${'x'.repeat(n)}` })),
  },
  { weight: 1, arbitrary: fc.constant('') },
);
const httpInput = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  path: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...SCAN_PATHS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...SCAN_PATHS),
          fc.constantFrom('/', '//', '%2F', '/..', '/%00', '.json', '/x', '%', ';a=b'),
        )
        .map(([p, s]) => p + s),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '/v1/verdicts',
        '/v1/verdicts/vrd_000000000000000000000000',
        '/v1/stats',
        '/healthz',
        '/metrics',
        '/v1/openapi.json',
        '/',
        '/v1/verdicts/%',
        '/v1/verdicts/' + 'a'.repeat(500),
      ),
    },
    { weight: 1, arbitrary: fc.webPath().map((p) => p || '/') },
  ),
  query: fc.option(
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'filename',
            'target',
            'kind',
            'limit',
            'since',
            'verdict',
            'cursor',
            '__proto__',
            'constructor',
            '',
          ),
          fc.oneof(asciiLine, fc.string({ maxLength: 40 })),
        ),
        { maxLength: 5 },
      )
      .map((kv) => kv.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
    { nil: undefined },
  ),
  rawQuery: fc.option(
    fc.constantFrom(
      'filename=%',
      'filename=%E0%A4%A',
      'a[b][c]=1',
      'filename=' + '%41'.repeat(3000),
      '&&&=&',
      'filename[]=a&filename[]=b',
    ),
    { nil: undefined },
  ),
  contentType: fc.option(contentType, { nil: undefined }),
  auth: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'none', 'bogus', 'basic', 'empty'),
  extraHeaders: fc.array(
    fc.tuple(
      fc.constantFrom(
        'accept',
        'accept-encoding',
        'content-encoding',
        'x-forwarded-for',
        'transfer-encoding',
        'expect',
        'x-request-id',
        'accept-language',
        'origin',
        'cookie',
      ),
      tokenish,
    ),
    { maxLength: 3 },
  ),
  body: httpBody,
});

// ---------------------------------------------------------------------------------------------

/** Short description of an input for the report (never the whole thing). */
export function describeInput(target, input) {
  const clip = (s) => JSON.stringify(String(s).slice(0, 160));
  switch (target) {
    case 'email':
      return `${input.shape}, ${input.raw.length} bytes, starts ${clip(input.raw.toString('latin1'))}`;
    case 'http':
      return `${input.method} ${input.path}${input.query ? `?${input.query}` : ''} ct=${input.contentType ?? '-'} auth=${input.auth} body ${typeof input.body === 'string' ? input.body.length : input.body.byteLength} bytes`;
    default:
      return `${String(input.value).length} chars ${clip(input.value)} (${input.kind ?? ''})`;
  }
}

/** The bytes to save for a failing or slow input, so it can be replayed. */
export function inputBytes(target, input) {
  if (target === 'email') return input.raw;
  if (target === 'http')
    return Buffer.from(JSON.stringify({ ...input, body: Buffer.from(input.body).toString('base64') }));
  return Buffer.from(JSON.stringify(input));
}

export const TARGETS = {
  email: {
    arbitrary: emailInput,
    async setup(d) {
      const scanner = d.createScanner(d.defaultConfig());
      // warm up (models, indexes, JIT) so the first case's timing is the case's own
      await scanner.email(
        Buffer.from(
          'From: a@sender.example\r\nSubject: warm-up\r\n\r\n<a href="https://a.example/">https://b.example/</a>\r\n',
        ),
      );
      return {
        async run(input) {
          try {
            const v = await scanner.email(input.raw, 'fuzz.eml');
            if (!v || v.schema !== 'vigil.verdict/1') throw new FuzzFailure('no verdict');
          } catch (err) {
            if (err instanceof FuzzFailure) throw err;
            onlyVigilErrors(d.isVigilError, err);
          }
        },
        async close() {},
      };
    },
  },
  html: {
    arbitrary: htmlInput.map((value) => ({ value })),
    async setup(d) {
      return {
        async run(input) {
          try {
            d.parseHtml(input.value);
          } catch (err) {
            // parseHtml has no error to give: any throw is a bug
            throw new FuzzFailure(`parseHtml threw ${String(err?.message ?? err).slice(0, 300)}`, err);
          }
        },
        async close() {},
      };
    },
  },
  url: {
    arbitrary: fc.oneof(
      urlInput.map((value) => ({ kind: 'url', value })),
      domainInput.map((value) => ({ kind: 'domain', value })),
    ),
    async setup(d) {
      const scanner = d.createScanner(d.defaultConfig());
      await scanner.url('https://login.example.com/verify');
      await scanner.domain('example.com');
      return {
        async run(input) {
          try {
            if (input.kind === 'url') await scanner.url(input.value);
            else await scanner.domain(input.value);
          } catch (err) {
            onlyVigilErrors(d.isVigilError, err);
          }
        },
        async close() {},
      };
    },
  },
  http: {
    arbitrary: httpInput,
    async setup(d) {
      const config = d.defaultConfig();
      const vigil = d.createVigil(config);
      let app;
      let store;
      let auth;
      const open = async () => {
        store = new d.SqliteStore({ path: ':memory:' });
        const { key } = await d.createApiKey(store, 'fuzz');
        auth = `Bearer ${key}`;
        app = await d.buildApp(config, {
          store,
          vigil,
          logger: false,
          processMetrics: false,
          webRoot: null,
          rateLimitPerMinute: 1e9,
        });
        await app.ready();
      };
      await open();
      return {
        async run(input) {
          const headers = {};
          for (const [k, v] of input.extraHeaders) headers[k] = v;
          if (input.contentType !== undefined) headers['content-type'] = input.contentType;
          if (input.auth === 'valid') headers.authorization = auth;
          else if (input.auth === 'bogus') headers.authorization = 'Bearer vgl_0000000000000000000000000000';
          else if (input.auth === 'basic') headers.authorization = 'Basic YTpi';
          else if (input.auth === 'empty') headers.authorization = '';
          const qs = [input.query, input.rawQuery].filter(Boolean).join('&');
          const hasBody = !['GET', 'HEAD'].includes(input.method);
          let res;
          try {
            res = await app.inject({
              method: input.method,
              url: `${input.path}${qs ? `?${qs}` : ''}`,
              headers,
              ...(hasBody ? { payload: input.body } : {}),
            });
          } catch (err) {
            throw new FuzzFailure(`inject threw ${String(err?.message ?? err).slice(0, 300)}`, err);
          }
          if (res.statusCode >= 500)
            throw new FuzzFailure(`HTTP ${res.statusCode}: ${res.body.slice(0, 300)}`);
          if (input.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) return;
          const type = String(res.headers['content-type'] ?? '');
          if (res.statusCode >= 300) {
            let body;
            try {
              body = JSON.parse(res.body);
            } catch {
              throw new FuzzFailure(
                `HTTP ${res.statusCode} with a non-JSON body (${type}): ${res.body.slice(0, 200)}`,
              );
            }
            if (!/^E_[A-Z_]+$/.test(String(body?.error?.code)))
              throw new FuzzFailure(
                `HTTP ${res.statusCode} without an error code: ${res.body.slice(0, 200)}`,
              );
          } else if (/json/.test(type)) {
            try {
              JSON.parse(res.body);
            } catch {
              throw new FuzzFailure(
                `HTTP ${res.statusCode} declared JSON but is not: ${res.body.slice(0, 200)}`,
              );
            }
          }
        },
        /** A fresh app and store: the store keeps every verdict, which is growth by design. */
        async reset() {
          await app.close();
          await store.close();
          await open();
        },
        async close() {
          await app.close();
          await store.close();
        },
      };
    },
  },
};

export const TARGET_NAMES = Object.keys(TARGETS);

/**
 * Runs `runs` cases of one target with a fixed seed. Every case is timed; rss is sampled every
 * `sampleEvery` cases. Failures (a broken property, or a case over `maxCaseMs`) are collected, not
 * shrunk, unless `strict` (the short run in npm test): then the first one not matching `known`
 * fails fast-check's assert (and is shrunk).
 */
export async function fuzzTarget(
  name,
  deps,
  {
    seed,
    runs,
    maxCaseMs = 2000,
    sampleEvery = 500,
    resetEvery = 2000,
    strict = false,
    known = [],
    onProgress,
    onFailure,
  } = {},
) {
  const target = TARGETS[name];
  const harness = await target.setup(deps);
  const stats = {
    target: name,
    seed,
    runs: 0,
    failures: [],
    failureKinds: {},
    slowUnderLoad: [],
    slowestMs: 0,
    slowest: '',
    slowestInput: undefined,
    rssMaxMb: 0,
    rssSamplesMb: [],
    totalMs: 0,
  };
  const started = performance.now();
  const sample = () => {
    const mb = Math.round(process.memoryUsage().rss / (1024 * 1024));
    stats.rssMaxMb = Math.max(stats.rssMaxMb, mb);
    stats.rssSamplesMb.push(mb);
  };
  sample();
  try {
    await fc.assert(
      fc.asyncProperty(target.arbitrary, async (input) => {
        stats.runs++;
        if (harness.reset && stats.runs % resetEvery === 0) await harness.reset();
        const t0 = performance.now();
        let failure;
        try {
          await harness.run(input);
        } catch (err) {
          failure =
            err instanceof FuzzFailure ? err.message : `harness: ${String(err?.stack ?? err).slice(0, 400)}`;
        }
        const ms = performance.now() - t0;
        if (ms > stats.slowestMs) {
          stats.slowestMs = ms;
          stats.slowest = describeInput(name, input);
          stats.slowestInput = input;
        }
        if (!failure && ms > maxCaseMs) {
          // Once over the limit, run it again: on a shared, loaded machine a GC pause or a stolen
          // time slice makes a 150 ms case take 2 s. Only a case slow twice is a failure; the
          // other is counted (slowUnderLoad) and reported with both times.
          // (a case ten times over the limit is not re-run: a real hang would cost minutes twice)
          const t1 = performance.now();
          if (ms < 10 * maxCaseMs) await harness.run(input).catch(() => {});
          const again = ms < 10 * maxCaseMs ? performance.now() - t1 : ms;
          if (again > maxCaseMs)
            failure = `took ${Math.round(ms)} ms, then ${Math.round(again)} ms (> ${maxCaseMs} ms)`;
          else if (stats.slowUnderLoad.length < 20)
            stats.slowUnderLoad.push({
              run: stats.runs,
              ms: Math.round(ms),
              againMs: Math.round(again),
              input: describeInput(name, input),
            });
        }
        if (stats.runs % sampleEvery === 0) {
          sample();
          onProgress?.(stats);
        }
        if (failure) {
          const f = { run: stats.runs, failure, input: describeInput(name, input) };
          const code = /"code":"(\w+)"/.exec(failure)?.[1];
          const kind = failure.replace(/:.*$/s, '').replace(/\d+/g, 'N') + (code ? ` ${code}` : '');
          const k = stats.failureKinds[kind] ?? (stats.failureKinds[kind] = { count: 0, first: f });
          k.count++;
          if (stats.failures.length < 50) stats.failures.push(f);
          onFailure?.(f, input);
          // `known`: reported bugs outside the fuzzed module; counted, but a strict run goes on
          if (strict && !known.some((re) => re.test(failure))) throw new Error(`${failure} on ${f.input}`);
        }
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );
  } finally {
    sample();
    stats.totalMs = performance.now() - started;
    await harness.close();
  }
  return stats;
}
