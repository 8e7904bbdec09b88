/**
 * Rounds 109 and 110 (a marine-electronics distributor in Bergen and Aberdeen, an insurance broker
 * in Milan and Lugano), scored unread: their false alarms, read afterwards. Each rule beside the
 * attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { findLookalike, buildLookalikeIndex } from '../../src/url/lookalike.js';
import { hostInfo } from '../../src/url/parse.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) =>
  analyzeEmail(eml({ subject: 'Weekly summary', ...o }), { config, scorer: null });

describe('false alarms of rounds 109 and 110', () => {
  it("the same name under two countries' suffixes is a company's branch abroad; under .com or the same country's other zone it is still a cousin", async () => {
    const text =
      'Weekly summary from Aberdeen: sales up, two service jobs closed, one fake "new bank details" mail reported.';
    for (const [from, to] of [
      ['Ewan <ewan@havbris.co.uk>', 'Kari <kari@havbris.no>'],
      ['Francesca <francesca@sorvegna.it>', 'Giorgio <giorgio@sorvegna.ch>'],
    ])
      expectAbsent(await scan({ from, to, text }), 'email.sender.recipient_lookalike');
    for (const [from, to] of [
      ['Kari <kari@havbris.com>', 'Ewan <ewan@havbris.no>'],
      ['Accounts <accounts@ashcroftshah.uk>', 'Saima <saima@ashcroftshah.co.uk>'],
      ['Finance <finance@havbris.co>', 'Ewan <ewan@havbris.no>'],
    ])
      expectFires(await scan({ from, to, text }), 'email.sender.recipient_lookalike');
  });

  it('a brand word that is also a lure word (office) needs another lure word beside it in the host', () => {
    const idx = buildLookalikeIndex(config);
    expect(findLookalike(idx, hostInfo('office.bexio.com'))).toBeNull();
    expect(findLookalike(idx, hostInfo('office.secure-login.example.com'))?.technique).toBe('subdomain');
  });

  it('an Italian reported forward: "non ho cliccato su nulla … è una di quelle da segnalare?"', async () => {
    const v = await scan({
      from: 'Francesca Moro <francesca.moro@sorvegna.example>',
      to: 'Giorgio <giorgio@sorvegna.example>',
      subject: 'I: Documento in attesa di firma',
      text: 'Ciao Giorgio,\n\nmi è arrivata questa stamattina, ma non aspetto nessun documento da firmare. Non ho cliccato su nulla. È una di quelle da segnalare?\n\nFrancesca\n\n________________________________\nDa: DocuSign Service\nOggetto: Documento in attesa di firma\n\nRivedi il documento: https://docusign-secure-envelope.com/sign?id=8812',
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
});
