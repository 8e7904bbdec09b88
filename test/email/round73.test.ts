/**
 * From the seventy-third round of hand-made mail (nail salons in Houston and Dallas; Vietnamese and
 * English): its one false alarm added by this release's Vietnamese rules, read after the round was
 * scored (its attacks stay unread). An accountant's note saying her office never changes its bank
 * account, signed "Cathy Nguyen, CPA". Each beside the lure it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'hoa@senvangnails.example';

describe("round 73: an accountant's note", () => {
  it('"Văn phòng em không đổi tài khoản ngân hàng" says the account does not change', async () => {
    const v = await scan({
      from: 'Cathy Nguyen <cathy@nguyenpartnerscpa.example>',
      to,
      text: 'Chào chị Hoa, hồ sơ thuế đã được IRS chấp nhận. Văn phòng em không đổi tài khoản ngân hàng và sẽ không bao giờ yêu cầu chuyển khoản qua email.',
    });
    expectAbsent(v, 'email.content.payment_change');
    const changed = await scan({
      from: 'Cathy Nguyen <cathy@nguyenpartners-cpa.example>',
      to,
      text: 'Chào chị Hoa, văn phòng em đã đổi tài khoản ngân hàng. Số tài khoản mới: 0071 0004 5678.',
    });
    expectFires(changed, 'email.content.payment_change');
  });

  it('"Cathy Nguyen", CPA <cathy@…> is a name and its credentials, not a decoy name', async () => {
    const v = await scan({
      from: '"Cathy Nguyen", CPA <cathy@nguyenpartnerscpa.example>',
      to,
      text: 'The signed returns are on the client portal.',
    });
    expectAbsent(v, 'email.sender.from_name_decoy');
    expect(v.verdict).toBe('clean');
    const decoy = await scan({
      from: '"Cathy Nguyen", Billing <billing-desk@portal-payments.example>',
      to,
      text: 'The signed returns are on the client portal.',
    });
    expectFires(decoy, 'email.sender.from_name_decoy');
  });
});
