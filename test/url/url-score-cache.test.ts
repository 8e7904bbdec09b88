/**
 * The URL model's score is kept per URL in a runtime (`UrlEnv.urlScores`, src/url/analyzer.ts;
 * speed only): a link seen again, under another `where` or in another message, gives what a first
 * look gives, evidence included, and the map stays bounded like the host cache.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { inspectUrl, loadUrlModelsFor, prepareUrlEnv } from '../../src/url/index.js';

const config = resolveConfig({});
const URLS = [
  'http://paypal-login.verify-account.example/secure/signin.php?id=8f3a9c',
  'https://www.example.com/newsletter/2026/12?utm_source=mail',
  'http://192.0.2.7/wp-admin/includes/office365/login.htm',
  'https://docs.example.org/a/b/c',
  'https://bit.ly/3xYz',
  'https://safelinks.protection.outlook.com/?url=https%3A%2F%2Fxn--pypal-4ve.com%2Flogin&data=1',
];

describe('URL model score per URL', () => {
  it('a second look (another where) equals a first look in a runtime that never saw the URL', () => {
    const models = loadUrlModelsFor(config);
    expect(models.url).not.toBeNull();
    const first = prepareUrlEnv(config, models);
    const again = prepareUrlEnv(config, models);
    for (const u of URLS) inspectUrl(u, { env: again, where: 'body:text' });
    expect(again.urlScores.size).toBeGreaterThanOrEqual(5); // kept: one per URL with a destination
    let phishy = 0;
    for (const u of URLS) {
      const a = inspectUrl(u, { env: first, where: 'body:html' });
      const b = inspectUrl(u, { env: again, where: 'body:html' });
      expect(b).toEqual(a);
      if (a.signals.some((s) => s.id === 'url.model.phishing')) phishy++;
    }
    expect(phishy).toBeGreaterThan(0); // a model signal was built from a kept score
  });
});
