/**
 * Attachment signals, from names *and bytes*: dangerous file types and double extensions (also
 * hidden behind padding spaces or a bidi override), executables disguised as documents, HTML
 * attachments that smuggle a payload or collect passwords, macro-enabled Office files (VBA found
 * in the OLE or OOXML container, whatever the name says), encrypted archives a scanner cannot
 * open, archives carrying executables, and calendar invites that carry lure links or numbers.
 *
 * Bytes are the decoded attachment up to limits.text_bytes_per_part; every container walk is
 * bounded (entries, header sizes) and never trusts a length field past the buffer.
 */
import { defineSignal, type Evidence, type Signal, MAX_ATTACHMENT_TEXT } from '../core/index.js';
import { isFreeHosting, registrableDomain } from '../url/index.js';
import { findPhones } from './content.js';
import { normalizeForMatch } from './normalize.js';
import { findPhrases, phrase } from './phrases.js';
import { warnsOfWireFraud } from './lures.js';
import type { AttachmentFacts, EmailContext, EmailFacts } from './facts.js';
import { stripInvisible } from './invisible.js';
import { betweenColleagues } from './sender.js';
import {
  type ArchiveEntry,
  type Magic,
  oleEncryptedPackage,
  oleHasVba,
  rarInfo,
  sevenZipEncrypted,
  sniff,
  zipEntries,
} from './archive.js';

export { sniff, zipEntries } from './archive.js';

export const DANGEROUS_TYPE = defineSignal({
  id: 'email.attachment.dangerous_type',
  category: 'malware_delivery',
  severity: 'high',
  summary: 'An executable, script, shortcut or disk-image attachment (exe, js, vbs, hta, lnk, iso, one, …)',
});
export const DOUBLE_EXTENSION = defineSignal({
  id: 'email.attachment.double_extension',
  category: 'malware_delivery',
  severity: 'critical',
  summary:
    'A file name that shows a document type but is an executable (invoice.pdf.exe, padding, bidi override)',
});
export const TYPE_MISMATCH = defineSignal({
  id: 'email.attachment.type_mismatch',
  category: 'malware_delivery',
  severity: 'high',
  summary: 'The bytes are not what the name or MIME type says (a "pdf" that is an executable or HTML)',
});
export const HTML_SMUGGLING = defineSignal({
  id: 'email.attachment.html_smuggling',
  category: 'malware_delivery',
  severity: 'high',
  summary:
    'An HTML/SVG attachment whose script decodes a payload (atob, Blob) or redirects the browser; critical when it assembles a file from an encoded blob and saves it (HTML smuggling itself)',
});
export const HTML_CREDENTIAL_FORM = defineSignal({
  id: 'email.attachment.html_credential_form',
  category: 'credential_harvest',
  severity: 'high',
  summary: 'An HTML/SVG attachment with a form; a password field makes it critical (a local phishing page)',
});
export const MACRO_OFFICE = defineSignal({
  id: 'email.attachment.macro_office',
  category: 'malware_delivery',
  severity: 'high',
  summary:
    'A macro-enabled Office file (docm/xlsm/…, or VBA found inside the file whatever its name); critical when mail from outside the organisation says to enable content or macros',
});
export const ENCRYPTED_ARCHIVE = defineSignal({
  id: 'email.attachment.encrypted_archive',
  category: 'malware_delivery',
  severity: 'medium',
  summary:
    'A password-protected archive or document that no scanner can open; high when the password is in the mail, low when it says the password comes another way (by text, separately)',
});
export const ARCHIVE_EXECUTABLE = defineSignal({
  id: 'email.attachment.archive_executable',
  category: 'malware_delivery',
  severity: 'high',
  summary:
    'An archive whose entries include executables, scripts or shortcuts (critical with a double extension)',
});
export const CALENDAR_LURE = defineSignal({
  id: 'email.attachment.calendar_lure',
  category: 'phishing',
  severity: 'medium',
  summary:
    'A calendar invite (.ics) that carries a callback number or a non-meeting link next to lure words (critical when that link is on free hosting; low, context: a non-meeting link alone, as an event site)',
  roles: { low: 'context' },
});

