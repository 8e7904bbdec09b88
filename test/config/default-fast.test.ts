import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';

// resolveConfig answers `{}` (no config file) from written-out defaults, without building zod's
// schemas (src/config/load.ts emptyConfigFile, defaultFilter): these must be what the schemas make.

/** The config modules as a fresh process has them (no schema built yet). */
async function fresh() {
  vi.resetModules();
  const load = await import('../../src/config/load.js');
  const schema = await import('../../src/config/schema.js');
  return { ...load, ...schema };
}

const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);

describe('config without a config file', () => {
  it('builds no schema for no config, {} or a file holding {}', async () => {
    const m = await fresh();
    expect(m.configSchemasBuilt()).toBe(false);
    m.loadConfig();
    m.loadConfig(undefined);
    m.defaultConfig();
    m.resolveConfig({});
    m.resolveConfig();
    m.resolveConfig(undefined);
    m.resolveConfig(null);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cfg-'));
    writeFileSync(join(dir, 'empty.json'), '{}\n');
    m.loadConfig(join(dir, 'empty.json'));
    expect(m.configSchemasBuilt()).toBe(false);
    // a valid file is read without them too (src/config/quick.ts) …
    writeFileSync(join(dir, 'ocr.json'), '{"ocr": true, "limits": {}, "filter": {}}');
    expect(m.loadConfig(join(dir, 'ocr.json')).ocr).toBe(true);
    expect(m.configSchemasBuilt()).toBe(false);
    // … an invalid one by the schemas (which word the error), built then, once
    writeFileSync(join(dir, 'bad.json'), '{"ocr": "yes"}');
    expect(() => m.loadConfig(join(dir, 'bad.json'))).toThrow(/ocr/);
    expect(m.configSchemasBuilt()).toBe(true);
    const built = m.configSchemas();
    expect(m.configSchemas()).toBe(built);
  });

  it('the written-out defaults are what the schemas make of {}', async () => {
    const m = await fresh();
    const { configSchema, filterSchema } = m.configSchemas();
    expect(same(m.emptyConfigFile(), configSchema.parse({}))).toBe(true);
    expect(same(m.defaultFilter(), filterSchema.parse({}))).toBe(true);
    expect(m.emptyConfigFile()).toStrictEqual(configSchema.parse({}));
    expect(m.defaultFilter()).toStrictEqual(filterSchema.parse({}));
  });

  it('resolves {} as the schema path resolves an equivalent config', async () => {
    const m = await fresh();
    const fast = m.resolveConfig({});
    expect(m.configSchemasBuilt()).toBe(false);
    // the same defaults spelled out: not empty, so parsed by the schema
    for (const input of [
      { ocr: false },
      { default_brands: true, trusted_authserv_ids: [] },
      { filter: {} },
      { $schema: undefined },
    ]) {
      const slow = m.resolveConfig(input);
      expect(same(slow, fast), JSON.stringify(input)).toBe(true);
      // default brands are the same objects (the built-in list), not copies
      slow.brands.forEach((b, i) => expect(b).toBe(fast.brands[i]));
    }
    expect(m.configSchemasBuilt()).toBe(true);
    // each call a fresh object: a caller that changes its config changes no other
    const again = m.resolveConfig({});
    expect(again).not.toBe(fast);
    expect(again.filter).not.toBe(fast.filter);
    expect(again.filter.policy).not.toBe(fast.filter.policy);
    expect(same(again, fast)).toBe(true);
  });

  it('still refuses what is not an empty object', async () => {
    const m = await fresh();
    const code = (input: unknown) => {
      try {
        m.resolveConfig(input);
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return undefined;
    };
    expect(code([])).toBe('E_CONFIG');
    expect(code('x')).toBe('E_CONFIG');
    expect(code(7)).toBe('E_CONFIG');
    expect(code({ nope: 1 })).toBe('E_CONFIG');
    expect(code(Object.create(null))).toBe(code(Object.assign(Object.create(null), {})));
  });
});
