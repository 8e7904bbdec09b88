/**
 * One streaming pass over an HTML body (htmlparser2): the text a reader sees, the text a reader
 * cannot see (and why), anchors with their visible text, forms, images, meta refreshes and other
 * URL-bearing attributes. No DOM is built, so memory stays linear in the input.
 */
import { Parser } from 'htmlparser2';
import type { HiddenText, HtmlFacts } from './facts.js';
import { MAX_HTML_STACK, MAX_HTML_DEPTH } from '../core/index.js';

export { MAX_HTML_DEPTH } from '../core/index.js';

/** Elements whose content is never rendered as text. */
const NON_TEXT = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'noscript',
  'xml',
  'svg',
  'object',
]);
/** Fields kept per form: enough to tell a search box from a form that collects an identity. */
const MAX_FORM_FIELDS = 16;
/** Input types a reader types or picks no data into: buttons, hidden values, choices. */
const NOT_A_FIELD = new Set(['hidden', 'submit', 'image', 'button', 'reset', 'radio', 'checkbox']);
/** Elements that separate words when rendered. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'tr',
  'td',
  'th',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'center',
  'form',
  'button',
  'dd',
  'dt',
]);
/**
 * A <br> (marked BR while rendering) inside a sentence is where a mail client hard-wrapped plain text
 * into HTML ("the business proposal deal of US$18.5<br>million US Dollars"): a space on screen for
 * the reader's eye, so a phrase runs across it. It is one when the line before ends in no sentence
 * or list punctuation (a comma continues it) and the next starts with a lower-case letter; every other <br>
 * stays a line break (an address block, "Thanks,<br>Anna").
 */
const BR = '\u2028';
const SOFT_BREAK = /([^\s.!?:;\u2028>\])}|*•-])[ \t\u00a0]*\u2028[ \t\u00a0]*(?=[a-z])/g;
/** Image-map regions kept as picture links (their URLs are all in `otherUrls` too). */
const MAX_AREAS = 50;
const URL_ATTRS: Record<string, string[]> = {
  iframe: ['src'],
  frame: ['src'],
  area: ['href'],
  embed: ['src'],
  object: ['data'],
  base: ['href'],
  link: [],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  button: ['formaction'],
  input: ['formaction', 'src'],
};
const FLAT_URL_ATTR =
  /\b(?:href|src|action|formaction|background)\s*=\s*(?:"([^"]{1,8192})"|'([^']{1,8192})'|([^\s>"']{1,8192}))/gi;

interface Frame {
  tag: string;
  hidden: string | null; // reason, when this element or an ancestor hides its content
  color: string | null;
  background: string | null;
  nonText: boolean;
  /** Inside <pre> or <textarea>: line breaks in the source are line breaks on screen. */
  pre: boolean;
}

/**
 * The attributes an element's handling reads, copied out of htmlparser2's attribute object in one
 * pass. That object gets its own hidden class for every distinct list of attribute names, so each
 * `attrs.x` read in onopentag met new shapes message after message and V8 threw away and rebuilt
 * its optimised code for it again and again (speed only: a read here is the read there; the
 * object's prototype holds none of these names, and attribute values are strings).
 */
interface Attrs {
  style: string | undefined;
  color: string | undefined;
  bgcolor: string | undefined;
  background: string | undefined;
  href: string | undefined;
  xlinkHref: string | undefined;
  action: string | undefined;
  type: string | undefined;
  src: string | undefined;
  httpEquiv: string | undefined;
  content: string | undefined;
  width: string | undefined;
  height: string | undefined;
  hidden: string | undefined;
  data: string | undefined;
  poster: string | undefined;
  formaction: string | undefined;
  name: string | undefined;
}

