/**
 * Content signals: each intent fires on a lure and stays silent (or honest and low) on its
 * legitimate twin. Messages are built with the eml helper and reserved names only.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEmail, prepareEmailEnv } from '../../src/email/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { Budget, DEFAULT_LIMITS } from '../../src/core/index.js';
import { contentSignals } from '../../src/email/content.js';
import { normalizeForMatch } from '../../src/email/normalize.js';
import { extractFacts } from '../../src/email/extract.js';
import { eml, type EmlOptions } from '../helpers/eml.js';
import { signal, expectAbsent, expectFires } from '../helpers/verdict.js';

const config = resolveConfig({
  organization: {
    name: 'Fabrikam',
    domains: ['fabrikam.example'],
    vips: [{ name: 'Ines Moreau', title: 'CFO', email: 'ines.moreau@fabrikam.example' }],
  },
});
const scan = (o: EmlOptions) => analyzeEmail(eml(o), { config, scorer: null });

describe('normalisation', () => {
  it('folds zero-width characters, Cyrillic look-alikes, accents and whitespace', () => {
    expect(normalizeForMatch('Your p\u200Bass\u200Cword  \u0435xpires')).toBe('your password expires');
    expect(normalizeForMatch('Alteração dos DADOS bancários')).toBe('alteracao dos dados bancarios');
    expect(normalizeForMatch('ｕｒｇｅｎｔ \u2019')).toBe("urgent '");
    // plain text is hard-wrapped: single newlines are spaces, blank lines end a block
    expect(normalizeForMatch('new bank\r\ndetails\n\nnext')).toBe('new bank details\nnext');
    expect(normalizeForMatch('a\n b', 100, true)).toBe('a\nb');
  });
});

describe('email.content.payment_change', () => {
  const ID = 'email.content.payment_change';
  it('fires on a vendor bank-detail change with a payment ask', async () => {
    const v = await scan({
      from: 'Accounts <ar@contoso-supplies.example>',
      subject: 'Updated banking details',
      text: 'Hello,\n\nPlease note that we have updated our banking details due to an audit. Kindly update your records and send all future payments for outstanding invoices to the new account below.\n\nRegards,\nAccounts Receivable',
    });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({ severity: 'high', category: 'bec' });
    expect(s!.evidence[0]).toMatchObject({ where: 'header:Subject' });
    expect(s!.message).toContain('"Updated banking details"');
  });
  it('fires in Portuguese, German, Dutch, French and Spanish', async () => {
    for (const text of [
      'Informamos a alteração dos dados bancários da nossa empresa. Por favor enviar o pagamento para a nova conta.',
      'Bitte beachten Sie unsere neue Bankverbindung für alle offenen Rechnungen.',
      'Let op: onze nieuwe bankgegevens gelden voor alle openstaande facturen.',
      'Veuillez noter nos nouvelles coordonnées bancaires pour le règlement de la facture.',
      'Le informamos de nuestros nuevos datos bancarios para el pago pendiente.',
    ]) {
      expectFires(await scan({ subject: 'Pagamento', text }), ID);
    }
  });
  it('still fires through zero-width characters and Cyrillic look-alikes', async () => {
    const v = await scan({
      text: 'We have n\u200Bew b\u0430nk det\u200Bails; please remit the pending invoice there today.',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('fires when told to stop using the account on file, or that the routing number changed', async () => {
    for (const text of [
      'For this credit memo use the account details below. Do not use the previously held account details on file, they are closed.',
      'Quick heads up: our bank was acquired, so our routing number has changed. Please make sure this is updated before the next payment.',
    ]) {
      expectFires(await scan({ text }), ID);
    }
  });
  it("stays silent for a customer's own payment-method update receipt", async () => {
    const v = await scan({
      subject: 'Payment method updated',
      text: 'Hi Bob, your payment details have been updated. Your next invoice will be charged to the card ending 4242.',
    });
    expectAbsent(v, ID);
  });
  it('stays silent for a CFO on the own domain asking to pay a known invoice via the usual process', async () => {
    const v = await scan({
      from: 'Ines Moreau <ines.moreau@fabrikam.example>',
      to: 'ap@fabrikam.example',
      subject: 'Invoice INV-1042 from Contoso',
      text: 'Hi team,\n\nPlease pay invoice INV-1042 from Contoso this week through the usual AP process, to the vendor account we already have on file. PO 7781 is approved in the system.\n\nThanks,\nInes',
    });
    expectAbsent(v, ID);
    expectAbsent(v, 'email.content.urgent_payment');
  });
  it('stays silent for a vendor notice that bank details have NOT changed', async () => {
    const v = await scan({
      from: 'Contoso Billing <billing@contoso.example>',
      subject: 'Beware of invoice fraud',
      text: 'Dear customer,\n\nOur bank details have not changed. We will never change our bank details by email. If you receive an email claiming that we have new bank details, do not pay and call your account manager.\n\nContoso Billing',
    });
    expectAbsent(v, ID);
  });
});

describe('email.content.urgent_payment', () => {
  const ID = 'email.content.urgent_payment';
  it('fires on a wire request with time pressure', async () => {
    const v = await scan({
      subject: 'Wire',
      text: 'I need you to process a wire transfer of $48,500 to a new supplier today before 3pm. Send me the confirmation.',
    });
    expect(expectFires(v, ID)).toMatchObject({ severity: 'medium' });
    expect(expectFires(v, ID).evidence.map((e) => e.where)).toEqual(['body:text', 'body:text']);
  });
  it('stays silent for a payment without pressure', async () => {
    expectAbsent(
      await scan({ text: 'The bank transfer for the conference fee went through last month, thanks.' }),
      ID,
    );
  });
  it('stays silent for a bill whose pressure words are its scam notice\'s ("we will never demand immediate payment")', async () => {
    const bill =
      'Your bill for account ending in 3308 is ready. Amount due: $2,914.66. Due date: April 14, 2026. View bill and pay online.';
    const v = await scan({
      subject: 'Your bill is ready',
      text: `${bill} Scam alert: Georgia Power will never demand immediate payment by prepaid card, cryptocurrency or wire transfer.`,
    });
    expectAbsent(v, ID);
    // the same bill pressing for it itself
    expectFires(
      await scan({
        subject: 'Your bill is ready',
        text: `${bill} Immediate payment is required to avoid disconnection.`,
      }),
      ID,
    );
  });
});

describe('email.content.gift_card', () => {
  const ID = 'email.content.gift_card';
  it('fires on the gift-card ask with codes', async () => {
    const v = await scan({
      subject: 'Quick favor',
      text: "Are you available? I need you to purchase 5 Apple gift cards of $200 each for a client appreciation. Scratch the back and send me pictures of the codes. I'm in a meeting, can't take calls.",
    });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({ severity: 'high', category: 'bec' });
    expect(s!.evidence[0]!.text).toContain('Apple gift cards');
  });
  it('fires when the sender says they need the cards, without a verb of buying', async () => {
    const v = await scan({
      subject: 'FYI - gift card allocation',
      text: 'I need 50 digital gift cards for the client event. Send codes via text post-haste.\nKeith',
    });
    expect(expectFires(v, ID).severity).toBe('high');
  });
  it('stays silent when the codes are said not to be sent, six words after the "nobody"', async () => {
    const text =
      "FYI for Nurses Week: I ordered 45 x $25 Starbucks eGift cards through our Amazon Business account, PO 7790. They'll go out from Amazon directly to each nurse's work email on May 6. Nobody needs to buy anything personally or send codes anywhere. Thanks, Dana";
    expectAbsent(await scan({ subject: 'Nurses Week gift cards - PO 7790', text }), ID);
    // the same cards with the codes asked for
    expectFires(
      await scan({
        subject: 'Nurses Week gift cards - PO 7790',
        text: text.replace(
          'Nobody needs to buy anything personally or send codes anywhere.',
          'Please buy them personally today and send codes to me.',
        ),
      }),
      ID,
    );
  });
  it('stays silent for a shop newsletter offering gift cards', async () => {
    const v = await scan({
      subject: 'Holiday gifts',
      text: 'Looking for the perfect present? Our gift cards never expire and can be used in any store.',
    });
    expectAbsent(v, ID);
  });
  it('stays silent for a colleague who needs gift cards for an event, with no codes to send', async () => {
    const v = await scan({
      subject: 'Raffle prizes',
      text: 'We need 10 gift cards as raffle prizes for the summer party; finance will order them next week.',
    });
    expectAbsent(v, ID);
  });
});

describe('email.content.payroll_diversion', () => {
  const ID = 'email.content.payroll_diversion';
  it('fires when an "employee" asks to move their direct deposit', async () => {
    const v = await scan({
      from: 'Sam Rivera <sam.rivera.home@mail.example>',
      subject: 'Direct deposit',
      text: 'Hi HR, I recently switched banks and would like to change my direct deposit account before the next payroll. Can you update it? I will send the new account details.',
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: expect.arrayContaining([expect.objectContaining({ where: 'body:text' })]),
    });
  });
  it('stays silent for a payroll calendar notice', async () => {
    const v = await scan({
      subject: 'Payroll calendar',
      text: 'Reminder: payroll runs on the 25th. Timesheets are due by the 20th.',
    });
    expectAbsent(v, ID);
  });
});

describe('email.content.secrecy_urgency', () => {
  const ID = 'email.content.secrecy_urgency';
  it('fires on a secrecy request', async () => {
    const v = await scan({
      text: 'This is a confidential acquisition. Please keep this between us until the announcement and do not tell anyone in the office.',
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'medium',
      evidence: expect.arrayContaining([expect.objectContaining({ where: 'body:text' })]),
    });
  });
  it('fires on a BEC opener with a task and urgency', async () => {
    const v = await scan({ text: 'Are you at your desk? I need you to handle a payment urgently.' });
    expect(expectFires(v, ID).message).toContain('opener');
  });
  it('stays silent for a confidentiality disclaimer and a lunch question', async () => {
    const v = await scan({
      text: 'Are you free for lunch today?\n\n--\nThis email is strictly confidential and intended solely for the addressee. Do not share this message.',
    });
    expectAbsent(v, ID);
  });
});

describe('email.content.unavailable_pretext', () => {
  const ID = 'email.content.unavailable_pretext';
  it('is medium next to a payment request', async () => {
    const v = await scan({
      text: "I'm in a meeting and can't take calls. Please process the wire transfer to the attached account today.",
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'medium',
      evidence: expect.arrayContaining([expect.objectContaining({ where: 'body:text' })]),
    });
  });
  it('is only low on its own (colleagues say it too)', async () => {
    const v = await scan({ text: "I'm on a flight until 6, email is best. See you tomorrow." });
    expect(expectFires(v, ID).severity).toBe('low');
  });
  it('stays silent for an ordinary message', async () => {
    expectAbsent(await scan({}), ID);
  });
});

describe('email.content.callback', () => {
  const ID = 'email.content.callback';
  it('fires on an antivirus renewal scam with a number and no links', async () => {
    const v = await scan({
      from: 'Billing Dept <noreply.billing@mail.example>',
      subject: 'Your subscription has been renewed - Order #88231',
      text: 'Thank you for your purchase. Your Norton 360 annual subscription was auto-renewed and $399.99 has been charged to your account. If you did not authorize this charge, call our billing team at +1 (808) 555-0142 within 24 hours to cancel and get a refund.',
    });
    const s = expectFires(v, ID);
    expect(s).toMatchObject({ severity: 'high', category: 'callback' });
    expect(s!.evidence[0]!.text).toContain('555-0142');
  });
  it('reads a number broken up with stray brackets and line breaks', async () => {
    const v = await scan({
      subject: 'Norton 360 renewal #4611',
      text: 'Your subscription has been renewed. Price: $746.25 USD. If you wish to cancel this subscription, reach us on +1\n(888) (655) 0142.',
    });
    expect(expectFires(v, ID).evidence[0]!.text).toContain('(888) (655) 0142');
  });
  it('reads "our support team is available" before the number as the hook (medium: no dispute words)', async () => {
    const v = await scan({
      subject: 'Order DBV782547 is processed',
      text: 'Thank you for your recent order with PayPal. Invoice No: GPV2612. Amount Paid: $490.15. Need assistance? Our support team is available: (888) 896 9562.',
    });
    expect(expectFires(v, ID).severity).toBe('medium');
  });
  it('reads the Portuguese "caso não reconheça" as the dispute hook', async () => {
    const v = await scan({
      subject: 'Transação pendente',
      text: 'Compra em análise no valor de R$1.499,99. Caso não reconheça, ligue para a área de segurança: 0800-323-5054.',
    });
    expectFires(v, ID);
  });
  it('stays silent for a phone number in an ordinary signature', async () => {
    const v = await scan({
      text: 'Hi Bob,\n\nThe slides are attached.\n\nBest,\nAlice\nTel: +1 202-555-0199',
    });
    expectAbsent(v, ID);
  });
  it('stays silent for a vendor invoice with a phone in the signature', async () => {
    const v = await scan({
      subject: 'Invoice 2291',
      text: 'Hello,\n\nPlease find attached invoice 2291 for the May consulting work, due in 30 days.\n\nKind regards,\nDana\nContoso Consulting | +1 202-555-0123',
    });
    expectAbsent(v, ID);
  });
});

describe('email.content.voice_followup', () => {
  const ID = 'email.content.voice_followup';
  it('fires high when a call backs a payment request', async () => {
    const v = await scan({
      from: 'Ines Moreau <ines.moreau@fabrikam-finance.example>',
      text: 'Following up on my voice message from this morning: please process the wire transfer to the new account today. I am boarding shortly.',
    });
    expect(expectFires(v, ID)).toMatchObject({
      severity: 'high',
      evidence: expect.arrayContaining([expect.objectContaining({ where: 'body:text' })]),
    });
  });
  it('fires in German', async () => {
    const v = await scan({ text: 'Wie telefonisch besprochen, bitte die Überweisung heute noch ausführen.' });
    expectFires(v, ID);
  });
  it('stays silent for a call follow-up without a request', async () => {
    const v = await scan({ text: 'Thanks for the call earlier, it was great to catch up. Talk soon!' });
    expectAbsent(v, ID);
  });
  it('reads "I tried to reach you earlier and left a voicemail" beside a balance to settle', async () => {
    const v = await scan({
      text: 'Hi, I tried to reach you earlier and left a voicemail regarding the outstanding balance on your account. Please return my call at +47 21 99 88 77 at your earliest convenience.',
    });
    expectFires(v, ID);
    // no message left, only a call tried: the ordinary "sorry I missed you"
    expectAbsent(
      await scan({
        text: 'I tried to reach you earlier but the line was busy. No rush, see you at the meeting.',
      }),
      ID,
    );
  });
});

describe('email.content.credential_lure', () => {
  const ID = 'email.content.credential_lure';
  it('fires medium+ on a mailbox-full lure with a deadline and a link', async () => {
    const v = await scan({
      from: 'IT Service Desk <helpdesk@mail-quota.example>',
      subject: 'Mailbox storage is almost full',
      html: '<p>Your mailbox is almost full. Incoming messages are being held. Verify your account within 24 hours or your mailbox will be suspended.</p><p><a href="https://mail-quota.example/upgrade">Increase storage</a></p>',
    });
    const s = expectFires(v, ID);
    expect(s?.severity).toBe('high');
    expect(s!.evidence.some((e) => e.where === 'header:Subject')).toBe(true);
  });
  it('matches through zero-width splitting and Cyrillic letters', async () => {
    const v = await scan({
      text: 'Your p\u200Bassword exp\u0456res today. Keep the same password: https://keep.example/pw',
    });
    expect(expectFires(v, ID).message).toContain('password expiry');
  });
  it('fires on a Portuguese account-suspended lure', async () => {
    const v = await scan({
      text: 'Sua conta foi suspensa. Verifique sua conta em 24 horas: https://banco.example/login',
    });
    expectFires(v, ID);
  });
  it('fires in German on a storage-full lure', async () => {
    const v = await scan({
      subject: 'ACHTUNG: Gesamter Speicher belegt',
      text: 'Ihr Speicherplatz ist voll. Dateien werden innerhalb von 24 Stunden gelöscht: https://cloud.test/x',
    });
    expect(expectFires(v, ID).message).toContain('mailbox full');
  });
  it('is only low on a legitimate password-reset mail with a link that expires', async () => {
    const v = await scan({
      from: 'Example Co <no-reply@accounts.example>',
      subject: 'Reset your password',
      html: '<p>We received a request to reset your password</p><p>This link expires in 24 hours.</p><p><a href="https://accounts.example/reset?t=abc">Reset password</a></p><p>If you did not request this, you can ignore this email.</p>',
    });
    expect(signal(v, ID)?.severity ?? 'none').toMatch(/^(none|low)$/);
  });
  it('is only low on a legitimate sign-in alert (credential words, no threat)', async () => {
    // A real Microsoft-style alert names a new sign-in and offers to secure the account: it shares
    // the vocabulary but not the structure (no deadline, no threatened loss). It stays low so the
    // model, which also sees authentication and sender signals, can weigh it.
    const v = await scan({
      from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
      subject: 'New sign-in to your Microsoft account',
      html: '<p>We detected a new sign-in to your Microsoft account on Windows.</p><p>If this was you, you can safely ignore this email. If not, review your recent activity at <a href="https://account.live.com/activity">account.live.com</a>.</p>',
    });
    expect(signal(v, ID)?.severity ?? 'none').toMatch(/^(none|low)$/);
  });
  it('stays silent for an IT notice about a password policy (no deadline, no threat, no link to act on)', async () => {
    const v = await scan({
      from: 'IT <it@fabrikam.example>',
      subject: 'New password policy from March',
      text: 'From March the minimum password length becomes 14 characters. Nothing to do now: you will be asked to choose a new password the next time yours is due. Questions to the service desk.',
    });
    expectAbsent(v, ID);
  });
});

describe('hostile text', () => {
  it('finishes on 2 MB of repetitive near-matches', async () => {
    const facts = await extractFacts(eml({ text: 'x' }), 't', new Budget(DEFAULT_LIMITS));
    const ctx = { ...prepareEmailEnv(config), budget: new Budget(DEFAULT_LIMITS) };
    for (const unit of [
      'new bank ',
      'updatedupdated ',
      'a'.repeat(50) + ' ',
      'please please please ',
      '+1 (555) 555-',
      '+123456789012345678901234567890',
      '+1 23 45 67 89 01 23 45 67 89 ',
      'if you did not ',
      'x\u200b',
    ]) {
      const big = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
      const out = contentSignals(
        { ...facts, visibleText: big, text: big, subject: big.slice(0, 60_000) },
        ctx,
      );
      // bounded output: each check fires at most once, and evidence quotes a snippet, not the 2 MB
      expect(new Set(out.map((x) => x.id)).size).toBe(out.length);
      for (const x of out) for (const e of x.evidence) expect(e.text.length).toBeLessThanOrEqual(1000);
    }
  });
});

describe('evidence is verbatim (issue 15, item 2)', () => {
  it('quotes the message in its own case and characters, naming the matched words', async () => {
    const v = await analyzeEmail(
      eml({
        subject: 'URGENT: Payment',
        text: 'Hello,\n\nPlease process a WIRE TRANSFER today to the Updated   Bank Details below.\n\nThanks',
      }),
      { scorer: null },
    );
    const s = expectFires(v, 'email.content.payment_change');
    const body = s.evidence.find((e) => e.where === 'body:text')!;
    expect(body.text).toContain('WIRE TRANSFER today to the Updated Bank Details below');
    // the matched words, as written (runs of spaces read as one, as everywhere in evidence)
    expect(body.match).toContain('WIRE TRANSFER today to the Updated Bank');
    expect(body.text).toContain(body.match!);
    expect(s.message).toContain(`"${body.match}"`);
  });
  it('keeps look-alike letters as written, while matching them folded', async () => {
    // Cyrillic а and е in "bаnk dеtails": matched as Latin, quoted as the message writes them
    const v = await analyzeEmail(
      eml({ text: 'Please wire the invoice today to our new b\u0430nk d\u0435tails below, urgent.' }),
      { scorer: null },
    );
    const s = expectFires(v, 'email.content.payment_change');
    expect(s.evidence[0]?.match).toBe('new b\u0430nk d\u0435tails');
  });
});
