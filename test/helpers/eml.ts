/**
 * Builds RFC 5322 messages for tests, with reserved names (*.example, *.test, 192.0.2.0/24).
 * Only what a test sets differs from a plain, legitimate message.
 */
export interface EmlAttachment {
  filename: string;
  contentType?: string;
  content: string | Uint8Array;
  /** `inline` or `attachment` (default). */
  disposition?: string;
  /** Content-ID (without the angle brackets), for inline parts an HTML body shows as `cid:`. */
  contentId?: string;
}

export interface EmlOptions {
  from?: string;
  to?: string;
  cc?: string;
  subject?: string;
  replyTo?: string;
  returnPath?: string;
  sender?: string;
  date?: string;
  messageId?: string;
  /** Extra headers, added after the standard ones, in order. */
  headers?: Record<string, string> | [string, string][];
  text?: string;
  html?: string;
  attachments?: EmlAttachment[];
  /** Line ending; default CRLF. */
  eol?: '\r\n' | '\n';
}

let boundarySeq = 0;

function b64(content: string | Uint8Array, eol: string): string {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return (buf.toString('base64').match(/.{1,76}/g) ?? ['']).join(eol);
}

export function eml(o: EmlOptions = {}): Buffer {
  const eol = o.eol ?? '\r\n';
  const h: string[] = [];
  h.push(`From: ${o.from ?? 'Alice Example <alice@sender.example>'}`);
  h.push(`To: ${o.to ?? 'Bob Example <bob@recipient.example>'}`);
  if (o.cc) h.push(`Cc: ${o.cc}`);
  h.push(`Subject: ${o.subject ?? 'Lunch on Thursday'}`);
  h.push(`Date: ${o.date ?? 'Tue, 03 Jun 2025 10:00:00 +0000'}`);
  h.push(`Message-ID: ${o.messageId ?? `<test-${++boundarySeq}@sender.example>`}`);
  if (o.replyTo) h.push(`Reply-To: ${o.replyTo}`);
  if (o.returnPath) h.push(`Return-Path: ${o.returnPath}`);
  if (o.sender) h.push(`Sender: ${o.sender}`);
  const extra = Array.isArray(o.headers) ? o.headers : Object.entries(o.headers ?? {});
  for (const [k, v] of extra) h.push(`${k}: ${v}`);
  h.push('MIME-Version: 1.0');

  const text = o.text ?? (o.html ? undefined : 'Hi Bob,\n\nAre we still on for lunch on Thursday?\n\nAlice');
  const bodyParts: string[] = [];
  const textPart = (t: string) =>
    [`Content-Type: text/plain; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', b64(t, eol)].join(
      eol,
    );
  const htmlPart = (t: string) =>
    [`Content-Type: text/html; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', b64(t, eol)].join(
      eol,
    );
  let alternative: string;
  if (text !== undefined && o.html !== undefined) {
    const b = `alt-${++boundarySeq}`;
    alternative = [
      `Content-Type: multipart/alternative; boundary="${b}"`,
      '',
      `--${b}`,
      textPart(text),
      `--${b}`,
      htmlPart(o.html),
      `--${b}--`,
      '',
    ].join(eol);
  } else if (o.html !== undefined) alternative = htmlPart(o.html);
  else alternative = textPart(text ?? '');
  bodyParts.push(alternative);

  let body: string;
  if (o.attachments?.length) {
    const b = `mix-${++boundarySeq}`;
    const parts = [`Content-Type: multipart/mixed; boundary="${b}"`, '', `--${b}`, alternative];
    for (const a of o.attachments) {
      parts.push(`--${b}`);
      parts.push(`Content-Type: ${a.contentType ?? 'application/octet-stream'}; name="${a.filename}"`);
      parts.push(`Content-Disposition: ${a.disposition ?? 'attachment'}; filename="${a.filename}"`);
      if (a.contentId) parts.push(`Content-ID: <${a.contentId}>`);
      parts.push('Content-Transfer-Encoding: base64', '', b64(a.content, eol));
    }
    parts.push(`--${b}--`, '');
    body = parts.join(eol);
  } else body = alternative;
  return Buffer.from(h.join(eol) + eol + body + eol, 'utf8');
}
