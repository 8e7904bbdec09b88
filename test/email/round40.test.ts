/**
 * From the fortieth and forty-first rounds of hand-made mail (measured unread, then read): the
 * legitimate mail they flagged. An HR portal's confirmation of the reader's own bank change (the
 * account shown masked), a US state's tax portal named like Malaysia's, IT's maintenance notice that
 * says it will not ask for a password, HR's survey on Microsoft Forms, a landlord pointing to the
 * number in the lease, La Poste's Colissimo notification domain. Each beside the attack that must
 * still fire.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('email.content.payment_change with the account shown masked', () => {
  const notice = (account: string) =>
    scan({
      from: 'Portal del Empleado <noreply-portal@hospitalvalderrivas.example>',
      to: 'lucia.fernandez@hospitalvalderrivas.example',
      subject: 'Confirmación: cambio de datos bancarios en el Portal del Empleado',
      text: `Hola Lucía:\n\nTe confirmamos que el 14/04/2026 se registró un cambio de datos bancarios en tu ficha del Portal del Empleado.\n\nNueva cuenta: ${account}\n\nEl cambio se aplicará en la próxima nómina. Si no has sido tú, comunícalo inmediatamente a Recursos Humanos (extensión 4410).`,
    });
  it("is the portal's notice of the reader's own change (medium) when every account number is masked", async () => {
    const v = await notice('ES** **** **** **** **** 3091');
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
    expect(v.verdict).toBe('clean');
  });
  it('stays high when the new account is written out', async () => {
    const v = await notice('ES91 2100 0418 4502 0005 1332');
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
});

describe("a government's own domain naming itself", () => {
  it('"MyTax Illinois" from illinois.gov is not Malaysia\'s MyTax; from another domain it is', async () => {
    const text =
      'Your 2025 Illinois income tax refund has been issued. Sign in to MyTax Illinois to see the details.';
    const gov = await scan({ from: 'MyTax Illinois <mytax.notifications@illinois.gov>', text });
    expectAbsent(gov, 'email.sender.brand_display_name');
    const fake = await scan({ from: 'MyTax Illinois <notify@mytax-refunds.example>', text });
    expectFires(fake, 'email.sender.brand_display_name');
  });
});

describe('a credential pretext the sentence itself denies', () => {
  it('IT\'s "you will not be asked to verify your account" is a reassurance, not an ask', async () => {
    const text = (line: string) =>
      `Hi everyone,\n\nCanvas and Banner will be unavailable on Saturday from 2:00 to 6:00 a.m. for upgrades.\n\nLive status updates: https://ngcc-status.pages.dev\n\n${line}\n\nIT Services`;
    const notice = await scan({
      from: 'IT Services <itservices@northgatecc.example>',
      to: 'all-staff@northgatecc.example',
      text: text(
        'No action is needed. You will not be asked to re-enter your password or verify your account as part of this work.',
      ),
    });
    expectAbsent(notice, 'email.content.credential_lure');
    const lure = await scan({
      from: 'IT Services <itservices@northgatecc.example>',
      to: 'all-staff@northgatecc.example',
      text: text('Before the upgrade, please verify your account at the status page or it will be locked.'),
    });
    expectFires(lure, 'email.content.credential_lure');
  });
});

describe("HR's form on Microsoft Forms, between colleagues", () => {
  const survey = (from: string) =>
    scan({
      from,
      to: 'all-staff@anadolulojistik.example',
      subject: '2026 Employee Satisfaction Survey',
      text: 'Dear colleagues,\n\nThe 2026 Employee Satisfaction Survey is live. It takes about 8 minutes; signing in with your company account is all you need.\n\nTo take part: https://forms.office.com/r/Ank2026CMA\n\nHuman Resources',
    });
  it("the URL model's opinion of forms.office.com is context between colleagues, evidence from outside", async () => {
    const internal = await survey('Human Resources <hr@anadolulojistik.example>');
    expect(severityOf(internal, 'url.model.phishing')).not.toBe('medium');
    expect(severityOf(internal, 'url.model.phishing')).not.toBe('high');
    expect(internal.verdict).toBe('clean');
    const outside = await survey('Human Resources <hr@anadolu-lojistik-hr.example>');
    expect(['medium', 'high']).toContain(severityOf(outside, 'url.model.phishing'));
  });
  it('"şirket hesabınızla giriş yapmanız" (sign in with your company account) is how a form is used, not a credential ask', async () => {
    const v = await scan({
      from: 'İnsan Kaynakları <ik@anadolulojistik.example>',
      to: 'tum-calisanlar@anadolulojistik.example',
      text: 'Anket anonimdir; şirket hesabınızla giriş yapmanız yeterlidir. Ankete katılmak için: https://anket.anadolulojistik.example/2026',
    });
    expectAbsent(v, 'email.content.credential_lure');
    const ask = await scan({
      from: 'Destek <destek@anadolu-hesap.example>',
      text: 'Hesap bilgilerinizi doğrulayın: https://anadolu-hesap.example/giris',
    });
    expectFires(ask, 'email.content.credential_lure');
  });
});

describe('a landlord pointing to the number in the lease', () => {
  const letter = (check: string) =>
    scan({
      from: 'Hans-Peter Wegener <hp.wegener@t-online.example>',
      to: 'Jonas Becker <jonas.becker@gmx.example>',
      subject: 'Neue Bankverbindung für die Miete ab April',
      text: `Sehr geehrter Herr Becker,\n\nich löse mein altes Konto auf. Ab der Aprilmiete bitte ich Sie, auf mein Konto bei der Stadtsparkasse zu überweisen: DE89 3704 0044 0532 0130 00.\n\n${check}\n\nMit freundlichen Grüßen\nHans-Peter Wegener`,
    });
  it('says to verify by a number already known (medium), not a bank-change fraud (high)', async () => {
    const v = await letter(
      'Wenn Sie ganz sichergehen wollen, rufen Sie mich gerne vorher an, ich bin meistens vormittags zu Hause: 089 72 44 10 93 (die Nummer steht auch im Mietvertrag).',
    );
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
  it('without it, the same change stays high', async () => {
    const v = await letter('Bitte ändern Sie den Dauerauftrag noch heute.');
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
});

describe("Colissimo's notification domain", () => {
  it("notif-colissimo-laposte.info is La Poste's own; colissimo-suivi-colis.example is not", async () => {
    const text =
      'Votre colis 6A12345678901 sera livré demain. Suivez votre colis : https://www.laposte.fr/outils/suivre-vos-envois';
    const real = await scan({ from: 'Colissimo <noreply@notif-colissimo-laposte.info>', text });
    expectAbsent(real, 'email.sender.brand_display_name');
    expectAbsent(real, 'email.sender.lookalike_domain');
    const fake = await scan({ from: 'Colissimo <noreply@colissimo-suivi-colis.example>', text });
    expectFires(fake, 'email.sender.brand_display_name');
  });
});

describe('round 40 attacks read after reading', () => {
  it('a bank change whose sender is "only reachable by e-mail this week, the phone system is being changed" (German) is high', async () => {
    const v = await scan({
      from: 'Sabine Krüger <s.krueger@reifen-brandt-gmbh.example>',
      to: 'kreditoren@hartmann-logistik.example',
      subject: 'Aktualisierte Stammdaten',
      text: 'Sehr geehrte Damen und Herren,\n\nunsere Zahlungsinformationen haben sich geändert; bitte überweisen Sie die offenen Posten auf unser neues Konto DE44 4805 0161 0043 0067 21.\n\nFür Rückfragen erreichen Sie mich gerne per E-Mail; telefonisch bin ich diese Woche leider nur eingeschränkt erreichbar, da wir die Telefonanlage umstellen.',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
    expect(v.signals.find((s) => s.id === 'email.content.payment_change')?.message).toMatch(
      /talks the reader out/,
    );
  });

  it('"from now on use the following account" with the IBAN written out is a bank change (Spanish)', async () => {
    const v = await scan({
      from: 'Administración <administracion@colegio-sangabriel-pagos.example>',
      to: 'pablo.serrano@transmeridiano.example',
      subject: 'Cuotas del segundo trimestre',
      text: 'Estimadas familias:\n\nLas familias que abonan las cuotas mediante transferencia deben utilizar a partir de ahora la siguiente cuenta: IBAN ES76 0182 5322 1402 0161 7735.',
    });
    expectFires(v, 'email.content.payment_change');
  });

  it('a change of the account to pay into, in Japanese; a payroll notice that the change is made only through HR (Hebrew) is none', async () => {
    const jp = await scan({
      from: '関東パッケージ 経理部 <keiri-sato@kantou-packaging.example>',
      to: 'keiri@minato-butsuryu.example',
      subject: '【ご連絡】お振込先口座変更のお願い',
      text: 'このたび、2026年3月お支払い分よりお振込先口座を下記のとおり変更させていただくこととなりました。\n\n【新お振込先】みずほ銀行 横浜駅前支店 普通 口座番号：3184207',
    });
    expectFires(jp, 'email.content.payment_change');
    const he = await scan({
      from: 'חילן <noreply@hilan.example>',
      to: 'yael.cohen@galilmed.example',
      subject: 'תלוש השכר שלך זמין לצפייה',
      text: 'תלוש השכר שלך זמין כעת לצפייה באתר חילן.\n\nלתשומת לבך: חילן לעולם לא תבקש ממך לעדכן פרטי חשבון בנק באמצעות קישור בדוא"ל. שינוי פרטי בנק מתבצע מול מחלקת משאבי אנוש בלבד.',
    });
    expectAbsent(he, 'email.content.payment_change');
  });

  it('credential asks in Hungarian and the work-mail sign-in in Ukrainian are read', async () => {
    const hu = await scan({
      from: 'Nemzeti Adó- és Vámhivatal <ertesites@nav-visszaterites.example>',
      subject: 'Értesítés: adó-visszatérítés',
      text: 'Az összeg kiutalásához kérjük, jelentkezzen be az Ügyfélkapu+ felületén, és erősítse meg a bankszámlaszámát 5 munkanapon belül: https://nav-visszaterites.example/belepes',
    });
    expectFires(hu, 'email.content.credential_lure');
    expectFires(hu, 'email.sender.brand_display_name');
    const uk = await scan({
      from: '"Дія.Підпис" <sign@diia-pidpys.example>',
      subject: 'Документ очікує на ваш підпис',
      text: 'Вам надійшов документ для підпису.\n\nПереглянути та підписати: https://diia-pidpys.example/doc/3f1b77\n\nДля доступу використовуйте обліковий запис службової пошти.',
    });
    expectFires(uk, 'email.content.credential_lure');
  });

  it("the reader's name with a localised department word ('ti-' for IT) is a cousin; another company's name is not", async () => {
    const { imitatesDomain } = await import('../../src/url/index.js');
    expect(imitatesDomain('ti-clinicaboavista.com', 'clinicaboavista.com.br')?.family).toBe('combosquat');
    expect(imitatesDomain('rrhh-transmeridiano.es', 'transmeridiano.es')?.family).toBe('combosquat');
    expect(imitatesDomain('boavista-turismo.com', 'clinicaboavista.com.br')).toBeNull();
  });

  it("Altinn's name from another domain is impersonation; from altinn.no it is Altinn", async () => {
    const text =
      'Du har mottatt en ny melding i Altinn-innboksen. Logg inn for å lese meldingen: https://www.altinn.no/ui/Reportee';
    expectFires(
      await scan({ from: 'Altinn <ikke-svar@altinn-varsel.example>', text }),
      'email.sender.brand_display_name',
    );
    expectAbsent(
      await scan({ from: 'Altinn <ikke-svar@altinn.no>', text }),
      'email.sender.brand_display_name',
    );
  });
});

describe('round 41 attacks read after reading', () => {
  it('an Arabic lottery letter (a fee before the prize is released, details asked for) is advance-fee fraud; a real draw result is not', async () => {
    const scam = await scan({
      from: 'مكتب المطالبات الدولية <intl.lottery.claims@hotmail.example>',
      replyTo: 'barrister.kareem@gmail.example',
      subject: 'مبروك! تم اختيار بريدك الإلكتروني فائزاً',
      text: 'يسعدنا إبلاغك بأن عنوان بريدك الإلكتروني قد تم اختياره في السحب الدولي السنوي لليانصيب، وقد فزت بمبلغ 850,000 دولار.\n\nللمطالبة بجائزتك، يرجى إرسال البيانات التالية: الاسم الكامل، العنوان، صورة من جواز السفر.\n\nملاحظة: يجب دفع رسوم تحويل وتأمين بقيمة 350 دولاراً قبل إطلاق المبلغ.',
    });
    expectFires(scam, 'email.content.advance_fee');
    const news = await scan({
      from: 'نادي القراءة <club@maktaba.example>',
      subject: 'نتائج السحب الشهري',
      text: 'شكراً لمشاركتكم في مسابقة القراءة. تم إجراء السحب الشهري وسيتم التواصل مع الفائزين عبر الهاتف. لا توجد أي رسوم للمشاركة.',
    });
    expectAbsent(news, 'email.content.advance_fee');
  });
});
