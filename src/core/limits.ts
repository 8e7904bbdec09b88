/**
 * Limits on hostile input (DESIGN.md "Default limits"). Each names the attack it stops. They are
 * validated by the config schema (integers, each at least its `LIMIT_MINIMUMS` entry; a value is
 * never replaced by the default).
 */

export interface Limits {
  /** Largest message analysed; the rest is cut and `skipped` says so (memory exhaustion). */
  message_bytes: number;
  /** Nested multipart / message/rfc822 depth (stack and memory blow-up from nesting). */
  mime_depth: number;
  /** MIME parts per message (20,000-part messages made parsers quadratic). */
  mime_parts: number;
  /** One header line, unfolded (1 MB header lines stall regexes). */
  header_bytes: number;
  /**
   * The top-level header block together (headers padded past other scanners' limits to hide the
   * From and body behind them). Past it only the headers the checks read are kept.
   */
  headers_total_bytes: number;
  /**
   * Header fields in the top-level block (tens of thousands of tiny headers: one object each,
   * scanned by every check). Past it only the headers the checks read are kept.
   */
  header_lines: number;
  /** URLs analysed per message (link floods). */
  urls: number;
  /** Decoded text analysed per part (huge bodies stall content rules). */
  text_bytes_per_part: number;
  /** Wall clock per message; after it the verdict is returned with what was done. */
  time_ms: number;
  /** Attachments whose contents are inspected (HTML smuggling, archives). */
  attachments: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  message_bytes: 25 * 1024 * 1024,
  mime_depth: 10,
  mime_parts: 1000,
  header_bytes: 64 * 1024,
  headers_total_bytes: 1024 * 1024,
  // the largest benign header block in the dev corpus has 83 fields (12.7 KB); RFC 5321 §6.3
  // loop detection allows ~100 Received hops
  header_lines: 10_000,
  urls: 2000,
  text_bytes_per_part: 2 * 1024 * 1024,
  time_ms: 2000,
  attachments: 50,
});

/**
 * The smallest value each limit accepts (the config schema enforces them; README "Limits" lists
 * them, test/core/config.test.ts keeps the two equal). A limit of 0 does not switch a check off:
 * it makes every message look empty, so every verdict is clean.
 */
export const LIMIT_MINIMUMS: Readonly<Limits> = Object.freeze({
  message_bytes: 1024,
  mime_depth: 1,
  mime_parts: 1,
  header_bytes: 1024,
  headers_total_bytes: 1024,
  header_lines: 100,
  urls: 1,
  text_bytes_per_part: 1024,
  time_ms: 100,
  attachments: 1,
});

/**
 * Entries (files and directories) listed below the directories given to `vigil scan`, `train email`
 * and `eval email` together: a tree of millions of entries or a maze of symlinks must not hold the
 * listing in memory for minutes before the first verdict. Over it, the listing stops and says so.
 */
export const MAX_LISTED_ENTRIES = 1_000_000;

/** Directory depth followed below an input directory (deeper directories are reported, not listed). */
export const MAX_LIST_DEPTH = 32;

/**
 * Fewest rows (messages for email) of each class `vigil train` accepts. Below it the
 * cross-validated metrics are noise (2 rows gave AUC null and a "successful" model), and one class
 * alone cannot train a classifier. 20 per class leaves each of 5 folds a few of each.
 */
export const MIN_TRAIN_ROWS_PER_CLASS = 20;

// ---------------------------------------------------------------------------------------------
// Fixed caps of the email analyzer. Not configurable: each bounds the work one detector does on one
// message, far above what legitimate mail needs; the configurable limits above bound the message.

// src/email/model.ts
/**
 * Words per window when a long body is also scored in parts (padding must not dilute a lure): about
 * one BEC lure's length. Windows overlap by half, so a lure is never cut in two.
 */
export const SCORE_WINDOW_WORDS = 80;
/** Windows scored per message: the first ~1,300 words, about twice the text's feature cost. */
export const MAX_SCORE_WINDOWS = 32;
/**
 * Line-aligned windows scored besides the sliding ones (runs of whole lines up to SCORE_WINDOW_WORDS):
 * padding comes as its own paragraphs, and a window of the lure's lines alone is not diluted by it.
 */
export const MAX_LINE_WINDOWS = 16;

// src/email/scripts.ts
/** Mixed-script words collected per message (evidence needs a few; the count saturates there). */
export const MAX_MIXED_SCRIPT_WORDS = 20;

// src/email/extract.ts
/** Mailboxes read from all From headers together (every sender check runs on each): a few is an attack. */
export const MAX_FROM_MAILBOXES = 8;

