/**
 * The text of Word attachments (.docx, .docm, .dotx, .dotm), as an assistant that summarises
 * attachments reads it: the runs of word/document.xml, and apart from them the runs Word does not
 * show — `<w:vanish/>` (hidden text), white text, text of 1 pt or less — where an instruction meant
 * for the assistant hides from the person (issue: hidden instructions aimed at AI assistants). The
 * shown text joins the PDFs' as `documentText` (the content and prompt-injection checks read it);
 * the hidden runs join `facts.hidden` (read as hidden instructions).
 *
 * Bounded: MAX_OFFICE_FILES files, MAX_OFFICE_XML_BYTES of XML each (zlib stops there, whatever the
 * zip's directory claims), MAX_OFFICE_TEXT_CHARS of text a message; what is not read is said in the
 * verdict's `skipped`. The XML is read by htmlparser2 in XML mode, which never throws.
 */
import { Parser } from 'htmlparser2';
import type { Budget } from '../core/index.js';
import { MAX_OFFICE_FILES, MAX_OFFICE_TEXT_CHARS, MAX_OFFICE_XML_BYTES } from '../core/index.js';
import { sniff, zipEntryData } from './archive.js';
import type { AttachmentFacts, EmailFacts, HiddenText } from './facts.js';

const WORD_NAME = /\.(?:docx|docm|dotx|dotm)$/i;
const WORD_TYPE = /wordprocessingml|ms-word\.document\.macroenabled|ms-word\.template/i;

/** Word attachments by name or declared type that are zip files. */
export function wordAttachments(attachments: readonly AttachmentFacts[]): AttachmentFacts[] {
  return attachments.filter(
    (a) => (WORD_NAME.test(a.filename) || WORD_TYPE.test(a.mimeType)) && sniff(a.content) === 'zip',
  );
}

interface RunState {
  vanish: boolean;
  white: boolean;
  tiny: boolean;
}

/** Shown and hidden text of one document.xml. */
export function wordText(xml: string, maxChars: number): { shown: string; hidden: string[] } {
  let shown = '';
  const hidden: string[] = [];
  let hiddenRun = '';
  let run: RunState | null = null;
  let inText = false;
  let inRunProps = false;
  let chars = 0;
  const flushHidden = () => {
    if (hiddenRun.trim()) hidden.push(hiddenRun.trim());
    hiddenRun = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'w:r') run = { vanish: false, white: false, tiny: false };
        else if (name === 'w:rpr') inRunProps = true;
        else if (run && inRunProps) {
          if (name === 'w:vanish' || name === 'w:webhidden')
            run.vanish = attrs['w:val'] !== 'false' && attrs['w:val'] !== '0';
          else if (name === 'w:color') run.white = /^f{6}$/i.test(attrs['w:val'] ?? '');
          // w:sz is in half-points: 2 = 1 pt
          else if (name === 'w:sz') run.tiny = Number(attrs['w:val']) <= 2;
        } else if (name === 'w:t') inText = true;
        else if (name === 'w:tab' && run) shown += ' ';
      },
      ontext(text) {
        if (!inText || !run || chars >= maxChars) return;
        const t = text.slice(0, maxChars - chars);
        chars += t.length;
        if (run.vanish || run.white || run.tiny) hiddenRun += t;
        else {
          flushHidden();
          shown += t;
        }
      },
      onclosetag(name) {
        if (name === 'w:t') inText = false;
        else if (name === 'w:rpr') inRunProps = false;
        else if (name === 'w:r') run = null;
        else if (name === 'w:p') {
          flushHidden();
          if (!shown.endsWith('\n')) shown += '\n';
        }
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(xml);
  parser.end();
  flushHidden();
  return { shown: shown.trim(), hidden };
}

export function officeTexts(
  facts: Pick<EmailFacts, 'attachments'>,
  budget: Budget,
): { documentText: { where: string; text: string }[]; hidden: HiddenText[] } {
  const documentText: { where: string; text: string }[] = [];
  const hidden: HiddenText[] = [];
  let chars = 0;
  let read = 0;
  for (const a of wordAttachments(facts.attachments)) {
    const name = a.filename || 'document.docx';
    const what = `Word text of ${name}`;
    if (read >= MAX_OFFICE_FILES) {
      budget.skip(what, `limit MAX_OFFICE_FILES=${MAX_OFFICE_FILES} Word files per message`);
      continue;
    }
    if (chars >= MAX_OFFICE_TEXT_CHARS) {
      budget.skip(what, `limit MAX_OFFICE_TEXT_CHARS=${MAX_OFFICE_TEXT_CHARS}`);
      continue;
    }
    read++;
    const entry = zipEntryData(a.content, 'word/document.xml', MAX_OFFICE_XML_BYTES);
    if (!entry) continue; // not a Word package, encrypted, or broken: the attachment checks judge it
    if (entry.truncated) {
      budget.skip(what, `word/document.xml over MAX_OFFICE_XML_BYTES=${MAX_OFFICE_XML_BYTES} bytes`);
      continue;
    }
    const where = `attachment:${name}`;
    const t = wordText(entry.data.toString('utf8'), MAX_OFFICE_TEXT_CHARS - chars);
    chars += t.shown.length + t.hidden.reduce((n, h) => n + h.length, 0);
    if (t.shown) documentText.push({ where, text: t.shown });
    for (const h of t.hidden) hidden.push({ text: h, reason: 'hidden Word text', where });
  }
  return { documentText, hidden };
}
