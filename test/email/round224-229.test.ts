/**
 * Blind rounds 224-229 (written by helpers who never saw Vigil), scored unread: their false alarms,
 * read afterwards. IT's reminder linking to the KnowBe4 course; Verizon Business signing in at
 * verizonenterprise.com; El Paso Electric at epelectric.com; a five-a-side organiser collecting subs
 * from his friends. Each beside the attack it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({});
const scan = (o: EmlOptions) => analyzeEmail(eml({ subject: 'Hello', ...o }), { config, scorer: null });

describe("IT's reminder linking to the security-awareness course (round 224)", () => {
  it("reads the URL model's opinion of training.knowbe4.com as context", async () => {
    const v = await scan({
      from: 'Tom Whitmore <tom.whitmore@lettings.example>',
      to: 'staff@lettings.example',
      subject: 'Reminder: March security training',
      text: 'Hi all,\n\n1. Please complete the March module by Friday: https://training.knowbe4.com/ui/login\n\n2. Reminder: IT will never ask you to scan a QR code to re-register MFA.\n\nTom',
    });
    const s = v.signals.find((x) => x.id === 'url.model.phishing');
    if (s) {
      expect(s.severity).toBe('low');
      expect(s.message).toContain('security-awareness platform');
    }
    expect(v.verdict).toBe('clean');
  });
});

describe('Verizon Business signing in at verizonenterprise.com (round 228)', () => {
  const bill = (host: string) =>
    scan({
      from: 'Verizon Business <VZWMail@ecrmemail.verizonwireless.com>',
      to: 'finance@fintech.example',
      subject: 'Your Verizon Business bill is ready',
      html: `<p>Your bill is ready. AutoPay will process your payment on Apr 3.</p><a href="https://${host}/amserver/sso/login.go?goto=https%3A%2F%2Fmb.verizonwireless.com%2Fmbt%2Fbilling">View bill</a>`,
    });
  it("is Verizon's own sign-in", async () => {
    expectAbsent(await bill('sso.verizonenterprise.com'), 'url.path.brand_mismatch');
  });
  it('another domain naming Verizon in its path still is a mismatch', async () => {
    expectFires(await bill('sso.vz-enterprise-billing.example'), 'url.path.brand_mismatch');
  });
});

describe('El Paso Electric at epelectric.com (round 226)', () => {
  const from = (address: string) =>
    scan({
      from: `El Paso Electric <${address}>`,
      to: 'facilities@college.example',
      text: 'Your bill is ready. Amount due: $21,402.66. Due date: 03/25/2026.',
    });
  it('the initials of "El Paso" and the word "Electric" are its own name', async () => {
    expectAbsent(await from('ebill@epelectric.com'), 'email.sender.misspelt_own_name');
  });
  it('elpasoelectrc.com still misspells it', async () => {
    expectFires(await from('ebill@elpasoelectrc.com'), 'email.sender.misspelt_own_name');
  });
});

describe('subs collected from friends (round 228)', () => {
  const text =
    "Lads,\n\nPitch booked Thursday 7pm as usual. Subs are £8 each - bank transfer or cash on the night, whatever's easier.\n\nDapo";
  it('a group mail to friends, one of them at work, is no company business', async () => {
    const v = await scan({
      from: 'Dapo Akinola <dapo.akinola@outlook.com>',
      to: 'femi@fintech.example, ksharma90@gmail.com, lukewright@hotmail.co.uk, ollie.t@icloud.com',
      text,
    });
    expectAbsent(v, 'email.sender.freemail_business_ask');
  });
  it('the same ask to three people at one company still is', async () => {
    const v = await scan({
      from: 'Dapo Akinola <dapo.akinola@outlook.com>',
      to: 'femi@fintech.example, ana@fintech.example, joe@fintech.example',
      text,
    });
    expectFires(v, 'email.sender.freemail_business_ask');
  });
});

describe('a controller recalling last month\'s fake "new bank" letter (round 227)', () => {
  it('"came with a "new bank" letter from a fake address" announces no change', async () => {
    const v = await scan({
      from: 'Manpreet Gill <manpreet@freight.example>',
      to: 'owner@freight.example',
      text: 'Two approvals are waiting in Plooto before 3 pm, both to the usual accounts - nothing changed on either file. (Gauthier\'s came with a "new bank" letter from a fake address last month; Simran called Nathalie and it was not them.)',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
  it("a supplier's own new bank still is one", async () => {
    const v = await scan({
      from: 'Gauthier Accounts <ar@gauthier.example>',
      to: 'ap@freight.example',
      text: 'Please note we have moved to a new bank: from April all payments go to our new account, details attached.',
    });
    expectFires(v, 'email.content.payment_change');
  });
});

describe("a telecom's own bill from the domain its customers' mailboxes are on (round 227)", () => {
  const bill = (from: string) =>
    scan({
      from,
      to: 'ap@freight.example',
      subject: 'Your Rogers for Business bill is ready',
      text: 'Account 8804 5531 7 (GILL NORTHLAND FREIGHT LTD)\nAmount due: $2,164.77\nDue: March 25, 2026\nView your bill in MyRogers for Business.',
    });
  it('"Rogers for Business" <billing-noreply@rogers.com> is Rogers', async () => {
    const v = await bill('Rogers for Business <billing-noreply@rogers.com>');
    expectAbsent(v, 'email.sender.freemail_role_claim');
    expectAbsent(v, 'email.sender.freemail_business_ask');
    expectAbsent(v, 'email.sender.brand_display_name');
    expect(v.verdict).toBe('clean');
  });
  it("a customer's rogers.com mailbox billing in Rogers' name is not", async () => {
    expectFires(
      await bill('Rogers for Business <rogers.billing.dept@outlook.com>'),
      'email.sender.brand_display_name',
    );
  });
});

describe('missed attacks of rounds 224-229, read after their numbers', () => {
  it('a macro workbook whose "definitions tab only populate once content is enabled"', async () => {
    const v = await scan({
      from: 'Oliver Strand <oliver.strand@capital.example>',
      to: 'cfo@fintech.example',
      text: 'The lookups and the definitions tab only populate once content is enabled - Excel will show a yellow bar at the top when you open it.',
      attachments: [
        {
          filename: 'KPI_Q1.xlsm',
          contentType: 'application/vnd.ms-excel.sheet.macroenabled.12',
          content: Buffer.from('PK\u0003\u0004 xl/vbaProject.bin'),
        },
      ],
    });
    const s = v.signals.find((x) => x.id === 'email.attachment.macro_office');
    expect(s?.message).toContain('once content is enabled');
  });
  it('"the only practical change for you is the account to which rent … is paid"', async () => {
    const v = await scan({
      from: 'Studios Lettings <accounts@studios-lettings.example>',
      to: 'office@fintech.example',
      text: 'Your lease terms are unaffected. The only practical change for Brindle Pay Ltd is the account to which rent, service charge and insurance rent are paid from the June quarter onwards: sort code 30-98-14, account 26617043.',
    });
    expectFires(v, 'email.content.payment_change');
  });
  it("stays silent on a landlord's note that nothing changes in how rent is paid", async () => {
    const v = await scan({
      from: 'Studios Lettings <accounts@studios-lettings.example>',
      to: 'office@fintech.example',
      text: 'The building has a new owner from June. Nothing changes for occupiers: rent is paid to the same account as before.',
    });
    expectAbsent(v, 'email.content.payment_change');
  });
});

describe('brands added this session, beside the names that contain them', () => {
  it('"Central Bank of Ireland" is not Bank of Ireland', async () => {
    const v = await scan({
      from: 'Central Bank of Ireland <alerts@centralbank.ie>',
      to: 'compliance@pharmacy.example',
      text: 'New publications: Consumer Protection Outlook (March 2026).',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
  it("Nelnet Campus Commerce's own mail, linking to its payment-plan site", async () => {
    const v = await scan({
      from: 'Nelnet Campus Commerce <noreply@campuscommerce.com>',
      to: 'bursar@college.example',
      html: '<p>Your payment plan agreement is ready.</p><a href="https://mycollegepaymentplan.com/trespicos">View plan</a>',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
    expectAbsent(v, 'email.link.brand_links_elsewhere');
  });
  it('Nelnet on another domain still is an impostor', async () => {
    const v = await scan({
      from: 'Nelnet Campus Commerce <noreply@campus-settlements.example>',
      to: 'bursar@college.example',
      text: 'Your settlement needs review.',
    });
    expectFires(v, 'email.sender.brand_display_name');
  });
});

describe("a telecom's name as a person's surname", () => {
  it('"James Rogers" <jamesr@…> is a person, not Rogers', async () => {
    const v = await scan({
      from: 'James Rogers <jamesr@best.example>',
      to: 'a@firm.example',
      text: 'See you at the meeting.',
    });
    expectAbsent(v, 'email.sender.brand_display_name');
  });
});
