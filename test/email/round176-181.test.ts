/**
 * Rounds 176-181 (a copper mine in Antofagasta, an argan cooperative near Agadir, a sawmill in
 * Kuopio, a chip-equipment distributor in Hsinchu, a dairy cooperative in Hamilton, a diamond
 * wholesaler in Antwerp), scored unread: their false alarms, read afterwards. A Swedish customer and
 * a Taiwanese engineer forwarding a lure to ask whether it is real; a colleague mentioning, in
 * passing, that someone emailed asking for a bank change; a supplier's bank change asking to be
 * checked at the number already on file, in Hebrew; Amazon's Belgian shop and Morocco's Crédit
 * Agricole on their own domains; a freight desk's booking mailbox signed by the clerk. Each beside
 * the attack it must still catch. Last, two misses of read rounds (89, 84): a tax agency's officer
 * on Gmail, and a voicemail follow-up from free mail whose office lines are "being switched".
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

const SWEDISH_LURE = `Från: Harjuvaaran Saha Oy <accounts@harjuvaara-sawmills.example>
Ämne: Updated bank details for payments

Dear customer, please note that our bank details have changed. All open invoices should from now on be paid to IBAN LT88 3130 0101 2287 4419.`;

describe('a lure forwarded to ask whether it is real, in Swedish and Chinese', () => {
  it('the Swedish customer\'s "ser konstig ut … vi har inte gjort något" above Gmail\'s marker (round 178)', async () => {
    const v = await scan({
      from: 'Karin Lindholm <karin.lindholm@norrviktra.example>',
      to: 'Elina Sundqvist <elina.sundqvist@harjuvaara.example>',
      subject: 'VB: Updated bank details for payments',
      text: `Hej Elina,\nVår ekonomi fick det här i morse. Avsändaradressen ser konstig ut och det är på engelska, så vi har inte gjort något. Kan du bekräfta att era bankuppgifter är oförändrade?\n/Karin\n\n---------- Vidarebefordrat meddelande ---------\n${SWEDISH_LURE}`,
    });
    expectFires(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.payment_change')).toBe('info');
    expect(v.verdict).toBe('clean');
  });
  it('the same forward with no word that reports it keeps the bank change', async () => {
    const v = await scan({
      from: 'Karin Lindholm <karin.lindholm@norrviktra.example>',
      to: 'Elina Sundqvist <elina.sundqvist@harjuvaara.example>',
      subject: 'VB: Updated bank details for payments',
      text: `Hej Elina,\nSe nedan, vänligen uppdatera.\n/Karin\n\n---------- Vidarebefordrat meddelande ---------\n${SWEDISH_LURE}`,
    });
    expectAbsent(v, 'email.content.reported_forward');
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
  const chinese = (note: string) =>
    scan({
      from: '黃志明 Jimmy Huang <jimmy.huang@hengtai.example>',
      to: '周建良 Allen Chou <it@hengtai.example>',
      subject: 'FW: 您的密碼將於今天到期',
      text: `${note}\n\n-----原始郵件-----\n寄件者: Microsoft 帳戶小組 <no-reply@office365-passwd-tw.com>\n主旨: 您的密碼將於今天到期\n\n您的 Microsoft 365 密碼將於今天 23:59 到期。若要保留目前的密碼，請按下方連結確認：\nhttps://office365-passwd-tw.com/keep-password?u=jimmy.huang%40hengtai.example`,
    });
  it('"可以幫忙看一下是不是詐騙嗎？" above Outlook\'s 原始郵件 marker (round 179)', async () => {
    const v = await chinese(
      'Allen 你好，\n今天早上收到這封，我沒有點連結。可以幫忙看一下是不是詐騙嗎？\n謝謝',
    );
    expectFires(v, 'email.content.reported_forward');
    expect(v.verdict).toBe('clean');
  });
  it('the same forward asking only that it be looked at keeps its link signals', async () => {
    const v = await chinese('Allen 你好，\n請處理一下。\n謝謝');
    expectAbsent(v, 'email.content.reported_forward');
    expect(v.verdict).not.toBe('clean');
  });
});

describe('a bank change mentioned as an attempt someone made', () => {
  it('"someone emailed her … asking her to change our bank details. She didn\'t act on it" (round 176)', async () => {
    const v = await scan({
      from: 'Shannon Doyle <shannon.doyle@hallettridge.example>',
      to: 'Liam Carver <liam.carver@hallettridge.example>',
      subject: 'MCV overdue - can you nudge Matias?',
      text: 'Hey Liam,\nMCV have two invoices over 30 days now. Could you ask Matias to get the receipt corrected in SAP?\nAlso FYI - Carolina mentioned someone emailed her from "hallettrldge" (with an L) asking her to change our bank details. She didn\'t act on it, but I\'ve told IT.\nThanks!\nShan',
    });
    expectAbsent(v, 'email.content.payment_change');
    expect(v.verdict).toBe('clean');
  });
  it('the ask itself is still a bank change', async () => {
    const v = await scan({
      from: 'Shannon Doyle <shannon.doyle@hallettrldge.example>',
      to: 'Carolina Ruiz <cruiz@mcv.example>',
      subject: 'Remittance',
      text: 'Hi Carolina, please change our bank details before the next payment run: we now bank with Westpac, BSB 032-000, account 448 291 773.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe('a supplier asking that its bank change be checked at the number on file, in Hebrew (round 181)', () => {
  const notice = (check: string) =>
    scan({
      from: 'נועה פרידמן <noa@tzurpolished.example>',
      to: 'David Kahn <david.kahn@aerdenkahn.example>',
      subject: 'Change of bank account',
      text: `שלום דוד,\nהחל מ-1 באפריל אנחנו מעבירים את החשבון העסקי לבנק הפועלים. Change of bank account: from now on please pay all invoices to our new account, IBAN IL62 0108 0000 0009 9999 999.\n${check}\nתודה,\nנועה`,
    });
  it('"התקשרו … במספר המשרד שכבר יש לכם": an ask, not evidence on its own', async () => {
    const v = await notice(
      'לפני שאתם מעדכנים את המערכת, אנא התקשרו אליי במספר המשרד שכבר יש לכם ואמתו את הפרטים.',
    );
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
  it('without the number on file it stays high', async () => {
    const v = await notice('אנא עדכנו את המערכת היום.');
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
});

describe("brands' own country domains", () => {
  it("Amazon's Belgian shop links to www.amazon.com.be (round 181)", async () => {
    const v = await scan({
      from: '"Amazon.com.be" <confirmation-commande@amazon.com.be>',
      to: 'nathalie@aerdenkahn.example',
      subject: 'Votre commande a été expédiée',
      html: '<p>Bonjour Nathalie, votre colis a été expédié.</p><p><a href="https://www.amazon.com.be/gp/your-account/order-details?orderID=402-8817245-3310467">Suivre votre colis</a></p>',
    });
    expectAbsent(v, 'domain.lookalike.subdomain');
    expect(v.verdict).toBe('clean');
  });
  it("Amazon named in the subdomain of someone else's domain still is a look-alike", async () => {
    const v = await scan({
      from: '"Amazon" <confirmation@amazon-orders.example>',
      to: 'nathalie@aerdenkahn.example',
      subject: 'Votre commande',
      html: '<p><a href="https://www.amazon.com.secure-orders.be/gp/your-account/order-details">Suivre votre colis</a></p>',
    });
    expectFires(v, 'domain.lookalike.subdomain');
  });
  it("Crédit Agricole du Maroc's alert from creditagricole.ma (round 177)", async () => {
    const v = await scan({
      from: 'Crédit Agricole du Maroc <notification@creditagricole.ma>',
      to: 'khadija@tifawin.example',
      subject: 'تنبيه: تسجيل دخول جديد إلى حسابكم',
      text: 'تم تسجيل دخول إلى خدمة CAM e-Banking من جهاز جديد. إذا لم تقوموا بذلك، المرجو الاتصال بوكالتكم.',
    });
    expectAbsent(v, 'email.sender.lookalike_domain');
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('a name one letter away from it still imitates the brand', async () => {
    const v = await scan({
      from: 'Crédit Agricole <notification@creditagricoie.ma>',
      to: 'khadija@tifawin.example',
      subject: 'Alerte',
      text: 'Connexion inhabituelle détectée.',
    });
    expectFires(v, 'email.sender.lookalike_domain');
  });
});

describe("a desk's mailbox signed by the clerk who writes from it (round 176)", () => {
  it('"Bookings - Leeuwin Freight <bookings@…>" signed "Aaron Mitchell"', async () => {
    const v = await scan({
      from: 'Bookings - Leeuwin Freight <bookings@leeuwinfreight.example>',
      to: 'liam.carver@hallettridge.example',
      subject: 'Booking confirmed LFL-FRE-26-0388',
      text: 'Hi Liam,\nBooking confirmed as below. Please check the attached draft bill of lading.\n\nRegards,\nAaron Mitchell\nExport Operations',
    });
    expectAbsent(v, 'email.sender.signed_by_another');
  });
  it('a "logistics desk" on free mail signed by a person still is (read round 68: a cargo thief)', async () => {
    const v = await scan({
      from: 'Veldhoven Electronics Logistics <veldhoven.logistics.desk@gmail.com>',
      to: 'marek@brzask.example',
      subject: 'FTL consumer electronics, loading Thursday',
      text: 'Hello Marek,\nWe have a full truck of consumer electronics from Tilburg to Warszawa. Please send the driver ID scan and plates today.\n\nBest regards\nDaan Verhoeven\nTransport coordinator',
    });
    expectFires(v, 'email.sender.signed_by_another');
  });
  it("one person's mailbox signed by another still is", async () => {
    const v = await scan({
      from: 'Robert Hart <roberthart@mail.example>',
      to: 'liam.carver@hallettridge.example',
      subject: 'Quick favour',
      text: 'Hi Liam,\nAre you at your desk? I need a payment processed today.\n\nRegards,\nChristopher Bradley',
    });
    expectFires(v, 'email.sender.signed_by_another');
  });
});

describe('a tax agency officer writing from free mail (read round 89)', () => {
  const followUp = (from: string, sign: string) =>
    scan({
      from,
      to: 'Daniel Whitcombe <dwhitcombe@harvestbridge.example>',
      subject: 'Following up on my voice message – T3010',
      text: `Good morning Mr. Whitcombe,\nI'm following up on the voice message I left on your office line earlier today. I need to clarify two entries before the file can be closed. You can reach me directly at 613-555-0196, extension 2.\nRegards,\nMarc-André Tremblay\n${sign}`,
    });
  it('"Charities Directorate, Canada Revenue Agency" from gmail is a role claim', async () => {
    const v = await followUp(
      'Marc-André Tremblay <ma.tremblay.charities@gmail.com>',
      'Compliance Officer, Charities Directorate\nCanada Revenue Agency',
    );
    expectFires(v, 'email.sender.freemail_role_claim');
    expect(v.verdict).not.toBe('clean');
  });
  it("a volunteer's own free mail signing with the charity's name is not", async () => {
    const v = await followUp(
      'Marc-André Tremblay <ma.tremblay@gmail.com>',
      'Volunteer, Harvest Bridge Food Network',
    );
    expectAbsent(v, 'email.sender.freemail_role_claim');
  });
});

describe('a voicemail follow-up from free mail whose office lines are "being switched" (read round 84)', () => {
  const followUp = (excuse: string) =>
    scan({
      from: 'Rosa Delgado <rosa.delgado.bcb@outlook.com>',
      to: 'Valeria Rinaldi <vrinaldi@andescellars.example>',
      subject: 'Following up on my voicemail - entry 7NK-0042188-3',
      text: `Hi Valeria,\nFollowing up on the voice message I left you this morning about the container on hold. ${excuse}Please call me at (786) 471-2093 when you get this.\nThanks,\nRosa`,
    });
  it('"our office lines are being switched … I\'m working off my cell" is the impostor\'s reason for another number', async () => {
    const v = await followUp(
      "Our office lines are being switched to the new provider this week so I'm working off my cell today. ",
    );
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it('the same follow-up without it is a customer asking for a call', async () => {
    expectAbsent(await followUp(''), 'email.sender.freemail_business_ask');
  });
});
