/**
 * From the forty-second and forty-third rounds of hand-made mail (measured unread, then read):
 * genuine bank changes that point to the number in the vendor master or the contract (English,
 * Ukrainian), a transliterated trade word (`logistyk`), a payroll platform's payslip (Keka), ShareFile's
 * and Mercado Livre's own domains; and the attacks: "ADP Payroll Services" from another domain, a
 * Teams lure on a free host named after the reader's company. Each beside its look-alike.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('a bank change to be checked at the number the reader already holds', () => {
  it('"call the undersigned on the landline number available in your vendor master" is verification (medium)', async () => {
    const v = await scan({
      from: 'Venkatesh Rao <accounts@shaktielectricals.example>',
      to: 'ananya.iyer@veritasinfra.example',
      subject: 'Change in bank account details - Shakti Electricals',
      text: 'Dear Ananya Madam,\n\nPlease find attached our letter regarding the change in our bank account, with a cancelled cheque of the new account. As per your vendor onboarding policy, we request you to kindly call the undersigned on the landline number available in your vendor master to verify the same before updating.',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
  });
  it('the same in Ukrainian ("за номером, зазначеним у договорі")', async () => {
    const v = await scan({
      from: 'Бухгалтерія <buh@logistyk-plus.example>',
      to: 'olena@norvane.example',
      subject: 'Зміна банківських реквізитів',
      text: 'Просимо обов’язково підтвердити нові реквізити телефонним дзвінком до нашої бухгалтерії за номером, зазначеним у договорі, і лише після цього вносити зміни у вашу систему.',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('medium');
    const fraud = await scan({
      from: 'Бухгалтерія <buh@logistyk-plus.example>',
      to: 'olena@norvane.example',
      subject: 'Зміна банківських реквізитів',
      text: 'Просимо терміново оплатити рахунок на нові реквізити: UA21 3223 1300 0002 6007 2335 6600 1.',
    });
    expect(severityOf(fraud, 'email.content.payment_change')).toBe('high');
  });
});

describe('the sender checks that read names', () => {
  it('a transliterated trade word (logistyk) is a spelling, not a misspelling; a dropped letter still is', async () => {
    const text = 'Dear partners, please find our monthly statement attached.';
    expectAbsent(
      await scan({ from: 'Accounts <buh@logistyk-plus.example>', text }),
      'email.sender.misspelt_trade_word',
    );
    expectFires(
      await scan({ from: 'Accounts <ap@riversideconstructio.example>', text }),
      'email.sender.misspelt_trade_word',
    );
  });
  it("a payroll platform's payslip notice (Keka) is not an outsider writing about the reader's employment", async () => {
    const text =
      'Dear Deepak,\n\nYour payslip for the month of March 2026 has been published. The attached PDF is password protected.';
    expectAbsent(
      await scan({ from: 'Keka HR <noreply@keka.com>', to: 'deepak@veritasinfra.example', text }),
      'email.sender.outside_employer_notice',
    );
  });
  it("ShareFile's notification domain and Mercado Livre's .com are the brands' own", async () => {
    const share = await scan({
      from: 'Harlow & Pike CPA via ShareFile <mail@sf-notifications.com>',
      text: 'Harlow & Pike CPA has sent you files. Download link expires 03/14/2026.',
    });
    expectAbsent(share, 'email.sender.brand_display_name');
    const ml = await scan({
      from: 'Mercado Livre <noreply@mercadolivre.com>',
      text: 'Sua compra está a caminho!',
    });
    expectAbsent(ml, 'email.sender.brand_display_name');
  });
  it('"ADP Payroll Services" from another domain names ADP (a payroll word beside a short brand)', async () => {
    const v = await scan({
      from: 'ADP Payroll Services <notifications@adp-payview.example>',
      text: 'Your pay statement for the pay date 03/13/2026 is now available.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe("a link on a free host named after the reader's company", () => {
  const teams = (from: string, link: string) =>
    scan({
      from,
      to: 'Megan Hale <megan.hale@cobaltstreet.example>',
      subject: 'Jordan Pike sent you a message in Teams',
      text: `Jordan Pike sent a message: can you look at the revised Q2 budget file before 3?\n\nReply in Teams: ${link}`,
    });
  it('fires for a stranger linking to teams-msg-cobaltstreet.pages.dev', async () => {
    expectFires(
      await teams(
        'Microsoft Teams <noreply@teams-chatnotify.example>',
        'https://teams-msg-cobaltstreet.pages.dev/c/8812',
      ),
      'email.link.correspondent_name_in_domain',
    );
  });
  it("stays silent for a colleague's preview site and for the hosting platform's own notice", async () => {
    // (a colleague's link is read as the sender's own name in another domain, an existing check)
    const colleague = await teams(
      'Jordan Pike <jordan@cobaltstreet.example>',
      'https://pricing-cobaltstreet.pages.dev',
    );
    expect(colleague.signals.some((s) => s.message.includes("the recipient's domain"))).toBe(false);
    expectAbsent(
      await teams('Vercel <notifications@vercel.com>', 'https://site-git-pricing-cobaltstreet.vercel.app'),
      'email.link.correspondent_name_in_domain',
    );
  });
});

describe('round 43 attacks read after reading', () => {
  it('a signature\'s company written with look-alike letters in the domain (hombeampack for "Hornbeam Packaging")', async () => {
    const v = await scan({
      from: 'Claire Donovan <claire.donovan@hombeampack.example>',
      to: 'daniel@norvane.example',
      subject: 'RE: Statement of account',
      text: 'Hi Daniel,\n\nOur finance team moved the receivables account last month, so the February invoices should go to the new one below.\n\nAccount name: Hornbeam Packaging Ltd\nIBAN: AE47 0260 0010 1538 4927 601\n\nKind regards,\nClaire\nHornbeam Packaging Ltd',
    });
    expectFires(v, 'email.sender.misspelt_own_name');
    // the company's own short form (Keystone Insurance at keystoneins) is its own spelling
    const own = await scan({
      from: 'Keystone Insurance <billing@keystoneins.example>',
      text: 'Your Keystone Insurance invoice is ready.',
    });
    expectAbsent(own, 'email.sender.misspelt_own_name');
    const shortOwn = await scan({
      from: 'Claire Donovan <claire.donovan@hornbeampack.example>',
      text: 'Statement attached.\n\nClaire\nHornbeam Packaging Ltd',
    });
    expectAbsent(shortOwn, 'email.sender.misspelt_own_name');
  });

  it('"your storage is full" in Chinese is a credential pretext; an ordinary Chinese notice is not', async () => {
    const v = await scan({
      from: 'Google Workspace <no-reply@mail-workspace-alerts.example>',
      subject: '您的儲存空間已滿，新郵件將無法送達',
      text: '您的儲存空間已滿，新郵件將無法送達。請立即登入以釋放空間：https://workspace-storage-tw.pages.dev/login',
    });
    expectFires(v, 'email.content.credential_lure');
    const ok = await scan({
      from: '行政部 <admin@norvane.example>',
      subject: '會議室預約',
      text: '下週三的會議室已預約完成，請準時出席。',
    });
    expectAbsent(ok, 'email.content.credential_lure');
  });
});

describe('a deal lawyer asking for a deposit and a small circle (round 42)', () => {
  const letter = (secret: string) =>
    scan({
      from: 'Catherine Ruell <c.ruell@ashdownpryce-law.example>',
      to: 'tom.ellery@harrowgate.example',
      subject: 'Project Kingfisher',
      text: `Dear Tom,\n\nThe seller's solicitors have requested the exclusivity deposit of GBP 148,500 be placed in our client account ahead of the heads of terms being signed on Thursday. Our client account details are on the attached completion statement.\n\n${secret}\n\nKind regards,\nCatherine Ruell`,
    });
  it('a payment kept to a small circle is a secret payment (high)', async () => {
    const v = await letter(
      "Given the market sensitivity, I'd be grateful if this stayed between us and the board.",
    );
    expect(severityOf(v, 'email.content.secrecy_urgency')).toBe('high');
  });
  it('the same request without secrecy is an ask only', async () => {
    const v = await letter('Please let me know if you would like to walk through the statement.');
    expectFires(v, 'email.content.payment_request');
    expect(severityOf(v, 'email.content.secrecy_urgency')).not.toBe('high');
  });
});

describe('business SaaS brands lures copy', () => {
  it('"Zendesk Billing" from zendesk-billing.net is impersonation; Zendesk from zendesk.com is Zendesk', async () => {
    const text = 'Your Zendesk invoice ZD-INV-2026-448210 is available. Payment is due within 7 days.';
    expectFires(
      await scan({ from: 'Zendesk Billing <billing@zendesk-billing.example>', text }),
      'email.sender.brand_display_name',
    );
    expectAbsent(
      await scan({ from: 'Zendesk Billing <billing@zendesk.com>', text }),
      'email.sender.brand_display_name',
    );
  });
});

describe('BEC read in Greek and Hebrew (round 43)', () => {
  it('"don\'t discuss it with anyone in the office" (Greek) is secrecy; "don\'t forget the meeting" is not', async () => {
    const ask = await scan({
      from: 'Γιώργος Αντωνίου <g.antoniou.office@outlook.com>',
      to: 'n.papadopoulos@norvane.example',
      subject: 'Εμπιστευτικό',
      text: 'Πρέπει να γίνει μια προκαταβολή 84.500 € σήμερα. Η συναλλαγή είναι εμπιστευτική — σε παρακαλώ μην το συζητήσεις με κανέναν στο γραφείο, ούτε με το λογιστήριο.',
    });
    expectFires(ask, 'email.content.secrecy_urgency');
    const note = await scan({
      from: 'Γιώργος Αντωνίου <g.antoniou@norvane.example>',
      to: 'n.papadopoulos@norvane.example',
      subject: 'Σύσκεψη',
      text: 'Νίκο, μην ξεχάσεις τη σύσκεψη της Δευτέρας στο γραφείο, στις 10:00.',
    });
    expectAbsent(note, 'email.content.secrecy_urgency');
  });
  it("an employee's new account for the salary from a personal address (Hebrew) is a payroll change", async () => {
    const v = await scan({
      from: 'דניאל כהן <daniel.cohen.work@gmail.com>',
      to: 'noa.levi@norvane.example',
      subject: 'עדכון פרטי חשבון',
      text: 'היי נועה, עברתי לבנק אחר ואני רוצה לעדכן את פרטי החשבון לתשלום המשכורת. אם אפשר שזה ייכנס כבר במשכורת של מרץ.\n\nהפרטים החדשים: בנק דיסקונט (11), סניף 095, מספר חשבון 0482217',
    });
    expectFires(v, 'email.content.payroll_diversion');
    const payslip = await scan({
      from: 'משאבי אנוש <hr@norvane.example>',
      to: 'noa.levi@norvane.example',
      subject: 'תלוש שכר',
      text: 'תלוש המשכורת לחודש מרץ זמין באתר. לשאלות ניתן לפנות למשאבי אנוש.',
    });
    expectAbsent(payslip, 'email.content.payroll_diversion');
  });
});
