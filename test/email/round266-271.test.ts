/**
 * Blind rounds 266-271 (written by helpers who never saw Vigil), scored at arrival; only their false
 * alarms were read. A vet's payroll coordinator replying "Re: new bank details" to refuse a change by
 * email; a pet owner who "paid the balance for Mochi's invoice by bank transfer this morning"; an
 * electrician's quote paid, "as always, to my account you already have"; a Proofpoint-rewritten
 * address pasted as a link's text over the same rewritten href. Each beside the lure it must still
 * catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a reply that refuses a bank change by email announces none (round 266)', () => {
  const refusal =
    "Thanks for letting me know about the new account. For security we can't change bank details from an email. Could you update it yourself in the portal? Then I'll pay invoice 2026-014.";
  it('"Re: new bank details" with the refusal', async () => {
    const v = await scan({
      from: 'Mei Lin <meilin@vets.example>',
      subject: 'Re: new bank details',
      text: refusal,
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"Re: new bank details" announcing the account still is a change', async () => {
    const v = await scan({
      from: 'Accounts <accounts@supplier.example>',
      subject: 'Re: new bank details',
      text: 'As discussed, please note our new bank details below and use them for invoice 2026-014: IBAN AU12 3456.',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('the refusal does not excuse a subject that is not a reply', async () => {
    const v = await scan({
      from: 'Accounts <accounts@supplier.example>',
      subject: 'New bank details',
      text: refusal,
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('a bill the writer paid is no ask (round 266)', () => {
  it('"I paid the balance for Mochi\'s invoice (88140) by bank transfer this morning"', async () => {
    const v = await scan({
      from: 'Linh <linh.tran@outlook.example>',
      subject: 'Payment for Mochi',
      text: "Hi, I paid the balance for Mochi's invoice (88140) of $412.50 by bank transfer this morning - screenshot attached. Can you let me know when it's come through?",
    });
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.content.payment_request');
  });
  it('"I sent the invoice, please pay $412.50 by bank transfer this morning" still asks', async () => {
    const v = await scan({
      from: 'Linh <linh.tran@outlook.example>',
      subject: 'Invoice',
      text: 'I sent the invoice yesterday. Please pay the $412.50 by bank transfer this morning.',
    });
    expectFires(v, 'email.content.urgent_payment');
  });
});

describe('money to the account the reader already holds is no ask (round 271)', () => {
  for (const text of [
    'Mano de obra y materiales: $ 14.280.000. Como siempre, transferencia a mi cuenta del Provincia que ya tienen.',
    'Labour and materials: USD 14,280. As always, bank transfer to my account you already have on file.',
  ])
    it(text, async () => {
      const v = await scan({
        from: 'Sergio <gomez.instalaciones@gmail.example>',
        subject: 'presupuesto',
        text,
      });
      expectAbsent(v, 'email.content.payment_request');
    });
  it('"pay invoice 88 by bank transfer" with a sum still asks', async () => {
    const v = await scan({
      from: 'Sergio <gomez.instalaciones@gmail.example>',
      subject: 'presupuesto',
      text: 'Labour and materials: USD 14,280. Please pay invoice 88 by bank transfer.',
    });
    expectFires(v, 'email.content.payment_request');
  });
});

describe('a rewritten address as a link text shows its destination (round 271)', () => {
  const wrapped =
    'https://urldefense.com/v3/__https://nexopagos.coupahost.example/sessions/supplier_login__;!!Nx4fPa!k2Vm8Qz1$';
  it('Proofpoint on both sides: no mismatch', async () => {
    const v = await scan({
      from: 'Paula <pgimenez@nexopagos.example>',
      html: `<p>Cargá la factura en el portal: <a href="${wrapped}">${wrapped}</a></p>`,
    });
    expectAbsent(v, 'email.link.text_href_mismatch');
  });
  it('a wrapped address shown over a link elsewhere still is one', async () => {
    const v = await scan({
      from: 'Paula <pgimenez@nexopagos.example>',
      html: `<p>Cargá la factura en el portal: <a href="https://login-portal.evil.example/s">${wrapped}</a></p>`,
    });
    const s = expectFires(v, 'email.link.text_href_mismatch');
    expect(s.message).toContain('coupahost.example');
  });
});
