#!/usr/bin/env node
// Copy a mail folder with every receiving-side header removed (Received, Authentication-Results,
// ARC-*, Return-Path, Delivered-To, spam and gateway verdicts, Exchange/Gmail bookkeeping), so a scan
// shows how much a verdict owes to what the receiving servers wrote. The hidden evaluation strips
// them too; the sending side (From, Reply-To, DKIM-Signature, the body) is kept byte for byte.
// Usage: node scripts/strip-receiving-headers.mjs IN_DIR OUT_DIR
//   then: node bin/vigil.js scan --json -q OUT_DIR/malicious OUT_DIR/benign
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node scripts/strip-receiving-headers.mjs IN_DIR OUT_DIR');
  process.exit(2);
}

/** Header names a receiving server or gateway adds (lower-case, matched on the whole name). */
const RECEIVING =
  /^(?:received|received-spf|authentication-results|arc-[a-z-]+|return-path|delivered-to|x-original-to|x-received|x-spam[a-z-]*|x-virus[a-z-]*|x-ms-[a-z0-9-]+|x-microsoft-[a-z0-9-]+|x-forefront-[a-z-]+|x-eopattributedmessage|x-exchange-[a-z-]+|x-crosspremises[a-z-]*|x-originatororg|x-incomingheadercount|x-incomingtopheadermarker|x-gm-[a-z-]+|x-google-[a-z-]+|x-mailscanner[a-z-]*|x-barracuda-[a-z-]+|x-proofpoint-[a-z-]+|x-mimecast-[a-z-]+|x-sophos-[a-z-]+|x-rcvd[a-z-]*)$/i;

/** The message with receiving-side header fields (and their folded lines) removed. */
function strip(raw) {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0) return raw;
  const head = text.slice(0, end);
  const body = text.slice(end);
  // a field starts at a line that does not begin with white space
  const fields = head.split(/\r?\n(?=\S)/);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  const kept = fields.filter((f) => !RECEIVING.test(f.slice(0, f.indexOf(':')).trim()));
  return Buffer.from(kept.join(eol) + body, 'latin1');
}

let files = 0;
let removed = 0;
function walk(from, to) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dst = join(to, name);
    if (statSync(src).isDirectory()) walk(src, dst);
    else {
      const raw = readFileSync(src);
      const out = strip(raw);
      removed += raw.length - out.length;
      writeFileSync(dst, out);
      files++;
    }
  }
}
walk(inDir, outDir);
console.error(
  `${files} messages written to ${outDir}, ${(removed / 1e6).toFixed(1)} MB of receiving headers removed`,
);
