import { describe, expect, it } from 'vitest';
import { resolveConfig, loadConfig } from '../../src/config/index.js';
import { LIMIT_MINIMUMS, VigilError } from '../../src/core/index.js';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as VigilError).code;
  }
  return undefined;
};

describe('config', () => {
  it('works without a config: default brands, no org checks', () => {
    const c = resolveConfig({});
    expect(c.organization.domains).toEqual([]);
    expect(c.brands.find((b) => b.name === 'Microsoft')?.domains).toContain('microsoftonline.com');
    expect(c.limits.mime_parts).toBe(1000);
  });

  it('resolves plain brand names from the default list and adds custom ones', () => {
    const c = resolveConfig({
      brands: [
        'PayPal',
        'docusign',
        { name: 'Tailspin Toys' },
        { name: 'Contoso Bank', domains: ['ContosoBank.example'] },
      ],
      default_brands: false,
    });
    expect(c.brands.map((b) => b.name)).toEqual(['PayPal', 'DocuSign', 'Tailspin Toys', 'Contoso Bank']);
    expect(c.brands[0]!.domains).toContain('paypal.com');
    expect(c.brands[3]!.domains).toEqual(['contosobank.example']);
  });

  // a typo used to become a brand with no domains: with default_brands false, protection was off
  it('rejects a plain brand name the built-in list does not hold, naming the field and the known names', () => {
    expect(code(() => resolveConfig({ brands: ['NoSuchBrand'], default_brands: false }))).toBe('E_CONFIG');
    expect(() => resolveConfig({ brands: ['PayPal', 'NoSuchBrand'] })).toThrow(
      /brands\.1: unknown brand "NoSuchBrand" \(known: Microsoft, Google, .*PayPal/,
    );
  });

  it('names the offending field on a mistake', () => {
    expect(code(() => resolveConfig({ organization: { domains: 'fabrikam.example' } }))).toBe('E_CONFIG');
    expect(() => resolveConfig({ organization: { vips: [{ title: 'CFO' }] } })).toThrow(
      /organization\.vips\.0\.name/,
    );
    expect(() => resolveConfig({ limits: { mime_parts: -1 } })).toThrow(/limits\.mime_parts/);
    expect(() => resolveConfig({ limits: { mime_parts: '1000' } })).toThrow(/limits\.mime_parts/);
    expect(() => resolveConfig({ unknown_key: 1 })).toThrow(/unknown_key|Unrecognized/);
  });

  it('keeps a limit at its minimum as given, never "default"', () => {
    expect(resolveConfig({ limits: { urls: 1 } }).limits.urls).toBe(1);
    expect(resolveConfig({ limits: { ...LIMIT_MINIMUMS } }).limits).toEqual(LIMIT_MINIMUMS);
  });

  // 0 did not switch a check off: every message looked empty and every verdict was clean
  it.each(Object.entries(LIMIT_MINIMUMS))(
    'rejects limits.%s below its minimum %i, naming the field',
    (name, min) => {
      expect(code(() => resolveConfig({ limits: { [name]: min - 1 } }))).toBe('E_CONFIG');
      expect(() => resolveConfig({ limits: { [name]: 0 } })).toThrow(
        new RegExp(`limits\\.${name}: must be an integer of at least ${min}`),
      );
    },
  );

  it('documents every limit with its minimum in the README limits table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Limits'), readme.indexOf('## The verdict'));
    const minimumOf = new Map<string, string>();
    for (const line of section.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length < 5 || !cells[1]!.startsWith('`')) continue;
      const names = [...cells[1]!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
      const mins = cells[3]!.split('/').map((m) => m.trim());
      names.forEach((n, i) => minimumOf.set(n, mins[i] ?? ''));
    }
    // the cell starts with the integer the config takes (`1024 (1 KiB)`, `100 ms`)
    for (const [name, min] of Object.entries(LIMIT_MINIMUMS))
      expect(minimumOf.get(name)?.match(/^\d+/)?.[0], name).toBe(String(min));
  });

  it('reports unreadable and invalid JSON files as E_CONFIG', () => {
    expect(code(() => loadConfig('/nonexistent/vigil.json'))).toBe('E_CONFIG');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cfg-'));
    writeFileSync(join(dir, 'bad.json'), '{ "organization": ');
    expect(code(() => loadConfig(join(dir, 'bad.json')))).toBe('E_CONFIG');
  });
});

describe('server.body_limit_bytes', () => {
  it('refuses 0 (every request would be refused) and accepts 1 KiB', () => {
    expect(() => resolveConfig({ server: { body_limit_bytes: 0 } })).toThrow(
      /server\.body_limit_bytes: must be an integer of at least 1024/,
    );
    expect(resolveConfig({ server: { body_limit_bytes: 1024 } }).server.bodyLimitBytes).toBe(1024);
  });
});
