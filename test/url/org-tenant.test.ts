/**
 * isOrgTenant: the host a business platform names after a customer organisation
 * (contoso.service-now.com for contoso.com) is that organisation's own site; a developer instance or
 * a tenant named otherwise is not, nor is a look-alike platform.
 */
import { describe, expect, it } from 'vitest';
import { isOrgTenant } from '../../src/url/index.js';

describe('isOrgTenant', () => {
  it.each([
    ['contoso.service-now.com', 'contoso.com'],
    ['contoso.atlassian.net', 'mail.contoso.com'],
    ['contoso-my.sharepoint.com', 'contoso.co.uk'],
    ['CONTOSO.okta.com.', 'contoso.com'],
    // the name without its legal form or group word
    ['halvorsen.sharepoint.com', 'halvorsen-group.com'],
    ['halvorsen-my.sharepoint.com', 'halvorsengmbh.de'],
    // … or the profession's letters an accountants' or a law firm's domain adds (ShareFile, round 157)
    ['hartwellbrandt.sharefile.com', 'hartwellbrandtcpa.com'],
    ['okaforlegal.sharefile.com', 'okaforlegal-llp.co.uk'],
    ['haldaneruiz.sharefile.com', 'haldaneruizlaw.com'],
  ])('%s belongs to %s', (host, domain) => expect(isOrgTenant(host, domain)).toBe(true));
  it.each([
    ['dev12345.service-now.com', 'contoso.com'],
    ['contoso-login.atlassian.net', 'contoso.com'],
    ['contoso.service-now.com.evil.example', 'contoso.com'],
    ['contoso.evil-platform.example', 'contoso.com'],
    ['fabrikam.service-now.com', 'contoso.com'],
    ['contoso.service-now.com', 'not a domain'],
    // a word that is not a legal form, or a core too short to be a name
    ['brightwater.sharepoint.com', 'brightwater-analytics.com'],
    ['abc.sharepoint.com', 'abc-group.com'],
  ])('%s does not belong to %s', (host, domain) => expect(isOrgTenant(host, domain)).toBe(false));
});
