/**
 * email.content.advance_fee: millions, the story that moves them through the reader (an
 * inheritance, a dormant fund, a business proposal) and a reply asked for. Evidence on its own. Its
 * look-alikes: a news item about an inheritance, a company's funding announcement, an estate
 * agent's note with no millions.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.advance_fee';
const scan = (text: string) =>
  analyzeEmail(
    eml({
      from: 'Musa <musa.m198@mail.example>',
      to: 'undisclosed-recipients:;',
      subject: 'URGENT REPLY',
      text,
    }),
    {
      config: resolveConfig({}),
      scorer: null,
    },
  );

describe(ID, () => {
  it.each([
    'DEAR FRIEND I am MR. MUSA MOHAMMED with the business proposal deal of US$18.5 million US Dollars to transfer into your account, if you are interested get back to me for more detail.',
    'I am the lawyer of your late client who left $10,500,000.00 with no next of kin. Kindly send me your full name and phone so we can proceed.',
    'My late husband deposited 5.2 million euros in a dormant account. I want to share the funds with you. Please reply to me urgently.',
    'CONGRATULATIONS! Your e-mail address attached to ticket 00903228 drew a prize of One Million Euros in the Lotteries International draws. For release of your prize, contact our Paying Bank and send them the following: your names, address and telephone.',
  ])('fires for %s', async (text) => {
    const v = await scan(text);
    const s = expectFires(v, ID);
    expect(s.evidence.length).toBeGreaterThan(0);
    expect(s.message).toMatch(/Offers millions through ".+" and asks for a reply: ".+" … ".+"/);
    expect(v.explanation?.gate).toMatchObject({ open: true, strong: true });
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    [
      'a news item about an inheritance',
      'The late tycoon left a $40 million inheritance to his foundation, the court ruled on Monday.',
    ],
    [
      "a start-up's funding news with a contact",
      'We raised $12 million in our Series A to expand the team. Contact me if you want to join us!',
    ],
    [
      "an estate agent's note with no millions",
      'You are named as a beneficiary of the pension plan. Please send me your full name and address for the form.',
    ],
    [
      'a news item about a lottery winner',
      'A Sydney nurse won the lottery jackpot of two million dollars last week. Winning numbers are published on our site.',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
});

describe(`${ID}: the fee that releases the money, and a reply with your details`, () => {
  it('fires for a six-figure ballot prize released by a processing fee', async () => {
    const v = await scan(
      'Your email address was selected in our online e-mail ballot and has won the sum of EUR 850,000.00. To claim your prize, contact our claims agent with your full name and address. A processing fee of EUR 350 is required to release the funds.',
    );
    expect(expectFires(v, ID).message).toContain('release fee');
  });
  it('fires for a next-of-kin offer answered "with your full name"', async () => {
    expectFires(
      await scan(
        'He left a deposit of US$10.5 Million and no next of kin has come forward. I seek your consent to present you as the next of kin. Kindly reply with your full name, phone number and address.',
      ),
      ID,
    );
  });
  it('stays silent for a courier invoice naming a delivery fee', async () => {
    expectAbsent(
      await scan(
        'The delivery fee of $35 covers the courier. Reply with your full name and address for the label.',
      ),
      ID,
    );
  });
});

describe(`${ID}: billions, six-figure compensation and the first letter that leaves the sum for later`, () => {
  it.each([
    [
      'a billionaire’s “donation” in billions and millions spelt out',
      'I am informing the world of my intention to give out my Fortune of $124 Billion to the lucky ones. Your email was randomly selected to be a part of the beneficiaries of this charity project; each person would be awarded Three Million, Eight Hundred Thousand USD. Reply Back For More Info.',
      'millions',
    ],
    [
      'a six-figure fund owed to “scammed victims”',
      'Attention: Beneficiary, we discovered you have not received your outstanding principal amount as one of the scammed victims. Your deposited fund is intact and valued at $650,000.00. Please contact your assigned transaction manager for the scheduling of your appointment.',
      'a six-figure windfall',
    ],
    [
      'a business proposal that found the reader “trustworthy” on the internet',
      'URGENT BUSINESS PROPOSAL: I FOUND YOU TRUSTWORTHY OF THIS TRANSACTION. I got your contact from the internet directory where I learnt of your integrity. I wait for your quick reply for more details.',
      "a stranger's proposal",
    ],
    [
      'a widow whose son will move the millions, answered through the son',
      'My husband moved (US$35M) to South Africa; the fund was deposited in the name of my son as the beneficiary. Would you be interested to assist my son in moving this money out? The family will offer you 35%.',
      'millions',
    ],
  ])('fires for %s', async (_, text, offer) => {
    const v = await scan(text);
    expect(expectFires(v, ID).message).toContain(`Offers ${offer} through`);
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    [
      'a cold sales mail that found the reader on the web once',
      'Hello, I found your email on the web and have a business proposal for your agency: our design team can help. Let me know if you are interested.',
    ],
    [
      'a pension notice of a six-figure sum without a windfall story',
      'You are named as a beneficiary of the pension plan valued at $650,000.00. Please contact your assigned transaction manager with questions.',
    ],
    [
      'a company’s results in billions with a contact',
      'Revenue reached $12 billion this year, and we are hiring. Would you be interested to join our team? Reply to this email.',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
});

describe(`${ID}: the login of a crypto account holding a fortune, handed to a stranger`, () => {
  it.each([
    'Below are the bitcoin details I found in the lost bag at the stadium. Website: cryptoncoin.example ID: 39829496 Pass: thvb862m. The current balance is 90.8 BTC or $1,538,656, let us cash it out.',
    'As instructed, your bitcoin wallet has been funded with 51.85 BTC. Please login with the details below. Website: golemcoin.example Customer ID: 61363414 Password: bx5vbi99',
  ])('fires for %s', async (text) => {
    const v = await scan(text);
    expect(expectFires(v, ID).message).toContain('Hands over the login of a crypto account');
    expect(v.verdict).not.toBe('clean');
  });
  it.each([
    [
      'an exchange statement with a balance and no password',
      'Your monthly statement: your balance is 0.42 BTC. Sign in to the app to see your transactions.',
    ],
    [
      "a service's temporary password, no crypto",
      'Your temporary password is Xy7p9Qa2. You will be asked to change it when you sign in.',
    ],
  ])('stays silent for %s', async (_, text) => {
    expectAbsent(await scan(text), ID);
  });
});

describe(`${ID}: coins the reader "made" while away, worth six figures`, () => {
  it('fires for the cloud-mining windfall', async () => {
    const v = await scan(
      "It's been 364 days since you registered on our platform for automatic cloud Bitcoin mining. During your absence, you made 1.3426 BTC ($890707.77) USD through cloud mining. Continue to withdraw.",
    );
    expect(expectFires(v, ID).message).toContain('crypto fortune');
  });
  it.each([
    [
      "a mining pool's small payout",
      'This week you mined 0.0012 BTC ($72.40) on pool.example. Payouts are sent every Monday.',
      'Pool <payouts@pool.example>',
    ],
    [
      "a crypto exchange's statement to its own customer",
      'Your portfolio: you have earned 3.1 ETH in staking rewards this year; total value $1,052,292.88.',
      'Coinbase <no-reply@coinbase.com>',
    ],
  ])('stays silent for %s', async (_, text, from) => {
    const v = await analyzeEmail(eml({ from, to: 'reader@example.org', subject: 'Statement', text }), {
      config: resolveConfig({}),
      scorer: null,
    });
    expectAbsent(v, ID);
  });
});

describe(`${ID}: a crypto balance held behind a "verification deposit"`, () => {
  it('fires when an unclaimed balance is released for a deposit in coins', async () => {
    const v = await scan(
      'Your wallet has an unclaimed balance of 0.8412 BTC from the staking programme. Reactivation requires a one-time network verification deposit of 0.0125 BTC, which is returned with your withdrawal.',
    );
    expect(expectFires(v, ID).message).toMatch(/Holds money owed to the reader behind a fee/);
  });
  it("stays silent for a bank-linking mail's two small verification deposits", async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Payments <no-reply@payments.example>',
        to: 'reader@example.org',
        subject: 'Confirm your bank account',
        text: 'We sent two small verification deposits to your bank account ending 4471. They arrive in 1-2 days; enter the two amounts in your dashboard to finish linking the account.',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectAbsent(v, ID);
  });
});

describe(`${ID}: the next-of-kin letter that asks only for a reply, and the recovery fee`, () => {
  it('fires for "a reply to this address is all that is needed"', async () => {
    const v = await scan(
      'I act for the estate of Mr. Howard Grant, who passed away in 2023 without a will or any living relatives. His estate includes a deposit of GBP 4.2 million held with a private bank, which will go to the state if no beneficiary is presented. A reply to this address is all that is needed.',
    );
    expectFires(v, ID);
  });
  it('fires for a recovery firm that releases traced coins for a "compliance deposit"', async () => {
    const v = await scan(
      'We understand how distressing it is to watch an account balance disappear; funds moved on public blockchains can very often be traced. Your case manager will explain the one-time compliance deposit required by the exchange to release frozen assets.',
    );
    expect(expectFires(v, ID).message).toMatch(/read by meaning/);
  });
  it("stays silent for a bank's note about a reader's own deposit", async () => {
    const v = await analyzeEmail(
      eml({
        from: 'Bank <notices@bank.example>',
        to: 'reader@example.org',
        subject: 'Deposit received',
        text: 'Your deposit of GBP 4,200 has been credited. Reply to this email if you have any questions.',
      }),
      { config: resolveConfig({}), scorer: null },
    );
    expectAbsent(v, ID);
  });
});
