/**
 * QR codes in pictures ("quishing"): a lure that puts its link in a QR code image, inline or
 * attached, hides it from every link check. The PNG and JPEG pictures of the message are decoded
 * (pngjs / jpeg-js to RGBA pixels, jsQR to find and read the code, all pure JavaScript, offline)
 * and a payload that is an http(s) URL becomes a Link of source `qr`, `where` naming the picture,
 * which the link checks follow like a link in the body (FOLLOWED and CLICKED in links.ts).
 *
 * The libraries are imported only when the message has a PNG or JPEG picture (most mail has none).
 * Bounded by MAX_QR_IMAGES, MAX_QR_IMAGE_BYTES, MAX_QR_PIXELS (read from the header before any
 * decoding) and MAX_QR_MS; what is not read becomes a `skipped` entry; nothing here throws.
 * Pictures on a PDF's first pages come as pixels from the PDF reader (src/email/pdf-text.ts), in the
 * same count. Not read: GIF, BMP and WebP pictures, pictures inside archives, remote images.
 */
import {
  defineSignal,
  MAX_QR_IMAGE_BYTES,
  MAX_QR_IMAGES,
  MAX_QR_MS,
  MAX_QR_PIXELS,
  MAX_QR_URL_CHARS,
  MIN_QR_PIXELS,
  type Budget,
  type Signal,
  type SignalDef,
} from '../core/index.js';
import { ownersOf, registrableDomain, sameOwner } from '../url/index.js';
import { CREDENTIAL_LURE } from './content.js';
import type { EmailContext, EmailFacts, Link } from './facts.js';
import { messageImages, pictureOverLimits, type MessageImage, type PictureLimits } from './images.js';

const QR_LIMITS: PictureLimits = {
  images: [MAX_QR_IMAGES, 'MAX_QR_IMAGES'],
  bytes: [MAX_QR_IMAGE_BYTES, 'MAX_QR_IMAGE_BYTES'],
  pixels: [MAX_QR_PIXELS, 'MAX_QR_PIXELS'],
};

export const QR_CODE_LINK = defineSignal({
  id: 'email.link.qr_code_link',
  category: 'phishing',
  severity: 'low',
  roles: { low: 'context', medium: 'deception' },
  summary:
    'A picture in the message is a QR code leading to a web address (a link no link check or mouse-over shows the reader)',
});

export const QR_SIGNALS: SignalDef[] = [QR_CODE_LINK];

/** RGBA pixels of a decoded picture. */
interface Pixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

interface Decoders {
  png(b: Uint8Array): Pixels;
  jpeg(b: Uint8Array): Pixels;
  qr(data: Uint8ClampedArray, width: number, height: number): string | null;
}

