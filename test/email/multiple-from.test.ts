/**
 * More than one From: RFC 5322 allows one. A second From header (or a second mailbox in one From)
 * must not hide the sender a client shows from the sender checks: every check runs on each From.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../src/email/index.js';
import { extractFacts } from '../../src/email/extract.js';
import { Budget, DEFAULT_LIMITS } from '../../src/core/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { eml } from '../helpers/eml.js';
import { expectFires, signalIds } from '../helpers/verdict.js';

const config = resolveConfig({
  organization: {
    name: 'Fabrikam',
    domains: ['fabrikam.example'],
    vips: [{ name: 'Ines Moreau', title: 'CFO', email: 'ines.moreau@fabrikam.example' }],
  },
  // a loaded CI machine must not turn a slow first scan into a skipped stage (time_ms is not under test here)
  limits: { time_ms: 60_000 },
});
const scan = (msg: Buffer) => analyzeEmail(msg, { config, scorer: null });

describe('every sender check on each From', () => {
  it('finds brand impersonation in a second From header that a client may show', async () => {
    const msg = eml({
      from: 'Alice Example <alice@sender.example>',
      headers: [['From', 'PayPaI Service <service@mailer-notice.example>']],
    });
    const facts = await extractFacts(msg, 't', new Budget(DEFAULT_LIMITS));
    expect(facts.fromAll.map((m) => m.address)).toEqual([
      'alice@sender.example',
      'service@mailer-notice.example',
    ]);
    const v = await scan(msg);
    expect(expectFires(v, 'email.sender.brand_display_name').message).toContain('(From #2)');
    expectFires(v, 'email.structure.duplicate_from');
  });

  it('finds a VIP display name behind a clean first From, folded over two lines', async () => {
    const msg = eml({
      from: 'Newsletter <news@sender.example>',
      headers: [['From', '"Ines\r\n Moreau" <ines.moreau.cfo@mail-box.example>']],
    });
    const v = await scan(msg);
    expect(
      expectFires(v, 'email.sender.vip_display_name')
        .evidence.map((e) => e.text)
        .join(' '),
    ).toContain('ines.moreau.cfo@mail-box.example');
  });

  it('reads a second mailbox inside one From header and fires duplicate_from', async () => {
    const msg = eml({
      from: 'Alice Example <alice@sender.example>, "Ines Moreau" <ines.moreau.cfo@mail-box.example>',
    });
    const v = await scan(msg);
    expect(expectFires(v, 'email.structure.duplicate_from').message).toContain('2 mailboxes');
    expectFires(v, 'email.sender.vip_display_name');
  });

  it('stays silent for one ordinary From, and does not repeat a signal both Froms fire', async () => {
    expect(signalIds(await scan(eml({})))).toEqual([]);
    const twice = await scan(
      eml({
        from: 'PayPaI <a@mailer-notice.example>',
        headers: [['From', 'PayPaI <a@mailer-notice.example>']],
      }),
    );
    expect(twice.signals.filter((s) => s.id === 'email.sender.brand_display_name')).toHaveLength(1);
  });
});
