/**
 * A link that starts a remote-support session or installs its client (ScreenConnect, AnyDesk,
 * TeamViewer, Quick Assist, Splashtop, Atera …): the fake help desk's payload. Ransomware crews
 * (Black Basta, the "IT support" vishing campaigns) do not send malware; they send the reader a real
 * tool that hands them the machine. The tool is legitimate, so the link is an ask — "let us into
 * your computer" — never evidence alone: it flags beside a deception (an outside address named as
 * the reader's IT desk, a cousin of the reader's domain). Mail from the tool's own vendor, between
 * colleagues of one organisation, and list or bulk mail are left alone.
 */
import { defineSignal, type Signal, type SignalDef } from '../core/index.js';
import { registrableDomain, sameOwner } from '../url/index.js';
import { contentSegments } from './content.js';
import type { EmailContext, EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';
import { findPhrases, phrase, phraseEvidence } from './phrases.js';
import { betweenColleagues, isBulkMail, isListMail } from './sender.js';

export const REMOTE_ACCESS = defineSignal({
  id: 'email.link.remote_access_tool',
  category: 'malware_delivery',
  severity: 'medium',
  roles: { medium: 'ask' },
  summary:
    "A link that installs or joins a remote-support tool (ScreenConnect, AnyDesk, TeamViewer, Quick Assist, Splashtop, Atera, …) in mail from outside the reader's organisation and not from the tool's vendor: an ask to let someone into the computer",
});

/**
 * The same ask in words: "start Quick Assist and give our technician the code it shows", "send me
 * your AnyDesk ID". The 2024–26 help-desk campaigns phone the reader on Teams and need no link at
 * all: Windows ships Quick Assist, and the code read out hands the session over.
 */
export const REMOTE_ACCESS_WORDS = defineSignal({
  id: 'email.content.remote_access_request',
  category: 'malware_delivery',
  severity: 'medium',
  roles: { medium: 'ask' },
  summary:
    "Asks the reader to start a remote-support tool (Quick Assist, AnyDesk, TeamViewer, …) and give its code or ID, or to install one, in mail from outside the reader's organisation and not from the tool's vendor: an ask to let someone into the computer",
});

export const REMOTE_ACCESS_SIGNALS: SignalDef[] = [REMOTE_ACCESS, REMOTE_ACCESS_WORDS];

/** The tools by name, normalised (Quick Assist as Windows names it in each language). */
const TOOL =
  '(?:quick ?assist|schnellhilfe|remotehilfe|assistance rapide|asistencia rapida|assistenza rapida|snelle hulp|szybk[a-z]{0,3} pomoc[a-z]{0,3}|assistencia rapida|snabb ?hjalp|hizli yardim|rychl[a-z]{0,3} pomoc[a-z]{0,3}|any ?desk|team ?viewer|screen ?connect|splashtop|rust ?desk|ultra ?viewer|logmein rescue|goto resolve|zoho assist|chrome remote desktop|anyviewer|remotepc|netsupport manager)';
/** What the reader is to read out: the session code, the ID, the PIN. */
const CODE =
  '(?:code|codes|kod|kodu|kodem|kody|codigo|codice|sitzungscode|zugangscode|sicherheitscode|id|identifiant|identificativo|nummer|numer|numero|pin)';
/** Starting or installing it. */
const START =
  '(?:install|download|run|open|launch|start|zainstaluj|pobierz|uruchom[a-z]{0,3}|otworz|installier[a-z]{0,3}|herunterlad[a-z]{0,3}|starte|starten|offne|offnen|installez|telechargez|lancez|ouvrez|instale|instala|descargue|descarga|ejecute|ejecuta|abra|installa|scarica|avvia|apri|installeer|start|baixe|execute|inicie|kor|installera|ladda ner|oppna|kur|indir|calistir|ac|spust[a-z]{0,3}|nainstaluj[a-z]{0,3}|stahn[a-z]{0,3})';
const ASKED_IN_WORDS = [
  phrase(`${TOOL} ~12 ${CODE}`),
  phrase(`${CODE} ~8 ${TOOL}`),
  phrase(`${START} ~4 ${TOOL}`),
];
/** Quick Assist and the code in Japanese, Chinese and Korean (no word boundaries there). */
const ASKED_CJK =
  /(?:クイック ?アシスト|快速助手|빠른 ?지원|AnyDesk|TeamViewer)[^。\n]{0,40}?(?:コード|代码|代碼|코드|ID|番号|号码|號碼|번호)/iu;
/** "We will never ask you to run AnyDesk": the warning, not the ask. */
const NEVER =
  /\b(?:never|not|don't|do not|nie|nigdy|niemals|nicht|jamais|ne|nunca|no|mai|non|nooit|niet|nunca|aldrig|inte|asla|nikdy|ne)\b/;

/** The tools' own domains, by registrable domain: a vendor's mail about its product is its own. */
const TOOL_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['screenconnect.com', 'ScreenConnect'],
  ['connectwise.com', 'ScreenConnect'],
  ['anydesk.com', 'AnyDesk'],
  ['teamviewer.com', 'TeamViewer'],
  ['splashtop.com', 'Splashtop'],
  ['atera.com', 'Atera'],
  ['logmein123.com', 'LogMeIn Rescue'],
  ['logmeinrescue.com', 'LogMeIn Rescue'],
  ['fastsupport.com', 'GoTo Assist'],
  ['gotoassist.com', 'GoTo Assist'],
  ['rustdesk.com', 'RustDesk'],
  ['ultraviewer.net', 'UltraViewer'],
  ['supremocontrol.com', 'Supremo'],
  ['remoteutilities.com', 'Remote Utilities'],
  ['islonline.com', 'ISL Online'],
  ['beyondtrustcloud.com', 'BeyondTrust'],
  ['bomgarcloud.com', 'BeyondTrust'],
  ['simple-help.com', 'SimpleHelp'],
  ['level.io', 'Level'],
  ['action1.com', 'Action1'],
  ['ninjarmm.com', 'NinjaOne'],
  ['rmmservice.com', 'NinjaOne'],
]);