// src/email/features.ts
/** Text (subject + visible body) analysed for word features: the start of a message carries the lure. */
export const MAX_FEATURE_TEXT_CHARS = 20_000;
/** Text analysed for character n-grams (costlier per character). */
export const MAX_CHAR_GRAM_TEXT_CHARS = 3_000;
/** Links whose URL features are extracted. */
export const MAX_FEATURE_LINKS = 200;

// src/email/names.ts
/** Words considered per display name: a real name has a handful; more is padding. */
export const MAX_NAME_TOKENS = 32;
/** Longest run of words compared as one brand name (`Bank of America` is three). */
export const MAX_NAME_WINDOW = 4;

// src/email/phrases.ts
/** Matches kept per phrase family (evidence needs a few, a flood must not cost more). */
export const MAX_MATCHES_PER_FAMILY = 5;

// src/email/parse.ts
/** At most this many fields are kept past a limit (List-* names are attacker-chosen). */
export const MAX_KEPT_PAST_LIMIT = 64;

// src/email/attachments.ts
/** Characters of an HTML or calendar attachment the text checks read. */
export const MAX_ATTACHMENT_TEXT = 1024 * 1024;

// src/email/extract.ts
/**
 * Runs of blanks (spaces, tabs, other white space but line breaks) longer than this are cut to it
 * in the text the checks read. A reader sees one gap either way; 100,000 spaces in a body made a
 * white-space regex in content.ts (normalizeForMatch) backtrack for 35 s per call (fuzz run,
 * 2026-12-03), past every time limit. The class stops at CR/LF so blank-line detection is unchanged.
 */
export const MAX_BLANK_RUN = 64;

// src/email/confusables.ts
/** Longest display name folded: names are short; anything longer is padding meant to slow us down. */
export const MAX_NAME_CHARS = 256;

// src/email/auth.ts
/** Trusted Authentication-Results headers parsed per message (real mail has one or two). */
export const MAX_AUTH_RESULTS_HEADERS = 10;
/** Results (`method=result`) read per header. */
export const MAX_RESULTS_PER_HEADER = 50;
/** Characters of one header parsed, and of one `;`-separated result: real ones are far shorter. */
export const MAX_AUTH_RESULTS_CHARS = 16 * 1024;
export const MAX_RESULT_CHARS = 1024;

// src/email/html.ts
/** Max elements on the open-element stack; deeper nesting is treated as flat (stack blow-up). */
export const MAX_HTML_STACK = 512;
/**
 * Nesting depth at which tree parsing stops: htmlparser2 keeps its open-element stack with
 * shift/unshift, so 50,000 nested <div>s cost seconds. The rest is read flat (tags stripped,
 * href/src/action values kept) and `truncatedAt` says so.
 */
export const MAX_HTML_DEPTH = 1000;

// src/email/archive.ts
/** Archive entries read per attachment (a zip of 100,000 empty files is cheap to send). */
export const MAX_ARCHIVE_ENTRIES = 2000;

// src/email/hidden.ts
/** Characters of HTML read for comments (a comment flood costs nothing past this). */
export const MAX_COMMENT_SCAN_CHARS = 512 * 1024;
/** Characters of hidden text (all runs together) that the rules read. */
export const MAX_HIDDEN_CHARS = 64 * 1024;

// src/email/normalize.ts
/** Characters of visible text that content rules read (lures put the ask near the top). */
export const MAX_CONTENT_CHARS = 100_000;

// ---------------------------------------------------------------------------------------------

/** Something that was not analysed, and why: reported in the verdict's `skipped`. */
export interface Skipped {
  what: string;
  why: string;
}

/**
 * One budget per input, passed down to every stage: it records what was skipped and tells a
 * stage when the wall-clock limit has passed so it can stop and let the verdict go out.
 */
export class Budget {
  readonly limits: Limits;
  readonly skipped: Skipped[] = [];
  private deadline: number;
  private timedOut = false;

  constructor(limits: Limits = DEFAULT_LIMITS, now: number = performance.now()) {
    this.limits = limits;
    this.deadline = now + limits.time_ms;
  }

  skip(what: string, why: string): void {
    // de-duplicate: one hostile message can trip the same limit thousands of times
    if (this.skipped.length >= 100) return;
    if (!this.skipped.some((s) => s.what === what && s.why === why)) this.skipped.push({ what, why });
  }

  /**
   * Move the deadline by `ms`: an opt-in stage with its own time limit (OCR, MAX_OCR_MS) gives back
   * the time it took, so turning it on never cuts the other checks short.
   */
  extend(ms: number): void {
    if (ms > 0 && !this.timedOut) this.deadline += ms;
  }

  /** True once the time limit has passed; records the skip once, naming the stage that stopped. */
  expired(stage: string): boolean {
    if (this.timedOut) return true;
    if (performance.now() > this.deadline) {
      this.timedOut = true;
      this.skip(`${stage} and later stages`, `limit time_ms=${this.limits.time_ms}`);
      return true;
    }
    return false;
  }
}

