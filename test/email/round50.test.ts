/**
 * From the fiftieth round of hand-made mail (a law firm in Toronto and Montréal and its title arm;
 * measured unread, then read): RBC's and Interac's own names beside a brand one letter away, a
 * client's attached wire confirmation, "imposto de transferência"; and the attacks: a regulator's
 * filing and a court platform's case on free hosting behind a button, a French court notice asking
 * to "authentifiez-vous … avec votre compte". Each beside its look-alike.
 */
import { describe, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('round 50', () => {
  it('a display name that starts with the sender’s own name is not a typing edit of another brand ("RBC Express" at rbc.com, "INTERAC e-Transfer" at interac.ca)', async () => {
    const text = 'Your outgoing wire has been released.';
    expectAbsent(
      await scan({ from: 'RBC Express <rbcexpress@rbc.com>', to: 'trust@firm.example', text }),
      'email.sender.brand_display_name',
    );
    expectAbsent(
      await scan({ from: 'INTERAC e-Transfer <notify@payments.interac.ca>', to: 'me@mail.example', text }),
      'email.sender.brand_display_name',
    );
    // the same names from a domain whose name is not the first word still are
    expectFires(
      await scan({
        from: 'Interac e-Transfer <notify@etransfer-interac-notify.example>',
        to: 'me@mail.example',
        text,
      }),
      'email.sender.brand_display_name',
    );
  });

  it('a wire confirmation attached by the client who paid, and a transfer tax, ask for no payment', async () => {
    const paid = await scan({
      from: 'Ahmed Mansour <ahmed@mail.example>',
      to: 'nadia@firm.example',
      text: 'Attached is the receipt from the bank.',
      attachments: [
        {
          filename: 'wire.txt',
          contentType: 'text/plain',
          content: 'RBC Royal Bank - Wire Payment Confirmation. Sender: Ahmed Mansour.',
        },
      ],
    });
    expectAbsent(paid, 'email.content.payment_request');
    const tax = await scan({
      from: 'Ana Ferreira <ana@mail.example>',
      to: 'helena@firm.example',
      text: 'Uma pergunta: o imposto de transferência é pago no dia do fecho ou antes?',
    });
    expectAbsent(tax, 'email.content.payment_request');
    const ask = await scan({
      from: 'Ana Ferreira <ana@mail.example>',
      to: 'helena@firm.example',
      text: 'Segue a carta do banco. Preciso que faça a transferência de R$ 5.000 para a conta do escritório.',
    });
    expectFires(ask, 'email.content.payment_request');
  });

  it('a button "File your Annual Report" under "to avoid suspension", to a page on github.io, is an act-now lure on free hosting', async () => {
    const html = (href: string) =>
      `<p>To avoid suspension of your licence, you must file through the Portal no later than April 8.</p><p><a href="${href}">File your Annual Report</a></p>`;
    const v = await scan({
      from: 'Law Society <memberservices@lso-portal.example>',
      to: 'p@firm.example',
      subject: 'FINAL NOTICE: Annual Report outstanding',
      html: html('https://lso-annual-report.github.io/portal/?lic=P55353'),
    });
    expectFires(v, 'email.content.action_under_pressure');
    expectFires(v, 'email.link.sign_in_on_free_host');
    // the regulator's own portal: the ask, no free host
    const own = await scan({
      from: 'Law Society <memberservices@lso-portal.example>',
      to: 'p@firm.example',
      subject: 'Annual Report reminder',
      html: html('https://portal.lso-portal.example/annual-report'),
    });
    expectAbsent(own, 'email.link.sign_in_on_free_host');
  });

  it('"View online" and "View deployment" buttons are no ask', async () => {
    const v = await scan({
      from: 'Cloudflare <noreply@notify.cloudflare.example>',
      to: 'dev@startup.example',
      html: '<p>Your deployment is ready.</p><p><a href="https://8e41c2a.startup-docs.pages.dev/">View deployment</a></p>',
    });
    expectAbsent(v, 'email.content.link_or_file_ask');
  });

  it('French: "authentifiez-vous au GNJQ avec votre compte professionnel" is a sign-in pretext', async () => {
    const v = await scan({
      from: 'GNJQ - Notification <notification@gnjq-justice.example>',
      to: 'sophie@firm.example',
      text: 'Un nouveau document a été déposé.\n\nPour consulter le document, authentifiez-vous au GNJQ avec votre compte professionnel :\nhttps://gnjq-depot.web.app/consultation?d=500',
    });
    expectFires(v, 'email.content.credential_lure');
    expectFires(v, 'email.link.sign_in_on_free_host');
  });
});

describe('round 50: a title company’s name with a Cyrillic letter', () => {
  it('a From domain mixing Latin and Cyrillic letters in one name is a homograph (strong); a wholly Cyrillic domain is a Russian name', async () => {
    const text =
      'Bonjour Sophie,\n\nMise à jour - instructions de virement : la mise de fonds doit être acheminée à notre compte en fidéicommis plutôt qu’au compte Desjardins habituel.';
    const v = await scan({
      from: 'Isabelle Laroche <ilaroche@xn--titreslsle-32i.ca>',
      to: 'sophie@firm.example',
      text,
    });
    expectFires(v, 'email.sender.mixed_script_domain');
    expectFires(v, 'email.content.payment_change');
    expectAbsent(
      await scan({ from: 'Иван <ivan@xn--e1afmkfd.xn--p1ai>', to: 'sophie@firm.example', text: 'Привет!' }),
      'email.sender.mixed_script_domain',
    );
  });
});

describe('round 50: the e-Transfer deposit kit, in Punjabi and English', () => {
  it('a "ਪੈਸੇ ਜਮ੍ਹਾਂ ਕਰੋ" (deposit the money) button is an ask; "select your financial institution" and "ਸਾਈਨ ਇਨ ਕਰਨਾ" are credential pretexts', async () => {
    const button = await scan({
      from: 'Interac e-Transfer <notify@etransfer-interac-notify.example>',
      to: 'jgill@firm.example',
      html: '<p>HARJIT DHILLON ਨੇ ਤੁਹਾਨੂੰ $1,250.00 ਭੇਜੇ ਹਨ।</p><p><a href="https://pub-3f9c1b7e2a8d4e05.r2.dev/deposit/">ਪੈਸੇ ਜਮ੍ਹਾਂ ਕਰੋ</a></p>',
    });
    expectFires(button, 'email.content.link_or_file_ask');
    expectFires(button, 'email.sender.brand_display_name');
    for (const text of [
      'Harjit sent you $1,250.00. To deposit the money, select your financial institution: https://pub-3f9c.r2.dev/deposit/',
      'ਇੱਥੇ ਦੇਖ ਲਓ: https://dhillon-docs.github.io/onedrive/view.html ਖੋਲ੍ਹਣ ਵੇਲੇ ਆਪਣੇ ਦਫ਼ਤਰ ਵਾਲੇ ਈਮੇਲ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰਨਾ ਪਵੇਗਾ।',
    ])
      expectFires(
        await scan({ from: 'Someone <someone@mail.example>', to: 'jgill@firm.example', text }),
        'email.content.credential_lure',
      );
    // a bank's own "select your bank account" for a statement is no bank picker
    expectAbsent(
      await scan({
        from: 'Bank <alerts@bank.example>',
        to: 'jgill@firm.example',
        text: 'In online banking, select your bank account to download the statement.',
      }),
      'email.content.credential_lure',
    );
  });
});
