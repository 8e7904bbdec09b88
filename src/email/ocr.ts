/**
 * Opt-in OCR of inline and attached images (`ocr: true` in the config, `vigil scan --ocr`): the lure
 * moved into a picture is read back, and its text goes through the same phrase rules as the body
 * (evidence `where` = `image:<file>`). tesseract.js runs offline: its WebAssembly core comes from
 * the local `tesseract.js-core` package and the English model from `@tesseract.js-data/eng`, never
 * a CDN. Bounded by MAX_OCR_IMAGES, MAX_OCR_PIXELS, MAX_OCR_IMAGE_BYTES and MAX_OCR_MS; what is
 * not read becomes a `skipped` entry. Cost measured by `npm run bench:ocr` (README "Threat model").
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  MAX_OCR_IMAGE_BYTES,
  MAX_OCR_IMAGES,
  MAX_OCR_MS,
  MAX_OCR_PIXELS,
  MAX_OCR_TEXT_CHARS,
  MIN_OCR_PIXELS,
  type Budget,
} from '../core/index.js';
import type { EmailFacts } from './facts.js';
import { messageImages, pictureOverLimits, type PictureLimits } from './images.js';

const OCR_LIMITS: PictureLimits = {
  images: [MAX_OCR_IMAGES, 'MAX_OCR_IMAGES'],
  bytes: [MAX_OCR_IMAGE_BYTES, 'MAX_OCR_IMAGE_BYTES'],
  pixels: [MAX_OCR_PIXELS, 'MAX_OCR_PIXELS'],
};
import { unwrapLines } from './normalize.js';

/** Text read from one picture of the message. */
export interface ImageText {
  /** `image:<filename>` (inline) or `image:attachment <filename>`. */
  where: string;
  text: string;
}

/** Reads the text of one image; rejects on an image it cannot decode. */
export interface OcrEngine {
  recognize(image: Uint8Array): Promise<string>;
  /** Stop the engine (a stuck recognition is abandoned this way); the next call starts a new one. */
  terminate(): Promise<void>;
}

interface TesseractWorker {
  recognize(image: Buffer): Promise<{ data: { text: string } }>;
  terminate(): Promise<unknown>;
}

/** Local paths of the tesseract core and the English model (no network at any point). */
export function tesseractPaths(): { corePath: string; langPath: string } {
  const require = createRequire(import.meta.url);
  return {
    corePath: dirname(require.resolve('tesseract.js-core/package.json')),
    langPath: join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int'),
  };
}

/** The tesseract.js engine: one worker thread, started on first use, kept for the process. */
export function createTesseractEngine(): OcrEngine {
  let worker: Promise<TesseractWorker> | null = null;
  const start = async (): Promise<TesseractWorker> => {
    const { createWorker, OEM } = await import('tesseract.js');
    const { corePath, langPath } = tesseractPaths();
    return (await createWorker('eng', OEM.LSTM_ONLY, {
      corePath,
      langPath,
      gzip: true,
      // never write a copy of the model into the working directory
      cacheMethod: 'none',
      logger: () => {},
      errorHandler: () => {},
    })) as unknown as TesseractWorker;
  };
  return {
    async recognize(image) {
      worker ??= start();
      const w = await worker.catch((err: unknown) => {
        worker = null;
        throw err;
      });
      const r = await w.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      return r.data.text ?? '';
    },
    async terminate() {
      const w = worker;
      worker = null;
      if (w) await (await w.catch(() => null))?.terminate();
    },
  };
}

let shared: OcrEngine | null = null;
/** The process's OCR engine (started lazily; `closeOcr` stops it). */
export function sharedOcrEngine(): OcrEngine {
  return (shared ??= createTesseractEngine());
}
/** Stop the process's OCR worker thread (CLI and server shutdown, tests). */
export async function closeOcr(): Promise<void> {
  const e = shared;
  shared = null;
  if (e) await e.terminate();
}

const TIMEOUT = Symbol('timeout');

/**
 * Read the text of the message's inline and attached pictures, within the OCR limits. Remote
 * images are not fetched (scanning is offline). The time spent is given back to the message's
 * budget (OCR has its own limit, MAX_OCR_MS).
 */
export async function ocrImages(
  facts: Pick<EmailFacts, 'attachments' | 'htmlFacts'>,
  budget: Budget,
  engine: OcrEngine = sharedOcrEngine(),
  limitMs: number = MAX_OCR_MS,
): Promise<ImageText[]> {
  const started = performance.now();
  const out: ImageText[] = [];
  let chars = 0;
  let read = 0;
  let outOfTime = false;
  try {
    for (const img of messageImages(facts.attachments)) {
      const a = img.attachment;
      const what = `image ${a.filename || a.mimeType} (OCR)`;
      if (!img.info) {
        budget.skip(what, 'not a PNG, JPEG, GIF, BMP or WebP image');
        continue;
      }
      if (img.info.format === 'gif') {
        // tesseract.js's image reader (leptonica in WebAssembly) has no GIF decoder
        budget.skip(what, 'GIF images are not read by OCR');
        continue;
      }
      const pixels = img.info.width * img.info.height;
      if (pixels < MIN_OCR_PIXELS || img.info.height < 12) continue; // a pixel, spacer or icon
      const over = pictureOverLimits(img, read, OCR_LIMITS);
      if (over) {
        budget.skip(what, over);
        continue;
      }
      const left = limitMs - (performance.now() - started);
      if (left <= 0 || outOfTime) {
        budget.skip(what, `limit MAX_OCR_MS=${limitMs}`);
        continue;
      }
      read++;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<typeof TIMEOUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMEOUT), left);
      });
      let text: string | typeof TIMEOUT;
      try {
        const job = engine.recognize(a.content);
        // a job abandoned at the time limit may still reject (tesseract.js rejects jobs of a stopped
        // worker): handled here, or Node's unhandled rejection would end the process
        job.catch(() => {});
        text = await Promise.race([job, timeout]);
      } catch (err) {
        budget.skip(what, `could not be read: ${(err as Error).message?.slice(0, 120) ?? String(err)}`);
        continue;
      } finally {
        clearTimeout(timer);
      }
      if (text === TIMEOUT) {
        // abandon the result, not the worker: stopping tesseract.js's worker under a job still being
        // set up ended the process in the bench (a late TypeError); the job is bounded by
        // MAX_OCR_PIXELS and finishes in the background, and this message reads no more images
        outOfTime = true;
        budget.skip(what, `limit MAX_OCR_MS=${limitMs}`);
        continue;
      }
      const clean = unwrapLines(text).slice(0, MAX_OCR_TEXT_CHARS - chars);
      if (!clean) continue;
      chars += clean.length;
      out.push({ where: img.where, text: clean });
      if (chars >= MAX_OCR_TEXT_CHARS) {
        budget.skip(
          'image text past the first characters (OCR)',
          `limit MAX_OCR_TEXT_CHARS=${MAX_OCR_TEXT_CHARS}`,
        );
        break;
      }
    }
    const remote = (facts.htmlFacts?.images ?? []).filter((s) => /^https?:/i.test(s.trim())).length;
    if (remote) budget.skip(`${remote} remote image(s) (OCR)`, 'not fetched: scanning is offline');
  } finally {
    budget.extend(performance.now() - started);
  }
  return out;
}
