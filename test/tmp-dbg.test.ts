import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findPhones, contentSegments } from '../src/email/content.js';
import { findSchemes } from '../src/email/scam-schemes.js';
import { analyzeEmailFacts } from '../src/email/analyzer.js';
import { resolveConfig } from '../src/config/index.js';
it('dbg', async () => {
  const r: any = await (analyzeEmailFacts as any)(readFileSync(process.env.F!), { config: resolveConfig({}), scorer: null });
  const facts = r.facts ?? r;
  const segs = contentSegments(facts);
  console.log('PHONES', findPhones(segs).map((p) => p.match));
  console.log('SCHEMES', findSchemes(segs).map((s) => s.scheme + ':' + s.hits.map((h) => h.match).join('|')));
});
