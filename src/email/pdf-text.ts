/**
 * The text of PDF attachments: callback scams, bank-detail changes and extortion letters carry their
 * words in a PDF under a two-line body. Read with Mozilla's pdf.js (the `unpdf` package's build of
 * it: no canvas, no font or worker files, nothing fetched), and the text goes through the content
 * rules like the body, with evidence `where` = `attachment:<file>` (like OCR's `image:<file>`).
 *
 * pdf.js runs in a worker thread of its own (a "reader"), never in the analyzer's: it inflates and
 * lexes streams in JavaScript, so a 5 MB file of compressed spaces keeps it busy for a minute. Past
 * MAX_PDF_MS the reader is stopped (Worker.terminate) and the PDF is a `skipped` entry; its heap is
 * capped (MAX_PDF_HEAP_MB), and whatever pdf.js throws, or leaves unhandled, ends in that thread. No
 * eval (`isEvalSupported: false`), no font faces, no system fonts, pdf.js's own "worker" runs inside
 * the reader. The reader starts on the first PDF (~0.2 s) and is kept, idle and unref'd, for the next.
 * Bounded by MAX_PDF_FILES, MAX_PDF_BYTES, MAX_PDF_PAGES, MAX_PDF_TEXT_CHARS and MAX_PDF_MS.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import {
  MAX_PDF_BYTES,
  MAX_PDF_FILES,
  MAX_PDF_HEAP_MB,
  MAX_PDF_MS,
  MAX_PDF_PAGES,
  MAX_PDF_READERS,
  MAX_PDF_START_MS,
  MAX_PDF_TEXT_CHARS,
  MAX_PDF_PICTURE_PAGES,
  MAX_QR_IMAGES,
  MAX_QR_PIXELS,
  MIN_QR_PIXELS,
  type Budget,
} from '../core/index.js';
import type { AttachmentFacts, EmailFacts } from './facts.js';
import { unwrapLines } from './normalize.js';
import { isPdf } from './pdf-links.js';

/** Text read from one PDF attachment. */
export interface DocumentText {
  /** `attachment:<filename>`. */
  where: string;
  text: string;
}

/**
 * The reader thread's code (plain JavaScript, run with `eval`: the same from src/ under vitest,
 * dist/ and the bundle). It loads pdf.js once, then answers one request at a time with the text of
 * the first pages, items joined as unpdf's extractText joins them.
 */
