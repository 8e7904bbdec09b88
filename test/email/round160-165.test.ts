/**
 * Rounds 160-165 (a grocery chain in Manchester, a clinic in Geneva and Lugano, a fintech in Lagos, a
 * wind-turbine servicer in Esbjerg, a trading company in Osaka and Bangkok, a county government in
 * Arizona), scored unread: their false alarms, read afterwards. A training platform writing in the IT
 * department's name; the same company's IT desk under another country's suffix; a colleague's
 * payment approval that says "no account change" in Japanese; a lure reported in Japanese; a patient
 * and a taxpayer writing about their own bills from free mail; a password reset the reader asked
 * for; an HR platform's payslip notice. Each beside the attack it must still catch. (A law firm's
 * client portal named without "law" is in test/url/org-tenant.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const IT_ROLE = 'email.sender.external_it_role';

describe("the IT department's name from outside", () => {
  it('a security-awareness platform assigning training in its name is not an outside IT desk', async () => {
    const v = await scan({
      from: 'Palo Verde County IT Security <training@knowbe4.com>',
      to: 'Héctor Ibarra <hibarra@paloverdecounty.example>',
      subject: 'Reminder: 2026 Security Awareness Training due March 31',
      text: 'Hello Héctor, you have been enrolled in 2026 Annual Security Awareness Training. To start, sign in to the training portal with your county Microsoft account: https://training.knowbe4.com/ui/login',
    });
    expectAbsent(v, IT_ROLE);
    expect(v.verdict).toBe('clean');
  });
  it('the same name from any other outside domain still is', async () => {
    const v = await scan({
      from: 'Palo Verde County IT Security <training@security-training-portal.example>',
      to: 'Héctor Ibarra <hibarra@paloverdecounty.example>',
      text: 'Hello Héctor, sign in with your county Microsoft account to keep your mailbox: https://security-training-portal.example/login',
    });
    expectFires(v, IT_ROLE);
  });
  it("the company's own IT desk under another country's suffix (yodokoeki.co.jp to yodokoeki.co.th)", async () => {
    const notice = (from: string) =>
      scan({
        from,
        to: 'all-staff-th@yodokoeki.co.th',
        subject: 'Reminder: change your password before the migration',
        text: 'Dear all, please sign in to the staff portal and change your password before Friday.',
      });
    expectAbsent(await notice('IT Helpdesk <it-help@yodokoeki.co.jp>'), IT_ROLE);
    // … not the same name under a generic suffix, which anyone may register
    expectFires(await notice('IT Helpdesk <it-help@yodokoeki.com>'), IT_ROLE);
  });
});

describe('a payment approval that says there is no bank change, in Japanese', () => {
  const approval = (line: string) =>
    scan({
      from: '松本 拓也 <t.matsumoto@yodokoeki.example>',
      to: '西村 <k.nishimura@yodokoeki.example>',
      subject: '支払承認のお願い（ワークフロー申請 No.WF-2026-0311）',
      text: `西村部長 お疲れさまです。松本です。\n通関立替金の支払申請をワークフローに上げました。\n支払先：近畿ロジスティクス株式会社（登録済み取引先・${line}）\n金額：1,284,600円\nよろしくお願いいたします。`,
    });
  it('"口座変更なし" (no account change) is no bank change', async () => {
    expectAbsent(await approval('口座変更なし'), 'email.content.payment_change');
  });
  it('"口座変更のお知らせ" (notice of an account change) still is', async () => {
    expectFires(await approval('口座変更のお知らせ'), 'email.content.payment_change');
  });
});

describe('a lure reported in Japanese', () => {
  const LURE =
    '-----Original Message-----\nFrom: 情報システム課 ヘルプデスク <helpdesk@yodokoeki-co.example>\nSent: Monday, February 9, 2026 9:05 AM\nSubject: パスワード再設定のお願い\n\nメールサーバー移行に伴い、全社員の皆様にパスワードの再設定をお願いしております。以下のポータルにアクセスし、現在のパスワードと新しいパスワードを入力してください: https://portal.yodokoeki-co.example/owa/migrate';
  const forward = (note: string) =>
    scan({
      from: '中川 大輔 <d.nakagawa@yodokoeki.example>',
      to: '情報システム課 <it-help@yodokoeki.example>',
      subject: 'FW: パスワード再設定のお願い',
      text: `${note}\n\n${LURE}`,
    });
  it('"リンクはクリックしていません。本物であれば対応します" above the forward: shown, not weighed', async () => {
    const v = await forward(
      '情報システム課 御中\nお疲れさまです。今朝、以下のメールが届きました。差出人のドメインが少し違うように見えるので転送します。リンクはクリックしていません。本物であれば対応しますので、ご確認いただけますでしょうか。',
    );
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.credential_lure') ?? 'info').toBe('info');
  });
  it('the same forward asking the desk to reset it for them is weighed', async () => {
    const v = await forward('情報システム課 御中\nお疲れさまです。以下の件、私の分も対応をお願いします。');
    expectAbsent(v, 'email.content.reported_forward');
  });
});

describe("a payer's own bill, from free mail", () => {
  const ASK = 'email.sender.freemail_business_ask';
  it('a taxpayer who says "I paid it" asks the treasurer for no money', async () => {
    const v = await scan({
      from: 'Linda Farris <lfarris.az@gmail.com>',
      to: 'Treasurer <treasurer@paloverdecounty.example>',
      subject: 'Parcel 204-18-033 second half shows unpaid?',
      text: "Hello, I received a delinquency notice saying the second half of my 2025 property taxes ($1,118.42) is unpaid. I paid it through my bank's bill pay on February 24. Could you please look into it? Thank you, Linda Farris",
    });
    expectAbsent(v, ASK);
    expect(v.verdict).toBe('clean');
  });
  it("a patient who received the clinic's invoice asks to pay it in instalments (Italian)", async () => {
    const v = await scan({
      from: 'Giorgio Mombelli <giorgio.mombelli@hotmail.com>',
      to: 'Fatturazione <fatturazione@belrive-sante.example>',
      subject: 'Fattura n. 2026-LU-003102 – richiesta di pagamento rateale',
      text: "Buonasera, ho ricevuto la vostra fattura n. 2026-LU-003102 per il mio intervento al ginocchio. L'importo di CHF 4'612.– è alto per me in questo momento. Sarebbe possibile pagarlo in 4 rate mensili? Cordiali saluti, Giorgio Mombelli",
    });
    expectAbsent(v, ASK);
  });
  it('"please pay my invoice" from free mail is still a business ask', async () => {
    const v = await scan({
      from: 'Dan Kessler <dan.kessler.design@gmail.com>',
      to: 'Accounts <ap@paloverdecounty.example>',
      subject: 'Invoice 2026-014',
      text: 'Hi, please find my invoice 2026-014 attached for the signage work. Kindly pay the $4,860.00 by bank transfer to my account this week.',
    });
    expectFires(v, ASK);
  });
});

describe("a password reset the reader asked for, on the sender's own domain (round 163)", () => {
  const LINK =
    'https://www.hoffmann-group.com/DE/de/hom/login/pw/change?token=WNzAu143pbcE6SrDAmbVVfxUuKUZztqA3lIVpczGVJlh4coTHJXXec8iEDr05Exq';
  const reset = (last: string) =>
    scan({
      from: 'Hoffmann Group eShop <noreply@hoffmann-group.com>',
      to: 'Svenja Brandt <sbr@skallingwind.example>',
      subject: 'Passwort zurücksetzen',
      text: `Hallo Svenja Brandt,\nSie haben angefordert, Ihr Passwort für den Hoffmann Group eShop zurückzusetzen. Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen: ${LINK}\nDer Link ist 24 Stunden gültig. ${last}\nIhr Hoffmann Group Team`,
    });
  it('"Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren": the URL model is shown at low', async () => {
    const v = await reset('Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren.');
    expect(severityOf(v, 'url.model.phishing') ?? 'low').toBe('low');
    expect(v.verdict).toBe('clean');
  });
  it('the same reset that says to act if it was not asked for is judged by the URL model', async () => {
    const v = await reset(
      'Wenn Sie diese Anfrage nicht gestellt haben, sichern Sie Ihr Konto sofort über den Link.',
    );
    expect(severityOf(v, 'url.model.phishing')).toBe('high');
  });
});

describe("an HR platform's payslip notice for the employer (round 162)", () => {
  const payslip = (from: string) =>
    scan({
      from,
      to: 'Tolulope Bankole <tolulope.bankole@iremopay.example>',
      subject: 'Your March 2026 payslip is available',
      text: 'Hello Tolulope, your payslip for March 2026 from Iremo Payments Ltd is now available. Log in to view or download it: https://iremopay.seamlesshr.app/employee/payslips',
    });
  it('SeamlessHR writing about "your payslip" is the employer\'s payroll service, not an outsider', async () => {
    expectAbsent(
      await payslip('SeamlessHR <no-reply@seamlesshr.com>'),
      'email.sender.outside_employer_notice',
    );
  });
  it('the same notice from an unknown domain still speaks as the employer from outside', async () => {
    expectFires(
      await payslip('Payroll <no-reply@payslip-portal.example>'),
      'email.sender.outside_employer_notice',
    );
  });
});
