/**
 * The evidence gate's third way in (EvidenceGate.areaOf): firm deceptions in two different areas of
 * a message, a disguised sender and text hidden from the reader, open the gate without an ask the
 * rules can read (the lure's ask is in a picture or a language the phrase lists do not hold). One
 * disguise alone, or two about the same thing, keeps it closed.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail, deceptionArea } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const FILLER =
  'Thank you for registering with us, we are really happy to have you here. Nous vous remercions de votre confiance. '.repeat(
    18,
  );
const DECOY_FROM = '"Ihr Partner fuer die Sicherheit zu Hause", jehd <service@club-news.example>';
const html = (hidden: string) =>
  `<html><body><div style="display:none">${hidden}</div>` +
  '<p>Einfache Installation in wenigen Minuten, ganz ohne Werkzeug.</p></body></html>';
const scan = (from: string, body: string) =>
  analyzeEmail(eml({ from, to: 'ana@corp.example', subject: 'Einfache Installation', html: body }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe('corroborated deception (two disguises, no ask)', () => {
  it('opens the gate for a decoy sender name beside a block of hidden filler', async () => {
    const v = await scan(DECOY_FROM, html(FILLER));
    expectFires(v, 'email.sender.from_name_decoy');
    expectFires(v, 'email.hidden.hidden_text');
    expect(v.explanation?.gate).toMatchObject({
      open: true,
      ask: false,
      corroborated: true,
      confirmed: false,
    });
    expect(v.verdict).not.toBe('clean');
  });
  it('keeps a newsletter with the same hidden filler but an honest sender closed', async () => {
    const v = await scan('Club News <news@club-news.example>', html(FILLER));
    expectFires(v, 'email.hidden.hidden_text');
    expectAbsent(v, 'email.sender.from_name_decoy');
    expect(v.explanation?.gate).toMatchObject({ open: false, corroborated: false });
    expect(v.verdict).toBe('clean');
  });
  it("keeps a newsletter's short hidden preheader beside the decoy name closed (one disguise)", async () => {
    const v = await scan(DECOY_FROM, html('Neu: unsere Sommerangebote'));
    expectAbsent(v, 'email.hidden.hidden_text');
    expect(v.explanation?.gate).toMatchObject({ open: false, corroborated: false });
    expect(v.verdict).toBe('clean');
  });
  it('reads sender and authentication as one area, links, URLs and domains as another', () => {
    const sig = (id: string) => ({
      id,
      category: 'impersonation' as const,
      severity: 'medium' as const,
      message: '',
      evidence: [],
    });
    expect(deceptionArea(sig('email.auth.dmarc_fail'))).toBe(
      deceptionArea(sig('email.sender.from_name_decoy')),
    );
    expect(deceptionArea(sig('url.model.phishing'))).toBe(
      deceptionArea(sig('email.link.text_href_mismatch')),
    );
    expect(deceptionArea(sig('domain.dga'))).toBe('links');
    expect(deceptionArea(sig('email.hidden.hidden_text'))).not.toBe(
      deceptionArea(sig('email.sender.from_name_decoy')),
    );
  });
});
