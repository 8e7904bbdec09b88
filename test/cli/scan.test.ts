import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.js';
import { eml } from '../helpers/eml.js';
import { fakeIo } from '../helpers/io.js';

const EX = new URL('../../examples/', import.meta.url).pathname;

const run = async (args: string[], stdin = '') => {
  const io = fakeIo(stdin);
  const code = await main(['node', 'vigil', ...args], io);
  return { code, out: io.out, err: io.err };
};

describe('vigil scan', () => {
  it('exits 1 on a malicious message and names the evidence', async () => {
    const r = await run(['scan', '--json', '--config', `${EX}config.json`, `${EX}bec-wire-transfer.eml`]);
    expect(r.code).toBe(1);
    const v = JSON.parse(r.out);
    expect(v.schema).toBe('vigil.verdict/1');
    expect(v.verdict).not.toBe('clean');
    expect(v.signals.length).toBeGreaterThan(0);
    expect(v.signals[0].evidence.length).toBeGreaterThan(0);
  });

  it('exits 0 when every input is clean', async () => {
    const r = await run(['scan', '--config', `${EX}config.json`, `${EX}legit-invoice-approval.eml`]);
    expect(r.err).toBe('');
    expect(r.out).toContain('CLEAN');
    expect(r.code).toBe(0);
  });

  it('prints one JSON verdict per line in input order', async () => {
    const r = await run(['scan', '--json', `${EX}legit-invoice-approval.eml`, `${EX}credential-phish.eml`]);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((v) => v.target)).toEqual([
      `${EX}legit-invoice-approval.eml`,
      `${EX}credential-phish.eml`,
    ]);
  });

  it('reads one message from stdin with -', async () => {
    const r = await run(['scan', '--json', '-'], eml({ subject: 'from stdin' }).toString());
    expect(JSON.parse(r.out)).toMatchObject({ target: 'stdin', input: { subject: 'from stdin' } });
  });

  it('scans a directory recursively, sorted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-scan-'));
    writeFileSync(join(dir, 'b.eml'), eml({ subject: 'b' }));
    writeFileSync(join(dir, 'a.eml'), eml({ subject: 'a' }));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const r = await run(['scan', '--json', dir]);
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).input.subject),
    ).toEqual(['a', 'b']);
  });

  it('exits 2 naming the file that could not be analysed, and still scans the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-scan-'));
    writeFileSync(join(dir, 'garbage.eml'), Buffer.from([0, 1, 2, 3, 255, 254]));
    const r = await run([
      'scan',
      '--json',
      join(dir, 'missing.eml'),
      join(dir, 'garbage.eml'),
      `${EX}legit-invoice-approval.eml`,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.eml');
    expect(r.err).toContain('E_READ');
    expect(r.err).toContain('garbage.eml');
    expect(r.err).toContain('E_NOT_EMAIL');
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on usage errors and a bad config', async () => {
    expect((await run(['scan'])).code).toBe(2);
    expect((await run(['scan', '--kind', 'fax', 'x'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cfg-'));
    writeFileSync(join(dir, 'c.json'), '{"organization":{"domains":42}}');
    const r = await run(['scan', '--config', join(dir, 'c.json'), `${EX}legit-invoice-approval.eml`]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('organization.domains');
  });

  it('prints help and version', async () => {
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('scan');
    const sh = await run(['scan', '--help']);
    expect(sh.out).toContain('--json');
    expect(sh.out).toContain('Exit status');
    const v = await run(['--version']);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('human output shows verdict, score, reasons and evidence', async () => {
    const r = await run(['scan', '--config', `${EX}config.json`, `${EX}credential-phish.eml`]);
    expect(r.out).toMatch(/(SUSPICIOUS|MALICIOUS)\s+score \d\.\d\d/);
    expect(r.out).toContain('body:html');
  });
});

describe('vigil scan --kind url|domain', () => {
  it('gives URL and domain verdicts with the same exit codes', async () => {
    const r = await run(['scan', '--json', '--kind', 'url', 'http://paypal.com@198.51.100.7/login']);
    expect(JSON.parse(r.out).kind).toBe('url');
    expect(r.code).toBe(1);
    const d = await run(['scan', '--json', '--kind', 'domain', 'example.com']);
    expect(JSON.parse(d.out).kind).toBe('domain');
  });
});
