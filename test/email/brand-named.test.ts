/**
 * A domain one typing edit from a brand's is evidence of imitation only in mail that presents itself
 * as that brand: Il Post's own newsletter from ilpost.it (inpost.pl one bit away) names Il Post,
 * never InPost. The same domain in a parcel lure that says "InPost" stays a high lookalike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';

const config = resolveConfig({});
const scan = (from: string, subject: string, html: string) =>
  analyzeEmail(eml({ from, to: 'lettore@example.it', subject, html }), { config, scorer: null });
const severities = (v: Awaited<ReturnType<typeof scan>>, id: string) =>
  v.signals.filter((s) => s.id === id).map((s) => s.severity);

describe('a typosquat of a brand the message never names', () => {
  it("is context in a publisher's own newsletter", async () => {
    const v = await scan(
      'Il Post <newsletter@ilpost.it>',
      'Il Post - Le notizie di oggi',
      '<p>Le notizie di oggi, spiegate bene.</p><p><a href="https://www.ilpost.it/2026/12/03/manovra/">La manovra</a></p><p>Per leggere senza limiti, <a href="https://www.ilpost.it/abbonati/">abbonati</a>: accedi con il tuo account.</p>',
    );
    expect(severities(v, 'email.sender.lookalike_domain')).toEqual(['low']);
    expect(severities(v, 'domain.lookalike.typosquat')).toEqual(['low']);
    expect(v.verdict).toBe('clean');
  });
  it('is still high when the message speaks as the brand', async () => {
    const v = await scan(
      'InPost <powiadomienia@ilpost.it>',
      'InPost: paczka czeka na dopłatę',
      '<p>Twoja paczka InPost czeka w paczkomacie. Dopłać 2,99 zł, aby ją odebrać.</p><p><a href="https://www.ilpost.it/odbior">Zapłać</a></p>',
    );
    expect(severities(v, 'email.sender.lookalike_domain')).toEqual(['high']);
    expect(severities(v, 'domain.lookalike.typosquat')).toEqual(['high']);
    expect(v.verdict).not.toBe('clean');
  });
});
