/**
 * email.content.prize_claim: a prize, reward, payout or airdrop to claim. An ask like any other: a
 * shop's own loyalty mail stays clean (no deception), the same words under a brand's name on a
 * stranger's domain are the lure itself.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.prize_claim';
const scan = (text: string, from = 'Rewards <rewards@shop.example>', subject = 'Hello') =>
  analyzeEmail(eml({ from, to: 'ana@corp.example', subject, text }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe('email.content.prize_claim', () => {
  it.each([
    'Congratulations! You have been selected to receive a reward. Claim your reward now.',
    'Your Celsius claim is now available for withdrawal. Withdraw your funds today.',
    'Claim your cashback of up to 5000 USDT before the programme closes.',
    'Livelo informa: resgate seus pontos agora, eles vão expirar amanhã.',
    'Ihre Belohnung wartet auf Sie: jetzt bestätigen und abholen.',
  ])('fires for %s', async (text) => {
    const s = expectFires(await scan(text), ID);
    expect(s.severity).toBe('low');
    expect(s.evidence.length).toBeGreaterThan(0);
  });
  it.each([
    ['a receipt for points already spent', 'You redeemed 500 points on your last order. Thank you!'],
    ['a withdrawal the reader made', 'Your withdrawal of $200 was processed on 3 March.'],
    ['a company announcing its own results', 'Our team won the regional innovation prize this year.'],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
  it("is only an ask: a shop's own reward mail stays clean", async () => {
    const v = await scan('You have earned 200 points. Claim your reward in the app before Sunday.');
    expectFires(v, ID);
    expect(v.verdict).toBe('clean');
    expect(v.explanation?.gate?.deception).toBe(false);
  });
  it("beside a brand's name on a stranger's domain it confirms the evidence gate", async () => {
    const v = await scan(
      'Congrats! You have won a Starbucks Stanley Cup. Claim your reward now.',
      'Starbucks - Thank You! <info@secaccinfo.example>',
    );
    expectFires(v, ID);
    expectFires(v, 'email.sender.brand_display_name');
    expect(v.explanation?.gate).toMatchObject({ open: true, ask: true, deception: true, confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it('is not company business: a free mail sender offering a prize is not freemail_business_ask', async () => {
    const v = await scan('Claim your reward now, you have been selected!', 'Tom <tom.k@gmail.com>');
    expectFires(v, ID);
    expectAbsent(v, 'email.sender.freemail_business_ask');
  });
});
