/**
 * Rules added in the session of the tenth probe round (test/fixtures/README.md, "probes/"), each
 * with the legitimate look-alike it must leave alone:
 * - a payment the reader is asked to keep from colleagues is CEO fraud's own move: strong.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('email.content.secrecy_urgency: a payment kept secret', () => {
  const ID = 'email.content.secrecy_urgency';
  it('is high (strong) when a payment ask comes with "do not discuss it with anyone", and flags the message', async () => {
    const v = await scan({
      from: 'Jonathan Reeve <j.reeve@reeve-ashford.example>',
      to: 'Maria Okafor <m.okafor@hollandbakeries.example>',
      text: 'I am outside counsel on a confidential acquisition. Please do not discuss it with anyone else in the company until the announcement. We need to place a good-faith deposit of $1,250,000 into escrow today. Please confirm you are able to initiate an international transfer before the 2:00 PM cut-off.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
    expect(v.verdict).not.toBe('clean');
  });
  it('is high when an urgent wire sits beside a "confidential payment" label', async () => {
    const v = await scan({
      from: 'Willie Fischer <w.fischer@parkside.example>',
      to: 'jeremy@parkside.example',
      subject: 'Confidential Payment',
      text: 'Please process the $17,736 wire transfer today, it is urgent and must go out before noon.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'high' });
    expect(v.verdict).not.toBe('clean');
  });
  it('stays medium for a "confidential matter" label beside a payment without time pressure', async () => {
    const v = await scan({
      from: 'Anna Berg <anna.berg@lindqvist-law.example>',
      to: 'Tom Hale <tom.hale@client.example>',
      text: 'Regarding the confidential matter we discussed, our invoice of $4,200 for March is attached. Please remit payment within 30 days as usual.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'medium' });
    expect(v.verdict).toBe('clean');
  });
  it('stays medium in a newsletter that quotes such a request', async () => {
    const v = await scan({
      from: 'Patchwork Weekly <news@patchworkweekly.example>',
      to: 'reader@example.com',
      text: 'A manufacturer nearly lost six figures. The key line: "Do not discuss this with anyone else in finance. Please wire the $187,450 today." What stopped it: a call-back.\n\nUnsubscribe: https://patchworkweekly.example/unsubscribe?u=1',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'medium' });
    expectAbsent(v, 'email.content.gift_card');
  });
  it("stays medium in a warning that quotes the scam's words", async () => {
    const v = await scan({
      from: 'IT Security <security@contoso.example>',
      to: 'all-staff@contoso.example',
      text: 'Messages impersonating our CEO ask staff to make urgent wire transfers today and say "keep this between us". Our executives will never ask for this.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'medium' });
    expect(v.verdict).toBe('clean');
  });
});
