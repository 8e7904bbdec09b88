/**
 * From the attacks of rounds 67, 72, 73 and 74 (dental clinics in Lyon and Brussels, architects in
 * Osaka, nail salons in Texas, a contractor in Dubai), read after they had been scored unread. Each
 * rule is written in words of its own, not copied from a round, and beside the legitimate mail it
 * must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { analyzeDomain } from '../../src/url/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });
const to = 'Marta Kowal <marta@brightdental.example>';

describe('data extortion whose list of stolen records runs long', () => {
  const stolen =
    'Nous avons copié : la base patients de votre logiciel (environ 9 000 fiches avec identité, numéro de sécurité sociale, antécédents, plans de traitement), les radiographies des trois dernières années, les devis signés, la comptabilité 2024 et 2025, les bulletins de salaire de toute l’équipe, les contrats des fournisseurs et les échanges avec les mutuelles, ainsi que les sauvegardes du serveur de la clinique et les identifiants de la messagerie.';
  it('fires when the crypto demand comes long after "we copied"', async () => {
    const v = await scan({
      from: 'Data Team <dt-2026@proton.example>',
      to,
      text: `Docteur,\n\n${stolen}\n\nVous avez 72 heures pour verser 2,5 BTC à l’adresse bc1q8n4x7kz2w3m6d0v9e5r1t8y7u4i2o6p3a5s9lk. Passé ce délai, nous publierons tout.`,
    });
    expectFires(v, 'email.content.extortion');
  });
  it('a breach notice that names what was copied and no payment does not', async () => {
    const v = await scan({
      from: 'Sécurité <securite@brightdental.example>',
      to,
      text: `Bonjour,\n\nIncident du 3 mars : ${stolen}\n\nNous avons prévenu la CNIL sous 72 heures. Aucune rançon ne sera payée. Changez votre mot de passe à la prochaine connexion.`,
    });
    expectAbsent(v, 'email.content.extortion');
  });
});

describe('a bank or regulator title on free mail', () => {
  const voicemail =
    'I left you a voice message this morning about the daily transfer limits on the company profile. Could you call me back on +65 3138 4092 today?';
  it('"Relationship Manager, SME Banking" on outlook.com is a role claim', async () => {
    const v = await scan({
      from: 'Jon Tan <jon.tan.biz@outlook.com>',
      to,
      text: `Hi Marta,\n\n${voicemail}\n\nBest regards,\nJon Tan\nRelationship Manager, SME Banking`,
    });
    expectFires(v, 'email.sender.freemail_role_claim');
  });
  it('"Investigator, Enforcement Division" on free mail is an authority claim', async () => {
    const v = await scan({
      from: 'Dan Ruiz <d.ruiz.case@outlook.com>',
      to,
      text: 'Mr. Pham,\n\nA complaint was filed against your salon. Please call me at (512) 555-0182 today.\n\nDan Ruiz\nInvestigator, Enforcement Division',
    });
    expectFires(v, 'email.sender.freemail_role_claim');
  });
  it('a customer writing from gmail about her own bill claims no role', async () => {
    const v = await scan({
      from: 'Ana Lima <ana.lima1988@gmail.com>',
      to,
      text: 'Hi, I left you a voice message this morning about my bill from the March visit. Could you call me back on 0612 345 678?\n\nThanks,\nAna',
    });
    expectAbsent(v, 'email.sender.freemail_role_claim');
    expect(v.verdict).toBe('clean');
  });
});

describe('the password asked into a form, in other languages', () => {
  it('"mets bien ton mot de passe actuel dans le champ prévu" from gmail is a credential ask', async () => {
    const v = await scan({
      from: 'Nadia Roux <nadia.roux.perso@gmail.com>',
      to,
      text: 'Coucou, le prestataire recrée les comptes lundi. Remplis ce formulaire : https://forms.office.com/r/Ab12Cd34 et mets bien ton mot de passe actuel dans le champ prévu. Merci !',
    });
    expectFires(v, 'email.content.credential_lure');
    expect(v.verdict).not.toBe('clean');
  });
  it('a bank\'s "ne saisissez jamais votre mot de passe" is no ask', async () => {
    const v = await scan({
      from: 'Banque Exemple <info@banque.example>',
      to,
      text: 'Rappel de sécurité : ne saisissez jamais votre mot de passe sur une page ouverte depuis un e-mail. Votre conseiller ne vous le demandera pas.',
    });
    expectAbsent(v, 'email.content.credential_lure');
  });
});

describe('records of people asked for', () => {
  it('a list with national ID numbers asked from free mail fires data_request', async () => {
    const v = await scan({
      from: 'Dr. Sanne Vos <sanne.vos.tand@gmail.com>',
      to: 'Lotte <lotte@brightdental.example>',
      text: 'Hoi Lotte, ik zit in een vergadering. Kan je een export maken van de patiënten van dit kwartaal? Naam, rijksregisternummer en ziekenfonds is genoeg. Stuur het naar dit adres.',
    });
    expectFires(v, 'email.content.data_request');
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it('passport bio-data pages asked for count too', async () => {
    const v = await scan({
      from: 'Work Pass Division <checks@manpower-gov-sg.example>',
      to,
      text: 'Please submit the following for each pass holder by replying to this email:\n1. Clear copy of passport bio-data page\n2. Salary slips',
    });
    expectFires(v, 'email.content.data_request');
  });
  it('a newsletter on privacy that names the numbers asks nothing', async () => {
    const v = await scan({
      from: 'Privacy Weekly <news@privacyweekly.example>',
      to,
      text: 'This week: why your clinic should never keep a list of names and social security numbers in a shared spreadsheet, and how to store passports safely.',
    });
    expectAbsent(v, 'email.content.data_request');
  });
});

describe('a BEC opener with a task to be done discreetly', () => {
  it('"take care of something for me, discreetly" while "tied up with the board" is secrecy and unavailability', async () => {
    const v = await scan({
      from: 'Faisal Mansour <faisal.mansour.md@gmail.com>',
      to,
      replyTo: 'faisal.office@proton.example',
      text: 'Marta,\n\nAre you in the office this afternoon? I am tied up with the board until late and need you to take care of something for me before 3pm, discreetly.\n\nReply here, my phone is on silent.\n\nFaisal',
    });
    expectFires(v, 'email.content.secrecy_urgency');
    expect(severityOf(v, 'email.content.unavailable_pretext')).toBe('medium');
  });
  it('a colleague asking to handle a patient complaint discreetly from the company domain is no freemail ask', async () => {
    const v = await scan({
      from: 'Faisal Mansour <faisal@brightdental.example>',
      to,
      text: 'Marta, the complaint from the Tuesday patient: please take care of it discreetly and log it in the quality register as usual. Thanks, Faisal',
    });
    expectAbsent(v, 'email.sender.freemail_business_ask');
    expect(v.verdict).toBe('clean');
  });
});

describe('a payment asked through Zelle', () => {
  it('"can we Zelle this one" from a manager\'s gmail is a payment ask', async () => {
    const v = await scan({
      from: 'Danny Ho <dannyho.store2@gmail.com>',
      to,
      text: 'The plumber finished today ($2,350). He asked if we can Zelle this one instead of a check: plumbing.tx@gmail.com. I am using my personal email because my work phone is dead.',
    });
    expectFires(v, 'email.content.urgent_payment');
    expectFires(v, 'email.sender.freemail_business_ask');
  });
  it('Zelle named in a bank newsletter asks nothing', async () => {
    const v = await scan({
      from: 'Bank News <news@bank.example>',
      to,
      text: 'New this spring: Zelle limits go up for business accounts. Read more in the app.',
    });
    expectAbsent(v, 'email.content.payment_request');
  });
});

describe('a document file name over a free-hosted page', () => {
  it('"BOQ Rev 04.xlsx" linking to a pages.dev page is a shared-document pretext on a free host', async () => {
    const v = await scan({
      from: 'Nadia Farouk <nadia@fitout-partner.example>',
      to,
      html: '<p>I uploaded the revised BOQ:</p><p><a href="https://boq-share-7.pages.dev/TowerB/Rev04">Tower B BOQ Rev 04.xlsx</a></p>',
    });
    expectFires(v, 'email.link.sign_in_on_free_host');
  });
  it("a paper's PDF that is the file itself on github.io is not", async () => {
    const v = await scan({
      from: 'Lab <lab@uni.example>',
      to,
      html: '<p>Our preprint: <a href="https://lab-group.github.io/papers/preprint-2026.pdf">preprint-2026.pdf</a></p>',
    });
    expectAbsent(v, 'email.link.sign_in_on_free_host');
  });
});

describe('brands and a company named after its own domain', () => {
  it('Autodesk, Aconex and Clover look-alikes are combosquats', () => {
    for (const d of [
      'autodesk-accountsupport.example.com',
      'aconex-projectmail.com',
      'clover-merchantcenter.com',
    ]) {
      const host = d.replace('.example.com', '.com');
      expect(analyzeDomain(host, { config }).signals.map((s) => s.id)).toContain(
        'domain.lookalike.combosquat',
      );
    }
  });
  it('Autodesk mail from autodeskcommunications.com is its own', async () => {
    const v = await scan({
      from: 'Autodesk <autodesk@autodeskcommunications.com>',
      to,
      text: 'Your AutoCAD renewal.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('"Clover Health" from cloverhealth.com is its own name, not Fiserv\'s Clover', async () => {
    const v = await scan({
      from: 'Clover Health <members@cloverhealth.com>',
      to,
      text: 'Your plan documents are ready. Sign in to your account to view them.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it('"Clover Merchant Services" on a look-alike domain names the brand', async () => {
    const v = await scan({
      from: 'Clover Merchant Services <alerts@clover-merchantcenter.com>',
      to,
      text: 'Deposits are on hold. Confirm your deposit account.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
  it('"DocuSign Envelope Center" on a domain spelling it out still names the brand', async () => {
    const v = await scan({
      from: 'DocuSign Envelope Center <info@docusignenvelopecenter.com>',
      to,
      text: 'An envelope is waiting. Sign in within 24 hours.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe('domain slamming', () => {
  const notice = (extra: string) =>
    `DOMAIN NAME EXPIRATION NOTICE\nDomain: BRIGHTDENTAL.EXAMPLE\nYour search engine listing for brightdental.example is about to expire. Failure to renew may result in the loss of online presence.\n1 year $89.00\nSecure payment: https://listing-renewals.example/renew?d=brightdental.example\n${extra}`;
  it('a listing "expiring" with the disclaimer is evidence on its own', async () => {
    const v = await scan({
      from: 'Domain Services <renewals@listing-renewals.example>',
      to,
      text: notice(
        'This notice is not an invoice for domain registration. You are under no obligation to pay unless you accept this offer.',
      ),
    });
    expectFires(v, 'email.content.listing_slam');
    expect(v.verdict).not.toBe('clean');
  });
  it("a registrar's real renewal notice carries no disclaimer", async () => {
    const v = await scan({
      from: 'Registrar <billing@registrar.example>',
      to,
      text: 'Your domain brightdental.example expires on 1 May. Auto-renew is on; your card ending 4242 will be charged $14.99. Search engine listing is not affected.',
    });
    expectAbsent(v, 'email.content.listing_slam');
  });
});

describe('Vietnamese sextortion', () => {
  it('a recording, the contacts, Bitcoin and "48 giờ" are read as extortion', async () => {
    const v = await scan({
      from: 'Người lạ <x7k2@proton.example>',
      to,
      text: 'Tôi đã cài phần mềm vào thiết bị của bạn và có quyền truy cập camera. Tôi có đoạn ghi hình bạn. Chuyển 1.450 USD bằng Bitcoin vào địa chỉ bc1q8n7x4y2kqv3zjm5t0w9ea6rdlphg3c2f0snu7k. Bạn có 48 giờ. Nếu không, video sẽ được gửi đến toàn bộ danh bạ và gia đình bạn.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it('a salon newsletter about a camera and family night at 8 giờ is not', async () => {
    const v = await scan({
      from: 'Tiệm Sen <news@tiemsen.example>',
      to,
      text: 'Tối thứ bảy 8 giờ: đêm gia đình tại tiệm, chúng tôi quay video và chụp ảnh bằng camera mới. Giảm 10% khi thanh toán.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
});

describe('Japanese BEC: the transfer asked without お', () => {
  it('"振込をお願いしたいものがあります" with secrecy is read', async () => {
    const v = await scan({
      from: '月城 恭介 <tsukishiro.k.office@gmail.com>',
      to,
      text: '松田さん\nお疲れさまです。今、打合せ中で電話に出られません。本日中に1件、振込をお願いしたいものがあります。この件は他の人には回さないでください。',
    });
    expectFires(v, 'email.content.secrecy_urgency');
  });
});

describe('the tender that costs a fee to see', () => {
  it('shortlisted, and a registration fee paid through an appointed agent before the documents, is advance fee', async () => {
    const v = await scan({
      from: 'Supplier Registry <registry@megaproject-procurement.example>',
      to,
      text: 'Your company has been shortlisted to receive the pre-qualification package for Package C-14. To receive the tender documents, shortlisted contractors must complete registration through our appointed procurement agent, including the one-time registration and bid-bond administration fee of SAR 18,750.',
    });
    expectFires(v, 'email.content.advance_fee');
  });
  it("a public buyer's tender notice selling documents on its own portal is not", async () => {
    const v = await scan({
      from: 'County Procurement <tenders@county.example>',
      to,
      text: 'Tender 2026/14 for road resurfacing is open. Tender documents are available on the county e-procurement portal. Bids close on 30 April.',
    });
    expectAbsent(v, 'email.content.advance_fee');
  });
});
