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
import { expectAbsent, severityOf } from '../helpers/verdict.js';

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