function readAttrs(raw: Record<string, string>): Attrs {
  const a: Attrs = {
    style: undefined,
    color: undefined,
    bgcolor: undefined,
    background: undefined,
    href: undefined,
    xlinkHref: undefined,
    action: undefined,
    type: undefined,
    src: undefined,
    httpEquiv: undefined,
    content: undefined,
    width: undefined,
    height: undefined,
    hidden: undefined,
    data: undefined,
    poster: undefined,
    formaction: undefined,
    name: undefined,
  };
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    switch (k) {
      case 'style':
        a.style = v;
        break;
      case 'color':
        a.color = v;
        break;
      case 'bgcolor':
        a.bgcolor = v;
        break;
      case 'background':
        a.background = v;
        break;
      case 'href':
        a.href = v;
        break;
      case 'xlink:href':
        a.xlinkHref = v;
        break;
      case 'action':
        a.action = v;
        break;
      case 'type':
        a.type = v;
        break;
      case 'src':
        a.src = v;
        break;
      case 'http-equiv':
        a.httpEquiv = v;
        break;
      case 'content':
        a.content = v;
        break;
      case 'width':
        a.width = v;
        break;
      case 'height':
        a.height = v;
        break;
      case 'hidden':
        a.hidden = v;
        break;
      case 'data':
        a.data = v;
        break;
      case 'poster':
        a.poster = v;
        break;
      case 'formaction':
        a.formaction = v;
        break;
      case 'name':
        a.name = v;
        break;
    }
  }
  return a;
}

/** The value of a URL_ATTRS attribute name. */
function urlAttr(a: Attrs, name: string): string | undefined {
  switch (name) {
    case 'src':
      return a.src;
    case 'href':
      return a.href;
    case 'data':
      return a.data;
    case 'poster':
      return a.poster;
    case 'formaction':
      return a.formaction;
    default:
      throw new Error(`html: URL_ATTRS names ${name}, which readAttrs does not read`);
  }
}

/** The declarations of an empty style (most elements have none): one map, only ever read. */
const NO_STYLE: ReadonlyMap<string, string> = new Map();

function parseStyle(style: string): ReadonlyMap<string, string> {
  if (style === '') return NO_STYLE;
  const out = new Map<string, string>();
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i <= 0) continue;
    out.set(
      decl.slice(0, i).trim().toLowerCase(),
      decl
        .slice(i + 1)
        .trim()
        .toLowerCase()
        .replace(/\s*!important$/, ''),
    );
  }
  return out;
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  transparent: 'transparent',
};
function normColor(value: string | undefined | null): string | null {
  if (!value) return null;
  let v = value.trim().toLowerCase();
  if (NAMED[v]) return NAMED[v]!;
  const short = v.match(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/);
  if (short) v = `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = v.match(/^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/);
  if (rgb) v = `#${[rgb[1], rgb[2], rgb[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return /^#[0-9a-f]{6}$/.test(v) ? v : null;
}

function isZeroLength(v: string | undefined): boolean {
  return v !== undefined && /^(0|0?\.0+)(px|pt|em|rem|%)?$/.test(v);
}
function isTinyFont(v: string | undefined): boolean {
  if (v === undefined) return false;
  const m = v.match(/^(\d*\.?\d+)(px|pt|em|rem)?$/);
  if (!m) return false;
  const n = Number(m[1]);
  return m[2] === 'em' || m[2] === 'rem' ? n < 0.1 : n <= 1;
}

/** Why an element's content is invisible, from its attributes and inline style; null if visible. */
function hiddenReason(attrs: Attrs, style: ReadonlyMap<string, string>): string | null {
  if (attrs.hidden !== undefined) return 'hidden attribute';
  if (style.get('display') === 'none') return 'display:none';
  if (style.get('visibility') === 'hidden') return 'visibility:hidden';
  if (style.get('mso-hide') === 'all') return 'mso-hide:all';
  const opacity = style.get('opacity');
  if (opacity !== undefined && Number(opacity) === 0) return 'opacity:0';
  if (isTinyFont(style.get('font-size'))) return `font-size:${style.get('font-size')}`;
  const overflowHidden = style.get('overflow') === 'hidden';
  if (
    overflowHidden &&
    (isZeroLength(style.get('max-height')) ||
      isZeroLength(style.get('height')) ||
      isZeroLength(style.get('width')) ||
      isZeroLength(style.get('max-width')))
  )
    return 'zero-size box';
  const indent = style.get('text-indent');
  if (indent && /^-\d{3,}/.test(indent)) return 'off-screen text-indent';
  const left = style.get('left');
  if (style.get('position') === 'absolute' && left && /^-\d{3,}/.test(left)) return 'positioned off-screen';
  if (attrs.width === '0' && attrs.height === '0') return 'zero-size box';
  return null;
}

