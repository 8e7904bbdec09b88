/**
 * The tables of src/prebuilt.ts, computed: run by scripts/bundle.mjs on dist/ when it makes the
 * bundle (and by test/prebuilt.test.ts). Not imported by any runtime module.
 */
import { DEFAULT_BRANDS } from './config/brands.js';
import { brandNameForm, type BrandNameForm } from './email/names.js';
import { schemeTrieTables } from './email/scam-schemes.js';
import type { Prebuilt } from './prebuilt.js';

export function computePrebuilt(): Prebuilt {
  const brandNames: Record<string, BrandNameForm> = {};
  for (const brand of DEFAULT_BRANDS)
    for (const text of [brand.name, ...(brand.aliases ?? [])]) brandNames[text] = brandNameForm(text);
  return { brandNames, schemeTrie: schemeTrieTables() };
}
