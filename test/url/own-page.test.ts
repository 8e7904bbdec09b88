/**
 * A brand's own page: the phishing-URL model's opinion of its words is not evidence of phishing
 * (`vigil scan --kind url https://www.paypal.com/myaccount/…` said malicious 0.98), but only hosts
 * the brand really runs count as its own — not every site under a public suffix a brand is listed
 * by (gov.br, gov.uk), nor a hosting customer's machine named under its provider's domain.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeUrl, inspectUrl, pageOwnersOf } from '../../src/url/index.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});

describe("a URL verdict on a brand's own page", () => {
  it('is clean although the shipped model scores the words high, and still shows the model', () => {
    const v = analyzeUrl('https://www.paypal.com/myaccount/transaction/details/9X123456AB7890123', {
      config,
    });
    expect(v.model!.score).toBeGreaterThan(0.5);
    expect(v.verdict).toBe('clean');
    expect(v.explanation?.gate?.open).toBe(false);
    expectAbsent(v, 'url.model.phishing');
  });
  it('leaves a general shortener or a redirector on a brand domain to the model', () => {
    for (const u of [
      'https://t.co/Ab3CdE5fGh',
      'https://outlook.live.com/owa/redir.aspx?REF=wtoMKrlrtyYAhogr60qK',
    ]) {
      const v = analyzeUrl(u, { config });
      expect(v.explanation?.gate).toBeUndefined();
      expect(v.score).toBe(v.model!.score);
    }
  });
});

describe('who runs a page', () => {
  it('a brand listed by a public suffix does not own every site under it', () => {
    expect(pageOwnersOf('www.paypal.com', config)).toEqual(['brand:PayPal']);
    expect(pageOwnersOf('www.camarasantaluzia.rs.gov.br', config)).toEqual([]);
    expect(pageOwnersOf('caixa.gov.br', config)).toEqual(['brand:Caixa']);
  });
  it("judges a municipality's page under gov.br and a hosting customer's machine", () => {
    for (const u of [
      'http://www.camarasantaluzia.rs.gov.br/administrator/modules/mod_docman/home/0e585df33ae214ed0efa8de9ff1010be/',
      'https://bancoseguro-acesso.centralindia.cloudapp.azure.com/ssl/caixa.gov.br/web/acesso.php',
      'https://n3plcpnl0212.prod.phx3.secureserver.net/~acct/pp/Acc.htm',
    ])
      expectFires(inspectUrl(u, { config, where: 'body:html' }), 'url.model.phishing');
  });
});
