/**
 * Human output escapes control characters from the message (subject, sender, evidence, file
 * names): raw, `ESC]0;…BEL` retitles the window, `ESC[2J` clears the screen, OSC 8 plants a link.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { escapeControl, formatVerdict, formatVerdictJson } from '../../src/cli/print.js';
import type { Verdict } from '../../src/core/index.js';
import { eml } from '../helpers/eml.js';
import { fakeIo } from '../helpers/io.js';

const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
const LINK = '\u001b]8;;http://evil.test/\u001b\\click\u001b]8;;\u001b\\';
const RLO = '\u202e';

/** No raw C0 (other than the newline ending each line), DEL, C1 or bidi control. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const hostile: Verdict = {
  schema: 'vigil.verdict/1',
  kind: 'email',
  target: `mail/${CLEAR}inv\u202eexe.pdf\n.eml`,
  verdict: 'suspicious',
  score: 0.6,
  categories: ['phishing'],
  signals: [
    {
      id: 'email.content.credential_request',
      category: 'credential_harvest',
      severity: 'high',
      message: `asks for a password ${TITLE}`,
      evidence: [{ where: `body:html${CLEAR}`, text: `${LINK} reset \u0085 \u009b31m now\r` }],
    },
  ],
  model: null,
  skipped: [{ what: `attachment ${TITLE}.zip`, why: 'encrypted archive' }],
  input: {
    sha256: 'x',
    bytes: 1,
    subject: `Invoice ${TITLE}${CLEAR}`,
    from: `"IT${RLO}" <it@corp.example>`,
    message_id: '<m@corp.example>',
  },
  elapsed_ms: 1,
} as unknown as Verdict;

describe('human output', () => {
  it('escapes control characters in target, subject, from, messages, evidence and skipped', () => {
    for (const color of [false, true]) {
      const text = formatVerdict(hostile, { color });
      // with colour on, the only ESC bytes are Vigil's own SGR sequences
      const withoutSgr = text.replace(/\u001b\[\d+m/g, '');
      expect(withoutSgr).not.toMatch(RAW_CONTROL);
    }
    const text = formatVerdict(hostile, { color: false });
    expect(text).toContain('Invoice \\x1b]0;pwned\\x07\\x1b[2J');
    expect(text).toContain('"IT\\u202e" <it@corp.example>');
    expect(text).toContain('inv\\u202eexe.pdf\\n.eml');
    expect(text).toContain('\\x1b]8;;http://evil.test/');
    expect(text).toContain('\\x85 \\x9b31m now\\r');
    expect(text.split('\n')[0]).toMatch(/^mail\/\\x1b\[2Jinv/);
  });

  it('keeps ordinary text, including non-Latin scripts and emoji, as it is', () => {
    expect(escapeControl('Factura — Ünïcödé 請求書 ✅ tab\there')).toBe(
      'Factura — Ünïcödé 請求書 ✅ tab\\there',
    );
  });

  it('writes no raw ESC byte for a hostile message scanned end to end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-print-'));
    const file = join(dir, `a${CLEAR}\nb.eml`);
    writeFileSync(
      file,
      eml({
        subject: `Invoice ${TITLE}${CLEAR}`,
        from: `"Pay${TITLE}" <pay@billing.example>`,
        text: `Open ${CLEAR} now`,
      }),
    );
    writeFileSync(join(dir, `bad${TITLE}.eml`), 'not a message at all');
    const io = fakeIo();
    await main(['node', 'vigil', 'scan', dir], io);
    expect(io.out).toContain('Invoice \\x1b]0;pwned');
    expect(io.out).not.toMatch(RAW_CONTROL);
    // file names on stderr too
    expect(io.err).toContain('bad\\x1b]0;pwned\\x07.eml');
    expect(io.err).not.toMatch(RAW_CONTROL);
  });
});

describe('JSON output', () => {
  it('escapes C0 (JSON.stringify), DEL, C1 and bidi controls, and parses back to the same verdict', () => {
    const line = formatVerdictJson(hostile);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(RAW_CONTROL);
    expect(line).toContain('\\u202e');
    expect(line).toContain('\\u009b');
    expect(JSON.parse(line)).toEqual(hostile);
  });
});
