/**
 * email.sender.invalid_from_domain: a From no one could send from or be answered at. Real
 * addresses, including those under a private public suffix and internationalised domains, stay
 * silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.sender.invalid_from_domain';
const scan = (from: string, text = 'Hello.') =>
  analyzeEmail(eml({ from, to: 'user@fabrikam.example', subject: 'Notice', text }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe(ID, () => {
  it.each([
    ['Consulta Detran <detran732215@processo>', 'bare name under no top-level domain'],
    ['Financeiro <no-reply@statuscorreios376>', 'bare name under no top-level domain'],
    ['Taxa Alfandegaria <taxalfandega@%atendimento.com>', 'characters no domain holds'],
    ['GLS <collie@732154-theskimm,com>', 'characters no domain holds'],
    ['"DeBank" <>', 'no address at all'],
    // a bare name with a person's or a service's mailbox is no server's system mail
    ['Suporte <admin@atendimento>', 'bare name under no top-level domain'],
  ])('fires for %s', async (from, why) => {
    const s = expectFires(await scan(from), ID);
    expect(s).toMatchObject({ severity: 'medium', category: 'impersonation' });
    expect(s.message).toContain(why);
    expect(s.evidence[0]).toMatchObject({ where: 'header:From' });
  });

  it('with an ask beside it, the message is flagged', async () => {
    const v = await scan(
      'Fiscalizacao <no-reply@correioscontato952>',
      'Your parcel was taxed. Pay the customs fee of R$ 54,90 today or it will be returned: click the link below now.',
    );
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
  });

  it.each([
    ['an ordinary address', 'Ines <ines@fabrikam.example>'],
    ['an address under a private public suffix', 'Peter <pisara@iki.fi>'],
    ['a subdomain sender', 'Alerts <alerts@mail.bank.example.co.uk>'],
    ['an internationalised domain', 'Jörg <joerg@bücher.de>'],
    ['a trailing dot', 'Ops <ops@fabrikam.com.>'],
    ["an organisation's internal domain", 'Helpdesk <helpdesk@contoso.local>'],
    ["a server's own cron mail", 'Cron Daemon <root@web01>'],
    ['monitoring mail from a bare host name', 'nagios@monitor-2'],
    ['mail from localhost', 'guest@localhost'],
  ])('stays silent for %s', async (_, from) => {
    expectAbsent(await scan(from), ID);
  });
});
