/**
 * Rounds 109, 110, 115-117 (a marine-electronics distributor in Bergen and Aberdeen, an insurance
 * broker in Milan and Lugano, a textile maker in Porto and Casablanca, a software reseller in Prague
 * and Vienna, a credit union in Winnipeg and Regina), scored unread: their false alarms, read
 * afterwards. Each rule beside the attack it must still catch.
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

  it('a French reported forward: "avant de cliquer, est-ce normal ?"', async () => {
    const forwarded =
      'Madame, Monsieur, le certificat de signature électronique expire. Renouvelez-le ici : https://attijarinet-entreprises.com/certificat';
    const v = await scan({
      from: 'Fatima-Zahra Alaoui <fz.alaoui@lusatlas.example>',
      to: 'Youssef <youssef@lusatlas.example>',
      subject: 'TR: renouvellement de votre certificat',
      text: `Salam Youssef,\n\nSalma a reçu ce message ce matin. Avant de cliquer, est-ce normal ? Merci de vérifier.\n\nFatima-Zahra\n\n-------- Message transféré --------\nDe : Attijariwafa bank Entreprises\nObjet : renouvellement de votre certificat\n\n${forwarded}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
    const lure = await scan({
      from: 'Attijariwafa bank <certificats@attijarinet-entreprises.com>',
      text: forwarded,
    });
    expectAbsent(lure, 'email.content.reported_forward');
  });

  it("a defanged address in IT's warning to staff is a quoted indicator; defanged in a lure it is still weighed", async () => {
    const warning = await scan({
      from: 'Sam Okafor <sam.okafor@borealprairie.example>',
      to: 'staff@borealprairie.example',
      subject: 'Security heads-up: fake Celero token re-enrolment email',
      text: 'Hi all, several of you received an email from notices@celero-support[.]ca asking you to re-enrol your token at hxxps://celero-support[.]ca/enrol. It is not from Celero, and Celero will never ask you to sign in from an email link.',
    });
    expect(expectFires(warning, 'email.link.obfuscated_url')).toMatchObject({ severity: 'info' });
    // … and "fake DocuSign / WeTransfer mails" in the subject (round 106's memo)
    const memo = await scan({
      from: 'Thomas Bakker <t.bakker@vetrivia.example>',
      to: 'staff@vetrivia.example',
      subject: 'Heads-up: fake DocuSign / WeTransfer mails this week',
      text: 'Examples we have seen: "Boehringer Ingelheim via DocuSign" from docusign-envelopes[.]net. Don\'t click and don\'t enter your password.',
    });
    expect(expectFires(memo, 'email.link.obfuscated_url')).toMatchObject({ severity: 'info' });
    const lure = await scan({
      from: 'Celero Notices <notices@celero-support.example>',
      to: 'staff@borealprairie.example',
      subject: 'Token re-enrolment required',
      text: 'Your lending console token expires today. Copy this address into your browser to re-enrol: hxxps://celero-support[.]ca/enrol',
    });
    expect(expectFires(lure, 'email.link.obfuscated_url')).toMatchObject({ severity: 'medium' });
  });
});
