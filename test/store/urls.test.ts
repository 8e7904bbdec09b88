import { describe, expect, it } from 'vitest';
import { VERDICT_SCHEMA, type Verdict } from '../../src/core/index.js';
import { urlsOfVerdict } from '../../src/store/index.js';

const verdict = (texts: string[]): Verdict => ({
  schema: VERDICT_SCHEMA,
  kind: 'email',
  target: 'm.eml',
  verdict: 'malicious',
  score: 1,
  categories: [],
  signals: [
    {
      id: 'email.link.text_href_mismatch',
      category: 'phishing',
      severity: 'high',
      message: 'm',
      evidence: texts.map((text) => ({ where: 'body:html', text })),
    },
  ],
  model: null,
  skipped: [],
  input: {},
  elapsed_ms: 0,
});

describe('urlsOfVerdict', () => {
  it("stores a link's destination, not the URL shown as its text (issue 15, item 2)", () => {
    expect(
      urlsOfVerdict(
        verdict([
          '"https://accounts.contoso.example/security" -> http://login.contoso-support.test/verify?u=ana',
        ]),
      ),
    ).toEqual(['http://login.contoso-support.test/verify?u=ana']);
  });
  it('still stores URLs quoted elsewhere in evidence', () => {
    expect(urlsOfVerdict(verdict(['see "http://a.test/x" and http://b.test/y']))).toEqual([
      'http://a.test/x',
      'http://b.test/y',
    ]);
  });
});