/**
 * A page or file that starts a session or installs the client, on the tool's domain or a
 * self-hosted server: ScreenConnect's `/Bin/ScreenConnect.ClientSetup.exe` or `?e=Support&y=Guest`,
 * AnyDesk's and TeamViewer's downloads, Quick Assist, Atera's agent, Splashtop SOS,
 * LogMeIn Rescue's pin page, Zoho Assist's join page, Chrome Remote Desktop's support page.
 */
const SESSION_PATH =
  /screenconnect\.client|\/bin\/[^/?#]*\.(?:exe|msi|application|pkg)|[?&]e=(?:access|support|meet)&[^#]*y=guest|anydesk[^/?#]*\.(?:exe|msi|dmg)|teamviewer[^/?#]*\.(?:exe|msi|dmg)|teamviewerqs|ateraagent|getagent|splashtop_?sos|sos\.splashtop|quickassist|quick-assist|lmirescue|rescue[^/?#]*applet|rustdesk[^/?#]*\.(?:exe|msi)|ultraviewer[^/?#]*\.exe|supremo\.exe|client32\.exe/i;

/** Hosts whose every page is a session or a download: joining is all they are for. */
const SESSION_HOSTS =
  /^(?:get\.teamviewer\.com|download\.teamviewer\.com|start\.teamviewer\.com|download\.anydesk\.com|[a-z0-9-]+\.screenconnect\.com|my\.splashtop\.com|sos\.splashtop\.com|join\.zoho\.(?:com|eu|in)|assist\.zoho\.(?:com|eu|in)|remotedesktop\.google\.com|(?:www\.)?logmein123\.com|(?:www\.)?fastsupport\.com|[a-z0-9-]+\.beyondtrustcloud\.com|[a-z0-9-]+\.bomgarcloud\.com)$/i;

/** Links read (a flood of links is read up to here, like the other link checks). */
const MAX_LINKS = 200;

export function remoteAccessSignals(facts: EmailFacts, ctx: EmailContext): Signal[] {
  const from = facts.from?.domain ?? '';
  if (!from || betweenColleagues(facts) || isListMail(facts) || isBulkMail(facts)) return [];
  const fromRd = registrableDomain(from) ?? from;
  if (TOOL_DOMAINS.has(fromRd)) return [];
  return linkAsk(facts, ctx, from, fromRd) ?? wordAsk(facts, fromRd);
}

/** A tool's name anywhere, as written: most mail names none and is not normalised for this check. */
const NAMES_A_TOOL =
  /quick ?assist|schnellhilfe|remotehilfe|assist[eê]ncia r|asistencia r|assistance r|assistenza r|snelle hulp|szybk\S* pomoc|snabb ?hj|h[ıi]zl[ıi] yard|rychl\S* pomoc|any ?desk|team ?viewer|screen ?connect|splashtop|rust ?desk|ultra ?viewer|logmein|goto resolve|zoho assist|chrome remote|anyviewer|remotepc|netsupport|クイック ?アシスト|快速助手|빠른 ?지원/i;

function wordAsk(facts: EmailFacts, fromRd: string): Signal[] {
  const body = facts.visibleText || facts.text;
  if (!NAMES_A_TOOL.test(facts.subject) && !NAMES_A_TOOL.test(body.slice(0, 100_000))) return [];
  const hit = findPhrases(contentSegments(facts), ASKED_IN_WORDS, 8).find(
    (h) => !NEVER.test(h.sentence.slice(0, Math.max(0, h.sentence.indexOf(h.match)))),
  );
  if (hit)
    return [
      REMOTE_ACCESS_WORDS.fire(
        `Asks to start a remote-support tool and hand over its session: "${(hit.verbatim?.match ?? hit.match).slice(0, 100)}", in mail from ${fromRd}`,
        phraseEvidence([hit]),
      ),
    ];
  const cjk = ASKED_CJK.exec(body.slice(0, 20_000));
  if (cjk)
    return [
      REMOTE_ACCESS_WORDS.fire(
        `Asks to start a remote-support tool and hand over its session: "${cjk[0].slice(0, 100)}", in mail from ${fromRd}`,
        [{ where: 'body', text: cjk[0].slice(0, 200) }],
      ),
    ];
  return [];
}

function linkAsk(facts: EmailFacts, ctx: EmailContext, from: string, fromRd: string): Signal[] | undefined {
  for (const { link, dest, host } of followedLinks(facts, CLICKED, MAX_LINKS)) {
    // the organisation's own support server (a self-hosted ScreenConnect on its own domain)
    if (sameOwner(from, host, ctx.config)) continue;
    let path = '';
    try {
      const u = new URL(dest);
      path = `${u.pathname}${u.search}`;
    } catch {
      continue;
    }
    const onHost = SESSION_HOSTS.test(host);
    if (!onHost && !SESSION_PATH.test(path)) continue;
    const tool = TOOL_DOMAINS.get(registrableDomain(host) ?? host);
    return [
      REMOTE_ACCESS.fire(
        `A link starts a remote-support session or installs its client${tool ? ` (${tool})` : ''} on ${host}, in mail from ${fromRd}: someone asks to be let into the computer`,
        [{ where: link.where, text: link.url }],
      ),
    ];
  }
  return undefined;
}
