/**
 * CEO and vendor fraud in the other languages the rules read (src/email/lures.ts, the *_INTL
 * families): secrecy that shuts colleagues out, a writer reachable only by mail, a payment that
 * must go out today, payments to the old account said to bounce, Dutch verb-last credential asks,
 * a carrier's name joined to a parcel word in its own language. Each fires as its English
 * counterpart does; the same words in ordinary business between colleagues do not flag.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { inspectDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: null });

describe('CEO fraud in German and Spanish', () => {
  it('German: confidential, not even accounting, only reachable by mail, the payment goes out today', async () => {
    const v = await scan({
      from: 'Thomas Halvorsen <t.halvorsen.gf@web.de>',
      to: 'Julia Weber <julia.weber@halvorsen-group.example>',
      subject: 'Vertraulich – kurze Rückmeldung bitte',
      text:
        'Hallo Frau Weber,\n\nsind Sie heute im Büro? Die Anzahlung von 68.400 EUR muss heute noch raus. ' +
        'Bitte behandeln Sie das streng vertraulich und sprechen Sie es intern noch nicht an, auch nicht mit der Buchhaltung. ' +
        'Ich bin den ganzen Tag in Verhandlungen und nur per Mail erreichbar.\n\nThomas Halvorsen',
    });
    expectFires(v, 'email.content.secrecy_urgency');
    expectFires(v, 'email.content.urgent_payment');
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });
  it('Spanish: a payment today, tell nobody on the team, write to me here', async () => {
    const v = await scan({
      from: 'Javier Roldán <javier.roldan.direccion@gmail.com>',
      to: 'Lucía Ortega <lucia.ortega@halvorsen-group.example>',
      subject: '¿Estás disponible?',
      text:
        'Hola Lucía,\n\n¿Estás en la oficina? Necesito que me ayudes con un pago hoy mismo. El importe es de 32.750 €. ' +
        'Por favor, de momento no lo comentes con nadie del equipo. Estoy en reuniones toda la mañana, así que mejor escríbeme por aquí.\n\nJavier',
    });
    expectFires(v, 'email.content.secrecy_urgency');
    expectFires(v, 'email.content.unavailable_pretext');
    expect(v.verdict).not.toBe('clean');
  });
  it('a colleague on the company domain saying a payment must go out today is ordinary business', async () => {
    const v = await scan({
      from: 'Petra Lang <petra.lang@halvorsen-group.example>',
      to: 'Julia Weber <julia.weber@halvorsen-group.example>',
      subject: 'Zahlungslauf',
      text: 'Hallo Julia, die Zahlung an Brenner muss heute noch raus, die Freigabe liegt im ERP. Danke, Petra',
    });
    expectAbsent(v, 'email.content.secrecy_urgency');
    expect(v.verdict).toBe('clean');
  });
});

describe('vendor bank changes in French and Italian', () => {
  it('French: payments to the old account will be rejected, update your supplier file', async () => {
    const v = await scan({
      from: 'Comptabilité Transports Morel <compta@transports-morel.example>',
      to: 'fournisseurs@halvorsen-group.example',
      subject: 'Changement de coordonnées bancaires',
      text:
        'Madame, Monsieur, nos coordonnées bancaires ont changé. Merci de mettre à jour votre fichier fournisseurs. ' +
        "IBAN : FR76 1695 8000 0142 8830 2715 663. Les virements vers l'ancien compte seront rejetés à compter du 1er mars.",
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });
  it('English: the same threat that payments to the old account will bounce', async () => {
    const v = await scan({
      from: 'Accounts <ar@morel-transport.example>',
      to: 'ap@halvorsen-group.example',
      subject: 'Remittance',
      text: 'Please note that payments to our old account will be rejected from 1 March. Kindly use the account below.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('credential and parcel lures', () => {
  it('Dutch puts the verb last: "uw gegevens te bevestigen"', async () => {
    const v = await scan({
      from: 'Klantenservice <service@betaalpas-vervangen.example>',
      to: 'klant@example.nl',
      subject: 'Uw betaalpas wordt vervangen',
      text: 'Om ervoor te zorgen dat u tijdig een nieuwe pas ontvangt, vragen wij u uw gegevens te bevestigen: https://betaalpas-vervangen.example/aanvragen',
    });
    expectFires(v, 'email.content.credential_lure');
  });
  it("a carrier's name joined to a parcel word of its own market is a combosquat; its real domain is not", () => {
    const ctx = { config, where: 'header:From' };
    expect(inspectDomain('ctt-entregas-pt.com', ctx).lookalike?.technique).toBe('combosquat');
    expect(inspectDomain('correos-envios-pendientes.com', ctx).lookalike?.technique).toBe('combosquat');
    expect(inspectDomain('ctt.pt', ctx).lookalike).toBeNull();
  });
});

describe('sign-in pretexts in Danish, Norwegian, Czech and Finnish', () => {
  it.each([
    [
      'Danish',
      'Din lønseddel er klar. Log ind med din Nordvik-mail og adgangskode her: https://nordvik-personale.webflow.io/loen',
    ],
    ['Norwegian', 'Bekreft kontoen din innen fredag: https://konto-sjekk.webflow.io/'],
    [
      'Czech',
      'Vaše schránka je plná. Přihlaste se svým heslem a ověřte svůj účet: https://schranka.webflow.io/',
    ],
    ['Finnish', 'Vahvista tilisi kirjautumalla sähköpostiosoitteella: https://tili.webflow.io/'],
  ])('%s: a sign-in pretext on a free host', async (_lang, text) => {
    const v = await scan({
      from: 'HR <hr@nordvik-hr.example>',
      to: 'lars@nordvik.example',
      subject: 'Info',
      text,
    });
    expectFires(v, 'email.content.credential_lure');
  });
});

describe('more languages for the payment and the payroll ask', () => {
  it('Czech: a new account and "prosím úhradu poukažte" make the change strong', async () => {
    const v = await scan({
      from: 'Jana Horáková <uctarna@betonarna-kladno.example>',
      to: 'tomas.novak@novak-stavby.example',
      subject: 'RE: Faktura 2026-0412',
      text: 'Od března jsme převedli firemní účet k jiné bance, proto prosím úhradu poukažte na nový účet: 2802194417/2010',
    });
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });
  it.each([
    ['French', 'Je souhaiterais que mon salaire de mars soit versé sur mon nouveau compte.'],
    ['Spanish', 'Quisiera que mi nómina de marzo sea ingresada en mi nueva cuenta.'],
  ])('%s: the employee asks for their own pay to move', async (_lang, text) => {
    const v = await scan({
      from: 'Claire Moreau <claire.moreau@atelier.example>',
      to: 'paie@cabinet.example',
      subject: 'Salaire',
      text,
    });
    expect(expectFires(v, 'email.content.payroll_diversion').severity).toBe('high');
  });
});

describe('sign-in pretexts in Japanese, Chinese and Korean (unspaced scripts)', () => {
  it.each([
    [
      'Japanese',
      '3月分の請求書を共有いたしました。下記リンクよりMicrosoftアカウントでサインインのうえご確認ください。',
    ],
    ['Chinese', '请登录您的账户查看共享文件。'],
    ['Korean', '공유 문서를 보려면 로그인하여 계정을 확인하십시오.'],
  ])('%s', async (_lang, text) => {
    const v = await scan({
      from: 'Keiri <keiri@midori.example>',
      to: 'yuki@tanaka.example',
      subject: '請求書',
      text,
    });
    expectFires(v, 'email.content.credential_lure');
  });
  it('a Japanese meeting note with no sign-in ask stays silent', async () => {
    const v = await scan({
      from: 'Sato <sato@midori.example>',
      to: 'yuki@tanaka.example',
      subject: '打ち合わせ',
      text: '来週の打ち合わせは火曜日の10時からでお願いします。資料は当日お持ちします。',
    });
    expectAbsent(v, 'email.content.credential_lure');
  });
});

describe('a denial at the end of a Japanese sentence', () => {
  it('"ANA never asks you to enter your password by email" is no pretext', async () => {
    const v = await scan({
      from: 'ANA <ana_info@109.ana.example>',
      to: 'yuki@tanaka.example',
      subject: 'ご予約便のスケジュール変更のお知らせ',
      text: '※ANAがメールでクレジットカード番号やパスワードの入力をお願いすることはございません。',
    });
    expectAbsent(v, 'email.content.credential_lure');
  });
});
