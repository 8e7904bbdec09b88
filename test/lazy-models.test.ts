/**
 * Models load lazily and once (issue 13, start-up): `createVigil` reads the email model (every
 * message is scored with it) and a configured model file, but the shipped URL and domain models
 * only when a scan first needs them, so `vigil scan one.eml` with no link and no sender domain to
 * judge never reads them; the wording model only at a message whose gate it can decide. (This file is
 * a process of its own: nothing else has loaded a model.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type VigilConfig } from '../src/config/index.js';
import { isVigilError } from '../src/core/index.js';
import { loadedModelFiles } from '../src/models.js';
import { createVigil } from '../src/vigil.js';

const read = () => loadedModelFiles().map((p) => basename(p));
const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url));
/** A verdict's JSON without its one varying field. */
const stable = ({ elapsed_ms: _e, ...rest }: { elapsed_ms?: number }) => JSON.stringify(rest);
/** The error code `createVigil` throws for this config, or undefined when it starts. */
function startError(config: VigilConfig): string | undefined {
  try {
    createVigil(config);
  } catch (e) {
    return isVigilError(e) ? e.code : 'not a VigilError';
  }
  return undefined;
}

describe('model loading', () => {
  it('reads the URL and domain models at the first scan that needs them, once', async () => {
    const config = defaultConfig();
    const vigil = createVigil(config);
    expect(read()).toEqual(['email.json']);
    // a BEC message with no link, from free mail: no URL or domain model needed
    const bec = await vigil.scan('email', example('bec-wire-transfer.eml'));
    expect(read()).toEqual(['email.json']);
    // a message with links: both read now
    const phish = await vigil.scan('email', example('credential-phish.eml'));
    expect(read().sort()).toEqual(['domain.json', 'email.json', 'url.json']);

    // the same verdicts from a runtime whose models were all read before its first scan
    const eager = createVigil(config);
    await eager.scan('url', 'http://login.example.test/verify');
    expect(stable(await eager.scan('email', example('bec-wire-transfer.eml')))).toBe(stable(bec));
    expect(stable(await eager.scan('email', example('credential-phish.eml')))).toBe(stable(phish));
    expect(read().length).toBe(3); // once per file
  });

  it("names every kind's model, and reads a configured model file at once (a broken one is E_MODEL at start)", () => {
    const vigil = createVigil(defaultConfig());
    expect(vigil.kindInfo.map((k) => k.model?.name)).toEqual(['email', 'url', 'domain']);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-lazy-'));
    const broken = join(dir, 'url.json');
    writeFileSync(broken, '{ not json');
    const config = { ...defaultConfig(), models: { url: broken } };
    expect(startError(config)).toBe('E_MODEL');
  });

  it('reads the wording model only at a message with a deception and no ask; a configured one that is not text-only is E_MODEL at start', async () => {
    const vigil = createVigil(defaultConfig());
    await vigil.scan('email', example('bec-wire-transfer.eml'));
    expect(read()).not.toContain('email_wording.json');
    // a brand's name on a stranger's domain, and wording no rule reads as an ask
    const v = await vigil.scan(
      'email',
      'From: "PayPal" <team@northwind-mailer.example>\r\nTo: bob@recipient.example\r\nSubject: Spring catalogue\r\n\r\nOur spring catalogue is out, with forty new titles from independent publishers.\r\n',
    );
    expect(read()).toContain('email_wording.json');
    expect(typeof v.explanation?.gate?.wording_score).toBe('number');
    // the email model is a model, but not a text-only one
    const config = {
      ...defaultConfig(),
      models: { email_wording: new URL('../models/email.json', import.meta.url).pathname },
    };
    expect(startError(config)).toBe('E_MODEL');
  });
});