const READER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
// pdf.js copies decoded images with ArrayBuffer.prototype.transferToFixedLength, which Node 20 lacks
if (!ArrayBuffer.prototype.transferToFixedLength) ArrayBuffer.prototype.transferToFixedLength = function (n) {
  const len = n === undefined ? this.byteLength : n;
  const b = new ArrayBuffer(len);
  new Uint8Array(b).set(new Uint8Array(this, 0, Math.min(len, this.byteLength)));
  return b;
};
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[k] = () => {};
process.stdout.write = process.stderr.write = () => true;
process.on('unhandledRejection', () => {});
const pdfjs = require(workerData.unpdf).getResolvedPDFJS();
pdfjs.then(() => parentPort.postMessage({ ready: true }), (e) => parentPort.postMessage({ error: String(e && e.message || e) }));
// the pictures painted on a page, as RGBA pixels (pdf.js's kinds: 1 = 1 bit grey, 2 = RGB, 3 = RGBA),
// within the pixel bounds a QR decoder takes; at most 'room' of them
async function pagePictures(pdfjs, page, room, minPixels, maxPixels) {
  const out = [];
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS;
  for (let i = 0; i < ops.fnArray.length && out.length < room; i++) {
    const fn = ops.fnArray[i];
    if (fn !== OPS.paintImageXObject && fn !== OPS.paintInlineImageXObject) continue;
    const a = ops.argsArray[i];
    let img = a && a[0];
    if (typeof img === 'string') {
      const store = img.startsWith('g_') ? page.commonObjs : page.objs;
      // resolved when the worker has sent it (a callback: 'get' without one throws until then)
      const name = img;
      img = await new Promise((res) => {
        const t = setTimeout(() => res(null), 1000);
        try { store.get(name, (d) => { clearTimeout(t); res(d); }); } catch (e) { clearTimeout(t); res(null); }
      });
    }
    if (!img || !img.data || !img.width || !img.height) continue;
    const w = img.width, h = img.height, n = w * h;
    if (n < minPixels || n > maxPixels) continue;
    const src = img.data;
    const rgba = new Uint8ClampedArray(n * 4);
    if (img.kind === 2 && src.length >= n * 3) {
      for (let p = 0, q = 0; p < n; p++, q += 3) { rgba[p * 4] = src[q]; rgba[p * 4 + 1] = src[q + 1]; rgba[p * 4 + 2] = src[q + 2]; rgba[p * 4 + 3] = 255; }
    } else if (img.kind === 3 && src.length >= n * 4) {
      rgba.set(src.subarray(0, n * 4));
    } else if (img.kind === 1) {
      const row = (w + 7) >> 3;
      if (src.length < row * h) continue;
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const v = (src[y * row + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
        const p = (y * w + x) * 4;
        rgba[p] = rgba[p + 1] = rgba[p + 2] = v; rgba[p + 3] = 255;
      }
    } else continue;
    out.push({ width: w, height: h, data: rgba });
  }
  return out;
}
parentPort.on('message', async ({ bytes, maxPages, maxChars, pictures }) => {
  let doc = null;
  try {
    const pdfjs_ = await pdfjs;
    const { getDocument } = pdfjs_;
    doc = await getDocument({
      data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
      useWorkerFetch: false, disableAutoFetch: true, disableStream: true, disableRange: true,
      enableXfa: false, isOffscreenCanvasSupported: false, stopAtErrors: false, verbosity: 0,
    }).promise;
    const last = Math.min(doc.numPages, maxPages);
    let text = '';
    let read = 0;
    let failed = null;
    for (let p = 1; p <= last && text.length < maxChars; p++) {
      let content;
      try {
        content = await (await doc.getPage(p)).getTextContent();
      } catch (e) {
        failed = 'page ' + p + ': ' + String(e && e.message || e).slice(0, 120);
        break;
      }
      read = p;
      // a line's break is a wrap; a gap of more than a line's height between lines is a paragraph's end
      let lastY = null;
      let lastH = 0;
      for (const item of content.items) {
        if (text.length >= maxChars) break;
        if (typeof item.str !== 'string') continue;
        const y = Array.isArray(item.transform) ? item.transform[5] : null;
        const h = item.height || 0;
        if (item.str && text.endsWith('\\n') && y !== null && lastY !== null && Math.abs(lastY - y) > 1.8 * Math.max(h, lastH, 1)) text += '\\n';
        text += item.str + (item.hasEOL ? '\\n' : '');
        if (item.str) { lastY = y; lastH = h; }
      }
      text += '\\n\\n';
    }
    parentPort.postMessage({ text: text.slice(0, maxChars), pages: doc.numPages, read, failed });
    // then, as a second answer, the pictures of the first pages for the QR decoder (a "scan to sign
    // in" page is one picture): pdf.js decodes every picture it paints, so a scan's big pictures may
    // run out the clock, which then costs the pictures, never the text already sent
    if (!pictures) return;
    const found = [];
    if (pictures && pictures.max > 0) {
      for (let p = 1; p <= Math.min(doc.numPages, pictures.pages) && found.length < pictures.max; p++) {
        try {
          found.push(...await pagePictures(pdfjs_, await doc.getPage(p), pictures.max - found.length, pictures.minPixels, pictures.maxPixels));
        } catch (e) {
          break;
        }
      }
    }
    parentPort.postMessage({ pictures: found }, found.map((f) => f.data.buffer));
  } catch (e) {
    parentPort.postMessage({ error: (e && e.name === 'PasswordException') ? 'encrypted: it needs a password' : String(e && e.message || e).slice(0, 160) });
  } finally {
    if (doc) doc.destroy().catch(() => {});
  }
});
`;

type Reply =
  | { ready: true }
  | { text: string; pages: number; read: number; failed: string | null }
  | { pictures: PdfPicture[] }
  | { error: string }
  | typeof TIMEOUT;

/** A picture painted on a PDF's page, as RGBA pixels (what the QR decoder reads). */
export interface PdfPicture {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
const TIMEOUT = Symbol('timeout');

interface Reader {
  worker: Worker;
  /** Receives the reader's next message, error or exit (one at a time: a reader has one job). */
  listener: ((r: Reply) => void) | null;
  dead: boolean;
}

/** Idle readers kept for the next PDF (more than one when messages are analysed concurrently). */
const idle: Reader[] = [];
/** Readers at work or started, at most MAX_PDF_READERS; the PDFs waiting for one, in order. */
let working = 0;
const waiting: (() => void)[] = [];
/** Reader threads started and not yet exited (what MAX_PDF_READERS bounds; read by the tests). */
let alive = 0;
export const pdfReadersAlive = (): number => alive;

function startReader(): Reader {
  const require = createRequire(import.meta.url);
  // node:worker_threads loaded at the first PDF to read, not at start-up
  const worker = new (process.getBuiltinModule('node:worker_threads').Worker)(READER_SOURCE, {
    eval: true,
    workerData: { unpdf: require.resolve('unpdf') },
    resourceLimits: { maxOldGenerationSizeMb: MAX_PDF_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    // not the embedding process's flags: `node --input-type=module` would read this CommonJS source
    // as a module
    execArgv: [],
    // the thread writes nothing (its console and stdio are silenced above); piped stdio would hold
    // two message ports open that an idle, unref'd reader cannot release, and keep a library
    // user's process from exiting
  });
  alive++;
  const r: Reader = { worker, listener: null, dead: false };
  const gone = (why: string) => {
    r.dead = true;
    const i = idle.indexOf(r);
    if (i >= 0) idle.splice(i, 1);
    r.listener?.({ error: why });
  };
  worker.on('message', (m: Reply) => r.listener?.(m));
  // ERR_WORKER_OUT_OF_MEMORY past MAX_PDF_HEAP_MB, or an uncaught throw inside pdf.js
  worker.on('error', (err: Error) => gone(`the reader stopped: ${err.message.slice(0, 120)}`));
  worker.on('exit', () => {
    alive--;
    gone('the reader stopped');
  });
  return r;
}

/** The reader's next reply, or TIMEOUT after `ms`. */
function next(r: Reader, ms: number): Promise<Reply> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(TIMEOUT), ms);
    const done = (m: Reply) => {
      clearTimeout(timer);
      r.listener = null;
      resolve(m);
    };
    r.listener = done;
  });
}

/** Stop a reader; resolves once its thread is gone (so a waiting PDF's new reader never overlaps it). */
function stop(r: Reader): Promise<void> {
  r.dead = true;
  r.listener = null;
  return r.worker.terminate().then(
    () => {},
    () => {},
  );
}

/** Keep a reader for the next PDF without holding the process open. */
function park(r: Reader): void {
  if (r.dead) return;
  if (idle.length >= MAX_PDF_READERS) return void stop(r);
  r.worker.unref();
  idle.push(r);
}

/** Stop the idle readers (tests; a process exits without it, idle readers are unref'd). */
export async function closePdfReaders(): Promise<void> {
  await Promise.all(idle.splice(0).map((r) => ((r.dead = true), r.worker.terminate())));
}

/**
 * What one PDF gave: the text of its first pages (`read` of `pages`; `failed` says why reading
 * stopped at a page that could not be read), or why nothing was read.
 */
export type PdfRead =
  | {
      text: string;
      pages: number;
      read: number;
      failed: string | null;
      /** The pictures asked for; `picturesSkipped` says why there are none when they were not read. */
      pictures?: PdfPicture[];
      picturesSkipped?: string;
    }
  | { skipped: string };

/** Which pictures a read brings back: at most `max`, from the first `pages` pages, within the pixel bounds. */
export interface PictureRequest {
  max: number;
  pages: number;
  minPixels: number;
  maxPixels: number;
}

/** The text of one PDF's first `maxPages` pages, or why it was not read. Never rejects. */
export async function readPdfText(
  bytes: Uint8Array,
  opts: { maxPages?: number; maxChars?: number; limitMs?: number; pictures?: PictureRequest } = {},
): Promise<PdfRead> {
  if (working < MAX_PDF_READERS) working++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // its place is handed over
  try {
    return await readWithReader(bytes, opts);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else working--;
  }
}

async function readWithReader(
  bytes: Uint8Array,
  opts: { maxPages?: number; maxChars?: number; limitMs?: number; pictures?: PictureRequest },
): Promise<PdfRead> {
  const { maxPages = MAX_PDF_PAGES, maxChars = MAX_PDF_TEXT_CHARS, limitMs = MAX_PDF_MS, pictures } = opts;
  let r = idle.pop();
  if (!r) {
    try {
      r = startReader();
    } catch (err) {
      return { skipped: `the PDF reader did not start: ${(err as Error).message.slice(0, 120)}` };
    }
    const up = await next(r, MAX_PDF_START_MS);
    if (up === TIMEOUT || !('ready' in up)) {
      await stop(r);
      return {
        skipped:
          up === TIMEOUT
            ? `the PDF reader did not start within MAX_PDF_START_MS=${MAX_PDF_START_MS}`
            : `the PDF reader did not start: ${'error' in up ? up.error : ''}`,
      };
    }
  }
  r.worker.ref();
  const started = performance.now();
  const reply = next(r, limitMs);
  r.worker.postMessage({ bytes, maxPages, maxChars, pictures });
  const got = await reply;
  if (got === TIMEOUT) {
    await stop(r);
    return { skipped: `limit MAX_PDF_MS=${limitMs}` };
  }
  if (!('text' in got)) {
    park(r);
    return { skipped: `could not be read: ${'error' in got ? got.error : 'no answer'}` };
  }
  if (!pictures) {
    park(r);
    return got;
  }
  // the pictures follow the text, on what is left of the same clock
  const more = await next(r, Math.max(1, limitMs - (performance.now() - started)));
  if (more === TIMEOUT) {
    await stop(r);
    return { ...got, pictures: [], picturesSkipped: `limit MAX_PDF_MS=${limitMs}` };
  }
  park(r);
  if ('pictures' in more) return { ...got, pictures: more.pictures };
  return {
    ...got,
    pictures: [],
    picturesSkipped: `could not be read: ${'error' in more ? more.error : 'no answer'}`,
  };
}

/** The PDF attachments of a message (by their bytes, whatever the name says). */
export function pdfAttachments(attachments: readonly AttachmentFacts[]): AttachmentFacts[] {
  return attachments.filter((a) => isPdf(a.content));
}

/**
 * Read the text of the message's PDF attachments, within the PDF limits; what is not read becomes a
 * `skipped` entry. The time spent is given back to the message's budget (MAX_PDF_MS is its own).
 */
export async function pdfTexts(
  facts: Pick<EmailFacts, 'attachments'>,
  budget: Budget,
  limitMs: number = MAX_PDF_MS,
): Promise<DocumentText[]> {
  return (await readPdfs(facts, budget, limitMs)).texts;
}

/** A PDF page's picture and the attachment it came from. */
export interface DocumentPicture extends PdfPicture {
  /** `attachment:<filename>`. */
  where: string;
}

/**
 * The text of the message's PDF attachments (as `pdfTexts`) and, in the same read, the pictures of
 * their first MAX_PDF_PICTURE_PAGES pages (at most MAX_QR_IMAGES in all, each within the QR decoder's
 * pixel bounds): a "scan to sign in" letter is a QR code picture in a PDF under a two-line body.
 */
export async function readPdfs(
  facts: Pick<EmailFacts, 'attachments'>,
  budget: Budget,
  limitMs: number = MAX_PDF_MS,
): Promise<{ texts: DocumentText[]; pictures: DocumentPicture[] }> {
  const started = performance.now();
  const out: DocumentText[] = [];
  const pictures: DocumentPicture[] = [];
  let chars = 0;
  let read = 0;
  try {
    for (const a of pdfAttachments(facts.attachments)) {
      const name = a.filename || 'document.pdf';
      const what = `PDF text of ${name}`;
      if (read >= MAX_PDF_FILES) {
        budget.skip(what, `limit MAX_PDF_FILES=${MAX_PDF_FILES} PDFs per message`);
        continue;
      }
      if (a.size > MAX_PDF_BYTES) {
        budget.skip(what, `PDF of ${a.size} bytes over MAX_PDF_BYTES=${MAX_PDF_BYTES}`);
        continue;
      }
      if (chars >= MAX_PDF_TEXT_CHARS) {
        budget.skip(what, `limit MAX_PDF_TEXT_CHARS=${MAX_PDF_TEXT_CHARS}`);
        continue;
      }
      read++;
      const room = MAX_QR_IMAGES - pictures.length;
      const got = await readPdfText(a.content, {
        maxChars: MAX_PDF_TEXT_CHARS - chars,
        limitMs,
        pictures:
          room > 0
            ? { max: room, pages: MAX_PDF_PICTURE_PAGES, minPixels: MIN_QR_PIXELS, maxPixels: MAX_QR_PIXELS }
            : undefined,
      });
      if ('skipped' in got) {
        budget.skip(what, got.skipped);
        continue;
      }
      if (got.picturesSkipped) budget.skip(`pictures of ${name} (QR codes)`, got.picturesSkipped);
      for (const p of got.pictures ?? [])
        if (pictures.length < MAX_QR_IMAGES) pictures.push({ ...p, where: `attachment:${name}` });
      if (got.failed)
        budget.skip(got.read ? `${what} past page ${got.read}` : what, `could not be read: ${got.failed}`);
      else if (got.read < Math.min(got.pages, MAX_PDF_PAGES))
        budget.skip(`${what} past page ${got.read}`, `limit MAX_PDF_TEXT_CHARS=${MAX_PDF_TEXT_CHARS}`);
      else if (got.pages > got.read)
        budget.skip(`${what} past page ${got.read}`, `limit MAX_PDF_PAGES=${MAX_PDF_PAGES}`);
      const text = unwrapLines(got.text);
      if (!text) {
        // a scan, or a "scan the QR code" page: its words are pictures, which OCR does not read in PDFs
        if (got.read) budget.skip(what, 'no text on its first pages (pictures only)');
        continue;
      }
      chars += text.length;
      out.push({ where: `attachment:${name}`, text });
    }
  } finally {
    budget.extend(performance.now() - started);
  }
  return { texts: out, pictures };
}
