/**
 * A shop platform's order mail for a merchant (From store+…@t.shopifyemail.com, Reply-To the
 * merchant's own address): the merchant's order-status link (`/orders/<hash>/authenticate?key=…`)
 * is the sender's own site, so the URL model's opinion of it is context (low), as for a
 * colleague's link to their own intranet. The same link in mail from any other sender keeps its
 * weight (the shipped URL model scores it about 0.86).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';

const LINK =
  'https://ridgewaycoffee.co.uk/71204418/orders/7b85efd42372f562b1177006f907a432/authenticate?key=f23ac523d86ad9ea839cf3b5c5ea5927';
const html = `<p>Thank you for your purchase! Total £22.50.</p><p><a href="${LINK}">View your order</a></p>`;

async function urlModelSeverity(o: EmlOptions): Promise<string | undefined> {
  const v = await analyzeEmail(
    eml({ to: 'emma@mail.example', subject: 'Order #4417 confirmed', html, ...o }),
    {
      config: resolveConfig({}),
      scorer: null,
    },
  );
  return v.signals.find((s) => s.id === 'url.model.phishing')?.severity;
}

describe("the URL model on a merchant's own shop in a platform's order mail", () => {
  it('is context (low) when From is the shop platform and Reply-To the merchant', async () => {
    expect(
      await urlModelSeverity({
        from: 'Ridgeway Coffee <store+71204418@t.shopifyemail.com>',
        headers: { 'Reply-To': 'Ridgeway Coffee <hello@ridgewaycoffee.co.uk>' },
      }),
    ).toBe('low');
  });
  it('keeps its weight when the mail comes from anyone else', async () => {
    // the shipped URL model reads this order-status path as a kit's (medium or high)
    expect(
      await urlModelSeverity({
        from: 'Ridgeway Coffee <orders@ridgeway-orders.example>',
        headers: { 'Reply-To': 'Ridgeway Coffee <hello@ridgewaycoffee.co.uk>' },
      }),
    ).toMatch(/^(?:medium|high)$/);
  });
});
