/**
 * email.content.wallet_suspension: a crypto wallet said to need verifying or to face suspension
 * ("unverified wallets will be suspended"), a deception: nobody can verify or suspend a
 * self-custody wallet. With the wallet-verify ask it flags. Look-alikes: a crypto brand's own
 * notice from its own domain, a security team's warning about the scheme, a wallet app's release
 * note. Also email.content.seed_phrase_request for "update your 12-word phrase".
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { analyzeEmail } from '../../src/email/index.js';
import { eml } from '../helpers/eml.js';
import { expectAbsent, expectFires } from '../helpers/verdict.js';

const ID = 'email.content.wallet_suspension';
const scan = (text: string, from = 'Trust <hello@beebs.example>', subject = 'Wallet') =>
  analyzeEmail(eml({ from, to: 'user@example.org', subject, text }), {
    config: resolveConfig({}),
    scorer: null,
  });

describe(ID, () => {
  it.each([
    'Dear customer, our system has shown that your wallet has not yet been verified. Unverified accounts will be suspended on 22/09/2022. Please make sure to verify your wallet as soon as possible. Click HERE to verify and activate your wallet.',
    'Our system indicates that your wallet has not yet been verified. All inactive wallets will be closed after 48 hours of receiving this email. The KYC authentication process can be done easily via the following page.',
    'Dear Trust Wallet customer, to avoid any disruption to your wallet, verify your wallet now to avoid closure. Log in to your wallet account here: Verify link',
  ])('fires for %s', async (text) => {
    const v = await scan(text);
    const s = expectFires(v, ID);
    expect(s.evidence.length).toBeGreaterThan(0);
    // the verify ask beside this deception: flagged with no model
    expect(v.verdict).not.toBe('clean');
  });

  it.each([
    [
      "a crypto exchange's own notice from its own domain",
      'Your wallet will be restricted until you verify your identity in the app.',
      'Coinbase <no-reply@coinbase.com>',
    ],
    [
      "the security team's warning about the scheme",
      'Phishing alert: scammers send mail saying your wallet has not been verified and unverified wallets will be suspended. This is a scam; never click such links.',
      'IT Security <security@example.org>',
    ],
    [
      "a wallet app's release note",
      'Version 4.2 adds hardware-wallet support and a faster swap screen. Your wallet stays on your device, as always.',
      'Wallet App <news@walletapp.example>',
    ],
  ])('stays silent for %s', async (_, text, from) => {
    expectAbsent(await scan(text, from), ID);
  });
});

describe('email.content.seed_phrase_request: the 12-word phrase by its length', () => {
  it('fires for "update your 12-word phrase"', async () => {
    const v = await scan(
      'We experienced a security breach. To protect your assets, please update your 12-word phrase and follow the instructions to set up a new PIN for your wallet.',
      'Exodus Wallet <exodus.com-wallet@supportphrase.example>',
    );
    expectFires(v, 'email.content.seed_phrase_request');
    expect(v.verdict).not.toBe('clean');
  });
  it('stays silent for "never share your 12-word phrase"', async () => {
    expectAbsent(
      await scan('Reminder: never share your 12-word phrase with anyone, not even our support team.'),
      'email.content.seed_phrase_request',
    );
  });
});
