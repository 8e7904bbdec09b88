/**
 * End-to-end: the real `vigil serve` (real email analyzer, temp SQLite db, random port on 127.0.0.1)
 * driven through the dashboard by Debian's Chromium via playwright-core. No browser is downloaded:
 * CI installs the `chromium` apt package (see .ci/run). Without /usr/bin/chromium the test is
 * skipped with a message saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  let readKey = '';
  const stop = new AbortController();
  let served: Promise<number> | undefined;
  const log: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, 'index.html'))) {
      // `npm ci` builds it (prepare -> build -> build:web); build here when running from a fresh tree
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
          'build',
          join(ROOT, 'web'),
          '--logLevel',
          'warn',
        ],
        {
          stdio: 'inherit',
        },
      );
    }
    dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
    const db = join(dir, 'vigil.db');
    const out: string[] = [];
    expect(await runKeys('create', [], { db, name: 'e2e' }, quietIo(out))).toBe(0);
    key = (out[0] ?? '').trim();
    const outRead: string[] = [];
    expect(await runKeys('create', [], { db, name: 'wallboard', role: 'read' }, quietIo(outRead))).toBe(0);
    readKey = (outRead[0] ?? '').trim();

    let listening: (url: string) => void = () => {};
    const up = new Promise<string>((resolve) => (listening = resolve));
    // as the README starts it: with the quick start's config (organization, VIPs, partners)
    served = runServe(
      { db, port: 0, host: '127.0.0.1', config: join(ROOT, 'examples', 'config.json') },
      quietIo(log),
      {
        signal: stop.signal,
        logger: false,
        onListening: (u) => listening(u),
      },
    );
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
    expect(await page.locator('.evidence mark').count()).toBeGreaterThan(0);
    // the stored facts: subject and sender
    await expect
      .poll(() => page.getByText('Action required: verify your account within 24 hours').first().isVisible())
      .toBe(true);
    const badge = await page.locator('.verdict-title .badge').textContent();
    expect(badge).toMatch(/Clean|Suspicious|Malicious/);
    // item 2: the link's destination is listed, the URL shown as its text is not
    const urls = await page.locator('ul.urls li').allTextContents();
    expect(urls).toContain('http://login.contoso-support.test/verify?u=ana');
    expect(urls).not.toContain('https://accounts.contoso.example/security');
    const mismatch = await page
      .locator('li.signal', { hasText: 'email.link.text_href_mismatch' })
      .locator('.evidence-text')
      .first()
      .textContent();
    expect(mismatch).toBe(
      '"https://accounts.contoso.example/security" -> http://login.contoso-support.test/verify?u=ana',
    );
  });

  it('records feedback and shows it', async () => {
    await page.getByLabel('Note (optional)').fill('Reported by the user; confirmed phishing');
    await page.getByRole('button', { name: 'It is malicious' }).click();
    await page.getByText('Thanks: recorded as malicious').waitFor();
    await page.getByRole('heading', { name: 'Feedback so far' }).waitFor();

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'verdict.png'), fullPage: true });

    const res = await fetch(`${base}/v1/verdicts/${verdictId}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const stored = (await res.json()) as {
      feedback: { label: string; note: string }[];
      subject: string;
      raw_stored: boolean;
    };
    expect(stored.feedback).toMatchObject([
      { label: 'malicious', note: 'Reported by the user; confirmed phishing' },
    ]);
    expect(stored.subject).toBe('Action required: verify your account within 24 hours');
    expect(stored.raw_stored).toBe(false);

    // the server stored no evidence text (no --keep-evidence): after a reload the page still renders
    await page.reload();
    await page.getByRole('heading', { name: /^Why: \d+ signals?$/ }).waitFor();
    expect(await page.getByText('text not stored').count()).toBeGreaterThan(0);
    expect(await page.locator('.evidence mark').count()).toBe(0);
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
    expect(
      await page.locator('.badge-large.verdict-suspicious, .badge-large.verdict-malicious').count(),
    ).toBe(1);
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

  const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as Record<string, number>;
  async function upload(name: string) {
    await page.getByRole('link', { name: 'Scan' }).click();
    await page.getByRole('heading', { name: 'Scan', exact: true }).waitFor();
    const before = page.url();
    await page.getByLabel('Choose a file…').setInputFiles({
      name,
      mimeType: 'message/rfc822',
      buffer: readFileSync(join(ROOT, 'examples', name)),
    });
    await page.waitForURL(
      (u) => u.toString() !== before && /#\/verdicts\/vrd_[0-9a-f]{24}$/.test(u.toString()),
      { timeout: 30_000 },
    );
    await page.getByRole('heading', { name: /^Why: / }).waitFor();
  }

  it('item 2: orders signals by severity and shows evidence verbatim with the match marked', async () => {
    await upload('bec-wire-transfer.eml');
    const severities = await page.locator('ol.signals .sev').allTextContents();
    expect(severities.length).toBeGreaterThan(3);
    const ranks = severities.map((x) => RANK[x.trim().toLowerCase()] ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // the message's own words, in its own case, with the matched phrase marked inside them
    const marks = await page.locator('.evidence .evidence-text mark').allTextContents();
    expect(marks).toContain('Keep this between us');
    const secrecy = page
      .locator('li.signal', { hasText: 'email.content.secrecy_urgency' })
      .locator('.evidence-text')
      .first();
    expect(await secrecy.textContent()).toContain('Keep this between us until the acquisition is announced');
    // VIP impersonation works because the server runs with the quick start's config
    expect(await page.locator('.signal-id').allTextContents()).toContain('email.sender.vip_display_name');
    // item 1: the score is explained with the numbers of the verdict
    const how = await page.getByTestId('explanation').textContent();
    expect(how).toContain('The evidence gate is open');
    expect(how).toMatch(/Score 100%: suspicious from 50%, malicious from 90%, so malicious\./);
  });

  it('item 1: a clean verdict beside a sure model says why, without contradiction', async () => {
    await upload('legit-invoice-approval.eml');
    const badge = await page.locator('.verdict-title .badge').textContent();
    expect(badge).toContain('Clean');
    const how = (await page.getByTestId('explanation').textContent()) ?? '';
    expect(how).toContain("the model's own probability, not the score");
    expect(how).toContain('The evidence gate is closed: no signal shows a deception');
    expect(how).toMatch(/capped at 49%/);
    expect(await page.getByText('the score comes from the model alone').count()).toBe(0);
  });

  it('item 4: the About panel names the config file and the model versions', async () => {
    await page.getByRole('link', { name: 'About' }).click();
    await page.getByRole('heading', { name: 'About this server' }).waitFor();
    expect(await page.getByTestId('config-file').textContent()).toContain(join('examples', 'config.json'));
    const res = await fetch(`${base}/v1/status`, { headers: { authorization: `Bearer ${key}` } });
    const status = (await res.json()) as {
      models: { kind: string; version: string | null }[];
      organization: { name: string };
    };
    expect(status.organization.name).toBe('Fabrikam');
    for (const m of status.models) {
      expect(m.version).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(await page.getByTestId(`model-${m.kind}`).textContent()).toBe(m.version);
    }
  });

  it('item 6: searches and filters the history, exports it, and counts signals over time', async () => {
    await page.getByRole('link', { name: 'History' }).first().click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('gmail.com');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('link', { name: 'Urgent payment - confidential' }).waitFor();
    await expect.poll(() => page.locator('table.history tbody tr').count()).toBe(1);
    // the file name column
    expect(await page.locator('table.history tbody td[data-label="File name"]').first().textContent()).toBe(
      'bec-wire-transfer.eml',
    );
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Category').selectOption('bec');
    await page.getByRole('link', { name: 'Urgent payment - confidential' }).waitFor();
    // every row listed is in the category (the domain scan is not)
    await expect
      .poll(async () =>
        (await page.locator('table.history tbody td[data-label="Categories"]').allTextContents()).every((c) =>
          c.includes('bec'),
        ),
      )
      .toBe(true);
    expect(await page.getByRole('link', { name: 'paypa1-secure-login.example' }).count()).toBe(0);
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/^vigil-verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await dl.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('id,created_at,kind,target,verdict,score,categories,subject,sender');
    expect(csv.slice(1).every((l) => l.includes('bec'))).toBe(true);
    expect(csv.some((l) => l.includes('"bec-wire-transfer.eml"'))).toBe(true);
    await page.getByLabel('Category').selectOption('');

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Signals over time' }).waitFor();
    const table = await page.getByTestId('signal-stats').textContent();
    expect(table).toContain('email.content.secrecy_urgency');
    expect(await page.getByTestId('throughput-summary').textContent()).toMatch(
      /\d+ scans in this period; busiest day: \d+ scans; mean analysis time [\d.]+ ms/,
    );
  });

  it('item 5: every page is usable from 360 px wide, without horizontal overflow', async () => {
    const pages = [
      ['scan', '#/scan'],
      ['verdict', `#/verdicts/${verdictId}`],
      ['history', '#/history'],
      ['overview', '#/overview'],
      ['about', '#/about'],
    ] as const;
    for (const width of [360, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      for (const [name, hash] of pages) {
        await page.goto(`${base}/${hash}`);
        await page.locator('main h1, main h2').first().waitFor();
        if (name === 'overview') await page.getByRole('heading', { name: 'Signals over time' }).waitFor();
        if (name === 'history') await page.locator('table.history tbody tr').first().waitFor();
        if (name === 'verdict') await page.getByRole('heading', { name: /^Why: / }).waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width} px overflows by ${overflow} px`).toBeLessThanOrEqual(0);
        if (width === 360 && name === 'history') {
          // the sender and subject are readable, not one character wide
          const w = await page
            .locator('table.history tbody td[data-label="Subject / input"]')
            .first()
            .evaluate((el) => el.getBoundingClientRect().width);
          expect(w).toBeGreaterThan(250);
        }
        await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('item 7: a read-only key sees history and stats, not scanning or feedback', async () => {
    const ro = await browser!.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await ro.goto(`${base}/`);
      await ro.getByLabel('API key').fill(readKey);
      await ro.keyboard.press('Enter');
      await ro.getByRole('heading', { name: 'History' }).waitFor();
      expect(await ro.getByTestId('role').textContent()).toBe('read');
      expect(await ro.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
        'History',
        'Overview',
        'About',
      ]);
      await ro.goto(`${base}/#/verdicts/${verdictId}`);
      await ro.getByRole('heading', { name: /^Why: / }).waitFor();
      expect(await ro.getByRole('button', { name: 'It is malicious' }).count()).toBe(0);
      await ro.getByTestId('no-feedback').waitFor();
      // the server refuses what the page hides, and the page keeps the key signed in
      const res = await fetch(`${base}/v1/scan/domain`, {
        method: 'POST',
        headers: { authorization: `Bearer ${readKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ domain: 'a.example' }),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('E_ROLE');
      await ro.screenshot({ path: join(OUT, 'read-only-verdict.png'), fullPage: true });
    } finally {
      await ro.close();
    }
    expect(log.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
