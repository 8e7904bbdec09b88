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
import type { EmailContext, EmailFacts } from './facts.js';
import { CLICKED, followedLinks } from './links.js';
import { betweenColleagues, isBulkMail, isListMail } from './sender.js';

export const REMOTE_ACCESS = defineSignal({
  id: 'email.link.remote_access_tool',
  category: 'malware_delivery',
  severity: 'medium',
  roles: { medium: 'ask' },
  summary:
    "A link that installs or joins a remote-support tool (ScreenConnect, AnyDesk, TeamViewer, Quick Assist, Splashtop, Atera, …) in mail from outside the reader's organisation and not from the tool's vendor: an ask to let someone into the computer",
});

export const REMOTE_ACCESS_SIGNALS: SignalDef[] = [REMOTE_ACCESS];

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
  return [];
}
