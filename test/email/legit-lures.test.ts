/**
 * Issue "legitimate mail Vigil has never seen stays clean": legitimate messages full of lure-like
 * words, scanned by the full analyzer with the shipped models. Each sits beside its attack twin
 * (the same wording with evidence of deception), which must be flagged: the pair shows the verdict
 * rests on evidence, not on vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createScanner } from '../../src/scanner.js';
import { eml, type EmlOptions } from '../helpers/eml.js';

const scanner = createScanner(resolveConfig({}));
const scan = (o: EmlOptions) => scanner.email(eml(o));

const INVOICE_TEXT = [
  'Hello,',
  '',
  'Please find attached invoice INV-4471 for the October maintenance contract, amount due USD 18,240.00.',
  'Payment is due within 30 days by wire transfer to the account on file. Please process it by Friday',
  'so the invoice is not marked overdue. You can view and pay the invoice online at',
  'https://billing.northwind.example/invoices/INV-4471',
  '',
  'Kind regards,',
  'Accounts Receivable',
  'Northwind Traders',
].join('\n');

const RESET_HTML = `<html><body>
<p>Hi Sam,</p>
<p>We received a request to reset the password for your Shopwise account. Click below to choose a new password. This link expires in 30 minutes.</p>
<p><a href="https://accounts.shopwise.example/reset-password?token=8f2a9c1e77">Reset your password</a></p>
<p>If you did not request a password reset, you can ignore this email; your password will not change.</p>
<p>Shopwise Security Team</p></body></html>`;

const SALE_HTML = `<html><body>
<div style="display:none;max-height:0;overflow:hidden">Last chance: 50% off ends tonight&#8204;&#8203;&#8204;&#8203;&#8204;&#8203;</div>
<h1>ACT NOW &mdash; 50% OFF EVERYTHING</h1>
<p>Hurry, this offer expires at midnight! Sign in to your account to see your exclusive price.</p>
<p><a href="https://click.trailhead-outfitters.example/ls/click?upn=abc123">Shop the sale</a> ·
<a href="https://www.trailhead-outfitters.example/account/login">Sign in</a></p>
<form action="https://www.trailhead-outfitters.example/search" method="get"><input name="q"><button>Search</button></form>
<p><a href="https://click.trailhead-outfitters.example/unsubscribe?u=abc123">Unsubscribe</a> · <a href="https://www.trailhead-outfitters.example/preferences">Email preferences</a></p>
</body></html>`;

describe('legitimate mail full of lure words stays clean', () => {
  it.each<[string, EmlOptions]>([
    [
      'a real invoice from a known vendor',
      {
        from: 'Northwind Billing <billing@northwind.example>',
        to: 'ap@fabrikam.example',
        subject: 'Invoice INV-4471 - payment due',
        text: INVOICE_TEXT,
      },
    ],
    [
      'a password reset the user asked for',
      {
        from: 'Shopwise <no-reply@accounts.shopwise.example>',
        to: 'sam@mail.example',
        subject: 'Reset your Shopwise password',
        html: RESET_HTML,
      },
    ],
    [
      'a sale newsletter with "act now", a preheader, a search form and a Reply-To at its mail service',
      {
        from: 'Trailhead Outfitters <news@trailhead-outfitters.example>',
        to: 'sam@mail.example',
        subject: 'ACT NOW: 50% off everything ends tonight',
        replyTo: 'support@trailhead-help.example',
        headers: {
          'List-Unsubscribe': '<https://click.trailhead-outfitters.example/unsubscribe?u=abc123>',
          Precedence: 'bulk',
        },
        html: SALE_HTML,
      },
    ],
    [
      'an urgent payment approval between colleagues',
      {
        from: 'Bill Rapp <bill.rapp@fabrikam.example>',
        to: 'sara.south@fabrikam.example',
        subject: 'URGENT: approve wire for the capacity contract',
        text: 'Sara,\n\nPlease approve the wire transfer for the capacity release contract today, it is urgent - the counterparty needs payment before the 3pm deadline.\n\nThanks,\nBill',
      },
    ],
  ])('%s', async (_, o) => {
    const v = await scan(o);
    expect(v.verdict, JSON.stringify(v.signals.map((s) => s.id))).toBe('clean');
  });
});

describe('their attack twins are flagged', () => {
  it.each<[string, EmlOptions]>([
    [
      'the invoice, from a cousin of the recipient with new bank details',
      {
        from: 'Northwind Billing <billing@northwind.example>',
        replyTo: 'ar@fabrikarn.example',
        to: 'ap@fabrikam.example',
        subject: 'Invoice INV-4471 - updated bank details',
        text: INVOICE_TEXT.replace(
          'to the account on file',
          'to our new bank account (we changed banks, please update your records)',
        ),
      },
    ],
    [
      'the reset, from a look-alike sender domain',
      {
        from: 'Shopwise <no-reply@accounts-shopwise.example>',
        to: 'sam@shopwise.example',
        subject: 'Reset your Shopwise password',
        html: RESET_HTML.replace(/accounts\.shopwise\.example/g, '198.51.100.7'),
      },
    ],
    [
      'the colleague, from a cousin domain',
      {
        from: 'Bill Rapp <bill.rapp@fabrlkam.example>',
        to: 'sara.south@fabrikam.example',
        subject: 'URGENT: approve wire for the capacity contract',
        text: 'Sara,\n\nPlease process a wire transfer of $48,900 to the new account below today, it is urgent and confidential. I am in meetings all day, reply by email only.\n\nBill',
      },
    ],
  ])('%s', async (_, o) => {
    const v = await scan(o);
    expect(
      v.verdict,
      JSON.stringify(v.signals.map((s) => `${s.id}:${s.severity}`)) +
        ` score ${v.score} model ${v.model?.score}`,
    ).not.toBe('clean');
  });
});
