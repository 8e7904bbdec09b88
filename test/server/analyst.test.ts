/**
 * Issue 15: what an analyst needs from the service. History search and filters, export of the
 * current filter (CSV, JSON lines), per-signal counts and throughput, GET /v1/status, and key roles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createApiKey } from '../../src/server/index.js';
import { csvField } from '../../src/server/routes/verdicts.js';
import { eml, makeApp, type TestApp } from './helpers.js';

let t: TestApp;
let now = new Date('2026-12-01T10:00:00.000Z');
const config = resolveConfig({
  organization: { name: 'Fabrikam', domains: ['fabrikam.example'], vips: [{ name: 'Ines Moreau' }] },
});
beforeEach(async () => {
  now = new Date('2026-12-01T10:00:00.000Z');
  t = await makeApp({
    clock: () => now,
    config,
    configFile: { path: '/etc/vigil/vigil.json', sha256: 'ab'.repeat(32) },
  });
});
afterEach(async () => {
  await t.app.close();
  await t.store.close();
});

const get = (url: string, headers: Record<string, string> = t.auth) =>
  t.app.inject({ method: 'GET', url, headers });
async function scanEmail(subject: string, filename: string, from?: string, body?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/scan/email?filename=${encodeURIComponent(filename)}`,
    headers: { 'content-type': 'message/rfc822', ...t.auth },
    payload: eml(subject, body, from),
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { id: string };
}
async function seed() {
  await scanEmail('Quarterly report', 'report.eml', 'Ana <ana@northwind.example>');
  now = new Date('2026-12-02T09:00:00.000Z');
  await scanEmail('Verify your mailbox (phish)', 'mailbox.eml', 'IT <it@fabrikarn.example>');
  await t.app.inject({
    method: 'POST',
    url: '/v1/scan/url',
    headers: t.auth,
    payload: { url: 'http://login.contoso.test/verify' },
  });
  now = new Date('2026-12-03T08:00:00.000Z');
  await scanEmail(
    '=HYPERLINK("http://evil.test") invoice (phish)',
    'invoice-0042.eml',
    '"Ines Moreau" <ines@mail.test>',
  );
}

describe('history search and filters', () => {
  it('searches sender, subject, file name and URL, literally and case-insensitively', async () => {
    await seed();
    const targets = async (qs: string) =>
      ((await get(`/v1/verdicts?${qs}`)).json().items as { target: string }[]).map((i) => i.target);
    expect(await targets('q=FABRIKARN.example')).toEqual(['mailbox.eml']);
    expect(await targets('q=quarterly')).toEqual(['report.eml']);
    expect(await targets('q=invoice-0042')).toEqual(['invoice-0042.eml']);
    expect(await targets('q=contoso.test')).toEqual(['http://login.contoso.test/verify']);
    // % and _ are literal characters, not wildcards
    expect(await targets('q=%25')).toEqual([]);
    expect(await targets('q=_')).toEqual([]);
  });

  it('filters by category and by a date range', async () => {
    await seed();
    const res = await get('/v1/verdicts?category=credential_harvest&since=2026-12-02&until=2026-12-03');
    expect(res.statusCode).toBe(200);
    expect((res.json().items as { target: string }[]).map((i) => i.target).sort()).toEqual([
      'http://login.contoso.test/verify',
      'mailbox.eml',
    ]);
    expect((await get('/v1/verdicts?category=bec')).json().items).toEqual([]);
    expect((await get('/v1/verdicts?category=nonsense')).statusCode).toBe(400);
  });

  it('exports the current filter as CSV (formula-safe) and as JSON lines', async () => {
    await seed();
    const csv = await get('/v1/verdicts/export?format=csv&kind=email&verdict=malicious');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="vigil-verdicts-2026-12-03.csv"');
    const lines = csv.body.trimEnd().split('\n');
    expect(lines[0]).toBe('id,created_at,kind,target,verdict,score,categories,subject,sender');
    expect(lines).toHaveLength(3);
    // a subject that starts with = would run as a formula in a spreadsheet
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"") invoice (phish)"`);
    expect(lines[2]).toContain('"mailbox.eml"');
    const jsonl = await get('/v1/verdicts/export?format=jsonl&q=northwind');
    expect(jsonl.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const rows = jsonl.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toMatchObject([
      { target: 'report.eml', verdict: 'clean', sender: 'Ana <ana@northwind.example>' },
    ]);
    expect(jsonl.headers['x-vigil-rows']).toBe('1');
  });

  it('quotes CSV fields and defuses formulas', () => {
    expect(csvField('a "b"')).toBe('"a ""b"""');
    for (const lead of ['=', '+', '-', '@', '\t']) expect(csvField(`${lead}1+1`)).toBe(`"'${lead}1+1"`);
  });
});

describe('signal counts and throughput over time', () => {
  it('counts each signal once per verdict, per bucket, with scans and mean analysis time', async () => {
    await seed();
    const res = await get('/v1/stats/signals?since=30d&bucket=day');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.by_signal).toEqual({ 'email.link.text_href_mismatch': 2, 'url.link.text_href_mismatch': 1 });
    expect(s.series).toEqual([
      { start: '2026-12-01T00:00:00.000Z', scans: 1, mean_elapsed_ms: 0.1, signals: {} },
      {
        start: '2026-12-02T00:00:00.000Z',
        scans: 2,
        mean_elapsed_ms: 0.1,
        signals: { 'email.link.text_href_mismatch': 1, 'url.link.text_href_mismatch': 1 },
      },
      {
        start: '2026-12-03T00:00:00.000Z',
        scans: 1,
        mean_elapsed_ms: 0.1,
        signals: { 'email.link.text_href_mismatch': 1 },
      },
    ]);
  });
});

describe('GET /v1/status', () => {
  it('names the version, the config file, the organization, the settings and the calling key', async () => {
    const res = await get('/v1/status');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      config_file: { path: '/etc/vigil/vigil.json', sha256: 'ab'.repeat(32) },
      organization: { name: 'Fabrikam', domains: ['fabrikam.example'], vips: 1, partners: [] },
      thresholds: { suspicious: 0.5, malicious: 0.9 },
      settings: { keep_raw: false, keep_evidence: false, retention_days: 30, rate_limit_per_minute: 6000 },
      auth: 'keys',
      key: { id: t.keyId, name: 'test', role: 'admin' },
      role: 'admin',
    });
  });
});

describe('key roles', () => {
  async function keyFor(role: 'read' | 'scan' | 'admin') {
    const { key } = await createApiKey(t.store, `k-${role}`, now, role);
    return { authorization: `Bearer ${key}` };
  }

  it('read keys see history and stats but cannot scan or give feedback', async () => {
    await seed();
    const read = await keyFor('read');
    const id = ((await get('/v1/verdicts', read)).json().items as { id: string }[])[0]!.id;
    for (const url of [
      '/v1/verdicts',
      `/v1/verdicts/${id}`,
      '/v1/stats',
      '/v1/stats/signals',
      '/v1/status',
      '/v1/verdicts/export',
      `/v1/verdicts/${id}/feedback`,
    ]) {
      expect((await get(url, read)).statusCode, url).toBe(200);
    }
    expect((await get('/v1/status', read)).json()).toMatchObject({ role: 'read' });
    const scan = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: read,
      payload: { domain: 'a.example' },
    });
    expect(scan.statusCode).toBe(403);
    expect(scan.json()).toMatchObject({
      error: { code: 'E_ROLE', message: expect.stringContaining('"scan"') },
    });
    const fb = await t.app.inject({
      method: 'POST',
      url: `/v1/verdicts/${id}/feedback`,
      headers: read,
      payload: { label: 'benign' },
    });
    expect(fb.json()).toMatchObject({ error: { code: 'E_ROLE' } });
  });

  it('scan keys scan but give no feedback; admin keys do both', async () => {
    const scanKey = await keyFor('scan');
    const scan = await t.app.inject({
      method: 'POST',
      url: '/v1/scan/domain',
      headers: scanKey,
      payload: { domain: 'a.example' },
    });
    expect(scan.statusCode).toBe(200);
    const id = scan.json().id as string;
    const fb = await t.app.inject({
      method: 'POST',
      url: `/v1/verdicts/${id}/feedback`,
      headers: scanKey,
      payload: { label: 'benign' },
    });
    expect(fb.statusCode).toBe(403);
    const admin = await keyFor('admin');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/v1/verdicts/${id}/feedback`,
      headers: admin,
      payload: { label: 'benign' },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('a role refusal is not an authentication failure: it is not throttled', async () => {
    const read = await keyFor('read');
    for (let i = 0; i < 40; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/v1/scan/domain',
        headers: read,
        payload: { domain: 'a.example' },
      });
    }
    expect((await get('/v1/verdicts', read)).statusCode).toBe(200);
  });
});
