/** Fixed-seed properties of the CLI's input and output helpers. */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBounded, readLines } from '../../src/cli/io.js';
import { countMboxMessages } from '../../src/cli/mbox.js';
import { escapeControl } from '../../src/cli/print.js';

const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** `buf` cut into chunks at the given offsets (a stream's chunking is arbitrary). */
function chunked(buf: Buffer, cuts: number[]): Readable {
  const at = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, buf.length]) {
    if (c > prev) parts.push(buf.subarray(prev, c));
    prev = Math.max(prev, c);
  }
  return Readable.from(parts);
}

describe('CLI io (fixed-seed properties)', () => {
  it('escapeControl leaves no control character and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeControl(s);
        expect(e).not.toMatch(RAW_CONTROL);
        if (!RAW_CONTROL.test(s)) expect(e).toBe(s);
      }),
      { seed: 4242, numRuns: 2000 },
    );
  });

  it('readLines gives the trimmed non-blank lines whatever the chunking (CRLF and UTF-8 split across chunks)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        async (lines, cuts, crlf) => {
          const text = lines.map((l) => l.replace(/[\r\n]/g, '')).join(crlf ? '\r\n' : '\n');
          const got: string[] = [];
          for await (const l of readLines(chunked(Buffer.from(text), cuts), 1 << 20))
            if ('line' in l) got.push(l.line);
          expect(got).toEqual(
            text
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean),
          );
        },
      ),
      { seed: 4242, numRuns: 500 },
    );
  });

  it("readBounded returns min(length, max + 1) bytes, the input's first ones", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat({ max: 320 }),
        async (bytes, cuts, max) => {
          const buf = Buffer.from(bytes);
          const got = await readBounded(chunked(buf, cuts), max);
          expect(got.equals(buf.subarray(0, Math.min(buf.length, max + 1)))).toBe(true);
        },
      ),
      { seed: 4242, numRuns: 500 },
    );
  });

  it('countMboxMessages never throws and is 0 without an envelope line on top', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const n = countMboxMessages(bytes);
        expect(n === 0 || (n >= 2 && n <= 3)).toBe(true);
        if (!Buffer.from(bytes.subarray(0, 5)).equals(Buffer.from('From '))) expect(n).toBe(0);
      }),
      { seed: 4242, numRuns: 2000 },
    );
  });
});
