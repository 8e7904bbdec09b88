/**
 * Hand-kept host lists: free mail providers, URL shorteners, free hosting platforms, abused TLDs,
 * dynamic-DNS providers, and the lure words phishing puts next to a brand name. Entries are
 * registrable domains (or public suffixes) as tldts computes them with `allowPrivateDomains: true`.
 */

/** Consumer mailbox providers: anyone can register an address there (BEC senders use them). */
const FREEMAIL = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de',
  'hotmail.it', 'hotmail.es', 'live.com', 'live.co.uk', 'live.fr', 'live.nl', 'msn.com', 'passport.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.it', 'yahoo.co.jp', 'yahoo.com.br',
  'yahoo.co.in', 'yahoo.ca', 'yahoo.com.au', 'yahoo.com.ar', 'yahoo.com.mx', 'ymail.com', 'rocketmail.com',
  'aol.com', 'aim.com', 'icloud.com', 'me.com', 'mac.com', 'gmx.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch',
  'gmx.fr', 'web.de', 'freenet.de', 't-online.de', 'posteo.de', 'mailbox.org', 'proton.me', 'protonmail.com',
  'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'tutamail.com', 'mail.com', 'email.com',
  'usa.com', 'post.com', 'zoho.com', 'zohomail.com', 'yandex.com', 'yandex.ru', 'ya.ru', 'mail.ru', 'bk.ru',
  'inbox.ru', 'list.ru', 'rambler.ru', 'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com',
  'sina.cn', 'sohu.com', 'aliyun.com', 'naver.com', 'daum.net', 'hanmail.net', 'uol.com.br', 'bol.com.br',
  'terra.com.br', 'ig.com.br', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'orange.fr', 'wanadoo.fr',
  'free.fr', 'sfr.fr', 'laposte.net', 'seznam.cz', 'centrum.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl',
  'rediffmail.com', 'hushmail.com', 'fastmail.com', 'fastmail.fm', 'gmx.us', 'inbox.com', 'lycos.com',
  'excite.com', 'mail.ee', 'abv.bg', 'ukr.net', 'bigpond.com', 'optusnet.com.au', 'shaw.ca', 'rogers.com',
  'sympatico.ca', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net',
  'charter.net', 'earthlink.net', 'btinternet.com', 'sky.com', 'talktalk.net', 'virginmedia.com', 'ntlworld.com',
  'telenet.be', 'skynet.be', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'hetnet.nl', 'bluewin.ch', 'gmx.li',
  'mailfence.com', 'disroot.org', 'riseup.net', 'cock.li', 'guerrillamail.com', 'sharklasers.com',
  'mailinator.com', '10minutemail.com', 'temp-mail.org', 'yopmail.com', 'trashmail.com', 'getnada.com',
  'outlook.fr', 'outlook.de', 'outlook.es', 'outlook.it', 'outlook.com.br', 'live.de', 'live.it', 'windowslive.com',
];

/** URL shorteners and redirect services: the real destination is hidden until clicked. */
const SHORTENERS = [
  'bit.ly', 'bitly.com', 'bit.do', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly',
  'rebrand.ly', 'cutt.ly', 'shorturl.at', 'rb.gy', 'tiny.cc', 'tiny.one', 't.ly', 'shorte.st', 'adf.ly',
  'bl.ink', 'lnkd.in', 'db.tt', 'qr.net', 'x.co', 'soo.gd', 's.id', 'clck.ru', 'u.to', 'qps.ru', 'urlz.fr',
  'snip.ly', 'short.io', 'shorturl.com', 'tr.im', 'cli.gs', 'po.st', 'mcaf.ee', 'su.pr', 'yourls.org',
  '1url.com', 'linktr.ee', 'lnk.to', 'trib.al', 'dlvr.it', 'ift.tt', 'wp.me', 'fb.me', 'youtu.be', 'amzn.to',
  'amzn.eu', 'a.co', 'aka.ms', 'msft.it', 'apple.co', 'spoti.fi', 'tinyurl.at', 'shrtco.de', 'gg.gg', '2u.pw',
  'cutt.us', 'han.gl', 'me2.kr', 'vo.la', 'kutt.it', 'urlr.me', 'shorturl.asia', 'l.ead.me', 'surl.li',
  'tny.im', 'zpr.io', 'rotf.lol', 'qrco.de', 'bitly.ws', 'hyperurl.co', 'ity.im', 'ouo.io', 'shrinkme.io',
];

/**
 * Free hosting / page-builder / serverless platforms. Most pages on them are legitimate (the URL
 * training data is skewed: these platforms are nearly phishing-only there), so the signal is low
 * severity and the URL model does not see the platform suffix as a token.
 */
