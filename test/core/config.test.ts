import { describe, expect, it } from 'vitest';
import { resolveConfig, loadConfig } from '../../src/config/index.js';
import { VigilError } from '../../src/core/index.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
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
    const c = resolveConfig({ brands: ['PayPal', 'Tailspin Toys', { name: 'Contoso Bank', domains: ['ContosoBank.example'] }], default_brands: false });
    expect(c.brands.map((b) => b.name)).toEqual(['PayPal', 'Tailspin Toys', 'Contoso Bank']);
    expect(c.brands[0]!.domains).toContain('paypal.com');
    expect(c.brands[2]!.domains).toEqual(['contosobank.example']);
  });

  it('names the offending field on a mistake', () => {
    expect(code(() => resolveConfig({ organization: { domains: 'fabrikam.example' } }))).toBe('E_CONFIG');
    expect(() => resolveConfig({ organization: { vips: [{ title: 'CFO' }] } })).toThrow(/organization\.vips\.0\.name/);
    expect(() => resolveConfig({ limits: { mime_parts: -1 } })).toThrow(/limits\.mime_parts/);
    expect(() => resolveConfig({ limits: { mime_parts: '1000' } })).toThrow(/limits\.mime_parts/);
    expect(() => resolveConfig({ unknown_key: 1 })).toThrow(/unknown_key|Unrecognized/);
  });

  it('keeps 0 as a real limit, never "default"', () => {
    expect(resolveConfig({ limits: { urls: 0 } }).limits.urls).toBe(0);
  });

  it('reports unreadable and invalid JSON files as E_CONFIG', () => {
    expect(code(() => loadConfig('/nonexistent/vigil.json'))).toBe('E_CONFIG');
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cfg-'));
    writeFileSync(join(dir, 'bad.json'), '{ "organization": ');
    expect(code(() => loadConfig(join(dir, 'bad.json')))).toBe('E_CONFIG');
  });
});