// src/email/ocr.ts (opt-in OCR: `ocr: true` in the config, `vigil scan --ocr`)
/** Images read by OCR per message (a lure needs one; a hundred pictures must not cost a minute). */
export const MAX_OCR_IMAGES = 4;
/** Pixels per image (decoding allocates 4 bytes a pixel: 60,000 x 60,000 claimed in 100 bytes is 14 GB). */
export const MAX_OCR_PIXELS = 4_000_000;
/** Encoded bytes per image read by OCR. */
export const MAX_OCR_IMAGE_BYTES = 2 * 1024 * 1024;
/**
 * Wall clock for OCR per message (its own budget: the worker's first start costs ~0.7 s and each
 * image ~0.3 s here; it does not count against limits.time_ms, so OCR never cuts the other checks).
 */
export const MAX_OCR_MS = 6000;
/** Characters of recognised text kept per message (what a lure in a picture needs, with room). */
export const MAX_OCR_TEXT_CHARS = 20_000;
/** Smallest picture read: below it an image is a tracking pixel, a spacer or an icon, not text. */
export const MIN_OCR_PIXELS = 2_000;

// src/email/qr.ts (QR codes in inline and attached PNG/JPEG pictures, decoded into links)
/** Pictures searched for a QR code per message (a lure needs one; a hundred pictures must not cost seconds). */
export const MAX_QR_IMAGES = 4;
/** Encoded bytes per picture decoded (as MAX_OCR_IMAGE_BYTES). */
export const MAX_QR_IMAGE_BYTES = 2 * 1024 * 1024;
/** Pixels per picture, from its header before decoding (RGBA is 4 bytes a pixel: 16 MB at most). */
export const MAX_QR_PIXELS = 4_000_000;
/** Smallest picture searched: a QR code a phone can scan is at least ~21 x 21 modules. */
export const MIN_QR_PIXELS = 21 * 21;
/**
 * Wall clock for QR decoding per message (its own clock, given back to limits.time_ms like OCR's).
 * jsQR is synchronous, so one picture is never cut short: MAX_QR_PIXELS bounds it (~0.3 s at 4 MP);
 * past this no further picture is decoded.
 */
export const MAX_QR_MS = 1500;
/** Longest QR payload kept as a link (longer: not a URL a reader is sent to). */
export const MAX_QR_URL_CHARS = 2048;

// src/email/office-text.ts (the text of Word attachments: word/document.xml inflated by zlib)
/** Word attachments whose text is read per message. */
export const MAX_OFFICE_FILES = 3;
/**
 * Bytes of word/document.xml inflated per file: zlib stops there (maxOutputLength), so a zip whose
 * directory lies about the size costs no more than this; a letter's XML is a few hundred kB.
 */
export const MAX_OFFICE_XML_BYTES = 4 * 1024 * 1024;
/** Characters of text kept per message from all its Word files together (as MAX_PDF_TEXT_CHARS). */
export const MAX_OFFICE_TEXT_CHARS = 20_000;

// src/email/pdf-text.ts (the text of PDF attachments, read by pdf.js in a thread of its own)
/** PDF attachments whose text is read per message (a lure needs one; a hundred must not cost minutes). */
export const MAX_PDF_FILES = 3;
/** Bytes of one PDF read (a 5 MB file of Flate-compressed spaces inflates to 5 GB: see MAX_PDF_MS). */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
/** Pages read per PDF: a lure's letter is on its first page or two. */
export const MAX_PDF_PAGES = 5;
/** First pages of a PDF whose pictures are searched for a QR code (a quishing letter's is on page 1). */
export const MAX_PDF_PICTURE_PAGES = 2;
/** Characters of text kept per message from all its PDFs together (as MAX_OCR_TEXT_CHARS). */
export const MAX_PDF_TEXT_CHARS = 20_000;
/**
 * Wall clock for reading one PDF's text, once the reader is up. pdf.js decompresses and lexes in
 * JavaScript, so a hostile file can keep it busy for a minute: past this the reader's thread is
 * stopped (Worker.terminate), not just abandoned. Its own clock, given back to limits.time_ms like
 * OCR's. A small invoice takes ~15 ms.
 */
export const MAX_PDF_MS = 1500;
/** Wall clock for the reader's thread to start and load pdf.js (~0.2 s; more under a loaded CPU). */
export const MAX_PDF_START_MS = 10_000;
/** Heap of the reader's thread (MB): a PDF that needs more is dropped with a skip, never the process. */
export const MAX_PDF_HEAP_MB = 256;
/**
 * Reader threads at once per analysing thread: messages analysed concurrently (a library caller's
 * Promise.all over a mailbox) wait for one instead of starting a thread, and its heap, each.
 */
export const MAX_PDF_READERS = 2;