const FREE_HOSTING = [
  'pages.dev', 'r2.dev', 'workers.dev', 'weebly.com', 'weeblysite.com', 'webflow.io', 'wixsite.com',
  'wix.com', 'wixstudio.com', '000webhostapp.com', 'firebaseapp.com', 'web.app', 'glitch.me', 'github.io',
  'gitlab.io', 'gitbook.io', 'vercel.app', 'netlify.app', 'netlify.com', 'herokuapp.com', 'repl.co',
  'replit.app', 'repl.dev', 'surge.sh', 'blogspot.com', 'wordpress.com', 'sites.google.com', 'godaddysites.com',
  'square.site', 'squarespace.com', 'myshopify.com', 'jimdosite.com', 'jimdofree.com', 'strikingly.com',
  'mystrikingly.com', 'webnode.page', 'webnode.com', 'site123.me', 'yolasite.com', 'carrd.co', 'framer.app',
  'framer.website', 'notion.site', 'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'fleek.co', 'on.fleek.co',
  'onrender.com', 'fly.dev', 'azurewebsites.net', 'azurestaticapps.net', 'blob.core.windows.net',
  'web.core.windows.net', 'appspot.com', 'storage.googleapis.com', 'firebasestorage.googleapis.com',
  's3.amazonaws.com', 'amplifyapp.com', 'cprapid.com', 'tiiny.site', 'bubbleapps.io', 'typedream.app',
  'mybluehost.me', 'hostingersite.com', 'freenom.com', 'byethost.com', 'epizy.com', 'rf.gd', 'infinityfreeapp.com',
  'wcomhost.com', 'ukit.me', 'tilda.ws', 'webwave.dev', 'codeanyapp.com', 'ngrok.io', 'ngrok-free.app',
  'trycloudflare.com', 'duckdns.org', 'ddns.net', 'no-ip.org', 'hopto.org', 'zapto.org', 'sytes.net',
];

/**
 * Hosts inside a brand's own domains where anyone can publish (tenant sites, shared documents,
 * forms): a link there is not vouched for by the brand, so it is judged like any other page.
 * Complements FREE_HOSTING (storage.googleapis.com, blob.core.windows.net … are listed there).
 */
const USER_CONTENT = [
  'sharepoint.com', 'docs.google.com', 'drive.google.com', 'forms.gle', 'script.google.com', 'forms.office.com',
  'forms.microsoft.com', 'onedrive.live.com', '1drv.ms', 'sway.office.com', 'sway.cloud.microsoft',
  'dynamics.com', 'powerappsportals.com', 'force.com', 'my.salesforce.com', 'amazonaws.com', 'googleusercontent.com',
  'windows.net', 'dropboxusercontent.com',
];

/**
 * Shorteners whose links only reach their owner's own pages (Microsoft's aka.ms, Amazon's a.co …):
 * the destination is hidden but stays on the brand's domains. Registrable domain → brand domain.
 */
const BRAND_SHORTENERS: [string, string][] = [
  ['aka.ms', 'microsoft.com'], ['msft.it', 'microsoft.com'], ['a.co', 'amazon.com'], ['amzn.to', 'amazon.com'],
  ['amzn.eu', 'amazon.com'], ['youtu.be', 'youtube.com'], ['g.co', 'google.com'], ['apple.co', 'apple.com'],
  ['spoti.fi', 'spotify.com'],
];

/** TLDs whose registrations are dominated by abuse in public reports (cheap or free registration). */
const SUSPICIOUS_TLDS = [
  'tk', 'ml', 'ga', 'cf', 'gq', 'top', 'xyz', 'zip', 'mov', 'icu', 'buzz', 'cyou', 'rest', 'click', 'country',
  'kim', 'work', 'support', 'cam', 'sbs', 'bond', 'cfd', 'quest', 'monster', 'surf', 'loan', 'win', 'bid',
  'stream', 'download', 'racing', 'review', 'accountant', 'date', 'faith', 'science', 'party', 'cricket',
  'gdn', 'men', 'trade', 'webcam', 'uno', 'lol', 'beauty', 'hair', 'makeup', 'skin', 'autos', 'boats',
  'homes', 'motorcycles', 'yachts', 'mom', 'pw', 'casa', 'fit', 'link', 'live', 'shop', 'online', 'site',
  'website', 'space', 'fun', 'host', 'press', 'vip', 'life', 'today', 'info', 'biz', 'ws', 'su', 'ru.com',
];

/**
 * Dynamic-DNS providers that are not public suffixes: the generated label sits one level below
 * them (kraken's `…mooo.com`), so the DGA score reads that label instead of the provider's name.
 */
