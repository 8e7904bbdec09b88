/**
 * End-to-end: the real `vigil serve` (real email analyzer, temp SQLite db, random port on 127.0.0.1)
 * driven through the dashboard by Debian's Chromium via playwright-core. No browser is downloaded:
 * CI installs the `chromium` apt package (see .ci/run). Without /usr/bin/chromium the test is
 * skipped with a message saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runKeys } from '../../src/cli/keys.js';
import { runServe } from '../../src/cli/serve.js';
import { PHISHING_EML } from './fixture.js';

const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_DIST = join(ROOT, 'web', 'dist');
const OUT = join(ROOT, 'test-output');
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  console.warn(
    `[e2e] SKIPPED: ${CHROMIUM} not found. Install Debian's Chromium (apt-get install -y chromium) ` +
      'or set VIGIL_CHROMIUM to a Chromium binary; playwright-core never downloads a browser.',
  );
}

const quietIo = (sink: string[]): CliIo => ({
  stdout: (t) => void sink.push(t),
  stderr: (t) => void sink.push(t),
  readStdin: async () => Buffer.alloc(0),
  isTTY: false,
});

describe.skipIf(!haveChromium)('dashboard end to end (Chromium)', () => {
  let dir = '';
  let base = '';
  let key = '';
  let browser: Browser | undefined;
  let page: Page;
  let verdictId = '';
  const stop = new AbortController();
  let served: Promise<number> | undefined;
  const log: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) {
      // `npm ci` builds it (prepare -> build -> build:web); build here when running from a fresh tree
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', join(ROOT, 'web'), '--logLevel', 'warn'], {
        stdio: 'inherit',
      });
    }
    dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
    const db = join(dir, 'vigil.db');
    const out: string[] = [];
    expect(await runKeys('create', [], { db, name: 'e2e' }, quietIo(out))).toBe(0);
    key = (out[0] ?? '').trim();

    let listening: (url: string) => void = () => {};
    const up = new Promise<string>((resolve) => (listening = resolve));
    served = runServe({ db, port: 0, host: '127.0.0.1' }, quietIo(log), {
      signal: stop.signal,
      logger: false,
      onListening: (u) => listening(u),
    });
    base = await Promise.race([
      up,
      served.then((code) => {
        throw new Error(`vigil serve exited with ${code}: ${log.join('')}`);
      }),
    ]);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    stop.abort();
    if (served) await served;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a wrong key, then signs in with a real one', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in to Vigil' }).isVisible()).toBe(true);
    await page.getByLabel('API key').fill('vgl_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();

    await page.getByLabel('API key').fill(key);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Scan', exact: true }).waitFor();
    // the key stays in this tab's sessionStorage, never in the URL
    expect(page.url()).not.toContain(key);
    expect(await page.evaluate(() => sessionStorage.getItem('vigil.apiKey'))).toBe(key);
    // keyboard: the first Tab reaches the skip link, and the file chooser is reachable by Tab
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'eml-file');
    }
    expect(reached).toBe(true);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'scan.png') });
  });

  it('uploads an email and shows the verdict with its reasons and evidence', async () => {
    await page.getByLabel('Choose a file…').setInputFiles({
      name: 'invoice-0042.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(PHISHING_EML),
    });
    await page.waitForURL(/#\/verdicts\/vrd_[0-9a-f]{24}$/, { timeout: 30_000 });
    verdictId = /vrd_[0-9a-f]{24}/.exec(page.url())?.[0] ?? '';
    await page.getByRole('heading', { name: /^Why: \d+ signals?$/ }).waitFor();

    const signals = page.locator('ol.signals > li');
    expect(await signals.count()).toBeGreaterThan(0);
    const ids = await page.locator('.signal-id').allTextContents();
    expect(ids.every((id) => /^(email|url|domain)\.[a-z0-9_.]+$/.test(id))).toBe(true);
    // evidence is shown, marked
    expect(await page.locator('mark.evidence-text').count()).toBeGreaterThan(0);
    // the stored facts: subject and sender
    await expect.poll(() => page.getByText('Action required: verify your account within 24 hours').first().isVisible()).toBe(true);
    const badge = await page.locator('.verdict-title .badge').textContent();
    expect(badge).toMatch(/Clean|Suspicious|Malicious/);
  });

  it('records feedback and shows it', async () => {
    await page.getByLabel('Note (optional)').fill('Reported by the user; confirmed phishing');
    await page.getByRole('button', { name: 'It is malicious' }).click();
    await page.getByText('Thanks: recorded as malicious').waitFor();
    await page.getByRole('heading', { name: 'Feedback so far' }).waitFor();

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'verdict.png'), fullPage: true });

    const res = await fetch(`${base}/v1/verdicts/${verdictId}`, { headers: { authorization: `Bearer ${key}` } });
    const stored = (await res.json()) as { feedback: { label: string; note: string }[]; subject: string; raw_stored: boolean };
    expect(stored.feedback).toMatchObject([{ label: 'malicious', note: 'Reported by the user; confirmed phishing' }]);
    expect(stored.subject).toBe('Action required: verify your account within 24 hours');
    expect(stored.raw_stored).toBe(false);

    // the server stored no evidence text (no --keep-evidence): after a reload the page still renders
    await page.reload();
    await page.getByRole('heading', { name: /^Why: \d+ signals?$/ }).waitFor();
    expect(await page.getByText('text not stored').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.evidence-text').count()).toBe(0);
  });

  it('scans a domain pasted into the form', async () => {
    await page.getByRole('link', { name: 'Scan' }).click();
    await page.getByLabel('Domain', { exact: true }).check();
    await page.getByRole('textbox', { name: 'Domain' }).fill('paypa1-secure-login.example');
    await page.getByRole('button', { name: 'Scan domain' }).click();
    await page.waitForURL(/#\/verdicts\/vrd_[0-9a-f]{24}$/, { timeout: 30_000 });
    await page.getByText('domain verdict', { exact: false }).first().waitFor();
    await page.getByText('paypa1-secure-login.example').first().waitFor();
    // a look-alike of paypal.com: the page must show it flagged, with the signal that says why
    await page.locator('code.signal-id', { hasText: 'domain.lookalike.combosquat' }).first().waitFor();
    expect(await page.locator('.badge-large.verdict-suspicious, .badge-large.verdict-malicious').count()).toBe(1);
    expect(await page.locator('.badge-large.verdict-clean').count()).toBe(0);
  });

  it('lists the scan in the history and draws the overview', async () => {
    await page.getByRole('link', { name: 'History' }).first().click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByRole('link', { name: 'Action required: verify your account within 24 hours' }).waitFor();
    await page.getByLabel('Kind').selectOption('url');
    await page.getByText('No verdicts match.').waitFor();
    await page.getByLabel('Kind').selectOption('email');
    await page.getByRole('link', { name: /Action required/ }).waitFor();
    await page.screenshot({ path: join(OUT, 'history.png') });

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Verdicts over time' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: join(OUT, 'overview.png'), fullPage: true });
    expect(log.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
