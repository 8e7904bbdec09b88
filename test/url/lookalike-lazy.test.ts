/**
 * Start-up (issue 13): the lookalike index and the DGA tables of a runtime are built on first use,
 * once. `vigil scan one.eml` of a message with no link and no foreign sender domain never reads
 * them, and a runtime that builds them late gives the verdicts of one that built them first.
 * (This file holds the only runtimes of its process, so the build counter is this file's.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/index.js';
import type { Verdict } from '../../src/core/index.js';
import { createVigil } from '../../src/index.js';
import { lookalikeTableBuilt } from '../../src/url/confusables.js';
import { lookalikeIndexBuilds } from '../../src/url/lookalike.js';
import { eml } from '../helpers/eml.js';

const config = defaultConfig();
const strip = ({ elapsed_ms: _e, ...rest }: Verdict) => rest;
const bec = readFileSync(new URL('../../examples/bec-wire-transfer.eml', import.meta.url));
const phish = eml({
  from: 'PayPal Service <service@paypa1-secure.example>',
  subject: 'Your account is limited',
  html: '<p>Confirm your details: <a href="https://paypa1.com/signin">https://www.paypal.com/signin</a></p>',
});

describe('the lookalike index, built lazily', () => {
  it('is not built by createVigil nor by a scan that needs no lookalike check; built once on first use', async () => {
    const before = lookalikeIndexBuilds();
    const lazy = createVigil(config);
    expect(lookalikeIndexBuilds()).toBe(before);
    const becVerdict = await lazy.scan('email', bec);
    expect(becVerdict.signals.length).toBeGreaterThan(0);
    expect(lookalikeIndexBuilds()).toBe(before);
    // nor the confusables table: the default brand names' accented letters are below U+0180
    expect(lookalikeTableBuilt()).toBe(false);

    const domain = await lazy.scan('domain', 'paypa1.com');
    expect(domain.signals.map((s) => s.id)).toContain('domain.lookalike.homoglyph');
    expect(lookalikeIndexBuilds()).toBe(before + 1);
    await lazy.scan('email', phish);
    await lazy.scan('url', 'https://micros0ft-login.example/verify');
    expect(lookalikeIndexBuilds()).toBe(before + 1);

    // a runtime whose index and tables were built before anything else gives the same verdicts
    const eager = createVigil(config);
    expect(strip(await eager.scan('domain', 'paypa1.com'))).toEqual(strip(domain));
    expect(lookalikeIndexBuilds()).toBe(before + 2);
    expect(strip(await eager.scan('email', bec))).toEqual(strip(becVerdict));
    const late = createVigil(config);
    const phishLate = strip(await late.scan('email', phish));
    expect(phishLate).toEqual(strip(await eager.scan('email', phish)));
    expect(phishLate.signals.length).toBeGreaterThan(0);
    for (const d of ['xkqzvbwpty.com', 'arnazon.com', 'example.com'])
      expect(strip(await late.scan('domain', d))).toEqual(strip(await eager.scan('domain', d)));
  });
});
