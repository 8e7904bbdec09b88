/**
 * Blind rounds 242-247 (written by helpers who never saw Vigil), scored at arrival: only their false
 * alarms were read. A billing portal's "a new invoice is available for account 1004419827" (the
 * reader's customer account, not a new one to pay into) and a Japanese payment approval that says no
 * account change was notified ("口座変更の連絡は受けておりません"). Each beside the attack it must
 * still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe("a new invoice on the reader's account is no new account (round 244)", () => {
  it('"a new invoice is available for account 1004419827 … amount $845.50"', async () => {
    const v = await scan({
      from: 'Billing <billing@publisher.example>',
      subject: 'Your invoice is ready',
      text: 'Hello Gloria, a new invoice is available for account 1004419827. Invoice number 6004281173. Amount $845.50, due 03/31/2026. View and pay your invoice in the My Account portal.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"a new account for the invoice … pay the amount to it" still is', async () => {
    const v = await scan({
      from: 'Billing <billing@publisher.example>',
      subject: 'Invoice 6004281173',
      text: 'Hello Gloria, please use the new account 1004419827 for this invoice. Amount $845.50, pay it today.',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it('"a new invoice … send the amount to our new account 41188203" still is', async () => {
    const v = await scan({
      from: 'Billing <billing@publisher.example>',
      subject: 'Invoice 6004281173',
      text: 'Hello Gloria, a new invoice is attached, please send the amount of $845.50 to our new account 41188203 today.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('a Japanese approval that says no account change was notified (round 247)', () => {
  const text = (tail: string) =>
    `経理ご担当者様\n\n株式会社サンプル様への支払い（請求書番号 INV-2291、金額 1,250,000円）を今週の振込バッチに含めていただけると大変助かります。振込先は従来どおり、取引先マスタに登録済みの口座で問題ありません。${tail}\n\nご対応よろしくお願いいたします。\n佐藤`;
  it('"（先方からの口座変更の連絡は受けておりません）"', async () => {
    const v = await scan({
      from: '佐藤 健 <sato@studio.example>',
      to: 'keiri@studio.example',
      subject: '支払い処理のお願い',
      text: text('（先方からの口座変更の連絡は受けておりません）'),
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"口座変更のお知らせ: 新しい口座へお振込みください" still is', async () => {
    const v = await scan({
      from: '佐藤 健 <sato@vendor.example>',
      to: 'keiri@studio.example',
      subject: '口座変更のお知らせ',
      text: '経理ご担当者様\n\n口座変更のお知らせです。今後のお支払い（請求書番号 INV-2291、金額 1,250,000円）は下記の新しい口座へお振込みください。\n銀行: サンプル銀行 本店 普通 1234567\n\n佐藤',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe("OTTO Office's newsletter from the Otto Group's own domain (round 246)", () => {
  const news = (from: string, link: string) =>
    scan({
      from,
      to: 'einkauf@lager.example',
      subject: 'Letzte Chance: nur heute 20 % auf Druckerpapier',
      html: `<p>Nur heute: 20 % Rabatt auf Kopierpapier und Toner.</p><p><a href="${link}">Jetzt sparen</a></p>`,
    });
  it('otto-office.com is an Otto domain', async () => {
    const v = await news(
      'OTTO Office <newsletter@otto-office.com>',
      'https://www.otto-office.com/de/angebote',
    );
    expectAbsent(v, 'email.sender.brand_display_name');
    expectAbsent(v, 'email.sender.lookalike_domain');
    expect(['none', 'low', 'info']).toContain(severityOf(v, 'domain.lookalike.combosquat'));
  });
  it('otto-office-angebote.example is not', async () => {
    const v = await news(
      'OTTO Office <newsletter@otto-office-angebote.example>',
      'https://otto-office-angebote.example/login',
    );
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe('a bank change told of as the fake one (rounds 243, 244)', () => {
  it('"a reply … that looked like it was from me, asking you to wire our refund to a new bank. I didn\'t send that"', async () => {
    const v = await scan({
      from: 'Tom Reyes <treyes@machining.example>',
      to: 'gloria@lawfirm.example',
      subject: 'Heads up',
      text: "Morning Gloria,\n\nSomething weird - Karen and I both got a reply on our retainer thread yesterday that looked like it was from me, asking you to wire our refund to a new bank. I didn't send that, and it came from a look-alike domain.\n\nI've got your April invoice ($3,200) queued to pay Friday by ACH to the same account we've always used.\n\nTom",
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"you\'ll have seen the weird "Re:" email yesterday … with new bank details. Not them."', async () => {
    const v = await scan({
      from: 'Sam Whitfield <sam@storage.example>',
      to: 'helen@storage.example',
      subject: 'Sandgate invoice',
      text: 'Morning Helen,\n\nCan you approve Sandgate invoice 20931 ($8,415.20) in Xero today? Also - you\'ll have seen the weird "Re:" email yesterday from "sandgatedlesel" with new bank details. Not them. I rang Wayne and he confirmed the only account they use is the one in Xero.\n\nSam',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('"please wire the refund to our new bank, details below" still is', async () => {
    const v = await scan({
      from: 'Tom Reyes <treyes@machining-llc.example>',
      to: 'gloria@lawfirm.example',
      subject: 'Refund',
      text: 'Morning Gloria,\n\nPlease wire our refund ($3,200) to our new bank today, details below: routing 111000025, account 448812093.\n\nTom',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('an HR app telling the employer an employee changed their own bank details (round 245)', () => {
  const notice = (from: string) =>
    scan({
      from,
      to: 'finance@storage.example',
      subject: 'Jamie Whitlock has updated their bank details',
      text: 'Hi Priya,\n\nJamie Whitlock updated their bank details in the app on 20/04/2026 at 19:14. For security, the new details are not shown in this email. Please review the change in the app and confirm it with Jamie in person before the next payroll export.\n\nView the change: https://app.brighthr.com/employees/2231/bank',
    });
  it("from BrightHR (brighthr.com) it is the platform's own notice", async () => {
    expect(severityOf(await notice('BrightHR <no-reply@brighthr.com>'), 'email.content.payment_change')).toBe(
      'medium',
    );
  });
  it('from another domain it stays strong', async () => {
    expect(
      severityOf(
        await notice('BrightHR <no-reply@brighthr-payroll.example>'),
        'email.content.payment_change',
      ),
    ).toBe('high');
  });
});

describe('a member forwarding a lure in French to ask whether it is the club (round 245)', () => {
  const forward = (note: string) =>
    scan({
      from: 'Hélène Marchetti <helene.marchetti@orange.example>',
      to: 'adhesions@golfclub.example',
      subject: 'TR: Votre renouvellement : merci de confirmer vos informations de membre',
      text: `Claire,\n\n${note}\n\nHélène\n\n-------- Message transféré --------\nDe : Club - Adhésions\nObjet : Votre renouvellement\n\nChère Madame Marchetti,\n\nLa campagne de renouvellement est ouverte. Merci de vous connecter et de vérifier vos coordonnées ainsi que votre mode de paiement :\n\nhttps://club-membres.web.app/connexion?m=HM-2231\n\nLe service des adhésions`,
    });
  it('"Est-ce vraiment le club ?" reports it', async () => {
    expectFires(
      await forward(
        "Voici le message dont je vous parlais. L'adresse n'est pas la vôtre. Est-ce vraiment le club ?",
      ),
      'email.content.reported_forward',
    );
  });
  it('"on me demande mon mot de passe. Je n\'ai rien saisi." reports it', async () => {
    expectFires(
      await forward(
        "Voici le message dont je vous parlais : on me demande mon mot de passe de réservation. Je n'ai rien saisi.",
      ),
      'email.content.reported_forward',
    );
  });
  it('a forward with no word of doubt is not a report', async () => {
    expectAbsent(await forward('Voici le message dont je vous parlais.'), 'email.content.reported_forward');
  });
});

describe("a French engineering office's -be.fr domain (round 252)", () => {
  const letter = (from: string) =>
    scan({
      from,
      to: 'finance@consultancy.example',
      subject: 'Relance facture F-2026-031',
      text: 'Bonjour, sauf erreur de notre part, la facture F-2026-031 reste impayée. Nos coordonnées bancaires sont inchangées. Cordialement, Claire Dubreuil',
    });
  it("vauclair-be.fr (bureau d'études) is no Belgian domain dressed as a name", async () => {
    expectAbsent(
      await letter('Claire Dubreuil <c.dubreuil@vauclair-be.fr>'),
      'email.sender.country_dressed_domain',
    );
  });
  it('vauclair-be.com still is', async () => {
    expectFires(
      await letter('Claire Dubreuil <c.dubreuil@vauclair-be.com>'),
      'email.sender.country_dressed_domain',
    );
  });
});
