/**
 * Blind rounds 230-235 (written by helpers who never saw Vigil), scored at arrival, then read: the
 * missed attacks of 230, 231, 232 and 235 (233 and 234 are kept unread) and the false alarms of all
 * six. Each change beside the legitimate message it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires, severityOf } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe('data-theft and review extortion (rounds 230, 231)', () => {
  it('reads "we hold a copy of your data … the price to delete the data is 4.5 BTC"', async () => {
    const v = await scan({
      from: 'AQS Data Notice <aqs.notice@proton.me>',
      to: 'partner@solicitors.example',
      text: 'We have had access to your file server and document management system for several weeks. We hold a copy of 61 GB of your data, including:\n\n- passport and driving licence scans and identity reports for clients from 2021 to date\n- completion statements and client account bank statements\n- mortgage offers, gift letters and source-of-funds evidence\n- staff payroll files\n\nIf you do not contact us within 72 hours, we will email every client in your matter list informing them that their documents have been leaked, publish the data, and send a copy to the SRA and the ICO. You will then have a reportable breach, a regulatory investigation and a line of claims.\n\nThe price to delete the data and provide proof of deletion is 4.5 BTC. Contact us only through the address in this email.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it('reads 240 fake reviews going live unless stopped for bitcoin', async () => {
    const v = await scan({
      from: 'Reputation Desk <reputation.desk@proton.me>',
      to: 'owner@property.example',
      text: 'Our team has prepared 240 detailed reviews of your company for Google and Yelp. They start going live next Monday. You can stop this for 0.045 BTC sent to: bc1q7x2mlf9u3ke0v8zfd6wq5ytn4haj2rcs0pgx3d\n\nOnce the payment has 2 confirmations, the reviews are deleted. You have until Sunday 23:59.',
    });
    expectFires(v, 'email.content.extortion');
  });
  it("a shop's note that its reviews page goes live and that it takes BTC threatens nothing", async () => {
    const v = await scan({
      from: 'Marketing <marketing@shop.example>',
      to: 'team@shop.example',
      text: 'The new reviews page is going live on Monday. We now accept BTC at checkout too.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
  it("a backup provider's note that it holds a copy of the reader's data asks no ransom", async () => {
    const v = await scan({
      from: 'Backups <noreply@backup.example>',
      to: 'it@firm.example',
      text: 'We hold a copy of 61 GB of your data in our Sydney region. To delete the data, open Settings > Retention.',
    });
    expectAbsent(v, 'email.content.extortion');
  });
});

describe('a disk image said to hold the attachments (round 231)', () => {
  const application = (text: string) =>
    scan({
      from: 'Brianna Cole <briannacole.rentals@outlook.com>',
      to: 'leasing@property.example',
      subject: 'Application docs',
      text,
      attachments: [
        { filename: 'Application_Docs.iso', contentType: 'application/x-iso9660-image', content: 'CD001' },
      ],
    });
  it('"I put my pay stubs together in one file because Outlook kept bouncing the separate attachments" hands it over', async () => {
    const v = await application(
      'I put my last three pay stubs and my ID together in one file because Outlook kept bouncing the separate attachments.',
    );
    expect(severityOf(v, 'email.attachment.dangerous_type')).toBe('critical');
  });
  it('an image sent with no word about it stays high', async () => {
    const v = await application('Hi, see you Saturday for the showing.');
    expect(severityOf(v, 'email.attachment.dangerous_type')).toBe('high');
  });
});

describe('the .cn domain-name claim in a sentence of its own (round 232)', () => {
  it('reads "They want to register … as their Internet Keyword" and the partner question', async () => {
    const v = await scan({
      from: 'Jerry Wang <jerry.wang@netservice.example>',
      to: 'info@distillery.example',
      text: 'We received an application from Huitong Investment Co., Ltd on February 9, 2026. They want to register "glenruadh" as their Internet Keyword and China (CN) domain names.\n\nIt is necessary to send email to you and confirm whether this company is your distributor or business partner in China or not?',
    });
    expectFires(v, 'email.content.domain_claim_scam');
  });
  it("a registrar confirming the reader's own registration asks no such thing", async () => {
    const v = await scan({
      from: 'Registrar <support@registrar.example>',
      to: 'info@distillery.example',
      text: 'You asked us to register glenruadh.cn as your domain name. Registration is complete.',
    });
    expectAbsent(v, 'email.content.domain_claim_scam');
  });
});

describe('a tax caseworker on outlook.com (round 232)', () => {
  const note = (signature: string) =>
    scan({
      from: 'Martin Kerr <martin.kerr.excisesupport@outlook.com>',
      to: 'callum@distillery.example',
      subject: 'Duty deferment guarantee - my voicemail this morning',
      text: `Hi Callum,\n\nFollowing up on the voice message I left for you this morning. My direct line is 0131 496 0712.\n\nKind regards,\n\nMartin Kerr\n${signature}`,
    });
  it('signed "Excise Guarantees Caseworker" claims a tax office', async () => {
    expectFires(
      await note('Excise Guarantees Caseworker\nExcise & Customs Support'),
      'email.sender.freemail_role_claim',
    );
  });
  it('a freelance bookkeeper signing with her trade does not', async () => {
    expectAbsent(await note('Bookkeeping and payroll for small firms'), 'email.sender.freemail_role_claim');
  });
});

describe("a state's department signed from another domain (rounds 231, 235)", () => {
  const signed = (from: string, signature: string) =>
    scan({
      from,
      to: 'broker@property.example',
      subject: 'Following up on my voicemail - trust account review',
      text: `Mr. Whitaker,\n\nI need a short call to confirm the account numbers on file. You can reach me at (602) 555-0188.\n\nRegards,\n\nGregory Hale\n${signature}`,
    });
  it('fires on "Arizona Department of Real Estate" at azre-compliance.org', async () => {
    expectFires(
      await signed(
        'Gregory Hale <g.hale@azre-compliance.example>',
        'Auditor II, Compliance Services\nArizona Department of Real Estate',
      ),
      'email.sender.state_agency_elsewhere',
    );
  });
  it('and on "Department of Transport WA" and "Office of the Arizona Attorney General"', async () => {
    expectFires(
      await signed('DoT <licensing@dot-wa-notices.example>', 'Department of Transport WA'),
      'email.sender.state_agency_elsewhere',
    );
    expectFires(
      await signed('Complaints <complaints@azag-consumer.example>', 'Office of the Arizona Attorney General'),
      'email.sender.state_agency_elsewhere',
    );
  });
  it("not from the department's own .gov or .gov.au domain", async () => {
    expectAbsent(
      await signed('Gregory Hale <g.hale@azre.gov>', 'Arizona Department of Real Estate'),
      'email.sender.state_agency_elsewhere',
    );
    expectAbsent(
      await signed('DoT <licensing@transport.wa.gov.au>', 'Department of Transport WA'),
      'email.sender.state_agency_elsewhere',
    );
  });
  it("nor from a department's own plain .com (floridarevenue.com) or GovDelivery", async () => {
    expectAbsent(
      await signed(
        'Florida Department of Revenue <DORnoreply@floridarevenue.com>',
        'Florida Department of Revenue',
      ),
      'email.sender.state_agency_elsewhere',
    );
    expectAbsent(
      await signed(
        'Vermont Agency of Agriculture <vermont@public.govdelivery.com>',
        'Vermont Department of Health',
      ),
      'email.sender.state_agency_elsewhere',
    );
  });
  it('nor on an agent "Licensed by the Arizona Department of Insurance" or a university department', async () => {
    expectAbsent(
      await signed('Agent <agent@insure.example>', 'Licensed by the Arizona Department of Insurance'),
      'email.sender.state_agency_elsewhere',
    );
    expectAbsent(
      await signed('Prof <prof@uni.example>', 'University of Arizona Department of Physics'),
      'email.sender.state_agency_elsewhere',
    );
  });
});

describe("a private filing service's disclaimer under a bill (round 231)", () => {
  const statement = (fine: string) =>
    scan({
      from: 'Arizona Rental Registration Services <filings@az-rentalregistry.example>',
      to: 'owners@property.example',
      text: `Annual Compliance Filing Statement\n\nTotal due: $2,646.00\n\nPlease remit by February 27, 2026 using the secure payment page below.\n\n${fine}`,
    });
  it('"a private document preparation service and is not affiliated with any county or state agency" is the scam\'s', async () => {
    expectFires(
      await statement(
        'Arizona Rental Registration Services is a private document preparation service and is not affiliated with any county or state agency.',
      ),
      'email.content.directory_scam',
    );
  });
  it('a bill without it is no directory scam', async () => {
    expectAbsent(await statement('Thank you for your business.'), 'email.content.directory_scam');
  });
});

describe('Italian bank-detail change and free-mail excuse (round 235)', () => {
  it('reads "effettuare tutti i pagamenti … sulle seguenti coordinate" and the old account out of use as the fraud', async () => {
    const v = await scan({
      from: 'Amministrazione <amministrazione@idrotermica-venturi.example>',
      to: 'accounts@mech.example',
      subject: 'Variazione coordinate bancarie',
      text: 'A partire dalla data odierna Vi preghiamo di effettuare tutti i pagamenti, comprese le fatture già emesse, sulle seguenti coordinate:\n\nIBAN: LT81 3500 0100 1482 6603\n\nLe precedenti coordinate presso Banca Valsabbina non saranno più operative a partire dal 31 marzo.',
    });
    expect(severityOf(v, 'email.content.payment_change')).toBe('high');
  });
  it('a supplier announcing the change by letter, to confirm by phone, stays medium', async () => {
    const v = await scan({
      from: 'Amministrazione <amministrazione@venturi.example>',
      to: 'accounts@mech.example',
      subject: 'Variazione coordinate bancarie',
      text: 'Vi informiamo della variazione delle coordinate bancarie. Vi preghiamo di confermare telefonicamente al numero che avete già in anagrafica.',
    });
    expect(severityOf(v, 'email.content.payment_change')).not.toBe('high');
  });
  it('reads "Scrivo dal gmail perché il server aziendale è in migrazione" as an excuse', async () => {
    const v = await scan({
      from: 'Idrotermica Venturi - Ufficio Export <venturi.export@gmail.com>',
      to: 'rosa@mech.example',
      text: "Per attivare l'utenza Le chiedo di compilare questo modulo.\n\nScrivo dal gmail perché il server aziendale è in migrazione questa settimana.\n\nFederica",
    });
    expectFires(v, 'email.content.personal_address_pretext');
  });
  it('"scrivo dal treno" is no excuse for an address', async () => {
    const v = await scan({
      from: 'Federica <federica@venturi.example>',
      to: 'rosa@mech.example',
      text: 'Scrivo dal treno, ci sentiamo domani per il listino.',
    });
    expectAbsent(v, 'email.content.personal_address_pretext');
  });
});

describe('false alarms of rounds 231 and 234', () => {
  it('a tenant asking for a payment plan ("¿Se puede hacer un plan de pago así?") asks no payment of the reader', async () => {
    const v = await scan({
      from: 'Alejandra Ruiz <alejandra.ruiz88@hotmail.com>',
      to: 'Gabriela <gfuentes@property.example>',
      subject: 'Plan de pago junio',
      text: 'Buenas tardes Gabriela,\n\nEste mes no voy a poder pagar la renta completa. Puedo pagar $700 el 1 de junio y los $585 restantes el 15. ¿Se puede hacer un plan de pago así?\n\nGracias,\nAlejandra',
    });
    expectAbsent(v, 'email.content.payment_request');
    expectAbsent(v, 'email.sender.freemail_business_ask');
    expect(v.verdict).toBe('clean');
  });
  it('"necesito que hagas un pago a un proveedor nuevo" still is one', async () => {
    const v = await scan({
      from: 'Director <director.ceo@hotmail.com>',
      to: 'finanzas@property.example',
      text: 'Necesito que hagas un pago de $4,800 a un proveedor nuevo hoy.',
    });
    expectFires(v, 'email.content.payment_request');
  });
  it("a sponsor's renewal paid by cheque as usual, with the receipt's sponsorship portion adjusted, is no fake cheque", async () => {
    const v = await scan({
      from: 'François Girard <fgirard@assurances.example>',
      to: 'isabelle@charity.example',
      subject: 'Partenariat Gala 2026',
      text: "Bonjour Isabelle,\n\nSerait-il possible d'avoir huit billets plutôt que six, quitte à ajuster la valeur du reçu pour la portion commandite ?\n\nEnvoyez-moi l'entente quand elle sera prête ; nous paierons par chèque comme d'habitude.\n\nFrançois",
    });
    expectAbsent(v, 'email.content.money_mule');
  });
});

describe("Georgia Power's bill linking to its parent's site (round 233)", () => {
  const bill = (from: string, link: string) =>
    scan({
      from,
      to: 'ap@dealership.example',
      subject: 'Your Georgia Power bill is ready',
      text: `Your bill is ready.\n\nAmount due: $6,418.72\nDue date: 03/27/2026\n\nView and pay your bill: ${link}\n\nThank you for being a Georgia Power customer.`,
    });
  it("customerservice2.southerncompany.com is the group's own", async () => {
    const v = await bill(
      'Georgia Power <noreply@georgiapower.com>',
      'https://customerservice2.southerncompany.com/Billing/Home',
    );
    expect(['none', 'low', 'info']).toContain(severityOf(v, 'url.model.phishing'));
    expectAbsent(v, 'email.sender.lookalike_domain');
  });
  it('a look-alike of its domain is not', async () => {
    const v = await bill(
      'Georgia Power <billing@georgiapower-billing.example>',
      'https://georgiapower-billing.example/pay',
    );
    expectFires(v, 'email.sender.lookalike_domain');
  });
});

describe("a tax office's desk in the display name, and an Urdu helpline (round 230)", () => {
  const letter = (from: string, text: string) =>
    scan({ from, to: 'asif@example.com', subject: 'SDLT', text });
  it('"HMRC Stamp Taxes" on another domain claims HMRC', async () => {
    expectFires(
      await letter(
        'HMRC Stamp Taxes <sdlt-review@stamptaxes-review.example>',
        'Your return is under review.',
      ),
      'email.sender.brand_display_name',
    );
  });
  it('"Stamp Taxes Review" names no brand', async () => {
    expectAbsent(
      await letter(
        'Stamp Taxes Review <sdlt-review@stamptaxes-review.example>',
        'Your return is under review.',
      ),
      'email.sender.brand_display_name',
    );
  });
  it('reads "ہماری اردو ہیلپ لائن سے رابطہ کریں" beside a sum and a number as a callback', async () => {
    const v = await letter(
      'Review <sdlt-review@stamptaxes-review.example>',
      'ادا شدہ ٹیکس میں £3,750 کی کمی ہے۔ 14 دن کے اندر ہماری اردو ہیلپ لائن سے رابطہ کریں: فون: 0151 496 0877',
    );
    expectFires(v, 'email.content.callback');
  });
  it('an Urdu note with a sum and no number to ring is none', async () => {
    const v = await letter(
      'Review <sdlt-review@stamptaxes.example>',
      'ادا شدہ ٹیکس میں £3,750 کی کمی ہے۔ شکریہ',
    );
    expectAbsent(v, 'email.content.callback');
  });
});

describe('an Urdu deposit to "our account" and a business account moved (round 230)', () => {
  const note = (text: string) =>
    scan({ from: 'Tariq <tariq@solicitors.example>', to: 'asif@example.com', subject: 'ڈپازٹ', text });
  it('reads "£24,500، ہمارے اکاؤنٹ میں درکار ہے" as a payment ask', async () => {
    expectFires(
      await note('ایکسچینج سے پہلے ہمیں 10 فیصد ڈپازٹ، یعنی £24,500، ہمارے اکاؤنٹ میں درکار ہے۔'),
      'email.content.payment_request',
    );
  });
  it('"آپ کی رقم ہمارے اکاؤنٹ میں موصول ہو گئی ہے" (received, thank you) asks nothing', async () => {
    expectAbsent(
      await note('شکریہ، £24,500 کی رقم ہمارے اکاؤنٹ میں موصول ہو گئی ہے۔'),
      'email.content.payment_request',
    );
  });
  it('a solicitor\'s warning "اگر آپ کو … کوئی ای میل … ملے جس میں نیا اکاؤنٹ نمبر ہو" is no change', async () => {
    const v = await note(
      'ہم کبھی بھی ای میل کے ذریعے اپنے بینک اکاؤنٹ کی تفصیلات تبدیل نہیں کرتے۔ اگر آپ کو ہماری طرف سے کوئی ای میل، واٹس ایپ یا ٹیکسٹ ملے جس میں نیا اکاؤنٹ نمبر ہو تو رقم ہرگز نہ بھیجیں اور فوراً دفتر کے نمبر پر فون کریں جو ہمارے کلائنٹ کیئر لیٹر پر درج ہے۔',
    );
    expect(severityOf(v, 'email.content.payment_change')).not.toBe('high');
  });
  it('a client\'s own account moved, so the fee\'s direct debit failed ("ڈائریکٹ ڈیبٹ"), announces nothing to pay into', async () => {
    const v = await scan({
      from: 'Asif Hussain <asif.mirchi@gmail.com>',
      to: 'accounts@accountants.example',
      subject: 'میرا بزنس اکاؤنٹ تبدیل ہو گیا ہے - ڈائریکٹ ڈیبٹ',
      text: 'بزنس اکاؤنٹ میں نے Lloyds سے Tide میں منتقل کر دیا ہے۔ اسی لیے اس مہینے آپ کی فیس کی ڈائریکٹ ڈیبٹ فیل ہو گئی۔',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it('reads "ہم نے اپنا بزنس اکاؤنٹ … منتقل کر لیا ہے" as a bank change', async () => {
    expectFires(
      await note(
        'ہم نے اپنا بزنس اکاؤنٹ Barclays سے Tide پر منتقل کر لیا ہے، اس لیے نئی تفصیلات انوائس کے نیچے لکھی ہیں۔',
      ),
      'email.content.payment_change',
    );
  });
});

describe("a document put on a page of the sender's (round 232)", () => {
  const note = (text: string) =>
    scan({ from: 'Graham Tosh <graham@brokers.example>', to: 'eilidh@distillery.example', text });
  it('"so I\'ve put it on our Canva page" asks the reader to open it', async () => {
    expectFires(
      await note(
        "The PDF came out at 38MB, so I've put it on our Canva page rather than clog your inbox:\n\nhttps://brokers-valuations.my.canva.site/pack",
      ),
      'email.content.link_or_file_ask',
    );
  });
  it('a note that the new menu went live asks nothing', async () => {
    expectAbsent(
      await note('Lovely to see you. The new menu went live and the team are happy.'),
      'email.content.link_or_file_ask',
    );
  });
});
