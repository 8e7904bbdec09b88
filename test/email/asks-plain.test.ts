/**
 * Asks written plainly, as LLM-written BEC writes them: "please process this today" next to a sum,
 * "issue a credit memo for $77,866", "click the link now and download the file". Each is an ask for
 * the evidence gate (never enough alone); the look-alikes without a sum or without pressure stay
 * silent.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires, signalIds } from '../helpers/verdict.js';

const scan = (text: string, subject = 'Hello') =>
  analyzeEmail(eml({ from: 'A <a@vendor.example>', to: 'b@corp.example', subject, text }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe('payment asks that name the money elsewhere in the message', () => {
  it.each([
    ['The adjusted amount is $70,285. Please process this today for us!', 'email.content.urgent_payment'],
    [
      'The adjusted amount is $70,285. Could you please handle it when you can?',
      'email.content.payment_request',
    ],
    [
      'We need a credit memo for $77,866 issued to the vendor account. Thanks.',
      'email.content.payment_request',
    ],
    ['Please issue the refund of €4,200 to the account below.', 'email.content.payment_request'],
    [
      'The adjusted amount is $24,129. We need to process this today to get the saving. Can you get it done?',
      'email.content.urgent_payment',
    ],
    [
      'We have a critical gap in project funding, $81,055 needed by end of day. Ensure funds are outbound before 3 PM.',
      'email.content.urgent_payment',
    ],
    [
      "This is a final notice regarding the company's outstanding payroll tax liability of $24,809.",
      'email.content.payment_request',
    ],
    [
      "It's for $49,385. Can you just send the credit to the main Hess-Hayes account?",
      'email.content.payment_request',
    ],
    [
      'Did you get my voicemail about the $69,028? Please just handle the wire for Johnson and Hoffman.',
      'email.content.payment_request',
    ],
    // pushing a payment along, money to a named account, a sum said to be due
    [
      'You MUST process the retainer of $59,744 to the designated escrow account.',
      'email.content.payment_request',
    ],
    [
      'The adjusted amount is $40,691. Can you fast-track this payment for us?',
      'email.content.payment_request',
    ],
    [
      'Customs says there is a $3,400 duty fee. Can you square this away today? Need it released.',
      'email.content.urgent_payment',
    ],
    [
      'The retainage of $72,780 is now obligated. Ensure immediate processing to the designated account.',
      'email.content.urgent_payment',
    ],
    ['The $70,959 for Austin and Sons needs to go out immediately.', 'email.content.urgent_payment'],
    [
      "We've already included the 5% early payment discount. The adjusted amount for your processing is $54,619.00.",
      'email.content.payment_request',
    ],
    [
      'The new amount you should process is $59,661.90. If you could get that payment initiated, it would be a huge help.',
      'email.content.payment_request',
    ],
    [
      'The $4,029 invoice is past its net-30 due date. If you could push this through, that would be super helpful.',
      'email.content.payment_request',
    ],
    [
      'For the $50,149 invoice you must use the new routing and account number provided in the attached document.',
      'email.content.payment_change',
    ],
    [
      'A mandatory one-time contribution of $44,203 is required from all primary speakers.',
      'email.content.payment_request',
    ],
    [
      'The funds of $12,400 are to be transferred via the details provided in the attached secure document.',
      'email.content.payment_request',
    ],
    [
      'Buy fifty digital gift cards for the client retreat; the codes must be sent directly to my text.',
      'email.content.gift_card',
    ],
    [
      'Pursuant to the contract, the sum of $13,034 is now due. The waiver is attached for your processing.',
      'email.content.payment_request',
    ],
    ['The fee is $13,088. Can you confirm the payment once it is done?', 'email.content.payment_request'],
    [
      'The $44,293 retainage for Project Alpha requires immediate release. I need this to hit our account by end of day.',
      'email.content.urgent_payment',
    ],
    [
      'Porter Inc. is advised that our bank has been acquired. The routing number for the attached $1,942 invoice has changed. Please use the new details.',
      'email.content.payment_change',
    ],
    [
      'Regarding the client retreat: 50 digital gift cards are required, $59,758 in all. Upon acquisition, transfer all card codes to my text.',
      'email.content.gift_card',
    ],
    [
      'I am speaking with the bank about a $39,752 transaction. They require your approval via the code sent to your email.',
      'email.content.credential_lure',
    ],
    // the payment said to be stuck: the BEC opener that asks for its status or the details again
    [
      'Payment for Marquez-Cunningham in the amount of $22,528 is still pending. Kindly provide an update on its current status.',
      'email.content.payment_request',
    ],
    [
      "I thought I processed your $10,255 payment, but it shows an 'unknown' status. Could you confirm if you received this payment? If not, send me the details again so I can input them.",
      'email.content.payment_request',
    ],
  ])('%s', async (text, id) => {
    expectFires(await scan(text), id);
  });
  it.each([
    ['a form to process, no money', 'Please process this today so the new hire can start on Monday.'],
    ['a thank-you for a refund already made', 'Thank you, we received your refund last week.'],
    [
      'a budget figure to review',
      'The budget for 2025 is $81,055; we need to review it with the team next week.',
    ],
    ['a refund already issued', 'Your refund of $12.50 has been issued to your card.'],
    // look-alikes of the pushes above with no money to move
    ['a task to prioritise, no sum', 'Please prioritize this for the release notes; the build is ready.'],
    ['a fast-tracked hiring request, no sum', 'Can you fast-track this request for the new laptop?'],
    ['a parcel that must go out, no sum', 'The samples need to go out today with the courier.'],
    ['a sum already paid to an account', 'The $3,400 was paid into our account last week, thank you.'],
    ['a routing number that is the same', 'The routing number for the attached invoice is unchanged.'],
    [
      'a deposit already paid',
      'We paid the $1,200 deposit last week; the payment was received by the venue.',
    ],
    [
      'a status update on a project with a budget',
      'The $22,528 budget is approved. Kindly provide an update on the project timeline next week.',
    ],
    [
      'a note that the payment arrived',
      'We received your $10,255 payment on Friday; I can confirm that it has been booked.',
    ],
    [
      'a payment said not to be due yet',
      'ENA\'s next $320,000 "Peak Associated Payment" is not due to NNG until July 1, 2002. I will call you today.',
    ],
  ])('stays silent for %s', async (_, text) => {
    const v = await scan(text);
    expectAbsent(v, 'email.content.urgent_payment');
    expectAbsent(v, 'email.content.payment_request');
  });
});

describe('email.content.action_under_pressure', () => {
  const ID = 'email.content.action_under_pressure';
  it.each([
    'Your recording is about to be deleted. Please click the link NOW and download the file.',
    'Refer to the attached file for immediate compliance instructions, today.',
    'Could you please use this URL to register your vehicle? The old codes will be disabled within 24 hours.',
    'The recording is showing pending auto-deletion. Please, please download it right this second. Do not wait.',
    'Your RSU grant is attached. Please complete the DocuSign process today to avoid any holdups.',
    'Please scan the provided link and confirm your dietary restrictions within 24 hours.',
    'Our old AWS root key was compromised. Please generate a new one via this link immediately.',
    // the link in the file, and obligation as the pressure
    'Find the registration link in the attachment. This is required to keep your parking spot.',
    'The attached notice contains the link to the portal. Please complete this by November 1st.',
    'The waiver needs your signature. It is imperative that this is done, do not query it.',
    'All employees must re-register their vehicles through the portal to ensure continued access.',
    'Please install the security profile on your laptop to avoid any compliance issues.',
  ])('fires for %s', async (text) => {
    const s = expectFires(await scan(text), ID);
    expect(s.severity).toBe('low');
    // the action and what presses it, both quoted
    expect(s.message).toMatch(/".+" … ".+"/);
    expect(s.evidence.length).toBeGreaterThan(0);
  });
  it.each([
    ['a link without pressure', 'The slides from yesterday are here: click the link to download them.'],
    ['a deadline without anything to click', 'The quarterly report is due today, I will send it tonight.'],
    [
      'a signature to give without pressure',
      'The agreement is attached; please complete the DocuSign process.',
    ],
    ['a QR code without pressure', 'Scan the QR code on the poster to see the menu.'],
    ['an agenda in an attachment', 'Please find the agenda in the attached document.'],
    ['an obligation with nothing to open', 'Attendance at the safety briefing is required for all staff.'],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
  it('reads no ask in a verb hyphenated to the next word ("open-source versioning file"), but does in "re-authenticate"', async () => {
    const v = await scan(
      'Mercurial is an open-source versioning file tool; a new release came out this morning, today.',
    );
    expectAbsent(v, 'email.content.action_under_pressure');
    expectAbsent(v, 'email.content.link_or_file_ask');
    expectFires(
      await scan(
        'Your session expired. Please re-authenticate through our portal right now: https://portal.example/',
      ),
      'email.content.action_under_pressure',
    );
  });
  it('reads "retrieve your recording at" under a deadline as the pressured ask', async () => {
    const v = await scan(
      'The Zoom recording of the board meeting will be deleted within the next 24 hours. Initiate the download process without delay. Retrieve your recording at: https://zoom-archive.example/r/4411',
    );
    expectFires(v, 'email.content.action_under_pressure');
  });
  it('gives way to the sharper credential ask', async () => {
    const v = await scan(
      'Your password expires today. Click the link below to verify your account or it will be suspended.',
    );
    expect(signalIds(v)).toContain('email.content.credential_lure');
    expectAbsent(v, ID);
  });
  it('opens the gate beside a deception the rules do not vouch for (a Reply-To) but does not confirm it', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'A <a@vendor.example>',
        replyTo: 'Jane Doe <jane.doe.private@gmail.com>',
        to: 'b@corp.example',
        text: 'Your recording is about to be deleted. Please click the link now and download the file.',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectFires(v, ID);
    expect(v.explanation?.gate).toMatchObject({ open: true, ask: true, deception: true, confirmed: false });
  });
  it('is confirmed by a deception a rule found: a cousin of the recipient domain asking to re-register', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Justin Porter <j.porter@lighthousecapital-co.example>',
        to: 'Minh Morgan <minh@lighthousecapital.example>',
        subject: 'Parking garage access update',
        text: 'All employees need to re-register their vehicles. Find the registration link in the attachment. This is required to keep your parking spot.',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectFires(v, ID);
    expectFires(v, 'email.sender.recipient_lookalike');
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: true });
    expect(v.verdict).not.toBe('clean');
  });
  it("is no company business: a friend's free mail note with a file to open by Friday stays clean", async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Tom <tom.k@gmail.com>',
        to: 'b@corp.example',
        subject: 'Trip',
        text: 'Open the attached file by Friday, the booking form is required for the trip.',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectFires(v, ID);
    expectAbsent(v, 'email.sender.freemail_business_ask');
    expect(v.verdict).toBe('clean');
  });
  it('is an ask only: a newsletter "click here, sale ends today" from its own domain stays clean', async () => {
    const v = await scan('Our summer sale ends today! Click here to see the offers in the shop.', 'Last day');
    expect(v.verdict).toBe('clean');
    expect(v.explanation?.gate?.deception).toBe(false);
  });
});

describe('bank details asked of the employee (email.content.payroll_diversion)', () => {
  const ID = 'email.content.payroll_diversion';
  it.each([
    'Your last 401(k) contribution of $6,038 had a problem and was rejected. You need to reconnect your bank account.',
    'Your 401(k) contribution of $20,739.00 failed to process. Immediate re-verification of your banking information is required.',
    'We are prepping the first payroll run and your direct deposit info is missing or needs a final verification.',
    "I'm just checking on my direct deposit details for my first pay. I sent them through as requested.",
    'Just following up on my direct deposit. Can you confirm it is all in order?',
  ])('fires for %s', async (text) => {
    expectFires(await scan(text), ID);
  });
  it.each([
    [
      'a confirmation that the details are on file',
      'Your direct deposit information was received, thank you.',
    ],
    [
      "an employee's thanks once pay arrived",
      'My direct deposit came through this morning, thanks for checking on it.',
    ],
    [
      'a pension newsletter',
      'Your retirement contribution statement for 2024 is now available in the portal.',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
});

describe('a one-time code read back (email.content.credential_lure)', () => {
  it('stays silent for the sign-in code a service sends', async () => {
    const v = await scan(
      'Your verification code is 482913. It expires in 10 minutes. If you did not request it, ignore this email.',
    );
    expectAbsent(v, 'email.content.credential_lure');
  });
  it('fires when the code is to be sent back', async () => {
    const v = await scan('Please text me the code you just received so I can finish the transfer.');
    expect(expectFires(v, 'email.content.credential_lure').message).toContain('one-time code');
  });
});

describe('email.content.link_or_file_ask', () => {
  const ID = 'email.content.link_or_file_ask';
  it.each([
    'Could you please try this link to register your vehicle? It is for the new parking garage.',
    'Please re-authenticate your connection using the designated portal link provided in the notification.',
    'The attached PDF contains your last chance to review and confirm your choices.',
  ])('fires for %s, an ask that alone never flags', async (text) => {
    const v = await scan(text);
    expectFires(v, ID);
    expect(v.verdict).toBe('clean');
  });
  it('opens the gate beside a deception a rule found, without confirming it', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Jeremy Rogers <jrogers@harborview.example>',
        replyTo: 'jrogers@proton.me',
        to: 'donald@harborview.example',
        subject: 'Parking',
        text: 'Could you please try this link to register your vehicle?',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectFires(v, ID);
    expect(v.explanation?.gate).toMatchObject({ open: true, confirmed: false });
  });
  it.each([
    'I reviewed the attached document yesterday and it looks fine.',
    'Thanks for the link, I will read it tonight.',
  ])('stays silent for %s (no ask)', async (text) => {
    expectAbsent(await scan(text), ID);
  });
  it.each([
    'Clique no botão abaixo para acessar o portal.',
    'Regularize sua situação no portal do contribuinte.',
    'Klicken Sie hier, um Ihre Sendung zu verfolgen.',
    'Cliquez sur le lien ci-dessous pour voir votre colis.',
    'Haga clic en el enlace para ver su pedido.',
    'Klik hieronder om uw pakket te volgen.',
  ])('fires for the same ask in another language: %s', async (text) => {
    expectFires(await scan(text), ID);
  });
  it.each([
    'Open in your browser if this email does not display.',
    'Log in to the wiki to see the agenda, or download it in PDF.',
  ])('stays silent for English that shares words with the Dutch forms: %s', async (text) => {
    expectAbsent(await scan(text), ID);
  });
  it('gives way to the pressured form', async () => {
    const v = await scan('Please download the attached file now, it will be deleted within 24 hours.');
    expectFires(v, 'email.content.action_under_pressure');
    expect(signalIds(v)).not.toContain(ID);
  });
});

describe('time pressure written in other languages (email.content.urgent_payment)', () => {
  const ID = 'email.content.urgent_payment';
  it.each([
    'Seu pedido foi bloqueado. Por favor, efetue o pagamento o mais breve possível.',
    'A não quitação no prazo de 24 horas implicará multa: realize o pagamento da taxa.',
    'Por favor, realice el pago lo antes posible.',
    'Veuillez effectuer le paiement dans les 48 heures.',
  ])('fires for %s', async (text) => {
    expectFires(await scan(text), ID);
  });
  it('stays silent for a Portuguese receipt with no deadline', async () => {
    expectAbsent(await scan('Recebemos o seu pagamento. Obrigado pela preferência.'), ID);
  });
});

describe('asks as other generators write them', () => {
  it.each([
    'Going forward, kindly direct all remittances to the account below. Bank: First Harbor Bank.',
    'Our bank has migrated us to a new account as part of a treasury consolidation.',
    'Please use the remittance details in the attached revised invoice for this and all future payments.',
  ])('reads a bank-detail change in %s (email.content.payment_change)', async (text) => {
    expectFires(await scan(text), 'email.content.payment_change');
  });
  it.each([
    '3 messages to sam.lee@brightwaterfoods.example are on hold because your mailbox has not been verified.',
    'Review and release your pending messages here before they are deleted.',
  ])('reads held mail as a mailbox pretext in %s (email.content.credential_lure)', async (text) => {
    expectFires(await scan(text), 'email.content.credential_lure');
  });
  it.each([
    'Payments for the conference go to the account below, as every year.',
    'The messages in this thread were held up by the holiday, sorry for the delay.',
  ])('stays silent for %s', async (text) => {
    const v = await scan(text);
    expectAbsent(v, 'email.content.payment_change');
    expectAbsent(v, 'email.content.credential_lure');
  });
  it('reads "I need the W-2 forms" as a records ask (email.content.data_request)', async () => {
    const v = await scan(
      'I need the 2026 W-2 forms for all staff in PDF this afternoon. Send them over as soon as you can.',
    );
    expectFires(v, 'email.content.data_request');
  });
  it('reads "review and acknowledge" as an ask on the link (email.content.action_under_pressure)', async () => {
    const v = await scan(
      'Your salary adjustment letter is ready. Please review and acknowledge it by end of day.',
    );
    expectFires(v, 'email.content.action_under_pressure');
  });
  it('reads "expires today" as pressure on a credential pretext', async () => {
    const v = await analyzeEmail(
      eml({
        from: 'IT <it@northwind.example>',
        to: 'sam@northwind.example',
        subject: 'Password',
        html: '<p>Your network password expires today. Keep your current password here: <a href="https://northwind.example/keep">keep password</a>.</p>',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expect(v.signals.find((x) => x.id === 'email.content.credential_lure')?.severity).not.toBe('low');
  });
});

describe('asks said as the threat of not complying', () => {
  it.each([
    'Per policy 4022, asset seizure will commence immediately if payment is not received.',
    'Non-payment will result in the immediate seizure of business assets; the notice is attached.',
  ])('reads a payment demand in %s (email.content.urgent_payment)', async (text) => {
    expectFires(await scan(text), 'email.content.urgent_payment');
  });
  it('stays silent for an invoice that only says a payment was received', async () => {
    expectAbsent(await scan('Your payment of $120 was received. Thank you.'), 'email.content.urgent_payment');
  });
  it('reads "generating a new, secure AWS Root Key" as a key-renewal pretext (email.content.credential_lure)', async () => {
    const v = await scan(
      'Proceed to the portal to complete the process of generating a new, secure AWS Root Key.',
    );
    expectFires(v, 'email.content.credential_lure');
  });
  it.each([
    'The archive holds the generated keys of 2019.',
    'We generate and purchase renewable energy certificates.',
  ])('stays silent for %s', async (text) => {
    expectAbsent(await scan(text), 'email.content.credential_lure');
  });
  it.each([
    'Open enrollment closes tomorrow. The relevant forms are provided in the attached document; complete them to avoid any lapse in coverage.',
    'Your security profile is still not installed. Scan it now, I will not chase you again, this must be done immediately.',
  ])('reads an ask on the file under pressure in %s (email.content.action_under_pressure)', async (text) => {
    expectFires(await scan(text), 'email.content.action_under_pressure');
  });
});

describe('asks found on held-out misses, in words other generators use', () => {
  it.each<[string, string]>([
    [
      'email.content.gift_card',
      'Buy fifty digital gift cards today. All redemption keys are to be relayed to my personal mobile number.',
    ],
    [
      'email.content.advance_fee',
      'I am Manuel Franco, you have a donation of $2,800,000.00. If you are interested, contact me urgently.',
    ],
    ['email.content.prize_claim', 'Access the Allocation Tool and submit your XRP claim now.'],
    [
      'email.content.payment_request',
      'The $13,088 audit fee requires an ACH payment to our holding account.',
    ],
    [
      'email.content.urgent_payment',
      'Can you make sure a credit memo is issued for the $50,910 of damaged goods as quickly as possible?',
    ],
    [
      'email.content.urgent_payment',
      'A Receita Federal informa que há atraso no pagamento das taxas; regularize no prazo de 24 horas.',
    ],
    [
      'email.content.credential_lure',
      'Hi merciayan, someone tried to log in to your account from a new device.',
    ],
    ['email.content.link_or_file_ask', 'I have attached the options PDF. Please make your selections.'],
    [
      'email.content.link_or_file_ask',
      'Your parcel is waiting. Schedule your delivery with the tracking code below.',
    ],
    [
      'email.content.link_or_file_ask',
      'To protect your assets, please upgrade your Ledger to the newest version.',
    ],
    [
      'email.content.link_or_file_ask',
      'Conforme despacho de intimação em anexo abaixo, compareça ao tribunal.',
    ],
    ['email.content.link_or_file_ask', 'Ihr Guthaben wartet. Jetzt aktivieren, um es abzurufen.'],
  ])('fires %s for "%s"', async (id, text) => {
    expectFires(await scan(text), id);
  });
  it.each([
    'No payment is due on your account this month.',
    'Thanks, the refund was issued last week.',
    'We shipped your parcel; track your package with the code below.',
    'Our app now supports dark mode.',
  ])('stays silent for "%s"', async (text) => {
    const v = await scan(text);
    for (const id of [
      'email.content.urgent_payment',
      'email.content.link_or_file_ask',
      'email.content.prize_claim',
    ])
      expectAbsent(v, id);
  });
});

describe('the MFA re-registration lure', () => {
  it('reads re-registering the authenticator under the threat of lost access (email.content.action_under_pressure)', async () => {
    const v = await scan(
      'All staff must re-register their authenticator by Friday. Accounts not re-registered will lose access to email.',
    );
    expectFires(v, 'email.content.action_under_pressure');
  });
  it('stays silent for an IT notice that explains without asking', async () => {
    expectAbsent(
      await scan('We moved to phishing-resistant MFA last year; nothing changes for you this month.'),
      'email.content.action_under_pressure',
    );
  });
});

describe('refunds owed and forms to fill, in several languages', () => {
  it.each<[string, string]>([
    ['email.content.prize_claim', 'You are eligible for a tax refund of $248.30.'],
    ['email.content.prize_claim', 'Vous avez droit à un remboursement de 248,30 EUR.'],
    ['email.content.link_or_file_ask', 'Veuillez remplir le formulaire pour recevoir votre remboursement.'],
    ['email.content.link_or_file_ask', 'Preencha o formulário abaixo.'],
    [
      'email.content.link_or_file_ask',
      'The vendor needs the signed onboarding form back. I put it in our shared folder.',
    ],
  ])('fires %s for "%s"', async (id, text) => {
    expectFires(await scan(text), id);
  });
  it('stays silent for a refund already paid', async () => {
    expectAbsent(
      await scan('Your refund of $24.00 was paid to your card on Monday.'),
      'email.content.prize_claim',
    );
  });
});

describe('sign-in and signature asks of file-sharing lures', () => {
  it('reads "review and countersign it here" as a link ask', async () => {
    expectFires(
      await scan('Attached is the NDA. You can review and countersign it here.'),
      'email.content.link_or_file_ask',
    );
  });
  it('reads "sign in with your network credentials" as a credential pretext', async () => {
    expectFires(
      await scan(
        'Your payslip is on the employee portal. You will need to sign in with your network credentials.',
      ),
      'email.content.credential_lure',
    );
  });
  it('stays silent for signing in described, not asked', async () => {
    expectAbsent(
      await scan('Our new app lets you sign in faster on any device.'),
      'email.content.credential_lure',
    );
  });
});

describe('found by probes written as other generators would', () => {
  it('reads "sign in with your email address and email password" as a credential pretext', async () => {
    expectFires(
      await scan('To read your secure message, sign in with your email address and email password.'),
      'email.content.credential_lure',
    );
  });
  it('does not read a friend\'s "já fiz o pix" (already paid) as a payment ask', async () => {
    expectAbsent(
      await scan('Já fiz o pix da minha parte das carnes (R$ 80).'),
      'email.content.payment_request',
    );
  });
  it('reads "me manda um pix" as a payment ask', async () => {
    expectFires(await scan('Oi, me manda um pix de R$ 500 hoje?'), 'email.content.urgent_payment');
  });
  it('keeps a bank change that says to verify by the number on file an ask, not strong', async () => {
    const v = await scan(
      'Please note our change of bank details: we are moving to Summit Bank. We will NOT send the new account numbers by email. Please call the phone number listed in your existing vendor master record to verify the new details. Until then, continue paying to the current account.',
    );
    const s = expectFires(v, 'email.content.payment_change');
    expect(s.severity).toBe('medium');
    expect(v.verdict).toBe('clean');
  });
  it('still reads an unverified bank change with a payment request as high', async () => {
    const v = await scan(
      'Please note our change of bank details: we are moving to Summit Bank. Please send the payment for invoice 4471 to the new account today.',
    );
    expect(expectFires(v, 'email.content.payment_change').severity).toBe('high');
  });
});
