/**
 * postal-mime's part decoders, finished without a `Blob`. Each decoder (base64, quoted-printable,
 * pass-through) collects a part's bytes as chunks and ends with
 * `blobToArrayBuffer(new Blob(chunks))`: Node 20 builds the `Blob` in C++ and reads it back through
 * a stream, which was ≈ 9 % of an email scan's CPU (profile in README "Performance") for what is a
 * concatenation. Here the decoder's own `finalize` still runs (its flush of the last base64 unit or
 * QP line is kept as written), but while it runs `Blob` names `ChunkConcat`, which concatenates the
 * same chunks synchronously with the same rules (ArrayBuffer and views copied as bytes, strings as
 * UTF-8 with lone surrogates replaced, as the File API's USVString conversion does), and whose
 * `arrayBuffer()` hands the bytes back. The swap lasts one synchronous call, so no other code can
 * see it. The decoded output is byte-identical: test/email/postal-sync.test.ts parses the same
 * messages with and without it.
 */
import PostalMime from 'postal-mime';

type BlobPart = ArrayBuffer | ArrayBufferView | string;
const utf8 = new TextEncoder();

/** A string part as UTF-8; ASCII (the pass-through decoder's "\n" after every line) without allocating. */
function isAscii(p: string): boolean {
  for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** What `new Blob(parts)` holds, as one ArrayBuffer. */
export function concatBlobParts(parts: readonly BlobPart[]): ArrayBuffer {
  // ASCII strings are copied as they are (UTF-8 of ASCII is ASCII); other strings are encoded
  const encoded: (Uint8Array | null)[] = new Array<Uint8Array | null>(parts.length);
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    let v: Uint8Array | null = null;
    if (typeof p === 'string') {
      if (isAscii(p)) total += p.length;
      else total += (v = utf8.encode(p)).byteLength;
    } else {
      v =
        p instanceof Uint8Array
          ? p
          : ArrayBuffer.isView(p)
            ? new Uint8Array(p.buffer, p.byteOffset, p.byteLength)
            : new Uint8Array(p);
      total += v.byteLength;
    }
    encoded[i] = v;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const v = encoded[i];
    if (v) {
      out.set(v, at);
      at += v.byteLength;
    } else {
      const p = parts[i] as string;
      for (let k = 0; k < p.length; k++) out[at++] = p.charCodeAt(k);
    }
  }
  return out.buffer;
}

/** Stands in for `Blob` during a decoder's finalize: only what `blobToArrayBuffer` reads. */
class ChunkConcat {
  private readonly bytes: ArrayBuffer;
  constructor(parts: readonly BlobPart[] = []) {
    this.bytes = concatBlobParts(parts);
  }
  get size(): number {
    return this.bytes.byteLength;
  }
  arrayBuffer(): ArrayBuffer {
    return this.bytes;
  }
}

interface Decoder {
  finalize(): unknown;
}

let enabled = true;
let installed = false;

/** Wraps one decoder's finalize so that its `new Blob(chunks)` is a ChunkConcat. */
function syncFinalize(decoder: Decoder): void {
  const original = decoder.finalize;
  decoder.finalize = function finalize(this: Decoder): unknown {
    if (!enabled) return original.call(this);
    const g = globalThis as { Blob: unknown };
    const saved = g.Blob;
    g.Blob = ChunkConcat;
    try {
      return original.call(this);
    } finally {
      g.Blob = saved;
    }
  };
}

/**
 * Installs the wrapper on postal-mime's MIME node class (reached through a parser's root node; the
 * package exports only the parser). Idempotent; false when postal-mime's shape is not the one this
 * was written against (then parsing goes through its `Blob` as before).
 */
export function installSyncDecoders(): boolean {
  if (installed) return true;
  const root = (new PostalMime() as unknown as { root?: object }).root;
  const proto = root ? (Object.getPrototypeOf(root) as Record<string, unknown>) : null;
  const setup = proto?.setupContentDecoder;
  if (!proto || typeof setup !== 'function') return false;
  proto.setupContentDecoder = function setupContentDecoder(
    this: { contentDecoder?: Decoder | null },
    ...args: unknown[]
  ): unknown {
    const r = (setup as (...a: unknown[]) => unknown).apply(this, args);
    const d = this.contentDecoder;
    if (d && typeof d.finalize === 'function') syncFinalize(d);
    return r;
  };
  installed = true;
  return true;
}

/** Tests: parse through postal-mime's own `Blob` path (false) or this one (true). */
export function setSyncDecoders(on: boolean): void {
  enabled = on;
}