export function parseHtml(html: string, where = 'body:html'): HtmlFacts {
  const visible: string[] = [];
  const hidden: HiddenText[] = [];
  const anchors: { href: string; text: string }[] = [];
  const forms: HtmlFacts['forms'] = [];
  const images: string[] = [];
  const metaRefresh: string[] = [];
  const otherUrls: string[] = [];
  const areas: string[] = [];
  let scripts = 0;
  let iframes = 0;
  let totalTextChars = 0;
  let depth = 0;
  let truncatedAt: number | null = null;

  const stack: Frame[] = [];
  let overflow = 0; // elements not pushed because the stack was full
  const root: Frame = {
    tag: '#root',
    hidden: null,
    color: null,
    background: null,
    nonText: false,
    pre: false,
  };
  const top = () => stack[stack.length - 1] ?? root;
  let anchor: { href: string; text: string[]; depth: number } | null = null;
  let hiddenRun: { reason: string; parts: string[] } | null = null;
  const flushHidden = () => {
    if (hiddenRun) {
      // text nodes join as a browser renders them: "disre<span></span>gard" and "instruc&#116;ions"
      // are one word each (htmlparser2 splits text at tags and entities); block elements already
      // pushed their own break (issue 12: HTML splitting hid prompt injections)
      const text = hiddenRun.parts.join('').replace(/\s+/g, ' ').trim();
      if (text) hidden.push({ text: text.slice(0, 2000), reason: hiddenRun.reason, where });
      hiddenRun = null;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, raw) {
        if (++depth > MAX_HTML_DEPTH && truncatedAt === null) {
          truncatedAt = parser.startIndex;
          parser.pause();
          return;
        }
        const attrs = readAttrs(raw);
        const parent = top();
        if (name === 'script') scripts++;
        if (name === 'iframe' || name === 'frame') iframes++;
        const style = parseStyle(attrs.style ?? '');
        const ownHidden = hiddenReason(attrs, style);
        const color = normColor(style.get('color') ?? attrs.color) ?? parent.color;
        const bgOwn = normColor(
          style.get('background-color') ?? style.get('background')?.split(/\s+/)[0] ?? attrs.bgcolor,
        );
        const background = bgOwn ?? parent.background;
        let reason = parent.hidden ?? ownHidden;
        // same colour as the background the element sits on (only when a background was declared:
        // class-based CSS is not evaluated, and white-on-unknown is usually a styled button)
        if (!reason && color && background && color === background && (style.has('color') || attrs.color))
          reason = 'same colour as background';
        const frame: Frame = {
          tag: name,
          hidden: reason,
          color,
          background,
          nonText: parent.nonText || NON_TEXT.has(name),
          pre: parent.pre || name === 'pre' || name === 'textarea',
        };
        if (BLOCK.has(name)) {
          // <br> may be where the sender's editor wrapped a sentence (see SOFT_BREAK below)
          visible.push(name === 'br' ? BR : '\n');
          if (hiddenRun) hiddenRun.parts.push(' ');
        }
        // an SVG picture's link is `xlink:href` (SVG 1.1) as often as `href`
        const href = name === 'a' ? (attrs.href ?? attrs.xlinkHref) : undefined;
        if (href !== undefined) {
          anchor = { href: href.trim(), text: [], depth: stack.length };
        } else if (name === 'form') {
          forms.push({ action: (attrs.action ?? '').trim(), hasPassword: false, inputs: 0, fields: [] });
        } else if (name === 'input' || name === 'textarea' || name === 'select') {
          const form = forms[forms.length - 1];
          if (form) {
            form.inputs++;
            const type = name === 'input' ? (attrs.type ?? '').trim().toLowerCase() : name;
            // a field's type (search, email, tel, …) and name say what it collects
            if (!NOT_A_FIELD.has(type) && form.fields.length < MAX_FORM_FIELDS)
              form.fields.push(`${type || 'text'}:${(attrs.name ?? '').trim().toLowerCase().slice(0, 40)}`);
            if (type === 'password') form.hasPassword = true;
          }
        } else if (name === 'img' && attrs.src) {
          images.push(attrs.src.trim());
        } else if (name === 'meta' && (attrs.httpEquiv ?? '').toLowerCase() === 'refresh' && attrs.content) {
          const m = attrs.content.match(/url\s*=\s*['"]?([^'"\s]+)/i);
          if (m?.[1]) metaRefresh.push(m[1]);
        }
        for (const attr of URL_ATTRS[name] ?? []) {
          const v = urlAttr(attrs, attr);
          if (v) otherUrls.push(v.trim());
        }
        // an image map's regions: the picture is the link, whatever anchor wraps it
        if (name === 'area' && attrs.href && areas.length < MAX_AREAS) areas.push(attrs.href.trim());
        if (attrs.background) otherUrls.push(attrs.background.trim());
        if (stack.length < MAX_HTML_STACK) stack.push(frame);
        else overflow++;
      },
      ontext(data) {
        const f = top();
        if (f.nonText) return;
        totalTextChars += data.length;
        if (f.hidden) {
          if (hiddenRun && hiddenRun.reason !== f.hidden) flushHidden();
          hiddenRun ??= { reason: f.hidden, parts: [] };
          hiddenRun.parts.push(data);
          return;
        }
        if (data.trim()) flushHidden();
        // a line break in the HTML source is a space on screen (outside <pre>): a sentence
        // hard-wrapped by the sender's editor is still one sentence; <br> and blocks break lines
        visible.push(f.pre || !data.includes('\n') ? data : data.replace(/[^\S\n]*\r?\n\s*/g, ' '));
        if (anchor) anchor.text.push(data);
      },
      onclosetag(name) {
        depth = Math.max(0, depth - 1);
        if (overflow > 0) {
          overflow--;
          return;
        }
        // pop to the matching element (htmlparser2 already balances implied closes)
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag === name) {
            stack.length = i;
            break;
          }
        }
        // (a <br> closes at once: its break was written when it opened)
        if (BLOCK.has(name) && name !== 'br') visible.push('\n');
        if (name === 'a' && anchor && stack.length <= anchor.depth) {
          anchors.push({ href: anchor.href, text: anchor.text.join('').replace(/\s+/g, ' ').trim() });
          anchor = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  if (truncatedAt === null) parser.end();
  flushHidden();
  if (truncatedAt !== null) {
    // the rest, read flat: its URLs and its text still count
    const rest = html.slice(truncatedAt);
    for (const m of rest.matchAll(FLAT_URL_ATTR)) otherUrls.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
    const flat = rest.replace(/<[^>]{0,4096}>/g, ' ');
    totalTextChars += flat.length;
    visible.push('\n', flat);
  }
  if (anchor) {
    const a = anchor as { href: string; text: string[] };
    anchors.push({ href: a.href, text: a.text.join('').replace(/\s+/g, ' ').trim() });
  }
  const visibleText = visible
    .join('')
    .replace(SOFT_BREAK, '$1 ')
    .replaceAll(BR, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
  return {
    visibleText,
    hidden,
    anchors,
    forms,
    images,
    metaRefresh,
    otherUrls,
    areas,
    scripts,
    iframes,
    totalTextChars,
    ...(truncatedAt !== null ? { truncatedAt } : {}),
  };
}
