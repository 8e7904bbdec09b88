/**
 * email.content.data_request: sensitive records asked for (the W-2 and vendor-list BEC). An ask:
 * beside a deception (a free mail address signing as an executive) it flags; between colleagues
 * on the company's own domain it does not.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.data_request';
const scan = (text: string, from = 'Mark Davies <mark.davies@northwind.example>') =>
  analyzeEmail(eml({ from, to: 'hr@northwind.example', subject: 'Request', text }), {
    config: resolveConfig({ organization: { name: 'Northwind', domains: ['northwind.example'] } }),
    scorer: null,
  });

describe('email.content.data_request', () => {
  it.each([
    'I need copies of all employee W-2 forms for 2024 in PDF. Please send them to me here.',
    'Can you send me the W-2s for the whole team before noon?',
    'Please reply with the vendor list and the bank account numbers of each supplier we pay by ACH.',
    'Could you export the payroll register and email it to me today?',
  ])('fires for %s', async (text) => {
    expect(expectFires(await scan(text), ID).severity).toBe('medium');
  });
  it.each([
    [
      'a notice that W-2s are available in the portal',
      'Your 2024 W-2 is now available in the employee portal.',
    ],
    [
      'a vendor list mentioned, nothing asked',
      'The vendor list was reviewed at the audit committee meeting.',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
  it('flags beside a free mail address signing as the CEO, not between colleagues', async () => {
    const text =
      'I need copies of all employee W-2 forms for 2024 in PDF. Please send them to me here as soon as you can.\nMark Davies, CEO';
    const fake = await scan(text, 'Mark Davies <mark.davies.exec@gmail.com>');
    expectFires(fake, ID);
    expect(fake.verdict).not.toBe('clean');
    const colleague = await scan(text);
    expectFires(colleague, ID);
    expect(colleague.verdict).toBe('clean');
  });
});
