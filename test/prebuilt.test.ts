/**
 * The tables the bundle carries instead of computing them at start-up (src/prebuilt.ts, written by
 * scripts/bundle.mjs): read back, they are what the code computes — the scam schemes' trie equal to
 * the one built from the lexicon, the brand-name index of a config equal to the one built by
 * tokenizing every name — and the bundle's copy (dist/bundle/prebuilt.json) is what the dist/ code
 * it was bundled from computes. Outside the bundle PREBUILT is undefined (every table computed).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDS, defaultConfig, type VigilConfig } from '../src/config/index.js';
import { buildBrandIndex } from '../src/email/names.js';
import { buildSchemeTrie, schemeTrieTables, trieFromTables } from '../src/email/scam-schemes.js';
import { PREBUILT } from '../src/prebuilt.js';
import { computePrebuilt } from '../src/prebuilt-build.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** As the bundle reads them: through JSON. */
const viaJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('prebuilt tables', () => {
  it('are not used outside the bundle', () => {
    expect(PREBUILT).toBeUndefined();
  });

  it('read the scam schemes trie back to the one built from the lexicon', () => {
    const built = buildSchemeTrie();
    const read = trieFromTables(viaJson(schemeTrieTables(built)));
    expect(read).toStrictEqual(built);
    expect(read.next.constructor).toBe(built.next.constructor);
    expect(read.parent.length).toBeGreaterThan(1000);
  });

  it('give the brand-name index that tokenizing every name gives', () => {
    const forms = viaJson(computePrebuilt().brandNames);
    const texts = DEFAULT_BRANDS.flatMap((b) => [b.name, ...(b.aliases ?? [])]);
    expect(Object.keys(forms).sort()).toEqual([...new Set(texts)].sort());
    const config = defaultConfig();
    expect(buildBrandIndex(config, forms)).toStrictEqual(buildBrandIndex(config, undefined));
    // a config's own brand (not in the tables) beside a default one, and a default name as an alias
    const own: VigilConfig = {
      ...config,
      brands: [
        { name: 'Acme Widgets', domains: ['acme.example'], aliases: ['Acme.com', 'Microsoft'] },
        config.brands[0]!,
      ],
    };
    expect(buildBrandIndex(own, forms)).toStrictEqual(buildBrandIndex(own, undefined));
  });

  const bundled = join(ROOT, 'dist', 'bundle', 'prebuilt.json');
  it.skipIf(!existsSync(bundled) || !existsSync(join(ROOT, 'dist', 'prebuilt-build.js')))(
    'in the bundle are what the dist/ code it was made from computes',
    async () => {
      const dist = (await import(join(ROOT, 'dist', 'prebuilt-build.js'))) as {
        computePrebuilt: typeof computePrebuilt;
      };
      const text = readFileSync(bundled, 'latin1');
      expect(/^[\x20-\x7e]*\n$/.test(text)).toBe(true); // ASCII, read as latin1
      expect(JSON.parse(text)).toStrictEqual(viaJson(dist.computePrebuilt()));
      // and the bundle reads it (the line of dist/prebuilt.js replaced)
      const chunks = ['cjs', 'js'].map((ext) =>
        readdirCode(join(ROOT, 'dist', 'bundle'), ext).some((c) => c.includes('/prebuilt.json')),
      );
      expect(chunks).toEqual([true, true]);
    },
  );
});

function readdirCode(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${ext}`))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
