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
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[k] = () => {};
process.stdout.write = process.stderr.write = () => true;
process.on('unhandledRejection', () => {});
const pdfjs = require(workerData.unpdf).getResolvedPDFJS();
pdfjs.then(() => parentPort.postMessage({ ready: true }), (e) => parentPort.postMessage({ error: String(e && e.message || e) }));
parentPort.on('message', async ({ bytes, maxPages, maxChars }) => {
  let doc = null;
  try {
    const { getDocument } = await pdfjs;
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
  | { error: string }
  | typeof TIMEOUT;
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
  worker.on('exit', () => gone('the reader stopped'));
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
  { text: string; pages: number; read: number; failed: string | null } | { skipped: string };

/** The text of one PDF's first `maxPages` pages, or why it was not read. Never rejects. */
export async function readPdfText(
  bytes: Uint8Array,
  opts: { maxPages?: number; maxChars?: number; limitMs?: number } = {},
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
  opts: { maxPages?: number; maxChars?: number; limitMs?: number },
): Promise<PdfRead> {
  const { maxPages = MAX_PDF_PAGES, maxChars = MAX_PDF_TEXT_CHARS, limitMs = MAX_PDF_MS } = opts;
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
  const reply = next(r, limitMs);
  r.worker.postMessage({ bytes, maxPages, maxChars });
  const got = await reply;
  if (got === TIMEOUT) {
    await stop(r);
    return { skipped: `limit MAX_PDF_MS=${limitMs}` };
  }
  park(r);
  if ('text' in got) return got;
  return { skipped: `could not be read: ${'error' in got ? got.error : 'no answer'}` };
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
  const started = performance.now();
  const out: DocumentText[] = [];
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
      const got = await readPdfText(a.content, { maxChars: MAX_PDF_TEXT_CHARS - chars, limitMs });
      if ('skipped' in got) {
        budget.skip(what, got.skipped);
        continue;
      }
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
  return out;
}