export const ATTACHMENT_SIGNALS = [
  DANGEROUS_TYPE,
  DOUBLE_EXTENSION,
  TYPE_MISMATCH,
  HTML_SMUGGLING,
  HTML_CREDENTIAL_FORM,
  MACRO_OFFICE,
  ENCRYPTED_ARCHIVE,
  ARCHIVE_EXECUTABLE,
  CALENDAR_LURE,
];

// ---------------------------------------------------------------------------------------------
// Names

/** Run or install code when opened (Windows, plus cross-platform scripts and Java). */
const EXECUTABLE = new Set([
  'exe',
  'scr',
  'com',
  'pif',
  'cpl',
  'msi',
  'msp',
  'mst',
  'msc',
  'dll',
  'bat',
  'cmd',
  'ps1',
  'psm1',
  'psd1',
  'vbs',
  'vbe',
  'js',
  'jse',
  'wsf',
  'wsh',
  'wsc',
  'ws',
  'hta',
  'sct',
  'lnk',
  'url',
  'scf',
  'reg',
  'inf',
  'jar',
  'jnlp',
  'application',
  'appref-ms',
  'appx',
  'appxbundle',
  'msix',
  'msixbundle',
  'gadget',
  'chm',
  'xll',
  'xbap',
  'library-ms',
  'settingcontent-ms',
  'search-ms',
  'diagcab',
  'one',
  'onepkg',
  'mht',
  'mhtml',
  'app',
  'command',
  'sh',
  'apk',
  'dmg',
  'pkg',
  'run',
  'elf',
  'action',
  'workflow',
  'desktop',
]);
/** Disk images and containers: Windows mounts them and their contents escape mark-of-the-web. */
const CONTAINER = new Set([
  'iso',
  'img',
  'vhd',
  'vhdx',
  'udf',
  'cab',
  'arj',
  'ace',
  'uue',
  'xz',
  'z',
  'lzh',
  'r00',
  'r01',
]);
/**
 * Files Windows opens in one double-click that hide their contents from a mail gateway: disk images
 * that mount and shortcuts that run a command. Nobody sends paperwork this way, so a cover text that
 * hands one over as the document ("please find attached a subpoena … provided as a disk image") is
 * the delivery itself.
 */
const MOUNT_OR_SHORTCUT = new Set(['iso', 'img', 'vhd', 'vhdx', 'udf', 'lnk']);
const HANDED_OVER =
  /(?<![a-z])(?:attached|attachments?|enclosed|(?:in )?(?:one|a single) (?:file|folder|archive|package)|disk image|disc image|image file|adjunt[oa]s?|anex[oa]s?|ci-joint|piece jointe|anbei|anhang|im anhang|allegat[oa]|in allegato|bijlage|zalacznik[a-z]*|w zalaczeniu|ekte|ekli|bilaga|bifogad[a-z]*|vedhaeft[a-z]*|vedlagt)(?![a-z])|添付|附件|첨부/;
/** What a double extension pretends to be. */
const DECOY = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'rtf',
  'txt',
  'csv',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'webp',
  'heic',
  'mp3',
  'mp4',
  'wav',
  'avi',
  'mov',
  'zip',
  'rar',
  '7z',
  'htm',
  'html',
  'xml',
  'eml',
  'msg',
  'ics',
  'svg',
  'pages',
  'numbers',
  'key',
  'dwg',
  'invoice',
  'receipt',
  'scan',
  'fax',
]);
const MACRO_EXT = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm']);
const HTML_EXT = new Set(['htm', 'html', 'shtml', 'xhtml', 'svg', 'svgz', 'xht', 'hta', 'mhtml', 'mht']);

interface NameInfo {
  /** The name with invisible characters removed and trailing dots/spaces trimmed (as Windows does). */
  clean: string;
  ext: string;
  /** The extension before the last one, if any. */
  prev: string;
  /** A long run of spaces or underscores pushes the real extension out of view. */
  padded: boolean;
  /** The name contains a bidi override; `shown` is roughly what the reader sees. */
  bidi: boolean;
  shown: string;
}