let decoders: Promise<Decoders> | null = null;
/** pngjs, jpeg-js and jsQR, imported on the first message with a PNG or JPEG picture. */
function loadDecoders(): Promise<Decoders> {
  decoders ??= (async () => {
    const [pngjs, jpegjs, jsqr] = await Promise.all([import('pngjs'), import('jpeg-js'), import('jsqr')]);
    // CommonJS packages: under Node's ESM loader their module.exports is the default export
    const PNG = pngjs.default.PNG;
    const jpeg = jpegjs.default;
    const jsQR = jsqr.default as unknown as (
      data: Uint8ClampedArray,
      width: number,
      height: number,
      opts?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' },
    ) => { data: string } | null;
    return {
      png: (b) => {
        const img = PNG.sync.read(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
        return { data: img.data, width: img.width, height: img.height };
      },
      jpeg: (b) =>
        jpeg.decode(b, {
          useTArray: true,
          formatAsRGBA: true,
          maxResolutionInMP: MAX_QR_PIXELS / 1_000_000,
          maxMemoryUsageInMB: 64,
        }),
      // a QR code printed light on dark is rare in mail: one pass, half the time of 'attemptBoth'
      qr: (data, width, height) =>
        jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null,
    };
  })();
  decoders.catch(() => {
    decoders = null;
  });
  return decoders;
}

/** The payload as a link a reader is sent to: an http(s) URL of at most MAX_QR_URL_CHARS, or null. */
export function qrUrl(payload: string): string | null {
  const p = payload.trim();
  if (!p || p.length > MAX_QR_URL_CHARS || !/^https?:\/\/[^\s/?#]/i.test(p) || /\s/.test(p)) return null;
  try {
    const u = new URL(p);
    return u.protocol === 'http:' || u.protocol === 'https:' ? p : null;
  } catch {
    return null;
  }
}

/** The PNG and JPEG pictures of the message (judged by their bytes): what QR decoding reads. */
export function qrCandidates(facts: Pick<EmailFacts, 'attachments'>): MessageImage[] {
  return messageImages(facts.attachments).filter(
    (i) => i.info?.format === 'png' || i.info?.format === 'jpeg',
  );
}

/** `where` of a QR link: the picture it was read from. */
function qrWhere(img: MessageImage): string {
  const a = img.attachment;
  const name = a.filename || 'unnamed';
  return a.disposition === 'inline' ? `body:html (QR code in image ${name})` : `attachment:${name} (QR code)`;
}

/**
 * The http(s) links of the QR codes in the message's PNG and JPEG pictures, within the QR limits
 * (skips recorded on the budget). Its time is given back to the message's budget (own clock,
 * MAX_QR_MS). Never throws.
 */
export async function qrLinks(
  facts: Pick<EmailFacts, 'attachments' | 'documentPictures'>,
  budget: Budget,
  limitMs: number = MAX_QR_MS,
): Promise<Link[]> {
  const started = performance.now();
  const out: Link[] = [];
  try {
    const images = qrCandidates(facts);
    const inPdfs = facts.documentPictures ?? [];
    if (!images.length && !inPdfs.length) return out;
    let dec: Decoders;
    try {
      dec = await loadDecoders();
    } catch (err) {
      budget.skip(
        'QR codes in pictures',
        `decoder not loaded: ${String((err as Error)?.message ?? err).slice(0, 120)}`,
      );
      return out;
    }
    const seen = new Set<string>();
    let read = 0;
    // a decoded payload that is a web address, once per message
    const keep = (payload: string | null, where: string) => {
      const url = payload === null ? null : qrUrl(payload);
      if (!url || seen.has(url)) return;
      seen.add(url);
      out.push({ url, source: 'qr', text: '', where });
    };
    const outOfTime = (what: string) => {
      if (performance.now() - started < limitMs) return false;
      budget.skip(what, `limit MAX_QR_MS=${limitMs}`);
      return true;
    };
    const failed = (what: string, err: unknown) =>
      budget.skip(what, `could not be decoded: ${String((err as Error)?.message ?? err).slice(0, 120)}`);
    for (const img of images) {
      const a = img.attachment;
      const info = img.info!;
      const what = `image ${a.filename || a.mimeType} (QR code)`;
      const pixels = info.width * info.height;
      if (pixels < MIN_QR_PIXELS) continue; // a tracking pixel, a spacer, an icon
      const over = pictureOverLimits(img, read, QR_LIMITS);
      if (over) {
        budget.skip(what, over);
        continue;
      }
      if (outOfTime(what)) continue;
      read++;
      try {
        const px = info.format === 'png' ? dec.png(a.content) : dec.jpeg(a.content);
        // the header may lie about the size: the decoded picture is checked again
        if (px.width * px.height > MAX_QR_PIXELS || px.data.length < px.width * px.height * 4) {
          budget.skip(what, `decoded ${px.width}x${px.height} pixels over MAX_QR_PIXELS=${MAX_QR_PIXELS}`);
          continue;
        }
        const rgba =
          px.data instanceof Uint8ClampedArray
            ? px.data
            : new Uint8ClampedArray(px.data.buffer, px.data.byteOffset, px.width * px.height * 4);
        keep(dec.qr(rgba, px.width, px.height), qrWhere(img));
      } catch (err) {
        failed(what, err);
      }
    }
    // pictures on a PDF's pages, already pixels (the PDF reader decoded them within the same bounds)
    for (const pic of inPdfs) {
      const what = `picture in ${pic.where} (QR code)`;
      if (read >= MAX_QR_IMAGES) {
        budget.skip(what, `limit MAX_QR_IMAGES=${MAX_QR_IMAGES} pictures per message`);
        continue;
      }
      if (outOfTime(what)) continue;
      read++;
      try {
        keep(dec.qr(pic.data, pic.width, pic.height), `${pic.where} (QR code in a page picture)`);
      } catch (err) {
        failed(what, err);
      }
    }
  } catch (err) {
    budget.skip(
      'QR codes in pictures',
      `internal error: ${String((err as Error)?.message ?? err).slice(0, 120)}`,
    );
  } finally {
    budget.extend(performance.now() - started);
  }
  return out;
}

/**
 * A credential or payment pretext (or an outside sender posing as the reader's IT desk): what a
 * quishing lure wraps its QR code in.
 */
const PRETEXTS = new Set([
  CREDENTIAL_LURE.id,
  'email.content.payment_request',
  'email.content.payment_change',
  'email.sender.external_it_role',
]);

/**
 * One signal per message naming the picture and where its QR code leads (the URL checks judge the
 * destination itself). Info when every QR code leads to the sender's own site (a ticket, a parking
 * pass: shown, never scored). Low, context, otherwise: a QR code is ordinary in tickets, boarding
 * passes and invoices, so on its own it says only "there is a link the reader cannot hover over".
 * Medium, a deception, when a credential or payment pretext (PRETEXTS) comes with a QR code whose
 * site is neither the sender's nor a known brand's: the reader is moved to a phone, away from the
 * mail gateway's link checks, to sign in or pay elsewhere — the quishing pattern itself.
 */
export function qrSignals(facts: EmailFacts, prior: readonly Signal[], ctx: EmailContext): Signal[] {
  const qr = facts.links.filter((l) => l.source === 'qr');
  if (!qr.length) return [];
  const from = facts.from?.domain ?? '';
  const fromSite = from ? (registrableDomain(from) ?? from) : '';
  const lure = prior.find((s) => PRETEXTS.has(s.id) && s.severity !== 'info');
  const evidence = qr.slice(0, 3).map((l) => ({ where: l.where, text: l.url }));
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return '';
    }
  };
  const ownSite = (l: Link) => {
    const host = hostOf(l.url);
    const site = registrableDomain(host) ?? host;
    return !!fromSite && !!host && (site === fromSite || sameOwner(fromSite, site, ctx.config));
  };
  const elsewhere = qr.find(
    (l) => !ownSite(l) && !!hostOf(l.url) && ownersOf(hostOf(l.url), ctx.config).length === 0,
  );
  const first = qr[0]!;
  const picture = (l: Link) => {
    const inPdf = /^attachment:(.*) \(QR code in a page picture\)$/.exec(l.where);
    if (inPdf) return `a picture on the pages of ${inPdf[1]}`;
    return `the picture ${l.where.replace(/^attachment:(.*) \(QR code\)$/, '$1').replace(/^body:html \(QR code in image (.*)\)$/, '$1')}`;
  };
  if (lure && elsewhere) {
    return [
      QR_CODE_LINK.fire(
        `${lure.message.replace(/\.$/, '')}; ${picture(elsewhere)} is a QR code leading to ${hostOf(elsewhere.url)}, outside the sender's domain, where no link check or mouse-over shows it`,
        [
          { where: elsewhere.where, text: elsewhere.url },
          ...evidence.filter((e) => e.text !== elsewhere.url),
          ...lure.evidence.slice(0, 1),
        ],
        'medium',
      ),
    ];
  }
  return [
    QR_CODE_LINK.fire(
      `${upperFirst(picture(first))} is a QR code leading to ${first.url.length > 120 ? `${first.url.slice(0, 119)}…` : first.url}`,
      evidence,
      qr.every(ownSite) ? 'info' : 'low',
    ),
  ];
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
