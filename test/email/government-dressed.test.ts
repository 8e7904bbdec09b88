/**
 * Domains dressed as a government's (src/email/dressed-domain.ts): "gov" written into a name outside
 * any government suffix, as the sender or as a link's host; a government's own domain, a service
 * whose name merely starts with "gov", and a gateway-wrapped government link are left alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { governmentDressing } from '../../src/email/dressed-domain.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Reembolso', ...o }), { config, scorer: null });
const FROM_ID = 'email.sender.government_dressed_domain';
const LINK_ID = 'email.link.government_dressed_host';

describe('government-dressed domains', () => {
  it('reads "gov" written into a name outside a government suffix', () => {
    expect(governmentDressing('at-financas-gov.pt')).toBe('gov');
    expect(governmentDressing('reembolso-at.gov-pt.online')).toBe('gov');
    expect(governmentDressing('impots-gouv-remboursement.com')).toBe('gouv');
    expect(governmentDressing('portaldasfinancas.gov.pt')).toBeUndefined();
    expect(governmentDressing('www.irs.gov')).toBeUndefined();
    expect(governmentDressing('public.govdelivery.com')).toBeUndefined();
    expect(governmentDressing('egov-systems.com')).toBeUndefined();
  });
  it('fires for the sender and the link of a tax-refund lure, and flags it', async () => {
    const v = await scan({
      from: 'Portal das Finanças <notificacoes@at-financas-gov.pt>',
      to: 'contribuinte@example.pt',
      text: 'Tem um reembolso de IRS de 487,32 EUR. Confirme o seu IBAN em https://reembolso-at.gov-pt.online/iban',
    });
    expectFires(v, FROM_ID);
    expect(expectFires(v, LINK_ID).message).toContain('gov-pt.online');
    expect(v.verdict).not.toBe('clean');
  });
  it("stays silent for the tax office's own mail and a GovDelivery newsletter", async () => {
    const own = await scan({
      from: 'Portal das Finanças <noreply@portaldasfinancas.gov.pt>',
      to: 'contribuinte@example.pt',
      text: 'A sua declaração foi recebida. Consulte https://www.portaldasfinancas.gov.pt/',
    });
    expectAbsent(own, FROM_ID);
    expectAbsent(own, LINK_ID);
    const news = await scan({
      from: 'City of Springfield <springfield@public.govdelivery.com>',
      to: 'resident@example.com',
      text: 'Road works next week: https://content.govdelivery.com/accounts/SPR/bulletins/1',
    });
    expectAbsent(news, FROM_ID);
    expectAbsent(news, LINK_ID);
  });
});