export function nameInfo(filename: string): NameInfo {
  const bidi = /[\u202d\u202e]/.test(filename);
  let shown = filename;
  const rlo = filename.indexOf('\u202e');
  if (rlo >= 0) {
    const tail = stripInvisible(filename.slice(rlo + 1));
    shown = stripInvisible(filename.slice(0, rlo)) + [...tail].reverse().join('');
  }
  const clean = stripInvisible(filename)
    .normalize('NFKC')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
  const parts = clean.split('.');
  const ext = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  const prev = parts.length > 2 ? parts[parts.length - 2]!.trim() : '';
  const padded =
    /[\s_]{8,}\.[a-z0-9-]{1,12}$/.test(clean) || (/\s{3,}\S{1,12}$/.test(clean) && EXECUTABLE.has(ext));
  return { clean, ext, prev, padded, bidi, shown };
}

// ---------------------------------------------------------------------------------------------
// HTML attachments

const SMUGGLING: [RegExp, string][] = [
  [/\batob\s*\(/i, 'atob()'],
  [/new\s+Blob\s*\(|\bBlob\s*\(\s*\[/i, 'new Blob'],
  [/createObjectURL\s*\(/i, 'URL.createObjectURL'],
  [/msSaveOr?OpenBlob|msSaveBlob/i, 'msSaveOrOpenBlob'],
  [
    /\.download\s*=|\bdownload\s*=\s*["'][^"']{1,200}\.(?:zip|iso|img|exe|js|vhd|lnk|hta|msi|one)/i,
    'forced download',
  ],
  [
    /document\.write\s*\(\s*(?:unescape|atob|decodeURIComponent|window\.atob)\s*\(/i,
    'document.write(decode(...))',
  ],
];
const REDIRECT =
  /(?:window|document|top|self|parent)?\.?location(?:\.href)?\s*=\s*["'`a-z(]|location\.(?:replace|assign)\s*\(|http-equiv\s*=\s*["']?refresh/i;
const OBFUSCATION =
  /\beval\s*\(|String\.fromCharCode\s*\(|\bunescape\s*\(|\\x[0-9a-f]{2}(?:\\x[0-9a-f]{2}){20}/i;
/** A run of 2,000+ base64 characters, found in one linear pass (a regex would retry every start). */
function hasLongBase64(text: string, min = 2000): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    run = b64 ? run + 1 : 0;
    if (run >= min) return true;
  }
  return false;
}
const FORM = /<form\b/i;
const PASSWORD = /<input\b[^>]{0,500}\btype\s*=\s*["']?password/i;
const EXFIL = /api\.telegram\.org\/bot|\bfetch\s*\(|XMLHttpRequest|\$\.(?:ajax|post)\s*\(|sendBeacon\s*\(/i;

// ---------------------------------------------------------------------------------------------
// Calendar invites

/** Meeting services whose join links belong in an invite. */
const MEETING_DOMAINS = new Set([
  'microsoft.com',
  'office.com',
  'office365.com',
  'live.com',
  'skype.com',
  'zoom.us',
  'zoom.com',
  'zoomgov.com',
  'google.com',
  'webex.com',
  'gotomeeting.com',
  'goto.com',
  'gotomeet.me',
  'bluejeans.com',
  'whereby.com',
  'chime.aws',
  'jit.si',
  'ringcentral.com',
  'slack.com',
  'aka.ms',
  'teams.microsoft.com',
  'calendly.com',
  'doodle.com',
]);
const ICS_LURE = [
  'verify',
  'password',
  'payment',
  'invoice',
  'refund',
  'suspend',
  'locked',
  'confirm your',
  'unusual',
  'gift card',
  'wallet',
  'sign in',
  'sign-in',
  'login',
  'log in',
  'bank',
  'prize',
  'won',
  'urgent',
  'expire',
  'subscription',
  'renewal',
  'charged',
];
const ICS_LURE_RE = [phrase(ICS_LURE.join('|'))];

/** A calendar invite: by type, by name (.ics, .vcs) or by its iTIP method. */
export function isCalendar(
  a: AttachmentFacts,
  ext = a.filename.toLowerCase().split('.').pop() ?? '',
): boolean {
  return a.mimeType === 'text/calendar' || ext === 'ics' || ext === 'vcs' || !!a.method;
}

/** Unfold RFC 5545 lines and unescape text values, so a URL split across lines is whole again. */
export function unfoldIcs(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

function where(a: AttachmentFacts): string {
  return `attachment:${a.filename || a.mimeType}`;
}

export function textOf(a: AttachmentFacts): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(a.content.subarray(0, MAX_ATTACHMENT_TEXT));
}

function isHtmlAttachment(a: AttachmentFacts, info: NameInfo, magic: Magic): boolean {
  return (
    HTML_EXT.has(info.ext) ||
    /^(?:text\/html|application\/xhtml\+xml|image\/svg\+xml)$/.test(a.mimeType) ||
    (magic === 'html' && !info.ext)
  );
}

/**
 * The instruction that turns an Office file's macros on, in the languages lures use: "enable
 * content", "Inhalt aktivieren", "activer les macros", "habilitar edición", "İçeriği Etkinleştir",
 * "コンテンツの有効化", Office's button names in each language.
 */
const ENABLE_CONTENT =
  /(?<![a-z])(?:enabl(?:e|ing) (?:the )?(?:content|editing|macros?)|(?:content|macros?|editing) (?:must|needs? to|has to|is) (?:be )?enabled|once (?:the )?(?:content|macros?|editing) (?:is |are )?enabled|(?:inhalt|inhalte|bearbeitung|makros?) (?:zu )?aktivieren|activ(?:er|ez) (?:le contenu|la modification|les macros?)|(?:habilit(?:ar|e|a)|activ(?:ar|e|a)) (?:el )?(?:contenido|edicion|(?:las )?macros?)|abilit(?:are|a|i) (?:il )?(?:contenuto|modifica|(?:le )?macro)|(?:inhoud|bewerken|macro's) inschakelen|(?:habilit(?:ar|e)|ativ(?:ar|e)) (?:o )?(?:conteudo|edicao|(?:as )?macros?)|wlacz (?:zawartosc|edytowanie|makra)|(?:icerigi|duzenlemeyi|makrolari) etkinlestir[a-z]*|povol(?:it|te) (?:obsah|upravy|makra)|aktivera (?:innehall|redigering|makron)|aktiver (?:indhold|indholdet|redigering|makroer)|(?:activati|activeaza|activeazati) (?:continutul|editarea|macrocomenzile)|tartalom engedelyezese)(?![a-z])|コンテンツの有効化|編集を有効|启用内容|启用编辑|啟用內容|콘텐츠 사용|편집 사용/;

/**
 * The password said to come another way: "I'll text you the password separately", "the password
 * follows in a separate e-mail", "das Passwort erhalten Sie per SMS", "le mot de passe par SMS".
 */
const PASSWORD_APART =
  /(?<![a-z])(?:(?:password|passcode|passwort|kennwort|wachtwoord|mot de passe|contrasena|senha|haslo)\b[^.!?\n]{0,60}?(?:separately|separate (?:e-?mail|message|text)|by (?:text|sms|phone|telephone)|via (?:text|sms|phone|whatsapp|signal)|per sms|telefonisch|separat|getrennt|in einer (?:separaten|gesonderten)|par sms|par telephone|separement|por sms|por separado|por telefono|apart|afzonderlijk|per sms)|(?:text|sms|call|phone|send) (?:you )?(?:the )?(?:password|passcode)[^.!?\n]{0,40}?(?:separately|by (?:text|sms|phone)|on your (?:mobile|phone)))/;
/**
 * The password described, not given: made from the reader's own data ("the first five letters of
 * your name + your date of birth (DDMM)", "पासवर्ड … जन्म तिथि"), how banks and payroll send
 * statements. A lure must hand over the password itself.
 */
const PASSWORD_DERIVED =
  /(?:password|passwort|mot de passe|contrase[ñn]a|senha|wachtwoord|has[łl]o|पासवर्ड|パスワード|密码|密碼|비밀번호)[^\n]{0,160}?(?:\bDDMM|\bDDMMYYYY|\bDD\/MM|date of birth|birth ?date|\bDOB\b|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|जन्म तिथि|जन्मतिथि|生年月日|出生日期|생년월일)/i;

/**
 * The same in Japanese, Chinese and Korean: "パスワードは別途メールにてお送りします" (Japan's PPAP
 * custom: the archive, then its password in a second mail), "密码另行发送", "비밀번호는 별도로".
 */
const PASSWORD_APART_CJK =
  /(?:パスワード|暗証番号|解凍キー|密码|密碼|비밀번호|암호)[^。\n]{0,40}?(?:別途|別メール|別送|別便|後ほど|追って|另行|另外|单独|單獨|별도|따로)|(?:別途|別メール|別送|另行|별도)[^。\n]{0,20}?(?:パスワード|密码|密碼|비밀번호)/u;

/** "password: 1234" (with a digit in it), in any of the languages the lures use; `code` too. */
const PASSWORD_WORDS =
  'password|passcode|pwd|senha|passwort|kennwort|wachtwoord|mot de passe|contrasena|haslo';
const passwordGiven = (words: string) =>
  new RegExp(`(?<![a-z])(?:${words})(?:\\s*(?:is|:|=|-)){1,2}\\s*["']?(?=[^\\s"']{0,40}\\d)[^\\s"']{3,40}`);
const PASSWORD_OR_CODE_GIVEN = passwordGiven(`${PASSWORD_WORDS}|code`);
const PASSWORD_GIVEN = passwordGiven(PASSWORD_WORDS);

/**
 * Whether the subject or the visible text gives a password away ("Passwort: K2291"): beside a file
 * no scanner can open (an encrypted attachment, an archive behind a link) the scanner-evasion tell.
 * `codes`: a "code: 4471" counts too (beside an encrypted attachment nothing else it could open);
 * beside a link it is as often a sign-in or reset code.
 */
export function givesPassword(facts: EmailFacts, codes = true): boolean {
  return (codes ? PASSWORD_OR_CODE_GIVEN : PASSWORD_GIVEN).test(
    normalizeForMatch(`${facts.subject}\n${facts.visibleText}`, 20_000),
  );
}

export function attachmentSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const out: Signal[] = [];
  const byId = new Map<string, { ev: Evidence[]; messages: string[]; sev: Signal['severity'] }>();
  const rank = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;
  const add = (
    def: { id: string; severity: Signal['severity'] },
    message: string,
    ev: Evidence,
    sev = def.severity,
  ) => {
    const cur = byId.get(def.id);
    if (!cur) byId.set(def.id, { ev: [ev], messages: [message], sev });
    else {
      cur.ev.push(ev);
      cur.messages.push(message);
      if (rank[sev] > rank[cur.sev]) cur.sev = sev;
    }
  };
  // read only for an encrypted attachment (most mail has no attachment at all)
  let passwordGiven: boolean | undefined;
  const passwordInBody = (): boolean => (passwordGiven ??= givesPassword(facts));
  // the subject and the visible text, normalised once, for the words said about the files
  let cover: string | undefined;
  const coverText = (): string =>
    (cover ??= normalizeForMatch(`${facts.subject}\n${facts.visibleText}`, 20_000));
  let enableWords: string | null | undefined;
  const enableAsked = (): string | null =>
    enableWords === undefined ? (enableWords = ENABLE_CONTENT.exec(coverText())?.[0] ?? null) : enableWords;
  let handedOverWords: boolean | undefined;
  const handedOverText = (): boolean => (handedOverWords ??= HANDED_OVER.test(coverText()));

  for (const a of facts.attachments) {
    const w = where(a);
    const info = nameInfo(a.filename);
    const magic = sniff(a.content);
    const display = a.filename || a.mimeType;

    // ---- names
    const exeExt = EXECUTABLE.has(info.ext);
    if (exeExt || CONTAINER.has(info.ext)) {
      const handedOver = MOUNT_OR_SHORTCUT.has(info.ext) && handedOverText();
      add(
        DANGEROUS_TYPE,
        `${display} is a .${info.ext} ${exeExt ? 'executable or script' : 'disk image / container'}${handedOver ? ', handed over in the text as the document itself' : ''}`,
        { where: w, text: display },
        handedOver ? 'critical' : undefined,
      );
    }
    if (
      (exeExt || CONTAINER.has(info.ext) || HTML_EXT.has(info.ext)) &&
      (DECOY.has(info.prev) || info.padded || info.bidi)
    ) {
      const how = info.bidi
        ? `shown as "${info.shown}"`
        : info.padded
          ? 'padded so the real extension is out of view'
          : `.${info.prev}.${info.ext}`;
      add(
        DOUBLE_EXTENSION,
        `${display} looks like a document but is a .${info.ext} (${how})`,
        { where: w, text: info.bidi ? `${display} (shown as ${info.shown})` : display },
        exeExt ? 'critical' : 'high',
      );
    }

    // ---- bytes vs name / type
    if (a.content.length >= 2) {
      const exeBytes = magic === 'pe' || magic === 'elf' || magic === 'macho';
      const exeNamed = exeExt || ['dll', 'sys', 'drv', 'ocx', 'bin', 'efi', 'so', 'dylib'].includes(info.ext);
      if (exeBytes && !exeNamed) {
        add(
          TYPE_MISMATCH,
          `${display} (${a.mimeType}) is really a ${magic === 'pe' ? 'Windows' : magic === 'elf' ? 'Linux' : 'macOS'} executable`,
          { where: w, text: `${display}: ${magic} bytes` },
          'critical',
        );
      } else {
        const expect: Record<string, Magic[]> = {
          pdf: ['pdf'],
          png: ['png'],
          jpg: ['jpeg'],
          jpeg: ['jpeg'],
          gif: ['gif'],
          docx: ['zip', 'ole'],
          xlsx: ['zip', 'ole'],
          pptx: ['zip', 'ole'],
          zip: ['zip'],
          rar: ['rar'],
          '7z': ['7z'],
        };
        const declared = expect[info.ext] ?? (a.mimeType === 'application/pdf' ? expect.pdf! : undefined);
        if (declared && !declared.includes(magic) && magic !== 'unknown' && magic !== 'text') {
          const bad = magic === 'html' || magic === 'script';
          add(
            TYPE_MISMATCH,
            `${display} is named/typed .${info.ext || a.mimeType} but contains ${magic}`,
            { where: w, text: `${display}: ${magic} bytes` },
            bad ? 'high' : 'medium',
          );
        }
      }
    }

    // ---- macro-enabled Office
    let entries: ArchiveEntry[] = [];
    if (magic === 'zip') entries = zipEntries(a.content);
    const vbaInZip = entries.some((e) => /(?:^|\/)vbaproject\.bin$/i.test(e.name));
    const vbaInOle = magic === 'ole' && oleHasVba(a.content);
    if (MACRO_EXT.has(info.ext) || vbaInZip || vbaInOle) {
      const how = vbaInZip
        ? 'contains vbaProject.bin'
        : vbaInOle
          ? 'contains a VBA project'
          : `is a macro-enabled .${info.ext}`;
      // … and the message tells the reader to switch the macros on ("Excel will ask you to enable
      // content"): the lure's whole ask, critical from outside the organisation (a colleague's
      // macro workbook with the same instruction stays high)
      const enable = enableAsked();
      add(
        MACRO_OFFICE,
        `${display} ${how}${enable ? `, and the message says to "${enable}"` : ''}`,
        { where: w, text: display },
        enable && !betweenColleagues(facts) ? 'critical' : vbaInZip || vbaInOle || enable ? 'high' : 'medium',
      );
    }

    // ---- archives: encryption and executable entries
    let encrypted = false;
    let rarEntries: ArchiveEntry[] = [];
    if (magic === 'zip' && !entries.some((e) => /^\[content_types\]\.xml$/i.test(e.name))) {
      encrypted = entries.some((e) => e.encrypted);
    } else if (magic === 'rar') {
      const r = rarInfo(a.content);
      rarEntries = r.entries;
      encrypted = r.encryptedHeaders || r.entries.some((e) => e.encrypted);
    } else if (magic === '7z') {
      encrypted = sevenZipEncrypted(a.content);
    } else if (magic === 'ole' && oleEncryptedPackage(a.content)) {
      encrypted = true;
    }
    if (encrypted) {
      ctx.budget.skip(`attachment ${display}`, 'encrypted (password-protected): content not inspected');
      const given = passwordInBody();
      // "I'll text you the password separately": the safe practice (an accountant's tax papers), not
      // a lure, which must hand the password over for the reader to open it
      const apart =
        !given &&
        (PASSWORD_APART.test(normalizeForMatch(facts.visibleText, 20_000)) ||
          PASSWORD_APART_CJK.test(facts.visibleText.slice(0, 20_000)) ||
          PASSWORD_DERIVED.test(facts.visibleText.slice(0, 20_000)));
      add(
        ENCRYPTED_ARCHIVE,
        `${display} is password-protected${given ? ' and the password is given in the message' : apart ? ', the password sent another way' : ''}: its content could not be inspected`,
        { where: w, text: display },
        given ? 'high' : apart ? 'low' : 'medium',
      );
    }
    const archived = [...entries, ...rarEntries];
    if (archived.length && !entries.some((e) => /^\[content_types\]\.xml$/i.test(e.name))) {
      const bad = archived
        .map((e) => ({ e, info: nameInfo(e.name.split(/[\\/]/).pop() ?? e.name) }))
        .filter(
          ({ info: i }) =>
            EXECUTABLE.has(i.ext) || CONTAINER.has(i.ext) || HTML_EXT.has(i.ext) || MACRO_EXT.has(i.ext),
        );
      const dangerous = bad.filter(({ info: i }) => !HTML_EXT.has(i.ext));
      if (dangerous.length || bad.length) {
        const dbl = dangerous.some(
          ({ info: i }) => EXECUTABLE.has(i.ext) && (DECOY.has(i.prev) || i.padded || i.bidi),
        );
        const sev = dbl ? 'critical' : dangerous.length ? 'high' : 'medium';
        const names = (dangerous.length ? dangerous : bad).slice(0, 5).map(({ e }) => e.name);
        add(
          ARCHIVE_EXECUTABLE,
          `${display} contains ${names.join(', ')}`,
          { where: w, text: `${display}: ${names.join(', ')}` },
          sev,
        );
      }
    }

    // ---- HTML / SVG attachments
    if (isHtmlAttachment(a, info, magic) && a.content.length) {
      const html = textOf(a);
      const hasScript = /<script\b|\bon(?:load|error|click|mouseover)\s*=|javascript:/i.test(html);
      const indicators = hasScript ? SMUGGLING.filter(([re]) => re.test(html)).map(([, n]) => n) : [];
      if (hasScript && hasLongBase64(html)) indicators.push('large base64 blob');
      const redirect = REDIRECT.test(html);
      if (indicators.length >= 1 || (hasScript && redirect)) {
        const what = [...indicators, ...(redirect ? ['browser redirect'] : [])];
        // a file built in the page from an encoded blob and saved without a click: HTML smuggling
        // itself (QakBot's, Nobelium's), which no report or receipt does when it is opened
        const smuggles =
          indicators.includes('forced download') || indicators.includes('msSaveOrOpenBlob')
            ? indicators.includes('new Blob') || indicators.includes('atob()')
            : false;
        add(
          HTML_SMUGGLING,
          `${display} runs script: ${what.join(', ')}${smuggles ? ' (a file assembled in the page and saved: HTML smuggling)' : ''}`,
          { where: w, text: `${display}: ${what.join(', ')}` },
          smuggles ? 'critical' : undefined,
        );
      } else if (hasScript && OBFUSCATION.test(html)) {
        add(
          HTML_SMUGGLING,
          `${display} runs obfuscated script (eval / fromCharCode / unescape)`,
          { where: w, text: `${display}: obfuscated script` },
          'medium',
        );
      } else if (redirect) {
        add(
          HTML_SMUGGLING,
          `${display} redirects the browser when opened`,
          { where: w, text: `${display}: meta refresh` },
          'medium',
        );
      }
      const password = PASSWORD.test(html);
      if (password || FORM.test(html)) {
        const exfil = EXFIL.test(html);
        add(
          HTML_CREDENTIAL_FORM,
          `${display} is a local page with a ${password ? 'password ' : ''}form${exfil ? ' that posts the data by script' : ''}`,
          { where: w, text: `${display}: <form>${password ? ' with <input type=password>' : ''}` },
          password ? 'critical' : 'high',
        );
      }
    }

    // ---- calendar invites
    if (isCalendar(a, info.ext)) {
      // a time zone's definition URL (TZURL: tzurl.org) is calendar metadata, not a link anyone follows
      const ics = unfoldIcs(textOf(a)).replace(/^TZURL[;:][^\n]*$/gim, '');
      const own = new Set<string>(ctx.config.organization.domains.map((d) => d.toLowerCase()));
      if (facts.from?.domain) own.add(registrableDomain(facts.from.domain) ?? facts.from.domain);
      const urls = [...ics.matchAll(/https?:\/\/[^\s"'<>\\]{1,2000}/gi)].slice(0, 200).map((m) => m[0]);
      const foreign = urls.filter((u) => {
        const host = hostOf(u);
        if (!host) return true;
        const reg = registrableDomain(host) ?? host;
        return !MEETING_DOMAINS.has(reg) && !own.has(reg) && !MEETING_DOMAINS.has(host);
      });
      const segs = [{ where: w, text: normalizeForMatch(ics, MAX_ATTACHMENT_TEXT) }];
      // a title company's closing invite: "wire instructions are never changed by email - call … to
      // verify" is its warning, and the number its own
      const lure = warnsOfWireFraud(segs) ? [] : findPhrases(segs, ICS_LURE_RE, 3);
      // Teams/Zoom invites carry dial-in numbers: a number only counts next to billing/lure words
      const phones = lure.length ? findPhones(segs) : [];
      if (foreign.length || phones.length) {
        // an event's own site (a wedding registry, a venue, a conference) is what a friend's invite
        // links to: without lure words beside it the link is context; a callback number is not
        // … and lure words beside a page anyone can publish (a "data room" sign-in on netlify.app):
        // no meeting or event service runs its sign-in there; the invite is the lure's whole payload
        const freeHost = lure.length ? foreign.map(hostOf).find((h) => !!h && isFreeHosting(h)) : undefined;
        const sev = freeHost ? 'critical' : lure.length ? 'high' : phones.length ? 'medium' : 'low';
        const detail = foreign.length
          ? `link to ${freeHost ?? hostOf(foreign[0]!) ?? foreign[0]}${freeHost ? ', a free hosting platform,' : ''}`
          : `callback number ${phones[0]!.match}`;
        add(
          CALENDAR_LURE,
          `Calendar invite ${display} carries a ${detail}${lure.length ? ` next to "${lure[0]!.match}"` : ''}`,
          { where: w, text: foreign[0] ?? phones[0]!.context },
          sev,
        );
      }
    }
  }

  for (const def of ATTACHMENT_SIGNALS) {
    const hit = byId.get(def.id);
    if (hit)
      out.push(
        def.fire(
          hit.messages.length > 1
            ? `${hit.messages[0]} (+${hit.messages.length - 1} more)`
            : hit.messages[0]!,
          hit.ev,
          hit.sev,
        ),
      );
  }
  return out;
}