const DYNAMIC_DNS = [
  'mooo.com', 'yi.org', 'dynserv.com', 'no-ip.biz', 'no-ip.info', 'no-ip.com', 'noip.me', 'dyndns.org',
  'dynu.com', 'dynu.net', 'afraid.org', 'chickenkiller.com', 'strangled.net', 'ignorelist.com', 'us.to',
  'dns.army', 'hopto.org', 'zapto.org', 'sytes.net', 'servebeer.com', 'serveftp.com', 'changeip.com',
  '3utilities.com', 'bounceme.net', 'ddnsking.com', 'gotdns.ch', 'myftp.biz', 'myftp.org', 'redirectme.net',
  'servegame.com', 'servehttp.com', 'serveirc.com', 'servemp3.com', 'servepics.com', 'servequake.com',
  'freedynamicdns.net', 'freedynamicdns.org', 'twilightparadox.com', 'crabdance.com', 'jumpingcrab.com',
];

/** Words phishing puts beside a brand (`paypal-login-secure.com`) or into a path (`/signin/verify`). */
export const LURE_WORDS: ReadonlySet<string> = new Set([
  'login', 'logon', 'signin', 'sign', 'verify', 'verification', 'verified', 'secure', 'security', 'account',
  'accounts', 'update', 'updates', 'confirm', 'confirmation', 'support', 'service', 'services', 'helpdesk',
  'help', 'billing', 'invoice', 'payment', 'payments', 'pay', 'wallet', 'unlock', 'unlocked', 'locked',
  'suspend', 'suspended', 'suspension', 'alert', 'alerts', 'notice', 'notification', 'recovery', 'recover',
  'restore', 'reset', 'password', 'passwd', 'auth', 'authenticate', 'authentication', 'sso', 'mfa', '2fa',
  'id', 'online', 'web', 'portal', 'webmail', 'mail', 'office', 'docs', 'document', 'documents', 'file',
  'files', 'share', 'drive', 'storage', 'cloud', 'bank', 'banking', 'customer', 'client', 'member', 'members',
  'refund', 'claim', 'prize', 'bonus', 'reward', 'rewards', 'gift', 'delivery', 'parcel', 'package', 'track',
  'tracking', 'shipment', 'redelivery', 'customs', 'fee', 'tax', 'validation', 'validate', 'access',
  'official', 'team', 'center', 'centre', 'app', 'apps', 'connect', 'session', 'identity', 'safe', 'safety',
  'protect', 'protection', 'check', 'checkout', 'order', 'orders', 'airdrop', 'claims', 'token', 'tokens',
  'nft', 'defi', 'swap', 'dapp', 'sync', 'connectwallet', 'giveaway', 'promo', 'case', 'appeal', 'review',
  'required', 'required', 'urgent', 'activity', 'activate', 'activation', 'limited', 'limit', 'resolve',
  'resolution', 'desk', 'info', 'my', 'www', 'us', 'usa', 'uk', 'en', 'home', 'live', 'chat', 'meet',
  'meeting', 'invite', 'voicemail', 'fax', 'scan', 'pdf', 'sharepoint', 'onedrive', 'outlook', 'owa',
]);

/** Credential-harvest words in URL paths and queries (stronger than the generic lure set). */
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  'login', 'logon', 'signin', 'sign-in', 'log-in', 'webscr', 'cmd', 'verify', 'verification', 'password',
  'passwd', 'pwd', 'credential', 'credentials', 'account', 'unlock', 'suspended', 'confirm', 'update',
  'secure', 'validate', 'authenticate', 'auth', 'sso', 'oauth', 'wallet', 'seed', 'recovery', 'restore',
  'billing', 'banking', 'ebayisapi', 'myaccount', 'owa', 'webmail', 'otp', 'pin', 'ssn', 'kyc',
]);

export const FREEMAIL_SET: ReadonlySet<string> = new Set(FREEMAIL);
export const SHORTENER_SET: ReadonlySet<string> = new Set(SHORTENERS);
export const FREE_HOSTING_SET: ReadonlySet<string> = new Set(FREE_HOSTING);
export const SUSPICIOUS_TLD_SET: ReadonlySet<string> = new Set(SUSPICIOUS_TLDS);
export const DYNAMIC_DNS_SET: ReadonlySet<string> = new Set(DYNAMIC_DNS);
export const USER_CONTENT_SET: ReadonlySet<string> = new Set(USER_CONTENT);
export const BRAND_SHORTENER_MAP: ReadonlyMap<string, string> = new Map(BRAND_SHORTENERS);

/** Whether `host` is `suffix` or one of its subdomains, for suffixes of one or more labels. */
export function hostMatchesSet(host: string, set: ReadonlySet<string>): string | null {
  let h = host;
  // walk the suffixes: a.b.c.d -> b.c.d -> c.d -> d (bounded by the label count)
  for (let i = 0; i < 16; i++) {
    if (set.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
  return null;
}
