/**
 * From the forty-fourth round of hand-made mail (a professional-services firm; measured unread, then
 * read): finance's note about a bank change it rejected after calling back, a party vote "(no login
 * needed)", Duo's and Intralinks' invitations linking to their own domains; and the attacks: a bank
 * change that tells the money to go to the new account rather than the one on file, or says the old
 * one is out of use. Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a scheme told in one sentence is found past an earlier sentence that held half of it', () => {
  it('"Bank details match the vendor master; … rejected after call-back to their known number" is verification (medium)', async () => {
    const v = await scan({
      from: 'Finance Ops <finance.ops@kestrelfirm.example>',
      to: 'tomas.berger@kestrelfirm.example',
      subject: 'Approval needed in Coupa today: final invoice',
      text: "Hi Tomas,\n\nThe final invoice (EUR 38,400) is awaiting your approval in Coupa. Bank details match the vendor master; their new IBAN request from 11 June was rejected after call-back to their known number showed they had not changed banks - we've reported it to IT security.\n\nFinance Ops",
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
});

describe('a sign-in the sentence says is not needed', () => {
  const vote = (words: string) =>
    scan({
      from: 'Social Committee <social@kestrelfirm.example>',
      to: 'all-staff@kestrelfirm.example',
      subject: 'Summer party - pick a date',
      text: `Hi everyone,\n\nPlease vote for your preferred date for the summer party (${words}):\nhttps://forms.gle/u8Vx3Kq2LmB7nTz59\n\nVoting closes Friday.`,
    });
  it('"(no login needed)" is no credential pretext', async () => {
    const v = await vote('no login needed');
    expectAbsent(v, 'email.content.credential_lure');
    expectAbsent(v, 'email.link.sign_in_on_free_host');
  });
  it('"(login needed)" still is one, on a form builder', async () => {
    const v = await vote('login needed');
    expect(severityOf(v, 'email.content.credential_lure')).not.toBe('none');
    expect(severityOf(v, 'email.link.sign_in_on_free_host')).not.toBe('none');
  });
});

describe("a listed platform's or brand's own domain linking to itself", () => {
  const enrol = (from: string, host: string) =>
    scan({
      from,
      to: 'sofia.marchetti@kestrelfirm.example',
      subject: 'Kestrel has invited you to use Duo',
      text: `Hello Sofia,\n\nYour organization, Kestrel, invites you to set up Duo two-factor authentication.\n\nClick below to start enrollment:\nhttps://${host}/portal?code=1f9b6399f9bdee6d&akey=2c8892b3e0da3a4d80d4\n\nThis link expires in 30 days.`,
    });
  it("Duo's enrolment link on duosecurity.com: the URL model's opinion is context", async () => {
    const v = await enrol('Duo Security <no-reply@duosecurity.com>', 'api-4b9c21d7.duosecurity.com');
    expect(['none', 'low']).toContain(severityOf(v, 'url.model.phishing'));
    expect(v.verdict).toBe('clean');
  });
  it('the same from a domain nobody lists, linking to itself, is still evidence', async () => {
    const v = await enrol(
      'Duo Security <no-reply@duo-enrolment.example>',
      'api-4b9c21d7.duo-enrolment.example',
    );
    expect(['medium', 'high']).toContain(severityOf(v, 'url.model.phishing'));
  });
});

describe('email.content.payment_change: the money told to go to the new account', () => {
  const change = (tail: string) =>
    scan({
      from: 'Karen Holt <karen.holt@northfield-logistics.example>',
      to: 'sofia.marchetti@kestrelfirm.example',
      subject: 'RE: Q3 advisory fees',
      text: `Hi Sofia,\n\nOne small thing for your records: our bank details have changed, as treasury moved the operating accounts to our new banking partner last month, ${tail}\n\nBest,\nKaren`,
    });
  it('"the refund should go to the account on the attached letter rather than the one on file" is the ask (high)', async () => {
    const v = await change(
      'so the refund of the overpaid retainer should go to the account on the attached letter rather than the one on file.',
    );
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
  it('the same move told with a call-back to the known number is verification (medium)', async () => {
    const v = await change(
      'so please confirm the new account by calling me on the number you already hold before the refund goes out.',
    );
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
  it('"die bisherige Verbindung wird nicht mehr verwendet" (the old account is out of use) is the ask too', async () => {
    const text = (tail: string) =>
      `Sehr geehrter Herr Berger,\n\nanbei erhalten Sie die Schlussrechnung. Bitte beachten Sie, dass wir unser Geschäftskonto zum Quartalsbeginn zur Nordwest Handelsbank verlegt haben. Die neue IBAN finden Sie auf der Rechnung${tail}`;
    const from = 'Buchhaltung <buchhaltung@brandt-haustechnik.example>';
    const fraud = await scan({
      from,
      to: 'tomas@kestrelfirm.example',
      text: text('; die bisherige Verbindung wird nicht mehr verwendet.'),
    });
    expect(severityOf(fraud, 'email.content.payment_change')).toBe('high');
    const plain = await scan({ from, to: 'tomas@kestrelfirm.example', text: text('.') });
    expect(severityOf(plain, 'email.content.payment_change')).toBe('medium');
  });
});

describe('round 44, read further: the lures in other languages', () => {
  it('a share notice in Italian and Swedish is a shared-document pretext; a colleague saying they shared nothing is not', async () => {
    const it1 = await scan({
      from: 'Dropbox <notifiche@agriturismo-poggio.example>',
      to: 'sofia@kestrelfirm.example',
      text: 'Ciao Sofia, Giulia Ferri ti ha invitato a visualizzare la cartella Fatture Q3 2026. Apri la cartella: https://pub-7c1e9a4b2d8f.r2.dev/condivisione/fattura.html',
    });
    expectFires(it1, 'email.content.credential_lure');
    const sv = await scan({
      from: 'Adobe Acrobat <no-reply@adobe-dokument.example>',
      to: 'erik@kestrelfirm.example',
      text: 'Anna Berg har delat ett dokument med dig. Hyresavtal_Kungsgatan_signerat.pdf',
    });
    expectFires(sv, 'email.content.credential_lure');
    const plain = await scan({
      from: 'Giulia Ferri <giulia@kestrelfirm.example>',
      to: 'sofia@kestrelfirm.example',
      text: 'Ciao Sofia, le fatture del terzo trimestre sono in contabilità, come sempre.',
    });
    expectAbsent(plain, 'email.content.credential_lure');
  });
  it("SharePoint's own Italian share notice linking to a customer's tenant is no link off the sender", async () => {
    const v = await scan({
      from: 'Luca Romano tramite SharePoint Online <no-reply@sharepointonline.com>',
      to: 'marco@immobiliare.example',
      subject: 'Luca Romano ha condiviso la cartella "Varianti" con te',
      html: '<p>Luca Romano ha condiviso la cartella con te.</p><p><a href="https://immobiliaresolferino.sharepoint.com/:f:/s/Cantieri/EmV4tK1pQ0RNr?e=Xb21Lq">Apri</a></p><p><a href="https://www.sharepointonline.com/privacy">Privacy</a> <a href="https://www.sharepointonline.com/help">Guida</a></p>',
    });
    expectAbsent(v, 'email.link.credential_link_off_sender');
  });
  it('Russian: "просим проверить, подписать и вернуть скан" asks to act on the attachment', async () => {
    const v = await scan({
      from: 'Бухгалтерия <buh@alatau-servis.example>',
      to: 'irina@kestrelfirm.example',
      text: 'Добрый день, Ирина!\n\nНаправляем акт сверки взаиморасчетов за 3 квартал. Просим проверить, подписать и вернуть скан.',
    });
    expectFires(v, 'email.content.link_or_file_ask');
  });
  it('Chinese: "请将款项汇入以下新账户，原账户将不再使用" is the diversion asked for (high)', async () => {
    const text = (tail: string) =>
      `陈先生您好，附件为10月份翻译服务发票。因公司银行账户调整，自本月起请将款项汇入以下新收款账户${tail}`;
    const from = '财务部 <finance@huaxin-finance.example>';
    expect(
      severityOf(
        await scan({ from, to: 'wei@kestrelfirm.example', text: text('，原账户将不再使用。') }),
        'email.content.payment_change',
      ),
    ).toBe('high');
    expect(
      severityOf(
        await scan({ from, to: 'wei@kestrelfirm.example', text: text('。') }),
        'email.content.payment_change',
      ),
    ).toBe('medium');
  });
  it('Turkish: "sesli mesaj bıraktım" backing a secret payment kept from the office', async () => {
    const v = await scan({
      from: 'Elif Yılmaz <elif.yilmaz.ortak@hotmail.com>',
      to: 'mert@kestrelfirm.example',
      subject: 'Sesli mesaj bıraktım',
      text: 'Mert merhaba,\n\nAz önce seni aradım, sesli mesaj bıraktım. Müvekkille ilgili gizli bir ödeme konusu var, lütfen şu numaradan geri dön: +90 552 417 83 06\n\nKonuyu ofiste kimseyle paylaşma şimdilik.',
    });
    expectFires(v, 'email.content.voice_followup');
    expectFires(v, 'email.content.secrecy_urgency');
  });
  it('Korean: "본인 확인 후 열람" (view after identity check) is a credential pretext', async () => {
    const v = await scan({
      from: '전자소송 <noreply@ecfs-court.example>',
      to: 'jiwoo@kestrelfirm.example',
      text: '송달 문서를 확인하시려면 아래 양식에서 본인 확인 후 열람하시기 바랍니다. https://forms.office.com/r/Xq7bT3kLmP',
    });
    expectFires(v, 'email.content.credential_lure');
  });
  it('MFA fatigue: prompts that "can simply be approved" and "reply here with the code"', async () => {
    const text = (ask: string) =>
      `Hi Sofia,\n\nWe're moving the office accounts onto the new Duo tenant today. While the move runs you may see several Duo prompts on your phone${ask}\n\nIT Service Desk`;
    const from = 'IT Service Desk <servicedesk@kestrelfirm-it.example>';
    expectFires(
      await scan({
        from,
        to: 'sofia@kestrelfirm.example',
        text: text(
          '; those can simply be approved. If a prompt shows a code instead, reply here with the code.',
        ),
      }),
      'email.content.credential_lure',
    );
    expectAbsent(
      await scan({
        from,
        to: 'sofia@kestrelfirm.example',
        text: text('. Deny any prompt you did not start and tell us.'),
      }),
      'email.content.credential_lure',
    );
  });
});
